"""One exercise of a routine, a mapping of YAML nodes -> ``Exercise``: its timed fields, its
sides, phases, sound, equipment and tips, and the keys that cannot go together.

Every problem goes to the ``Report`` and the best value is kept (an exercise without a
name gets ``""``), so one pass finds all problems; ``number`` says where it is in messages
(``3``, or ``2 of circuit 1``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.model import POSITIONS, SOUND_NAMES, Exercise, Phase
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.yamlnodes import Invalid, Report

EXERCISE_KEYS = (
    "name",
    "what",
    "how",
    "sides",
    "sets",
    "reps",
    "hold",
    "duration",
    "rest",
    "relax",
    "countdown",
    "transition",
    "pace",
    "phases",
    "sound",
    "equipment",
    "tips",
    "until",
    "fallback",
    "say_start",
    "say_end",
    "position",
    "setup",
    "alternate",
)
PHASE_KEYS = ("say", "seconds")
_UNTIMED_KEYS = ("sides", "sets", "reps", "hold", "duration", "phases")

# YAML key -> (model field, value check, example shown in messages)
_EXERCISE_SPEC = {
    "name": ("name", fc.name, "name: Calf raises"),
    "what": ("what", fc.text, "what: Strengthens the arch of the foot"),
    "how": ("how", fc.text, "how: Rise onto your toes, then lower slowly"),
    "sets": ("sets", fc.count, "sets: 3"),
    "reps": ("reps", fc.count, "reps: 10"),
    "hold": ("hold_s", fc.time, "hold: 5s"),
    "duration": ("duration_s", fc.time, "duration: 30s"),
    "rest": ("rest_s", fc.time_from_zero, "rest: 30s"),
    "relax": ("relax_s", fc.time_from_zero, "relax: 3s"),
    "countdown": ("countdown", fc.whole_number_from_zero, "countdown: 3"),
    "transition": ("transition_s", fc.time_from_zero, "transition: 5s"),
    "pace": ("pace_s", fc.time, "pace: 3s"),
    "until": ("until", fc.choice(("ready",)), "until: ready"),
    "fallback": ("fallback_s", fc.time, "fallback: 60s"),
    "say_start": ("say_start", fc.text, "say_start: Rise up."),
    "say_end": ("say_end", fc.text, "say_end: Lower slowly."),
    "position": ("position", fc.choice(POSITIONS), "position: lying"),
    "setup": ("setup_s", fc.time_from_zero, "setup: 15s"),
    "alternate": ("alternate", fc.boolean_or(("reps",)), "alternate: reps"),
}
_PHASE_EXAMPLE = "phases: [{say: Inhale, seconds: 4}, {say: Exhale, seconds: 4}]"
_SIDES_EXAMPLE = "sides: [right foot, left foot]"


def exercise(node: Node, number: int | str, base: str, report: Report) -> Exercise:
    if not isinstance(node, MappingNode):
        text = node.value if isinstance(node, ScalarNode) and node.value else "…"
        report.add(
            node,
            f"exercise {number} must be a mapping of keys, got "
            f'{fc.describe(node)} — write it as "- name: {fc.clip(text)}"',
        )
        return Exercise(name="")
    where = f"in exercise {number}"
    entries = fc.mapping_entries(node, EXERCISE_KEYS, where, report)
    values = fc.apply_spec(entries, _EXERCISE_SPEC, where, report)
    for key, build in (
        ("sides", _sides),
        ("phases", _phases),
        ("sound", _sound),
        ("equipment", _text_list("equipment", "equipment: [rubber band, chair]")),
        ("tips", _text_list("tips", "tips: [Keep your back straight]")),
    ):
        if key in entries:
            try:
                values[key] = build(entries[key][1], number, base, report)
            except Invalid as err:
                report.add_invalid(err)
    if "name" not in entries:
        report.add(node, f'exercise {number} has no "name" — add one, e.g. "name: Calf raises"')
    if "until" in entries:
        for key in _UNTIMED_KEYS:
            if key in entries:
                report.add(
                    entries[key][0],
                    f'"{key}" {where} cannot go with "until: ready" (an '
                    "untimed step that waits for you) — remove one of them",
                )
    elif "fallback" in entries:
        report.add(
            entries["fallback"][0],
            f'"fallback" {where} is only used with "until: ready" — add "until: ready" or remove it',
        )
    values.setdefault("name", "")
    return Exercise(**values)


def _sides(node: Node, number: int | str, base: str, report: Report) -> tuple[str, ...]:
    label = f'"sides" in exercise {number}'
    if isinstance(node, ScalarNode):
        side = fc.text(node, label, _SIDES_EXAMPLE)
        parts = [p.strip() for p in re.split(r"[,;/]", side) if p.strip()]
        if len(parts) > 1:  # "right, left" would be spoken "Start with the right, left."
            raise Invalid(
                node,
                f"{label} is one text, {side!r}, but names {len(parts)} sides "
                f"— write them as a list: sides: [{', '.join(parts)}]",
            )
        return (side,)
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else fc.describe(node)
        raise Invalid(
            node,
            f"{label} must be a list of side names, got {got} — write e.g. {_SIDES_EXAMPLE}, or remove it",
        )
    return _texts(node, lambda index: f"side {index} of exercise {number}", _SIDES_EXAMPLE, report)


def _texts(node: SequenceNode, label: Callable[[int], str], example: str, report: Report) -> tuple[str, ...]:
    """Each item of a list as a text (``label(index)`` names it); a bad item is reported
    and the others are still checked."""
    items = []
    for index, item in enumerate(node.value, start=1):
        try:
            items.append(fc.text(item, label(index), example))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(items)


def _text_list(key: str, example: str) -> Callable[[Node, int | str, str, Report], tuple[str, ...]]:
    """A builder for an optional list of texts (``equipment``, ``tips``)."""

    def build(node: Node, number: int | str, base: str, report: Report) -> tuple[str, ...]:
        label = f'"{key}" in exercise {number}'
        if not isinstance(node, SequenceNode):
            raise Invalid(node, f"{label} must be a list, got {fc.describe(node)} — write e.g. {example}")
        return _texts(node, lambda index: f"item {index} of {label}", example, report)

    return build


def _sound(node: Node, number: int | str, base: str, report: Report) -> str:
    value = fc.text(node, f'"sound" in exercise {number}', "sound: tick")
    return value if value in SOUND_NAMES else fc.resolve_path(base, value)


def _phases(node: Node, number: int | str, base: str, report: Report) -> tuple[Phase, ...]:
    label = f'"phases" in exercise {number}'
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else fc.describe(node)
        raise Invalid(node, f"{label} must be a list of phases, got {got} — write e.g. {_PHASE_EXAMPLE}")
    phases = (_phase(item, index, number, report) for index, item in enumerate(node.value, 1))
    return tuple(phase for phase in phases if phase is not None)


def _phase(node: Node, index: int, number: int | str, report: Report) -> Phase | None:
    name = f"phase {index} of exercise {number}"
    if not isinstance(node, MappingNode):
        report.add(
            node,
            f"{name} must be a mapping with say and seconds, got "
            f"{fc.describe(node)} — write e.g. {{say: Inhale, seconds: 4}}",
        )
        return None
    entries = fc.mapping_entries(node, PHASE_KEYS, f"in {name}", report)
    spec = {"say": ("say", fc.text, "say: Inhale"), "seconds": ("seconds", fc.time, "seconds: 4")}
    values = fc.apply_spec(entries, spec, f"in {name}", report)
    for key in PHASE_KEYS:
        if key not in entries:
            report.add(node, f'{name} has no "{key}" — add it, e.g. {{say: Inhale, seconds: 4}}')
    return Phase(**values) if len(values) == 2 else None
