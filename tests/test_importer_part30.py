"""Rules the training articles of part 30 (565-580) showed, each on our own small examples
re-worded the way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.sides import find_sides


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A standing pose places a foot first, then bends that side's knee: the leg works, not the foot
FOOT_PLACED_KNEE_BENT = {
    "turned out, then bent": "Stand wide, turn your left foot out and your right foot in a little. Bend your "
    "left knee over the ankle and look past your left hand. Hold for 30 seconds, then switch sides.",
    "stepped back, then bent": "Step your right foot back a long way. Bend the right knee until it nearly "
    "touches the floor. Hold 20 seconds and repeat on the other side.",
    "pointed forward, knee bent": "Point your left foot to the front wall, then bend your left knee deeply "
    "while the back leg stays straight. Stay here for five breaths; swap sides.",
}


@pytest.mark.parametrize("case", list(FOOT_PLACED_KNEE_BENT))
def test_a_foot_placed_then_that_sides_knee_bent_works_the_leg(case):
    sides = find_sides(FOOT_PLACED_KNEE_BENT[case], "Warrior pose")
    assert [s.split()[-1] for s in sides] == ["leg", "leg"]


def test_a_foot_that_works_on_its_own_stays_the_foot():
    text = "Lift your right foot and point and flex it 10 times, then do the same with the left foot."
    assert find_sides(text, "Toe points")[0].endswith("foot")


# After an "Exercise N:" label, a name with a title-case qualifier after a colon is one name, as the
# same line without its label already is ("Range of Motion: Alphabet", "Balance: Eyes Closed")
LABELLED_QUALIFIED = {
    "two of a kind": "# Ankle care\n\nEXERCISE 1: Range of Motion: Alphabet\nWrite the letters with your toe.\n\n"
    "EXERCISE 2: Range of Motion: Towel\nPull the towel in with your toes 10 times.\n",
    "a balance ladder": "# Balance\n\nExercise 1 - Single Leg Stand: Eyes Open\nStand on one leg for 30 seconds.\n\n"
    "Exercise 2 - Single Leg Stand: Eyes Closed\nStand on one leg with your eyes shut for 20 seconds.\n",
    "a move and its stage": "# Core\n\nMove 1: Plank: On Knees\nHold for 20 seconds.\n\n"
    "Move 2: Plank: Full\nHold for 30 seconds.\n",
}


@pytest.mark.parametrize("case", list(LABELLED_QUALIFIED))
def test_a_labelled_name_keeps_its_title_case_qualifier_after_a_colon(case):
    text = LABELLED_QUALIFIED[case]
    want = [
        line.split(maxsplit=2)[2].lstrip(":- ")
        for line in text.splitlines()
        if line.startswith(("EXERCISE", "Exercise", "Move"))
    ]
    assert [name for (name,) in _fields(text)] == want


def test_a_labelled_name_before_an_instruction_still_ends_at_its_colon():
    text = "# Core\n\nExercise 1: Bridge: lie on your back and lift the hips 10 times.\n\n"
    text += "Exercise 2: Plank: Hold 30 seconds.\n"
    assert [name for (name,) in _fields(text)] == ["Bridge", "Plank"]


# Two or more lists of names, each under its own line that doses it, are all the session's parts
# (a warm-up list, then the main one), each list dosed by its lead; before, only the longest was read
LED_LISTS = {
    "a warm-up, then a main set": "# Home class\n\nTo loosen up, 2 rounds of 10:\n* arm circles\n* hip circles\n"
    "* marching on the spot\n\nMain set, 3 sets of 12 of each:\n* squats\n* lunges\n* push-ups\n* glute bridges\n",
    "ball work, then floor work": "# Ball and floor\n\nOn the ball, do 8 reps of each\n- seated bounces\n"
    "- hip circles, slow and wide, one way then the other\n- seated marching\n\n"
    "Then on the floor, 15 repetitions:\n- clams\n- bird dogs\n- dead bugs\n",
    "a lead wrapped onto two lines": "# Stretch and move\n\nLoosen up first with these, holding each one for 20 seconds:\n"
    "* side bends\n* hamstring stretch\n* calf stretch\n\nNow set the mat aside and stand up for the second part: do 2 sets\n"
    "of 12 reps of each exercise.\n* squats\n* step-ups\n* wall push-ups\n",
    "numbered, with a short second list": "# Mobility\n\nFirst, hold each stretch for 20 seconds.\n"
    "1. Hamstring stretch\n2. Quad stretch\n3. Calf stretch\n\nThen do 10 reps of each:\n1. Cat cow\n"
    "2. Thread the needle\n3. Hip circles\n",
}


@pytest.mark.parametrize("case", list(LED_LISTS))
def test_lists_each_dosed_by_their_lead_line_are_all_read(case):
    text = LED_LISTS[case]
    items = [line for line in text.splitlines() if line[:2] in ("* ", "- ") or line[:2] in ("1.", "2.", "3.")]
    got = _fields(text, "reps", "duration")
    assert len(got) == len(items)
    assert len({(reps, duration) for _, reps, duration in got}) == 2  # each list keeps its own dose


# An inch mark after a number that says how far something moves ('6-8" up and down', '2″ higher') is a
# distance, not a seconds mark: the breathing pattern beside it stays the exercise's phases
MOVED_INCHES = {
    "beats up and down": 'Pump your arms 6-8" up and down as you breathe in for five counts and out for five '
    "counts. Repeat for ten breaths.",
    "lifted higher": "Raise the legs 2-3″ higher each time as you breathe in for 4 counts and out for 4 counts. "
    "Repeat 10 times.",
    "pressed forward": 'Reach your hands 4-6" forward while you inhale for 5 counts, then exhale for 5 counts. '
    "Do 8 rounds.",
}


@pytest.mark.parametrize("case", list(MOVED_INCHES))
def test_an_inch_mark_before_a_direction_is_a_distance_not_seconds(case):
    (exercise,) = import_article("## Arm pumps\n\n" + MOVED_INCHES[case] + "\n", "u.md").exercises
    assert exercise.get("duration") is None and [p["say"] for p in exercise["phases"]] == ["Inhale", "Exhale"]
    assert any(mark in exercise["how"] for mark in '"″')  # the distance stays in the how, no time taken out


def test_a_seconds_mark_before_a_rest_is_still_seconds():
    (exercise,) = import_article('## Plank\n\nHold the plank 30" then rest.\n', "u.md").exercises
    assert exercise["duration"] == 30


# A line after the exercises that times three or more moves of its own is a circuit of its own: its
# "each move" is no dose for the exercises above it
TIMED_OUTROS = {
    "a cardio finisher": "# Quick session\n\nDo 10 reps of each exercise:\n- squats\n- lunges\n- push-ups\n\n"
    "Finisher\n1) Jog on the spot for 30 sec, high knees 30 sec, repeat each move for 30 sec each\n",
    "a burn-out line": "# Arms\n\n- Bicep curls\n- Triceps dips\n- Shoulder presses\n\n3 sets of 12 of each.\n\n"
    "Burn-out: star jumps 20 seconds, mountain climbers 20 seconds, plank 40 seconds, repeat each move once\n",
    "a cool-down chain": "# Legs\n\nTwo sets of 15 of each exercise.\n- Step-ups\n- Calf raises\n- Wall sits\n\n"
    "Cool-down - march 1 min, walk 1 min, then stretch each move for 1 min\n",
}


@pytest.mark.parametrize("case", list(TIMED_OUTROS))
def test_a_timed_line_after_the_exercises_doses_none_of_them(case):
    got = import_article(TIMED_OUTROS[case], "u.md").exercises[:3]
    assert [(e.get("hold"), e.get("duration")) for e in got] == [(None, None)] * 3


# Steps under one name that do the same exercise again in new positions, each with its count, are
# that exercise's ways, not new unnamed exercises
AGAIN_IN_NEW_POSITIONS = {
    "arm behind the head, then the back": "## Cross-body stretch\n\n1: Ease the elbow across the chest. Hold for "
    "10 seconds. Repeat 3 times.\n\n2: With the arm behind your head, do the exercise again 3 times.\n\n"
    "3: With the arm behind your back, do the exercise again 3 times.\n",
    "paragraphs, the same movement again": "## Wall slide\n\nSlide your back down the wall and up again 8 "
    "times.\n\nWith your feet wider apart, perform the movement again 8 times.\n\n"
    "With your arms overhead, perform the same movement again 8 times.\n",
}


@pytest.mark.parametrize("case", list(AGAIN_IN_NEW_POSITIONS))
def test_the_same_exercise_again_in_a_new_position_is_no_new_exercise(case):
    text = AGAIN_IN_NEW_POSITIONS[case]
    assert [name for (name,) in _fields(text)] == [text.splitlines()[0].lstrip("# ")]


def test_an_unnamed_exercise_that_says_repeat_the_exercise_is_still_its_own():
    text = (
        "## Back care\n\n1. Lie on your back and rock the knees side to side. Repeat the exercise 10 times.\n"
    )
    text += "2. Lie on your front and lift your head and chest. Repeat the exercise 10 times.\n"
    text += "3. Kneel on all fours and arch then round the back. Repeat the exercise 10 times.\n"
    assert len(_fields(text)) == 3
