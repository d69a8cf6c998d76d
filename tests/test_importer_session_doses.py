"""Doses the importer reads beyond counts and times: holds in breaths, a lifting tempo, work/rest
intervals and rounds of the whole circuit, each becoming the routine feature made for it."""

from __future__ import annotations

import itertools

import pytest
import yaml

from support.cli import run_cli
from voicecoach.importer import import_article

CIRCUIT = """# Park circuit

Do each exercise for 40 seconds on, 20 seconds off. Go through the circuit three times,
resting 2 minutes between rounds.

## Squats
Stand with your feet apart and sit back as if into a chair.

## Push-ups
Lower your chest to the floor and press back up.

## Plank
Hold a straight line from head to heels for 30 seconds.
"""


def test_rounds_and_intervals_become_a_circuit_and_rest_between():
    result = import_article(CIRCUIT, "park.md")
    data = yaml.safe_load(result.yaml_text)
    assert data["settings"]["rest_between"] == "20s"
    block = data["exercises"][0]
    assert (block["circuit"], block["rounds"], block["rest"]) == ("Park circuit", 3, "2 min")
    assert [(e["name"], e["duration"]) for e in block["exercises"]] == [
        ("Squats", "40s"),
        ("Push-ups", "40s"),
        ("Plank", "30s"),
    ]
    assert [e.get("sets") for e in result.exercises] == [None, None, None]  # rounds are not sets


def test_a_title_that_asks_names_no_circuit_aloud():
    """A forum thread titled "Park circuit anyone?" opened its rounds with "Park circuit anyone?:
    3 rounds of 3 exercises."."""
    asked = CIRCUIT.replace("Park circuit", "Park circuit anyone?", 1)
    assert asked != CIRCUIT
    data = yaml.safe_load(import_article(asked, "park.md").yaml_text)
    assert (data["title"], data["exercises"][0]["circuit"]) == ("Park circuit anyone?", "Circuit")


def test_a_circuit_article_previews_round_by_round(tmp_path, capsys):
    article = tmp_path / "park.md"
    article.write_text(CIRCUIT, "utf-8")
    code, out, err = run_cli(["preview", str(article), "--json"])
    assert code == 0, err
    import json

    cues = json.loads(out)["cues"]
    assert max(c["round"] or 0 for c in cues) == 3
    assert any("Round 2 of 3" in (c["text"] or "") for c in cues)


def test_holds_in_breaths_are_timed_at_the_documented_pace():
    result = import_article(
        "# Yoga\n\n## Child's pose\nKneel and fold forward. Stay here for five deep "
        "breaths.\n\n## Cat-cow\nOn hands and knees, arch and round your back. Hold "
        "each shape for 2 breaths and repeat 6 times.\n",
        "yoga.md",
    )
    assert [(e.get("duration"), e.get("hold"), e.get("reps")) for e in result.exercises] == [
        (25, None, None),
        (None, 10, 6),
    ]
    assert "# article says" in result.yaml_text and "5 s a breath" in result.yaml_text


def test_a_tempo_is_the_pace_and_not_a_dose():
    result = import_article(
        "# Tempo squats\n\n## Goblet squat\nUse a 3-1-1 tempo: three seconds down, a "
        "one-second pause, one second up. Do 3 sets of 8.\n\n## Push-up\nTempo 2-0-2. "
        "Lower your chest and press up. 3 sets of 10 reps.\n",
        "tempo.md",
    )
    got = [(e["sets"], e["reps"], e.get("pace"), e.get("duration"), e.get("rest")) for e in result.exercises]
    assert got == [(3, 8, 5, None, None), (3, 10, 4, None, None)]
    assert "3 seconds down" in result.exercises[0]["how"]  # said, as the article spelled it: "three seconds"


