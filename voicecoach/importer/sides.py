"""Sides ("on each foot", "switch legs", "one foot at a time") and variants
("balance on your heels … switch to walking on your toes")."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LIMBS = {
    "foot": "foot",
    "feet": "foot",
    "leg": "leg",
    "legs": "leg",
    "side": "side",
    "sides": "side",
    "arm": "arm",
    "arms": "arm",
    "hand": "hand",
    "hands": "hand",
    "knee": "knee",
    "knees": "knee",
    "hip": "hip",
    "hips": "hip",
    "ankle": "ankle",
    "ankles": "ankle",
    "shoulder": "shoulder",
    "shoulders": "shoulder",
}
LIMB = r"(foot|feet|legs?|sides?|arms?|hands?|knees?|hips?|ankles?|shoulders?)"
_SIDE_PHRASES = [
    rf"(?:\b(?:on|with|for|using|under|beneath)\s+|\b(?:\d+|times?|reps?|repetitions|seconds?|secs?|minutes?|mins?|breaths?|sets?)"
    rf"[\s,]+|^\s*|[.;:(]\s*)(?:each|either|every)\s+{LIMB}\b",  # not "driving each knee up"
    rf"\bper\s+{LIMB}\b",
    rf"\b(?:switch|change|swap)\s+(?:to\s+(?:the|your)\s+(?:other|opposite)\s+)?{LIMB}\b",
    rf"\b(?:switch|change|swap)\s+(?:to\s+)?(?:the\s+)?(?:other|opposite)\s+{LIMB}\b",
    rf"\b(?:repeat|do|perform|continue)\b[^.;]{{0,30}}?\b(?:on|with|to|for)\s+(?:the|your)\s+(?:other|opposite)\s+{LIMB}",
    rf"\bthen\s+(?:do\s+|switch\s+to\s+|on\s+|with\s+)?(?:the|your)\s+(?:other|opposite)(?:\s+{LIMB})?",
    rf"\b(?:1|one)\s+{LIMB}\s+at\s+a\s+time\b",
    rf"\bon\s+both\s+{LIMB}\b(?<!feet)",
    rf"\b(?:right|left)\s+{LIMB}\s*,?\s+(?:and\s+)?then\s+(?:the\s+|your\s+)?(?:left|right|other)\b",
    r"\b(?:switch|swap|change)\s+sides\b",
    rf"\b(?:switch|change|swap)\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+|your\s+)?(?:left|right)\s+{LIMB}\b",
    rf"\bthen\s+(?:move|shift|transfer)\s+(?:your\s+|the\s+)?weight\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+|your\s+)?"
    rf"(?:left|right|other)\s+{LIMB}\b",
    rf"\b(?:left|right)\s+{LIMB}\b[^.;]{{0,80}}?\bthen\b[^.;]{{0,40}}?\b(?:left|right)\b(?:\s+(?:foot|feet|legs?|arms?|hands?))?",
    r"\bturn\s+over\s+(?:and|to)\s+(?:repeat|do)\b()",
    r"(?:^|[.;]\s*)(?:then\s+)?switch(?:\s+over)?\s*(?:[.;!]|$)()",
    r"\bchanging\s+sides\b",
    rf"\brepeat\b[^.;]{{0,25}}?\b(?:on|to|with|for)\s+(?:the\s+|your\s+)?(?:other|second|2nd|opposite)\s+(?:{LIMB})?",
    rf"\b(?:repeat|do the same)\b[^.;]{{0,20}}?\b(?:on|with|using|lifting|raising|for|to)\s+(?:the\s+|your\s+)?"
    rf"(?:left|right)\s+{LIMB}",
    rf"\brepeat\b[^.;]{{0,20}}?\b(?:for|on|with)\s+both\s+{LIMB}",
    rf"\b(?:repeat|do the same|then)\b[^.;]{{0,25}}?\b(?:on|to)\s+(?:the|your)\s+(?:left|right)(?:\s+{LIMB})?",
    r"\bto the (?:right|left)\b[^.;]{0,60}?\bthen\b[^.;]{0,40}?\bto the (?:left|right)\b()",
    r"\b\d+\s*(?:s|sec\w*)\s+(?:right|left)\s+and\s+\d+\s*(?:s|sec\w*)\s+(?:left|right)\b()",
    rf"\bon\s+(?:one|1)\s+{LIMB}\b[^.;]{{0,30}}?\bthen\b[^.;]{{0,20}}\bthe\s+other\b",
]
# Holding things in both hands is not doing the exercise on each side.
_NOT_SIDES = re.compile(r"\b(?:in|with)\s+(?:each|both|either)\s+hands?\b|\beach\s+hand\s+hold", re.I)
# "lifting one foot and then the other", "raise the left leg …, then the right.", no count in
# the sentence: the limbs take turns within the movement
_ALTERNATE = re.compile(
    r"\balternat\w*\b|\b(?:from )?side to side\b|"
    rf"(?:^|[.;!?]\s*)[^.;!?\d]*\b(?:one|1)\s+(?:\w+\s+)?{LIMB}\b[^.;!?\d]{{0,30}}?\band\s+then\s+the\s+other\b|"
    rf"(?:^|[.;!?]\s*)[^.;!?\d]*\b(?:left|right)\s+{LIMB}\b[^.;!?\d]{{0,60}}?,\s*then\s+the\s+(?:left|right)\s*[.;!?]",
    re.I,
)
_PER_SIDE_COUNT = re.compile(rf"\b\d+\s+(?:\w+\s+)?(?:on|per|with|for)\s+(?:each|every)\s+{LIMB}", re.I)
_WORKING_LIMB = re.compile(r"\b(?:right|left)\s+(arm|leg|foot|knee)\b", re.I)
# "bend one leg up behind you", "put one arm behind your head": the limb that works, one at a time
_ONE_LIMB = re.compile(
    r"\b(?:lift|raise|bend|bring|put|place|take|swing|straighten|extend|stretch|draw|pull|slide|kick)\s+"
    r"(?:up\s+)?(?:one|1)\s+(arm|leg|knee)\b",
    re.I,
)
# "Switch to walking on your toes": a second way of the same exercise ("move on to X" is the next one)
_VARIANT_START = re.compile(
    r"^(?:then\s+|now\s+|next,?\s+)?(?:switch|change|move(?!\s+on\s+to\b)|progress|repeat)\s+(?:over\s+)?"
    r"(?:to|on|with)\s+(?!(?:(?:the|your)\s+)?(?:other|opposite|left|right|second|2nd)\b|alternat|both\b|each\b)",
    _I,
)
_ON_WHAT = re.compile(r"\bon\s+(?:your|the)\s+((?:\w+\s+)?(?:heels|toes|\w+))", _I)


def find_sides(text: str) -> tuple[str, ...]:
    """Two side names if the text asks for both sides, else ``()``.

    Alternating sides within the reps is not two sides, unless a count is given per side.
    """
    text = _NOT_SIDES.sub(" ", text)
    if _ALTERNATE.search(text) and not _PER_SIDE_COUNT.search(text):
        return ()
    for pattern in _SIDE_PHRASES:
        m = re.search(pattern, text, _I)
        if m:
            limb = _LIMBS.get((m.group(1) or "side").lower()) if m.groups() else None
            if limb is None or (
                limb == "side" and not re.search(r"\b(?:left|right)\s+sides?\b", m.group(0), _I)
            ):
                limb = _working_limb(text, limb)
            return _name_sides(limb, text)
    return ()


def _working_limb(text: str, said: str | None) -> str:
    """For "each side" / "swap sides": the limb that works ("your right leg", "bend one leg"),
    else the limb the text keeps naming, else "side"."""
    if said == "side" and re.search(
        r"\b(?:tip|tilt|bend|lean|drop)\w*\s+(?:your\s+|the\s+)?head\b", text, _I
    ):
        return "side"  # "tip your head over to the left": the neck bends to a side, the arm only steadies
    working = _WORKING_LIMB.search(text) or _ONE_LIMB.search(text)
    if working:
        return {"knee": "leg"}.get(working.group(1).lower(), working.group(1).lower())
    if said == "side" and re.search(r"\bto\s+(?:one|1)\s+side\b", text, _I):
        return "side"  # "lower the knees to one side": the body turns or bends to a side
    if said == "side":  # hands are mostly placed, not worked: "hands by your sides"
        guess = _guess_limb(re.sub(r"\bhands?\b", " ", text, flags=_I), at_least=2)
    else:
        guess = _guess_limb(text)
    return guess


def _guess_limb(text: str, at_least: int = 1) -> str:
    counts = {
        limb: len(re.findall(rf"\b{pattern}\b", text, _I))
        for limb, pattern in (
            ("leg", "(?:legs?|knees?|ankles?|hips?(?![- ]width)|thighs?)"),
            ("foot", "(?:foot|feet)"),
            ("arm", "arms?"),
            ("hand", "hands?"),
        )
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= at_least else "side"


# "Repeat on the left side", "switch to the right leg": the side done second
_SECOND_SIDE = re.compile(r"\b(?:repeat|switch|change|swap)\b[^.;]{0,25}?\b(?:the\s+)?(left|right)\b", _I)


def _name_sides(limb: str, text: str) -> tuple[str, str]:
    second = _SECOND_SIDE.search(text)
    if second:
        last = second.group(1).lower()
        return (f"{'right' if last == 'left' else 'left'} {limb}", f"{last} {limb}")
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
