"""What closes a group of exercises inside a plan ("**Group 1**" over three moves, then "Rest for 30
seconds, then start again! Do it 4 times!" and "Rest 1 minute, then on to group 2!"): the group's
rounds and the pause before the next group, which dose no one exercise. Such paragraphs are taken
out of the group's last exercise, so its own sets and rest stay its own."""

from __future__ import annotations

import re

from .blocks import Block

# the group again from its first move, or on to the next group
_GROUP_AGAIN = re.compile(
    r"\b(?:start|begin|go)\s+(?:it\s+)?(?:again|over)\b|\b(?:back\s+to|from)\s+the\s+(?:top|start|beginning|first\s+\w+)\b|"
    r"\b(?:on|onto|move\s+on)\s+to\s+(?:the\s+next\s+)?(?:group|circuit|round|block|superset|set)\b|"
    r"\brepeat\s+(?:the|this)\s+(?:whole\s+)?(?:group|circuit|block|superset)\b",
    re.IGNORECASE,
)
# "**Group 1**", "## Circuit B", "Superset 2 (back to back):": a plan's numbered group on its own line
_GROUP_LINE = re.compile(
    r"^\W*(?:group|circuit|block|superset|tri-?set|giant set)\s+(?:\d{1,2}|[A-Z])\b[^.!?]{0,60}$",
    re.IGNORECASE,
)


def _paragraphs(lines: list[str]) -> list[list[int]]:
    """Line indices of the block's paragraphs, in order."""
    out: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            out[-1].append(i)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def without_group_ends(blocks: list[Block], lines: list[str]) -> list[Block]:
    """The blocks, in a plan of two or more numbered groups, each without the paragraphs after its
    own text that restart or leave its group ("then start again! Do it 4 times!"): read, they
    would be its sets and rest (in one exercise's text, "then start again" is its own repeat)."""
    if sum(bool(_GROUP_LINE.match(line.strip(" *#_"))) for line in lines) < 2:
        return blocks
    for block in blocks:
        ends = [
            i
            for paragraph in _paragraphs(block.lines)[1:]  # never its first: that is its own text
            if _GROUP_AGAIN.search(" ".join(block.lines[j] for j in paragraph))
            for i in paragraph
        ]
        block.lines = [line for i, line in enumerate(block.lines) if i not in ends]
    return blocks


__all__ = ["without_group_ends"]
