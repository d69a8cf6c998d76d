"""Doses that would harm: an import whose numbers make a session no clinician would write is
unsure (reviewed before it is played), and one over the routine format's limit is refused on
one line naming the article's line that holds the number. Examples in our own words."""

from __future__ import annotations

import pytest

from support.cli import run_cli
from voicecoach.errors import InputError
from voicecoach.importer import import_article
from voicecoach.importer.plausible import implausible_reading, overworked, session_seconds, work_seconds

SPREAD = "2. Finger lifts: lift each finger off the table in turn, 10 times."


@pytest.mark.parametrize(
    "line",
    [
        "1. Grip hold: squeeze the gripper and hold 30 s x 10 sets x 2 hands.",
        "1. Putty press - press your thumb into the putty, hold for 45 seconds, 8 times, 3 sets.",
        "1. Ball squeeze\nSqueeze the soft ball as hard as you can and keep it squeezed for 1 minute. "
        "Do 12 repetitions.",
    ],
)
def test_one_exercise_with_more_than_ten_minutes_of_repeated_work_makes_the_import_unsure(line):
    result = import_article(f"# Hand programme\n\n{line}\n{SPREAD}\n", "hand.txt")
    confidence = result.confidence
    doubted = confidence.doubted[0]
    assert confidence.unsure and "dose implausible" in confidence.reasons[doubted]
    assert doubted.split()[0] in ("Grip", "Putty", "Ball")
    assert f"{doubted} asks" in confidence.summary() and "min of work" in confidence.summary()


def test_an_endurance_bout_or_a_single_long_walk_is_not_doubted_for_its_length():
    rowing = {"name": "Intervals", "sets": 10, "duration": 60, "rest": 60}
    assert work_seconds(rowing) == 10 * 60 + 9 * 60
    assert not overworked(rowing, "Row hard, then easy; raise the stroke rate each time.")
    assert overworked({**rowing, "name": "Plank", "duration": 75}, "Hold the plank with a straight back.")
    assert not overworked({"name": "Brisk walk", "duration": 1200}, "")
    assert not overworked({"name": "Body scan", "duration": 900}, "Lie down and let each part go.")
    assert not overworked({"name": "Exercise 4", "duration": 900}, "Walk round the garden, slowly.")
    assert overworked({"name": "Plank", "duration": 900}, "Hold a straight line.")  # one bout too long
    isometric = {"name": "Wall sit", "sets": 5, "duration": 45, "rest": 120}  # rests are no work
    assert work_seconds(isometric) == 5 * 45 + 4 * 120 and not overworked(isometric, "Sit against the wall.")
    assert not overworked({"name": "Coherent breathing", "duration": 900}, "Breathe in for 5, out for 5.")
    assert not overworked({"name": "Palming", "duration": 900}, "Cover your eyes with your palms.")
    assert overworked({"name": "Curl", "duration": 900}, "Breathe out as you lift the weight.")
    assert overworked({"name": "Sprint finish", "duration": 1500}, "Tabata beat ordinary cardio.") is False
    assert overworked({"name": "Climbers", "duration": 1500}, "Tabata beat ordinary cardio. Go hard.")
    result = import_article(
        "# Cardio\n\n1. Brisk walk: walk briskly for 20 minutes.\n2. Calf raises: rise onto your toes, 15 times.\n",
        "cardio.txt",
    )
    assert not result.confidence.unsure and not result.confidence.harm


def test_a_session_of_over_an_hour_is_unsure_and_its_longest_exercise_named():
    text = (
        "# Weekend session\n\n"
        "1. Cycling: cycle at an easy pace for 25 minutes.\n"
        "2. Jogging: jog gently for 20 minutes.\n"
        "3. Swimming: swim lengths at an easy pace for 20 minutes.\n"
    )
    result = import_article(text, "weekend.txt")
    assert session_seconds(result.exercises) > 3600
    assert result.confidence.unsure and result.confidence.doubted[0] == "Cycling"
    assert (
        "the session would take 66 min (its longest exercise, Cycling: 25 min)" in result.confidence.summary()
    )