def test_a_tempo_in_a_heading_and_its_breakdown_are_not_doses():
    result = import_article(
        "# Tempo training\n\n## Goblet squat: 3 x 8 @ 4-1-2-1\n\nTempo 4-1-2-1 means:\n"
        "- 4 seconds lowering\n- 1 second pause at the bottom\n- 2 seconds up\n"
        "- 1 second at the top\n\nHold a kettlebell at your chest and squat.\n\n"
        "## Romanian deadlift (1:4:1 tempo) - 3 sets of 10\n\nHinge at the hips.\n",
        "t.md",
    )
    got = [
        (e["name"], e["sets"], e["reps"], e.get("pace"), e.get("duration"), e.get("rest"))
        for e in result.exercises
    ]
    assert got == [("Goblet squat", 3, 8, 8, None, None), ("Romanian deadlift", 3, 10, 6, None, None)]


def test_interval_sets_of_one_exercise():
    result = import_article(
        "# Plank plan\n\n## Plank\nLie face down on your elbows and hold a straight line. "
        "Hold for 20 seconds on, 20 off x 4.\n",
        "plank.md",
    )
    e = result.exercises[0]
    assert (e["duration"], e["rest"], e["sets"]) == (20, 20, 4) and result.session.work is None


def test_rounds_of_both_exercises_after_the_last_one_are_the_circuits_with_its_rest():
    article = (
        "# Two-move burner\n\n## Star jumps - 30 seconds\n\nJump the feet apart and the arms overhead, then back.\n\n"
        "## Squat pulses - 30 seconds\n\nSink into a squat and pulse up and down a little.\n\n"
        "Do three rounds of both exercises. Take a 15-second rest in between each round.\n"
    )
    result = import_article(article, "burner.md")
    assert (result.session.rounds, result.session.round_rest) == (3, 15)
    assert [(e["name"], e.get("rest"), e.get("sets")) for e in result.exercises] == [
        ("Star jumps", None, None),
        ("Squat pulses", None, None),  # the last exercise does not take the circuit's rest
    ]


def test_rounds_of_each_exercise_stated_once_are_every_exercises_sets_with_their_rest():
    article = (
        "# Tabata day\n\n30 seconds of work followed by 15 seconds of rest for six rounds of each exercise:\n\n"
        "- push-ups\n- lunges\n- burpees\n"
    )
    got = [
        (e["name"], e.get("duration"), e.get("sets"), e.get("rest"))
        for e in import_article(article, "t.md").exercises
    ]
    assert got == [("Push-ups", 30, 6, 15), ("Lunges", 30, 6, 15), ("Burpees", 30, 6, 15)]


def test_a_plan_written_day_by_day_gives_its_first_day_as_the_dose():
    article = (
        "# Wall sit month\n\n## Wall sit\n\nBack flat on the wall, thighs level with the floor.\n\n"
        "Follow the plan:\n\nDay 1 - Hold for 15 seconds on 30 off x 3\nDay 2 - Hold for 15 seconds on 30 off x 3\n"
        "Day 3 - Hold for 20 seconds on 30 off x 4\n"
    )
    result = import_article(article, "wall.md")
    got = result.exercises[0]
    assert (got.get("sets"), got.get("duration"), got.get("rest")) == (3, 15, 30)
    assert any("a plan by day: took day 1" in a for a in result.assumptions)
    assert result.confidence.unread == 0  # the later days are the plan's progression, read as such


def test_a_rounds_paragraph_after_the_last_exercise_is_the_circuits_not_its_sets():
    article = (
        "# Quick legs\n\n## Squats\n\nSit back and stand up. 12 reps.\n\n"
        "## Lunges\n\nStep forward and sink down. 10 reps each leg.\n\nDo 2-3 rounds.\n"
    )
    result = import_article(article, "legs.md")
    assert result.session.rounds == 2
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [
        ("Squats", None, 12),
        ("Lunges", None, 10),
    ]
    assert yaml.safe_load(result.yaml_text)["exercises"][0]["rounds"] == 2
    one = article.replace("10 reps each leg.\n\nDo 2-3 rounds.", "10 reps each leg, 3 rounds.")
    assert import_article(one, "legs.md").exercises[1].get("sets") == 3  # in its own text: its sets


