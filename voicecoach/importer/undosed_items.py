"""An undosed item inside a dose-led list: "- Light jog for 2 minutes" / "- Inch-worms to the far
end of the room and back" / "- 30 seconds of high knees". The dose-led reading ("dosed") takes each
dosed item as an exercise and would fold the item with no number into the one above it; the list
names it as one more, with the default dose."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import strip_markup
from .headings import DETECTORS
from .name_kinds import looks_like_label, not_a_name
from .vocabulary import INSTRUCTION

_ITEM = re.compile(r"^\s*(?:(?P<bullet>[-*•])|(?P<number>\d{1,2})[.)])\s+(?P<text>\S.*)$")
# where a name ends in an item's text: a comma, a bracket, a spaced dash, a colon, a full stop
_NAME_END = re.compile(r",|\s\(|\s[—–-]\s|:\s|\.(?:\s|$)")
# a longer name ends before where or how far it goes ("Inch-worms to the far end and back")
_WHERE = re.compile(r"\s(?:to|down|up|across|along|around|from|into|towards?|until|for|with)\s", re.I)
# not a named item: a repeat, a rest or a step of the list ("- Repeat 3 times", "- Rest", "- Then …")
_NO_EXERCISE = re.compile(
    r"^(?:repeat|rest|recover|take|then|and|or|if|when|make|remember|keep|try|note|tip|do|don't|you)\b", re.I
)


def _kind(line: str) -> str | None:
    m = _ITEM.match(line)
    return None if m is None else ("bullet" if m["bullet"] else "number")


def _item_name(text: str) -> tuple[str, str] | None:
    """(name, how) of an undosed item's text, or None when it reads as a step, not a name."""
    plain = strip_markup(text).strip()
    if not plain[:1].isupper() or _NO_EXERCISE.match(plain) or INSTRUCTION.match(plain):
        return None
    end = _NAME_END.search(plain)
    name = plain[: end.start()] if end else plain
    if len(name.split()) > 3 and (where := _WHERE.search(name)) and where.start() > 0:
        name = name[: where.start()]
    name = name.strip(" .;")
    if not name or len(name.split()) > 4 or looks_like_label(name) or not_a_name(name):
        return None
    return name, plain[len(name) :].strip(" ,.;:-–—")


def _dosed(line: str) -> bool:
    return DETECTORS["dosed"](line) is not None or has_dose(line)


def with_undosed_items(blocks: list[Block], lines: list[str]) -> list[Block]:
    """The dose-led reading with each undosed item of a dose-led list as an exercise of its own:
    an item set as the dosed ones are (same bullet or numbering, no blank line between), in a list
    where two or more items and most of them are dosed, that starts with a short name, not a step
    ("- Repeat twice", "- Keep your back straight")."""
    starts = {b.start for b in blocks}
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        kind = _kind(lines[block.start]) if block.start < len(lines) else None
        if kind is None:
            continue
        run_start, run_end = block.start, block.start + 1
        while run_start > 0 and _kind(lines[run_start - 1]) == kind:
            run_start -= 1
        while run_end < len(lines) and _kind(lines[run_end]) == kind:
            run_end += 1
        run = range(run_start, run_end)
        dosed = sum(1 for i in run if i in starts or _dosed(lines[i]))
        if dosed < 2 or 2 * dosed <= len(run):
            continue
        j = block.start + 1
        while j < run_end and j not in starts and not _dosed(lines[j]):
            m = _ITEM.match(lines[j])
            named = _item_name(m["text"]) if m else None
            if named is None:
                break
            current = out[-1]
            if lines[j] in current.lines:
                current.lines = current.lines[: current.lines.index(lines[j])]
            out.append(Block(named[0], [named[1]] if named[1] else [], j, current.section, current.level))
            j += 1
    return out


__all__ = ["with_undosed_items"]
