"""A plan table: a row per day (or week, or session), a column or two of the day's activities.

A school's or a club's home plan is often set as a timetable ("| YEAR 3 | Morning challenge |
Simplify (-) / Progress (+) | Afternoon challenge | … |" over "| MONDAY | How many times can you
… in one minute? | - = Move closer … | Perform a plank for 30 seconds. | … |"): its first column
holds the schedule, not names, and each activity cell is one exercise, read row by row, columns
in order. A column of easier and harder versions ("Simplify / Progress", "Easier", "Make it
harder") gives variants, not today's dose.
"""

from __future__ import annotations

import re

from .naming import is_schedule_label
from .tables import Table, lead_name

_I = re.IGNORECASE
# "Morning challenge", "Activity", "Exercises", "Afternoon task", "Workout 2"
_ACTIVITY = re.compile(
    r"^(?:[a-z]+\s+){0,2}(?:challenges?|activit(?:y|ies)|exercises?|tasks?|workouts?|games?|sessions?)"
    r"(?:\s*\d+)?\W*$",
    _I,
)
# "Simplify (-) / Progress (+)", "Easier", "Harder", "Make it harder", "Adapt", "Modifications"
_VARIANTS = re.compile(
    r"\b(?:simplif\w*|progress\w*|regress\w*|easier|harder|adapt\w*|modif\w*|variations?|stretch it)\b", _I
)


def activity_table(table: Table) -> Table | None:
    """The plan table as an exercise table (a name and a how column, a row per activity cell),
    or None when it is no plan: a first column of days, weeks or sessions and at least one column
    titled as an activity, every other column one of variants."""
    header, body = table.header, table.rows
    if not any(header) and body:  # its roles were guessed from the cells: the first row is the header
        header, body = body[0], body[1:]
    header = [re.sub(r"[*_`]", "", h).strip() for h in header]
    if len(header) < 2 or not body:
        return None
    if not all(row and is_schedule_label(row[0]) for row in body):
        return None
    activity = [c for c, h in enumerate(header) if c > 0 and _ACTIVITY.match(h) and not _VARIANTS.search(h)]
    others = [c for c in range(1, len(header)) if c not in activity]
    if not activity or not all(_VARIANTS.search(header[c]) for c in others):
        return None
    rows: list[list[str]] = []
    for row in body:
        for c in activity:
            cell = row[c].strip() if c < len(row) else ""
            if cell:
                name, _ = lead_name(cell)
                rows.append([name or f"Exercise {len(rows) + 1}", cell])
    return Table(["Name", "How"], rows, table.start, table.end, ["name", "how"])


__all__ = ["activity_table"]