def test_a_repeat_count_closing_an_exercises_steps_is_its_own_not_the_whole_lists():
    article = (
        "# Desk neck\n\n## Chin tuck\n\n- Sit tall.\n- Hold for 5 seconds, then relax.\n- Repeat 6 times.\n\n"
        "## Shoulder roll\n\n- Roll the shoulders back.\n- Hold for 2 seconds at the top.\n- Repeat 4 times.\n"
    )
    result = import_article(article, "neck.md")
    assert result.session.rounds is None
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [("Chin tuck", 6), ("Shoulder roll", 4)]


def test_days_that_differ_in_more_than_their_numbers_are_a_plan_of_sessions_not_one_dose():
    from voicecoach.importer.shared import plan_by_day

    text = "# Week one\n\nDay 1 - Push-ups 3 x 10\nDay 2 - Squats 3 x 15\nDay 3 - Rest\n"
    assert plan_by_day(text) == ("", text)  # nothing dropped: each day names its own exercise


def test_a_rest_between_sets_in_the_same_sentence_as_the_shared_sets_leaves_the_sets_shared():
    article = (
        "# Strength\n\nComplete 3 sets of 8 reps of each exercise, resting 45 seconds between sets.\n\n"
        "1. Squat - sit back and stand up.\n2. Push-up - lower the chest and press up.\n"
    )
    got = [
        (e["name"], e.get("sets"), e.get("reps"), e.get("rest"))
        for e in import_article(article, "s.md").exercises
    ]
    assert got == [("Squat", 3, 8, 45), ("Push-up", 3, 8, 45)]


def test_a_count_of_each_over_a_list_is_every_exercises_count():
    article = "# Loosen up\n\nDo 12 of each:\n\n- Shoulder rolls\n- Wrist circles\n- Neck turns\n"
    got = [(e["name"], e.get("reps"), e.get("duration")) for e in import_article(article, "l.md").exercises]
    assert got == [("Shoulder rolls", 12, None), ("Wrist circles", 12, None), ("Neck turns", 12, None)]


def test_the_circuit_below_done_3_times_is_3_rounds():
    article = (
        "# Park HIIT\n\nComplete the circuit below 3 times, resting 1 minute between rounds.\n\n"
        "## Squat jumps\n\nJump up from a squat. 12 reps.\n\n## Push-ups\n\nLower and press. 10 reps.\n"
    )
    result = import_article(article, "h.md")
    assert (result.session.rounds, result.session.round_rest) == (3, 60)


# One interval as coaches write it beside each exercise: each must read as 40 s of work, the 20 s
# off the session's rest between exercises (not each exercise's rest), and leave the names clean.
INTERVAL_NOTATIONS = [
    "40 seconds on, 20 seconds off",
    "40s on, 20s off",
    ":40 on / :20 off",
    ":40/:20",
    "40 s work / 15 s rest",
    "work 40 rest 20",
    "Work: 40s / Rest: 20s",
    "40 sec work, 20 sec rest",
]


@pytest.mark.parametrize("notation", INTERVAL_NOTATIONS)
def test_interval_notations_beside_each_exercise_read_alike(notation):
    text = f"# Circuit\n\nA quick one.\n\n1. Squats: {notation}\n2. Push-ups: {notation}\n3. Lunges: {notation}\n"
    result = import_article(text, "c.md")
    assert [(e["name"], e.get("duration"), e.get("rest")) for e in result.exercises] == [
        ("Squats", 40, None),
        ("Push-ups", 40, None),
        ("Lunges", 40, None),
    ]
    assert yaml.safe_load(result.yaml_text)["settings"]["rest_between"] in ("20s", "15s")


def test_a_bare_interval_pair_with_its_count_is_one_exercises_sets():
    text = "# Finisher\n\n1. Squat jumps: 20/10 x 8\n2. Mountain climbers: 20/10 x 8\n"
    got = [(e["duration"], e["sets"], e["rest"]) for e in import_article(text, "f.md").exercises]
    assert got == [(20, 8, 10), (20, 8, 10)]


