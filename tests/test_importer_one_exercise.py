"""One-exercise pages ("how to do X": a title, steps, a dose in the last steps) and the names and
doses they give: each example re-worded, not an article's text."""

from __future__ import annotations

from voicecoach.importer import import_article
from voicecoach.importer.structure import split_article


def names(text):
    return [b.name for b in split_article(text).blocks]


def test_a_numbered_step_wrapped_onto_an_indented_line_gives_no_title_line():
    text = (
        "# The Doorway Chest Stretch\n\n"
        "1. Stand in a doorway with your forearms on the frame\n"
        "2. Step one foot through and lean your chest forward, only as\n"
        "   far as it feels comfortable\n"
        "3. Hold for 20 seconds, then step back. Do it 3 times.\n"
    )
    result = import_article(text, "doorway.md")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [
        ("The Doorway Chest Stretch", 3, 20)
    ]
