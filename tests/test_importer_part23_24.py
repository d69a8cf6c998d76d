"""Rules the training articles of parts 23 and 24 (459-490) showed, each on our own small examples
re-worded the way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A bullet item led by its count before a name in title case: a bullet is never numbering, so the
# number is the count ("1. Overhead Reach" or a bare "1 Overhead Reach" line may still number it)
COUNTED_BULLETS = {
    "dashes under a minute clock": "Every minute on the minute for 20 minutes:\n\n- 5 Pull-Ups\n- 10 Push-Ups\n"
    "- 15 Air Squats/Body Squats\n",
    "stars under a round count": "Three rounds, as fast as you can:\n\n* 8 Box Jumps\n* 12 Kettlebell Swings\n"
    "* 20 Sit-Ups\n",
    "dots in a finisher": "Finish with:\n\n• 30 Jumping Jacks\n• 10 Burpees\n• 20 Mountain Climbers\n",
}


@pytest.mark.parametrize("layout", list(COUNTED_BULLETS))
def test_a_bullet_items_leading_count_before_a_title_cased_name_is_its_reps(layout):
    got = _fields(f"# Workout of the day\n\n{COUNTED_BULLETS[layout]}", "reps")
    counts = [
        int(line.split()[1]) for line in COUNTED_BULLETS[layout].splitlines() if line and line[0] in "-*•"
    ]
    assert [reps for _, reps in got] == counts
    assert all(not name[0].isdigit() for name, _ in got)


def test_a_numbered_title_cased_name_keeps_its_number_as_numbering():
    got = _fields("# Stretches\n\n1. Overhead Reach\n2. Side Bend\n3. Calf Stretch\n", "reps")
    assert [name for name, _ in got] == ["Overhead Reach", "Side Bend", "Calf Stretch"]


# A short time inside counted reps is held in each rep: with sets and reps stated too, and when the
# text speaks of breathing or work elsewhere (only a breath's or a bout's own time is no hold)
HELD_IN_REPS = {
    "sets of reps": "## Back raise\n\nDo 3 sets of 12 reps. Lift your chest off the mat for 5 seconds, then lower.\n",
    "breathing elsewhere": "## Belly brace\n\nBreathe in and out. Keep breathing normally and keep the brace "
    "for 5 seconds, then do the whole thing again, 12 times in all.\n",
    "work elsewhere": "## Seated squeeze\n\nPress your knees together for 5 seconds, then release. "
    "Repeat 12 times. You can do this one at work, too.\n",
}


@pytest.mark.parametrize("layout", list(HELD_IN_REPS))
def test_a_short_time_inside_counted_reps_is_a_hold(layout):
    got = _fields(f"# Core\n\n{HELD_IN_REPS[layout]}", "reps", "hold", "duration")
    assert [(reps, hold, duration) for _, reps, hold, duration in got] == [(12, 5, None)]


def test_a_breaths_own_time_stays_no_hold_and_all_fours_is_no_time():
    breath = _fields(
        "# Calm\n\n## Slow breath\n\nBreathe in for 4 seconds, then out. Repeat 6 times.\n", "hold"
    )
    assert breath[0][1] is None
    fours = _fields(
        "# Back\n\n## Cat arch\n\nStart on all 4s. Arch your back and hold for a few seconds. Do this 10 times.\n",
        "reps",
        "hold",
    )
    assert fours == [("Cat arch", 10, 5)]


# The time a whole round or session takes is the sum of its exercises, none's own time
WHOLE_ROUND_TIMES = [
    "Do these stretches twice a day; a round takes 5-10 minutes.",
    "Do each exercise in turn; the whole routine only lasts about 15 minutes.",
    "Repeat these moves slowly, as one session usually takes 20 minutes.",
]


@pytest.mark.parametrize("intro", WHOLE_ROUND_TIMES)
def test_the_time_a_whole_round_takes_is_no_exercises_time(intro):
    got = _fields(
        f"# Morning set\n\n{intro}\n\n## Hamstring stretch\n\nLean over your straight leg.\n\n"
        "## Knee lifts\n\nLift one knee, then the other.\n",
        "duration",
    )
    assert all((d or 0) < 300 for _, d in got)


def test_an_exercise_that_takes_its_own_minutes_keeps_them():
    got = _fields("# Cardio\n\n## Brisk walk\n\nWalk briskly; each walk takes 5 minutes.\n", "duration")
    assert got == [("Brisk walk", 300)]


# A hold with no time done again with no count ("hold and repeat"): the default hold in the default
# count, as a hold repeated is reps + hold (CONVENTIONS.md), not one held stretch
HOLD_AND_REPEAT = [
    "Lean toward the wall until the calf stretches; hold and repeat.",
    "Pull the toes back gently. Hold, relax, then repeat.",
    "Press the knee down into the towel, hold and then repeat.",
]


@pytest.mark.parametrize("text", HOLD_AND_REPEAT)
def test_a_bare_hold_repeated_with_no_count_is_the_default_hold_in_the_default_count(text):
    got = _fields(
        f"# Stretches\n\n## Stretch one\n\n{text}\n\n## Stretch two\n\n{text}\n", "reps", "hold", "duration"
    )
    assert [(r, h, d) for _, r, h, d in got] == [(10, 5, None), (10, 5, None)]


def test_a_bare_hold_repeated_on_the_other_side_stays_a_held_stretch():
    got = _fields(
        "# Stretch\n\n## Calf stretch\n\nLean in until the calf stretches. Hold, then repeat on the "
        "other side.\n",
        "reps",
        "hold",
        "duration",
    )
    assert got[0][1:] == (None, None, 30)


# A printed sheet's hold and count left blank for the therapist ("Hold for ____ seconds. Repeat ____
# times."): a hold in counted reps, so the default hold in the default count, not one held stretch
BLANK_SHEETS = [
    "Let the knee sink toward the floor. Hold for _______ seconds. Repeat _______ times.",
    "Tighten the thigh. Hold ______ seconds, then relax. Do ______ repetitions.",
    "Lift the leg to the side. Hold for …… seconds. Lower it slowly. Repeat …… times.",
]


@pytest.mark.parametrize("text", BLANK_SHEETS)
def test_a_blank_hold_and_a_blank_count_are_the_default_hold_in_the_default_count(text):
    got = _fields(
        f"# Knee sheet\n\n## Knee stretch\n\n{text}\n\n## Leg raise\n\n{text}\n", "reps", "hold", "duration"
    )
    assert [(r, h, d) for _, r, h, d in got] == [(10, 5, None), (10, 5, None)]


# A picture's alt text pasted as a line of its own under the name is no name and no step
ALT_TEXT_LINES = [
    ("Picture of the tendon glide exercise", "Picture of the wrist bend exercise"),
    ("Image of a woman doing a wall push-up", "Image of a man holding a calf stretch"),
    ("Illustration showing the bridge", "Photo of the side-lying leg lift"),
]


@pytest.mark.parametrize(("first", "second"), ALT_TEXT_LINES)
def test_a_pictures_alt_text_line_is_no_name(first, second):
    text = (
        f"Hand and leg exercises\n\nWall push-up\n\n{first}\n\n  1. Stand facing the wall.\n"
        "  2. Bend your elbows, then push back. Repeat 10 times.\n\n"
        f"Leg lift\n\n{second}\n\n  1. Lie on your side.\n  2. Lift the top leg and lower it. Repeat 12 times.\n"
    )
    got = [(e["name"], e.get("reps")) for e in import_article(text, "u.txt").exercises]
    assert got == [("Wall push-up", 10), ("Leg lift", 12)]


# A session part in brackets after a name ("Seated Marching (Warm-up)") is no part of the name
@pytest.mark.parametrize(
    "lines",
    [
        ("1. Seated Marching (Warm-up)", "2. Arm Circles", "3. Neck Stretch (Cool-down)"),
        ("## Jog in place (warm up)", "## Arm Circles", "## Neck Stretch (cooldown)"),
    ],
)
def test_a_session_part_in_brackets_after_a_name_is_no_part_of_it(lines):
    body = "\n\n".join(f"{line}\nMove gently for one minute." for line in lines)
    names = [name for (name,) in _fields(f"# Chair routine\n\n{body}\n")]
    assert names[1:] == ["Arm Circles", "Neck Stretch"]
    assert "(" not in names[0] and names[0].split()[0] in ("Seated", "Jog")


# A movement done "again and again" or "over and over" with no number is counted (the default
# count), even under a name that would otherwise be held ("Back stretch")
@pytest.mark.parametrize(
    "text",
    [
        "Pull the wrist upward little by little, again and again.",
        "Reach up behind your back and lower the hand, over and over.",
        "Slide the towel up your back and down again, over and over again.",
    ],
)
def test_a_movement_done_again_and_again_is_counted(text):
    got = _fields(
        f"# Shoulder\n\n## Back stretch\n\n{text}\n\n## Towel stretch\n\n{text}\n", "reps", "duration"
    )
    assert [(r, d) for _, r, d in got] == [(10, None), (10, None)]


# What one rep is ("That is one rep", "this counts as 1 repetition") defines the rep, no count of 1
@pytest.mark.parametrize(
    "said",
    ["That is one rep.", "This counts as one repetition.", "That's 1 full rep."],
)
def test_saying_what_one_rep_is_is_no_count(said):
    got = _fields(
        f"# Finger warm-up\n\n## Finger curls\n\nCurl the fingers to the palm, then open them. {said} Do it 20 times.\n",
        "sets",
        "reps",
    )
    assert got == [("Finger curls", None, 20)]


@pytest.mark.parametrize(
    "question",
    [
        "### What type of exercise can help frozen shoulder pain?",
        "## Which stretches ease a stiff shoulder?",
        "### What kinds of moves should I do?",
    ],
)
def test_a_heading_asking_which_exercises_help_is_over_them_not_a_faq(question):
    """A clinic page put its exercises under "What type of exercise can help …?" after another
    question heading, and every question heading read as a FAQ's: nothing was found (refused)."""
    text = (
        "# Frozen shoulder\n\n### What are common signs?\n\n- Moving the shoulder hurts\n- The shoulder "
        f"feels stiff\n\n{question}\n\n**Lying down flexion:**\n\n- Lie flat on your back\n- Lift the sore arm "
        "up and back toward the floor\n- Repeat 5-10 times\n\n**Cross body stretch:**\n\n- Sit or stand\n"
        "- Bring the sore arm across your chest\n- Hold for 15-30 seconds\n\n## Why do these exercises work?\n\n"
        "They ease the stiffness bit by bit.\n"
    )
    assert _fields(text, "reps", "duration") == [
        ("Lying down flexion", 5, None),
        ("Cross body stretch", None, 15),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warm-up sheet's "Name: dose" lines; the first named by its verb, the next two by a pace
        (
            "# Warm up\n\nJog on the spot: for 2 minutes\nJog gently, lifting the feet a little.\n\n"
            "Heel taps: aim for 40 heel taps in 40 seconds\nTap alternate heels to the front.\n\n"
            "Arm circles: try to do 20 circles in 30 seconds\nCircle both arms forwards.\n",
            [("Jog on the spot", None, 120), ("Heel taps", None, 40), ("Arm circles", None, 30)],
        ),
        (
            "# Warm up\n\n1. Walk in place\nSwing your arms and walk in place for 3 minutes.\n\n"
            "2. Step touches\nStep to the side and back. Complete 30 step touches in about 45 seconds.\n",
            [("Walk in place", None, 180), ("Step touches", None, 45)],
        ),
    ],
)
def test_a_count_to_reach_within_a_time_is_timed_work_and_a_verb_can_name_a_dosed_line(text, expected):
    """A warm-up page's "Heel digs: aim for 60 heel digs in 60 seconds" read as 60 reps of 60 s, and
    its "March on the spot: for 3 minutes" as an instruction, not a name (the exercise was lost)."""
    assert _fields(text, "reps", "duration") == expected


