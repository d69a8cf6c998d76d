"""Headings underlined with a row of "=" or "-" (markdown's setext headings, as plain-text notes
and READMEs mark them): the line above read as a ``# `` or ``## `` heading, the underline as a
blank line, so every heading reader sees one heading however it is marked.

Invariant: the number of lines is unchanged (blocks index lines)."""

from __future__ import annotations

import re

_UNDERLINE = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_NOT_A_HEADING = re.compile(r"^\s*(?:#|[-*+•|>]\s|\d{1,2}[.)]\s)|^\s*$")


def underlined_as_headings(lines: list[str]) -> list[str]:
    """``lines`` with each short line that stands apart above it and is underlined with "="
    (level 1) or "-" (level 2) about its own length as a markdown heading."""
    out = list(lines)
    for i in range(1, len(lines)):
        rule = _UNDERLINE.match(lines[i])
        text = lines[i - 1].strip()
        if (
            not rule
            or len(rule.group(1)) < 3
            or _NOT_A_HEADING.match(lines[i - 1])
            or (i >= 2 and out[i - 2].strip() and not out[i - 2].startswith("#"))
            or len(text.split()) > 12
            or not 0.5 <= len(rule.group(1)) / len(text) <= 2
        ):
            continue
        out[i - 1] = f"{'#' if rule.group(1)[0] == '=' else '##'} {text}"
        out[i] = ""
    return out


def underlined_headings(text: str) -> str:
    """``text`` with its underlined headings as markdown's (see ``underlined_as_headings``)."""
    return "\n".join(underlined_as_headings(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")))


__all__ = ["underlined_as_headings", "underlined_headings"]
