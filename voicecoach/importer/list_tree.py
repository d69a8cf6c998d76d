"""A tree of lists -> headings: the phases of a warm-up as numbered items, their drills as
bold-named items nested under them, each drill's text nested under its name.

Sports warm-ups and PE plans are often written as one nested list ("1. **Dynamic stretching (8-10
minutes):**" / "  - **Leg swings:**" / "    - Swing the leg … 10 per leg").  Read flat, a phase and
its drills run together.  ``list_tree_as_headings`` gives each list item that is only a bold name
and has items nested under it a heading one level deeper than its parent's, so the section reading
(``sections``) finds the innermost as the exercises and the phases over them as groups.  A bold
name with nothing under it (a stray repeat) stays a list line.  Only a real tree is rewritten: at
least two such names nested under another.
"""

from __future__ import annotations

import re

# "1. **Light Jogging (5 minutes):**", "  - **Leg Swings:**": an item that is only a bold name
_NAME_ITEM = re.compile(r"^(\s*)(?:\d{1,2}[.)]|[-*•+])\s+\*\*([^*]{2,70}?)\s*:?\*\*\s*:?\s*$")
_ITEM = re.compile(r"^(\s*)(?:\d{1,2}[.)]|[-*•+])\s+\S")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _has_children(lines: list[str], i: int) -> bool:
    following = next((line for line in lines[i + 1 :] if line.strip()), "")
    return bool(_ITEM.match(following)) and _indent(following) > _indent(lines[i])


def list_tree_as_headings(text: str) -> str:
    """``text`` with a nested list's bold-named parent items as headings (see the module)."""
    if "**" not in text:
        return text
    lines = text.split("\n")
    parents = [i for i, line in enumerate(lines) if _NAME_ITEM.match(line) and _has_children(lines, i)]
    depth_of: dict[int, int] = {}
    stack: list[tuple[int, int]] = []  # (indent, depth) of the open parents
    for i in parents:
        indent = _indent(lines[i])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        depth_of[i] = stack[-1][1] + 1 if stack else 0
        stack.append((indent, depth_of[i]))
    if sum(1 for d in depth_of.values() if d >= 1) < 2:
        return text  # no tree: a flat list of named items reads as it is
    for i, depth in depth_of.items():
        m = _NAME_ITEM.match(lines[i])
        assert m is not None  # parents were chosen by it
        lines[i] = f"\n{'#' * (2 + depth)} {m.group(2).strip().rstrip(':')}\n"
    return "\n".join(lines)


__all__ = ["list_tree_as_headings"]
