"""Two exercises chained in one paragraph or item: "Circle the chin three times. Next, bring
your ear to your shoulder … Go through this three times." Each part opens with a sequence word and
gives a dose of its own; a part that only goes on with the same movement ("Then relax for 5
seconds", "Then repeat on the other side") is no new exercise. A list item that names two, "Name:
what to do … dose" each, is two items."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .numbers import normalize

# A sentence that opens the next exercise: a sequence word, then a movement of its own
_NEXT = re.compile(r"(?<=[.!?])\s+(?=(?:next|then|after that|afterwards|now|finally),?\s)", re.IGNORECASE)
# ... or after a comma when both movements are counted: "Shrug 10 times, then roll them back 10 times"
_COMMA_THEN = re.compile(r",\s+(?:and\s+)?(?=then\s)", re.IGNORECASE)
_COUNTED = re.compile(r"\b\d+\s*(?:times|reps?|repetitions)\b", re.IGNORECASE)
# ... not one that goes on with the same one: a hold, a rest, a repeat, the other side or way
_SAME = re.compile(
    r"^(?:next|then|after that|afterwards|now|finally),?\s+(?:slowly\s+|gently\s+)?"
    r"(?:hold|relax|rest|repeat|breathe|pause|switch|swap|change|return|come back|come down|lower|release|let go|ease|"
    r"do (?:the same|it|this|that|the other)|go (?:back|the other)|reverse|the other)\b|"
    r"^(?:then|now)\s+(?:\w+\s+){1,3}(?:again|the other (?:way|direction)|the opposite way|in reverse)\b|"
    # the way back of the same movement: "Then bring yourself back up to the start"
    r"^(?:then|now|next),?\s+(?:slowly\s+|gently\s+)?(?:bring|come|go|get|move|step|push|pull|lift|raise|roll|curl)"
    r"\s+(?:[\w'’]+\s+){0,2}back\s+(?:up|down|to|in(?:to)?)\b",
    re.IGNORECASE,
)


def _counted_pair(sentence: str) -> list[str]:
    halves = _COMMA_THEN.split(sentence, maxsplit=1)
    counted = len(halves) == 2 and all(_COUNTED.search(normalize(h)) for h in halves)
    return halves if counted else [sentence]


def chained_parts(text: str) -> list[str]:
    """The exercises ``text`` chains, each with its own dose, in order ([text] when it holds one):
    a part with no dose of its own goes with the part before it."""
    pieces = [part for piece in _NEXT.split(" ".join(text.split())) for part in _counted_pair(piece)]
    parts: list[str] = []
    for piece in pieces:
        if parts and _SAME.match(piece):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    dosed: list[str] = []
    for part in parts:
        if dosed and not has_dose(part):
            dosed[-1] = f"{dosed[-1]} {part}"
        else:
            dosed.append(part)
    if len(dosed) >= 2 and not has_dose(dosed[0]):  # the first part's dose came with the second's
        dosed[:2] = [f"{dosed[0]} {dosed[1]}"]
    return dosed if len(dosed) >= 2 and all(has_dose(p) for p in dosed) else [text]


def chained_lines(paragraph: list[str]) -> list[list[str]]:
    """The paragraph's lines, or each exercise it chains as one line."""
    parts = chained_parts(" ".join(paragraph)) if paragraph else []
    return [[part] for part in parts] if len(parts) > 1 else [paragraph]


_BY_NUMBER = re.compile(r"Exercise \d+")


def split_chained(items: list[Block]) -> list[Block]:
    """Numbered or bulleted items with no names of their own, one of which chains two exercises
    ("- Shrug 10 times. Then roll them backwards 10 times."): each exercise an item, all of them
    named by their place again."""
    out: list[Block] = []
    for item in items:
        parts = chained_lines(item.lines) if _BY_NUMBER.fullmatch(item.name) else [item.lines]
        out += [Block(item.name, part, item.start, item.section, item.level, item.unnamed) for part in parts]
    if len(out) > len(items):
        for block in out:
            block.unnamed = block.unnamed or bool(_BY_NUMBER.fullmatch(block.name))
    return out


# A list item's second named exercise: "- Do the ankle circles: … 10 times. Do the calf stretch: …",
# "1. Chin tucks: … 10 times, then shoulder shrugs: … 10 times" (a short name and a colon after a
# sentence end, "then" or a semicolon)
_ITEM = re.compile(r"^(\s*(?:[-*•]|\d{1,2}[.)])\s+)(.*)$")
_SECOND_NAME = re.compile(
    r"(?:(?<=[.!?])\s+|,\s+then\s+|;\s+)(?=(?:(?:do|try)\s+the\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+\S)",
    re.IGNORECASE,
)
_NAMED = re.compile(r"^(?:(?:do|try)\s+the\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s", re.IGNORECASE)


def split_named_items(line: str) -> list[str]:
    """A list item that names and doses two exercises, each "Name: what to do … dose", as two
    items with the same bullet or number (the line itself when it holds one)."""
    item = _ITEM.match(line)
    if not item or not _NAMED.match(item.group(2)):
        return [line]
    parts = _SECOND_NAME.split(item.group(2))
    if len(parts) < 2 or not all(has_dose(p) for p in parts) or not all(_NAMED.match(p) for p in parts):
        return [line]
    return [f"{item.group(1)}{part[:1].upper()}{part[1:]}" for part in parts]


__all__ = ["chained_parts", "chained_lines", "split_chained", "split_named_items"]
