"""One-exercise pages ("how to do X": a title, steps, a dose in the last steps), and the names and
doses of the other kinds part 8 of the corpus showed: each example re-worded, not an article's text."""

from __future__ import annotations

from voicecoach.errors import InputError
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


def test_step_labelled_paragraphs_are_one_exercise_named_by_a_how_to_title():
    text = (
        "# How to do your calf raises properly\n\n"
        "Sore calves after a long walk? This helps.\n\n"
        "**Step 1:** Stand tall behind a chair and rest your fingertips on it. Hold your posture.\n\n"
        "**Step 2:** Rise up onto your toes, hold for 3 seconds, then lower slowly.\n\n"
        "**Step 3:** Do 2 sets of 12 raises, once a day.\n"
    )
    result = import_article(text, "calves.md")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [("Calf raises", 2, 12)]


def test_a_heading_drops_a_column_label_a_sanskrit_name_and_a_sub_number():
    text = (
        "## Exercise of the Week – Standing Side Bend\n\nStand tall and reach one arm overhead. Hold 20 seconds.\n\n"
        "## 3. Cobra pose – Bhujangasana\n\nLie face down and press the chest up. Hold 15 seconds.\n\n"
        "## 4a. Bridge\n\nLie on your back and lift the hips 10 times.\n\n"
        "## 4b. Bridge\n\nLie on your back, lift the hips and hold for 10 seconds.\n"
    )
    assert names(text) == ["Standing Side Bend", "Cobra pose", "Bridge", "Bridge"]


def test_numbered_steps_under_a_how_to_heading_and_a_take_care_section_are_no_exercises():
    text = (
        "# Mindful Yoga\n\n## 4. Cat stretch – Marjaryasana\n\n"
        "Good for a stiff back. Stay in the pose for 20 seconds.\n\n"
        "### How to do it\n\n"
        "1. From Table pose – Bharmanasana, tuck your chin.\n"
        "2. Round the back up towards the ceiling, pressing into your hands.\n"
        "3. Move on to Cow pose – Bitilasana.\n\n"
        "### Take care\n\n- Go gently with wrist pain.\n- Use a cushion under the knees.\n"
    )
    result = import_article(text, "cat.md")
    assert [(e["name"], e.get("sides"), e.get("duration")) for e in result.exercises] == [
        ("Cat stretch", None, 20)
    ]


def test_lines_led_by_a_time_are_timed_exercises_and_an_example_tail_is_no_part_of_the_name():
    text = (
        "Netball warm up\n\nWARM UP FIRST: warming up lowers the risk of injury. Try this, in order:\n\n"
        "4 minutes easy jogging\n"
        "3 minutes of side steps along the court - speed up bit by bit\n"
        "2 minutes passing drills eg 2 or 3 players in a square\n\n"
        "Then rest for 20 seconds of work and play.\n"
    )
    result = import_article(text, "netball.txt")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Easy jogging", 240),
        ("Side steps along the court", 180),
        ("Passing drills", 120),
    ]


def test_exercises_named_only_in_running_prose_are_read_once_each_in_order():
    text = (
        "Sports club news\n\nOn Tuesday the juniors warmed up with some jogging and skipping. After that "
        "each pair did 12 squats at a time. Then came a round of star jumps. Star jumps were a favourite! "
        "They ended with lunges and a wall sit contest.\n"
    )
    result = import_article(text, "news.txt")
    assert [e["name"] for e in result.exercises] == ["Squats", "Star jumps", "Lunges", "Wall sit"]
    assert result.exercises[0]["reps"] == 12
    assert any("named in the text" in line for line in result.assumptions)


def test_one_exercise_word_in_a_story_is_no_routine():
    try:
        import_article(
            "Club news\n\nOur coach broke the club record for squats last week. Well done!\n", "n.txt"
        )
    except InputError:
        return
    raise AssertionError("a story naming one exercise imported as a routine")


def test_a_drill_that_travels_is_an_exercise_and_one_limb_then_the_other_is_not_two_sides():
    text = (
        "# Running drills\n\n### Carioca\n\nTravel sideways along a line, crossing one foot in front and then "
        "the other behind.\n\n### Single-leg hop\n\nHop on one leg for 20 seconds, then switch to the other leg.\n"
    )
    result = import_article(text, "drills.md")
    assert [(e["name"], e.get("sides")) for e in result.exercises] == [
        ("Carioca", None),
        ("Single-leg hop", ["right leg", "left leg"]),
    ]


def test_paragraphs_with_a_lead_in_and_a_dose_of_their_own_are_unnamed_exercises():
    text = (
        "# Desk reset\n\nLong hours at a screen? Try these.\n\n"
        "Without getting up, drop your chin to your chest and roll your head gently – carry on for 1 minute.\n\n"
        "While the kettle boils, rise onto your toes and lower again 15 times.\n\n"
        "Try to go outside at lunch. After 20 minutes in the fresh air you will think more clearly.\n"
    )
    result = import_article(text, "desk.md")
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in result.exercises] == [
        ("Exercise 1", None, 60),
        ("Exercise 2", 15, None),
    ]


def test_breathing_paragraphs_with_lead_ins_stay_one_exercise():
    text = (
        "Calm breathing\n\nFind a quiet chair and sit back.\n\n"
        "When you are ready, breathe in through the nose for 4 seconds.\n\n"
        "After that, let the breath go slowly for 6 seconds.\n\nKeep this up for 2 minutes.\n"
    )
    assert len(import_article(text, "calm.txt").exercises) == 1


def test_do_them_in_repetitions_of_n_doses_every_exercise_and_a_short_hold_keeps_it():
    text = (
        "# Before your knee operation\n\nPractise the exercises below. Do them twice a day in repetitions "
        "of 12.\n\n## 1. Bottom squeeze\n\nSqueeze your buttocks together. Hold for 2 seconds.\n\n"
        "## 2. Knee press\n\nPress the back of the knee into the bed.\n"
    )
    result = import_article(text, "knee.md")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [
        ("Bottom squeeze", 12, 2),
        ("Knee press", 12, None),
    ]


def test_a_count_of_rounds_said_under_each_exercise_is_its_sets():
    text = (
        "# Wrist plan\n\n## 1. Wrist bends\n\nBend the wrist up and down. Do this 8 times, rest for 45 seconds. "
        "Repeat the routine 3 times.\n\n## 2. Wrist turns\n\nTurn the palm up, then down. Do this 12 times, "
        "rest for 45 seconds. Repeat the routine 3 times.\n"
    )
    result = import_article(text, "wrist.md")
    assert result.session.rounds is None
    assert [(e["name"], e.get("sets"), e.get("reps"), e.get("rest")) for e in result.exercises] == [
        ("Wrist bends", 3, 8, 45),
        ("Wrist turns", 3, 12, 45),
    ]
