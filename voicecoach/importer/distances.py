"""A drill's distance as coaches list it -> the one spelling the dose readers know.

Running and field drills are listed with a distance for their dose, written many ways: "A-skips
2x20m", "2 x 20 m A-skips", "High knees 30m", "Strides – over 80 metres".  ``spelled_distances``
rewrites a list item (a line led by a bullet or a number) whose dose is a distance into
"Name: N x D m" (one run when no count is given), which the name/dose split and ``families`` read as N
runs over that distance (a distance is no time: the default length).  Other lines are kept as they are.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_ITEM = r"^(\s*(?:[-*•]|\d{1,2}[.)])\s+)"
_UNIT = r"(m|metres?|meters?|yards?|yds?)"
_NAME = r"([A-Za-z][A-Za-z'’ /-]{1,40}?)"  # no digit: a count is no part of a name
_NOTE = r"(\s*\([^()]*\))?\s*\.?\s*$"  # "5 x 20 m length runs (build up to a sprint)."
# "2x20m", "2×20 metres": the count and the distance apart
_GLUED = re.compile(rf"\b(\d+)\s*[x×]\s*(\d+)\s*{_UNIT}\b", _I)
# "2 x 20 m A-skips": the dose before the name
_DOSE_FIRST = re.compile(rf"{_ITEM}(\d+)\s*[x×]\s*(\d+)\s*{_UNIT}\s+(?:of\s+)?{_NAME}{_NOTE}", _I)
# "High knees 2 x 20 m", "Carioca – 2 x 30 metres": the runs after the name, a colon between
_RUNS_AFTER = re.compile(rf"{_ITEM}{_NAME}\s*(?:[:–—-]\s*)?(\d+)\s*[x×]\s*(\d+)\s*{_UNIT}{_NOTE}", _I)
# "High knees 30 m", "Strides – over 80 metres", "Carioca: 20 m": one run over the distance
_ONE_RUN = re.compile(rf"{_ITEM}{_NAME}\s*(?:[:–—-]\s*)?(?:over\s+)?(\d+)\s*{_UNIT}{_NOTE}", _I)


def _capital(name: str) -> str:
    name = name.strip()
    return name[:1].upper() + name[1:]  # "5 x 20 m length runs": a name, as the other styles' are


def _line(line: str) -> str:
    line = _GLUED.sub(r"\1 x \2 \3", line)
    if m := _DOSE_FIRST.match(line):
        return (
            f"{m.group(1)}{_capital(m.group(5))}: {m.group(2)} x {m.group(3)} {m.group(4)}{m.group(6) or ''}"
        )
    if m := _RUNS_AFTER.match(line):
        return f"{m.group(1)}{m.group(2).strip()}: {m.group(3)} x {m.group(4)} {m.group(5)}{m.group(6) or ''}"
    if m := _ONE_RUN.match(line):
        return f"{m.group(1)}{m.group(2).strip()}: 1 x {m.group(3)} {m.group(4)}{m.group(5) or ''}"
    return line


def spelled_distances(text: str) -> str:
    """``text`` with each list item dosed by a distance spelled "Name: N x D m"."""
    if not re.search(r"\d\s*(?:m|metres?|meters?|yards?|yds?)\b", text, _I):
        return text
    return "\n".join(_line(line) if re.match(_ITEM, line) else line for line in text.split("\n"))


__all__ = ["spelled_distances"]
