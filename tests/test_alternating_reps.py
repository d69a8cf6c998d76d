"""``alternate: reps``: one-sided work whose sides take turns rep by rep (a physiotherapist's
"Repeat 8 times, alternating sides"): the loader reads it, the compiler says the side before
each rep (``reps`` counted a side), the importer sets it where an article says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.cli import run_cli
from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.errors import RoutineError
from voicecoach.importer.article import import_article
from voicecoach.model import Exercise, Routine, Settings
from voicecoach.routine.load import load_routine_text

D = FakeDurations()
REAL = Path(__file__).parent / "articles" / "real"


def compiled(*exercises, **settings):
    return compile_routine(Routine("T", tuple(exercises), Settings(**settings)), D)


def spoken(t):
    return [(c.role, c.text) for c in sorted(t.speech(), key=lambda c: c.start)]


def test_a_hold_alternating_rep_by_rep_says_each_side_before_its_hold_and_counts_pairs():
    ex = Exercise("Knee rolls", reps=3, hold_s=5, alternate="reps")
    t = compiled(ex, relax_s=3)
    starts = [c for c in t.cues if c.role == "work_start"]
    assert len(starts) == 6  # 3 a side
    assert [c.side for c in starts] == ["right", "left"] * 3
    assert [c.rep for c in starts] == [1, 1, 2, 2, 3, 3]
    said = [(r, text) for r, text in spoken(t) if r in ("side", "rep_count", "release")]
    sides = [text for r, text in said if r == "side"]
    assert sides == ["To the right.", "To the left."] * 3  # a roll goes to a side
    counts = [text for r, text in said if r == "rep_count"]
    assert counts == ["1 of 3.", "2 of 3. Now the last one.", "3 of 3."]  # after each pair
    # each side is said before its own start beep, after the hold before it ended
    side_cues = [c for c in t.speech() if c.role == "side"]
    ends = [c for c in t.cues if c.role == "work_end"]
    for i, start in enumerate(starts):
        call = max((c for c in side_cues if c.end <= start.start), key=lambda c: c.start)
        assert call.text == sides[i]
        assert i == 0 or call.start >= ends[i - 1].start
    # holds exact, every beep on the sample grid, the relax at least its 3 s
    for start, end in zip(starts, ends, strict=True):
        assert end.start - start.start == 5 * SR
    for end, start in zip(ends, starts[1:], strict=False):
        assert start.start - end.end >= 3 * SR - D.sound("end")
    assert "3 reps, hold 5 seconds each. Sides take turns, 3 on each side." in [x for _, x in spoken(t)]


def test_side_words_come_from_the_sides_or_the_name():
    knees = compiled(Exercise("Knee raises", reps=2, hold_s=5, alternate="reps"))
    assert [x for r, x in spoken(knees) if r == "side"] == ["Right knee.", "Left knee."] * 2
    legs = compiled(
        Exercise("Leg lifts", sides=("left leg", "right leg"), reps=1, hold_s=5, alternate="reps")
    )
    assert [x for r, x in spoken(legs) if r == "side"] == ["Left leg.", "Right leg."]
    plain = compiled(Exercise("Reach", reps=1, hold_s=5, alternate="reps"))
    assert [x for r, x in spoken(plain) if r == "side"] == ["Right side.", "Left side."]


def test_counted_reps_alternating_keep_the_pace_grid_and_number_each_pair():
    t = compiled(Exercise("Arm raises", reps=3, alternate="reps"), pace_s=3.0)
    start = next(c for c in t.cues if c.role == "work_start")
    end = next(c for c in t.cues if c.role == "work_end")
    assert end.start - start.start == 6 * 3 * SR  # 3 a side at 3 s each
    said = [(r, x) for r, x in spoken(t) if r in ("count", "side") and x not in ("3", "2", "1")]
    assert said[-6:] == [
        ("count", "1. Right arm."),
        ("side", "Left arm."),
        ("count", "2. Right arm."),
        ("side", "Left arm."),
        ("count", "3, last one. Right arm."),
        ("side", "Left arm."),
    ]


def test_sets_of_alternating_reps_rest_between_sets_not_between_sides():
    t = compiled(Exercise("Knee raises", sets=2, reps=2, hold_s=5, rest_s=20, alternate="reps"))
    texts = [x for _, x in spoken(t)]
    assert texts.count("Rest 20 seconds.") == 1
    assert not any(x.startswith("Switch") for x in texts)
    i = texts.index("Last set, 2 of 2.")
    assert texts[i + 1] == "Right knee."
    assert len([c for c in t.cues if c.role == "work_start"]) == 8


def test_the_loader_reads_alternate_reps_and_names_a_bad_value():
    routine = load_routine_text(
        "title: T\nexercises:\n  - {name: Knee rolls, reps: 8, hold: 5s, alternate: reps}\n", "t.yaml"
    )
    assert routine.exercises[0].alternate == "reps" and routine.exercises[0].alternates_reps
    with pytest.raises(RoutineError) as info:
        load_routine_text("title: T\nexercises:\n  - name: Knee rolls\n    alternate: rep\n", "t.yaml")
    (problem,) = [str(p) for p in info.value.problems]
    assert problem.startswith("t.yaml:4:")
    assert "true, false or reps" in problem and "alternate: reps" in problem


def test_the_importer_sets_alternate_reps_where_the_article_alternates_sides():
    article = (
        "Gentle back mobility\n\n"
        "1. Hip rocks\nLie on your back with your knees bent. Drop both knees gently over to one side "
        "and hold for 5 seconds, then bring them back up. Do this 6 times, alternating sides.\n\n"
        "2. Leg lifts\nStand tall holding a chair. Lift one leg forward and hold it for 3 seconds. "
        "Do the same with the other leg. Then repeat 10 times.\n\n"
        "3. Calf raises\nRise onto your toes and lower slowly. Repeat 10 times.\n"
    )
    exercises = import_article(article, "own-words.txt").exercises
    by_name = {e["name"]: e for e in exercises}
    assert by_name["Hip rocks"].get("alternate") == "reps" and not by_name["Hip rocks"].get("sides")
    assert by_name["Hip rocks"]["reps"] == 6 and by_name["Hip rocks"]["hold"] == 5
    assert by_name["Leg lifts"].get("alternate") == "reps" and by_name["Leg lifts"]["reps"] == 10
    assert "alternate" not in by_name["Calf raises"]


def test_a_preview_of_the_knee_rolls_handout_calls_the_side_before_each_hold(capsys):
    article = REAL / "579-lsmusculoskeletalclinic-back-pain-printout.pdf"
    code, out, _ = run_cli(["preview", str(article)])
    assert code == 0
    rolls = out[out.index("Knee rolls") : out.index("Bottom to heels")]
    lines = [line.split(maxsplit=1)[1] for line in rolls.splitlines() if line[:2].isdigit()]
    calls = [x for x in lines if x in ("To the right.", "To the left.")]
    assert calls == ["To the right.", "To the left."] * 8  # 8 a side
    beeps = [i for i, x in enumerate(lines) if x == "[start beep]"]
    assert len(beeps) == 16
    for n, i in enumerate(beeps):  # the last word before each hold's countdown or beep is its side
        before = [x for x in lines[:i] if x in ("To the right.", "To the left.")]
        assert before[-1] == ("To the right." if n % 2 == 0 else "To the left.")
        assert len(before) == n + 1


def test_a_walk_or_a_march_alternates_by_its_strides_not_by_called_sides():
    article = (
        "Balance practice\n\n"
        "1. Walk the line\nWalk slowly along a line on the floor, pausing 2 seconds on each step, and "
        "alternate feet. Do it 10 times.\n\n"
        "2. Seated marching\nLift your knees in turn, alternating legs, 20 times.\n"
    )
    exercises = import_article(article, "own-words.txt").exercises
    assert all("alternate" not in e for e in exercises), exercises


ALTERNATING = """
title: Rolls
settings: {rest_between: 3s, countdown: 2, verbosity: brief, setup: 0s}
exercises:
  - name: Knee rolls
    reps: 2
    hold: 3s
    relax: 2s
    alternate: reps
