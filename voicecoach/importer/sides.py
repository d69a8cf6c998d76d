"""Sides ("on each foot", "switch legs", "one foot at a time") and variants
("balance on your heels … switch to walking on your toes")."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LIMBS = {"foot": "foot", "feet": "foot", "leg": "leg", "legs": "leg", "side": "side",
          "sides": "side", "arm": "arm", "arms": "arm", "hand": "hand", "hands": "hand",
          "knee": "knee", "knees": "knee", "hip": "hip", "hips": "hip", "ankle": "ankle",
          "ankles": "ankle", "shoulder": "shoulder", "shoulders": "shoulder"}
LIMB = r"(foot|feet|legs?|sides?|arms?|hands?|knees?|hips?|ankles?|shoulders?)"
_SIDE_PHRASES = [
    rf"\b(?:on\s+|with\s+|for\s+)?(?:each|either|every)\s+{LIMB}\b",
    rf"\bper\s+{LIMB}\b",
    rf"\b(?:switch|change|swap)\s+(?:to\s+(?:the|your)\s+(?:other|opposite)\s+)?{LIMB}\b",
    rf"\b(?:switch|change|swap)\s+(?:to\s+)?(?:the\s+)?(?:other|opposite)\s+{LIMB}\b",
    rf"\b(?:repeat|do|perform|continue)\b[^.;]{{0,30}}?\b(?:on|with)\s+(?:the|your)\s+(?:other|opposite)\s+{LIMB}",
    rf"\bthen\s+(?:on\s+|with\s+)?(?:the|your)\s+(?:other|opposite)(?:\s+{LIMB})?",
    rf"\b(?:1|one)\s+{LIMB}\s+at\s+a\s+time\b",
    rf"\bon\s+both\s+{LIMB}\b(?<!feet)",
    rf"\b(?:right|left)\s+{LIMB}\s*,?\s+(?:and\s+)?then\s+(?:the\s+|your\s+)?(?:left|right|other)\b",
    r"\b(?:switch|swap|change)\s+sides\b",
]
_VARIANT_START = re.compile(
    r"^(?:then\s+|now\s+|next,?\s+)?(?:switch|change|move|progress|repeat)\s+(?:over\s+)?"
    r"(?:to|on|with)\s+(?!(?:the|your)\s+(?:other|opposite|left|right)\b)", _I)
_ON_WHAT = re.compile(r"\bon\s+(?:your|the)\s+((?:\w+\s+)?(?:heels|toes|\w+))", _I)


def find_sides(text: str) -> tuple[str, ...]:
    """Two side names if the text asks for both sides, else ``()``."""
    for pattern in _SIDE_PHRASES:
        m = re.search(pattern, text, _I)
        if m:
            limb = _LIMBS.get((m.group(1) or "").lower()) if m.groups() else None
            return _name_sides(limb or _guess_limb(text), text)
    return ()


def _guess_limb(text: str) -> str:
    counts = {limb: len(re.findall(rf"\b{pattern}\b", text, _I))
              for limb, pattern in (("foot", "(?:foot|feet)"), ("leg", "legs?"), ("arm", "arms?"),
                                    ("hand", "hands?"))}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "side"


def _name_sides(limb: str, text: str) -> tuple[str, str]:
    left = re.search(r"\bleft\b", text, _I)
    right = re.search(r"\bright\b", text, _I)
    if left and (not right or left.start() < right.start()):
        return (f"left {limb}", f"right {limb}")
    return (f"right {limb}", f"left {limb}")


def split_variants(text: str) -> tuple[str, str] | None:
    """Text before and from a "Switch to walking on your toes" sentence, or None."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    for i, sentence in enumerate(sentences[1:], start=1):
        if _VARIANT_START.match(sentence) and not find_sides(sentence):
            return " ".join(sentences[:i]), " ".join(sentences[i:])
    return None


def variant_names(name: str, first: str, second: str) -> tuple[str, str]:
    """Names of two variants: "on your heels" / "on your toes", else from "Heel/Toe Walks"."""
    a, b = _ON_WHAT.search(first), _ON_WHAT.search(second)
    if a and b and a.group(1).lower() != b.group(1).lower():
        return a.group(1).lower(), b.group(1).lower()
    parts = re.split(r"\s*(?:/|\band\b|&)\s*", name, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0].split()[-1].lower(), parts[1].split()[0].lower()
    return "first way", "second way"


__all__ = ["find_sides", "split_variants", "variant_names", "LIMB"]
