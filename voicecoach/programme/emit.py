"""A Routine back to routine YAML, so a progressed session is an ordinary routine file that
``check``, ``preview``, ``play``, ``export`` and ``feed`` take as it is.

Invariant: ``load_routine_text(routine_yaml(r), p) == r`` for every routine ``r`` whose sound
and music paths are absolute (the loader makes them so).
"""

from __future__ import annotations

from dataclasses import fields

import yaml

from voicecoach.model import Amrap, AnyBlock, Block, Circuit, Emom, Exercise, Routine, Settings, Tabata

_DEFAULTS = Settings()
# model field -> YAML key, for the fields whose names differ
_SETTING_KEYS = {f.name: f.name[:-2] if f.name.endswith("_s") else f.name for f in fields(Settings)}
_EXERCISE_KEYS = {f.name: f.name[:-2] if f.name.endswith("_s") else f.name for f in fields(Exercise)}


def _settings(settings: Settings) -> dict:
    out: dict = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if value == getattr(_DEFAULTS, f.name) or f.name in ("music", "music_level", "sounds"):
            continue
        out[_SETTING_KEYS[f.name]] = value
    if settings.sounds:
        out["sounds"] = dict(settings.sounds)
    if settings.music is not None:
        out["music"] = {"file": settings.music, "level": settings.music_level}
    return out


def _exercise(ex: Exercise) -> dict:
    out: dict = {}
    for f in fields(Exercise):
        value = getattr(ex, f.name)
        if value is None or value == () or (f.name == "sets" and value == 1):
            continue
        if f.name == "phases":
            value = [{"say": p.say, "seconds": p.seconds} for p in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[_EXERCISE_KEYS[f.name]] = value
    return out


def _block(block: AnyBlock) -> dict:
    """A circuit, Tabata, EMOM or AMRAP block as its YAML mapping (only what its kind takes)."""
    out: dict = {block.kind: block.name}
    if isinstance(block, (Circuit, Tabata)):
        out["rounds"] = block.rounds
    if isinstance(block, Emom):
        out["minutes"] = block.rounds
    if isinstance(block, Amrap):
        out["minutes"] = int(round(block.duration_s / 60))
    if isinstance(block, Tabata):
        out["work"] = block.work_s
    if isinstance(block, (Circuit, Tabata)) and block.rest_s is not None:
        out["rest"] = block.rest_s
    if isinstance(block, Circuit) and block.rest_between_s is not None:
        out["rest_between"] = block.rest_between_s
    out["exercises"] = [_exercise(ex) for ex in block.exercises]
    return out


def routine_data(routine: Routine) -> dict:
    data: dict = {"title": routine.title}
    settings = _settings(routine.settings)
    if settings:
        data["settings"] = settings
    data["exercises"] = [_block(e) if isinstance(e, Block) else _exercise(e) for e in routine.exercises]
    return data


def routine_yaml(routine: Routine, comment: str = "") -> str:
    """The routine as YAML text, with ``comment`` lines on top."""
    head = "".join(f"# {line}\n" for line in comment.splitlines())
    return head + yaml.safe_dump(routine_data(routine), sort_keys=False, allow_unicode=True, width=100)
