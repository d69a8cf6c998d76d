"""Progression arithmetic: a routine's doses in a given training week. Pure.

A dose in week ``w`` is the routine's own value (week 1), plus ``add`` for every step
reached: steps fall on weeks ``first``, ``first + every``, ``first + 2 * every``… Growth stops
at ``limit``; a per-week override replaces the value outright (and wins over every rule).
"""

from __future__ import annotations

import math
from dataclasses import replace

from voicecoach.model import AnyBlock, Block, Exercise, Routine
from voicecoach.programme.model import ATTRIBUTE, COUNT_FIELDS, Override, Rule, SessionPlan, Step


def steps_reached(step: Step, week: int) -> int:
    """How many times ``step`` has applied by training week ``week`` (1-based)."""
    if week < step.first:
        return 0
    return (week - step.first) // step.every + 1


def stepped(base: float, step: Step, week: int) -> float:
    """``base`` after the steps reached by ``week``, capped (floored for a decrease) at
    ``limit``; a base already past the limit stays as it is."""
    value = base + step.add * steps_reached(step, week)
    if step.limit is not None:
        if step.add >= 0 and value > step.limit:
            value = max(base, step.limit)
        elif step.add < 0 and value < step.limit:
            value = min(base, step.limit)
    return value


def base_value(ex: Exercise, field: str) -> float | None:
    """The exercise's own dose for ``field`` (None when the field does not apply to it)."""
    if field == "sets":
        return ex.sets
    if field == "reps":
        return None if ex.kind in ("ready", "phases") and ex.reps is None else ex.rep_count
    if field == "rest":
        return ex.rest_s if ex.rest_s is not None else (30.0 if ex.sets > 1 else None)
    return getattr(ex, ATTRIBUTE[field])


def applies(ex: Exercise, field: str) -> bool:
    return base_value(ex, field) is not None


def _matches(target: str | None, ex: Exercise) -> bool:
    return target is None or target.casefold() == ex.name.casefold()


def dose(ex: Exercise, rules: tuple[Rule, ...], overrides: tuple[Override, ...], week: int) -> Exercise:
    """``ex`` with its doses for training week ``week``."""
    changes: dict[str, float] = {}
    for rule in rules:
        own = base_value(ex, rule.field)
        if _matches(rule.exercise, ex) and own is not None:
            changes[rule.field] = stepped(changes.get(rule.field, own), rule.step, week)
    for override in overrides:
        if week in override.weeks and _matches(override.exercise, ex):
            for field, value in override.doses:
                if applies(ex, field) or override.exercise is not None:
                    changes[field] = value
    out: dict[str, int | float] = {}
    for field, value in changes.items():
        if field in COUNT_FIELDS:
            out[ATTRIBUTE[field]] = max(1, int(round(value)))
        elif math.isfinite(value) and round(float(value), 3) > 0:
            out[ATTRIBUTE[field]] = round(float(value), 3)
    return replace(ex, **out) if out else ex  # type: ignore[arg-type]  # keys are ATTRIBUTE's: dose fields, each int or float


def progressed(plan: SessionPlan, week: int) -> Routine:
    """The session's routine as it is done in training week ``week``: every dose progressed,
    the title naming the week (so the intro, the log and the feed say it)."""
    routine = plan.routine
    entries: list[Exercise | AnyBlock] = []
    for entry in routine.exercises:
        if isinstance(entry, Block):
            entries.append(
                replace(
                    entry,
                    exercises=tuple(dose(ex, plan.rules, plan.overrides, week) for ex in entry.exercises),
                )
            )
        else:
            entries.append(dose(entry, plan.rules, plan.overrides, week))
    return replace(routine, exercises=tuple(entries), title=week_title(routine.title, week))


def week_title(title: str, week: int) -> str:
    return f"{title}, week {week}"


def doses_of(routine: Routine) -> list[dict]:
    """Each exercise's dose, for the calendar and the report: sets, reps, hold, duration, rest."""
    rows = []
    for ex in routine.all_exercises():
        rows.append(
            {
                "exercise": ex.name,
                "sets": ex.sets,
                "reps": ex.reps if ex.reps is not None else (ex.rep_count if ex.kind == "counted" else None),
                "hold": ex.hold_s,
                "duration": ex.duration_s,
                "rest": ex.rest_s,
            }
        )
    return rows


def describe_dose(row: dict) -> str:
    """``3 x 12, hold 10 s`` for a dose row."""
    parts = []
    count = (
        f"{row['sets']} x {row['reps']}"
        if row["sets"] > 1 and row["reps"]
        else (f"{row['reps']}" if row["reps"] else (f"{row['sets']} sets" if row["sets"] > 1 else ""))
    )
    if count:
        parts.append(count)
    if row["hold"]:
        parts.append(f"hold {length_text(row['hold'])}")
    if row["duration"]:
        parts.append(length_text(row["duration"]))
    if row["rest"] is not None and row["sets"] > 1:
        parts.append(f"rest {length_text(row['rest'])}")
    return ", ".join(parts) or "once"


def length_text(value: float) -> str:
    """A length as a dose is written: "2 min" for whole minutes, else "45 s"."""
    if value >= 60 and value % 60 == 0:
        return f"{int(value // 60)} min"
    return f"{value:g} s"
