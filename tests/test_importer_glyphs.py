"""Typesetting characters, bullet layouts and enumerators read like their plain forms (our own
small articles): the same exercises whether a name is numbered, bulleted with any glyph, led by
"#1", or typeset with soft hyphens, zero-width spaces, ligatures and no-break spaces."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.glyphs import plain_glyphs

KNEE = (
    "Knee exercises after your operation\n\nDo these exercises 3 times a day.\n\n"
    "{m}Quad sets\nLie on your back with your leg straight. Tighten the front of your thigh.\n"
    "Hold for five seconds. Repeat ten times.\n\n"
    "{m}Heel slides\nLie on your back. Slide your heel towards your bottom and back.\n"
    "Repeat 10 times on each leg.\n\n"
    "{m}Straight leg raise\nLift the straight leg off the bed. Hold for 3 seconds.\n"
    "Do 2 sets of 8 repetitions.\n"
)
WANTED = [("Quad sets", 1, 10, 5), ("Heel slides", 1, 10, None), ("Straight leg raise", 2, 8, 3)]


def read(text):
    return [
        (e["name"], e.get("sets") or 1, e.get("reps"), e.get("hold"))
        for e in import_article(text, "a.txt").exercises
    ]


def test_numbered_names_are_the_reference():
    text = (
        KNEE.replace("{m}Quad", "1. Quad").replace("{m}Heel", "2. Heel").replace("{m}Straight", "3. Straight")
    )
    assert read(text) == WANTED


@pytest.mark.parametrize("mark", ["- ", "* ", "• ", "▪ ", "● ", "○ ", "➢ ", "✓ ", "\uf0b7 ", "\uf0b7\t"])
def test_a_bulleted_name_over_its_paragraph_names_an_exercise(mark):
    assert read(KNEE.replace("{m}", mark)) == WANTED


def test_a_list_of_bulleted_items_stays_a_list():
    text = "Stretches\n\nYou will need:\n- a chair\n- a towel\n\nCalf stretch\nLean on a wall. Hold for 20 seconds.\n"
    assert [e["name"] for e in import_article(text, "a.txt").exercises] == ["Calf stretch"]


@pytest.mark.parametrize(
    "typeset",
    [
        lambda t: t.replace("seconds", "sec\u00adonds").replace("Quad", "Qu\u00adad"),  # soft hyphens
        lambda t: t.replace(" sets", " \u200bsets").replace("Repeat", "\u2060Repeat"),  # zero-width marks
        lambda t: t.replace("fi", "\ufb01").replace("fl", "\ufb02"),  # ligatures: "ﬁve"
        lambda t: t.replace("five seconds", "five\u202fseconds").replace("10 times", "10\u00a0times"),
    ],
)
def test_typesetting_characters_read_as_plain_text(typeset):
    text = KNEE.replace("{m}", "")
    assert read(typeset(text)) == read(text) == WANTED


def test_a_bulleted_list_of_unnamed_exercises_reads_like_a_numbered_one():
    items = [
        "Lying down, point your toes up towards your head and hold for 20 seconds. Repeat 3 times.",
        "Curl a towel towards you with your toes only. Repeat 10 times.",
        "Roll a frozen bottle under each foot for 60 seconds.",
    ]
    numbered = "Foot stretches\n\n" + "\n\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)) + "\n"
    bulleted = "Foot stretches\n\n" + "\n\n".join(f"- {item}" for item in items) + "\n"
    got = import_article(bulleted, "a.txt").exercises
    assert got == import_article(numbered, "a.txt").exercises
    assert [e["name"] for e in got] == ["Exercise 1", "Exercise 2", "Exercise 3"]


def test_bulleted_steps_that_follow_on_are_one_exercise():
    text = (
        "# Nerve glide\n\nThis eases a pinched nerve.\n\n- Sit tall on a chair.\n"
        "- Tuck your chin and bend the knee under the chair.\n- Then straighten the knee and look up.\n"
        "- Keep moving between the two positions, 10 times.\n"
    )
    got = import_article(text, "a.md").exercises
    assert [e["name"] for e in got] == ["Nerve glide"] and got[0]["reps"] == 10


def test_plain_glyphs_keeps_visible_text_and_is_idempotent():
    text = "• Qu\u00adad\u200b sets\u00a0–\u00a0ﬁve times\n  ▪ ﬂex"
    once = plain_glyphs(text)
    assert once == "- Quad sets – five times\n  - flex"
    assert plain_glyphs(once) == once


def test_bulleted_steps_mostly_without_doses_are_one_exercise():
    text = (
        "# Pelvic floor squeeze\n\nSit or lie comfortably.\n\n- Let your tummy and buttocks go soft.\n"
        "- Squeeze as if stopping the flow of urine.\n- Lift everything up and in.\n"
        "- Hold the squeeze for 4 seconds, then relax for 4 seconds.\n- Do 8 of these, twice a day.\n"
    )
    got = import_article(text, "a.md").exercises
    assert [e["name"] for e in got] == ["Pelvic floor squeeze"]


def test_numbered_steps_with_the_dose_in_the_last_two_are_one_exercise():
    text = (
        "# The Shoulder Shrug Stretch\n\n1. Sit tall with your arms by your sides\n"
        "2. Tip your head to one side, ear towards the shoulder\n"
        "3. Lift the other shoulder towards the ear, hold for 10 seconds, then lower it.\n"
        "4. Repeat on the other side, 2 sets of 10 seconds on each side.\n"
    )
    got = import_article(text, "a.md").exercises
    assert [e["name"] for e in got] == ["The Shoulder Shrug Stretch"]


def test_numbered_items_each_with_work_are_exercises():
    text = (
        "# Relaxation\n\nTense each group for 10 seconds, then let go for 15 seconds.\n\n"
        "1. Clench your fists. Hold, then relax.\n2. Lift your eyebrows high. Hold, then relax.\n"
        "3. Shrug your shoulders up. Hold, then relax.\n4. Press your knees together. Hold, then relax.\n"
    )
    assert len(import_article(text, "a.md").exercises) == 4


def test_a_list_of_links_to_other_pages_is_not_the_exercises():
    text = (
        "# Calf stretch\n\nLean on a wall with one leg back. Hold for 30 seconds on each leg.\n\n"
        "- [Heel raises for runners](/heel-raises)\n- [Toe curls with a towel](/toe-curls)\n"
        "- [Ankle circles in a chair](/ankle-circles)\n"
    )
    assert [e["name"] for e in import_article(text, "a.md").exercises] == ["Calf stretch"]


@pytest.mark.parametrize("enumerated", ["#1 Pelvic tilt", "No. 1 Pelvic tilt", "N°1 Pelvic tilt"])
def test_a_hash_or_no_enumerator_is_no_part_of_the_name(enumerated):
    text = f"# Back care\n\n## {enumerated}\n\nLie on your back and tilt your pelvis. Repeat 10 times.\n"
    assert [e["name"] for e in import_article(text, "a.md").exercises] == ["Pelvic tilt"]


def test_a_number_that_is_part_of_a_name_stays():
    text = (
        "# Back care\n\n## 90/90 hip switch\n\nSit with both knees bent and switch sides. Repeat 10 times.\n"
    )
    assert [e["name"] for e in import_article(text, "a.md").exercises] == ["90/90 hip switch"]


def test_a_word_hyphenated_at_a_lines_end_is_one_word_and_a_compound_keeps_its_hyphen():
    text = (
        "Knee exercises\n\n1. Quad sets\nLie on your back, feet hip-\nwidth apart. Tight-\nen the front of "
        "your thigh. Hold for five sec-\nonds. Repeat ten repe-\ntitions.\n\n2. Heel slides\nSlide your "
        "heel up. Repeat 10 times.\n"
    )
    quad = import_article(text, "a.txt").exercises[0]
    assert (quad.get("reps"), quad.get("hold")) == (10, 5)
    assert "feet hip-width apart. Tighten the front" in quad["how"]
