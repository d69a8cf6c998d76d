"""Tables read as tables: a row per exercise, each column by what its header says.

The readers (``pdfread``, ``htmlread``) and markdown articles give tables as ``| a | b |``
rows, header first.  A column header names its role: the exercise's name, sets, reps, hold,
time, rest, sides, a description, or something understood but not a dose (level, week,
equipment, muscles).  A table whose header names an exercise column and at least one other
known column becomes exercise blocks, one per row, in the labelled lines ``parts`` reads
("Sets: 3", "How: …").  A table with a dose column but no name column, or with columns no
header explains, is reported as not understood (it lowers the import's confidence).  A table
with no header row at all gets its columns' roles from their cells (one of short names, one of
doses or sentences).  ``table_doses`` turns an understood table's rows into those lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .name_split import split_name
from .vocabulary import EXERCISE_WORDS, IMPERATIVE

_I = re.IGNORECASE
PER_SIDE = r"\s*(?:/|per|each)\s*(?:side|leg|arm)"  # "Reps/Side", "Time per leg": done on each side
_ROLES = (
    (
        "name",
        r"exercises?|name|movements?|moves?|activity|activities|stretch(?:es)?|poses?|drills?|asanas?|"
        r"exercise name|workout|(?:starting|main|suggested|beginner|basic|sample|your|example)\s+(?:exercises?|moves?)",
    ),
    # one column for the whole dose ("Sets x Reps": "3 x 10"), read as the dose it says
    ("dose", r"sets?\s*(?:x|×|/|&|and|of)\s*reps?|reps?\s*(?:x|×|/)\s*sets?|dose|dosage|prescription|volume"),
    ("sets", r"sets?|rounds?"),
    ("reps", rf"reps?|repetitions?|repeats?|times|count|how many|number|reps?{PER_SIDE}"),
    ("hold", rf"hold(?: time)?|holds?|hold for|seconds? hold|hold \(s(?:ec\w*)?\)|holds?{PER_SIDE}"),
    (
        "duration",
        rf"time|duration|length|how long|work|minutes?|mins?|seconds?|secs?|(?:time|duration){PER_SIDE}",
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
        r"(?:movement\s+)?patterns?|categor(?:y|ies)|muscle\s+groups?|type|"  # "Movement Pattern | Starting Exercise"
        r"frequency|how often|load|weight|resistance|intensity|goal|purpose|photo|image|picture|illustration|#|no\.?|step|order|progression|"
        r"stations?|record|results?|score|done|tick|date|"  # a circuit's station number, a log's columns
        r"(?:desired\s+)?outcomes?|aims?|training\s+(?:methods?|goals?|types?|aims?)",  # a plan's goals, no exercise
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
    grid: bool = False  # names only, one exercise a cell (``_name_grid``)

    def understood(self) -> bool:
        """An exercise table: a name column and at least one column that says how to do it, or a
        column whose cells each open with the exercise's name ("Bicep Curl Stand with …")."""
        return (
            "led" in self.roles
            or self.grid
            or ("name" in self.roles and any(r not in ("name", "ignored", None) for r in self.roles))
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
            # a spanning label for a header ("| Exercises to do while LYING | |"): roles from the rows under it
            body = rows[1:] if sum(bool(h.strip()) for h in header) == 1 and len(header) > 1 else rows
            if not any(table.roles) and (found := _roles_from_cells(body)):
                table = Table([""] * len(found), [r for r in body if any(r)], start, i, found)
            elif not any(table.roles) and _name_grid(rows):  # each cell one exercise, row by row
                table = Table(
                    [""], [[c] for r in rows for c in r if c.strip()], start, i, ["name"], grid=True
                )
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
    if not all(text) or all(_PICTURE.match(c) for c in text):
        return None  # "[picture]" in every cell: where the pictures were, no names
    if all(_CELL_DOSE.match(c) for c in text):
        return "dose"
    if all(len(c.split()) <= 6 and not c.endswith(".") and re.search(r"[A-Za-z]{3}", c) for c in text):
        return "name"
    if all(len(c.split()) >= 4 for c in text):
        return "how"
    return None


def _name_grid(rows: list[list[str]]) -> bool:
    """A table of names only, no header ("| Rear lunges | Planks |" / "| Calf raises | Squats |"): a
    magazine's grid of exercise pictures, each cell captioned with its exercise's name."""
    cells = [re.sub(r"[*_`]", "", c).strip() for r in rows for c in r]
    return (
        len(rows) >= 2
        and max(len(r) for r in rows) >= 2
        and all(c and _column_kind([c]) == "name" and not _CELL_DOSE.match(c) for c in cells)
        and 2 * sum(bool(EXERCISE_WORDS.search(c)) for c in cells) >= len(cells)
    )


# A station or order code, not a name: "C V 1", "AR 2", "A1", "B 3"
_CODE = re.compile(r"^(?:[A-Z]{1,3}\s?){1,2}\d{1,2}[a-z]?$")
# A picture's place in a cell ("[picture]", "[image: …]"): beside a column of text, like a code
_PICTURE = re.compile(r"^\[(?:picture|image|photo|illustration|diagram|figure)\b[^\]]*\]$", re.I)


def _roles_from_cells(rows: list[list[str]]) -> list[str | None] | None:
    """A table with no header row ("| **Heel slides** | Lie on your back … | 10 reps |"): the
    columns' roles from their cells, when one holds names and another doses or instructions; or
    a column of codes ("C V 1", "AR 1") beside one of text that opens with each exercise's name
    ("led": "Bicep Curl Stand with …")."""
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    kinds = [_column_kind([r[c] for r in padded]) for c in range(width)]
    codes = [
        all(_CODE.match(r[c].strip()) or _PICTURE.match(r[c].strip()) for r in padded) for c in range(width)
    ]
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


__all__ = ["Table", "find_tables", "column_role", "lead_name", "PER_SIDE"]
