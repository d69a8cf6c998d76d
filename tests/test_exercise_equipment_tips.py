"""The optional exercise keys ``equipment`` and ``tips``: lists of non-empty texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voicecoach.errors import RoutineError
from voicecoach.routine.load import load_routine_text

BASE = "title: T\nexercises:\n  - name: Squat\n    reps: 5\n"


def test_equipment_and_tips_are_read_into_tuples():
    routine = load_routine_text(
        BASE + "    equipment: [chair, band]\n    tips: [Keep your back straight.]\n", "r.yaml"
    )
    ex = routine.exercises[0]
    assert ex.equipment == ("chair", "band") and ex.tips == ("Keep your back straight.",)


def test_default_is_empty():
    ex = load_routine_text(BASE, "r.yaml").exercises[0]
    assert ex.equipment == () and ex.tips == ()


@pytest.mark.parametrize(
    "extra, message",
    [
        ("    equipment: chair\n", '"equipment" in exercise 1 must be a list'),
        ('    tips: [""]\n', 'item 1 of "tips" in exercise 1 is empty'),
        ("    equipment: [3]\n", "must be text"),
    ],
)
def test_bad_values_are_reported(extra, message):
    with pytest.raises(RoutineError) as info:
        load_routine_text(BASE + extra, "r.yaml")
    assert message in str(info.value)


def test_schema_knows_both_keys():
    schema = json.loads(
        (Path(__file__).resolve().parents[1] / "voicecoach" / "routine" / "schema.json").read_text()
    )
    text = json.dumps(schema)
    assert '"equipment"' in text and '"tips"' in text
