"""Doses and sides that articles nobody tuned on showed (our own small examples, each re-worded the
way several publishers write it): abbreviated seconds, bare work/rest pairs, number chains, label
prescriptions, holds said in other words, and both sides asked for in other words."""

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


# A bare work/rest pair with no count of rounds, where its sentence says it is an interval
BARE_INTERVALS = [
    ("Work 40/20 for each move.", 40, 20),
    ("Set a timer for 30/15 intervals and go through the list.", 30, 15),
    ("Use the classic 20/10 Tabata format.", 20, 10),
]


@pytest.mark.parametrize(("intro", "work", "rest"), BARE_INTERVALS)
def test_a_bare_work_rest_pair_is_the_sessions_interval(intro, work, rest):
    result = import_article(f"# Quick blast\n\n{intro}\n\n- Jumping jacks\n- High knees\n- Squats\n", "u.md")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Jumping jacks", work),
        ("High knees", work),
        ("Squats", work),
    ]
    assert result.session.rest_between == rest


def test_a_bare_pair_that_names_a_format_spelled_out_or_a_count_on_each_side_is_no_interval():
    spelled = (
        "New to the 40/20 interval? You work on one move for 40 seconds, at full effort but in good form, "
        "and then you rest for 20 seconds before the next.\n\n"
        "## Burpees\nDrop to the floor, jump back up.\n\n## Jump squats\nSquat down and jump up high.\n\n"
        "## Mountain climbers\nIn a plank, drive your knees in turn.\n"
    )
    result = import_article(f"# Blast\n\n{spelled}", "u.md")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Burpees", 40),
        ("Jump squats", 40),
        ("Mountain climbers", 40),
    ]
    sides = _fields(
        "# Knee\n\n## Straight leg raise\nLift the straight leg, 10/10 each leg.\n", "reps", "sides"
    )
    assert sides == [("Straight leg raise", 10, ["right leg", "left leg"])]


# "Then do the other side" before how often: both sides, the frequency no sign of one movement
OTHER_SIDE_THEN_FREQUENCY = [
    "Hold for 20 seconds. Then do the other side. Repeat 1-3 times a day.",
    "Hold for 20 seconds, then the other side. Repeat 2 times daily.",
    "Hold for 20 seconds. Then do the other side. Repeat 3 times per day.",
]


@pytest.mark.parametrize("dose", OTHER_SIDE_THEN_FREQUENCY)
def test_then_the_other_side_before_a_frequency_is_both_sides(dose):
    text = f"# Neck\n\n## Side neck stretch\nTip your ear towards your shoulder. {dose}\n\n"
    text += "## Chin tuck\nDraw your chin straight back. Do 10 repetitions.\n"
    assert _fields(text, "sides", "duration")[0] == ("Side neck stretch", ["right side", "left side"], 20)


@pytest.mark.parametrize("chain", ["1-2-3-2-1", "20-10-20", "3-1-1", "10 - 8 - 6"])
def test_three_numbers_joined_by_dashes_are_no_range(chain):
    from voicecoach.importer.numbers import normalize

    assert normalize(f"a {chain} pattern, 8-12 reps") == f"a {chain} pattern, 8 to 12 reps"


@pytest.mark.parametrize(
    "line",
    [
        "Go through this 20-10-20 circuit three more times.",
        "Go through the 4-move circuit 4 times.",
        "Work through this short circuit 4 times.",
    ],
)
def test_a_circuit_named_with_a_qualifier_is_the_sessions_rounds(line):
    text = f"# Quick circuit\n\n{line}\n\n- Squats: 10 reps\n- Push-ups: 10 reps\n- Lunges: 10 reps\n"
    result = import_article(text, "u.md")
    assert result.session.rounds == 4
    assert [e.get("sets") for e in result.exercises] == [None, None, None]


# A hold, then each side named bare ("left then right"): both sides, in the order said; a movement
# that visits both sides with no hold of its own is one movement
LEFT_THEN_RIGHT = [
    (
        "Tilt your ear towards your shoulder and hold for 15 seconds, left then right.",
        ["left side", "right side"],
    ),
    ("Drop your ear to the shoulder. Hold 20 s right side, then left side.", ["right side", "left side"]),
    ("Ease your head over and stay for 5 breaths, right and then left.", ["right side", "left side"]),
    ("Turn your head slowly left then right. Repeat 5 times.", []),
]


