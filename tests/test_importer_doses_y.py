"""Doses and alternatives read as general forms (issue 23, tuner-y).  Each example is our own
wording, not an article's."""

from __future__ import annotations

import pytest

from voicecoach.importer.build import build_one
from voicecoach.importer.defaults import ImportDefaults
from voicecoach.importer.parts import Parts


def fields(text, name="Exercise"):
    return build_one(name, Parts(name, None, text, text), text, ImportDefaults()).as_dict()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Repetitions: 24-36 each time (several times a day)", {"reps": 24}),
        ("Reps: 12 each side", {"reps": 12}),
        ("Repetitions: 8 on every breath", {"reps": 8}),
        ("Sets: 3 then rest", {"sets": 3}),
    ],
)
def test_a_labelled_dose_with_words_after_its_number(text, want):
    got = fields("Circle the jaw slowly. " + text)
    assert {key: got.get(key) for key in want} == want
