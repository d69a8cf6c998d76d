"""Web-page variants for ``importer_variants``: the same page re-marked as site builders and CMSs
mark headings, paragraphs, lists and bold (an aria heading box, a large styled span, a span in a
classed box, boxes classed as list items, a ``font-weight`` span, an accordion), each meaning the
same to a reader as the page's plain HTML marks."""

from __future__ import annotations

import re
from collections.abc import Callable

Variant = Callable[[str], str]


def _sections_as_accordions(page: str) -> str:
    """Each heading of the page's most frequent level (h2-h4) and what follows it up to the next
    heading of that level or above as an accordion: ``<details><summary>Name</summary>…``."""
    from lxml import etree
    from lxml import html as lxml_html

    levels = re.findall(r"<h([2-4])\b", page, re.I)
    if not levels:
        return page
    level = max(set(levels), key=levels.count)
    root = lxml_html.fromstring(page)
    for heading in list(root.iter(f"h{level}")):
        details = etree.Element("details")
        summary = etree.SubElement(details, "summary")
        summary.text = heading.text
        summary.extend(list(heading))
        sibling = heading.getnext()
        heading.addprevious(details)
        while sibling is not None and not re.fullmatch(rf"h[1-{level}]", str(sibling.tag)):
            after = sibling.getnext()
            details.append(sibling)
            sibling = after
        details.tail, heading.tail = heading.tail, None
        heading.getparent().remove(heading)
    return etree.tostring(root.getroottree(), method="html", encoding="unicode")


_H = r"<h([2-4])[^>]*>(.*?)</h\1\s*>"
# How site builders and CMSs mark the same things (headings, paragraphs, lists, bold)
BUILDERS: dict[str, Variant] = {
    "headings as aria divs": lambda t: re.sub(
        _H,
        r'<div role="heading" aria-level="\1" class="elementor-heading-title">\2</div>',
        t,
        flags=re.S | re.I,
    ),
    "headings as styled spans": lambda t: re.sub(  # at a browser's own sizes: h2 24px, h3 18.72px, h4 16px
        _H,
        lambda m: '<p class="font_4"><span style="font-size:{}px;font-weight:700">{}</span></p>'.format(
            {"2": 24, "3": 19, "4": 16}[m.group(1)], m.group(2)
        ),
        t,
        flags=re.S | re.I,
    ),
    "paragraphs as spans in divs": lambda t: re.sub(
        r"<p(?:\s[^>]*)?>(.*?)</p\s*>", r'<div class="text-block"><span>\1</span></div>', t, flags=re.S | re.I
    ),
    "list items as divs": lambda t: re.sub(
        r"<ul[^>]*>((?:(?!<[uo]l\b).)*?)</ul>",
        lambda m: (
            '<div class="list">'
            + re.sub(
                r"<li[^>]*>(.*?)</li>", r'<div class="list-item">\1</div>', m.group(1), flags=re.S | re.I
            )
            + "</div>"
        ),
        t,
        flags=re.S | re.I,
    ),
    "bold as styled spans": lambda t: re.sub(
        r"<(strong|b)(?:\s[^>]*)?>(.*?)</\1\s*>",
        r'<span style="font-weight:700">\2</span>',
        t,
        flags=re.S | re.I,
    ),
    "sections as accordions": _sections_as_accordions,
}
