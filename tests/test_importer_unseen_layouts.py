"""Layouts that articles nobody tuned on showed (our own small examples, each re-worded the way
several publishers write it): list lines with their dose at the end, work/rest notations, exercises
chained in one sentence or one item, and labels that must not become exercises."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A time in seconds abbreviated at a list line's end: "45 s", "45s", as a circuit card prints it
SECONDS_LINES = {
    "spaced": "- Wall sit 45 s\n- Glute bridge 30 s\n- Calf raises 20 reps\n- Plank 40 s\n",
    "joined": "* Wall sit 45s\n* Glute bridge 30s\n* Calf raises x20\n* Plank 40s\n",
    "numbered, dashed": "1. Wall sit - 45 s\n2. Glute bridge - 30 s\n3. Calf raises - 20 reps\n4. Plank - 40 s\n",
}


@pytest.mark.parametrize("layout", list(SECONDS_LINES))
def test_a_list_lines_abbreviated_seconds_are_its_time(layout):
    got = _fields(f"# Lower-body finisher\n\n{SECONDS_LINES[layout]}", "duration", "reps")
    assert got == [
        ("Wall sit", 45, None),
        ("Glute bridge", 30, None),
        ("Calf raises", None, 20),
        ("Plank", 40, None),
    ]
