"""A group heading over a list of movements with no dose of their own ("Standing knee exercises"
over "- Rise up onto the balls of your feet." / "- Raise your leg out to the side." / …): each item
is one exercise with no name ("Exercise N" by its place); the dose a lead gives them all ("Work up
to holding each one for 5 seconds") is read as the shared dose, as for any list. A list that sets up, holds or goes on ("- Sit
…", "- Hold …", "- Then …") is one exercise's steps and stays whole."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .lists import CONTINUES
from .name_kinds import looks_like_group
from .vocabulary import BULLET, INSTRUCTION, MOVEMENT

# "exercises", "stretches" last: the heading names several ("Standing knee exercises")
_SEVERAL = re.compile(r"\b(?:exercises|stretches|moves|movements|drills)\W*$", re.IGNORECASE)
# a step of one exercise, not a movement of its own: setting up, holding, resting, letting go of the
# step before ("- Let go and relax", "- Lower it slowly")
_STEP = re.compile(
    r"^(?:stand|sit|lie|lay|kneel|start|begin|get|place|put|position|hold|rest|relax|repeat|return|"
    r"breathe|inhale|exhale|pause|stay|keep|switch|change|do|perform|"
    r"release|let go|let (?:it|them)|lower (?:it|them)|slowly (?:release|lower|return)|come back)\b",
    re.IGNORECASE,
)


def _items(lines: list[str]) -> list[str] | None:
    """The bullet items under the lead (a wrapped item joined); None when text other than bullets
    follows the list."""
    items: list[str] = []
    for line in lines:
        if BULLET.match(line):
            items.append(BULLET.sub("", line).strip())
        elif not line.strip():
            continue
        elif items and line[:1].isspace():
            items[-1] += " " + line.strip()
        elif items:
            return None
    return items


def _own_movement(item: str) -> bool:
    """ "Raise your leg out to the side.": an instruction that is no set-up, hold or going on."""
    return bool(INSTRUCTION.match(item)) and not _STEP.match(item) and not CONTINUES.search(item)


def group_items(block: Block) -> list[Block]:
    """Three or more undosed bullet items under a heading that names several exercises, each
    opening with a movement of its own: those exercises; none otherwise."""
    if not (_SEVERAL.search(block.name) or looks_like_group(block.name)):
        return []
    items = _items(block.lines)
    if items is None or len(items) < 3 or not all(map(_own_movement, items)) or any(map(has_dose, items)):
        return []
    if 2 * sum(bool(MOVEMENT.match(item)) for item in items) <= len(items):
        return []  # "- Imagine …", "- Focus …": steering, not movements
    return [
        Block("Exercise", [item], block.start, block.section, block.level, unnamed=True) for item in items
    ]


__all__ = ["group_items"]
