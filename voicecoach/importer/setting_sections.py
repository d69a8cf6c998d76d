"""A section named by where it is done ("At the gym", "At home", "In the office", "At your desk"),
with no dose of its own: a page's advice for that setting, not one more exercise."""

from __future__ import annotations

import re

from .blocks import Block, body_text, has_dose

# "At the gym", "In your office", "At home", "At work": a place, not a movement ("In sitting",
# "On your back" are positions, left alone)
_SETTING = re.compile(
    r"^\W*(?:(?:at|in)\s+(?:the|your|a|an|my)\s+[a-z'-]+(?:\s+[a-z'-]+)?|at\s+(?:home|work|school))\W*$", re.I
)


def is_setting_section(block: Block) -> bool:
    """The block is named by a setting and gives no dose: advice for doing things there."""
    return bool(_SETTING.match(block.name)) and not has_dose(body_text(block))


__all__ = ["is_setting_section"]
