"""Tests of voicecoach/routine/schema.json: it matches the loader's keys, patterns and examples."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml

from voicecoach.errors import RoutineError
from voicecoach.routine.load import load_routine, load_routine_text, routine_keys
from voicecoach.routine.timeparse import TIME_PATTERN

ROUTINES = sorted((Path(__file__).parent / "routines").glob("*.yaml"))


def schema() -> dict:
    return json.loads(resources.files("voicecoach.routine").joinpath("schema.json").read_text("utf-8"))


def test_schema_property_names_equal_loader_keys():
    s, defs = schema(), schema()["$defs"]
    names = {
        "routine": set(s["properties"]),
        "settings": set(defs["settings"]["properties"]),
        "sounds": set(defs["settings"]["properties"]["sounds"]["properties"]),
        "exercise": set(defs["exercise"]["properties"]),
        "phase": set(defs["phase"]["properties"]),
        "block": set(defs["block"]["properties"]),
    }
    assert names == {kind: set(keys) for kind, keys in routine_keys().items()}


def test_schema_is_closed_and_uses_the_time_pattern():
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["additionalProperties"] is False
    for name in ("settings", "exercise", "phase"):
        assert s["$defs"][name]["additionalProperties"] is False
    assert s["$defs"]["timeString"]["pattern"] == TIME_PATTERN
    assert s["$defs"]["settings"]["properties"]["verbosity"]["enum"] == ["brief", "normal", "detailed"]


@pytest.mark.parametrize("path", ROUTINES, ids=lambda p: p.name)
def test_example_routines_are_valid_for_schema_and_loader(path):
    jsonschema = pytest.importorskip("jsonschema")
    load_routine(path)
    jsonschema.validate(
        yaml.safe_load(path.read_text("utf-8")), schema(), cls=jsonschema.Draft202012Validator
    )


@pytest.mark.parametrize(
    "text",
    [
        "exercises: []",
        "title: x",
        "exercises: [{name: A, hodl: 5}]",
        "exercises: [{reps: 5}]",
        "exercises: [{name: A, reps: 0}]",
        "exercises: [{name: A, reps: 2.5}]",
        "exercises: [{name: A, hold: -1}]",
        "exercises: [{name: A, hold: five}]",
        "exercises: [{name: A, phases: []}]",
        "exercises: [{name: A, phases: [{say: In}]}]",
        "exercises: [{name: A}]\nsettings: {verbosity: chatty}",
        "exercises: [{name: A}]\nsettings: {rate: 20}",
        "exercises: [{name: A}]\nsettings: {sounds: {bop: x.wav}}",
        "exercises: [{name: %s}]" % ("A" * 201),  # names: at most 200 characters
        "title: %s\nexercises: [{name: A}]" % ("T" * 201),
        "exercises: [{name: A, how: %s}]" % ("h" * 4001),  # instructions: at most 4,000
    ],
)
def test_schema_and_loader_reject_the_same_mistakes(text):
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(RoutineError):
        load_routine_text(text, "r.yaml")
    errors = list(jsonschema.Draft202012Validator(schema()).iter_errors(yaml.safe_load(text)))
    assert errors


BUILTINS = sorted((Path(__file__).parents[1] / "voicecoach" / "routine" / "library").glob("*.yaml"))


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.name)
def test_builtin_routines_are_valid_for_the_schema(path):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(
        yaml.safe_load(path.read_text("utf-8")), schema(), cls=jsonschema.Draft202012Validator
    )


@pytest.mark.parametrize(
    "text",
    [
        "exercises: [{circuit: C, exercises: [{name: A}]}]",  # no rounds
        "exercises: [{circuit: C, rounds: 2, work: 20s, exercises: [{name: A}]}]",
        "exercises: [{amrap: A, minutes: 5}]",  # no exercises
        "exercises: [{name: A, until: later}]",
    ],
)
def test_schema_and_loader_reject_the_same_block_mistakes(text):
    jsonschema = pytest.importorskip("jsonschema")
    with pytest.raises(RoutineError):
        load_routine_text(text, "r.yaml")
    assert list(jsonschema.Draft202012Validator(schema()).iter_errors(yaml.safe_load(text)))


def test_schema_accepts_blocks_ready_steps_and_merge_anchors():
    jsonschema = pytest.importorskip("jsonschema")
    text = """
x-base: &base {name: Squats, reps: 10}
exercises:
  - <<: *base
  - {name: Get ready, until: ready, fallback: 30s}
  - {tabata: T}
  - {emom: E, minutes: 3}
  - {circuit: C, rounds: 2, rest: 30s, exercises: [{name: Plank, hold: 20s}]}
"""
    load_routine_text(text, "r.yaml")
    jsonschema.validate(yaml.safe_load(text), schema(), cls=jsonschema.Draft202012Validator)
