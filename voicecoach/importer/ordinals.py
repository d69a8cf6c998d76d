"""Exercises told as prose, one paragraph each, each opening by its place in the routine: "The
first exercise, the hip march, is …", "The next exercise is the ankle stretch. Raise one leg …"."""

from __future__ import annotations

import re

from .blocks import Block, has_dose

_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final|"
    r"following)\s+(?:exercise|stretch|move|movement|routine|pose|drill)\b",
    re.IGNORECASE,
)
# its name: "…, the hip march, …" or "… is the ankle stretch." / "… is called a bird dog." (not "is a
# workout for …", a description)
_NAMED = re.compile(
    r"^[^.,]*?(?:,\s+(?:the|a|an)\s+([a-z][\w' -]{2,40}?),|\bis\s+(?:called\s+(?:the|a|an)\s+|the\s+)"
    r"([a-z][\w' -]{2,40}?)\s*[.!])",
    re.IGNORECASE,
)


def ordinal_paragraphs(lines: list[str]) -> list[Block]:
    """Paragraphs that open with an exercise's place ("The next exercise is …") and give a dose:
    each an exercise, named where the lead names it, else "Exercise N" by its place."""
    found = []
    for i, line in enumerate(lines):
        if (i and lines[i - 1].strip()) or not _LEAD.match(line):
            continue
        end = next((j for j in range(i, len(lines)) if not lines[j].strip()), len(lines))
        text = " ".join(lines[i:end])
        if not has_dose(text):
            continue
        m = _NAMED.match(text)
        name = (m.group(1) or m.group(2)) if m else ""
        found.append(Block(name[:1].upper() + name[1:] if name else "Exercise", [text], i, unnamed=not name))
    return found if len(found) >= 2 else []


__all__ = ["ordinal_paragraphs"]
