"""Exercises named in pairs or groups on a plan's lines: "Set 1: Jumping jacks + Lunges",
"Superset 2: Push-ups & Rows", "Round 3 – Squats / Plank / Burpees" (a superset or circuit plan
that names its exercises only there, after an example or before their descriptions)."""

from __future__ import annotations

import re

from .blocks import Block
from .furniture import strip_markup
from .vocabulary import EXERCISE_WORDS

# "Set 1: A + B": a numbered or lettered group label, then two or more names joined by + & / or "and"
_GROUP_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:set|superset|super-set|round|pair|block|circuit|giant set|tri-?set)\s*"
    r"(?:\d{1,2}|[A-H])\s*[:.)–—-]\s*(.+?)\s*$",
    re.IGNORECASE,
)
_JOIN = re.compile(r"\s+(?:\+|&|/|and)\s+|\s*\+\s*")
_NAME = re.compile(r"^[A-Za-z][\w'’ -]{1,40}$")


def _names(line: str) -> list[str] | None:
    m = _GROUP_LINE.match(strip_markup(line))
    if not m:
        return None
    names = [n.strip(" .*") for n in _JOIN.split(m.group(1))]
    if len(names) < 2 or not all(_NAME.match(n) and len(n.split()) <= 5 for n in names):
        return None
    return names


def paired_names(lines: list[str]) -> list[Block]:
    """The exercises of the longest run of three or more group lines ("Set 1: A + B" … "Set 6:
    Y + Z", blank lines between them allowed), each name once in order, when at least half the
    names are exercise words or the run is long (a named group of moves: "Skiier", "Bicycle")."""
    best: list[Block] = []
    run: list[Block] = []
    for i, line in enumerate([*lines, "."]):
        if not line.strip() and run:
            continue
        names = _names(line)
        if names is not None:
            run += [Block(n[:1].upper() + n[1:], [], i) for n in names]
            continue
        groups = len({b.start for b in run})
        words = sum(bool(EXERCISE_WORDS.search(b.name)) for b in run)
        if groups >= 3 and (2 * words >= len(run) or groups >= 5) and len(run) > len(best):
            best = run
        run = []
    once: dict[str, Block] = {}  # "Round 2: Squats + Lunges" again: the same exercises, done once more
    for block in best:
        once.setdefault(block.name.lower(), block)
    return list(once.values())


__all__ = ["paired_names"]
