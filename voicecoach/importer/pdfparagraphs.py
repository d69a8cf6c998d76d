"""Where a PDF's lines part into paragraphs and where one line wraps onto the next, read as a
careful reader does: by the column's edge (would the next line's first word have fitted?), the
page's leading (the few points more that part paragraphs) and how a line opens and ends.

Invariant: every rule compares a line with the one before it in reading order; ``leading`` is one
pass over a page's lines, ``column_rights`` compares each line with the others on its page."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .pdfline import Line

_INDENT = 25  # points a bullet's or a first line's indent may move a line right of its column's edge
_ITEM = re.compile(r"[•\-–]\s|\d{1,2}[.)]\s|[a-z][.)]\s")  # a bullet or a list item's number


def column_rights(lines: list[Line]) -> dict[int, float]:
    """Each line's column's right edge (by ``id``): the furthest right that lines starting near
    its left edge reach (a narrow column's, or the page's)."""
    return {id(ln): max(other.x1 for other in lines if abs(other.x0 - ln.x0) <= _INDENT) for ln in lines}


def _next_word_fits(previous: Line, ln: Line, right: float) -> bool:
    """``ln``'s first word (and a space) would have fitted at the end of ``previous``, its width
    taken from ``ln``'s mean character width: the line was broken on purpose, not wrapped."""
    char = (ln.x1 - ln.x0) / max(1, len(ln.text))
    return previous.x1 + char * (1 + len(ln.text.split(" ", 1)[0])) <= right


def ends_paragraph(previous: Line, ln: Line, rights: dict[int, float], opened: str) -> bool:
    """``previous`` ends a paragraph with no gap below it: it ends a sentence with room left for
    ``ln``'s first word, and ``ln``, in the same column, opens with a capital, a number or a
    bullet (text set with no space between paragraphs, as in narrow columns); a list item's last
    line (``opened`` is the output line it ends) ends only the item, which its own line parts."""
    same_column = abs(ln.x0 - previous.x0) < _INDENT and ln.top > previous.top
    return (
        same_column
        and _next_word_fits(previous, ln, rights[id(previous)])
        and bool(re.search(r"[.!?:]\)?$", previous.text))
        and bool(re.match(r"[A-Z0-9•\-–(]", ln.text))
        and not _ITEM.match(opened)
    )


def after_a_list(recent: list[Line], ln: Line, rights: dict[int, float]) -> bool:
    """``ln``, a long line (most of its column's width, twice the items') opening with a capital,
    right under three or more short lines of its column and type that end no sentence and hold no
    label's colon (a list's items: "3 pushups", "3 squats"): a paragraph after the list, as a blank
    line parts it where the print left none."""
    run, right = recent[-3:], rights[id(ln)]
    width = right - ln.x0
    return (
        len(run) == 3
        and width > 0
        and ln.x1 - ln.x0 >= max(0.6 * width, 2 * max(x.x1 - x.x0 for x in run))
        and bool(re.match(r"[A-Z]", ln.text))
        and all(
            abs(x.x0 - ln.x0) < 1
            and x.x1 - x.x0 < 0.5 * width
            and abs(x.size - ln.size) < 0.5
            and x.bold == ln.bold
            and not re.search(r"[.!?:;,]\)?$", x.text)
            and ":" not in x.text  # "Sets : 2" / "Frequency / day : once": a dose's fields, not items
            for x in run
        )
        and all(0 <= b.top - a.bottom < b.bottom - b.top for a, b in itertools.pairwise([*run, ln]))
    )


def leading(lines: list[Line]) -> tuple[float, bool]:
    """The page's usual space between a line and the next line of its paragraph (the smallest gap
    seen twice or more between consecutive lines of one column and size), and whether the page
    parts its paragraphs with a little more (a gap between that and a blank line's, seen twice)."""
    gaps = Counter(
        round(b.top - a.bottom)
        for a, b in itertools.pairwise(lines)
        if abs(a.x0 - b.x0) < _INDENT
        and abs(a.size - b.size) < 0.5
        and 0 <= b.top - a.bottom < a.bottom - a.top
    )
    seen = [g for g, n in gaps.items() if n >= 2] or list(gaps)  # paragraphs may be most of a page's gaps
    if not seen:
        return 0.0, False
    gap = float(min(seen))
    heights = sorted(ln.bottom - ln.top for ln in lines)
    height = heights[len(heights) // 2]
    return gap, any(gap + 0.25 * height < g <= 0.9 * height for g in seen)


def wraps_on(previous: Line, ln: Line, rights: dict[int, float], leading: tuple[float, bool]) -> bool:
    """``ln`` goes on with ``previous``'s paragraph: it sits right under it at the page's leading
    (no space that parts paragraphs), in the same column and type, and its first word would not
    have fitted on ``previous``; a new sentence, list item or bullet after a full line is not
    joined (a paragraph or item may end at the column's edge), nor a line starting left of a
    bullet's item. On a page that parts paragraphs with a little space (``leading``'s flag), a line
    at the leading is the paragraph's whatever it opens with."""
    height, (gap, spaced) = ln.bottom - ln.top, leading
    if _next_word_fits(previous, ln, rights[id(previous)]):
        return False
    new_sentence = not spaced and bool(re.search(r"[.!?:]\)?$", previous.text)) and not ln.text[:1].islower()
    return (
        not new_sentence
        and not _ITEM.match(ln.text)
        and abs(ln.x0 - previous.x0) < _INDENT
        and not (_ITEM.match(previous.text) and ln.x0 < previous.x0 - 1)  # left of its bullet: no part of it
        and 0 <= ln.top - previous.bottom <= min(gap + 0.25 * height, 0.9 * height)
        and ln.bold == previous.bold
        and abs(ln.size - previous.size) < 0.5
    )


__all__ = ["after_a_list", "column_rights", "ends_paragraph", "leading", "wraps_on"]
