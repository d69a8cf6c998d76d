"""Verbosity profiles and the switchable cues, on foot-strength with fake clip lengths."""

from dataclasses import replace
from itertools import pairwise

import pytest

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import Exercise, Routine, Settings
from voicecoach.routine.find import load_spec

D = FakeDurations()
BEEPS = {"work_start", "work_end", "tick", "rest_over"}
BRIEF = {
    "intro",
    "equipment",
    "sounds",
    "setup",
    "announce",
    "side",
    "switch",
    "set",
    "countdown",
    "start_word",
    "release",
    "rep_count",
    "count",
    "halfway",
    "ten_left",
    "rest",
    "next",
    "cool_down",
    "done",
    "breathe",
    "safety",
    "safety_recall",
    "complete",
    "time_left",
    "how",  # only where the body changes position (below)
}  # issue 22: no silence over 15 s at brief either
NORMAL = BRIEF | {"what", "summary", "get_ready", "tip", "rest_tip"}
DETAILED = NORMAL | {"form_reminder"}


def foot(**settings):
    routine = load_spec("foot-strength").routine
    return replace(routine, settings=replace(routine.settings, **settings))


def compiled(**settings):
    return compile_routine(foot(**settings), D)


@pytest.mark.parametrize(
    "verbosity, expected", [("brief", BRIEF), ("normal", NORMAL), ("detailed", DETAILED)]
)
def test_each_profile_holds_exactly_its_kinds_of_cues(verbosity, expected):
    timeline = compiled(verbosity=verbosity)
    assert {c.role for c in timeline.cues} == expected | BEEPS


def hows(timeline):
    return [c for c in timeline.cues if c.role == "how"]


def test_brief_says_the_how_only_where_the_body_changes_position():
    """A listener at brief was told "Next: Bottom to heels." and nothing of getting from lying on
    their back onto hands and knees, and stepped onto a stair with no words about it."""
    routine = Routine(
        "Positions",
        (
            Exercise("Heel raise", how="Stand tall by a chair.", reps=5),
            Exercise("Toe raise", how="Stand tall, lift the toes.", reps=5),
            Exercise("Bridge", how="Lie on your back, knees bent, and lift the hips.", reps=5),
            Exercise("Stair stretch", how="Balls of the feet on a stair, heels down.", hold_s=10.0),
        ),
        Settings(verbosity="brief"),
    )
    said = [c.text for c in hows(compile_routine(routine, D))]
    assert said == [routine.exercises[2].how, routine.exercises[3].how]
    assert not hows(compile_routine(replace(routine, exercises=routine.exercises[:2]), D))


def test_normal_says_how_once_per_exercise_at_its_announcement():
    timeline = compiled(verbosity="normal")
    routine = foot()
    assert [c.text for c in hows(timeline)] == [ex.how for ex in routine.exercises]
    assert all(c.set is None and c.side is None for c in hows(timeline))


def test_detailed_says_how_every_set_on_every_side():
    timeline = compiled(verbosity="detailed")
    expected = sum(len(ex.sides or (None,)) * ex.sets for ex in foot().exercises)
    assert len(hows(timeline)) == expected
    for cue in hows(timeline):
        if cue.set and cue.set > 1:  # right after "Set n of m"
            prev = max(
                (c for c in timeline.cues if c.end <= cue.start and c.kind == "speech"), key=lambda c: c.end
            )
            assert prev.role == "set" and prev.set == cue.set


def test_normal_says_how_only_the_first_time_an_exercise_comes():
    ex = Exercise("Squat", what="Legs.", how="Bend the knees.", reps=2)
    routine = Routine("T", (ex, Exercise("Plank", duration_s=20), ex))
    normal = compile_routine(routine, D)
    assert [c.exercise for c in hows(normal)] == [1]
    detailed = compile_routine(replace(routine, settings=Settings(verbosity="detailed")), D)
    assert [c.exercise for c in hows(detailed)] == [1, 3]


