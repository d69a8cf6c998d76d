"""What the programme commands share: the log's entries, a programme's first day, one day's
sessions as JSON. Apart from cli/programme_cmds so that the commands' own modules (today,
log, remind, report) import it without importing the module that dispatches to them."""

from __future__ import annotations

from datetime import date


def logged_entries():
    from voicecoach.log.store import Log

    with Log() as log:
        return log.entries()


def start_of(programme, given: date | None, entries, fallback: date) -> date:
    """The programme's first day: --start, else the file's ``start``, else the first day the
    log has a session of it, else ``fallback`` (the day asked about)."""
    if given is not None:
        return given
    if programme.start is not None:
        return programme.start
    days = [e.day for e in entries if e.programme == programme.name]
    return date.fromisoformat(min(days)) if days else fallback


def _session_json(session, done_today: int) -> dict:
    from voicecoach.programme.progression import doses_of

    return {
        "name": session.name,
        "times": session.times,
        "done": done_today,
        "routine": session.routine.to_json(),
        "doses": doses_of(session.routine),
    }


def day_json(programme, start: date, day: date, entries=()) -> dict:
    from voicecoach.programme.calendar import planned_day

    planned = planned_day(programme, start, day)
    done: dict[str, int] = {}
    for e in entries:
        if e.day == day.isoformat() and e.completed:
            done[e.routine] = done.get(e.routine, 0) + 1
    sessions = [] if planned is None else [_session_json(s, done.get(s.name, 0)) for s in planned.sessions]
    return {
        "programme": programme.name,
        "title": programme.title,
        "date": day.isoformat(),
        "start": start.isoformat(),
        "in_programme": planned is not None,
        "week": planned.week if planned else None,
        "calendar_week": planned.calendar_week if planned else None,
        "sessions": sessions,
    }