@pytest.mark.parametrize(("text", "sides"), LEFT_THEN_RIGHT)
def test_a_hold_then_left_then_right_is_both_sides(text, sides):
    article = f"# Neck\n\n## Side stretch\n{text}\n\n## Chin tuck\nDraw your chin straight back, 10 times.\n"
    assert _fields(article, "sides")[0] == ("Side stretch", sides or None)


# No number at all, a lift held at the top and lowered: counted reps with the default hold
HOLD_THEN_LOWER = [
    "Tighten the thigh and lift the leg a few inches off the bed, hold, then lower it slowly.",
    "Raise your arm out to the side. Hold and then slowly lower it.",
    "Lift your knee towards your chest, hold, and bring the foot back down.",
]


@pytest.mark.parametrize("text", HOLD_THEN_LOWER)
def test_a_lift_held_then_lowered_with_no_number_is_counted_with_a_hold(text):
    article = f"# After surgery\n\n## First lift\n{text}\n\n## Heel slide\nSlide your heel up and back.\n"
    assert _fields(article, "reps", "hold", "duration")[0] == ("First lift", 10, 5, None)


def test_a_stretch_held_then_released_with_no_number_stays_timed():
    article = (
        "# Stretches\n\n## Calf stretch\nLean into the wall, hold, then relax.\n\n## Hamstring\nReach down.\n"
    )
    assert _fields(article, "reps", "duration")[0] == ("Calf stretch", None, 30)


# A prescription set once as label lines before the exercises: every exercise's dose
LABELLED_PRESCRIPTIONS = [
    "Repetitions: 10\nSets: 2\nHold: 4 seconds\n",
    "**Reps** : 10\n**Sets** : 2\n**Hold time** : 4 sec\n",
    "Exercise regimen\nSets : 2\nRepetitions : 10\nHold: 4 s\nFrequency: once a day\n",
    "Sets : 2\nRepetitions : 10\nHold time during each repetition: average of 4-5 secs.\n",
]


@pytest.mark.parametrize("labels", LABELLED_PRESCRIPTIONS)
def test_dose_labels_before_the_exercises_dose_every_one(labels):
    text = (
        f"# Elbow stretches\n\n{labels}\n**Wrist flexor stretch**\n\nPut your palms together and lower your hands.\n\n"
        "**Wrist extensor stretch**\n\nPut the backs of your hands together and lower your elbows.\n"
    )
    assert _fields(text, "sets", "reps", "hold") == [
        ("Wrist flexor stretch", 2, 10, 4),
        ("Wrist extensor stretch", 2, 10, 4),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sitting, rest your right heel on the desk and lean forward. Hold 20 seconds. Repeat on the other side.",
        "Lie down and press your left thigh into the floor for 10 seconds. Then switch sides.",
    ],
)
def test_a_heel_or_thigh_named_for_a_side_works_the_leg(text):
    article = (
        f"# Desk\n\n## Desk stretch\n{text}\n\n## Neck turn\nTurn your head to look behind you, 10 times.\n"
    )
    assert _fields(article, "sides")[0][1][0].endswith("leg")


# "Repeat this N times" after a "one" that only says how many ("one full circle") is the count;
# after a count of its own ("5 on one foot, then 5 on the other") it is the sets
REPEAT_THIS = [
    ("Roll your eyes clockwise in one full circle, then the other way. Repeat this 5-10 times.", (None, 5)),
    ("Draw one big circle with your foot, then reverse it. Repeat this 8 times.", (None, 8)),
    ("Balance 5 times on one foot, then 5 times on the other. Repeat this twice.", (2, 5)),
]


@pytest.mark.parametrize(("text", "counts"), REPEAT_THIS)
def test_repeat_this_is_the_count_unless_the_text_counts_the_movement(text, counts):
    article = f"# Routine\n\n## First move\n{text}\n\n## Second move\nShrug your shoulders, 10 times.\n"
    assert _fields(article, "sets", "reps")[0][1:] == counts


@pytest.mark.parametrize(
    "ending", ["Keep switching between the two for a minute.", "Go back and forth between them for a minute."]
)
def test_switching_back_and_forth_between_two_is_one_exercise_not_two_variants(ending):
    text = (
        "# Eyes\n\n## Near and far focus\nLook at something far away for a few seconds. "
        f"Then switch to something close to your face. {ending}\n\n## Blinking\nBlink fast, 20 times.\n"
    )
    assert _fields(text, "sides", "duration")[0] == ("Near and far focus", None, 60)