@pytest.mark.parametrize(
    ("article", "line", "quoted"),
    [
        (
            "# Grip\n\n1. Ball squeeze: squeeze the ball 20 times, holding for 3 hours.\n" + SPREAD,
            3,
            "3 hours",
        ),
        (
            "# Legs\n\n## Wall sit\nLean on the wall, knees bent. Stay there for 2-3 hrs, repeat 8 times.\n\n"
            "## Finger lifts\nLift each finger off the table in turn, 10 times.\n",
            4,
            "2-3 hrs",
        ),
    ],
)
def test_a_session_over_the_format_limit_is_refused_at_the_article_line_with_the_number(
    article, line, quoted, tmp_path
):
    path = tmp_path / "sheet.txt"
    path.write_text(article, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_article(article, str(path))
    message = str(refused.value)
    assert message.startswith(f'{path}:{line}: "{quoted}" reads as') and "\n" not in message
    assert "12-hour limit" in message and "correct it in a copy of the article" in message
    code, out, err = run_cli(["import", str(path)])
    assert code == 2 and out == "" and err.strip().count("\n") == 0 and f"sheet.txt:{line}:" in err


def test_how_often_in_hours_is_no_length():
    result = import_article(
        "# Knee\n\n1. Knee bends: bend and straighten the knee 20 times, every 2-3 hours.\n"
        "2. Quad sets: tighten the thigh, hold 5 seconds, 10 times, every 2/3 hours.\n",
        "knee.txt",
    )
    assert [(e["reps"], e.get("duration"), e.get("hold")) for e in result.exercises] == [
        (20, None, None),
        (10, None, 5),
    ]


def test_a_saved_pages_refusal_names_its_html_line(tmp_path):
    page = tmp_path / "grip.html"
    page.write_text(
        "<!doctype html>\n<html><head><title>Grip exercises</title></head>\n<body><article>\n"
        "<h1>Grip exercises</h1>\n<p>Do these at home with a soft ball.</p>\n<h2>Ball squeeze</h2>\n"
        "<p>Squeeze the ball as hard as is comfortable.</p>\n<p>Hold for 2-3 hrs, repeat 10 times.</p>\n"
        "<h2>Finger lifts</h2>\n<p>Lift each finger off the table in turn, 10 times.</p>\n</article></body></html>\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(["import", str(page)])
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and 'grip.html:8: "2-3 hrs" reads as 20 hours of Ball squeeze' in err


def test_a_session_too_long_for_its_many_exercises_or_rounds_says_so_not_one_number():
    many = "# Year plan\n\n" + "".join(
        f"## Move {i}\nLift the arm for 5 minutes, 3 sets.\n\n" for i in range(60)
    )
    with pytest.raises(
        InputError, match=r"^plan\.md: its 60 exercises make a session of 15 hours, over the 12-hour"
    ):
        import_article(many, "plan.md")
    rounds = (
        "# Circuit\n\nGo through the circuit 900 times.\n\n1. Squats: 20 squats.\n2. Lunges: 20 lunges.\n"
    )
    with pytest.raises(
        InputError, match=r"^c\.txt: 900 rounds of its 2 exercises make .* ask for 900 rounds"
    ):
        import_article(rounds, "c.txt")


def test_a_breath_held_longer_than_half_a_minute_is_no_dose_anyone_breathes():
    box = {
        "name": "Box breathing",
        "reps": 6,
        "phases": [{"say": "In", "seconds": 4}, {"say": "Hold", "seconds": 4}],
    }
    assert implausible_reading(box) == ""
    held = {**box, "phases": [{"say": "In", "seconds": 4}, {"say": "Hold", "seconds": 45}]}
    assert implausible_reading(held) == "a breath phase of 45 s"
    article = (
        "# Calm breathing\n\n1. Breath hold: breathe in for 4 seconds, hold your breath for 45 seconds, then "
        "breathe out for 6 seconds. Repeat 5 times.\n2. Shoulder rolls: roll your shoulders back, 10 times.\n"
    )
    confidence = import_article(article, "calm.txt").confidence
    assert confidence.unsure and "Breath hold asks a breath phase of 45 s" in confidence.summary()
