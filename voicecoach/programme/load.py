"""Load a programme file (YAML) into the immutable Programme model.

The routine loader's machinery (``routine.yamlnodes``, ``routine.fieldcheck``) reads it, so
every problem is reported at once as ``path:line:col: what is wrong — how to fix it``, as
``RoutineError``; no other exception type leaves ``load_programme_text``. The routines a
programme names are loaded too, so a rule naming a missing exercise is caught here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.errors import Problem, RoutineError, VoicecoachError
from voicecoach.programme.model import DAY_NAMES, Programme, SessionPlan
from voicecoach.programme.rules import as_list, progression_rules, week_overrides
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.yamlnodes import (
    Invalid,
    Report,
    compose,
    decode,
    line_col,
    node_problems,
    tab_problems,
)

TOP_KEYS = ("title", "start", "weeks", "skip_weeks", "sessions")
SESSION_KEYS = ("routine", "name", "weeks", "days", "times", "progression", "overrides")
_DAYS_EXAMPLE = "days: [mon, wed, fri]  (or daily, weekdays)"
MAX_WEEKS = 104


def load_programme(path: str | os.PathLike, name: str | None = None) -> Programme:
    """Read and check a programme file; raises RoutineError listing every problem."""
    path = os.fspath(path)
    try:
        data = Path(path).read_bytes()
        text = decode(data)
    except OSError as err:
        raise RoutineError(
            [
                Problem(
                    path,
                    1,
                    1,
                    f"cannot read the file ({err.strerror}) — check the path and that the file is readable",
                )
            ]
        ) from None
    except Invalid as err:
        raise RoutineError([Problem(path, *line_col(err.where), err.message)]) from None
    return load_programme_text(text, path, name)


def load_programme_text(text: str, path: str, name: str | None = None) -> Programme:
    report, programme = Report(path), None
    try:
        programme = _load(text, path, name or Path(path).stem, report)
    except Invalid as err:
        report.add_invalid(err)
    except RecursionError:
        report.add((1, 1), "the programme is nested too deeply — use a few levels only")
    if report.problems or programme is None:
        raise RoutineError(report.problems or [Problem(path, 1, 1, "the programme could not be read")])
    return programme


def _load(text: str, path: str, name: str, report: Report) -> Programme | None:
    for problem in tab_problems(text):
        report.add_invalid(problem)
    root = compose(text)
    if root is None:
        raise Invalid(
            (1, 1),
            'the file is empty — write a programme, e.g. "title: Knee plan", '
            '"weeks: 6" and "sessions: [{routine: knee-strength}]"',
        )
    for problem in node_problems(root):
        report.add(problem.where, problem.message, mute=True)
    if not isinstance(root, MappingNode):
        raise Invalid(
            root,
            f"a programme is a mapping of keys (title, start, weeks, sessions), "
            f'got {fc.describe(root)} — start with e.g. "title: Knee plan"',
        )
    root.value = [
        (k, v) for k, v in root.value if not (isinstance(k, ScalarNode) and str(k.value).startswith("x-"))
    ]
    entries = fc.mapping_entries(root, TOP_KEYS, "at the top level of the programme", report)
    title = _checked(report, entries, "title", fc.text, "title: Knee plan") or name
    weeks = _checked(report, entries, "weeks", fc.whole_in(1, MAX_WEEKS), "weeks: 6")
    start = _checked(report, entries, "start", _date, "start: 2026-01-05")
    skip = _skip_weeks(entries.get("skip_weeks"), weeks or MAX_WEEKS, report)
    for key in ("weeks", "sessions"):
        if key not in entries:
            report.add(
                root,
                f'"{key}" is missing — add e.g. '
                + ('"weeks: 6"' if key == "weeks" else '"sessions: [{routine: knee-strength, days: daily}]"'),
            )
    if "sessions" not in entries:
        return None
    sessions = _sessions(entries["sessions"][1], Path(path).parent, weeks or MAX_WEEKS, report)
    if weeks is None or not sessions:
        return None
    return Programme(
        name=name, title=title, weeks=weeks, sessions=tuple(sessions), start=start, skip_weeks=skip, path=path
    )


def _checked(report: Report, entries: dict, key: str, check, example: str, where: str = ""):
    if key not in entries:
        return None
    try:
        return check(entries[key][1], f'"{key}"' + (f" {where}" if where else ""), example)
    except Invalid as err:
        report.add_invalid(err)
        return None


def _date(node: Node, label: str, example: str) -> date:
    value = node.value if isinstance(node, ScalarNode) else None
    try:
        return date.fromisoformat(str(value).strip())
    except (TypeError, ValueError):
        raise Invalid(
            node, f"{label} must be a date YYYY-MM-DD, got {fc.describe(node)} — write e.g. {example}"
        ) from None


def _skip_weeks(entry, weeks: int, report: Report) -> tuple[int, ...]:
    if entry is None:
        return ()
    found: list[int] = []
    try:
        items = as_list(entry[1], '"skip_weeks"', "skip_weeks: [3]")
    except Invalid as err:
        report.add_invalid(err)
        return ()
    last = weeks + len(items) - 1  # the last calendar week is always a training week
    for item in items:
        try:
            found.append(
                fc.whole_in(1, last)(
                    item,
                    '"skip_weeks" (calendar weeks from the start, the last one a training week)',
                    "skip_weeks: [3]",
                )
            )
        except Invalid as err:
            report.add_invalid(err)
    return tuple(sorted(set(found)))


def _sessions(node: Node, base: Path, weeks: int, report: Report) -> list[SessionPlan]:
    if not isinstance(node, SequenceNode) or not node.value:
        report.add(
            node,
            f'"sessions" must be a list of routines, got {fc.describe(node)} — write e.g. '
            '"sessions: [{routine: knee-strength, days: [mon, wed, fri]}]"',
        )
        return []
    plans, seen = [], set()
    for number, item in enumerate(node.value, start=1):
        plan = _session(item, number, base, weeks, report)
        if plan is None:
            continue
        if plan.name in seen:
            report.add(
                item,
                f'two sessions are called "{plan.name}" — give one of them '
                '"name: …" (the log tells sessions apart by name)',
            )
        seen.add(plan.name)
        plans.append(plan)
    return plans if len(plans) == len(node.value) else []


def _session(node: Node, number: int, base: Path, weeks: int, report: Report) -> SessionPlan | None:
    where = f"in session {number}"
    if not isinstance(node, MappingNode):
        report.add(
            node,
            f"session {number} must be a mapping, got {fc.describe(node)} — write e.g. "
            '"- routine: knee-strength"',
        )
        return None
    entries = fc.mapping_entries(node, SESSION_KEYS, where, report)
    if "routine" not in entries:
        report.add(
            node,
            f'session {number} has no "routine" — add e.g. "routine: knee-strength" '
            "(a built-in name, a routine file or an article)",
        )
        return None
    routine_node = entries["routine"][1]
    try:
        spec = fc.text(routine_node, f'"routine" {where}', "routine: knee-strength")
        spec, routine = _routine(spec, base, routine_node)
    except Invalid as err:
        report.add_invalid(err)
        return None
    name = _checked(report, entries, "name", fc.text, "name: morning knees", where) or Path(spec).stem
    times = _checked(report, entries, "times", fc.whole_in(1, 12), "times: 3", where) or 1
    days = _days(entries.get("days"), where, report)
    phase = _phase(entries.get("weeks"), where, weeks, report)
    rules = progression_rules(entries.get("progression"), routine, where, weeks, report)
    overrides = week_overrides(entries.get("overrides"), routine, where, weeks, report)
    return SessionPlan(
        name=name,
        spec=spec,
        routine=routine,
        days=days,
        times=times,
        rules=rules,
        overrides=overrides,
        weeks=phase,
    )


def _phase(entry, where: str, weeks: int, report: Report) -> tuple[int, ...] | None:
    """``weeks: 3-6`` or ``weeks: [1, 2]``: the training weeks a session belongs to."""
    if entry is None:
        return None
    node, label, example = entry[1], f'"weeks" {where}', "weeks: 3-6  (or [1, 2])"
    try:
        if isinstance(node, ScalarNode) and isinstance(fc.scalar_value(node), str):
            first, _, last = node.value.partition("-")
            if not (first.strip().isdigit() and last.strip().isdigit()):
                raise Invalid(
                    node,
                    f"{label} must be a range like 3-6 or a list of weeks, got "
                    f"{fc.describe(node)} — write e.g. {example}",
                )
            found: Sequence[int] = range(int(first), int(last) + 1)
        else:
            found = [fc.whole_in(1, weeks)(n, label, example) for n in as_list(node, label, example)]
        if not found or min(found) < 1 or max(found) > weeks:
            raise Invalid(node, f"{label} must name training weeks 1 to {weeks} — write e.g. {example}")
        return tuple(sorted(set(found)))
    except Invalid as err:
        report.add_invalid(err)
        return None


def _routine(spec: str, base: Path, node: Node):
    """(spec as stored, Routine): a file relative to the programme's folder, else a built-in
    name or an article, found the way every command finds routines."""
    from voicecoach.routine.find import load_spec

    candidate = base / os.path.expanduser(spec)
    stored = str(candidate.resolve()) if candidate.is_file() else spec
    try:
        loaded = load_spec(stored)
    except RoutineError as err:
        first = err.problems[0]
        raise Invalid(
            node,
            f"the routine {spec!r} has {len(err.problems)} problem"
            f"{'s' * (len(err.problems) != 1)} (first: {first}) — fix it; "
            f"'check {spec}' lists them",
        ) from None
    except VoicecoachError as err:
        raise Invalid(node, f"{err}") from None
    return stored, loaded.routine


def _days(entry, where: str, report: Report) -> tuple[int, ...]:
    if entry is None:
        return tuple(range(7))
    node = entry[1]
    label = f'"days" {where}'
    if isinstance(node, ScalarNode) and node.value in ("daily", "weekdays"):
        return tuple(range(7)) if node.value == "daily" else tuple(range(5))
    try:
        items = (
            as_list(node, label, _DAYS_EXAMPLE)
            if not (isinstance(node, ScalarNode) and isinstance(fc.scalar_value(node), str))
            else [node]
        )
        days = []
        for item in items:
            value = str(item.value).strip().lower()[:3] if isinstance(item, ScalarNode) else ""
            if value not in DAY_NAMES:
                raise Invalid(
                    item, f"{label}: {fc.describe(item)} is not a weekday — write e.g. {_DAYS_EXAMPLE}"
                )
            days.append(DAY_NAMES.index(value))
        return tuple(sorted(set(days)))
    except Invalid as err:
        report.add_invalid(err)
        return tuple(range(7))