@pytest.mark.parametrize(
    ("said", "work", "rest"),
    [
        (
            "You do one exercise for 40 seconds without a break, as hard as you can with good form, and then you rest for 20 seconds.",
            40,
            20,
        ),
        ("Every move is done for 40 seconds (the work phase), followed by 20 seconds of rest.", 40, 20),
        ("Each station runs for 40 seconds, flat out but controlled, then rest for 20 seconds.", 40, 20),
        # told across sentences
        ("Work for 30 seconds. Then rest 15. Do 3 rounds.", 30, 15),
        (
            "Start your timer: set a timer for 30 seconds and go as fast as you can. When it beeps, rest for 15 seconds.",
            30,
            15,
        ),
        (
            "Each exercise lasts 30 seconds. Keep your form. Take 15 seconds of rest before the next one.",
            30,
            15,
        ),
        ("Go hard for 30 seconds, keeping good form. Recover for 15 s and start the next move.", 30, 15),
    ],
)
def test_an_interval_told_in_sentences_with_clauses_between_is_the_sessions(said, work, rest):
    text = f"# Home HIIT\n\n{said} Then on to the next one.\n\n## Squats\nSit back.\n\n## Burpees\nDrop and jump.\n"
    result = import_article(text, "h.md")
    assert [e.get("duration") for e in result.exercises] == [work, work], said
    assert result.session.rest_between == rest, said
    block = yaml.safe_load(result.yaml_text)["exercises"][0]  # an interval timer's: played as a tabata
    assert (block["work"], block["rest"]) == (f"{work}s", f"{rest}s"), said


def test_a_title_naming_the_interval_stays_as_written():
    text = "# The 40/20 Workout\n\nWork 40 seconds, rest 20 seconds.\n\n## Squats\nSit back.\n\n## Lunges\nStep.\n"
    assert import_article(text, "t.md").title == "The 40/20 Workout"


@pytest.mark.parametrize(
    "closing",
    [
        "4. Rest for 1 minute\n5. Repeat 3 times\n",
        "4. Rest for a full minute and have a drink\n5. Go round 3 times in all\n",
        "- Rest 60 seconds\n- Repeat the list 3 times\n",
    ],
)
def test_a_rest_item_then_a_repeat_item_closing_a_dosed_list_are_its_rounds(closing):
    bullet = "- " if closing.startswith("-") else ""
    items = (
        ["Squats x 10", "Push-ups x 10", "Lunges x 10"]
        if bullet
        else ["1. Squats x 10", "2. Push-ups x 10", "3. Lunges x 10"]
    )
    text = "# Garden circuit\n\nStraight through:\n\n" + "\n".join(bullet + i for i in items) + "\n" + closing
    result = import_article(text, "g.md")
    assert [e["name"] for e in result.exercises] == ["Squats", "Push-ups", "Lunges"]
    assert [(e.get("sets"), e.get("rest")) for e in result.exercises] == [(None, None)] * 3
    assert (result.session.rounds, result.session.round_rest) == (3, 60)


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("As many {} as you can manage in 1 minute", None),
        ("How many {} can you do in 1 minute?", None),
        ("Do as many {} as possible in 60 seconds.", None),
    ],
)
def test_a_challenge_against_the_clock_is_named_by_what_it_counts(item, name):
    moves = ["star jumps", "sit ups", "squat thrusts"]
    text = "# PE at home\n\nTry these:\n\n" + "".join(
        f"{n}. {item.format(m)}\n" for n, m in enumerate(moves, 1)
    )
    got = [(e["name"], e.get("duration"), e.get("reps")) for e in import_article(text, "pe.md").exercises]
    assert got == [("Star jumps", 60, None), ("Sit ups", 60, None), ("Squat thrusts", 60, None)]


