"""An understood table's cells as the labelled lines ``parts`` reads: a row per exercise
("Sets: 3", "Hold: 5 seconds", "How: …"), a one-row dose table of one exercise, and the first
row of a plan by day or week (``tables`` reads the table and each column's role)."""

from __future__ import annotations

import re

from .naming import amrap_name
from .tables import PER_SIDE, Table, column_role, lead_name

_I = re.IGNORECASE


def _unit(header: str, default: str) -> str:
    if re.search(r"\bmin", header, _I):
        return "minutes"
    if re.search(r"\bsec|\(s\)", header, _I):
        return "seconds"
    return default


_CELL_NUMBER = r"\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"


def _dose_line(role: str, header: str, cell: str) -> str | None:
    """A cell as a labelled line ``parts`` reads: "Sets: 3", "Hold: 5 seconds"."""
    cell = cell.strip()
    if not cell or cell in ("-", "–", "—"):
        return None
    bare_number = re.fullmatch(r"\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?", cell)
    if role == "sets":
        return f"Sets: {cell}"
    if role == "reps" and re.fullmatch(rf"{_CELL_NUMBER}\s*(?:s|secs?|seconds?|mins?|minutes?)\.?", cell, _I):
        return f"Time: {cell}"  # "30 s" in a reps column: a timed exercise among counted ones
    if role == "reps":
        return f"Reps: {cell}" + (
            " per side" if re.search(rf"{PER_SIDE}|each side", header, _I) and bare_number else ""
        )
    if role in ("hold", "duration", "rest"):
        label = {"hold": "Hold", "duration": "Time", "rest": "Rest"}[role]
        shown = f"{cell} {_unit(header, 'seconds')}" if bare_number else cell
        per = re.search(PER_SIDE, header, _I) if role != "rest" else None
        each = (
            f" on each {per.group(0).split()[-1].strip('/').lower()}" if per else ""
        )  # "Time per leg": each leg
        return f"{label}: {shown}{each}"
    if role == "pace":
        return f"Tempo {cell}."
    if role == "sides":
        return "Do it on each side." if re.search(r"\by(?:es)?\b|each|both|per|\b2\b", cell, _I) else None
    if role == "dose":
        return "\n".join(_ordered_dose(header, cell)) or f"{cell}."
    return None


# A header naming two dose roles in order ("Sets x Reps", "Sets/Reps", "Reps & Hold (s)") and a cell
# of as many bare numbers in that order ("3 x 10", "3/10", "10, 5"): each number is its role's
_HEADER_PARTS = re.compile(r"\s*(?:/|\bx\b|×|\*|&|\+|,|\band\b)\s*", _I)
_BARE_NUMBERS = re.compile(rf"^\s*{_CELL_NUMBER}(?:\s*(?:[x×*/,]|\s)\s*{_CELL_NUMBER}){{1,2}}\s*\.?$", _I)


def _ordered_dose(header: str, cell: str) -> list[str]:
    """ "Sets x Reps" over "3 x 10": ["Sets: 3", "Reps: 10"] ("Sets/Reps/Hold" over "2/10/5" too);
    [] when the cell says its own units or the header names no two or three dose roles (the cell
    is read as a dose sentence then)."""
    parts = _HEADER_PARTS.split(re.sub(r"[*_`]", "", header).strip())
    roles = [column_role(part) for part in parts]
    numbers = re.findall(_CELL_NUMBER, cell) if _BARE_NUMBERS.match(cell) else []
    if (
        len(roles) not in (2, 3)
        or len(numbers) != len(roles)
        or any(r not in ("sets", "reps", "hold", "duration", "rest") for r in roles)
    ):
        return []
    lines = [_dose_line(str(role), part, n) for role, part, n in zip(roles, parts, numbers, strict=True)]
    return [line for line in lines if line]


def table_blocks(table: Table) -> list[tuple[str, list[str]]]:
    """(name, lines) for each row of an understood table."""
    out = []
    for row in table.rows:
        cells = row + [""] * (len(table.header) - len(row))
        name = next((c for c, r in zip(cells, table.roles, strict=False) if r == "name"), "")
        name = re.sub(r"^\s*\d+[.)]\s*", "", re.sub(r"[*_`]", "", name)).strip()
        name = amrap_name(name) or name  # "How many star jumps can you do?": what it counts names it
        lines = []
        if "led" in table.roles:
            name, how_text = lead_name(cells[table.roles.index("led")])
            lines.append(how_text)
        if not name:
            continue
        for header, role, cell in zip(table.header, table.roles, cells, strict=False):
            line = _dose_line(role, header, cell) if role not in ("name", "how", "ignored", None) else None
            if line:
                lines += line.split("\n")  # "Sets x Reps" gives a line for each
        how = " ".join(c for c, r in zip(cells, table.roles, strict=False) if r == "how" and c.strip())
        if how:
            lines.append(how if how.rstrip().endswith((".", "!", "?")) else how.rstrip() + ".")
        out.append((name, lines))
    return out


_DOSE_ROLES = ("sets", "reps", "hold", "duration", "rest", "pace", "sides")


def own_dose_lines(table: Table) -> list[str]:
    """A small dose table of one exercise ("| Sets | Repetitions | Frequency |" over
    "| 1 | 5 | 3 times per week |": one row, no name column, every header a dose or understood)
    as the labelled lines ``parts`` reads ("Sets: 1", "Reps: 5"); [] for any other table."""
    if (
        len(table.rows) != 1
        or not any(r in _DOSE_ROLES for r in table.roles)
        or any(r not in _DOSE_ROLES + ("ignored",) for r in table.roles)
    ):
        return []
    row = table.rows[0] + [""] * (len(table.header) - len(table.rows[0]))
    doses = [
        _dose_line(role, header, cell)
        for header, role, cell in zip(table.header, table.roles, row, strict=False)
        if role in _DOSE_ROLES
    ]
    return [line for d in doses if d for line in d.split("\n")]


def schedule_dose(table: Table) -> str:
    """A plan by day or week ("Day | Time": "1 | 20 seconds"): the first row is today's dose,
    as text ("Time: 20 seconds"); '' for any other table."""
    if (
        not table.rows
        or "name" in table.roles
        or not re.match(r"(?:day|week|session|stage|level)s?\b", table.header[0].strip(), _I)
    ):
        return ""
    first = table.rows[0] + [""] * (len(table.header) - len(table.rows[0]))
    lines = [
        _dose_line(role, header, cell)
        for header, role, cell in zip(table.header, table.roles, first, strict=False)
        if role not in ("name", "how", "ignored", None)
    ]
    return " ".join(line if line.endswith(".") else line + "." for line in lines if line)


__all__ = ["table_blocks", "schedule_dose", "own_dose_lines"]
