"""A table pasted as text, its columns kept apart by tabs, runs of spaces or commas ("Exercise
Sets   Reps" / "Squat   3   10"): written as the markdown rows the table reader knows, when its
first line is a header naming an exercise column and a dose column."""

from __future__ import annotations

import re

from .tables import column_role

# how a pasted table keeps its columns apart, most telling first
_SPLITTERS = (re.compile(r"\t+"), re.compile(r" {2,}"), re.compile(r"\s*,\s*"))
_DOSE_ROLES = {"sets", "reps", "hold", "duration", "rest", "dose"}


def _cells(line: str, splitter: re.Pattern[str]) -> list[str]:
    return [c.strip() for c in splitter.split(line.strip())]


def _table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The rows of a pasted table whose header is line ``i`` (header first), and where it ends."""
    if len(lines[i]) > 120 or not re.search(r"\t| {2}|,", lines[i].strip()):
        return None  # most lines: no header of a pasted table
    for splitter in _SPLITTERS:
        header = _cells(lines[i], splitter)
        if len(header) < 2 or any(len(c.split()) > 3 or c.endswith((".", "!", "?")) for c in header):
            continue  # a header is a few words a column: "Exercise  Sets  Reps", not a sentence
        roles = [column_role(cell) for cell in header]
        if "name" not in roles or not _DOSE_ROLES & set(roles):
            continue
        rows, j = [header], i + 1
        while j < len(lines) and len(_cells(lines[j], splitter)) == len(header) and lines[j].strip():
            rows.append(_cells(lines[j], splitter))
            j += 1
        if len(rows) >= 3:
            return j, rows
    return None


def as_markdown_tables(text: str) -> str:
    """``text`` with every pasted table written as ``| a | b |`` rows under a rule line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = None if lines[i].lstrip().startswith("|") else _table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        end, rows = found
        out += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        out += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
        i = end
    return "\n".join(out)


__all__ = ["as_markdown_tables"]
