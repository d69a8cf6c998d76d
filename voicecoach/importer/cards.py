"""A grid of exercise cards whose text was a picture: headings that carry only a name.

A clinic's advice page sets each exercise as a card (a picture, the name, perhaps one dose line).
Where a run of cards carries nothing but names ("#### Hook Grip", "#### Full Fist" …), the
heading style finds no text under them and would drop them; the heading before the run whose text
is one note with no number ("#### Tendon glides" / "Come back to straight fingers every
repetition") names the group the cards belong to, not one more exercise.
"""

from __future__ import annotations

import re

from .blocks import Block, body_text
from .confidence import looks_like_label, not_a_name
from .furniture import is_furniture_heading

_LEAST_RUN = 2  # one bare heading between exercises is a label or a picture's caption, two a grid


def _bare(block: Block) -> bool:
    return not body_text(block).strip()


def _a_name(block: Block) -> bool:
    name = block.name
    return not (is_furniture_heading(name) or looks_like_label(name) or not_a_name(name))


def _next_at_level(blocks: list[Block], start: int, level: int) -> Block | None:
    """The next block at ``level``, past bare headings above it ("### Level One" between grids)."""
    for block in blocks[start:]:
        if block.level == level:
            return block
        if block.level > level or not _bare(block):
            return None
    return None


def bare_cards(blocks: list[Block], ok: list[bool]) -> tuple[set[int], set[int]]:
    """(cards, groups): the indices of headings that are cards with no text, in a run of two or
    more at one level between exercises of that level, and of the undosed note heading before
    such a run that names their group."""
    cards: set[int] = set()
    groups: set[int] = set()
    i = 1
    while i < len(blocks):
        level, j = blocks[i].level, i
        while j < len(blocks) and blocks[j].level == level and _bare(blocks[j]) and _a_name(blocks[j]):
            j += 1
        after = _next_at_level(blocks, j, level)
        before = blocks[i - 1]
        note = not _bare(before) and not re.search(r"\d", body_text(before))
        if (
            j - i >= _LEAST_RUN
            and level
            and (ok[i - 1] or note)
            and before.level == level
            and after is not None
            and ok[blocks.index(after)]
        ):
            cards.update(range(i, j))
            if note:
                groups.add(i - 1)
        i = max(j, i + 1)
    return cards, groups


__all__ = ["bare_cards"]
