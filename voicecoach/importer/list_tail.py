"""The paragraph after a list of one-line exercises: the article's closing words, not the last
exercise's text ("4 squats" then "That is 12 sets and 30 reps; it took me 25 minutes")."""

from __future__ import annotations

import re

from .blocks import Block, has_dose


def _filled(block: Block) -> list[str]:
    """The block's lines with words, a whiteboard's rest line after the list ("Rest 1 Min between
    Rounds") not among them: the session's rest, no exercise's text."""
    return [line for line in block.lines if line.strip() and not _REST_LINE.match(line)]


# Two exercises are a list only when each is its dose alone ("30 Mtn Climbers" gave "30 times"):
# two paragraphs' exercises keep their paragraphs ("Tighten and hold for 5 seconds." / "Repeat 10 times.")
_DOSE_ONLY = re.compile(r"[\d\s x×-]+(?:times|reps?|repetitions|seconds?|secs?|minutes?|mins?)?", re.I)
_REST_LINE = re.compile(r"^\s*rest\s+\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b.*\bbetween\b", re.I)


def without_closing_paragraph(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last one cut at its first blank line when every exercise before it is one
    line (its name and dose; three or more exercises, or two that are each their dose alone) and
    what follows that blank line counts or times something: a dose there would be read as the last
    exercise's. A last exercise written out over paragraphs, as the others are, keeps them."""
    if len(blocks) < 2 or any(len(_filled(b)) > 1 for b in blocks[:-1]):
        return blocks
    if len(blocks) == 2 and not all(_DOSE_ONLY.fullmatch((_filled(b) or [""])[0].strip()) for b in blocks):
        return blocks
    last = blocks[-1]
    lines = last.lines
    blank = next((i for i, line in enumerate(lines) if not line.strip() and i > 0), None)
    if blank is None or not any(line.strip() for line in lines[:blank]):
        return blocks
    if not has_dose("\n".join(lines[blank:])) or len(_filled(Block(last.name, lines[:blank]))) > 1:
        return blocks
    last.lines = lines[:blank]
    return blocks


__all__ = ["without_closing_paragraph"]