@pytest.mark.parametrize(
    "cue",
    ["Move with the breath.", "Move with your breathing.", "Change with each inhale.", "Move with control."],
)
def test_moving_with_the_breath_is_how_to_move_not_a_second_way(cue):
    text = (
        "# Flow\n\n## Cat cow\nOn hands and knees, arch and round the back. "
        f"{cue} Do 8 rounds.\n\n## Child's pose\nSit back on the heels for 30 seconds.\n"
    )
    assert _fields(text, "sides", "reps")[0] == ("Cat cow", None, 8)


@pytest.mark.parametrize(
    ("heading", "repeat", "sets"),
    [("Chin tuck (10 repetitions)", "Repeat 10 times.", 1), ("Chin tuck - 10 reps", "Repeat 10 times.", 1)],
)
def test_a_count_said_in_the_heading_and_again_in_the_text_is_one_count(heading, repeat, sets):
    text = (
        f"# Neck\n\n## {heading}\nPush your chin straight back and hold for 5 seconds. {repeat}\n\n"
        "## Neck turn (5 repetitions)\nTurn your head to one side and back.\n"
    )
    assert _fields(text, "sets", "reps")[0] == ("Chin tuck", None, 10)


def test_a_different_count_after_the_reps_is_still_the_sets():
    text = "# Legs\n\n## Squats\nSquat down and up, 10 reps. Repeat 3 times.\n\n## Lunges\nStep and lunge, 10 reps.\n"
    assert _fields(text, "sets", "reps")[0] == ("Squats", 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Slide the foot back so the knee bends. Keep it bent for 3-5 seconds. Do 2 sets of 10 repetitions.",
        "Lift the straight leg. Keep your leg raised for 3 seconds, then lower. Do 2 sets of 10 repetitions.",
    ],
)
def test_keeping_a_position_for_a_time_inside_counted_reps_is_a_hold(text):
    article = f"# Knee\n\n## Knee bend\n{text}\n\n## Keep going\nKeep going for 2 minutes, walking easily.\n"
    assert _fields(article, "sets", "reps", "hold", "duration") == [
        ("Knee bend", 2, 10, 3, None),
        ("Keep going", None, None, None, 120),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shift your weight onto your left foot and place your right foot on your inner thigh. "
        "Hold for 5 breaths before switching sides.",
        "Put your weight on your left foot and lift the right knee. Hold for 20 seconds, then change sides.",
    ],
)
def test_switching_sides_after_a_stance_on_one_foot_is_both_legs(text):
    article = f"# Yoga\n\n## Tree pose\n{text}\n\n## Mountain pose\nStand tall. Hold for 5 breaths.\n"
    assert _fields(article, "sides")[0] == ("Tree pose", ["left leg", "right leg"])


@pytest.mark.parametrize(
    "text",
    [
        "Slide the lower jaw to the right. Repeat ten times, then do the same toward the left side.",
        "Bring your ear down to your shoulder. Repeat ten times, then ten more toward the other side.",
        "Tip your head to the side. Do it 8 times, then 8 more with the other side.",
    ],
)
def test_a_count_then_the_same_toward_the_other_side_is_both_sides(text):
    article = f"# Jaw and neck\n\n## Side move\n{text}\n\n## Chin tuck\nDraw the chin back, 10 times.\n"
    assert _fields(article, "sides")[0] == ("Side move", ["right side", "left side"])


@pytest.mark.parametrize(
    ("said", "reps"),
    [("Aim for 20 at a time.", 20), ("Try to do 12 in a row.", 12), ("Lift them one at a time.", 10)],
)
def test_a_count_at_a_time_or_in_a_row_is_the_reps(said, reps):
    text = f"# Core\n\n## Standing crunch\nDraw your knee up to your elbow. {said}\n\n## March\nMarch on the spot, 30 times.\n"
    assert _fields(text, "reps")[0] == ("Standing crunch", reps)


@pytest.mark.parametrize(
    "text",
    [
        "Lift one knee, then put it down. Switch knees each time and do 10 repetitions.",
        "Raise one arm overhead and lower it. Swap arms every rep, 10 repetitions in all.",
    ],
)
def test_switching_limbs_each_time_is_alternating_not_two_sides(text):
    article = f"# Chair\n\n## Knee ups\n{text}\n\n## Toe raises\nLift your toes, 10 times.\n"
    assert _fields(article, "sides", "reps")[0] == ("Knee ups", None, 10)


