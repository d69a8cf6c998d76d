"""Bulleted lists: a bullet that only sets a name, and bullets read as numbered items."""

from __future__ import annotations

import re

from .headings import DETECTORS
from .lists import LIST_ITEM_START
from .vocabulary import INSTRUCTION


def lone_bullet(lines: list[str], i: int) -> bool:
    """ "- Quad sets" over a paragraph of its own, no list item just before it: a name set with a
    bullet, not an item of a list ("- Quad sets" then "- Heel slides" is a list)."""
    if not LIST_ITEM_START.match(lines[i]):
        return False  # most lines: no slicing of the whole article for each
    before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    indent = len(lines[i]) - len(lines[i].lstrip())
    nested = bool(LIST_ITEM_START.match(after)) and len(after) - len(after.lstrip()) > indent
    return (
        bool(LIST_ITEM_START.match(lines[i]))
        and not LIST_ITEM_START.match(before)
        and (nested or not LIST_ITEM_START.match(after))
        and not INSTRUCTION.match(LIST_ITEM_START.sub("", lines[i]))
    )


_ANY_BULLET = re.compile(r"^([ \t]*)[-*•]\s+(?=\S)")


def bullets_numbered(lines: list[str]) -> list[str] | None:
    """An article with bulleted items and no numbered ones, its top-level bullets numbered in
    order ("- Lying down, point …" -> "1. Lying down, point …"): a bulleted list is a numbered
    list that does not print its numbers. None when it has numbered items or no bullets."""
    if any(DETECTORS["numbered"](line) for line in lines) or not any(_ANY_BULLET.match(x) for x in lines):
        return None
    top = min(len(m.group(1)) for x in lines if (m := _ANY_BULLET.match(x)))  # "  - Warm up …": all indented
    out, n, lists = [], 0, 0
    for line in lines:
        m = _ANY_BULLET.match(line)
        if m and len(m.group(1)) == top:
            lists += n == 0
            n += 1
            line = f"{n}. {line[m.end() :]}"
        elif top and line.strip() and not line[:1].isspace():
            n = 0  # a new list under its own lead line ("For the workout:"): its numbers start again
        out.append(line)
    return out if not top or lists >= 2 else None  # one indented list: a page's steps, as before


# "1 Cat Pose with Kegels", "• 2 Lying Side Stretch": an item's number with its stop lost (a
# printed list's number set apart), a capitalised name after it, no sentence end, no dose unit
_STOPLESS_ITEM = re.compile(
    r"^\s*(?:[-*•]\s+)?(\d{1,2})\s+(?!(?:x|reps?|repetitions|sets?|times|rounds?|seconds?|secs?|"
    r"minutes?|mins?|hours?|breaths?|counts?|steps|days?|weeks?)\b)([A-Z][^.!?:;]{1,60})$",
    re.IGNORECASE,
)


def stops_restored(text: str) -> str:
    """Numbered items printed without their stop ("1 Cat Pose" … "2 Lying Side Stretch") as
    numbered items ("1. Cat Pose"), when two or more of them count 1, 2, … in order down the
    text; any other text is returned unchanged."""
    lines = text.split("\n")
    items = [
        (i, m) for i, line in enumerate(lines) if (m := _STOPLESS_ITEM.match(line)) and m[2][:1].isupper()
    ]
    numbers = [int(m[1]) for _, m in items]
    if len(items) < 2 or numbers != list(range(1, len(items) + 1)):
        return text
    for i, m in items:
        lines[i] = f"{m[1]}. {m[2].rstrip()}"
    return "\n".join(lines)


__all__ = ["lone_bullet", "bullets_numbered", "stops_restored"]
