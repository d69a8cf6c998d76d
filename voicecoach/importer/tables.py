"""Tables read as tables: a row per exercise, each column by what its header says.

The readers (``pdfread``, ``htmlread``) and markdown articles give tables as ``| a | b |``
rows, header first.  A column header names its role: the exercise's name, sets, reps, hold,
time, rest, sides, a description, or something understood but not a dose (level, week,
equipment, muscles).  A table whose header names an exercise column and at least one other
known column becomes exercise blocks, one per row, in the labelled lines ``parts`` reads
("Sets: 3", "How: …").  A table with a dose column but no name column, or with columns no
header explains, is reported as not understood (it lowers the import's confidence).  A table
with no header row at all gets its columns' roles from their cells (one of short names, one of
doses or sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .headings import split_name
from .naming import amrap_name
from .vocabulary import IMPERATIVE

_I = re.IGNORECASE
_PER_SIDE = r"\s*(?:/|per|each)\s*(?:side|leg|arm)"  # "Reps/Side", "Time per leg": done on each side
_ROLES = (
    (
        "name",
        r"exercises?|name|movements?|moves?|activity|activities|stretch(?:es)?|poses?|drills?|asanas?|"
        r"exercise name|workout",
    ),
    # one column for the whole dose ("Sets x Reps": "3 x 10"), read as the dose it says
    ("dose", r"sets?\s*(?:x|×|/|&|and|of)\s*reps?|reps?\s*(?:x|×|/)\s*sets?|dose|dosage|prescription|volume"),
    ("sets", r"sets?|rounds?"),
    ("reps", rf"reps?|repetitions?|repeats?|times|count|how many|number|reps?{_PER_SIDE}"),
    ("hold", rf"hold(?: time)?|holds?|hold for|seconds? hold|hold \(s(?:ec\w*)?\)|holds?{_PER_SIDE}"),
    (
        "duration",
        rf"time|duration|length|how long|work|minutes?|mins?|seconds?|secs?|(?:time|duration){_PER_SIDE}",
    ),
    ("rest", r"rest|recovery|break|rest between sets"),
    ("pace", r"tempo"),
    ("sides", r"sides?|each side|per side"),
    (
        "how",
        r"description|instructions?|how(?: to(?: do it)?)?|technique|notes?|comments?|cues?|"
        r"details|what to do|directions?|(?:coaching|teaching|key|form) (?:points|cues)|tips?|procedure|method|steps",
    ),
    (
        "ignored",
        r"level|week|day|days|equipment|muscles?(?: worked)?|targets?|area|body part|focus|"
        r"frequency|how often|load|weight|resistance|intensity|goal|purpose|photo|image|picture|illustration|#|no\.?|step|order|progression|"
        r"stations?|record|results?|score|done|tick|date",  # a circuit's station number, a log's columns
    ),
)
_ROLE_RES = [(role, re.compile(rf"^(?:{words})$", _I)) for role, words in _ROLES]
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


@dataclass
class Table:
    """A table found in the text: its header, body rows and the line span it took."""

    header: list[str]
    rows: list[list[str]]
    start: int
    end: int
    roles: list[str | None] = field(default_factory=list)  # column_role per column

    def understood(self) -> bool:
        """An exercise table: a name column and at least one column that says how to do it, or a
        column whose cells each open with the exercise's name ("Bicep Curl Stand with …")."""
        return "led" in self.roles or (
            "name" in self.roles and any(r not in ("name", "ignored", None) for r in self.roles)
        )

    def unknown_columns(self) -> list[str]:
        return [h for h, r in zip(self.header, self.roles, strict=False) if r is None and h]


def _cells(line: str) -> list[str]:
    m = _ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else []


def column_role(header: str) -> str | None:
    """``"Reps"`` -> ``"reps"``; ``"Hold (s)"`` -> ``"hold"``; None when no role fits."""
    text = re.sub(r"[*_`]", "", header).strip().rstrip(":").strip()
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()
    counted = re.sub(
        r"^(?:number|no\.?|num\.?|#|total)\s*(?:of\s+)?(?=[a-z])", "", bare, flags=_I
    )  # "No. of reps"
    for role, pattern in _ROLE_RES:
        if pattern.match(text) or pattern.match(bare):
            return role
        if (
            counted != bare
            and role in ("sets", "reps", "hold", "duration", "rest")
            and pattern.match(counted)
        ):
            return role
    if re.search(
        r"\b(?:sets?|time|duration|reps?|hold)\b\s*(?:/|or|and|&|\+|x|×|\*)\s*\b(?:sets?|time|duration|reps?|"
        r"repetitions|hold)\b",
        text,
        _I,
    ) or re.search(r"\bdos(?:e|age)\b|prescription", text, _I):
        return "dose"
    return None


def find_tables(lines: list[str]) -> list[Table]:
    """Every run of ``| … |`` lines with at least a header and one row."""
    tables, i = [], 0
    while i < len(lines):
        if not _cells(lines[i]):
            i += 1
            continue
        start, rows = i, []
        while i < len(lines) and (_cells(lines[i]) or _RULE.match(lines[i])):
            if not _RULE.match(lines[i]):
                rows.append(_cells(lines[i]))
            i += 1
        if len(rows) >= 2:
            rows = _transposed(rows)
            header = rows[0]
            table = Table(header, [r for r in rows[1:] if any(r)], start, i)
            table.roles = [column_role(h) for h in header]
            if not any(table.roles) and (found := _roles_from_cells(rows)):
                table = Table([""] * len(found), [r for r in rows if any(r)], start, i, found)
            if "name" not in table.roles and _first_column_names(table):
                table.roles[0] = "name"
            tables.append(table)
    return tables


