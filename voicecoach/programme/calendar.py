"""The programme's calendar: which day belongs to which week, what is planned on it. Pure.

Calendar week ``k`` is days ``start + 7(k-1)`` to ``start + 7k - 1``; skipped calendar weeks
have no sessions and do not count as training weeks (see ``programme.model``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from voicecoach.model import Routine
from voicecoach.programme.model import Programme, SessionPlan
from voicecoach.programme.progression import progressed


@dataclass(frozen=True)
class PlannedSession:
    plan: SessionPlan
    routine: Routine  # progressed for the day's training week
    times: int

    @property
    def name(self) -> str:
        return self.plan.name


@dataclass(frozen=True)
class PlannedDay:
    day: date
    calendar_week: int
    week: int | None  # training week; None in a skipped week
    sessions: tuple[PlannedSession, ...]


def calendar_week(programme: Programme, start: date, day: date) -> int | None:
    """1-based calendar week of ``day``; None before the start or after the last week."""
    offset = (day - start).days
    if offset < 0:
        return None
    week = offset // 7 + 1
    return week if week <= programme.calendar_weeks else None


def training_week(programme: Programme, week: int) -> int | None:
    """The training week a calendar week is, or None if it is skipped."""
    if week in programme.skip_weeks:
        return None
    return week - sum(1 for w in programme.skip_weeks if w < week)


def planned_day(programme: Programme, start: date, day: date) -> PlannedDay | None:
    """What is planned on ``day`` (sessions may be empty: a rest day); None outside the programme."""
    week = calendar_week(programme, start, day)
    if week is None:
        return None
    training = training_week(programme, week)
    sessions = (
        ()
        if training is None
        else tuple(
            PlannedSession(plan, progressed(plan, training), plan.times)
            for plan in programme.sessions
            if day.weekday() in plan.days and (plan.weeks is None or training in plan.weeks)
        )
    )
    return PlannedDay(day, week, training, sessions)


def days(programme: Programme, start: date) -> list[PlannedDay]:
    """Every day from the start to the end of the last week, rest days included."""
    total = programme.calendar_weeks * 7
    return [
        day
        for i in range(total)
        if (day := planned_day(programme, start, start + timedelta(days=i))) is not None
    ]


def end_date(programme: Programme, start: date) -> date:
    return start + timedelta(days=programme.calendar_weeks * 7 - 1)
