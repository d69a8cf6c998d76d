"""Lists written as paragraphs: each item a paragraph of its own, with none of a list's marks.

Forum posts and blog editors lose a list's marks: a numbered list becomes paragraphs "1 Shadow
Boxing", "2 Sitting to Standing" (no stop after the number), each over its instructions; a
list of moves becomes one paragraph per name, the commas of the sentence it was left in:
"High Knees," / "Mountain Climbers," / "Jumping Jacks". Read as plain lines, the first is no
heading style and the second no list. These rewrite such runs in the marks the structure reader
knows: the numbered names as "### 1 Shadow Boxing" headings, the names as "- High Knees" items.
"""

from __future__ import annotations

import re

# "1 Shadow Boxing", "4a Steps Up", "6 Marching on the spot.": a place, then a short name
_BARE_NUMBERED = re.compile(r"^(\d{1,2})([a-z])?\s+([A-Z][^.!?:;]{1,60}?)\.?$")
# "2 Minutes of marching", "3 Rounds": a count before its unit, not a place in a list
_UNIT_FIRST = re.compile(
    r"^(?:minutes?|mins?|seconds?|secs?|sets?|rounds?|reps?|repetitions?|times?|hours?|days?|weeks?)\b", re.I
)
# "High Knees,", "Burpees": a short name alone, a list's comma after it or none
_NAME_ITEM = re.compile(r"^([A-Z][\w'’-]*(?: [\w'’&/-]+){0,4})\s*([,;]?)$")


def alone(lines: list[str], i: int) -> bool:
    """The line is a paragraph of its own: blank (or nothing) above and below."""
    return (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())


def _described(lines: list[str], i: int) -> bool:
    """A text of its own comes next, not the next name (nor the end)."""
    following = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return bool(following) and not _BARE_NUMBERED.match(following)


def bare_numbers_as_headings(text: str) -> str:
    """``text`` with a run of three or more paragraphs "N Name", numbered 1, 2, 3 … in order ("4a",
    "4b" share a number), each over a paragraph of its own text, as "### N Name" headings; any
    other number before a name ("25 Air Squats" on a workout board) is left as it is."""
    lines = text.split("\n")
    found: list[tuple[int, int, bool]] = []  # (line, number, lettered)
    for i, line in enumerate(lines):
        m = _BARE_NUMBERED.match(line.strip())
        if m and alone(lines, i) and not _UNIT_FIRST.match(m.group(3)) and len(m.group(3).split()) <= 8:
            found.append((i, int(m.group(1)), bool(m.group(2))))
    runs: list[list[int]] = []
    previous = 0
    for i, number, lettered in found:
        if previous and (number == previous + 1 or lettered and number == previous):
            runs[-1].append(i)
        elif number == 1:
            runs.append([i])
        else:
            previous = 0
            continue
        previous = number
    for run in runs:
        if len(run) >= 3 and all(_described(lines, i) for i in run):
            for i in run:
                m = _BARE_NUMBERED.match(lines[i].strip())
                assert m is not None
                lines[i] = f"### {m.group(1)} {m.group(3).strip()}"
    return "\n".join(lines)


def name_paragraphs_as_list(text: str) -> str:
    """``text`` with a run of three or more one-line paragraphs, each a short name and all but the
    last ending in a comma ("High Knees," … "Jumping Jacks"), as one list of "- Name" items."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = []
        j = i
        while j < len(lines):
            m = _NAME_ITEM.match(lines[j].strip())
            if not m or not alone(lines, j):
                break
            run.append((j, m.group(1), m.group(2)))
            if not m.group(2):  # the list's last name: no comma after it
                break
            j += 2
        if len(run) >= 3 and all(comma for _, _, comma in run[:-1]):
            if out and out[-1].strip():
                out.append("")
            out.extend(f"- {name}" for _, name, _ in run)
            i = run[-1][0] + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


__all__ = ["alone", "bare_numbers_as_headings", "name_paragraphs_as_list"]
