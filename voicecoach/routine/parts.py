"""Building the parts of a routine from YAML nodes: settings, exercises, phases.

Each builder reports every problem it finds to the ``Report`` and returns the
best value it can (defaults for bad fields), so one pass finds all problems.
"""

from __future__ import annotations

import os

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.routine import fieldcheck as fc
from voicecoach.phrases import available_languages
from voicecoach.model import SOUND_NAMES, VERBOSITIES, Exercise, Phase, Settings
from voicecoach.routine.yamlnodes import Invalid, Report

TOP_KEYS = ("title", "settings", "exercises")
SETTINGS_KEYS = ("voice", "rate", "volume", "language", "verbosity", "countdown",
                 "rest_between", "transition", "relax", "pace", "count_reps", "halfway",
                 "ten_left", "sounds", "safety", "lead_in")
EXERCISE_KEYS = ("name", "what", "how", "sides", "sets", "reps", "hold", "duration", "rest",
                 "relax", "countdown", "transition", "pace", "phases", "sound", "equipment", "tips")
PHASE_KEYS = ("say", "seconds")

# YAML key -> (model field, value check, example shown in messages)
_SETTINGS_SPEC = {
    "voice": ("voice", fc.text, "voice: en-us"),
    "safety": ("safety", fc.text, "safety: If anything hurts, stop and ask your physiotherapist."),
    "rate": ("rate", fc.number_in(80, 450, whole=True), "rate: 160"),
    "volume": ("volume", fc.number_in(0, 1), "volume: 0.8"),
    "language": ("language", fc.choice(available_languages()), "language: en"),
    "verbosity": ("verbosity", fc.choice(VERBOSITIES), "verbosity: normal"),
    "countdown": ("countdown", fc.whole_number_from_zero, "countdown: 3"),
    "rest_between": ("rest_between_s", fc.time_from_zero, "rest_between: 15s"),
    "lead_in": ("lead_in_s", fc.time_from_zero, "lead_in: 0.5s"),
    "transition": ("transition_s", fc.time_from_zero, "transition: 5s"),
    "relax": ("relax_s", fc.time_from_zero, "relax: 3s"),
    "pace": ("pace_s", fc.time, "pace: 3s"),
    "count_reps": ("count_reps", fc.boolean, "count_reps: true"),
    "halfway": ("halfway", fc.boolean, "halfway: true"),
    "ten_left": ("ten_left", fc.boolean, "ten_left: true"),
}
_EXERCISE_SPEC = {
    "name": ("name", fc.text, "name: Calf raises"),
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
}
_PHASE_EXAMPLE = "phases: [{say: Inhale, seconds: 4}, {say: Exhale, seconds: 4}]"
_SIDES_EXAMPLE = "sides: [right foot, left foot]"


def _apply(entries: dict, spec: dict, where: str, report: Report) -> dict:
    """Check each entry that ``spec`` knows; model field -> value for the good ones."""
    values = {}
    for key, (_, node) in entries.items():
        if key in spec:
            field, check, example = spec[key]
            try:
                values[field] = check(node, f'"{key}" {where}', example)
            except Invalid as err:
                report.add_invalid(err)
    return values


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag.endswith(":null")


def resolve_path(base: str, file: str) -> str:
    """A sound file path, relative ones taken from the routine file's directory."""
    return os.path.normpath(os.path.join(base, os.path.expanduser(file)))


def settings(node: Node | None, base: str, report: Report) -> Settings:
    if node is None or is_null(node):
        return Settings()
    if not isinstance(node, MappingNode):
        report.add(node, f'"settings" must be a mapping, got {fc.describe(node)} — put keys '
                         'like "rate: 160" indented below "settings:"')
        return Settings()
    entries = fc.mapping_entries(node, SETTINGS_KEYS, "in settings", report)
    values = _apply(entries, _SETTINGS_SPEC, "in settings", report)
    if "sounds" in entries:
        values["sounds"] = _sounds(entries["sounds"][1], base, report)
    return Settings(**values)


def _sounds(node: Node, base: str, report: Report) -> tuple[tuple[str, str], ...]:
    if not isinstance(node, MappingNode):
        report.add(node, f'"sounds" in settings must be a mapping, got {fc.describe(node)} '
                         '— write e.g. "sounds: {start: beep.wav}"')
        return ()
    pairs = []
    for name, (_, value) in fc.mapping_entries(node, SOUND_NAMES, "in settings.sounds",
                                               report).items():
        try:
            file = fc.text(value, f'sound "{name}" in settings.sounds', f"{name}: {name}.wav")
            pairs.append((name, resolve_path(base, file)))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(pairs)


