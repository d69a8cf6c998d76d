"""Which blocks are exercises and what they are called: document labels, names with their dose
on the same line (each example re-worded, not an article's text)."""

from __future__ import annotations

from voicecoach.importer import import_article
from voicecoach.importer.confidence import looks_like_label
from voicecoach.importer.structure import split_article


def names(text):
    return [b.name for b in split_article(text).blocks]


def test_a_document_kind_line_under_the_title_is_no_exercise_name():
    text = (
        "# Wall Press\n\n*Exercise handout*\n\nStand facing a wall, hands flat on it.\n\n"
        "- Bend the elbows to bring the chest near the wall.\n- Push back. Do 8 repetitions.\n"
    )
    assert names(text) == ["Wall Press"]
    assert looks_like_label("Patient information leaflet") and looks_like_label("Home exercise sheet")
    assert not looks_like_label("Heel raises")


def test_a_labelled_dose_after_the_name_on_its_line_is_the_dose_not_the_name():
    text = (
        "Knee programme\n\nDo these twice a day.\n"
        "Exercise 1: Heel Slides Sets: 3 / Repetition: 12\n"
        "Exercise 2: Quad Squeeze Sets: 2 / Reps: 8\n"
    )
    result = import_article(text, "knee.txt")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [
        ("Heel Slides", 3, 12),
        ("Quad Squeeze", 2, 8),
    ]


def test_a_one_exercise_page_named_by_the_quoted_phrase_of_its_title():
    text = (
        "# Game 41: 'Crab Walk' Simple PE Warmer\n\nNo equipment needed.\n\n"
        "Pupils sit, hands behind them, lift their hips and walk on hands and feet for 30 seconds.\n"
    )
    assert names(text) == ["Crab Walk"]


def test_a_media_placeholder_and_a_site_breadcrumb_never_name_a_one_exercise_page():
    text = (
        "example-physio.org  >  Hip Exercises  >  Bridge\n\nBridge Exercise Video\n\n[video]\n\n"
        "Lie on your back with knees bent. Lift your hips off the floor, hold for 5 seconds and lower.\n"
        "Do this 8 times.\n"
    )
    assert names(text) == ["Bridge"]


def test_bracketed_numbers_number_the_exercises_and_the_page_title_is_none_of_them():
    text = (
        "Desk Blog | Home Posts\n\nStretches for the office chair\n\nSitting still all day stiffens you.\n\n"
        "(1) CHIN TUCK\nDraw the chin straight back and hold it for 5 seconds. Do it 10 times.\n\n"
        "(2) SHOULDER ROLLS\nRoll both shoulders backwards 10 times.\n"
    )
    exercises = import_article(text, "desk.txt").exercises
    assert [e["name"] for e in exercises] == ["Chin Tuck", "Shoulder Rolls"]


def test_a_details_heading_is_a_label_so_the_title_names_the_one_exercise():
    text = (
        "# Triangle Breathing\n\nBreathe in for 3 seconds, hold for 3 seconds, breathe out for 3 seconds.\n\n"
        "## Technique Details\n\n**Recommended**\n8 cycles\n"
    )
    assert names(text) == ["Triangle Breathing"]


def test_a_numbered_item_with_no_text_between_two_exercises_is_still_one():
    text = (
        "# Three stretches\n\n1. Calf Stretch: Lean into a wall, back heel down. Hold 20 seconds.\n\n"
        "2. Child's Pose:\n\n3. Hip Flexor Stretch: Kneel on one knee and shift forward. Hold 20 seconds.\n"
    )
    assert names(text) == ["Calf Stretch", "Child's Pose", "Hip Flexor Stretch"]
    lone = "# One\n\n1. Calf Stretch: Lean into a wall. Hold 20 seconds.\n\n2. More ideas:\n"
    assert names(lone) == ["Calf Stretch"]  # not between two exercises: a heading, not an exercise


def test_bold_numbered_items_are_numbered_items_and_aim_to_is_an_instruction():
    text = (
        "# Track drills\n\nDo these after jogging.\n\n**1. Butt kicks**\n\nKick your heels up for 20 metres.\n\n"
        "**2. Bounding**\n\nLike a long stride, but springier. Aim to float between steps.\n"
    )
    assert names(text) == ["Butt kicks", "Bounding"]
