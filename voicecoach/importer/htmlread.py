"""A web page's main content with its structure, from trafilatura's XML (not re-parsed markdown).

trafilatura finds the article in the page and drops navigation, footers and scripts; its XML
keeps what the page marked up: ``<head rend="h2">``, ``<list rend="ol">``/``<item>``,
``<table>``/``<row>``/``<cell role="head">``, ``<hi rend="#b">`` and figure captions.  A table
whose cells hold headings and paragraphs is page layout, and is read as the page it holds.  This
module writes that as the importer's markdown-ish text: ``## `` headings, ``- ``/``1. `` items
(nested items indented), ``**bold**``, and ``| a | b |`` table rows with the header row first.
Each paragraph and list item is one line, however the page wrapped it, except a paragraph whose
``<br>`` lines are three or more list items or short dosed lines: those are one line each.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from .htmlpage import cards_unlinked, has_picture_boxes, linked_cards, readable_page, without_picture_boxes
from .vocabulary import INSTRUCTION

_BLOCKS = {"p", "head", "list", "table", "quote", "code", "figure", "item", "row", "lb", "graphic"}


def _inline(node, breaks: bool = False) -> str:
    """A node's text with bold/italic kept as markdown, nested blocks left out; with ``breaks`` a
    line break stays one."""
    parts = [node.text or ""]
    for child in node:
        if child.tag in ("list", "table"):
            parts.append(" ")
        elif child.tag == "lb":
            parts.append("\x00" if breaks else " ")
        elif child.tag == "hi":
            inner = _inline(child).strip()
            rend = child.get("rend", "")
            if inner and ("#b" in rend or "#strong" in rend):
                parts.append(f" **{inner}** " if not inner.startswith("**") else f" {inner} ")
            elif inner and ("#i" in rend or "#em" in rend):
                parts.append(f" *{inner}* ")
            else:
                parts.append(f" {inner} ")
        else:
            parts.append(_inline(child, breaks))
        parts.append(child.tail or "")
    lines = (re.sub(r"\s+([,.;:!?])", r"\1", " ".join(line.split())) for line in "".join(parts).split("\x00"))
    return "\n".join(line for line in lines if line)


# A line that opens as a list item does ("1. The Hundred", "- Swimming", "• Roll up")
_ITEM_LINE = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s+\S")


def _paragraph_text(node) -> str:
    """A paragraph's text, one line however the page wrapped it, unless it is broken with
    ``<br>``: then one line per item when its lines are three or more list items ("1. The Push
    Up<br>2. Swimming<br>…") or short lines that each give a number ("Squats – 3 x 10<br>…"), else
    the paragraphs the breaks part (``_rejoined``)."""
    if not any(child.tag == "lb" for child in node):
        return _inline(node)
    lines = _inline(node, breaks=True).split("\n")
    items = all(_ITEM_LINE.match(line) for line in lines)
    dosed = all(len(line.split()) <= 10 and re.search(r"\d", line) for line in lines)  # "Squats – 3 x 10"
    if len(lines) >= 3 and (items or dosed):
        return "\n".join(lines)
    return "\n\n".join(_rejoined(lines))


# A line that ends where a sentence or a name does, before a break: the break parts paragraphs
_ENDS = re.compile(r"(?:[.!?:;)]|\*\*)$")


def _rejoined(lines: list[str]) -> list[str]:
    """``<br>``-broken lines as the paragraphs they are ("<b>Knee lifts</b><br>Sit back in the chair
    …<br><b>Shoulder roll</b><br>…": a page that sets its paragraphs apart with breaks, which
    trafilatura gives as one paragraph); a break inside a sentence (a line wrapped by hand, the
    next line going on in lower case) joins its lines again."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and not _ENDS.search(paragraphs[-1]) and line[:1].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _named_item(item) -> str:
    """ "<li>Heel slides<br>Lie on your back …</li>" -> "Heel slides: Lie on your back …": a short
    first line broken off from the text is the item's name ('' when the item is not so)."""
    first = " ".join((item.text or "").split())
    breaks = [child for child in item if child.tag == "lb"]
    if not breaks or not first or len(first.split()) > 8 or first.endswith((".", ":", "!", "?", ",")):
        return ""
    if any(child.tag != "lb" for child in item[: list(item).index(breaks[0])]):
        return ""  # markup before the break: not a plain first line
    rest = _inline(item)[len(first) :].strip()
    return f"{first}: {rest}" if rest else ""


def _list(node, depth: int, out: list[str]) -> None:
    ordered = node.get("rend", "") == "ol"
    for n, item in enumerate((c for c in node if c.tag == "item"), start=1):
        kind = item.get("rend", "")
        if kind.startswith(("dt", "dd")):  # a definition list: a term, then its text
            text = _inline(item)
            out += ["", f"**{text}**"] if kind.startswith("dt") else [text]
            continue
        mark = f"{n}." if ordered else "-"
        text = _named_item(item) or _inline(item)
        if text:
            out.append(f"{'  ' * depth}{mark} {text}")
        for child in item:
            if child.tag == "list":
                _list(child, depth + 1, out)


def _table(node, out: list[str]) -> None:
    rows = []
    for row in node.iter("row"):
        cells = [_inline(cell).replace("|", "/") for cell in row if cell.tag == "cell"]
        if any(cells):
            rows.append(cells)
    if not rows:
        return
    width = max(len(r) for r in rows)
    out.append("")
    for i, cells in enumerate(rows):
        out.append("| " + " | ".join(cells + [""] * (width - len(cells))) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    out.append("")


def _same_form(cell) -> bool:
    first = (cell.text or "").split()[:1]
    return bool(first) and all((child.text or "").split()[:1] == first for child in cell)


def _line_list(cell) -> bool:
    """A cell of text lines ("a<br>b<br>c", which trafilatura gives as text then paragraphs)."""
    return len(cell) > 0 and all(child.tag == "p" and len(child) == 0 for child in cell) and _same_form(cell)


def _inline_lead(cell) -> str:
    """The bold name or text a card's cell opens with before its first paragraph ("<b>Side
    resistance:</b><p>Put one hand …</p>"), which walking the cell's blocks alone would drop."""
    import copy

    lead = copy.copy(cell)
    first_block = next((i for i, c in enumerate(lead) if c.tag in _BLOCKS), len(lead))
    for c in list(lead)[first_block:]:
        lead.remove(c)
    return _inline(lead)


def _walk(node, out: list[str]) -> None:
    for child in node:
        tag = child.tag
        if tag == "head":
            level = (
                int((child.get("rend") or "h2").lstrip("h") or 2)
                if re.fullmatch(r"h[1-6]", child.get("rend") or "")
                else 2
            )
            # a heading set bold as a whole ("<h4><strong>20 Tendon Glides</strong></h4>") is that heading
            text = re.sub(r"^\*\*([^*]+)\*\*$", r"\1", _inline(child))
            out += ["", f"{'#' * level} {text}", ""]
        elif tag == "list":
            out.append("")
            _list(child, 0, out)
            out.append("")
        elif tag == "table" and any(
            block.tag in ("head", "p", "list", "table") for cell in child.iter("cell") for block in cell
        ):
            for cell in child.iter("cell"):  # a layout table: its cells hold the page
                lead = " ".join((cell.text or "").split()) if _line_list(cell) else _inline_lead(cell)
                if lead:  # text before a cell's first paragraph (a "<br>" list): a paragraph too
                    out += ["", lead, ""]
                _walk(cell, out)
        elif tag == "table":
            _table(child, out)
        elif tag in ("p", "quote", "code"):
            text = _paragraph_text(child)
            if text:
                out += ["", text, ""]
            for inner in child:
                if inner.tag in ("list", "table"):
                    _walk(child, out)
                    break
        elif tag == "figure":
            caption = " ".join(_inline(c) for c in child.iter("figcaption", "p", "head"))
            if caption.strip():
                out += ["", f"*{caption.strip()}*", ""]
        elif tag in ("div", "main", "section"):
            _walk(child, out)


def xml_to_text(xml: str) -> str:
    """trafilatura's XML document -> the importer's markdown-ish text ('' when it has no body)."""
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"), parser=etree.XMLParser(recover=True, huge_tree=False))
    if root is None:
        return ""
    main = root.find("main")
    out: list[str] = []
    _walk(main if main is not None else root, out)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings with its minimum extract size lowered: below it (250 characters by
    default) it falls back to the page's flat text, and a short exercise page loses its
    headings and lists."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "10")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return config


def page_text(data: bytes | str) -> str:
    """The structured main text of an HTML page ('' when trafilatura finds none). A main text
    with no instruction in it is read again with picture boxes kept ("How to do it: 1. Breathe
    in …" in the caption under the picture)."""
    raw = readable_page(data.encode("utf-8") if isinstance(data, str) else data)
    text = _extract(raw)
    if len(re.findall(r"^#{2,6} ", text, re.M)) < 2 and linked_cards(raw) >= 3:
        text = _extract(cards_unlinked(raw)) or text  # only the cards hold the exercises' names
    if not INSTRUCTION.search(text) and has_picture_boxes(raw):
        text = _extract(without_picture_boxes(raw)) or text
    return text


def _extract(data: bytes | str) -> str:
    import trafilatura

    xml = trafilatura.extract(
        data,
        output_format="xml",
        include_formatting=True,
        include_links=False,
        include_images=False,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        deduplicate=False,
        config=_config(),
    )
    text = xml_to_text(xml) if xml else ""
    return _with_page_title(text, data)


# A blog's listing page titles the listing, not the post in it ("Tag: one leg exercises", "Blog")
_LISTING_TITLE = re.compile(
    r"^(?:blog|news|home|archives?|author|tags?|categor(?:y|ies)|posts?|search)\b(?!-)", re.I
)


def _with_page_title(text: str, data: bytes | str) -> str:
    """A main text with no heading gets the page's <title> (without the site's name after a
    bar or dash) as its title: a one-exercise page often names its exercise only there. One with
    headings but no title of its own gets the page's one <h1>, which trafilatura leaves out when
    it stands in the post's header, above the main text: else its first line ("Morning,
    everyone!") was said as the title."""
    if not text or re.search(r"^# ", text, re.M):
        return text
    raw = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if re.search(r"^#", text, re.M):
        h1s = re.findall(r"<h1\b[^>]*>(.*?)</h1\s*>", raw, re.I | re.S)
        h1 = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", h1s[0])).split()) if len(h1s) == 1 else ""
        usable = 3 <= len(h1) <= 200 and len(h1.split()) >= 2 and not _LISTING_TITLE.match(h1)
        return f"# {h1}\n\n{text}" if usable and h1 not in text else text
    m = re.search(r"<title[^>]*>([^<]{3,200})</title>", raw, re.I)
    title = re.split(r"\s+[|–—-]\s+", " ".join(html.unescape(m[1]).split()))[0] if m else ""
    return f"# {title}\n\n{text}" if title else text


__all__ = ["page_text", "xml_to_text"]
