"""Doses the layout set apart from their exercise: a one-row dose table above a page's only
exercise, and dose lines printed above each title instead of under it."""

from __future__ import annotations

import re

from .blocks import Block
from .numbers import normalize
from .vocabulary import DOSE, FREQUENCY, MOVEMENT


def _dose_line(line: str) -> bool:
    """A short line that gives a dose and no movement ("1 Set / 5 Reps / 10 sec duration",
    "Perform this exercise up to 10 times, rest for 1 minute."); a frequency is no dose."""
    text = re.sub(FREQUENCY, " ", normalize(line.strip(" -*•")), flags=re.I)
    return len(text.split()) <= 20 and bool(DOSE.search(text)) and not MOVEMENT.match(text.strip())


def _same_template(a: str, b: str) -> bool:
    """Two dose lines written from one template: half their words the same, numbers aside."""
    words = [{w.rstrip("s") for w in re.findall(r"[a-z]+", x.lower())} for x in (a, b)]
    return len(words[0] & words[1]) * 2 >= len(words[0] | words[1]) > 0


def _last_filled(lines: list[str]) -> int | None:
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)


def doses_above_titles(blocks: list[Block], lines: list[str]) -> None:
    """Dose lines set above each title (an app's printout: the introduction ends with the first
    exercise's dose, every exercise but the last ends with the next one's) move down to the
    exercise they belong to."""
    intro = _last_filled(lines[: blocks[0].start]) if blocks else None
    ends = [_last_filled(b.lines) for b in blocks]
    if (
        len(blocks) < 2
        or intro is None
        or not _dose_line(lines[intro])
        or any(
            i is None or not _dose_line(b.lines[i]) or not _same_template(lines[intro], b.lines[i])
            for b, i in zip(blocks[:-1], ends[:-1], strict=True)
        )
        or (ends[-1] is not None and _dose_line(blocks[-1].lines[ends[-1]]))
    ):
        return
    carried = lines[intro]
    for block, end in zip(blocks, ends, strict=True):
        nxt = block.lines.pop(end) if block is not blocks[-1] and end is not None else None
        block.lines.insert(0, carried)
        carried = nxt or ""


def place_lost_dose(blocks: list[Block], dose_tables: list[list[str]]) -> None:
    """A one-row dose table that fell outside the only exercise (set under a page's title, above
    its "How to perform" steps): that exercise's dose."""
    if len(blocks) != 1 or len(dose_tables) != 1:
        return
    if not any(line in blocks[0].lines for line in dose_tables[0]):
        blocks[0].lines[:0] = dose_tables[0]


__all__ = ["doses_above_titles", "place_lost_dose"]
