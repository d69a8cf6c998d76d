"""Columns on a PDF page: the gutter between two columns (across the page, or under a
full-width top) and the reading order that takes each band's left column before its right."""

from __future__ import annotations

from collections import Counter

from .pdfline import Line


def column_edge(words: list[dict], x: float) -> float | None:
    """The left edge most rows right of ``x`` start at (the right column's margin), or None."""
    starts: dict[int, float] = {}
    for w in words:
        if w["x0"] >= x:
            row = round(w["top"])
            starts[row] = min(starts.get(row, w["x0"]), w["x0"])
    if not starts:
        return None
    return float(Counter(round(v) for v in starts.values()).most_common(1)[0][0])


ACROSS = 0.6  # a line this share of the page wide or wider runs across both columns


def line_gutter(lines: list[Line], width: float) -> float | None:
    """The x between two columns: a middle x few lines (split at wide gaps) cross, with lines
    on both sides (two columns, or a main column and a box beside it); None for one column."""
    body = [ln for ln in lines if ln.x1 - ln.x0 < width * ACROSS]
    if len(body) < 6:
        return None
    best = None
    for x in range(int(width * 0.3), int(width * 0.7), 4):
        crossing = sum(1 for ln in lines if ln.x0 < x < ln.x1)
        left = sum(1 for ln in body if ln.x1 <= x)
        right = sum(1 for ln in body if ln.x0 >= x)
        if (
            crossing <= len(lines) * 0.15
            and min(left, right) >= 3
            and (best is None or (crossing, -min(left, right)) < best[:2])
        ):
            best = (crossing, -min(left, right), x)
    return best[2] if best else None


def lower_gutter(lines: list[Line], width: float) -> float | None:
    """The gutter of two columns in a band between full-width lines (an introduction across the
    page, then panels side by side, then a footer across the page): found among the lines of a
    run with no full-width line in it that holds a third of the page's lines, None if none."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    runs: list[list[Line]] = [[]]
    for ln in ordered:
        if ln.x1 - ln.x0 >= width * ACROSS:
            runs.append([])
        else:
            runs[-1].append(ln)
    if len(runs) == 1:
        return None
    for run in sorted(runs, key=len, reverse=True):
        gutter = line_gutter(run, width) if len(run) >= len(ordered) // 3 else None
        if gutter is not None:
            return gutter
    return None


def reading_order(lines: list[Line], gutter: float | None) -> list[Line]:
    """Lines top to bottom; on a two-column page, each band's left column before its right."""
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    if gutter is None:
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines:
        if ln.x0 < gutter < ln.x1:  # a full-width line ends the band above it
            out += left + right + [ln]
            left, right = [], []
        else:
            (left if ln.x1 <= gutter else right).append(ln)
    return out + left + right


__all__ = ["ACROSS", "column_edge", "line_gutter", "lower_gutter", "reading_order"]
