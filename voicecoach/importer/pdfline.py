"""One line of a PDF page as the PDF readers pass it between them (``pdfread``, ``pdfcells``,
``pdfparagraphs``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    """One line of words on a page: its text, vertical position, left/right edge, size, bold."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool


__all__ = ["Line"]
