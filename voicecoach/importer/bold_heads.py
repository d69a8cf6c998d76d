"""A web page's names set as bold paragraphs instead of headings.

Many pages mark no heading at all: each exercise's name is a paragraph that is one bold phrase
("<p><strong>Slimy Seals</strong></p>") over the paragraphs that say how. Read as bold lines they
are a weak style that needs a movement word we know in every block; a page that marks the same
names ``<h3>`` is read by its headings. Here such a page's bold paragraphs become the headings they
stand for, so both read the same.
"""

from __future__ import annotations

import re

# a paragraph that is one bold phrase and nothing else, not a label ("**Tips:**")
_BOLD_PARAGRAPH = re.compile(r"^\*\*([^*:]{2,80}?)\*\*$")


def bold_paragraphs_as_headings(text: str) -> str:
    """``text`` (htmlread's markdown-ish page text) with its stand-alone bold paragraphs (not a
    sentence, not a remark in brackets) as headings when it has no heading below its title and
    two or more of them. The names counted the way most are ("1. Hand clench", "b. Abduction", or all uncounted) are the exercises
    (``###``); the others over them name parts (``##``: "Warm-up" over "1. Arm circles")."""
    if re.search(r"^#{2,6} ", text, re.M):
        return text
    lines = text.split("\n")
    heads = [
        i
        for i, line in enumerate(lines)
        if (m := _BOLD_PARAGRAPH.match(line))
        and not re.search(r"[.!?]$|^\(.*\)$", m[1])  # nor a remark in brackets ("(Done 3 times a day)")
        and (i == 0 or not lines[i - 1].strip())
        and (i + 1 == len(lines) or not lines[i + 1].strip())
    ]
    if len(heads) < 2:
        return text
    kinds = [_counted_by(lines[i][2:]) for i in heads]
    usual = max(kinds, key=kinds.count)  # the first kind on a tie: the same every run
    for i, kind in zip(heads, kinds, strict=True):
        lines[i] = ("### " if kind == usual else "## ") + lines[i][2:-2].strip()
    return "\n".join(lines)


def _counted_by(name: str) -> str:
    """How a name is counted: "1. Hand clench" (or "2a. …") by number, "b. Abduction" by letter,
    else not at all."""
    if re.match(r"\d{1,2}[a-z]?[.)]\s", name):
        return "number"
    return "letter" if re.match(r"[a-z][.)]\s", name) else ""


__all__ = ["bold_paragraphs_as_headings"]
