"""Programme files: loading with line:col errors, progression arithmetic (caps, overrides,
skipped weeks), the calendar, and the routine emitter the progressed sessions go through."""

import json
from datetime import date

import pytest

from support.cli import voicecoach
from voicecoach.errors import RoutineError
from voicecoach.model import Exercise
from voicecoach.programme.calendar import days, planned_day, training_week
from voicecoach.programme.emit import routine_yaml
from voicecoach.programme.find import builtin_names, load_programme_spec
from voicecoach.programme.load import load_programme_text
from voicecoach.programme.model import Override, Rule, Step
from voicecoach.programme.progression import dose, stepped, steps_reached
from voicecoach.routine.find import builtin_names as routine_names
from voicecoach.routine.find import builtin_path
from voicecoach.routine.load import load_routine, load_routine_text

ROUTINE = """title: Knees
exercises:
  - name: Wall squat
    reps: 10
    hold: 10s
  - name: Leg raise
    sets: 2
    reps: 8
  - name: March
    duration: 30s
"""

PLAN = """title: Test plan
start: 2026-12-07
weeks: 6
skip_weeks: [3]
sessions:
  - routine: knees.yaml
    days: [mon, wed, fri]
    times: 2
    progression:
      - reps: {add: 2, max: 16}
      - exercise: Wall squat
        hold: {add: 5s, every: 2, max: 20s}
      - exercise: Leg raise
        sets: {add: 1, from: 3, max: 3}
    overrides:
      - {week: 4, exercise: March, duration: 1 min}
"""


@pytest.fixture
def plan_file(tmp_path):
    (tmp_path / "knees.yaml").write_text(ROUTINE)
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN)
    return path


def load(tmp_path, text):
    (tmp_path / "knees.yaml").write_text(ROUTINE)
    return load_programme_text(text, str(tmp_path / "plan.yaml"))


def problems(tmp_path, text):
    with pytest.raises(RoutineError) as err:
        load(tmp_path, text)
    return [str(p).split("plan.yaml:", 1)[1] for p in err.value.problems]


def test_steps_caps_and_floors():
    every_week = Step(add=2, limit=20)
    assert [steps_reached(every_week, w) for w in range(1, 5)] == [0, 1, 2, 3]
    assert [stepped(10, every_week, w) for w in (1, 2, 5, 6, 9)] == [10, 12, 18, 20, 20]
    second = Step(add=5, every=2, first=3, limit=60)
    assert [stepped(45, second, w) for w in range(1, 8)] == [45, 45, 50, 50, 55, 55, 60]
    assert stepped(25, Step(add=2, limit=20), 4) == 25  # already past the cap: kept
    down = Step(add=-10, limit=30)
    assert [stepped(60, down, w) for w in (1, 2, 3, 4, 9)] == [60, 50, 40, 30, 30]


def test_overrides_win_over_rules_and_counts_stay_whole():
    ex = Exercise(name="Wall squat", reps=10, hold_s=10.0)
    rules = (Rule("reps", Step(add=2, limit=16)), Rule("hold", Step(add=2.5, limit=20), "wall squat"))
    override = (Override((4,), (("reps", 5.0),), "Wall squat"),)
    assert dose(ex, rules, override, 1) == ex
    three = dose(ex, rules, override, 3)
    assert (three.reps, three.hold_s) == (14, 15.0)
    four = dose(ex, rules, override, 4)
    assert (four.reps, four.hold_s) == (5, 17.5) and isinstance(four.reps, int)
    assert dose(Exercise(name="Other", reps=10), rules, override, 4).reps == 16