@pytest.mark.parametrize(
    ("said", "seconds"), [("for about one full minute", 60), ("for two whole minutes", 120)]
)
def test_a_full_or_whole_minute_is_the_time(said, seconds):
    text = f"# Eyes\n\n## Corner gaze\nLook toward the top corner of your eye {said}.\n\n## Blink\nBlink 20 times.\n"
    assert _fields(text, "duration")[0] == ("Corner gaze", seconds)


# "Complete 10 sets" with no count in a set, as a lay page or a handout's column writes it: ten rounds
# of the movement (reps), not ten sets with rests between; a few sets, or sets of timed work, stay sets
@pytest.mark.parametrize(
    "said, want",
    [
        ("Lift each finger in turn and hold for 5 seconds. Complete 10 sets twice a day.", (1, 10, 5, None)),
        ("Touch the thumb to each fingertip, one at a time. Do 8 sets on each hand.", (1, 8, None, None)),
        ("Squeeze the ball as hard as you can. Do 3 sets.", (3, 10, None, None)),
        ("Sprint on the spot for 20 seconds. Do 8 sets.", (8, None, None, 20)),
    ],
)
def test_many_sets_with_no_count_in_a_set_are_the_count(said, want):
    text = f"# Hands\n\n## Finger work\n{said}\n\n## Wrist circles\nCircle the wrists. Repeat 10 times.\n"
    e = import_article(text, "h.md").exercises[0]
    assert (e.get("sets") or 1, e.get("reps"), e.get("hold"), e.get("duration")) == want, said


# A count for every exercise said as "twice" in the introduction reads as "2 times" does: two runs of
# a drill over a distance, two reps of a counted movement; "twice a day" is how often, no count
@pytest.mark.parametrize(
    "intro, drills, moves",
    [
        ("Repeat each drill twice.", [(2, None, 60)] * 2, [(None, 2, None)] * 2),
        ("Every exercise is done twice.", [(2, None, 60)] * 2, [(None, 2, None)] * 2),
        ("Do each exercise twice a day.", [(None, None, 60)] * 2, [(None, 10, None)] * 2),
    ],
)
def test_twice_for_every_exercise_is_their_count(intro, drills, moves):
    runs = "## A-skips\nSkip with a high knee drive over 20 metres.\n\n## Carioca\nTravel sideways, crossing your feet, over 20 metres.\n"
    counted = (
        "## Bridge\nLie on your back and lift your hips.\n\n## Clam\nLie on your side and open your knees.\n"
    )
    for body, want in ((runs, drills), (counted, moves)):
        got = [
            (e.get("sets"), e.get("reps"), e.get("duration"))
            for e in import_article(f"# Drills\n\n{intro}\n\n{body}", "d.md").exercises
        ]
        assert got == want, (intro, body[:12])


# The same count twice at two paces is two sets of that count (the paces stay in the spoken how)
@pytest.mark.parametrize(
    "said",
    [
        "Do 20 fast, 20 slow.",
        "Skip 20 fast, then 20 slow.",
        "Do 20 fast squats and 20 slow squats.",
        "Do 20 slow and then 20 quick.",
    ],
)
def test_one_count_at_two_paces_is_two_sets(said):
    text = f"# Legs\n\n## Squats\nSit back and stand up. {said}\n\n## Lunges\nStep forward and sink. Do 10.\n"
    e = import_article(text, "l.md").exercises[0]
    assert (e.get("sets"), e.get("reps")) == (2, 20), said
    assert said.rstrip(".") in e["how"]


# A hold with no number said as staying a moment, inside counted reps: the default hold in each rep
@pytest.mark.parametrize(
    "said",
    [
        "Slowly tip your head back. Stay there a moment. Come back to the front. Do 5 repetitions.",
        "Lift the leg and pause for a moment at the top, then lower it. Repeat 8 times.",
        "Raise your arms, remain in this position briefly and lower them. Do 6.",
        "Squeeze and hold for several seconds, then let go. Repeat 10 times.",
    ],
)
def test_staying_a_moment_inside_counted_reps_is_the_default_hold(said):
    e = import_article(
        f"# Neck\n\n## Head tilt\n{said}\n\n## Shrugs\nLift the shoulders. Do 10.\n", "n.md"
    ).exercises[0]
    assert e.get("hold") == 5 and e.get("reps") and not e.get("duration"), said
