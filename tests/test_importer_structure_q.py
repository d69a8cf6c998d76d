"""Structure classes read by tuner-q (issue 23), each in several wordings of our own: exercises a
careful reader counts that the importer used to merge or miss."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.sources import html_text


def _exercises(text: str, source: str = "t.md") -> list[dict]:
    return import_article(text, source).exercises


# One numbered list, each item one exercise: some items only a name, the others an instruction
# with no name. Three publishers' wordings.
MIXED = [
    (
        "# Before you climb\n\n## A few stretches for every session\n\n"
        "1. Tip your head forward and then to each side. Hold every position for 15 seconds.\n"
        "2. Turn your ankles in circles 10 times, then the other way round.\n"
        "3. Pigeon\n4. Frog\n5. Calf stretch\n",
        ["Exercise 1", "Exercise 2", "Pigeon", "Frog", "Calf stretch"],
    ),
    (
        "Office break\n\nThese stretches take five minutes at your desk.\n\n"
        "1. Neck rolls\n"
        "2. Lift your shoulders up to your ears and drop them. Do this 8 times.\n"
        "3. Wrist circles\n"
        "4. Sit tall and twist to look behind you. Hold for 20 seconds each way.\n",
        ["Neck rolls", "Exercise 2", "Wrist circles", "Exercise 4"],
    ),
    (
        "## Our warm-up drills\n\n1. Jog slowly round the hall for 2 minutes.\n2. Star jumps\n"
        "3. Skip sideways across the hall and back.\n4. Lunges (walking, with long steps)\n",
        ["Exercise 1", "Star jumps", "Exercise 3", "Lunges"],
    ),
]


@pytest.mark.parametrize(("text", "names"), MIXED, ids=range(len(MIXED)))
def test_a_numbered_list_of_names_and_unnamed_instructions_is_one_exercise_each(text, names):
    assert [e["name"] for e in _exercises(text)] == names


def test_a_bare_name_under_a_stretches_heading_is_held():
    ex = _exercises(MIXED[0][0])
    assert [e.get("duration") for e in ex[2:]] == [30, 30, 30]


def test_numbered_steps_of_one_exercise_with_a_name_among_them_stay_one():
    text = (
        "# Wall push-up\n\n1. Stand an arm's length from a wall.\n2. Starting position\n"
        "3. Then bend your elbows and bring your chest to the wall.\n4. Finish\n"
        "5. Then push back. Repeat 10 times.\n"
    )
    assert len(_exercises(text)) == 1


# A heading naming a kind of training over one sentence that names several exercises after the
# dose they share: each of them, with that dose.
DOSED_LIST = [
    (
        "# Three ways to stay strong\n\n## 1. Swimming\n\nLengths at an easy pace are kind to the joints.\n\n"
        "## 2. Light dumbbells\n\nPick up a pair of 2 kg weights and do 12 reps of shoulder presses, "
        "bent-over rows, biceps curls and more.\n",
        ["Shoulder presses", "Bent-over rows", "Biceps curls"],
        {"reps": 12},
    ),
    (
        "**Bodyweight at home**\n\nNo kit needed: perform 3 sets of 10 of squats, push-ups and glute "
        "bridges.\n",
        ["Squats", "Push-ups", "Glute bridges"],
        {"sets": 3, "reps": 10},
    ),
    (
        "## Band work\n\nLoop a resistance band round a post and try 15 repetitions each of rows, "
        "chest presses, and curls.\n",
        ["Rows", "Chest presses", "Curls"],
        {"reps": 15},
    ),
]


@pytest.mark.parametrize(("text", "names", "dose"), DOSED_LIST, ids=range(len(DOSED_LIST)))
def test_exercises_named_after_their_shared_dose_are_each_one(text, names, dose):
    ex = _exercises(text)
    assert [e["name"] for e in ex] == names
    assert all(all(e.get(k) == v for k, v in dose.items()) for e in ex)


def test_a_list_of_names_in_a_sentence_with_another_dose_stays_one_exercise():
    text = (
        "## Squat ladder\n\nStand with your feet apart and squat. Do 10 reps of squats, pulses and "
        "jump squats. Rest for 60 seconds and repeat the ladder 3 times.\n"
    )
    assert len(_exercises(text)) == 1


# The introduction tells the reader what to start with, inside a sentence, before the listed
# exercises: those come first.
LEAD_INS = [
    (
        "# Warm-up\n\nStart with 30 star jumps to get warm.\n\n"
        "Spend 3 minutes on the Cat Cow before you move on.\n\n"
        "## Squats\n\nSquat down and stand up. Do 10.\n\n## Lunges\n\nStep forward and sink. Do 10.\n",
        [("Star jumps", "reps", 30), ("Cat Cow", "duration", 180), ("Squats", "reps", 10)],
    ),
    (
        "Before the pool\n\nBegin with 20 arm circles, then spend 2 minutes doing shoulder rolls.\n\n"
        "1. Push-ups: 10 reps.\n2. Plank: hold for 30 seconds.\n3. Burpees: 8 reps.\n",
        [("Arm circles", "reps", 20), ("Push-ups", "reps", 10)],
    ),
]


@pytest.mark.parametrize(("text", "want"), LEAD_INS, ids=range(len(LEAD_INS)))
def test_exercises_the_introduction_starts_with_come_first(text, want):
    ex = _exercises(text)
    assert [(e["name"], k, e.get(k)) for e, (_, k, _) in zip(ex, want, strict=False)] == want


def test_advice_to_spend_time_every_day_is_no_exercise():
    text = (
        "# Hips\n\nSpend 10 minutes on the Pigeon every day if you sit a lot.\n\n"
        "## Squats\n\nSquat down and stand up. Do 10.\n\n## Lunges\n\nStep forward and sink. Do 10.\n"
    )
    assert [e["name"] for e in _exercises(text)] == ["Squats", "Lunges"]


# A session part's label, its time and what is done on the line under it: one more exercise,
# named by what is done.
PART_BELOW = [
    (
        "# Leg day\n\n1. Squats: 10 reps.\n2. Lunges: 12 reps.\n3. Glute bridges: 15 reps.\n\n"
        "**Cool-down**\n\n5 min of gentle walking round the room\n",
        ("Gentle walking", 300),
    ),
    (
        "# Core circuit\n\n1. Plank: hold 30 seconds.\n2. Crunches: 15 reps.\n3. Bird dog: 10 reps.\n\n"
        "**Cooldown**\n\n8-10 minutes of easy stretching (hips, back, shoulders)\n",
        ("Easy stretching", 480),
    ),
]


@pytest.mark.parametrize(("text", "last"), PART_BELOW, ids=range(len(PART_BELOW)))
def test_a_session_part_timed_on_the_line_under_it_is_one_more_exercise(text, last):
    ex = _exercises(text)
    assert (ex[-1]["name"], ex[-1].get("duration")) == last
    assert len(ex) == 4


# A page builder's lines, each in a <div> of one class: the short ones ("Rest 2min", "12min
# Tempo run") are lines of the text as the long ones are, not a widget's labels.
LINE_BOXES = """<html><head><title>Track session</title></head><body><main>
<h1>Track session</h1>
<p>Tonight's session for the club's middle-distance group, written up by the coach.</p>
<section class="plan"><h2>Session</h2>
<div class="row">12min Tempo run</div>
<div class="row">Rest 2min</div>
<div class="row">Walk one lap of the track to let your breathing settle down</div>
<div class="row">6min Tempo run</div>
<div class="row">Rest 2min</div>
<div class="row">Jog one easy lap of the track and then stretch your calves</div>
</section></main></body></html>"""


def test_short_lines_boxed_like_their_neighbours_are_read():
    page = html_text(LINE_BOXES.encode(), "t.html")
    names = [(e["name"], e.get("duration")) for e in import_article(page, "t.html").exercises]
    assert names[:1] == [("Tempo run", 720)]
    assert ("Tempo run", 360) in names


def test_a_bulleted_list_of_names_and_unnamed_instructions_is_one_exercise_each():
    text = MIXED[0][0].replace("1. ", "- ").replace("2. ", "- ").replace("3. ", "- ")
    text = text.replace("4. ", "- ").replace("5. ", "- ")
    assert [e["name"] for e in _exercises(text)] == MIXED[0][1]


def test_bulleted_names_over_their_bulleted_steps_are_not_a_mixed_list():
    text = (
        "Desk stretches\n\nTry these at your desk:\n- Neck Stretch:\n- Sit up straight in your chair.\n"
        "- Tilt your head to one side until you feel a stretch.\n- Hold for 20 seconds, then switch sides.\n"
        "- Chest Opener:\n- Clasp your hands behind your back.\n- Lift the hands away from you and hold for "
        "20 seconds.\n"
    )
    from voicecoach.importer.bullets import bullets_numbered
    from voicecoach.importer.mixed_lists import mixed_list

    numbered = bullets_numbered(text.split("\n"))
    assert numbered is not None and mixed_list(numbered, bulleted=True) == []