"""


def test_play_puts_out_exactly_the_export_of_alternating_reps(tmp_path):
    pytest.importorskip("numpy")
    from test_play_live import appending_capture, exported, player, routine_file

    routine = routine_file(tmp_path, ALTERNATING)
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_CLOCK="virtual")
    proc = player([str(routine)], env)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert capture.read_bytes() == exported(tmp_path, routine, env)


def test_the_import_table_says_the_count_is_a_side():
    from voicecoach.cli.import_review import dose_text

    assert dose_text(Exercise("Knee rolls", reps=8, hold_s=5, alternate="reps")) == (
        "8 reps each side, alternating, hold 5 s"
    )


def test_breaths_take_no_turns():
    from voicecoach.model import Phase

    ex = Exercise("Breathing", reps=2, phases=(Phase("Inhale", 4), Phase("Exhale", 4)), alternate="reps")
    t = compiled(ex)
    assert not [c for c in t.speech() if c.role == "side"]
    assert "Sides take turns" not in " ".join(c.text for c in t.speech())


def test_legs_taking_turns_say_what_each_leg_does():
    """A calf stretch whose legs take turns says which leg goes back each turn, as its sides do
    set by set ("Right leg back."); a one-leg stand names the standing leg."""
    stretch = Exercise(
        "Standing calf stretch",
        how="Face a wall, back leg straight with the heel down.",
        sides=("right leg", "left leg"),
        reps=2,
        hold_s=30.0,
        alternate="reps",
    )
    stand = Exercise(
        "One-leg stand",
        how="Stand on one leg.",
        sides=("right leg", "left leg"),
        reps=2,
        hold_s=20.0,
        alternate="reps",
    )
    for ex, calls in (
        (stretch, ["Right leg back.", "Left leg back."]),
        (stand, ["Stand on your right leg.", "Stand on your left leg."]),
    ):
        sides = [text for role, text in spoken(compiled(ex)) if role == "side"]
        assert sides == calls * 2, sides


def test_the_summary_of_sides_taking_turns_over_sets_says_the_count_is_each_sets():
    """ "4 reps … 2 sets. Sides take turns, 4 on each side." was heard as 4 on each side in all: it
    is 4 in each of the 2 sets."""
    from voicecoach.compiler.exercise import summary as summary_text
    from voicecoach.model import Exercise
    from voicecoach.phrases import Phrases

    for language, said in (("en", "4 on each side in each set."), ("de", "4 auf jeder Seite in jedem Satz.")):
        ex = Exercise(
            name="Calf stretch", reps=4, hold_s=30, sets=2, sides=("right", "left"), alternate="reps"
        )
        assert summary_text(ex, Phrases(language)).endswith(said)
        one_set = Exercise(name="Calf stretch", reps=4, hold_s=30, sides=("right", "left"), alternate="reps")
        assert not summary_text(one_set, Phrases(language)).endswith(said)
