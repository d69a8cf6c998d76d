"""Exercises named in one sentence after the dose they share: "Use light dumbbells to do 10 reps
of bicep curls, tricep curls, military presses, lunges, squats and more." under a heading ("Free
weights") that names the kind of training, not one exercise."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import strip_markup
from .vocabulary import EXERCISE_WORDS

_NAME = r"[A-Za-z][\w'-]*(?: [\w'-]+){0,3}"  # one name in the sentence's list: up to four words
_DOSE = (
    r"\d+\s*sets?\s+of\s+\d+(?:\s*(?:-|to)\s*\d+)?(?:\s*(?:reps?|repetitions))?|"
    r"\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:reps?|repetitions|times)"
)
# "do 10 reps of A, B and C", "perform 3 sets of 12 each of A, B, C and more"
_DOSED_LIST = re.compile(
    rf"\b(?:do|doing|perform|complete|try|with)\s+(?:about\s+|around\s+)?(?P<dose>{_DOSE})\s+(?:each\s+)?of\s+"
    rf"(?P<names>(?:{_NAME},\s+)+{_NAME},?\s+(?:and|or)\s+{_NAME})\s*[.!;]",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^(?:more|others|so on|the like|similar|anything else|the rest)$", re.I)


def dosed_list_names(block: Block) -> list[Block]:
    """The exercises a block names in one sentence after their shared dose (three or more, most
    with an exercise word, "and more" not one), each with that dose, where the block gives no
    other dose; else the block itself."""
    text = " ".join(strip_markup(line).strip() for line in block.lines)
    m = _DOSED_LIST.search(text)
    if m is None or has_dose(text[: m.start()] + text[m.end() :]):
        return [block]
    names = [x.strip() for x in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m["names"]) if x.strip()]
    names = [x for x in names if not _NOT_A_NAME.match(x)]
    if len(names) < 3 or 2 * sum(bool(EXERCISE_WORDS.search(x)) for x in names) < len(names):
        return [block]
    dose = m["dose"] if re.search(r"[a-z]$", m["dose"]) else f"{m['dose']} reps"
    return [
        Block(x[:1].upper() + x[1:], [f"{dose}."], block.start, block.section, block.level) for x in names
    ]


__all__ = ["dosed_list_names"]
