"""A PDF's text in reading order, with its structure: pdfminer's characters with their
positions, pdfplumber's table finder on pages with rules.

Output is the importer's markdown-ish text: ``# ``/``## `` for lines set much/somewhat larger
than the body, ``**…**`` for short bold lines, ``| a | b |`` rows for ruled tables (header row
first), a blank line at each paragraph gap and after a sentence that ends with room left for the
next line's first word (paragraphs set with no space between them), a line wrapped (the next line's
first word would not have fitted, and that line sits at the page's leading) joined into one line.  Two-column pages are read column by column (a
full-width line such as a title starts a new band; two columns under a paragraph across the page
count too); running headers and footers, the lines at
a page's top or bottom that repeat on other pages (digits ignored) or are set smaller than the
body, and bare page numbers, are dropped.

Invariant: pages are parsed one at a time and their caches freed; only their lines (the text,
the numbers packed) are kept, to find the running headers.
"""

from __future__ import annotations

import io
import re
from array import array
from collections import Counter
from dataclasses import dataclass

from .pdfcells import joined_side_names
from .pdfcolumns import column_edge, line_gutter, lower_gutter, reading_order
from .pdfline import Line
from .pdfparagraphs import after_a_list, column_rights, ends_paragraph, leading, wraps_on
from .pdfwords import page_chars, words_from_chars

_EDGE = 0.1  # the top and bottom tenth of a page hold running headers/footers
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


def _lines(words: list[dict], gutter: float | None = None) -> list[Line]:
    """Words -> lines: words whose tops are within a third of their height share a line; a row
    is split at a wide gap and at the column gutter."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= (word["bottom"] - word["top"]) / 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        pieces = [row[0]]
        for word in row[1:]:  # a wide horizontal gap splits a row into two lines
            gap = word["x0"] - pieces[-1]["x1"]  # a column's gap, not a word space across the page
            at_gutter = gutter is not None and pieces[-1]["x1"] <= gutter <= word["x0"]
            at_gutter = at_gutter and gap > 0.5 * (word["bottom"] - word["top"])
            if at_gutter or gap > 3 * (word["bottom"] - word["top"]):
                lines.append(_line(pieces))
                pieces = []
            pieces.append(word)
        lines.append(_line(pieces))
    return lines


def _line(words: list[dict]) -> Line:
    sizes = [w.get("size", 0) for w in words]
    bold = all("bold" in str(w.get("fontname", "")).lower() for w in words)
    return Line(
        " ".join(w["text"] for w in words),
        min(w["top"] for w in words),
        max(w["bottom"] for w in words),
        words[0]["x0"],
        words[-1]["x1"],
        max(sizes),
        bold,
    )


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _edge_keys(height: float, lines: list[Line]) -> set[str]:
    """The furniture keys of a page's outermost lines in its top or bottom tenth."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    edges = ordered[:2] + ordered[-2:]  # a running header or footer is outermost
    return {
        _furniture_key(ln.text) for ln in edges if ln.top < height * _EDGE or ln.bottom > height * (1 - _EDGE)
    }


def _running(edge_keys: list[set[str]]) -> set[str]:
    """Texts at the top or bottom edge of pages (one key set a page) that repeat on at least
    half of them."""
    if len(edge_keys) < 2:
        return set()
    counts: Counter[str] = Counter(key for keys in edge_keys for key in keys)
    return {key for key, n in counts.items() if n >= max(2, len(edge_keys) / 2)}


@dataclass
class _KeptPage:
    """A parsed page as kept until every page is read (running lines need them all): its lines'
    texts, their numbers packed (a 100-page PDF's lines as objects were most of its memory),
    its tables and height."""

    height: float
    texts: list[str]
    numbers: array  # top, bottom, x0, x1, size, bold: six a line
    tables: list[tuple[float, list[str]]]

    @classmethod
    def of(cls, height: float, lines: list[Line], tables: list[tuple[float, list[str]]]) -> _KeptPage:
        numbers = array("d", (v for ln in lines for v in (ln.top, ln.bottom, ln.x0, ln.x1, ln.size, ln.bold)))
        return cls(height, [ln.text for ln in lines], numbers, tables)

    def lines(self) -> list[Line]:
        lines, n = [], self.numbers
        for i, text in enumerate(self.texts):
            top, bottom, x0, x1, size, bold = n[6 * i : 6 * i + 6]
            lines.append(Line(text, top, bottom, x0, x1, size, bool(bold)))
        return lines


