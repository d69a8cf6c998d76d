"""A page that lists its exercises first, each a bold name and what it is for ("- **Toe Taps:** for
better control of the lower legs."), and then describes some of them again with their doses: the
list is the routine, in its order, each listed name with its description where the page gives one."""

from __future__ import annotations

import re

from .blocks import Block

# "- **Seated Marches:** for circulation and hip mobility."
_LISTED = re.compile(r"^\s*[-*•]\s+\*\*([^*]{2,40}?):?\*\*:?\s*(.*)$")


def _key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def _runs(lines: list[str], end: int) -> list[list[tuple[int, str, str]]]:
    """The runs of bold-named list items above line ``end`` (blank lines do not part a run)."""
    runs: list[list[tuple[int, str, str]]] = [[]]
    for i, line in enumerate(lines[:end]):
        if m := _LISTED.match(line):
            runs[-1].append((i, m.group(1).strip(" :"), m.group(2).strip()))
        elif line.strip() and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def listed_then_described(best: list[Block], lines: list[str]) -> list[Block]:
    """The listed exercises, when a run of three or more bold-named items above the exercises found
    names every one of them and more: each found exercise in the list's place, the others named
    with what the list says of them (no dose of their own: the defaults)."""
    if not best:
        return best
    found = {_key(b.name): b for b in best}
    for run in _runs(lines, best[0].start):
        keys = [_key(name) for _, name, _ in run]
        if len(run) >= 3 and len(run) > len(best) and set(found) <= set(keys) and len(set(keys)) == len(keys):
            return [
                found.get(k) or Block(name, [text], i) for k, (i, name, text) in zip(keys, run, strict=True)
            ]
    return best


__all__ = ["listed_then_described"]