@pytest.mark.parametrize(
    "board",
    [
        "30 Mountain Climbers\n20 Kettlebell Swings\nRest 1 Min between Rounds",
        "25 Air Squats\n12 Burpees",
        "15 Goblet Squats\n10 Push-Ups\nRest 90 sec between rounds",
    ],
)
def test_a_whiteboard_of_counts_before_title_cased_names_is_the_workout_and_the_notes_after_are_not(board):
    """A workout-of-the-day page: "5 Rounds", then "30 Mtn Climbers" / "20 KB Swings" with no
    bullets, then the coach's notes with weights and a goal time. The counted names were not read
    (a list's "1 Overhead Reach" is numbering), and the last one took the notes, 12 hours of them."""
    text = (
        f"# Monday grind\n\n4 Rounds\n\n{board}\n\nIdeal weight: 25-40 lb\n\nScore: total time including rest\n\n"
        "Goal: under 20 min\n\nThe rest is there so you can go hard on every round. If round one ends at 2:05,"
        " round two starts at 3:05, and so on.\n"
    )
    counts = [int(line.split()[0]) for line in board.split("\n") if not line.startswith("Rest")]
    fields = _fields(text, "reps", "duration")
    assert [f[1] for f in fields] == counts and all(f[2] is None for f in fields)


