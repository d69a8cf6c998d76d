"""Exercises given with no name and no heading, each a group of bullets parted from the next by a
blank line: "- Lie face down and raise your forehead … Hold for 5 seconds, do this 5 times." /
(blank) / "- Lie on your stomach …" / "- … Do this 5 times." Each group opens with a movement and
gives a dose of its own (a group led by a phase of a breath, "- Breathe in …", is a step of one
breath); two or more such groups in a row, not right under a name, are that many exercises,
"Exercise N" by their place."""

from __future__ import annotations

import re

from .blocks import Block, body_text, has_dose
from .phases import leads_with_phase
from .unnamed_items import is_advice
from .vocabulary import BULLET, MOVEMENT

# "With your feet together and hands on your hips, turn …": a set-up before the movement
_LEAD_IN = re.compile(r"^(?:then\s+|now\s+|(?:with|keeping|from|in|on)\s[^,.]{3,60},\s*)", re.IGNORECASE)


def _groups(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The text's runs of non-blank lines, each with its first line's index."""
    out: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if out and i > 0 and lines[i - 1].strip():
            out[-1][1].append(line)
        else:
            out.append((i, [line]))
    return out


def _moves(text: str) -> bool:
    return bool(MOVEMENT.match(text) or MOVEMENT.match(_LEAD_IN.sub("", text)))


def _aside(item: str) -> bool:
    """A remark, not a step: advice ("Remember to …") or a label we leave out ("Note: …")."""
    block = Block("", [item])
    unlabelled = Block("", [item.replace(":", "", 1)])  # "Note: …" read whole, not as a label's text
    return is_advice(block) or is_advice(unlabelled) or not body_text(block).strip()


def _items(group: list[str]) -> list[str]:
    """A bullet group's items, a line that is no bullet joined to the item above (an item
    hard-wrapped); none when the group does not open with a bullet."""
    items: list[str] = []
    for line in group:
        if BULLET.match(line):
            items.append(BULLET.sub("", line).strip())
        elif items:
            items[-1] += " " + line.strip()
        else:
            return []
    return items


def _exercise(group: list[str]) -> list[str] | None:
    """A group of bullets, its asides ("- Note: …") left out, whose first item moves and which gives
    a dose: the exercise's lines, else None."""
    items = [item for item in _items(group) if not _aside(item)]
    if not items or not _moves(items[0]) or not has_dose("\n".join(items)):
        return None
    if leads_with_phase(items[0]):  # "- Breathe in … for 4" / "- Breathe out …": one breath's steps
        return None
    return items


def unnamed_groups(lines: list[str], named: set[int]) -> list[Block]:
    """The longest run of two or more bullet groups that are each an exercise with no name; none when
    the run stands right under a heading some other reading names an exercise by (a line in
    ``named``): those groups are then that exercise's steps."""
    best: list[Block] = []
    run: list[Block] = []
    before = -1  # the line the group before the run starts at
    groups = _groups(lines)
    for n, (start, group) in enumerate(groups):
        items = _exercise(group)
        if items is None:
            run = []
            continue
        if not run:
            before = groups[n - 1][0] if n else -1
        run.append(Block("Exercise", items, start, unnamed=True))
        if len(run) > len(best) and before not in named:
            best = list(run)
    return best if len(best) >= 2 else []


__all__ = ["unnamed_groups"]
