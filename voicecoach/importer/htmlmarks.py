"""Marks a site builder gives in its own way, read as the plain HTML marks they stand for, in the
page's one parse (``htmlpage``): a box with ``role="heading"`` is a heading of its ``aria-level``,
a span set ``font-weight:700`` is bold, boxes classed as list items are a list, and an accordion's summary a heading. trafilatura
reads only the plain marks and takes the others for text or furniture."""

from __future__ import annotations

import re

_BLOCK = frozenset("div p ul ol li dl table section article header footer figure blockquote".split())

# "font-weight: 700", "font-weight:bold", "font-weight: 800 !important"
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)

# "list-item", "elementor-icon-list-item", "wp-block-list-item", "list__item"
_LIST_ITEM_CLASS = re.compile(r"(?:^|[-_])list[-_]{1,2}item$", re.IGNORECASE)


def _blocks_in(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK for c in el.iterdescendants())


def _headings(root) -> bool:
    """``<div role="heading" aria-level="3">Dead bug</div>`` -> ``<h3>Dead bug</h3>``."""
    found = False
    for el in root.iter("div", "p", "span"):
        if (el.get("role") or "").lower() != "heading" or _blocks_in(el):
            continue
        level = el.get("aria-level") or "2"
        el.tag = f"h{min(max(int(level), 1), 6)}" if level.isdigit() else "h2"
        found = True
    return found


def _bold(root) -> bool:
    """``<span style="font-weight:700">Hold</span>`` -> ``<strong>Hold</strong>``."""
    found = False
    for el in root.iter("span", "font"):
        if _BOLD_STYLE.search(el.get("style") or "") and not _blocks_in(el):
            el.tag = "strong"
            found = True
    return found


def _list_items(root) -> bool:
    """A box whose element children are all boxes classed as list items (one or more) -> ``<ul>`` of
    ``<li>``s."""
    found = False
    for box in list(root.iter("div", "span")):
        children = [c for c in box if isinstance(c.tag, str)]
        if not children or not all(
            c.tag in ("div", "span")
            and any(_LIST_ITEM_CLASS.search(k) for k in (c.get("class") or "").split())
            for c in children
        ):
            continue
        box.tag = "ul"
        for child in children:
            child.tag = "li"
        found = True
    return found


_HEADING_TAG = re.compile(r"h[1-6]")

# "font-size: 22px", "font-size:1.4em": a size a reader takes for a heading's over body text (16px)
_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|r?em)\b", re.IGNORECASE)
_PER_PX = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0}
_HEADING_PX, _TOP_HEADING_PX = 18.0, 24.0


def _size(el) -> tuple[float, bool]:
    """The font size in px the box's only inline child (or that child's only child) sets, else 0,
    and whether one of them sets it bold."""
    size, bold = 0.0, False
    while el is not None:
        if m := _SIZE.search(el.get("style") or ""):
            size = max(size, float(m.group(1)) * _PER_PX[m.group(2).lower()])
        bold = bold or el.tag in ("strong", "b") or bool(_BOLD_STYLE.search(el.get("style") or ""))
        inner = [c for c in el if isinstance(c.tag, str)]
        el = (
            inner[0]
            if len(inner) == 1 and not (el.text or "").strip() and not (inner[0].tail or "").strip()
            else None
        )
    return size, bold


_BODY_PX = 16.0


def _sized_headings(root) -> bool:
    """``<p><span style="font-size:22px">Dead bug</span></p>`` -> ``<h3>Dead bug</h3>``: a short
    paragraph whose whole text is set large (a text editor's heading), h2 from 24px. On a page
    with such headings, one whose whole text is set bold at the body's size, by a size of its
    own (16px, "font-size:16px;font-weight:700"), is a heading a level below theirs: the editor's
    h4, not a bold lead, which a paragraph's text, not a size of its own, sets."""
    found, levels, minor = False, set(), []
    for box in root.iter("p", "div"):
        inner = [c for c in box if isinstance(c.tag, str)]
        if len(inner) != 1 or (box.text or "").strip() or (inner[0].tail or "").strip() or _blocks_in(box):
            continue
        if not 0 < len(box.text_content().split()) <= 12:
            continue
        size, bold = _size(inner[0])
        if size >= _HEADING_PX:
            box.tag = "h2" if size >= _TOP_HEADING_PX else "h3"
            levels.add(box.tag)
            found = True
        elif size >= _BODY_PX and bold:
            minor.append(box)
    for box in minor if found else []:
        box.tag = "h4" if "h3" in levels else "h3"
    return found


def _accordions(root) -> bool:
    """An accordion's ``<details><summary>Dead bug</summary>…`` -> a heading one level below the
    page's heading before it, over a box of what it folds: trafilatura runs a summary into the
    text it folds when that holds a table or a picture."""
    found, level = False, 1
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if _HEADING_TAG.fullmatch(el.tag) and el.getparent() is not None and el.getparent().tag != "summary":
            level = int(el.tag[1])
        elif el.tag == "summary" and el.getparent() is not None and el.getparent().tag == "details":
            inner = any(
                isinstance(c.tag, str) and _HEADING_TAG.fullmatch(c.tag) for c in el.iterdescendants()
            )
            el.tag = "div" if inner or _blocks_in(el) else f"h{min(level + 1, 6)}"
            el.getparent().tag = "div"
            found = True
    return found


# A list typed as paragraphs, each opening with a bullet glyph ("<p>• Light jog for 2 minutes</p>")
_BULLET = re.compile(r"^\s*[•◦▪▫●○■□‣⁃►▸➢➤✓✔]\s*")


def _bulleted(el) -> bool:
    """A paragraph of one line that opens with a bullet (one broken with ``<br>`` into several such
    lines is a list ``htmlread`` reads as one)."""
    return (
        el.tag in ("p", "div")
        and bool(_BULLET.match(el.text or ""))
        and not _blocks_in(el)
        and not any(c.tag == "br" for c in el.iterdescendants())
    )


def _bullet_paragraphs(root) -> bool:
    """Sibling paragraphs that each open with a bullet glyph -> a ``<ul>`` of ``<li>``s, the glyph
    left out (a glyph alone in its paragraph takes the paragraph after it as its text): a list
    typed as paragraphs is read as the list it shows, nested in the item it stands in."""
    found = False
    for parent in list(root.iter()):
        if not isinstance(parent.tag, str):
            continue
        children = [c for c in parent if isinstance(c.tag, str)]
        i = 0
        while i < len(children):
            run: list[list] = []
            while i < len(children) and _bulleted(children[i]) and not (children[i].tail or "").strip():
                item = [children[i]]
                bare = not _BULLET.sub("", children[i].text_content()).strip()
                if bare and i + 1 < len(children) and children[i + 1].tag == "p":
                    item.append(children[i + 1])
                    i += 1
                run.append(item)
                i += 1
            if not run:
                i += 1
                continue
            ul = parent.makeelement("ul", {})
            run[0][0].addprevious(ul)
            for first, *rest in run:
                first.tag, first.text = "li", _BULLET.sub("", first.text or "")
                ul.append(first)
                for more in rest:
                    first.append(more)
            found = True
    return found


def marks_as_meant(root) -> bool:
    """Rewrites ``root`` (an lxml tree) in place; whether it changed anything."""
    return any(
        [
            _headings(root),
            _sized_headings(root),
            _bold(root),
            _list_items(root),
            _accordions(root),
            _bullet_paragraphs(root),
        ]
    )


__all__ = ["marks_as_meant"]
