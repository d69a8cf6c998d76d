"""A saved web page's HTML rewritten where trafilatura would read it wrong, before it reads it:
paragraphs boxed in ``<div>``s, figures and their captions, inline boxes set side by side, exercise
cards whose names are links, accordion buttons, text only a screen reader is given. Bytes in, bytes out; ``htmlread`` extracts."""

from __future__ import annotations

import re

from .htmlmarks import marks_as_meant

# Class names trafilatura takes for a picture's furniture; an exercise page may put its steps there.
_PICTURE_CLASS = re.compile(
    rb"""\sclass\s*=\s*(["'])[^"']*\b(?:caption|figure|image|img|photo|picture|media)[^"']*\1""",
    re.IGNORECASE,
)


_CAPTION = re.compile(rb"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
_FIGURE = re.compile(rb"<(/?)figure\b[^>]*>", re.IGNORECASE)


# A card's name set as a link ("<h3><a href=…>Dead bug</a></h3>", or the whole card one link):
# trafilatura drops linked headings as teasers, so a page whose text has no headings of its own is
# read again with them unwrapped; and inline boxes set side by side ("<span>Dead bug</span><span>3
# x 12</span>") are words apart, not run together
_HEADING = re.compile(rb"(<h[1-6]\b[^>]*>)(.*?)(</h[1-6]\s*>)", re.IGNORECASE | re.DOTALL)
_LINK_TAG = re.compile(rb"</?a\b[^>]*>", re.IGNORECASE)
_BLOCK_LINK = re.compile(
    rb"<a\b[^>]*>((?:(?!</a\s*>).)*?<h[1-6]\b(?:(?!</a\s*>).)*)</a\s*>", re.IGNORECASE | re.DOTALL
)
_SPAN = re.compile(rb"<span\b[^>]*>(.*?)</span\s*>", re.IGNORECASE | re.DOTALL)  # a linked card's text line
_INLINE_ABUT = re.compile(rb"(</(?:span|strong|b|em|i|a)\s*>)(?=<(?:span|strong|b|em|i)\b)", re.IGNORECASE)


# ... or as a box trafilatura drops: an accordion's button, a span classed as a title
_TITLE_BOX = re.compile(
    rb"<(span|button)\b[^>]*\bclass\s*=\s*[\"'][^\"']*(?:title|heading|accordion|toggle|collaps)[^\"']*[\"']"
    rb"[^>]*>([^<]{2,80})</\1\s*>",
    re.IGNORECASE,
)


def cards_unlinked(raw: bytes) -> bytes:
    raw = _BLOCK_LINK.sub(lambda m: b"<div>" + _SPAN.sub(rb"<p>\1</p>", m.group(1)) + b"</div>", raw)
    raw = _TITLE_BOX.sub(rb"<h3>\2</h3>", raw)
    return _HEADING.sub(lambda m: m.group(1) + _LINK_TAG.sub(b"", m.group(2)) + m.group(3), raw)


def linked_cards(raw: bytes) -> int:
    """How many headings are links or inside one, or boxes titled as headings: a grid of cards or
    an accordion, of exercises or of related posts."""
    linked = sum(bool(_LINK_TAG.search(m.group(2))) for m in _HEADING.finditer(raw))
    return len(_BLOCK_LINK.findall(raw)) + linked + len(_TITLE_BOX.findall(raw))


_BLOCK_TAGS = frozenset(
    "div p ul ol li dl dt dd table tr td th h1 h2 h3 h4 h5 h6 section article header footer nav aside "
    "figure figcaption blockquote form pre main body html".split()
)


# Text only a screen reader is given, repeating what the page shows ("slide 1 of 10, Ankle
# alphabet,") or naming its regions ("Main Content", set before the page's title): a hidden heading
# is such a label, while other hidden boxes may be a collapsed accordion's steps, and are read.
_SCREEN_READER_ONLY = frozenset(
    "visually-hidden visuallyhidden sr-only screen-reader-text screen-reader-only element-invisible".split()
)


def _unseen(el) -> bool:
    classes = set((el.get("class") or "").lower().split())
    if classes & _SCREEN_READER_ONLY:
        return True
    return el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and (
        "hidden" in classes or el.get("hidden") is not None
    )


def _parser(raw: bytes):
    """UTF-8 for a page whose bytes are UTF-8 (lxml, told no charset, reads them as Latin-1: "Side
    steps – 30 seconds" came back "Side steps â 30 seconds"), else lxml's own guess."""
    from lxml import html as lxml_html

    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return lxml_html.HTMLParser(encoding="utf-8")


_PARAGRAPH_WORDS = 5  # a box of fewer words is a widget's ("4s Inhale", "Share"), not a paragraph


def _boxes_as_shown(raw: bytes) -> bytes:
    """The page as a reader sees it, in one parse: text only a screen reader is given left out
    (``_unseen``), and each ``<div>`` that holds only text and inline markup, five words or more,
    or fewer in a box of the same class as such a sibling ("Rest 3min") or, with no class, beside
    two such bare boxes ("1. Quad sets" between paragraphs in bare ``<div>``s), as a ``<p>``: page
    builders set every paragraph in a box of its own, and trafilatura, which reads paragraphs,
    then keeps a picture's captions and drops the instructions beside them."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(raw, parser=_parser(raw))
    except (etree.ParserError, ValueError):
        return raw
    marked = marks_as_meant(root)
    unseen = [el for el in root.iter() if isinstance(el.tag, str) and _unseen(el)]
    for el in unseen:
        el.drop_tree()  # its tail, the text after it, stays
    texts = [
        div
        for div in root.iter("div")
        if (div.text or "").strip() or any(isinstance(c.tag, str) and c.tag not in _BLOCK_TAGS for c in div)
        if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in div)
    ]
    boxes = [div for div in texts if len(div.text_content().split()) >= _PARAGRAPH_WORDS]
    kinds = {(div.getparent(), div.get("class")) for div in boxes if div.get("class")}
    bare = [div.getparent() for div in boxes if not div.get("class")]
    kinds |= {(parent, None) for parent in bare if bare.count(parent) >= 2}  # "<div>1. Quad sets</div>" too
    boxes += [  # "Rest 3min" in a <div class="line"> beside "Run back to your starting point": a line too
        div for div in texts if div not in boxes and (div.getparent(), div.get("class")) in kinds
    ]
    if not boxes and not unseen and not marked:
        return raw
    for div in boxes:
        div.tag = "p"
    return etree.tostring(root.getroottree(), method="html", encoding="utf-8")


# A grid of exercise cards set as sibling <article>s: trafilatura takes the first as the page's
# whole main text and drops the others, so cards are read as sections of one text
_ARTICLE_TAG = re.compile(rb"<(/?)article\b([^>]*)>", re.IGNORECASE)
_CARD = re.compile(rb"<article\b[^>]*>(?:(?!</article\s*>).)*?<h[2-6]\b", re.IGNORECASE | re.DOTALL)


def _cards_as_sections(raw: bytes) -> bytes:
    if len(_CARD.findall(raw)) < 3:
        return raw
    return _ARTICLE_TAG.sub(rb"<\1section\2>", raw)


def readable_page(raw: bytes) -> bytes:
    """The page with its text boxes as paragraphs, its figures and captions as text, its cards as
    sections and inline boxes a word apart: what trafilatura reads first."""
    raw = _cards_as_sections(_boxes_as_shown(raw))
    # trafilatura drops a figure and its caption, which may name the exercise under it
    raw = _FIGURE.sub(rb"<\1div>", _CAPTION.sub(rb"<p>\1</p>", raw))
    return _INLINE_ABUT.sub(rb"\1 ", raw)


def has_picture_boxes(raw: bytes) -> bool:
    """The page has boxes classed as a picture's, which trafilatura drops with what they hold."""
    return bool(_PICTURE_CLASS.search(raw))


def without_picture_boxes(raw: bytes) -> bytes:
    """The page with its picture boxes' classes taken off, so their steps are read."""
    return _PICTURE_CLASS.sub(b"", raw)


__all__ = ["cards_unlinked", "has_picture_boxes", "linked_cards", "readable_page", "without_picture_boxes"]
