"""A borderless table's narrow first column in a PDF: a numbered exercise name broken over several
short lines ("2. Straight" / "Leg" / "Raise in" / "Supine") beside the instructions' column, joined
back into one name line ("2. Straight Leg Raise in Supine") where its first piece stands."""

from __future__ import annotations

import re
from dataclasses import replace

from .pdfline import Line

_NUMBERED = re.compile(r"^\d+[.)]\s+[A-Za-z]")


def _beside(line: Line, lines: list[Line], page_width: float) -> bool:
    """Text level with the line in a column that starts within the page's first 40 % (a table's
    next column, not a two-column page's right column): the line is a narrow first column."""
    half = (line.bottom - line.top) / 2  # a cell's text may sit between the lines beside it
    return any(
        line.x1 + 20 < other.x0 < page_width * 0.4
        and other.top < line.bottom + half
        and other.bottom > line.top - half
        for other in lines
    )


def _piece(text: str) -> bool:
    """A piece of a broken name: a few words, no sentence end ("Leg", "Raise in")."""
    return len(text.split()) <= 3 and not text.rstrip().endswith((".", ":", ";", "!", "?", ","))


def joined_side_names(lines: list[Line], page_width: float) -> list[Line]:
    """The lines with each broken first-column name joined into its first piece (see module)."""
    narrow = sorted(
        (
            ln
            for ln in lines
            if ln.x1 - ln.x0 < page_width * 0.25
            and ln.x0 < page_width * 0.3
            and _beside(ln, lines, page_width)
        ),
        key=lambda ln: ln.top,
    )
    groups: list[list[Line]] = []
    for ln in narrow:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and not _NUMBERED.match(ln.text)
            and _piece(ln.text)
            and _piece(last.text.split(" ", 1)[-1])
            and abs(ln.x0 - last.x0) < 2
            and ln.top - last.bottom < 1.5 * (last.bottom - last.top)
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    joined = {id(g[0]): g for g in groups if len(g) >= 2 and _NUMBERED.match(g[0].text)}
    dropped = {id(ln) for g in joined.values() for ln in g[1:]}
    return [
        replace(ln, text=" ".join(piece.text for piece in joined[id(ln)])) if id(ln) in joined else ln
        for ln in lines
        if id(ln) not in dropped
    ]


__all__ = ["joined_side_names"]
