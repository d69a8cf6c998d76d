"""Sections that are a page's advice, not one more exercise: one named by where it is done ("At the
gym", "At home", "In the office", "At your desk") with no dose of its own, and a heading over the
list of exercises whose text speaks of them all ("Begin every stretch by …")."""

from __future__ import annotations

import re

from .blocks import ABOUT_THE_EXERCISES, Block, body_text, has_dose
from .vocabulary import MOVEMENT

# "At the gym", "In your office", "At home", "At work": a place, not a movement ("In sitting",
# "On your back" are positions, left alone)
_SETTING = re.compile(
    r"^\W*(?:(?:at|in)\s+(?:the|your|a|an|my)\s+[a-z'-]+(?:\s+[a-z'-]+)?|at\s+(?:home|work|school))\W*$", re.I
)


def is_setting_section(block: Block) -> bool:
    """The block is named by a setting and gives no dose: advice for doing things there."""
    return bool(_SETTING.match(block.name)) and not has_dose(body_text(block))


# "every stretch", "most exercises", "each of the moves": the text speaks of all the exercises
_OF_THEM_ALL = re.compile(
    r"\b(?:every|each|all|most|any)\s+(?:of\s+the\s+|\w+\s+)?(?:stretch(?:es)?|exercises?|moves?|poses?)\b",
    re.I,
)


def without_advice_heading(blocks: list[Block]) -> list[Block]:
    """Leave out a first block that is a heading over two or more exercises read from a list (the
    only block with a heading's level), with no dose in its name, whose text speaks of all the
    exercises: the page's advice for them ("## Stretching technique" / "Begin every stretch by
    easing into it …"), not an exercise before them."""
    if len(blocks) < 3 or not blocks[0].level or any(b.level for b in blocks[1:]):
        return blocks
    first = blocks[0]
    if has_dose(first.name) or not _OF_THEM_ALL.search(body_text(first)):
        return blocks
    return blocks[1:]


def without_notes_on_the_whole(blocks: list[Block]) -> list[Block]:
    """Leave out a heading's section whose text speaks of the workout as a whole ("This workout
    builds …", "These exercises …") and opens no sentence with a movement, beside two or more
    exercises read from a list: a note on them all ("## Training Focus"), not an exercise."""
    if sum(not b.level for b in blocks) < 2:
        return blocks
    return [
        b
        for b in blocks
        if not b.level or not ABOUT_THE_EXERCISES.search(t := body_text(b)) or MOVEMENT.search(t)
    ]


__all__ = ["is_setting_section", "without_advice_heading", "without_notes_on_the_whole"]