def test_the_counted_movement_of_a_clock_challenge():
    from voicecoach.importer.naming import amrap_name

    assert amrap_name("Max push-ups in 1 minute") == "Push-ups"
    assert amrap_name("See how many burpees you can do in 30 seconds") == "Burpees"
    assert amrap_name("How many times can you hop on one leg in 30 seconds?") is None  # no movement named
    assert amrap_name("Squats: 3 sets of 10") is None


def test_a_repeat_count_after_a_list_of_counted_exercises_is_the_whole_lists_rounds():
    listed = "# Circuit\n\n1. Squats - 15 reps\n2. Push-ups - 10 reps\n3. Lunges - 10 reps\n\n"
    for said, rounds in (
        ("Repeat 3 times.", 3),
        ("Go through this 3 times.", 3),
        ("Repeat x 3.", 3),
        ("Repeat 2 more times.", 3),
        ("Do it twice.", 2),
    ):
        got = import_article(listed + said + "\n", "c.md")
        assert got.session.rounds == rounds, said
        assert [(e.get("sets"), e["reps"]) for e in got.exercises] == [(None, 15), (None, 10), (None, 10)], (
            said
        )
    # after a hold, the paragraph is the last exercise's own count
    held = "# Knee\n\n## Heel slides\n\nSlide the heel 10 times.\n\n## Quad sets\n\nTighten and hold for 5 seconds.\n\nRepeat 10 times.\n"
    got = import_article(held, "k.md")
    assert got.session.rounds is None and (got.exercises[1]["reps"], got.exercises[1]["hold"]) == (10, 5)


# A handout's first section under its subtitle says how often and which count every exercise
# starts at, and how far to build up: an introduction, not one more exercise
INTRO_SECTIONS = {
    "bold subtitle": "**Week 1 at home**\n\nDo these exercises gently, three times a day.\nStart with 8 repetitions of each\nexercise and build up to 15.",
    "heading": "## The first days\n\nThese exercises help your knee bend again. Aim to do all of them twice a day. "
    "Begin with 8 repetitions of each exercise, working up to 15 as it gets easier.",
    "bold with daily": "**After your operation**\n\nTry these moves daily. Do each exercise 8 times; build up to 15 over the week.",
}


@pytest.mark.parametrize("layout", list(INTRO_SECTIONS))
def test_a_first_section_that_doses_every_exercise_and_says_how_often_is_the_introduction(layout):
    text = (
        f"# Knee exercises\n\n{INTRO_SECTIONS[layout]}\n\n**Heel slides**\nSlide your heel up the bed and back.\n\n"
        "**Straight leg raise**\nLift your straight leg off the bed, then lower it.\n"
    )
    got = import_article(text, "knee.md").exercises
    assert [(e["name"], e.get("reps")) for e in got] == [("Heel slides", 8), ("Straight leg raise", 8)]


SQUEEZES = [
    "Tighten your thigh muscle and hold for 5 seconds, then relax.",
    "Squeeze your buttocks together. Hold for a count of five and let go.",
    "Press the back of your knee into the bed and hold the squeeze for five seconds before you release.",
]


@pytest.mark.parametrize("said", SQUEEZES)
def test_a_short_hold_under_a_count_stated_once_is_held_in_each_rep(said):
    text = (
        "# Day one exercises\n\nDo 10 repetitions of each exercise.\n\n## Thigh squeeze\n"
        f"Lie on your back. {said}\n\n## Ankle pumps\nPoint your feet up and down.\n"
    )
    got = import_article(text, "day1.md").exercises
    assert [(e.get("reps"), e.get("hold"), e.get("duration")) for e in got] == [
        (10, 5, None),
        (10, None, None),
    ]