def test_form_reminder_midway_right_after_halfway_in_work_of_30s_or_more():
    timeline = compiled(verbosity="detailed")
    starts = [c for c in timeline.cues if c.role == "work_start"]
    reminders = [c for c in timeline.cues if c.role == "form_reminder"]
    kinds = [ex.kind for ex in foot().exercises]
    long_work = [
        s for s in starts if kinds[s.exercise - 1] in ("hold", "timed") and _work_seconds(timeline, s) >= 30
    ]
    assert len(reminders) == len(long_work) == 12
    for reminder in reminders:
        start = max((s for s in starts if s.start < reminder.start), key=lambda s: s.start)
        end = next(c for c in timeline.cues if c.role == "work_end" and c.start > start.start)
        half = next(c for c in timeline.cues if c.role == "halfway" and c.start > start.start)
        assert abs(half.start - (start.start + end.start) / 2) <= 1
        assert half.end < reminder.start <= half.end + int(0.2 * SR)


def _work_seconds(timeline, start_cue):
    end = next(c for c in timeline.cues if c.role == "work_end" and c.start > start_cue.start)
    return (end.start - start_cue.start) / SR


def test_form_reminder_at_midpoint_when_halfway_is_off():
    t = compile_routine(
        Routine("T", (Exercise("X", hold_s=40),), Settings(verbosity="detailed", halfway=False)), D
    )
    start = next(c for c in t.cues if c.role == "work_start").start
    reminder = next(c for c in t.cues if c.role == "form_reminder")
    assert reminder.start - start == 20 * SR and "halfway" not in {c.role for c in t.cues}


@pytest.mark.parametrize("verbosity", ["brief", "normal", "detailed"])
def test_speech_never_overlaps(verbosity):
    speech = compiled(verbosity=verbosity).speech()
    assert all(a.end <= b.start for a, b in pairwise(speech))


@pytest.mark.parametrize(
    "setting, roles",
    [("count_reps", {"count", "rep_count"}), ("halfway", {"halfway"}), ("ten_left", {"ten_left"})],
)
def test_each_optional_cue_can_be_turned_off(setting, roles):
    on = {c.role for c in compiled(**{setting: True}).cues}
    off = {c.role for c in compiled(**{setting: False}).cues}
    assert roles <= on and not roles & off
    assert on - off == roles


def speech_seconds(timeline):
    return sum(c.end - c.start for c in timeline.speech()) / SR


def test_brief_is_at_least_a_third_shorter_in_real_speech_than_detailed():
    from voicecoach.session import build_session

    seconds = {
        v: speech_seconds(build_session(foot(verbosity=v)).timeline) for v in ("brief", "normal", "detailed")
    }
    assert seconds["brief"] < seconds["normal"] < seconds["detailed"]
    assert seconds["brief"] <= seconds["detailed"] * 2 / 3


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_builtin_at_brief_says_where_the_body_goes_when_it_moves(language):
    """Each exercise that puts the body somewhere new (lying, sitting, kneeling, standing) has its
    how said before its first start beep at brief too, when it has one (the 7-minute circuit's
    push-ups: "Down on the floor.")."""
    from voicecoach.compiler.words import position_of
    from voicecoach.routine.find import builtin_names

    for name in builtin_names():
        routine = load_spec(name, {"language": language, "verbosity": "brief"}).routine
        timeline = compile_routine(routine, D)
        flat = [u.exercise for u in routine.units()]
        where = None
        for number, ex in enumerate(flat, start=1):
            position = position_of(ex)
            moved = position is not None and where is not None and position != where
            if moved and ex.how and ex.name not in [e.name for e in flat[: number - 1]]:
                start = min(c.start for c in timeline.cues if c.exercise == number and c.role == "work_start")
                told = [
                    c for c in timeline.cues if c.role == "how" and c.start < start and c.exercise == number
                ]
                assert told, (name, language, ex.name)
            where = position or where
