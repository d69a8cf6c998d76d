"""The ``settings:`` mapping of a routine -> ``Settings``, with its ``sounds`` and ``music``.

Every problem goes to the ``Report`` and the best value is kept (the default for a bad
field), so one pass finds all problems; relative sound and music files are the routine
file's (``base`` is its folder).
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode

from voicecoach.model import SOUND_NAMES, VERBOSITIES, Settings
from voicecoach.phrases import available_languages
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.yamlnodes import Invalid, Report

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


def settings(node: Node | None, base: str, report: Report) -> Settings:
    if node is None or fc.is_null(node):
        return Settings()
    if not isinstance(node, MappingNode):
        report.add(
            node,
            f'"settings" must be a mapping, got {fc.describe(node)} — put keys '
            'like "rate: 160" indented below "settings:"',
        )
        return Settings()
    entries = fc.mapping_entries(node, SETTINGS_KEYS, "in settings", report)
    values = fc.apply_spec(entries, _SETTINGS_SPEC, "in settings", report)
    if "sounds" in entries:
        values["sounds"] = _sounds(entries["sounds"][1], base, report)
    if "music" in entries:
        values.update(_music(entries["music"][1], base, report))
    return Settings(**values)


MUSIC_KEYS = ("file", "level")
_MUSIC_EXAMPLE = "music: {file: calm.mp3, level: -18}"


def _music(node: Node, base: str, report: Report) -> dict:
    """``music: FILE|ambient`` or ``music: {file: …, level: dB}``; a relative file is the routine's."""
    from voicecoach.music.source import AMBIENT

    if isinstance(node, ScalarNode) and not fc.is_null(node):
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
        values["music"] = file if file == AMBIENT else fc.resolve_path(base, file)
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
            pairs.append((name, fc.resolve_path(base, file)))
        except Invalid as err:
            report.add_invalid(err)
    return tuple(pairs)