def test_a_long_hold_under_a_count_stated_once_stays_timed():
    text = (
        "# Core\n\nDo 10 repetitions of each exercise.\n\n## Plank\nHold a straight line for 30 seconds.\n\n"
        "## Crunches\nCurl your shoulders up and lower.\n"
    )
    got = import_article(text, "core.md").exercises
    assert [(e.get("reps"), e.get("duration")) for e in got] == [(None, 30), (10, None)]


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("Complete 3 rounds.", None),
        ("Repeat for 3 rounds.", None),
        ("Do 3 circuits.", None),
        ("Rounds: 3", None),
        ("Go through them three times.", None),
        ("Aim for 3 sets of the circuit.", None),
        ("3 rounds, 60 seconds rest between rounds.", "1 min"),
        ("Perform 3 rounds with 1 minute rest between each round.", "1 min"),
    ],
)
def test_a_count_of_rounds_in_the_introduction_is_the_circuits(said, rest):
    text = f"# Core\n\n{said}\n\n## Plank\nHold for 30 seconds.\n\n## Bridge\nLift the hips. 10 reps.\n"
    result = import_article(text, "c.md")
    block = yaml.safe_load(result.yaml_text)["exercises"][0]
    assert (block.get("rounds"), block.get("rest")) == (3, rest)
    assert [e.get("sets") for e in result.exercises] == [None, None]


def test_a_count_of_rounds_above_an_exercise_table_is_the_circuits():
    text = (
        "# HIIT\n\nComplete 3 rounds.\n\n| Exercise | Reps |\n|---|---|\n| Squats | 15 |\n| Push-ups | 10 |\n"
    )
    result = import_article(text, "h.md")
    assert result.session.rounds == 3 and [e["reps"] for e in result.exercises] == [15, 10]


def test_a_count_of_rounds_under_one_exercise_stays_its_own():
    text = "# Core\n\nShort and sharp.\n\n## Plank\nHold for 30 seconds. Complete 3 rounds.\n\n## Bridge\nLift the hips. 10 reps.\n"
    assert import_article(text, "c.md").session.rounds is None


def test_rounds_of_the_whole_list_said_before_it_or_with_no_group_noun():
    listed = "1. Squats - 15 reps\n2. Push-ups - 10 reps\n3. Lunges - 10 reps\n\n"
    for before, after in (
        ("Complete 3 rounds:\n\n", ""),
        ("3 rounds of:\n\n", ""),
        ("## 3 rounds\n\n", ""),
        ("Do 3 sets of the following exercises:\n\n", ""),
        ("", "Go through 3 times, resting 1 minute between rounds.\n"),
        ("", "Repeat the whole list 2 more times.\n"),
    ):
        got = import_article(f"# Circuit\n\n{before}{listed}{after}", "c.md")
        assert got.session.rounds == 3, before or after
        assert [e.get("sets") for e in got.exercises] == [None, None, None], before or after


def test_rest_between_exercises_and_between_rounds_in_one_sentence():
    text = (
        "# Park circuit\n\nRest 15 seconds between exercises and 2 minutes between rounds. Do 3 rounds.\n\n"
        "## Squats\nSit back. 10 reps.\n\n## Push-ups\nLower and press. 10 reps.\n"
    )
    session = import_article(text, "p.md").session
    assert (session.rounds, session.round_rest, session.rest_between) == (3, 120, 15)


@pytest.mark.parametrize(
    "lead", ["Every minute on the minute for 10 minutes:", "EMOM 10 min:", "EMOM x 10 rounds"]
)
def test_every_minute_on_the_minute_is_a_round_a_minute(lead):
    result = import_article(f"# Finisher\n\n{lead}\n\n- 5 burpees\n- 10 squats\n", "e.md")
    assert result.session.rounds == 10
    assert [(e["name"], e["reps"]) for e in result.exercises] == [("Burpees", 5), ("Squats", 10)]


def test_a_work_and_rest_interval_stated_once_in_its_common_wordings():
    listed = "1. Squats\n2. Push-ups\n3. Lunges\n"
    for said in (
        "Work: 40s / Rest: 20s.",
        "Work 40 seconds, rest 20.",
        "Intervals: :40 on / :20 off.",
        "40 seconds on, 20 off.",
    ):
        got = import_article(f"# Circuit\n\n{said}\n\n{listed}", "c.md")
        assert [e["duration"] for e in got.exercises] == [40, 40, 40] and got.session.rest_between == 20, said


