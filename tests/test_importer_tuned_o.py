"""Rules tuner-o read from the tuned-on corpus, each shown on our own small examples re-worded the
way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# One set said, then the next asked for in words: "another set", "a second set", "one more set"
ANOTHER_SET = [
    ("Repeat 12 times. Rest. Then do another set of 12.", 2, 12),
    ("That makes one set of 8. Rest a minute, then do a second set of 8.", 2, 8),
    ("Do this 15 times. Have a short break and complete one more set.", 2, 15),
    ("Do 10 for one set, rest, then a second set and a third set of 10.", 3, 10),
]


@pytest.mark.parametrize(("said", "sets", "reps"), ANOTHER_SET)
def test_a_set_asked_again_in_words_is_one_set_more(said, sets, reps):
    text = f"# Strength at home\n\n## Wall press\nPush away from the wall and back. {said}\n\n## Squat\nSit back and stand. Do 10.\n"
    assert _fields(text, "sets", "reps")[0] == ("Wall press", sets, reps)


def test_the_rest_before_a_second_set_is_the_rest_between_sets():
    text = (
        "# Strength at home\n\n## Arm raise\nLift the cans to shoulder height. That is one set of 10. "
        "Rest one to two minutes, then do a second set of 10.\n\n## Squat\nSit back and stand. Do 10.\n"
    )
    assert _fields(text, "sets", "reps", "rest", "relax")[0] == ("Arm raise", 2, 10, 60, None)


# The same count twice at two paces, with "times" or "reps" after each count
@pytest.mark.parametrize(
    "said",
    ["Repeat 20 times fast and 20 times slow.", "Do 15 reps quickly, then 15 reps slowly."],
)
def test_the_same_count_at_two_paces_is_two_sets(said):
    text = f"# Desk breaks\n\n## Toe taps\nLift your toes and lower them. {said}\n\n## Squat\nSit back and stand. Do 10.\n"
    got = _fields(text, "sets", "reps")[0]
    assert got[:2] == ("Toe taps", 2)


# A list of timed movements that leaves the time out of some: those are timed too (60 s by default)
TIMED_LISTS = {
    "numbered, times in brackets": (
        "# Gentle flow\n\n1. Opening breath (1 min)\n2. Swaying palms\n3. Lifting the ball (2 min)\n"
        "4. Turning the waist\n5. Pushing the wave (1.5 min)\n6. Closing (1 min)\n"
    ),
    "headings, times in the text": (
        "# Morning qigong\n\n## Opening breath\nStand tall and breathe for 1 minute.\n\n## Swaying palms\n"
        "Let the hands float side to side.\n\n## Lifting the ball\nCarry the ball up and down for 2 minutes.\n\n"
        "## Turning the waist\nTurn gently from the middle.\n\n## Pushing the wave\nPush out and draw back "
        "for 90 seconds.\n\n## Closing\nStand with the hands on the belly for 1 minute.\n"
    ),
    "bold leads, times in the text": (
        "# Evening flow\n\n**Opening breath.** Breathe slowly for a minute.\n\n**Swaying palms.** Sway the "
        "hands float from side to side.\n\n**Lifting the ball.** Raise and lower the ball for 2 minutes.\n\n"
        "**Turning the waist.** Turn gently from the middle.\n\n**Pushing the wave.** Push out and draw back "
        "for 90 seconds.\n\n**Closing.** Stand quietly for 1 minute.\n"
    ),
}


@pytest.mark.parametrize("layout", list(TIMED_LISTS))
def test_an_undosed_movement_among_timed_ones_is_timed(layout):
    got = dict(
        (name, (reps, duration)) for name, reps, duration in _fields(TIMED_LISTS[layout], "reps", "duration")
    )
    assert got["Swaying palms"] == (None, 60)
    assert got["Turning the waist"] == (None, 60)
    assert got["Lifting the ball"] == (None, 120)


def test_a_counted_name_or_a_counted_sibling_keeps_the_count():
    counted_name = "# Set\n\n1. March (1 min)\n2. Squats\n3. Skip (1 min)\n4. Jog (2 min)\n"
    assert _fields(counted_name, "reps", "duration")[1] == ("Squats", 10, None)
    counted_sibling = "# Set\n\n1. March (1 min)\n2. Swaying palms\n3. Skip (1 min)\n4. Jog (2 min)\n5. Arm swings (12 reps)\n"
    assert _fields(counted_sibling, "reps", "duration")[1] == ("Swaying palms", 10, None)


# A brief hold with no number inside a movement that comes back: counted reps, the default hold (5 s)
BRIEF_HOLDS = [
    "Tighten the thigh. Hold the tension for a moment, then relax. Do 10.",
    "Curl the fingers into a ring. Stay in that shape for several seconds, then repeat.",
    "Raise one finger off the table. Keep it in the air for a few seconds, then slowly lower it.",
    "Bend the fingers in until they touch. Hold it for a few seconds, then straighten the fingers again.",
]


@pytest.mark.parametrize("said", BRIEF_HOLDS)
def test_a_brief_hold_in_a_movement_that_comes_back_is_a_hold_in_each_rep(said):
    text = f"# Hand care\n\n## Finger move\n{said}\n\n## Wrist turn\nTurn the wrist over and back. Do 10.\n"
    assert _fields(text, "reps", "hold", "duration")[0] == ("Finger move", 10, 5, None)


def test_a_stretch_held_briefly_then_let_go_stays_one_timed_hold():
    text = (
        "# Hand care\n\n## Finger stretch\nPull the fingers back gently. Hold the stretch for a few seconds, "
        "then relax.\n\n## Wrist turn\nTurn the wrist over and back. Do 10.\n"
    )
    assert _fields(text, "reps", "hold", "duration")[0] == ("Finger stretch", None, None, 30)


# A movement out and back with no number, that passes through a stretch or a position: counted
OUT_AND_BACK = [
    "Curl the knuckles down until you feel a stretch, then straighten the fingers again.",
    "With the hands in the prayer position, rise onto your toes and back down.",
    "Tuck the toes under until you feel them stretch. Bring them back, and do it again.",
]


@pytest.mark.parametrize("said", OUT_AND_BACK)
def test_a_movement_out_and_back_through_a_stretch_is_counted(said):
    text = f"# Gentle mobility\n\n## Knuckle flex\n{said}\n\n## Wrist turn\nTurn the wrist over and back. Do 10.\n"
    assert _fields(text, "reps", "duration")[0] == ("Knuckle flex", 10, None)


def test_a_pose_stayed_in_before_coming_back_is_still_held():
    text = (
        "# Gentle mobility\n\n## Side reach\nLean to the side until you feel a stretch. Stay there for a few "
        "breaths, then bring your arm back down.\n\n## Wrist turn\nTurn the wrist over and back. Do 10.\n"
    )
    assert _fields(text, "reps", "duration")[0] == ("Side reach", None, 30)


# "Rest" that is no rest between sets: a thing rested somewhere, or a short let-go between held reps
NOT_A_SET_REST = [
    "Rest a barbell across your shoulders and step back. Lower until the front thigh is level. Do 3 sets of 8.",
    "Rest a dumbbell on each thigh, then curl it up. Do 3 sets of 8.",
    "Squeeze the thigh and hold for 5 seconds, then rest a few seconds. Do 3 sets of 8.",
]


@pytest.mark.parametrize("said", NOT_A_SET_REST)
def test_rest_with_a_thing_or_a_few_seconds_between_holds_is_no_set_rest(said):
    text = f"# Strength\n\n## Leg work\n{said}\n\n## Calf raise\nRise and lower. Do 10.\n"
    name, sets, rest = _fields(text, "sets", "rest")[0]
    assert (name, sets, rest) == ("Leg work", 3, None)


def test_a_bare_rest_between_sets_keeps_the_default_rest():
    text = "# Strength\n\n## Leg work\nStep back and lower. Do 8. Rest a moment, then do 2 more sets.\n\n## Calf raise\nRise and lower. Do 10.\n"
    assert _fields(text, "rest")[0] == ("Leg work", 30)


@pytest.mark.parametrize(
    ("said", "sides"),
    [
        (
            "Hold your left hand up and touch each fingertip to the thumb. Repeat with each hand.",
            ["left hand", "right hand"],
        ),
        (
            "Using your left hand, squeeze the ball and let go. Do this with each hand.",
            ["left hand", "right hand"],
        ),
        (
            "Spread the fingers of your right hand wide, then relax. Do the same with the other hand.",
            ["right hand", "left hand"],
        ),
        ("Spread the fingers wide, then relax. Repeat with each hand.", ["right hand", "left hand"]),
    ],
)
def test_each_hand_in_the_order_the_text_starts_with(said, sides):
    text = (
        f"# Hands\n\n## Finger spread\n{said} Do 10.\n\n## Wrist turn\nTurn the wrist over and back. Do 10.\n"
    )
    assert _fields(text, "sides")[0] == ("Finger spread", sides)


# Rests told apart by what they come between: sets (rest), reps (relax), exercises (the session's)
BOTH_RESTS_IN_ONE_SENTENCE = [
    "Leave about 30 seconds of rest between sets and about 2 minutes of rest between exercises.",
    "Rest 30 seconds between sets, and 2 minutes between exercises.",
    "Take a 30 second break between sets, then 2 minutes between each exercise.",
]


@pytest.mark.parametrize("said", BOTH_RESTS_IN_ONE_SENTENCE)
def test_the_set_rest_is_not_the_rest_between_exercises_said_after_it(said):
    text = f"# Knee rehab\n\n{said}\n\n## Knee bends\n2 x 20 reps\nSlide the heel in and out.\n\n## Leg raise\n3 x 10 reps\nLift the leg.\n"
    assert _fields(text, "rest") == [("Knee bends", 30), ("Leg raise", 30)]


@pytest.mark.parametrize(
    "said",
    [
        "2 x 20 reps, 3 second rest between reps",
        "Do 2 sets of 20 with a 3 second rest between each repetition.",
        "2 x 20. Rest 3 seconds between reps.",
    ],
)
def test_a_rest_between_reps_is_the_relax_even_in_sets(said):
    text = f"# Hip\n\n## Leg lift\n{said}\nLift the leg.\n\n## Squat\nSit back. Do 10.\n"
    assert _fields(text, "sets", "reps", "rest", "relax")[0] == ("Leg lift", 2, 20, None, 3)


# One movement timed one way, then the other: the time is both directions (no sides)
BOTH_DIRECTIONS = [
    ("Roll the shoulders in big circles. Keep rolling for 10-15 seconds in each direction.", 20),
    ("Make small circles forwards for 30 seconds, then reverse for 30 seconds.", 60),
    ("Circle the wrists for 20 seconds, then change direction for 20 seconds.", 40),
]


@pytest.mark.parametrize(("said", "seconds"), BOTH_DIRECTIONS)
def test_a_time_for_each_direction_is_both_together(said, seconds):
    text = f"# Desk breaks\n\n## Circles\n{said}\n\n## Squat\nSit back and stand. Do 10.\n"
    assert _fields(text, "sides", "duration")[0] == ("Circles", None, seconds)


# A drill done on the move, with no number: timed (60 s), whatever movement its name counts
ON_THE_MOVE = [
    ("Butt kicks", "Travel forward in a straight line, flicking your heels up to your backside."),
    ("Knee lifts", "Jog along the track, lifting each knee to hip height."),
    ("Side kicks", "Travel sideways across the hall, kicking the outside leg out."),
]


@pytest.mark.parametrize(("name", "said"), ON_THE_MOVE)
def test_an_undosed_drill_on_the_move_is_timed(name, said):
    text = f"# Running warm-up\n\n## {name}\n{said}\n\n## Squats\nSit back and stand. Do 10.\n"
    assert _fields(text, "reps", "duration")[0] == (name, None, 60)


def test_walking_lunges_on_the_move_stay_counted():
    text = "# Running warm-up\n\n## Walking lunges\nTravel forward, dropping the back knee.\n\n## Squats\nDo 10.\n"
    assert _fields(text, "reps", "duration")[0] == ("Walking lunges", 10, None)
