"""Two exercises chained in one paragraph or item: "Circle the chin three times. Next, bring
your ear to your shoulder … Go through this three times." Each part opens with a sequence word and
gives a dose of its own; a part that only goes on with the same movement ("Then relax for 5
seconds", "Then repeat on the other side") is no new exercise."""

from __future__ import annotations

import re

from .blocks import Block, has_dose

# A sentence that opens the next exercise: a sequence word, then a movement of its own
_NEXT = re.compile(r"(?<=[.!?])\s+(?=(?:next|then|after that|afterwards|now|finally),?\s)", re.IGNORECASE)
# ... not one that goes on with the same one: a hold, a rest, a repeat, the other side or way
_SAME = re.compile(
    r"^(?:next|then|after that|afterwards|now|finally),?\s+(?:slowly\s+|gently\s+)?"
    r"(?:hold|relax|rest|repeat|breathe|pause|switch|swap|change|return|come back|lower|release|let go|"
    r"do (?:the same|it|this|that|the other)|go (?:back|the other)|reverse|the other)\b",
    re.IGNORECASE,
)


def chained_parts(text: str) -> list[str]:
    """The exercises ``text`` chains, each with its own dose, in order ([text] when it holds one):
    a part with no dose of its own goes with the part before it."""
    pieces = _NEXT.split(" ".join(text.split()))
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


__all__ = ["chained_parts", "chained_lines", "split_chained"]