def _table_rows(table) -> list[str]:
    rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
    rows = [row for row in rows if any(row)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return []
    out = ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return [""] + out[:1] + ["|" + "---|" * len(rows[0])] + out[1:] + [""]


def _page_items(page) -> tuple[list[Line], list[tuple[float, list[str]]]]:
    """A page's lines outside tables in reading order, and its tables (top, markdown rows).

    Words come straight from pdfminer's characters; pdfplumber's table finder (which turns
    every object into a dict, most of a page's cost) runs only on pages with rules."""
    layout = page.layout
    chars, ruled = page_chars(layout)
    tables = page.find_tables() if ruled else []
    boxes = [t.bbox for t in tables]
    words = words_from_chars(chars, float(layout.y1))

    def inside(w: dict) -> bool:
        return any(
            x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1 and top - 1 <= w["top"] and w["bottom"] <= bottom + 1
            for x0, top, x1, bottom in boxes
        )

    words = [w for w in words if not inside(w)]
    whole = _lines(words)
    gutter = line_gutter(whole, float(page.width)) or lower_gutter(whole, float(page.width))
    if gutter is not None:  # split rows just left of where the right column's lines start
        edge = column_edge(words, gutter)
        gutter = edge - 1 if edge is not None and edge - 1 > gutter else gutter
    lines = joined_side_names(_lines(words, gutter), float(page.width))
    return reading_order(lines, gutter), [(t.bbox[1], _table_rows(t)) for t in tables]


def _word_sizes(lines: list[Line]) -> Counter[float]:
    return Counter(round(ln.size, 1) for ln in lines for _ in ln.text.split())


def _small_print(ln: Line, height: float, body: float) -> bool:
    """A line in a page's top or bottom tenth set smaller than the body: a header or footer,
    even on a one-page handout where nothing repeats."""
    return (
        bool(body) and ln.size < body * 0.9 and (ln.top < height * _EDGE or ln.bottom > height * (1 - _EDGE))
    )


def _is_heading(ln: Line, body: float) -> bool:
    return bool(body) and ln.size > body * 1.15 and len(ln.text.split()) <= 12


def _continues_heading(previous: Line | None, ln: Line, body: float) -> bool:
    """A heading line set right under another of the same size: one heading wrapped, not two."""
    return (
        previous is not None
        and _is_heading(previous, body)
        and _is_heading(ln, body)
        and abs(ln.size - previous.size) < 0.5
        and 0 <= ln.top - previous.bottom < 0.6 * (ln.bottom - ln.top)
    )


def _render(
    lines: list[Line], tables: list[tuple[float, list[str]]], running: set[str], body: float, height: float
) -> list[str]:
    out: list[str] = []
    pending = sorted(tables, key=lambda t: t[0])
    previous: Line | None = None
    shown: list[Line] = []  # the lines rendered so far
    rights, page_leading = column_rights(lines), leading(lines)
    for ln in lines:
        while pending and pending[0][0] < ln.top and (previous is None or pending[0][0] > previous.top):
            out += pending.pop(0)[1]
        if (
            _furniture_key(ln.text) in running
            or _PAGE_NUMBER.match(ln.text.strip())
            or _small_print(ln, height, body)
        ):
            continue
        if _continues_heading(previous, ln, body) and out[-2:][:1] and out[-2].startswith("#"):
            out[-2] += f" {ln.text}"  # a heading wrapped onto a second line: "(early" / "rehab phase)"
            previous = ln
            continue
        if previous is not None and (
            ln.top - previous.bottom > 0.9 * (ln.bottom - ln.top)
            or ends_paragraph(previous, ln, rights, out[-1] if out else "")
            or after_a_list(shown, ln, rights)
        ):
            out.append("")
        if (
            out
            and out[-1]
            and previous is not None
            and not _is_heading(previous, body)
            and wraps_on(previous, ln, rights, page_leading)
        ):
            # a sentence wrapped onto the next line: one line, as on a web page
            out[-1] = _joined(out[-1], ln.text)
        elif _is_heading(ln, body):
            out += ["", f"{'#' if ln.size >= body * 1.4 else '##'} {ln.text}", ""]
        elif ln.bold and len(ln.text.split()) <= 9 and not re.match(r"\*\*|\d+[.)]\s", ln.text):
            out.append(f"**{ln.text}**")
        else:
            out.append(ln.text)
        previous = ln
        shown.append(ln)
    for _, rows in pending:
        out += rows
    return out


def _joined(line: str, wrapped: str) -> str:
    """``line`` with the line wrapped from it: inside a bold line's markers, and a bold line that
    grows past a name's few words a bold sentence, plain text (as a longer bold line is)."""
    if not (line.startswith("**") and line.endswith("**")):
        return f"{line} {wrapped}"
    whole = f"{line[2:-2]} {wrapped}"
    return f"**{whole}**" if len(whole.split()) <= 9 else whole


class TooLongError(Exception):
    """The PDF's text passed ``max_chars``; ``chars`` is how much was read before stopping."""

    def __init__(self, chars: int):
        super().__init__(f"more than {chars} characters")
        self.chars = chars


def pdf_layout_text(data: bytes, max_pages: int | None = None, max_chars: int | None = None) -> str:
    """The structured text of a PDF (see the module docstring). Raises pdfplumber/pdfminer
    errors, and TooLongError as soon as the pages read hold more than ``max_chars``."""
    import pdfplumber

    pages: list[_KeptPage] = []
    edge_keys: list[set[str]] = []
    sizes: Counter[float] = Counter()
    total = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            if max_pages is not None and number >= max_pages:
                break
            lines, tables = _page_items(page)
            height = float(page.height)
            page.close()  # frees the page's parsed objects: memory stays per page
            pages.append(_KeptPage.of(height, lines, tables))
            edge_keys.append(_edge_keys(height, lines))
            sizes.update(_word_sizes(lines))
            total += sum(len(ln.text) + 1 for ln in lines)
            if max_chars is not None and total > max_chars:
                raise TooLongError(total)
    running = _running(edge_keys)
    body = sizes.most_common(1)[0][0] if sizes else 0.0  # the body text's type size
    text: list[str] = []
    for kept in pages:
        text += _render(kept.lines(), kept.tables, running, body, kept.height) + [""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(text)).strip()


__all__ = ["pdf_layout_text", "TooLongError"]
