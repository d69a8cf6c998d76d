"""The ``progression`` and ``overrides`` lists of a programme session, checked against the
session's routine (every exercise named must exist and have the dose), with line:col problems
in the loader's ``Report``."""

from __future__ import annotations

import difflib

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.programme.model import DOSE_FIELDS, TIME_FIELDS, Override, Rule, Step
from voicecoach.programme.progression import applies
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.yamlnodes import Invalid, Report

RULE_KEYS = ("exercise",) + DOSE_FIELDS
STEP_KEYS = ("add", "every", "from", "max", "min")
OVERRIDE_KEYS = ("week", "exercise") + DOSE_FIELDS
_RULE_EXAMPLE = "- reps: {add: 2, max: 20}"


def as_list(node: Node, label: str, example: str) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if (
        isinstance(node, ScalarNode)
        and not node.tag.endswith(":null")
        and not isinstance(fc.scalar_value(node), str)
    ):
        return [node]
    raise Invalid(node, f"{label} must be a list, got {fc.describe(node)} — write e.g. {example}")


def _exercise_name(node: Node, routine, label: str) -> str:
    name = fc.text(node, label, "exercise: Wall squat")
    names = [ex.name for ex in routine.all_exercises()]
    if name.casefold() not in {n.casefold() for n in names}:
        close = difflib.get_close_matches(name, names, n=1)
        hint = f'did you mean "{close[0]}"?' if close else "its exercises: " + ", ".join(names)
        raise Invalid(node, f'{label}: "{fc.clip(name)}" is not an exercise of "{routine.title}" — {hint}')
    return name


def _targets(routine, exercise: str | None):
    return [
        ex for ex in routine.all_exercises() if exercise is None or ex.name.casefold() == exercise.casefold()
    ]


def progression_rules(entry, routine, where: str, weeks: int, report: Report) -> tuple[Rule, ...]:
    if entry is None:
        return ()
    rules: list[Rule] = []
    try:
        items = as_list(entry[1], f'"progression" {where}', _RULE_EXAMPLE)
    except Invalid as err:
        report.add_invalid(err)
        return ()
    for number, item in enumerate(items, start=1):
        label = f"progression rule {number} {where}"
        if not isinstance(item, MappingNode):
            report.add(
                item, f"{label} must be a mapping, got {fc.describe(item)} — write e.g. {_RULE_EXAMPLE}"
            )
            continue
        fields = fc.mapping_entries(item, RULE_KEYS, label, report)
        try:
            exercise = (
                _exercise_name(fields["exercise"][1], routine, f'"exercise" in {label}')
                if "exercise" in fields
                else None
            )
        except Invalid as err:
            report.add_invalid(err)
            continue
        doses = [k for k in fields if k != "exercise"]
        if not doses:
            report.add(
                item,
                f"{label} names no dose to progress — add one of "
                f"{', '.join(DOSE_FIELDS)}, e.g. {_RULE_EXAMPLE}",
            )
        for field in doses:
            key_node, value_node = fields[field]
            try:
                _applicable(routine, exercise, field, key_node, label)
                rules.append(Rule(field, _step(value_node, field, f'"{field}" in {label}', weeks), exercise))
            except Invalid as err:
                report.add_invalid(err)
    return tuple(rules)


def _applicable(routine, exercise: str | None, field: str, node: Node, label: str) -> None:
    targets = _targets(routine, exercise)
    if not any(applies(ex, field) for ex in targets):
        who = f'"{exercise}"' if exercise else f'no exercise of "{routine.title}"'
        has = "has" if exercise else "has"
        fix = (
            "set it in the routine first, or progress another dose"
            if field != "rest"
            else "rest applies between sets: give the exercise sets first"
        )
        raise Invalid(node, f'{label}: {who} {has} no "{field}" to progress — {fix}')