def exercises(node: Node, base: str, report: Report) -> list[Exercise]:
    """The exercises of the ``exercises:`` list (empty if it is unusable)."""
    if is_null(node) or (isinstance(node, SequenceNode) and not node.value):
        report.add(node, '"exercises" is empty — add at least one exercise, e.g. '
                         '"exercises: [{name: Squats, reps: 10}]"')
        return []
    if not isinstance(node, SequenceNode):
        report.add(node, f'"exercises" must be a list, got {fc.describe(node)} — start each '
                         'exercise on its own line with "- name: …"')
        return []
    return [_exercise(item, number, base, report)
            for number, item in enumerate(node.value, start=1)]


def _exercise(node: Node, number: int, base: str, report: Report) -> Exercise:
    if not isinstance(node, MappingNode):
        text = node.value if isinstance(node, ScalarNode) and node.value else "…"
        report.add(node, f"exercise {number} must be a mapping of keys, got "
                         f'{fc.describe(node)} — write it as "- name: {fc.clip(text)}"')
        return Exercise(name="")
    where = f"in exercise {number}"
    entries = fc.mapping_entries(node, EXERCISE_KEYS, where, report)
    values = _apply(entries, _EXERCISE_SPEC, where, report)
    for key, build in (("sides", _sides), ("phases", _phases), ("sound", _sound),
                       ("equipment", _text_list("equipment", "equipment: [rubber band, chair]")),
                       ("tips", _text_list("tips", "tips: [Keep your back straight]"))):
        if key in entries:
            try:
                values[key] = build(entries[key][1], number, base, report)
            except Invalid as err:
                report.add_invalid(err)
    if "name" not in entries:
        report.add(node, f'exercise {number} has no "name" — add one, e.g. "name: Calf raises"')
    values.setdefault("name", "")
    return Exercise(**values)


def _sides(node: Node, number: int, base: str, report: Report) -> tuple[str, ...]:
    label = f'"sides" in exercise {number}'
    if isinstance(node, ScalarNode):
        return (fc.text(node, label, _SIDES_EXAMPLE),)
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else fc.describe(node)
        raise Invalid(node, f"{label} must be a list of side names, got {got} "
                            f"— write e.g. {_SIDES_EXAMPLE}, or remove it")
    sides = []
    for index, item in enumerate(node.value, start=1):
        try:
            sides.append(fc.text(item, f"side {index} of exercise {number}", _SIDES_EXAMPLE))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(sides)


def _text_list(key: str, example: str):
    """A builder for an optional list of texts (``equipment``, ``tips``)."""
    def build(node: Node, number: int, base: str, report: Report) -> tuple[str, ...]:
        label = f'"{key}" in exercise {number}'
        if not isinstance(node, SequenceNode):
            raise Invalid(node, f"{label} must be a list, got {fc.describe(node)} — write e.g. {example}")
        items = []
        for index, item in enumerate(node.value, start=1):
            try:
                items.append(fc.text(item, f"item {index} of {label}", example))
            except Invalid as err:
                report.add_invalid(err)
        return tuple(items)
    return build


def _sound(node: Node, number: int, base: str, report: Report) -> str:
    value = fc.text(node, f'"sound" in exercise {number}', "sound: tick")
    return value if value in SOUND_NAMES else resolve_path(base, value)


def _phases(node: Node, number: int, base: str, report: Report) -> tuple[Phase, ...]:
    label = f'"phases" in exercise {number}'
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else fc.describe(node)
        raise Invalid(node, f"{label} must be a list of phases, got {got} "
                            f"— write e.g. {_PHASE_EXAMPLE}")
    phases = (_phase(item, index, number, report) for index, item in enumerate(node.value, 1))
    return tuple(phase for phase in phases if phase is not None)


def _phase(node: Node, index: int, number: int, report: Report) -> Phase | None:
    name = f"phase {index} of exercise {number}"
    if not isinstance(node, MappingNode):
        report.add(node, f"{name} must be a mapping with say and seconds, got "
                         f"{fc.describe(node)} — write e.g. {{say: Inhale, seconds: 4}}")
        return None
    entries = fc.mapping_entries(node, PHASE_KEYS, f"in {name}", report)
    spec = {"say": ("say", fc.text, "say: Inhale"),
            "seconds": ("seconds", fc.time, "seconds: 4")}
    values = _apply(entries, spec, f"in {name}", report)
    for key in PHASE_KEYS:
        if key not in entries:
            report.add(node, f'{name} has no "{key}" — add it, e.g. {{say: Inhale, seconds: 4}}')
    return Phase(**values) if len(values) == 2 else None
