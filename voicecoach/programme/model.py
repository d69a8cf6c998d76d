"""The programme model: validated, immutable, no I/O.

Weeks come in two numberings: a *calendar week* counts 7-day blocks from the start date
(1-based, holidays included); a *training week* counts only the weeks that are not skipped.
Progression rules and overrides speak in training weeks, so a holiday pauses the progression
instead of skipping a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from voicecoach.model import Routine

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
COUNT_FIELDS = ("reps", "sets")  # whole numbers
TIME_FIELDS = ("hold", "duration", "rest")  # seconds
DOSE_FIELDS = COUNT_FIELDS + TIME_FIELDS
# programme key -> Exercise attribute
ATTRIBUTE = {"reps": "reps", "sets": "sets", "hold": "hold_s", "duration": "duration_s", "rest": "rest_s"}


@dataclass(frozen=True)
class Step:
    """``add`` every ``every`` training weeks from week ``first`` on, capped at ``limit``.
    Growth stops at the cap (a decrease at the floor); a dose already past it is kept."""

    add: float
    every: int = 1
    first: int = 2
    limit: float | None = None


@dataclass(frozen=True)
class Rule:
    """Progression of one dose field, for one exercise (``exercise``) or every exercise
    that has the field (``exercise`` None)."""

    field: str
    step: Step
    exercise: str | None = None


@dataclass(frozen=True)
class Override:
    """Absolute doses for some training weeks; they win over the rules."""

    weeks: tuple[int, ...]
    doses: tuple[tuple[str, float], ...]
    exercise: str | None = None


@dataclass(frozen=True)
class SessionPlan:
    """One routine in the programme: on which weekdays, how often a day, how it progresses."""

    name: str  # how the log and the calendar call it (the spec's stem)
    spec: str  # built-in name, routine file (absolute) or article
    routine: Routine  # as written, week 1
    days: tuple[int, ...]  # weekdays, 0 = Monday
    times: int = 1
    rules: tuple[Rule, ...] = ()
    overrides: tuple[Override, ...] = ()
    weeks: tuple[int, ...] | None = None  # the training weeks it is planned in (a phase); None: all


@dataclass(frozen=True)
class Programme:
    name: str  # built-in name or the file's stem
    title: str
    weeks: int  # training weeks
    sessions: tuple[SessionPlan, ...]
    start: date | None = None  # None: given on the command line or taken from the log
    skip_weeks: tuple[int, ...] = ()  # calendar weeks without sessions
    path: str | None = None

    @property
    def calendar_weeks(self) -> int:
        """Calendar weeks from the start to the last training week."""
        return self.weeks + len(self.skip_weeks)
