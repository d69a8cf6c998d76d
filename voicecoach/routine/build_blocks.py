"""The ``exercises:`` list of a routine -> exercises and blocks (circuit, tabata, emom, amrap).

An item is a block when it has a block kind as a key (its value is the block's name); a
block holds plain exercises, one level deep. Every problem goes to the ``Report`` and the
best value is kept, so one pass finds all problems; an unusable list is ``[]``.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.model import BLOCK_KINDS, BLOCK_TYPES, AnyBlock, Exercise
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.build_exercise import exercise
from voicecoach.routine.yamlnodes import Invalid, Report

BLOCK_KEYS = BLOCK_KINDS + ("rounds", "rest", "rest_between", "work", "minutes", "exercises")
# the keys each kind of block takes (besides its kind, which holds its name)
_BLOCK_KIND_KEYS = {
    "circuit": ("rounds", "rest", "rest_between", "exercises"),
    "tabata": ("rounds", "work", "rest", "exercises"),
    "emom": ("minutes", "exercises"),
    "amrap": ("minutes", "exercises"),
}
_BLOCK_SPEC = {
    "rounds": ("rounds", fc.count, "rounds: 3"),
    "rest": ("rest_s", fc.time_from_zero, "rest: 45s"),
    "rest_between": ("rest_between_s", fc.time_from_zero, "rest_between: 10s"),
    "work": ("work_s", fc.time, "work: 20s"),
    "minutes": ("minutes", fc.count, "minutes: 10"),
}


def exercises(node: Node, base: str, report: Report) -> list[Exercise | AnyBlock]:
    """The exercises of the ``exercises:`` list (empty if it is unusable)."""
    if fc.is_null(node) or (isinstance(node, SequenceNode) and not node.value):
        report.add(
            node,
            '"exercises" is empty — add at least one exercise, e.g. "exercises: [{name: Squats, reps: 10}]"',
        )
        return []
    if not isinstance(node, SequenceNode):
        report.add(
            node,
            f'"exercises" must be a list, got {fc.describe(node)} — start each '
            'exercise on its own line with "- name: …"',
        )
        return []
    out: list[Exercise | AnyBlock] = []
    for number, item in enumerate(node.value, start=1):
        kind = _block_kind(item)
        out.append(_block(item, kind, number, base, report) if kind else exercise(item, number, base, report))
    return out


def _block_kind(node: Node) -> str | None:
    """``circuit``/``tabata``/``emom``/``amrap`` if the item is a block (by its first such key)."""
    if not isinstance(node, MappingNode):
        return None
    for key_node, _ in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value in BLOCK_KINDS:
            return key_node.value
    return None


def _block(node: MappingNode, kind: str, number: int, base: str, report: Report) -> AnyBlock:
    """A circuit or interval block (``kind``): its name, its timing and its exercises (one level)."""
    where = f"in {kind} {number}"
    valid = (kind,) + _BLOCK_KIND_KEYS[kind]
    entries = fc.mapping_entries(node, BLOCK_KEYS, where, report)
    for key, (key_node, _) in entries.items():
        if key not in valid:
            other = [k for k, keys in _BLOCK_KIND_KEYS.items() if key in keys or key == k]
            report.add(
                key_node,
                f'"{key}" does not belong {where} (it is for '
                f"{' or '.join(other)} blocks) — use {', '.join(valid[1:])}",
            )
    spec = {k: v for k, v in _BLOCK_SPEC.items() if k in valid}
    values = fc.apply_spec(entries, spec, where, report)
    name = ""
    try:
        name = fc.name(entries[kind][1], f'"{kind}" (its name) {where}', f"{kind}: Core circuit")
    except Invalid as err:
        report.add_invalid(err)
    todo = _block_exercises(entries.get("exercises"), kind, number, base, report)
    minutes = values.pop("minutes", None)
    if kind == "circuit" and "rounds" not in entries:
        report.add(node, f'{kind} {number} has no "rounds" — add e.g. "rounds: 3"')
    if kind in ("emom", "amrap") and "minutes" not in entries:
        report.add(node, f'{kind} {number} has no "minutes" — add e.g. "minutes: 10"')
    if kind == "amrap" and "exercises" not in entries:
        report.add(
            node,
            f'amrap {number} has no "exercises" — list what to repeat, e.g. '
            '"exercises: [{name: Squats, reps: 10}]"',
        )
    if not todo:  # a Tabata or EMOM of one exercise, named by the block
        todo = (Exercise(name=name),)
    if kind == "emom":
        values["rounds"] = minutes or 1
    elif kind == "amrap":
        values["duration_s"] = 60.0 * (minutes or 1)
    return BLOCK_TYPES[kind](name=name, exercises=todo, **values)


def _block_exercises(
    entry: tuple[Node, Node] | None, kind: str, number: int, base: str, report: Report
) -> tuple[Exercise, ...]:
    if entry is None:
        return ()
    node = entry[1]
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else fc.describe(node)
        report.add(
            node,
            f'"exercises" in {kind} {number} must be a list of exercises, got {got} '
            '— write e.g. "exercises: [{name: Plank, hold: 30s}]"',
        )
        return ()
    out = []
    for index, item in enumerate(node.value, start=1):
        if _block_kind(item):
            report.add(
                item,
                f"exercise {index} of {kind} {number} is itself a block — blocks "
                "hold plain exercises only; put it after this one instead",
            )
            continue
        out.append(exercise(item, f"{index} of {kind} {number}", base, report))
    return tuple(out)
