"""An article's exercise blocks: from its exercise tables and its text, in the document's order.

A table whose columns are understood gives a block per row; the text around it gives the rest
(the how of a table's exercises written below it joins its row); a table not understood but
holding doses is counted, as it lowers the import's confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import has_dose, is_progression, looks_like_exercise
from .furniture import strip_markup
from .layout import tidy
from .name_kinds import looks_like_label
from .name_split import split_name
from .placed_doses import doses_above_titles, place_lost_dose
from .plan_tables import activity_table
from .structure import Article, Block, article_title, shared_dose, split_article
from .table_doses import own_dose_lines, schedule_dose, table_blocks
from .tables import Table, find_tables
from .text_tables import as_markdown_tables
from .vocabulary import SESSION_PART


def _doubtful_table(table: Table) -> bool:
    """A table not read as exercises that still looks like it holds doses."""
    cells = [c for row in table.rows for c in row[1:]]
    numeric = sum(
        bool(re.fullmatch(r"[\d\s.x×/:-]+(?:s|sec|secs|min|reps?)?", c.strip())) for c in cells if c.strip()
    )
    return (
        any(r in ("sets", "reps", "hold", "duration", "dose") for r in table.roles)
        or numeric * 2 >= len(cells) > 0
    )


def _section_above(lines: list[str], start: int) -> str:
    """The nearest heading above a table ("# Part 1: Running exercises")."""
    for line in reversed(lines[:start]):
        m = re.match(r"^#{1,6}\s+(.+)$", line.strip())
        if m:
            return m.group(1)
    return ""


def _as_prose(table: Table, span: list[str]) -> list[str]:
    """A table's lines for the prose reader when nothing outside the tables reads as exercises:
    blank for the header; each row's cells that hold words ("[image] | Heel slides: lie
    …" -> "Heel slides: lie …"), so exercises written in a layout table are not lost."""
    out = []
    for line in span:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        words = [c for c in cells if len(re.findall(r"[A-Za-z]{2,}", c)) >= 3]
        out.append(" ".join(words) if line.strip().startswith("|") and cells != table.header else "")
    return out


# A text heading beside an exercise table that names the table's exercises as a group
_TABLE_FRAME = re.compile(
    r"\b(?:exercises|stretches|moves|drills|activities|stations|circuits?|workouts?|routines?|sessions?)\W*$",
    re.IGNORECASE,
)


_PICTURE = r"(?:fig(?:ure)?\.?|illustration|picture|photo|image)\s*"
_FIGURE_REF = re.compile(rf"{_PICTURE}(\d+[a-z]?)", re.IGNORECASE)


def _by_figure(name: str, lines: list[str]) -> str:
    """A table row that names its exercise by a picture ("Fig. 1") takes the name its caption
    gives ("Fig. 1 Straight leg raise: lie on your back …"); any other name is kept."""
    ref = _FIGURE_REF.fullmatch(name.strip())
    if ref is None:
        return name
    caption = re.compile(rf"^\W*{_PICTURE}{ref[1]}\b", re.IGNORECASE)
    for line in lines:
        if caption.match(line) and (named := split_name(strip_markup(line).strip())) and named[0] != name:
            return named[0]
    return name


