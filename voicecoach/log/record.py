"""Logging one live play: a row when it starts, completed or stopped (and where) when it ends.

The row is written before the first sound, so a play killed outright still shows in the log
as started and never ended (``ended`` NULL, not completed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from voicecoach import SAMPLE_RATE
from voicecoach.log.store import Entry, Log, now_iso


@dataclass(frozen=True)
class PlayContext:
    """What the log calls this play: the routine's name, and the programme it came from."""

    routine: str
    programme: str | None = None
    week: int | None = None
    day: date | None = None  # the programme day it was planned for (default: today)


class PlayRecord:
    """``start`` before playing, ``finish`` after, whatever the outcome."""

    def __init__(self, log: Log, entry_id: int):
        self.log, self.id = log, entry_id

    @classmethod
    def start(cls, log: Log, context: PlayContext, routine, options: dict) -> PlayRecord:
        day = (context.day or date.today()).isoformat()
        entry = Entry(
            day=day,
            routine=context.routine,
            title=routine.title,
            source="play",
            programme=context.programme,
            week=context.week,
            started=now_iso(),
            exercises=len(routine.units()),
            options=_jsonable(options),
        )
        return cls(log, log.add(entry))

    def finish(
        self, completed: bool, session=None, saved: dict | None = None, answers: dict | None = None
    ) -> None:
        """Completed, or stopped where ``saved`` (resume's ``{"exercise", "position_s"}``) says."""
        changes: dict = {"ended": now_iso(), "completed": completed}
        if session is not None:
            changes["planned_s"] = round(session.timeline.duration_s, 1)
            units = session.routine.units()
            if completed:
                changes.update(exercise=len(units), played_s=changes["planned_s"])
            elif saved is not None:
                number = int(saved.get("exercise", 0))
                position = float(saved.get("position_s", 0.0))
                changes.update(
                    exercise=number,
                    played_s=round(position, 1),
                    exercise_name=units[number - 1].title if 1 <= number <= len(units) else None,
                    set_number=_set_at(session, position),
                )
        changes.update(answers or {})
        self.log.update(self.id, **changes)


def _set_at(session, position_s: float) -> int | None:
    """The set playing at ``position_s``; between sets' cues (an announcement, a rest) the
    next set of the same exercise, the one not yet done."""
    from voicecoach.play.navigate import Navigator

    nav = Navigator(session.timeline)
    pos = int(position_s * SAMPLE_RATE)
    where = nav.state(pos)
    if where.set is not None or not where.exercise:
        return where.set
    return next(
        (c.set for c in nav.cues if c.start >= pos and c.exercise == where.exercise and c.set is not None),
        None,
    )


def _jsonable(options: dict) -> dict:
    return {
        k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
        for k, v in (options or {}).items()
    }
