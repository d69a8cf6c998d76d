"""Building the parts of a routine from YAML nodes: settings, exercises, phases.

Each builder reports every problem it finds to the ``Report`` and returns the
best value it can (defaults for bad fields), so one pass finds all problems.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.model import (
    BLOCK_KINDS,
    BLOCK_TYPES,
    POSITIONS,
    SOUND_NAMES,
    VERBOSITIES,
    AnyBlock,
    Exercise,
    Phase,
    Settings,
)
from voicecoach.phrases import available_languages
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.yamlnodes import Invalid, Report

TOP_KEYS = ("title", "settings", "exercises")
SETTINGS_KEYS = (
    "voice",
    "rate",
    "volume",
    "language",
    "verbosity",
    "countdown",
    "rest_between",
    "transition",
    "relax",
    "setup",
    "equipment_transition",
    "equipment_relax",
    "pace",
    "count_reps",
    "halfway",
    "ten_left",
    "sounds",
    "safety",
    "music",
    "lead_in",
)
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
_BLOCK_EXAMPLE = "- circuit: Core circuit\n  rounds: 3\n  exercises: [{name: Plank, hold: 30s}]"
_UNTIMED_KEYS = ("sides", "sets", "reps", "hold", "duration", "phases")

# YAML key -> (model field, value check, example shown in messages)
_SETTINGS_SPEC = {
    "voice": ("voice", fc.text, "voice: en-us"),
    "safety": ("safety", fc.text, "safety: If anything hurts, stop and ask your physiotherapist."),
    "rate": ("rate", fc.whole_in(80, 450), "rate: 160"),
    "volume": ("volume", fc.number_in(0, 1), "volume: 0.8"),
    "language": ("language", fc.choice(available_languages()), "language: en"),
    "verbosity": ("verbosity", fc.choice(VERBOSITIES), "verbosity: normal"),
    "countdown": ("countdown", fc.whole_number_from_zero, "countdown: 3"),
    "rest_between": ("rest_between_s", fc.time_from_zero, "rest_between: 15s"),
    "lead_in": ("lead_in_s", fc.time_from_zero, "lead_in: 0.5s"),
    "transition": ("transition_s", fc.time_from_zero, "transition: 5s"),
    "relax": ("relax_s", fc.time_from_zero, "relax: 3s"),
    "setup": ("setup_s", fc.time_from_zero, "setup: 10s"),
    "equipment_transition": ("equipment_transition_s", fc.time_from_zero, "equipment_transition: 10s"),
    "equipment_relax": ("equipment_relax_s", fc.time_from_zero, "equipment_relax: 5s"),
    "pace": ("pace_s", fc.time, "pace: 3s"),
    "count_reps": ("count_reps", fc.boolean, "count_reps: true"),
    "halfway": ("halfway", fc.boolean, "halfway: true"),
    "ten_left": ("ten_left", fc.boolean, "ten_left: true"),
}
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
    "alternate": ("alternate", fc.boolean, "alternate: false"),
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
        report.add(
            node,
            f'"settings" must be a mapping, got {fc.describe(node)} — put keys '
            'like "rate: 160" indented below "settings:"',
        )
        return Settings()
    entries = fc.mapping_entries(node, SETTINGS_KEYS, "in settings", report)
    values = _apply(entries, _SETTINGS_SPEC, "in settings", report)
    if "sounds" in entries:
        values["sounds"] = _sounds(entries["sounds"][1], base, report)
    if "music" in entries:
        values.update(_music(entries["music"][1], base, report))
    return Settings(**values)


MUSIC_KEYS = ("file", "level")
_MUSIC_EXAMPLE = "music: {file: calm.mp3, level: -18}"


def _music(node: Node, base: str, report: Report) -> dict:
    """``music: FILE|ambient`` or ``music: {file: …, level: dB}``; a relative file is the routine's."""
    from voicecoach.music import AMBIENT

    if isinstance(node, ScalarNode) and not is_null(node):
        entries: dict[str, tuple[Node | None, Node]] = {"file": (None, node)}
    elif isinstance(node, MappingNode):
        entries = dict(fc.mapping_entries(node, MUSIC_KEYS, "in settings.music", report))
    else:
        report.add(
            node,
            f'"music" in settings must be a file name or a mapping, got {fc.describe(node)} '
            f"— write e.g. {_MUSIC_EXAMPLE}, or music: ambient",
        )
        return {}
    values: dict[str, object] = {}
    try:
        if "file" not in entries:
            raise Invalid(node, f'"music" in settings has no "file" — write e.g. {_MUSIC_EXAMPLE}')
        file = fc.text(entries["file"][1], '"file" in settings.music', _MUSIC_EXAMPLE)
        values["music"] = file if file == AMBIENT else resolve_path(base, file)
        if "level" in entries:
            values["music_level"] = fc.number_in(-60, 0)(
                entries["level"][1], '"level" in settings.music', "level: -18"
            )
    except Invalid as err:
        report.add_invalid(err)
    return values


def _sounds(node: Node, base: str, report: Report) -> tuple[tuple[str, str], ...]:
    if not isinstance(node, MappingNode):
        report.add(
            node,
            f'"sounds" in settings must be a mapping, got {fc.describe(node)} '
            '— write e.g. "sounds: {start: beep.wav}"',
        )
        return ()
    pairs = []
    for name, (_, value) in fc.mapping_entries(node, SOUND_NAMES, "in settings.sounds", report).items():
        try:
            file = fc.text(value, f'sound "{name}" in settings.sounds', f"{name}: {name}.wav")
            pairs.append((name, resolve_path(base, file)))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(pairs)


def exercises(node: Node, base: str, report: Report) -> list[Exercise | AnyBlock]:
    """The exercises of the ``exercises:`` list (empty if it is unusable)."""
    if is_null(node) or (isinstance(node, SequenceNode) and not node.value):
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
        out.append(
            _block(item, kind, number, base, report) if kind else _exercise(item, number, base, report)
        )
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
    values = _apply(entries, spec, where, report)
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
        out.append(_exercise(item, f"{index} of {kind} {number}", base, report))
    return tuple(out)


def _exercise(node: Node, number: int | str, base: str, report: Report) -> Exercise:
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
    values = _apply(entries, _EXERCISE_SPEC, where, report)
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
    return value if value in SOUND_NAMES else resolve_path(base, value)


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
    values = _apply(entries, spec, f"in {name}", report)
    for key in PHASE_KEYS:
        if key not in entries:
            report.add(node, f'{name} has no "{key}" — add it, e.g. {{say: Inhale, seconds: 4}}')
    return Phase(**values) if len(values) == 2 else None