def read_structure(text: str, first_day: str = "") -> tuple[Article, int]:
    """The article's exercise blocks, from its tables when it has an exercise table, else from
    its text; and how many tables it has that look like doses but were not understood.
    ``first_day``: the first day's dose of a plan written day by day (``plan_by_day``)."""
    lines = as_markdown_tables(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    tables = [activity_table(t) or t for t in find_tables(lines)]  # a plan by day: its activities
    own = {id(t): own_dose_lines(t) for t in tables}  # a one-row dose table: its exercise's lines
    cells = list(lines)
    for table in tables:
        span = table.end - table.start
        cells[table.start : table.end] = _as_prose(table, lines[table.start : table.end])
        lines[table.start : table.end] = (own[id(table)] + [""] * span)[:span]
    read = [t for t in tables if t.understood()]
    doubtful = sum(1 for t in tables if not t.understood() and not own[id(t)] and _doubtful_table(t))
    prose = split_article(tidy("\n".join(lines)))
    if not prose.blocks and not read and cells != lines:  # nothing outside the tables: read their words
        prose, lines = split_article(tidy("\n".join(cells))), cells
    plan = " ".join(filter(None, (schedule_dose(t) for t in tables if not t.understood())))
    if plan:  # "Day | Time" — day 1's dose, for exercises with none of their own
        prose = _with_plan(prose, plan, f'a plan by day: took its first row ("{plan}")')
        doubtful = max(0, doubtful - 1)
    elif first_day:  # "Day 1 – Hold for 20 seconds on 20 off x 4", for exercises with none of their own
        prose = _with_plan(prose, first_day, f'a plan by day: took day 1 ("{first_day}")')
    place_lost_dose(prose.blocks, [own[id(t)] for t in tables if own[id(t)]])
    doses_above_titles(prose.blocks, tidy("\n".join(lines)).split("\n"))
    if not read:
        return prose, doubtful
    rows = [
        (t.start, Block(_by_figure(name, lines), body, t.start, _section_above(lines, t.start)))
        for t in read
        for name, body in table_blocks(t)
    ]
    # "| Option to: Easy Pose with Twist | | |" between two poses: an option, not one more exercise
    rows = [(at, b) for at, b in rows if has_dose(b.text()) or not is_progression(b)] or rows
    prose = _grid_frames_out(prose, [t for t in read if t.grid], lines)
    if len(prose.blocks) >= 2:  # exercises in the text as well: both, in the document's order
        named = {_same_name(b.name): b for _, b in rows}
        at = 0
        for b in prose.blocks:
            row = named.get(_same_name(b.name))
            if row is not None and not has_dose(b.text()):
                row.lines += b.lines  # "How to do each move" under the table's names: the row's how
                continue
            if not SESSION_PART.match(b.name) and (looks_like_label(b.name) or _TABLE_FRAME.search(b.name)):
                continue  # "Teaching instructions", "Main activity: Fitness stations": the table's frame
            if not SESSION_PART.match(b.name) and _advice_beside(b):
                continue  # "## The One Rule" / "Do a little more than last week.": the plan's advice
            at = _position(lines, b.name, at)
            rows.append((at, b))
    blocks = [b for _, b in sorted(rows, key=lambda pair: pair[0])]
    columns = "; ".join(" / ".join(h for h in t.header if h) for t in read)
    intro = tidy("\n".join(lines[: read[0].start]))
    note = f"read the exercises from a table (columns {columns})"
    shared = prose.shared if len(prose.blocks) >= 2 or any(t.grid for t in read) else shared_dose(intro)
    shared = " ".join(filter(None, [shared, *(shared_dose(_under(lines, t.end)) for t in read)]))
    return Article(article_title(tidy("\n".join(lines))), blocks, shared, (note,)), doubtful


# A heading that asks or advises about the plan: "How to Progress Each Movement", "Why it works"
_ADVICE_NAME = re.compile(
    r"^(?:how\s+(?:to|do|does|much|many|often|long)|why|when|what|the\s+(?:\w+\s+)?rules?)\b", re.I
)


def _advice_beside(block: Block) -> bool:
    """A text section beside an exercise table that moves nothing, or that asks or advises about
    the plan ("## The One Rule" over "Do a little more than last week."): no exercise of the table's."""
    return _ADVICE_NAME.match(block.name.strip()) is not None or not looks_like_exercise(block, strict=True)


def _under(lines: list[str], end: int) -> str:
    """The text right under a table, up to the next heading ("Rest 90 seconds between sets.")."""
    under = []
    for line in lines[end:]:
        if re.match(r"^\s*#{1,6}\s", line) or line.strip().startswith("|"):
            break
        under.append(line)
    return "\n".join(under)


def _grid_frames_out(prose: Article, grids: list[Table], lines: list[str]) -> Article:
    """The text without the sections that frame a grid of names ("## Strength-training spin" over
    "Begin with 10 to 15 repetitions …" and the grid): their dose is the grid's exercises', said once."""
    frames = {_same_name(_section_above(lines, t.start)) for t in grids} - {""}
    kept = [b for b in prose.blocks if _same_name(b.name) not in frames]
    if len(kept) == len(prose.blocks):
        return prose
    said = " ".join(shared_dose(b.text()) for b in prose.blocks if _same_name(b.name) in frames)
    return replace(prose, blocks=kept, shared=f"{prose.shared} {said}".strip())


def _with_plan(prose: Article, dose: str, note: str) -> Article:
    """The article with a plan's first day as the dose shared by exercises with none of their own."""
    return replace(prose, shared=f"{prose.shared} {dose}".strip(), notes=prose.notes + (note,))


def _same_name(name: str) -> str:
    """A name as compared across a table and the text: case, punctuation and plurals aside."""
    return " ".join(re.sub(r"s\b", "", w) for w in re.findall(r"[a-z0-9]+", name.lower()))


def _position(lines: list[str], name: str, start: int) -> int:
    """The first line from ``start`` of the original text that names a block (tidy drops lines,
    so the block's own index is not the original's)."""
    return next((i for i in range(start, len(lines)) if name and name in lines[i]), start)


__all__ = ["read_structure"]