_CELL_DOSE = re.compile(
    r"^\s*\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:[x×]\s*\d+\s*)?(?:reps?|repetitions|times|sets?|"
    r"seconds?|secs?|s|minutes?|mins?|breaths?)?\b[^.]{0,20}$",
    _I,
)


def _column_kind(cells: list[str]) -> str | None:
    """What every cell of a column is: a dose, a short name, a sentence of instructions."""
    text = [re.sub(r"[*_`]", "", c).strip() for c in cells]
    if not all(text):
        return None
    if all(_CELL_DOSE.match(c) for c in text):
        return "dose"
    if all(len(c.split()) <= 6 and not c.endswith(".") and re.search(r"[A-Za-z]{3}", c) for c in text):
        return "name"
    if all(len(c.split()) >= 4 for c in text):
        return "how"
    return None


# A station or order code, not a name: "C V 1", "AR 2", "A1", "B 3"
_CODE = re.compile(r"^(?:[A-Z]{1,3}\s?){1,2}\d{1,2}[a-z]?$")


def _roles_from_cells(rows: list[list[str]]) -> list[str | None] | None:
    """A table with no header row ("| **Heel slides** | Lie on your back … | 10 reps |"): the
    columns' roles from their cells, when one holds names and another doses or instructions; or
    a column of codes ("C V 1", "AR 1") beside one of text that opens with each exercise's name
    ("led": "Bicep Curl Stand with …")."""
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    kinds = [_column_kind([r[c] for r in padded]) for c in range(width)]
    codes = [all(_CODE.match(r[c].strip()) for r in padded) for c in range(width)]
    if kinds.count("name") == 0 and kinds.count("how") == 1 and any(codes):
        led = kinds.index("how")
        if all(lead_name(r[led])[0] for r in padded):
            return ["led" if c == led else "ignored" if codes[c] else kinds[c] for c in range(width)]
    if kinds.count("name") != 1 or not {"dose", "how"} & set(kinds):
        return None
    return kinds


def lead_name(cell: str) -> tuple[str, str]:
    """A cell that opens with its exercise's name: ("Bicep Curl", "Stand with …") from "Bicep Curl
    Stand with …", ("Walking up and down the hall", "Walk for …") from a short first sentence;
    ("", cell) when it opens with no name."""
    text = re.sub(r"[*_`]", "", cell).strip()
    named = split_name(text)
    if named and named[0] and len(named[0].split()) <= 8 and not IMPERATIVE.match(named[0]):
        return named[0], named[1]
    first = re.match(r"^([A-Z][^.!?:]{2,60}?)\.\s+(\S.*)$", text)
    if first and len(first.group(1).split()) <= 8 and not IMPERATIVE.match(first.group(1)):
        return first.group(1), first.group(2)
    return "", cell


def _transposed(rows: list[list[str]]) -> list[list[str]]:
    """A table with one exercise per column ("| Exercise | Squat | Lunge |" over "| Reps | 10 | 8 |")
    turned to one per row."""
    width = max(len(r) for r in rows)
    firsts = [column_role(r[0]) if r else None for r in rows[1:]]
    if (
        width < 2
        or column_role(rows[0][0]) not in ("name", None)
        or sum(role in ("sets", "reps", "hold", "duration", "rest", "dose") for role in firsts)
        < max(1, len(firsts) // 2)
    ):
        return rows
    padded = [r + [""] * (width - len(r)) for r in rows]
    return [list(column) for column in zip(*padded, strict=True)]


def _first_column_names(table: Table) -> bool:
    """A first column of words beside columns that say how or how much holds the names: untitled,
    or titled like a how column ("Technique") or as stations ("Station") when its cells are short
    names and another column gives the how ("Technique | Procedure")."""
    rest = table.roles[1:]
    if table.roles[0] is None:
        return any(r not in (None, "ignored", "how") for r in rest) and all(
            re.search(r"[A-Za-z]{3}", row[0] if row else "") for row in table.rows
        )
    # "| Station | What to do |" over "| Pushups/Situps | Do 5 pushups …": stations named, not numbered
    station = table.roles[0] == "ignored" and re.fullmatch(r"stations?", table.header[0].strip(" *:"), _I)
    return (
        (table.roles[0] == "how" or bool(station))
        and "how" in rest
        and all(row and re.fullmatch(r"[A-Za-z][\w'’ /&-]{2,40}", row[0]) for row in table.rows)
    )


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
            " per side" if re.search(rf"{_PER_SIDE}|each side", header, _I) and bare_number else ""
        )
    if role in ("hold", "duration", "rest"):
        label = {"hold": "Hold", "duration": "Time", "rest": "Rest"}[role]
        shown = f"{cell} {_unit(header, 'seconds')}" if bare_number else cell
        per = re.search(_PER_SIDE, header, _I) if role != "rest" else None
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


__all__ = ["Table", "find_tables", "table_blocks", "column_role", "schedule_dose", "own_dose_lines"]
