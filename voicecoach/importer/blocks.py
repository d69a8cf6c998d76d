"""An exercise block (a heading and the lines under it) and whether it reads as an exercise."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import is_furniture_heading, label_of, strip_markup
from .vocabulary import INSTRUCTION as _INSTRUCTION
from .vocabulary import MOVEMENT as _MOVEMENT  # the signal weak title styles need

_TIMING = re.compile(
    r"\b(?:hold|repeat|reps?|repetitions|sets?|seconds?|minutes?|times|"
    r"each (?:side|leg|foot|arm)|per side)\b|\b\d+\s*[x×]\s*\d+\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}breaths\b",
    re.IGNORECASE,
)
# A block that talks about the exercises (an introduction), not one exercise.
_META = re.compile(
    r"\b(?:each|every|all|these|the following|the other|this|the)\s+(?:\w+\s+)?"
    r"(?:exercises|moves|stretches|workout|routine|circuit|programme|program|plan|"
    r"exercise(?=\s*[,.]|\s+(?:for|with|in)\b))",
    re.IGNORECASE,
)
PHASE_NAME = re.compile(r"^(?:inhale|exhale|hold|pause|breathe (?:in|out)|rest|empty|fill)$", re.IGNORECASE)
_FREQ = re.compile(
    r"\b(?:\d+|once|twice|one|two|three|four|five)\s*(?:[x×]\s*)?(?:times?\s*)?"
    r"(?:a|per|each|every|/)\s*(?:day|week|daily)\b|\bdaily\b",
    re.IGNORECASE,
)


@dataclass
class Block:
    """One exercise's heading and the raw lines under it; ``start`` is the heading's line index;
    ``section`` the heading of the section it is in, where known ("Part 1: Running exercises")."""

    name: str
    lines: list[str] = field(default_factory=list)
    start: int = 0
    section: str = ""
    level: int = 0  # its heading's level where headings have one (markdown "##": 2)
    unnamed: bool = False  # no name of its own: "Exercise N" by its place in the article

    def text(self) -> str:
        return "\n".join(self.lines)


def body_text(block: Block) -> str:
    return "\n".join(
        _unlabelled(line) for line in block.lines if (label_of(line) or ("",))[0] not in ("what", "drop")
    )


def looks_like_exercise(block: Block, strict: bool = False) -> bool:
    """A named block whose text gives an instruction or a timing.

    ``strict`` (weak title styles): the instruction must be a body movement, frequency is not a
    timing, and a block that talks about "each exercise" / "these exercises" without a movement
    is an introduction, not an exercise.
    """
    if not block.name or is_furniture_heading(block.name):
        return False
    body = body_text(block)
    if not strict:  # a dose in the heading ("## Side plank - 20 seconds each side") counts too
        dosed_name = bool(body.strip() and _TIMING.search(block.name))
        return bool(_INSTRUCTION.search(body) or _TIMING.search(body) or dosed_name)
    if PHASE_NAME.match(block.name.strip()):
        return False
    unfrequent = _FREQ.sub(" ", body)
    moves = bool(_MOVEMENT.search(unfrequent))
    if _META.search(unfrequent) and not moves:
        return False
    return moves or bool(_TIMING.search(unfrequent))


def _unlabelled(line: str) -> str:
    label = label_of(line)
    return strip_markup(label[2] if label and label[0] != "timing" else line)


__all__ = ["Block", "looks_like_exercise", "body_text", "PHASE_NAME"]
