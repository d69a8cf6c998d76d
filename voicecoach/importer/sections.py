"""Exercises in a tree of headings: the innermost headings are the exercises, and a heading
over nothing but a list of short items holds several exercises.

    ### 1. In bed or sitting          <- a stage: it has headings under it
    #### A. Eye movements             <- several exercises under one heading:
    - Up and down                        "Eye movements: up and down", …
    - From side to side
    #### B. Shrug and circle shoulders  <- a leaf heading with no text: the name says the movement

Returns (name, body lines, line index) triples; ``structure`` judges them like any style.
"""

from __future__ import annotations

import re

from .fill_in import is_fill_in_prompt
from .furniture import is_furniture_heading, label_of, strip_markup
from .headings import DETECTORS
from .vocabulary import EXERCISE_WORDS, MOVEMENT

_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(.+?)\s*$")
_LETTER = re.compile(r"^\s*[A-Ha-h][.)]\s+")
_QUESTION = re.compile(r"^\s*[A-Z][^.!?]{2,60}\?")
_AS_BEFORE = re.compile(r",?\s*\bas (?:in |for )?(?:\d+|[A-H]|above|before)\b.*$", re.IGNORECASE)


def _name(heading: str) -> str:
    return _AS_BEFORE.sub("", _LETTER.sub("", heading)).strip(" .:")


def _short_items(body: list[str]) -> list[str] | None:
    """The items when the body is nothing but a list of short, name-like items."""
    text = [line for line in body if line.strip()]
    items = [_ITEM.match(line) for line in text]
    if len(text) < 2 or not all(items):
        return None
    names = [strip_markup(m.group(1)).strip() for m in items if m]
    if all(
        len(n.split()) <= 16 and not n.endswith((".", "!", ":")) and label_of(n + ":") is None for n in names
    ):
        return names
    return None


def leaf_sections(lines: list[str]) -> list[tuple[str, list[str], int]]:
    """(name, body, index) for each innermost heading; a list-only body gives one per item."""
    heads = [(i, h) for i, line in enumerate(lines) if (h := DETECTORS["markdown"](line)) is not None]
    out: list[tuple[str, list[str], int]] = []
    for n, (i, head) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        if n + 1 < len(heads) and heads[n + 1][1].level > head.level:
            continue  # a stage or part: it has headings inside
        if head.level <= 1 or is_furniture_heading(head.name) or label_of(head.name + ":") is not None:
            continue  # the title, FAQs, "Technique", "Benefits"
        name, body = _name(head.name), lines[i + 1 : end]
        asks = next(
            (
                k
                for k, line in enumerate(body)
                if _QUESTION.match(strip_markup(line)) and not is_fill_in_prompt(line)
            ),
            None,
        )
        body = body[:asks] if asks is not None else body  # "Still dizzy? Our team can …": a call to action
        items = _short_items(body)
        if items is not None:
            out += [(f"{name}: {item[:1].lower()}{item[1:]}", [], i) for item in items]
        elif not any(line.strip() for line in body):
            if MOVEMENT.search(name) or EXERCISE_WORDS.search(name):
                out.append((name, [], i))
        else:
            out.append((name, body, i))
    return out


__all__ = ["leaf_sections"]