def _amount(node: Node, field: str, label: str, example: str, signed: bool = False) -> float:
    if field in TIME_FIELDS:
        raw = node.value.strip() if isinstance(node, ScalarNode) else ""
        sign = -1.0 if signed and raw.startswith("-") else 1.0
        if sign < 0:
            node = ScalarNode(node.tag, raw[1:].strip(), node.start_mark, node.end_mark)
        return sign * fc.time(node, label, example)
    value = fc.whole_in(-1000, 1000)(node, label, example)
    if not signed and value < 1:
        raise Invalid(node, f"{label} must be at least 1, got {value} — write e.g. {example}")
    return float(value)


def _step(node: Node, field: str, label: str, weeks: int) -> Step:
    example = "{add: 5s, every: 2, max: 60s}" if field in TIME_FIELDS else "{add: 2, max: 20}"
    if not isinstance(node, MappingNode):
        raise Invalid(
            node, f"{label} must be a mapping, got {fc.describe(node)} — write e.g. {field}: {example}"
        )
    report = Report("")
    keys = fc.mapping_entries(node, STEP_KEYS, f"in {label}", report)
    if report.problems:
        problem = report.problems[0]
        raise Invalid((problem.line, problem.col), problem.message)
    if "add" not in keys:
        raise Invalid(node, f'{label} has no "add" — write e.g. {field}: {example}')
    add = _amount(keys["add"][1], field, f'"add" in {label}', example, signed=True)
    if add == 0:
        raise Invalid(keys["add"][1], f'"add" in {label} is 0 — give the change per step, e.g. {example}')
    every = (
        fc.whole_in(1, weeks)(keys["every"][1], f'"every" in {label}', "every: 2") if "every" in keys else 1
    )
    first = (
        fc.whole_in(2, max(2, weeks))(
            keys["from"][1], f'"from" in {label} (the training week of the first step)', "from: 3"
        )
        if "from" in keys
        else 1 + every
    )
    limit_key = "max" if add > 0 else "min"
    wrong = "min" if add > 0 else "max"
    if wrong in keys:
        raise Invalid(
            keys[wrong][0],
            f'"{wrong}" in {label} does not fit a {"rise" if add > 0 else "fall"} — use "{limit_key}"',
        )
    limit = (
        _amount(keys[limit_key][1], field, f'"{limit_key}" in {label}', example)
        if limit_key in keys
        else None
    )
    return Step(add=add, every=every, first=first, limit=limit)


def week_overrides(entry, routine, where: str, weeks: int, report: Report) -> tuple[Override, ...]:
    if entry is None:
        return ()
    out: list[Override] = []
    example = "- {week: 4, exercise: Wall squat, hold: 20s}"
    try:
        items = as_list(entry[1], f'"overrides" {where}', example)
    except Invalid as err:
        report.add_invalid(err)
        return ()
    for number, item in enumerate(items, start=1):
        label = f"override {number} {where}"
        if not isinstance(item, MappingNode):
            report.add(item, f"{label} must be a mapping, got {fc.describe(item)} — write e.g. {example}")
            continue
        fields = fc.mapping_entries(item, OVERRIDE_KEYS, label, report)
        try:
            if "week" not in fields:
                raise Invalid(item, f'{label} has no "week" — write e.g. {example}')
            week_check = fc.whole_in(1, weeks)
            found = tuple(
                week_check(n, f'"week" in {label} (a training week, 1 to {weeks})', "week: 4")
                for n in as_list(fields["week"][1], f'"week" in {label}', "week: [4, 5]")
            )
            exercise = (
                _exercise_name(fields["exercise"][1], routine, f'"exercise" in {label}')
                if "exercise" in fields
                else None
            )
            doses = []
            for field in (k for k in fields if k in DOSE_FIELDS):
                key_node, value_node = fields[field]
                _applicable(routine, exercise, field, key_node, label)
                doses.append((field, _amount(value_node, field, f'"{field}" in {label}', f"{field}: 20")))
            if not doses:
                raise Invalid(item, f"{label} sets no dose — add one of {', '.join(DOSE_FIELDS)}")
            out.append(Override(found, tuple(doses), exercise))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(out)
