"""A PDF page's words straight from pdfminer's characters (pdfplumber's word dicts), without
pdfplumber's per-object conversion: most of a page's reading cost otherwise."""

from __future__ import annotations


def page_chars(layout):
    """The page's characters (pdfminer LTChar), inside figures too; and whether it has rules."""
    from pdfminer.layout import LTChar, LTCurve, LTFigure

    chars, ruled, stack = [], False, list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            chars.append(item)
        elif isinstance(item, LTFigure):
            stack.extend(item)
        elif isinstance(item, LTCurve):  # LTLine and LTRect are curves too
            ruled = True
    return chars, ruled


def words_from_chars(chars, page_top: float) -> list[dict]:
    """Characters in content order -> words (pdfplumber's word dicts): a space, a gap wider than
    a fifth of the type size or a jump back or to another line ends a word."""
    words: list[dict] = []
    current: dict | None = None
    for ch in sorted(chars, key=lambda c: (round(page_top - c.y1), c.x0)):
        text, top, bottom = ch.get_text(), page_top - ch.y1, page_top - ch.y0
        if current is not None and (
            text.isspace()
            or abs(top - current["top"]) > ch.size / 3
            or ch.x0 - current["x1"] > ch.size / 5
            or ch.x0 < current["x0"]
        ):
            words.append(current)
            current = None
        if text.isspace():
            continue
        if current is None:
            current = {
                "text": "",
                "x0": ch.x0,
                "x1": ch.x1,
                "top": top,
                "bottom": bottom,
                "size": ch.size,
                "fontname": ch.fontname,
            }
        current["text"] += text
        current["x1"], current["bottom"] = max(current["x1"], ch.x1), max(current["bottom"], bottom)
        current["size"] = max(current["size"], ch.size)
    if current is not None:
        words.append(current)
    return words
