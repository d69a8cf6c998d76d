"""Drills named inside the sentences of a staged warm-up: "Start with 2 minutes of easy jogging,
then 10 high knees and 10 butt kicks. Finish with 5 walking lunges on each leg." Each counted or
timed name is one exercise, in the order the sentences give them."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import strip_markup
from .lists import LIST_ITEM_START
from .vocabulary import EXERCISE_WORDS, MOVEMENT

# "2 minutes of easy jogging", "10 high knees", "5 walking lunges on each leg", "30 seconds of skipping"
_COUNTED = re.compile(
    r"(?<![\w.-])(\d+)\s*(?:(minutes?|mins?|seconds?|secs?)\s+(?:of\s+)?|x\s*)?['‘\"“]?"  # "1 min 'fast'"
    r"((?:[a-z][a-z'-]*)(?:\s+(?!(?:and|then|or|on|each|per|for|with|to|of|in|at|before|after|between)\b)"
    r"[a-z][a-z'-]*){0,2})['’\"”]?"
    r"(\s+(?:on|with|for)\s+(?:each|both|every)\s+(?:side|leg|arm|foot)|\s+(?:each|per)\s+(?:side|leg|arm))?"
    r"(?:\s+of\s+(\d+\s*(?:seconds?|secs?|minutes?|mins?|metres?|meters?|m)\b))?"
    r"(?:\s*\([^()]{1,40}(?:\)|$))?"  # a note in brackets, "10 burpees (with a press-up)", perhaps wrapped
    r"(?=\s*(?:[,.;:!]|\band\b|\bthen\b|$|\s+(?:to|before|after)\b))"
)
_NOT_A_MOVE = re.compile(
    r"^(?:times?|reps?|repetitions|sets?|rounds?|breaths?|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|"
    r"months?|years?|people|rest|recovery|breaks?|more|of|the|a|an)\b"
)


def _items(text: str) -> list[Block]:
    found = []
    for m in _COUNTED.finditer(text):
        name = m.group(3).strip().strip("'’")
        if _NOT_A_MOVE.match(name):
            continue
        count = f"{m.group(1)} x {m.group(5)}" if m.group(5) else f"{m.group(1)} {m.group(2) or 'times'}"
        dose = f"{count}{m.group(4) or ''}."  # "4 strides of 20 seconds": four bouts of 20 seconds
        found.append(Block(name[:1].upper() + name[1:], [dose]))
    return found


def counted_drills(lines: list[str]) -> list[Block]:
    """The counted or timed drills named in the article's sentences, three or more, when most of
    them are exercise words and they stand in two or more sentences' lists ("then 10 high knees
    and 10 butt kicks"), not one count ("do 10 squats")."""
    found: list[Block] = []
    stages: list[Block] = []  # "1. Jog easily for 5 minutes.": a stage with no drills named is one
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("#", "|")):
            continue
        items = _items(strip_markup(line))
        for block in items:
            block.start = i
        found += items
        if not items and LIST_ITEM_START.match(line) and has_dose(line) and MOVEMENT.search(line):
            stages.append(Block("Exercise", [LIST_ITEM_START.sub("", line)], i, unnamed=True))
    words = sum(bool(EXERCISE_WORDS.search(b.name)) for b in found)
    if len(found) < 3 or 2 * words < len(found):
        return []
    return sorted([*found, *stages], key=lambda b: b.start)


__all__ = ["counted_drills"]