@pytest.mark.parametrize(
    ("how", "reps"),
    [
        ("Open and close the hand, and repeat 20 times as fast as you can.", 20),
        ("Tap your toes, and do it 15 times as fast as possible.", 15),
        ("Pump the arms. Repeat 12 times as hard as you can.", 12),
    ],
)
def test_a_count_done_as_fast_as_you_can_is_the_count_not_a_ratio(how, reps):
    """A climbing gym's "20 Finger Flicks": "repeat 20 times as fast as you can" read as a ratio
    ("breathe out 2 times as long as in"), so the default 10 was played; and its heading's 20, before
    "Finger", was kept in the name as "5 Finger Breathing" keeps its 5."""
    text = f"# Warm-up drills\n\n### 20 Finger Flicks\n\n{how}\n\n### 5 Finger Breathing\n\nTrace your hand. Do 3 rounds.\n"
    [(flicks, count), (breathing, _)] = _fields(text, "reps")
    assert (flicks, count) == ("Finger Flicks", reps) and breathing == "5 Finger Breathing"


@pytest.mark.parametrize(
    "how",
    [
        "Start with holds of 30-60 seconds and build to 60-90 second holds over the winter.",
        "Hold for 30 seconds at first; building to 2 minute holds takes a few weeks.",
    ],
)
def test_build_to_without_up_is_a_progression_too(how):
    """A cycling magazine's plank: "build to 60-90 second holds" was read as today's hold (60 s)
    beside the 30-60 seconds it starts with, as "build up to" already was not."""
    assert _fields(f"# Core\n\n## Plank\n\nGet on your elbows and toes. {how}\n", "duration", "hold") == [
        ("Plank", 30, None)
    ]
