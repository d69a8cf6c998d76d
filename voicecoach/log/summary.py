"""History, streak and adherence from the log, against a programme's calendar. Pure.

Adherence counts, per week, the planned sessions that were done: on each planned day a
routine planned ``times`` times counts as done at most ``times`` times (an extra session
does not make up for a missed day). Only completed sessions count as done; stopped ones are
counted apart. The streak is forgiving: days with nothing planned neither break nor count,
and today does not break it before it is over.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from voicecoach.log.store import Entry
from voicecoach.programme.calendar import days as calendar_days
from voicecoach.programme.model import Programme


def history(entries: list[Entry]) -> list[dict]:
    """One row per session: date, routine, title, minutes, completed, effort, pain, and where
    a stopped one stopped."""
    rows = []
    for e in entries:
        rows.append(
            {
                "id": e.id,
                "date": e.day,
                "routine": e.routine,
                "title": e.title,
                "programme": e.programme,
                "week": e.week,
                "source": e.source,
                "minutes": e.minutes,
                "completed": bool(e.completed),
                "effort": e.effort,
                "pain": e.pain,
                "started": e.started,
                "ended": e.ended,
                "exercise": e.exercise,
                "exercises": e.exercises,
                "exercise_name": e.exercise_name,
                "set": e.set_number,
                "options": e.options,
            }
        )
    return rows


def _done_counts(entries: list[Entry]) -> Counter:
    return Counter((e.day, e.routine) for e in entries if e.completed)


def adherence(programme: Programme, start: date, entries: list[Entry], until: date) -> list[dict]:
    """Per calendar week up to ``until``: planned and done sessions (planned days after
    ``until`` are left out, so a week in progress counts its days so far)."""
    done = _done_counts(entries)
    stopped = Counter((e.day, e.routine) for e in entries if not e.completed)
    weeks: dict[int, dict] = {}
    for day in calendar_days(programme, start):
        if day.day > until:
            break
        row = weeks.setdefault(
            day.calendar_week,
            {
                "week": day.week,
                "calendar_week": day.calendar_week,
                "from": day.day.isoformat(),
                "to": (day.day + timedelta(days=6)).isoformat(),
                "planned": 0,
                "done": 0,
                "stopped": 0,
            },
        )
        key = day.day.isoformat()
        for session in day.sessions:
            row["planned"] += session.times
            row["done"] += min(session.times, done[(key, session.name)])
            row["stopped"] += stopped[(key, session.name)]
    out = []
    for row in weeks.values():
        row["adherence"] = round(row["done"] / row["planned"], 3) if row["planned"] else None
        out.append(row)
    return out


def totals(weeks: list[dict]) -> dict:
    planned = sum(w["planned"] for w in weeks)
    done = sum(w["done"] for w in weeks)
    return {"planned": planned, "done": done, "adherence": round(done / planned, 3) if planned else None}


def streak(
    entries: list[Entry], today: date, programme: Programme | None = None, start: date | None = None
) -> int:
    """Days in a row with a completed session, up to ``today``."""
    done_days = {e.day for e in entries if e.completed}
    planned = None
    if programme is not None and start is not None:
        planned = {d.day.isoformat() for d in calendar_days(programme, start) if d.sessions}
    count, day = 0, today
    earliest = min((date.fromisoformat(d) for d in done_days), default=today)
    while day >= earliest:
        key = day.isoformat()
        if key in done_days:
            count += 1
        elif day == today or (planned is not None and key not in planned):
            pass  # not over yet / nothing was planned
        else:
            break
        day -= timedelta(days=1)
    return count
