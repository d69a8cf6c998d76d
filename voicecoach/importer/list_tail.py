"""The paragraph after a list of one-line exercises: the article's closing words, not the last
exercise's text ("4 squats" then "That is 12 sets and 30 reps; it took me 25 minutes")."""

from __future__ import annotations

from .blocks import Block, has_dose


def _filled(block: Block) -> list[str]:
    return [line for line in block.lines if line.strip()]


def without_closing_paragraph(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last one cut at its first blank line when every exercise before it is one
    line (its name and dose) and what follows that blank line counts or times something: a dose
    there would be read as the last exercise's. A last exercise written out over paragraphs, as
    the others are, keeps them."""
    if len(blocks) < 3 or any(len(_filled(b)) > 1 for b in blocks[:-1]):
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
