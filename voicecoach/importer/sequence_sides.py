"""A whole sequence done again on the other side: "Repeat the whole sequence on the other side",
"**Twirl and repeat on other side**" after a list, "Switch sides and do the whole series again".

Said once, as a paragraph of its own after the last exercise of a run, it asks each exercise of
that run for both sides, not only the one whose lines it ended up in: the line is given to each
of them, so each reads its sides as if it said so itself.
"""

from __future__ import annotations

import re

from .blocks import Block
from .furniture import strip_markup

_I = re.IGNORECASE
_ALL = (
    r"(?:(?:the\s+)?(?:whole|entire|same|full)\s+(?:sequence|series|routine|set|thing|list|flow|circuit|exercises|lot|"
    r"workout)|everything|all(?:\s+of\s+(?:them|these|the\s+above))?|them\s+all|the\s+above|the\s+(?:sequence|series|"
    r"routine|set|list|flow|circuit|exercises))"
)
_SWITCH = r"(?:twirl|turn(?:\s+around)?|(?:switch|change|swap)\s+(?:sides|legs|feet))"
_OTHER_SIDE = r"(?:on|with|for|using)\s+(?:the\s+)?(?:other|opposite)\s+(?:side|leg|foot)"
# the whole run again on the other side (a sequence, "all of them", "everything"): any paragraph
_WHOLE_AGAIN = re.compile(
    rf"^(?:(?:then|now|next|finally),?\s+)?(?:{_SWITCH}\s*,?\s*(?:and|then)\s+)?(?:repeat|do|perform|complete|go\s+through)"
    rf"\s+{_ALL}(?:\s+again|\s+all\s+over)?(?:\s+{_OTHER_SIDE})?\W*$",
    _I,
)
# "repeat on the other side" with no word for the run: only when set apart in bold
_REPEAT_OTHER_SIDE = re.compile(
    rf"^(?:(?:then|now),?\s+)?(?:{_SWITCH}\s*,?\s*(?:and|then)\s+)?(?:repeat|do\s+(?:it|them)(?:\s+again)?)\s+"
    rf"{_OTHER_SIDE}\W*$",
    _I,
)
_SAID_FOR_EACH = "Repeat on the other side."


def _asks_whole_run(line: str) -> bool:
    bare = " ".join(strip_markup(line).strip(" -*•").split())
    if _WHOLE_AGAIN.match(bare) and (re.search(_SWITCH, bare, _I) or re.search(_OTHER_SIDE, bare, _I)):
        return True
    return line.strip().startswith("**") and bool(_REPEAT_OTHER_SIDE.match(bare))


def whole_run_other_side(blocks: list[Block]) -> list[Block]:
    """Blocks whose run ends in a paragraph asking for the whole run on the other side, each
    given that line (the run: the blocks before it at its level and section, back to the
    previous such paragraph)."""
    start = 0
    for k, block in enumerate(blocks):
        filled = [i for i, line in enumerate(block.lines) if line.strip()]
        said = [i for i in filled[1:] if not block.lines[i - 1].strip() and _asks_whole_run(block.lines[i])]
        if not said:
            continue
        run = [b for b in blocks[start:k] if (b.level, b.section) == (block.level, block.section)]
        for other in run:
            other.lines = [*other.lines, "", _SAID_FOR_EACH]
        start = k + 1
    return blocks


__all__ = ["whole_run_other_side"]