def test_programme_calendar_progression_and_skipped_week(plan_file):
    programme = load_programme_spec(str(plan_file))
    assert programme.weeks == 6 and programme.calendar_weeks == 7 and programme.skip_weeks == (3,)
    assert [training_week(programme, k) for k in range(1, 8)] == [1, 2, None, 3, 4, 5, 6]
    calendar = days(programme, programme.start)
    assert len(calendar) == 49 and calendar[-1].day == date(2027, 1, 24)
    assert sum(len(d.sessions) for d in calendar) == 6 * 3  # none in the skipped week
    monday = {d.week: d for d in calendar if d.day.weekday() == 0 and d.week}
    squat = {w: monday[w].sessions[0].routine.exercises[0] for w in monday}
    assert [(squat[w].reps, squat[w].hold_s) for w in range(1, 7)] == [
        (10, 10.0),
        (12, 10.0),
        (14, 15.0),
        (16, 15.0),
        (16, 20.0),
        (16, 20.0),
    ]
    raise_sets = [monday[w].sessions[0].routine.exercises[1].sets for w in range(1, 7)]
    assert raise_sets == [2, 2, 3, 3, 3, 3]
    march = [monday[w].sessions[0].routine.exercises[2].duration_s for w in range(1, 7)]
    assert march == [30.0, 30.0, 30.0, 60.0, 30.0, 30.0]  # the week-4 override only
    skipped = planned_day(programme, programme.start, date(2026, 12, 21))
    assert skipped.week is None and skipped.sessions == ()
    assert monday[1].sessions[0].times == 2
    assert monday[4].sessions[0].routine.title == "Knees, week 4"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            PLAN.replace("weeks: 6", "weeks: six"),
            ['3:8: "weeks" must be a whole number, got text "six" — write e.g. weeks: 6'],
        ),
        (
            PLAN.replace("start: 2026-12-07", "start: 7.12.2026"),
            ['2:8: "start" must be a date YYYY-MM-DD, got text "7.12.2026" — write e.g. start: 2026-01-05'],
        ),
        (
            PLAN.replace("days: [mon, wed, fri]", "days: [mon, wendsday]"),
            [
                '7:17: "days" in session 1: text "wendsday" is not a weekday — '
                "write e.g. days: [mon, wed, fri]  (or daily, weekdays)"
            ],
        ),
        (
            PLAN.replace("exercise: Wall squat\n        hold", "exercise: Wall squats\n        hold"),
            [
                '11:19: "exercise" in progression rule 2 in session 1: '
                '"Wall squats" is not an exercise of "Knees" — did you mean "Wall squat"?'
            ],
        ),
        (
            PLAN.replace("reps: {add: 2, max: 16}", "reps: {add: 2, mx: 16}"),
            ['10:24: unknown key "mx" in "reps" in progression rule 1 in session 1 — did you mean "max"?'],
        ),
        (
            PLAN.replace(
                "{week: 4, exercise: March, duration: 1 min}", "{week: 9, exercise: March, hold: 1 min}"
            ),
            [
                '16:16: "week" in override 1 in session 1 (a training week, 1 to 6) '
                "must be between 1 and 6, got 9 — write e.g. week: 4"
            ],
        ),
        (
            PLAN.replace(
                "{week: 4, exercise: March, duration: 1 min}", "{week: 4, exercise: March, hold: 1 min}"
            ),
            [
                '16:36: override 1 in session 1: "March" has no "hold" to progress — '
                "set it in the routine first, or progress another dose"
            ],
        ),
        (
            PLAN.replace("routine: knees.yaml", "routine: kness.yaml"),
            [
                "6:14: kness.yaml: no such file or built-in routine — "
                "give a routine file, or a built-in name ('voicecoach list' shows them)"
            ],
        ),
        (
            PLAN.replace("    times: 2\n", "    times: 2\n    time: 3\n"),
            ['9:5: unknown key "time" in session 1 — did you mean "times"?'],
        ),
    ],
)
def test_loading_errors_have_line_and_column(tmp_path, monkeypatch, text, expected):
    monkeypatch.setenv("VOICECOACH_PROG", "voicecoach")
    assert problems(tmp_path, text) == expected


def test_every_problem_at_once_and_the_cli_says_so(tmp_path):
    (tmp_path / "knees.yaml").write_text(ROUTINE)
    bad = tmp_path / "bad.yaml"
    bad.write_text(PLAN.replace("weeks: 6", "weeks: 0").replace("times: 2", "times: many"))
    shown = voicecoach("plan", bad)
    assert shown.returncode == 2 and "Traceback" not in shown.stderr
    lines = shown.stderr.splitlines()
    assert lines[0].startswith(f'{bad}:3:8: "weeks" must be between 1 and 104')
    assert lines[1].startswith(f'{bad}:8:12: "times" in session 1 must be a whole number')
    assert lines[-1] == "voicecoach: error: 2 problems in the routine — fix them and run again"


def test_every_builtin_routine_round_trips_through_the_emitter(tmp_path):
    for name in routine_names():
        routine = load_routine(builtin_path(name))
        assert load_routine_text(routine_yaml(routine), str(tmp_path / "x.yaml")) == routine, name


def test_builtin_programmes_load_and_list_shows_them():
    assert builtin_names() == ["foot-strength-block", "knee-plan"]
    for name in builtin_names():
        programme = load_programme_spec(name)
        assert programme.weeks == 6 and programme.sessions
    shown = voicecoach("list")
    tail = shown.stdout.split("\nprogrammes:\n", 1)[1].splitlines()
    assert tail[0].startswith("foot-strength-block") and "6 weeks" in tail[0]
    data = json.loads(voicecoach("list", "--json").stdout)
    assert data["programmes"] == [
        {
            "name": "foot-strength-block",
            "title": "Six-week foot-strength block",
            "weeks": 6,
            "sessions": ["foot-strength"],
        },
        {"name": "knee-plan", "title": "Six-week knee plan", "weeks": 6, "sessions": ["knee-strength"]},
    ]


def test_phases_plan_a_session_in_some_weeks_only(tmp_path):
    text = (
        PLAN.replace("    days: [mon, wed, fri]\n", "    weeks: 1-2\n    days: [mon, wed, fri]\n")
        + "  - routine: knees.yaml\n    name: later\n    weeks: [4, 5, 6]\n    days: [tue]\n"
    )
    programme = load(tmp_path, text)
    calendar = days(programme, programme.start)
    by_week = {}
    for d in calendar:
        for s in d.sessions:
            by_week.setdefault(d.week, set()).add(s.name)
    assert by_week == {1: {"knees"}, 2: {"knees"}, 4: {"later"}, 5: {"later"}, 6: {"later"}}
    assert problems(tmp_path, text.replace("weeks: 1-2", "weeks: 1-9")) == [
        '7:12: "weeks" in session 1 must name training weeks 1 to 6 — write e.g. weeks: 3-6  (or [1, 2])'
    ]
