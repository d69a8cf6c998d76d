"""What the session says from an exercise's text, and what the text needs.

``unspoken_dose(how)`` takes out the counts and times the importer reads into
fields ("Repeat 10 to 12 times.", "hold for 5 seconds", "3 sets of 10"), so the
spoken instructions never repeat a number the session already counts out.
Invariant: a sentence is dropped only when nothing but its dose is left; other
sentences keep their words, minus the dose phrase.

``equipment(text)`` lists the things an exercise needs ("band", "chair", "wall").
"""

from __future__ import annotations

import re

from .numbers import UNITS_WORDS, normalize
from .vocabulary import NUM_TEXT, TEMPO, UNIT_TEXT

_I = re.IGNORECASE
_N, _U = NUM_TEXT, UNIT_TEXT
_APPROX = r"(?:up to |about |around |at least |another |a further |a total of |a slow |a last |a )?"
_DOSE_PHRASES = [
    rf"\b(?:and\s+)?(?:then\s+)?repeat\b[^.;!?]{{0,40}}?\b{_N}\s*(?:more\s+)?times?\b",
    rf"\b(?:and\s+)?(?:then\s+)?(?:do|perform|complete|aim for|work up to|carry on with|continue with)\s+"
    rf"(?:this\s+|it\s+)?{_APPROX}{_N}\s*(?:more\s+)?(?:times?|reps?|repetitions|sets?|rounds?|"
    rf"(?:[a-z-]+\s+){{0,2}}?[a-z-]+s)\b(?:\s+(?:on|with|per|for)\s+(?:each|every|either)\s+\w+)?",
    rf"\b{_N}\s*sets?\s*of\s*{_N}\s*(?:reps?|repetitions|times)?",
    rf"\b{_N}\s*[x×]\s*{_N}\s*(?:{_U}|reps?)?",
    rf"\b{_APPROX}{_N}\s*(?:reps?|repetitions|sets?|rounds?|cycles?|times)\b(?:\s+(?:on|with|per|for)\s+each\s+\w+)?",
    rf"\b(?:for|hold(?:ing)?(?:\s+(?:it|this|the \w+|your breath))?(?:\s+for)?)\s+{_APPROX}(?:count\s+of\s+)?{_N}\s*(?:{_U})?",
    rf"\b(?:rest(?:ing)?|pause|break)\s+(?:for\s+)?{_APPROX}{_N}\s*{_U}(?:\s+between\s+\w+)?",
    rf"\b{_APPROX}{_N}[\s-]*{_U}(?:\s+(?:of\s+)?(?:rest|each|per side|on each side))?",
]
_FILLER = set(
    """repeat do this that it the a an exercise exercises and then hold for times time on each side
    sides leg legs foot feet arm arms up to of sets set reps rep rest between again another more total
    aim try work slowly with your per count counts seconds second minutes minute here stay there
    position stretch go through cycle is are be""".split()
)


def _content_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z']+", text) if w.lower() not in _FILLER and len(w) > 2)


def unspoken_dose(how: str | None) -> str | None:
    """``how`` without the dose phrases the importer turns into fields (see module docstring)."""
    if not how:
        return how
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", how.strip()):
        said = normalize(sentence)
        if not re.search(r"\d", said) or TEMPO.search(sentence):  # a tempo is explained, not counted
            kept.append(sentence)
            continue
        stripped = said
        for pattern in _DOSE_PHRASES:
            stripped = re.sub(pattern, " ", stripped, flags=_I)
        if stripped == said:
            kept.append(sentence)
            continue
        if _content_words(stripped) < 2:
            continue
        stripped = re.sub(r"\s+([,.;!?])", r"\1", re.sub(r"\s{2,}", " ", stripped)).strip(" ,;")
        stripped = re.sub(r",\s*([.!?])$", r"\1", stripped)
        stripped = re.sub(r"\s*\b(?:and|then|or)\s*([.!?])$", r"\1", stripped).strip()
        if stripped and stripped[-1] not in ".!?":
            stripped += "."
        kept.append(_as_written(stripped[:1].upper() + stripped[1:], sentence))
    return " ".join(kept) or None


_WORDS = ("zero", *UNITS_WORDS[:12])  # the words respelled: zero to twelve


def _as_written(stripped: str, sentence: str) -> str:
    """A number the article wrote as a word ("put one heel"), spelled again: the dose phrases
    are taken out of the normalized sentence, whose digits are for parsing only."""

    def spelled(m: re.Match) -> str:
        n = int(m.group(0))
        if n >= len(_WORDS) or re.search(rf"(?<![\d.]){n}(?![\d.])", sentence):
            return m.group(0)
        word = _WORDS[n]
        return word.capitalize() if m.start() == 0 else word

    return re.sub(r"(?<![\d.])\d+(?![\d.])", spelled, stripped)


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


__all__ = ["unspoken_dose", "equipment"]
