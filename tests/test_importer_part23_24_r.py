"""Rules the training articles of parts 23 and 24 (459-490) showed to the second round of tuning,
each on our own small examples re-worded the way several publishers write it (never an article's
own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.errors import InputError
from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A heading's count in digits after its name, with a dash or a space and perhaps a qualifier after
# it: the name without it, the count the dose
HEADING_COUNTS = {
    "rounds with a position": ("## Lion breath - 5 rounds, seated", "Lion breath", 5),
    "times with no dash": ("## Cat cow 8 times", "Cat cow", 8),
    "rounds after an en dash": ("## Pelvic tilts – 12 rounds", "Pelvic tilts", 12),
}


@pytest.mark.parametrize("layout", list(HEADING_COUNTS))
def test_a_headings_count_after_its_name_is_its_dose_not_part_of_the_name(layout):
    heading, name, reps = HEADING_COUNTS[layout]
    text = (
        f"# Class\n\n{heading}\n\nSit tall with the hands resting on the knees and move slowly.\n\n"
        "## Butterfly Pose - 2 minutes\n\nBring the soles of the feet together and fold forward.\n"
    )
    assert _fields(text, "reps")[0] == (name, reps)


def test_a_numbered_breath_name_keeps_its_last_number():
    text = "# Calm\n\n## 4-7-8 Breath\n\nBreathe in for 4, hold for 7 and breathe out for 8.\n"
    assert _fields(text)[0][0] == "4-7-8 Breath"


# The heading's rounds said again as "N more times" in the text: one count, not rounds of rounds
SAID_AGAIN = {
    "four more times": "Do this four more times, then rest.",
    "repeat 4 more times": "Repeat 4 more times before moving on.",
}


@pytest.mark.parametrize("said", list(SAID_AGAIN))
def test_rounds_in_the_heading_said_again_as_more_times_are_one_count(said):
    text = (
        "# Class\n\n## Lion breath - 5 rounds\n\nBreathe in through the nose, then open the mouth "
        f"and breathe out hard. {SAID_AGAIN[said]}\n\n## Cat cow - 8 times\n\nArch and round the back.\n"
    )
    assert _fields(text, "sets", "reps")[0] == ("Lion breath", None, 5)


# A count of exercises, then as many names in brackets inside a sentence: the sentence says they are
# exercises, whatever words name them (no list, no heading over them)
BRACKETED = {
    "a forum reply": (
        "Work 20 seconds, rest 10 seconds, on each one. I began with 3 exercises (Squat Thrust, "
        "Skater & Bear Crawl) for 4 rounds.",
        ["Squat Thrust", "Skater", "Bear Crawl"],
    ),
    "a coach's note": (
        "This week we keep it short: five moves (goblet squat, renegade row, lunge, push press and "
        "hollow hold), each for 30 seconds.",
        ["Goblet squat", "Renegade row", "Lunge", "Push press", "Hollow hold"],
    ),
    "a blog's aside": (
        "My morning is two stretches (Cat Cow and Child's Pose), 60 seconds each, before coffee.",
        ["Cat Cow", "Child's Pose"],
    ),
}


@pytest.mark.parametrize("layout", list(BRACKETED))
def test_a_count_of_exercises_then_as_many_names_in_brackets_names_them(layout):
    sentence, names = BRACKETED[layout]
    got = _fields(f"# My routine\n\nSomeone asked what I do at home.\n\n{sentence}\n")
    assert [name for (name,) in got] == names


def test_bracketed_names_take_the_dose_said_for_each_before_them():
    text = (
        "# Tabata at home\n\nGo hard on each exercise for 20 sec, then rest for 10 sec.\n"
        "Lately I do 3 exercises (Squat Thrust, Skater & Bear Crawl) for 4 rounds.\n"
    )
    assert _fields(text, "duration") == [("Squat Thrust", 20), ("Skater", 20), ("Bear Crawl", 20)]


def test_a_bracketed_list_of_another_length_than_its_count_names_no_exercises():
    text = "# My week\n\nI did 3 exercises (on Monday, Wednesday, Friday and Sunday) for 20 minutes.\n"
    try:
        names = [name for name, *_ in _fields(text)]
    except InputError:
        names = []
    assert "Wednesday" not in names


# No number at all: a limb "stretched out" is where it is, not a stretch to hold; the movement is
# counted at the default (a felt stretch is still held)
POSITIONED = {
    "arms out at the sides": "Stand tall with both arms stretched out to the sides and turn the palms up and down.",
    "legs out in front": "Sit on the floor with your legs stretched straight and point and flex your feet.",
    "arms in front": "Sit tall with your arms stretched out in front and open and close your hands.",
}


@pytest.mark.parametrize("layout", list(POSITIONED))
def test_a_limb_stretched_out_is_a_position_and_the_movement_is_counted(layout):
    text = (
        f"# Loosen up\n\n## Arm sweep\n\n{POSITIONED[layout]}\n\n"
        "## Calf reach\n\nStand at a wall and feel the stretch in the calf.\n"
    )
    got = _fields(text, "reps", "duration")
    assert got[0] == ("Arm sweep", 10, None)
    assert got[1] == ("Calf reach", None, 30)


# A timed activity asked about in the introduction is no lead-in to the session
ASKED = {
    "a gym habit": "Do you warm up with 10 minutes of walking on the treadmill, then head for the bike?",
    "a why question": "Why start with 5 minutes of easy jogging when these drills warm you up better?",
    "a habit questioned": "Do you begin every session with 10 minutes of cycling?",
}
DRILLS = "## Squats\n\nDo 10 squats.\n\n## Lunges\n\nDo 10 lunges on each leg.\n"


@pytest.mark.parametrize("layout", list(ASKED))
def test_an_activity_asked_about_in_the_introduction_is_no_lead_in(layout):
    got = _fields(f"# Leg day\n\n{ASKED[layout]}\n\n{DRILLS}")
    assert [name for (name,) in got] == ["Squats", "Lunges"]


def test_an_activity_said_in_the_introduction_still_leads_in():
    got = _fields(f"# Leg day\n\nStart with 5 minutes of easy jogging, then:\n\n{DRILLS}", "duration")
    assert got[0] == ("Easy jogging", 300)


# The title said again over the exercises in another case, over how to do them all, is the title,
# not an exercise
@pytest.mark.parametrize(
    "again", ["THE 10-MINUTE CORE BLAST", "The 10-Minute Core Blast", "The 10-Minute CORE Blast"]
)
def test_the_title_said_again_in_another_case_is_no_exercise(again):
    text = (
        f"# The 10-minute core blast\n\nTen minutes, no kit.\n\n## {again}\n\nRest 10 seconds between "
        "efforts. Keep repeating until four minutes have passed, then move on.\n\n"
        "## 1. Plank\n\nHold for 30 seconds.\n\n## 2. Crunches\n\nDo 15 crunches.\n"
    )
    assert [name for (name,) in _fields(text)] == ["Plank", "Crunches"]


# A sum worked out in the text ("12x5=60!") is a calculation, not sets of reps
WORKED_SUMS = {
    "a week's total": ("Do 12 squats. Over five days that makes 12x5=60!", 12),
    "a distance covered": ("Run to the cone and back 6 times. We covered 6 x 20 = 120 metres in all.", 6),
    "a star for times": ("Do 10 step ups on each leg. My maths: 10*2=20 steps a round.", 10),
}


@pytest.mark.parametrize("layout", list(WORKED_SUMS))
def test_a_worked_sum_is_no_sets_of_reps(layout):
    said, reps = WORKED_SUMS[layout]
    text = f"# Home session\n\n## Drill one\n\n{said}\n\n## Plank\n\nHold for 30 seconds.\n"
    assert _fields(text, "sets", "reps")[0] == ("Drill one", None, reps)


# A counted list item whose name opens in quotes: the name without them, the count or time its dose
QUOTED = {
    "double quotes after a time": (
        '10 seconds of "fast-feet" running on the spot',
        ("Fast-feet running on the spot", None, 10),
    ),
    "curly quotes after a time": ("30 seconds of ‘butt kicks’", ("Butt kicks", None, 30)),
    "single quotes after a count": ("20 'scissor' jumps", ("Scissor jumps", 20, None)),
}


@pytest.mark.parametrize("layout", list(QUOTED))
def test_a_counted_item_whose_name_opens_in_quotes_is_an_exercise(layout):
    item, want = QUOTED[layout]
    got = _fields(
        f"# Finisher\n\nThree rounds:\n\n- 20 squats\n- {item}\n- 10 push ups\n", "reps", "duration"
    )
    assert got == [("Squats", 20, None), want, ("Push ups", 10, None)]