def test_a_hold_then_a_rest_in_the_next_sentence_is_no_interval():
    text = "# Stretches\n\n## Calf stretch\nLean on the wall. Hold for 30 seconds. Rest 10 seconds. Repeat 3 times.\n"
    result = import_article(text, "s.md")
    assert result.session.rest_between is None and result.session.work is None


TABATA = """# Living-room Tabata

Work for 20 seconds, then rest for 10 seconds. Go through all four moves twice.

## Squats
Sit back as if into a chair.

## Push-ups
Lower your chest to the floor and press back up.

## Mountain climbers
Drive your knees in turn towards your chest.

## Burpees
Drop, jump your feet back, jump up.
"""


def test_an_interval_timers_session_plays_as_a_tabata_its_start_beeps_exactly_30_s_apart(tmp_path):
    import json

    result = import_article(TABATA, "tabata.md")
    block = yaml.safe_load(result.yaml_text)["exercises"][0]
    assert (block["tabata"], block["rounds"], block["work"], block["rest"]) == (
        "Living-room Tabata",
        8,
        "20s",
        "10s",
    )
    assert [e["name"] for e in block["exercises"]] == ["Squats", "Push-ups", "Mountain climbers", "Burpees"]
    assert [e.get("duration") for e in result.exercises] == [20, 20, 20, 20]  # the contract is unchanged
    article = tmp_path / "tabata.md"
    article.write_text(TABATA, "utf-8")
    code, out, err = run_cli(["preview", str(article), "--json"])
    assert code == 0, err
    starts = [c["start"] for c in json.loads(out)["cues"] if c["sound"] == "start"]
    assert len(starts) == 8 and {round(b - a, 6) for a, b in itertools.pairwise(starts)} == {30.0}


def test_a_circuit_with_a_long_rest_or_counted_moves_stays_a_circuit():
    slow = TABATA.replace("rest for 10 seconds", "rest for 45 seconds")
    assert "circuit" in yaml.safe_load(import_article(slow, "slow.md").yaml_text)["exercises"][0]
    counted = TABATA.replace("Sit back as if into a chair.", "Sit back as if into a chair, 15 times.")
    assert "circuit" in yaml.safe_load(import_article(counted, "counted.md").yaml_text)["exercises"][0]


def test_one_moves_rounds_of_work_and_short_rest_play_as_its_own_tabata(tmp_path):
    import json

    text = (
        "# Tabata for two moves\n\n## Jump squats\nSquat and jump. 8 sets of 20 seconds, resting 10 seconds.\n\n"
        "## Push-ups\nLower and press. 8 sets of 20 seconds, resting 10 seconds.\n"
    )
    data = yaml.safe_load(import_article(text, "t.md").yaml_text)
    got = [(b["tabata"], b["rounds"], b["work"], b["rest"]) for b in data["exercises"]]
    assert got == [("Jump squats", 8, "20s", "10s"), ("Push-ups", 8, "20s", "10s")]
    article = tmp_path / "t.md"
    article.write_text(text, "utf-8")
    code, out, err = run_cli(["preview", str(article), "--json"])
    assert code == 0, err
    starts = [c["start"] for c in json.loads(out)["cues"] if c["sound"] == "start"]
    firsts = starts[:8]
    assert len(starts) == 16 and {round(b - a, 6) for a, b in itertools.pairwise(firsts)} == {30.0}
    # a physiotherapist's three timed holds with a rest: sets, announced one by one
    holds = "# Core\n\n## Plank\nHold a straight line for 30 seconds. Do 3 sets, resting 30 seconds.\n"
    assert "tabata" not in yaml.safe_load(import_article(holds, "c.md").yaml_text)["exercises"][0]
