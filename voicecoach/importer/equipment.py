"""The things an exercise needs, read from its text ("band", "chair", "wall"): said before it
("Have a chair ready.") and listed at the session's start."""

from __future__ import annotations

import re

_I = re.IGNORECASE

_EQUIPMENT = [
    (
        "a resistance band",
        r"\b(?:resistance|exercise|thera)[- ]?bands?\b|\btheraband\b|\b(?:a|the|your)\s+(?:[a-z]+\s+){0,2}bands?\b",
    ),
    ("a towel", r"\btowels?\b"),
    ("a chair", r"\bchairs?\b"),
    ("a wall", r"\b(?:a|the)\s+wall\b|\bwall\s+(?:sit|slide|squat|push)"),
    ("a mat", r"\b(?:exercise\s+|yoga\s+)?mats?\b"),
    ("a step", r"\b(?:a|the|bottom|first|one)\s+(?:stair|step)\b|\bstairs?\b(?!\s+climb)"),
    (
        "a ball",
        r"\b(?:tennis|golf|gym|exercise|swiss|stability|massage|medicine)\s+balls?\b|\b(?:a|the)\s+ball\b(?!\s+of)",
    ),
    ("a strap", r"\b(?:a|the|yoga)\s+(?:strap|belt)\b"),
    ("dumbbells", r"\bdumb-?bells?\b"),
    ("a kettlebell", r"\bkettle-?bells?\b"),
    ("a barbell", r"\bbarbells?\b"),
    ("weights", r"\b(?:ankle\s+|hand\s+|free\s+)?weights\b|\bweighted\s+(?:backpack|vest)\b"),
    ("a foam roller", r"\bfoam\s+rollers?\b"),
    ("a pillow", r"\bpillows?\b|\bcushions?\b"),
    ("a bench", r"\bbench\b"),
    ("a table", r"\b(?:a|the|kitchen)\s+(?:table|worktop|counter(?:top)?)\b"),
    ("a leg press", r"\bleg press\b"),
    ("a jump rope", r"\b(?:jump|skipping)\s+ropes?\b"),
    ("a yoga block", r"\b(?:yoga\s+)?blocks?\b(?=[^.]*\b(?:under|on|hand)\b)"),
    ("a frozen bottle", r"\bfrozen\s+(?:water\s+)?(?:bottle|can)\b|\brolling pin\b"),
]


def equipment(text: str) -> list[str]:
    """Things the text says the exercise uses, in a fixed order, each once."""
    return [name for name, pattern in _EQUIPMENT if re.search(pattern, text, _I)]


__all__ = ["equipment"]
