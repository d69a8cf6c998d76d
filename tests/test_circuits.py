"""Circuits, interval blocks (Tabata, EMOM, AMRAP), "wait for me" steps and YAML merge keys:
the loader's checks and the compiler's layout, with fake clip lengths (no speech engine)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.errors import RoutineError
from voicecoach.model import Circuit, Exercise
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Speaker
from voicecoach.play.navigate import Navigator
from voicecoach.routine.load import load_routine_text, work_seconds

D = FakeDurations()

EXAMPLE = """\
title: Core
exercises:
  - circuit: Core circuit      # its name
    rounds: 3
    rest: 45s                  # between rounds (optional)
    exercises:
      - name: Plank
        hold: 30s
      - name: Squats
        reps: 10
"""


def load(text: str):
    return load_routine_text(text, "r.yaml")


def problems(text: str) -> list[str]:
    with pytest.raises(RoutineError) as err:
        load(text)
    return [f"{p.line}:{p.col}: {p.message}" for p in err.value.problems]


def said(timeline) -> list[str]:
    return [c.text for c in timeline.cues if c.kind == "speech"]


# --- the loader ---------------------------------------------------------------------


def test_the_issue_example_loads_as_one_circuit():
    routine = load(EXAMPLE)
    (block,) = routine.exercises
    assert isinstance(block, Circuit)
    assert (block.kind, block.name, block.rounds, block.rest_s) == ("circuit", "Core circuit", 3, 45.0)
    assert [e.name for e in block.exercises] == ["Plank", "Squats"]
    assert [u.title for u in routine.units()] == [
        "Round 1 – Plank",
        "Round 1 – Squats",
        "Round 2 – Plank",
        "Round 2 – Squats",
        "Round 3 – Plank",
        "Round 3 – Squats",
    ]
    assert routine.to_json()["exercises"][0]["rounds"] == 3


def test_interval_blocks_load_with_their_defaults():
    routine = load("""
exercises:
  - tabata: Squat Tabata
  - emom: Burpees
    minutes: 10
    exercises: [{name: Burpees, reps: 8}]
  - amrap: Cindy
    minutes: 12
    exercises: [{name: Pull-ups, reps: 5}, {name: Push-ups, reps: 10}]
""")
    tabata, emom, amrap = routine.exercises
    assert (tabata.kind, tabata.rounds, tabata.work_s, tabata.rest_s) == ("tabata", 8, 20.0, 10.0)
    assert [e.name for e in tabata.exercises] == ["Squat Tabata"]
    assert (emom.kind, emom.rounds) == ("emom", 10)
    assert (amrap.kind, amrap.duration_s) == ("amrap", 720.0)
    assert work_seconds(routine) == 8 * 30 + 10 * 60 + 720 + 2 * 15


def test_block_mistakes_all_reported_with_line_col_and_hints():
    found = problems("""\
exercises:
  - circuit: Core
    roudns: 3
    work: 20s
    exercises:
      - name: Plank
        hodl: 30s
      - circuit: Inner
        rounds: 2
  - amrap: Cap
""")
    assert any(p.startswith('3:5: unknown key "roudns" in circuit 1 — did you mean "rounds"?') for p in found)
    assert any(
        p.startswith('4:5: "work" does not belong in circuit 1 (it is for tabata blocks)') for p in found
    )
    assert any(
        p.startswith('7:9: unknown key "hodl" in exercise 1 of circuit 1 — did you mean "hold"?')
        for p in found
    )
    assert any(p.startswith("8:9: exercise 2 of circuit 1 is itself a block") for p in found)
    assert any(p.startswith('2:5: circuit 1 has no "rounds"') for p in found)
    assert any(p.startswith('10:5: amrap 2 has no "minutes"') for p in found)
    assert any(p.startswith('10:5: amrap 2 has no "exercises"') for p in found)


def test_until_ready_and_its_fallback_are_checked():
    routine = load("exercises: [{name: Fetch the weights, until: ready, fallback: 30s}]")
    (ex,) = routine.exercises
    assert (ex.kind, ex.until, ex.fallback_s) == ("ready", "ready", 30.0)
    found = problems(
        "exercises: [{name: A, until: ready, hold: 5s}, {name: B, fallback: 5s}, {name: C, until: later}]"
    )
    assert any('"hold" in exercise 1 cannot go with "until: ready"' in p for p in found)
    assert any('"fallback" in exercise 2 is only used with "until: ready"' in p for p in found)
    assert any('"until" in exercise 3 must be one of ready' in p for p in found)


# --- merge keys ---------------------------------------------------------------------


def test_merge_key_reuses_an_exercise_and_own_keys_win():
    routine = load("""
x-squats: &squats {name: Squats, reps: 10, how: Sit back.}
exercises:
  - <<: *squats
  - <<: *squats
    reps: 15
  - <<: [{name: Hold, hold: 5s}, *squats]
""")
    a, b, c = routine.exercises
    assert (a.name, a.reps, a.how) == ("Squats", 10, "Sit back.")
    assert (b.name, b.reps) == ("Squats", 15)
    assert (c.name, c.hold_s, c.reps) == ("Hold", 5.0, 10)  # the earlier merged mapping wins


def test_merge_key_mistakes_are_one_line_problems():
    (problem,) = problems("base: &b [1, 2]\nexercises: [{<<: *b, name: A}]")
    assert problem.startswith("2:14: a merge key (<<) takes an alias of a mapping")
    found = problems("exercises:\n  - <<: {name: A, hodl: 3}\n")
    assert any('unknown key "hodl" in exercise 1 — did you mean "hold"?' in p for p in found)


def test_merge_key_alias_bomb_stays_bounded():
    # each level merges the one before twice over: expanded naively it would hold 2**40
    # copies; merged mappings only keep distinct keys, so it stays the size of the file
    levels = ["x-l0: &l0 {name: A, reps: 1}"]
    for n in range(1, 41):
        levels.append(f"x-l{n}: &l{n} {{<<: [*l{n - 1}, *l{n - 1}], k{n}: 1}}")
    text = "\n".join(levels) + "\nexercises: [*l40, *l40, *l40]\n"
    found = problems(text)
    assert any('unknown key "k1"' in p for p in found)


def test_plain_alias_bomb_is_still_refused_or_bounded():
    text = (
        "x-a: &a [{name: A}]\n"
        + "".join(
            f"x-{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            for i in range(9)
        )
        + "exercises: *j\n"
    )
    found = problems(text)
    assert found and all(" — " in p for p in found)


# --- the compiler: circuits ----------------------------------------------------------


def test_circuit_is_announced_round_by_round():
    t = compile_routine(load(EXAMPLE), D)
    text = said(t)
    # after the opening (title, how the sounds work), the circuit introduces itself
    first_round = text.index("Round 1 of 3.")
    assert text[first_round - 1] == "Core circuit: 3 rounds of 2 exercises."
    assert all(c.exercise is None for c in t.speech() if c.text in text[: first_round - 1])
    for r in (1, 2):
        assert f"Round {r} of 3." in text
    assert "Last round, 3 of 3." in text
    assert text.count("Plank, 1 of 2 in this round.") == 3
    assert text.count("Squats, 2 of 2 in this round.") == 3
    assert "Next: round 2 of 3, Plank." in text and "Next: round 3 of 3, Plank." in text
    assert text.count("Rest 45 seconds.") == 2
    rounds = {c.round for c in t.cues if c.exercise is not None}
    assert rounds == {1, 2, 3}
    json_rounds = {c["round"] for c in t.to_json()["cues"]}
    assert json_rounds == {None, 1, 2, 3}
    assert t.to_json()["cues"][0]["round"] is None  # the intro
    # what/how only in the first round; rest between rounds measured from the last end beep
    ends = [c for c in t.cues if c.role == "work_end"]
    overs = [c for c in t.cues if c.role == "rest_over"]
    squat_end_r1 = next(c for c in ends if c.exercise == 2)
    over = next(c for c in overs if c.start > squat_end_r1.start)
    assert over.start - squat_end_r1.end == 45 * SR


def test_navigation_where_and_from_move_by_round_exercises():
    routine = load(EXAMPLE)
    t = compile_routine(routine, D)
    nav = Navigator(t)
    round2_plank = nav.exercise_start(3)
    assert nav.next_exercise(nav.exercise_start(2) + SR) == round2_plank
    assert nav.back(round2_plank + 10 * SR) == round2_plank
    where = nav.state(round2_plank + 5 * SR)
    texts = Speaker(routine, None, Phrases()).where_texts(where)
    assert texts[:2] == ["Round 2 of 3.", "Plank, 1 of 2 in this round."]
    first = next(c for c in t.cues if c.exercise == 3)
    assert first.text == "Round 2 of 3."  # the chapter starts there

    from types import SimpleNamespace

    from voicecoach.errors import InputError
    from voicecoach.play.live import start_point

    session = SimpleNamespace(timeline=t, routine=routine)
    assert start_point(session, None, 5, False).sample == nav.exercise_start(5)  # round 3, Plank
    with pytest.raises(InputError, match="1 to 6 .each round of a circuit counted"):
        start_point(session, None, 7, False)


def test_plain_exercises_around_a_circuit_count_the_items():
    routine = load("exercises:\n  - {name: Warm up, duration: 30s}\n" + EXAMPLE.split("exercises:\n", 1)[1])
    text = said(compile_routine(routine, D))
    assert "Exercise 1 of 3: Warm up." in text  # issue 22: one count of exercises everywhere
    assert "Next: Core circuit." in text
    assert text[0] == "R." and text[1].startswith("3 exercises, about")  # as written, not 7


# --- the compiler: intervals ---------------------------------------------------------


def starts_of(t, role="work_start"):
    return [c.start for c in t.cues if c.role == role]


def test_tabata_start_beeps_exactly_30_seconds_apart():
    t = compile_routine(load("exercises: [{tabata: Squats}]"), D)
    starts, ends = starts_of(t), starts_of(t, "work_end")
    assert len(starts) == 8
    assert [b - a for a, b in pairwise(starts)] == [30 * SR] * 7
    assert [e - s for s, e in zip(starts, ends, strict=True)] == [20 * SR] * 8
    # issue 22: every rest names the round; the exercise's name comes with the start beep
    # when saying it in a 10 s rest would leave less than 8 s to get ready
    rests = [text for text in said(t) if text.startswith("Rest.")]
    assert rests == [f"Rest. Round {r} of 8." for r in range(2, 8)] + ["Rest. Last round."]
    names = [c for c in t.cues if c.role == "task"]
    assert [c.round for c in names] == list(range(2, 9)) and {c.text for c in names} == {"Squats."}


def test_a_tabata_named_tabata_and_its_moves_are_each_said_once_by_name():
    two = "exercises: [{tabata: TABATA, exercises: [{name: High knees, how: Run fast.}, {name: Squats, how: Sit down fast.}]}]"
    text = said(compile_routine(load(two), D))
    intro = text.index("Tabata. 8 rounds of 20 seconds work, 10 seconds rest.")  # not "Tabata: TABATA."
    assert text[intro + 1 : intro + 3] == [
        "High knees: Run fast.",
        "Squats: Sit down fast.",
    ]  # whose how is whose
    named = said(compile_routine(load("exercises: [{tabata: Legs, exercises: [{name: Squats}]}]"), D))
    assert "Tabata: Legs. 8 rounds of 20 seconds work, 10 seconds rest." in named
    # "30 seconds on, 30 off" is an interval timer's, not Tabata's 20 on, 10 off: not called a Tabata
    timer = "exercises: [{tabata: HIT, rounds: 10, work: 30s, rest: 30s, exercises: [{name: Squats}]}]"
    assert "Intervals: HIT. 10 rounds of 30 seconds work, 30 seconds rest." in said(
        compile_routine(load(timer), D)
    )


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_builtin_tabata_ends_walking_not_standing_still(language):
    """All-out work then standing still can make a person faint: the last round goes straight
    (no "Rest N seconds.") into a cool-down walk of two minutes, its how said at once."""
    from voicecoach.routine.find import load_spec

    routine = load_spec("tabata", {"language": language}).routine
    t = compile_routine(routine, D)
    last_round = [c for c in t.cues if c.role == "work_end"][-2]
    walk = next(c for c in t.cues if c.role == "work_start" and c.start > last_round.start)
    between = [c.role for c in t.cues if last_round.start < c.start < walk.start and c.kind == "speech"]
    assert between[:2] == ["announce", "how"] and "rest" not in between, between
    assert walk.exercise == max(c.exercise or 0 for c in t.cues) and routine.exercises[-1].duration_s == 120
    assert walk.start - last_round.start < 20 * SR


def test_emom_start_beeps_on_each_minute_with_the_task():
    t = compile_routine(
        load(
            "exercises: [{emom: Burpees, minutes: 4, exercises: "
            "[{name: Burpees, reps: 8}, {name: Squats, reps: 12}]}]"
        ),
        D,
    )
    starts = starts_of(t)
    assert [b - a for a, b in pairwise(starts)] == [60 * SR] * 3
    assert starts_of(t, "work_end") == [starts[0] + 240 * SR]
    tasks = [c.text for c in t.cues if c.role == "task"]
    assert tasks == [
        "Minute 1 of 4: 8 Burpees.",
        "Minute 2 of 4: 12 Squats.",
        "Minute 3 of 4: 8 Burpees.",
        "Minute 4 of 4: 12 Squats.",
    ]
    assert [c.round for c in t.cues if c.role == "task"] == [1, 2, 3, 4]


def test_amrap_calls_the_minutes_and_time_left_without_rep_counts():
    t = compile_routine(
        load(
            "exercises: [{amrap: Cindy, minutes: 5, exercises: "
            "[{name: Pull-ups, reps: 5}, {name: Push-ups, reps: 10}]}]"
        ),
        D,
    )
    (start,), (end,) = starts_of(t), starts_of(t, "work_end")
    assert end - start == 300 * SR
    calls = [(c.start - start, c.text) for c in t.cues if c.role == "time_left"]
    assert calls == [
        (60 * SR, "4 minutes left."),
        (120 * SR, "3 minutes left."),
        (180 * SR, "2 minutes left."),
        (240 * SR, "One minute left."),
        (270 * SR, "30 seconds left."),
    ]
    assert not [c for c in t.cues if c.role in ("count", "rep_count")]
    assert "5 Pull-ups." in said(t) and "Time. Count your rounds." in said(t)
    time_up = next(c for c in t.speech() if c.text == "Time. Count your rounds.")
    assert {c.role for c in t.speech() if c.start > time_up.start} <= {
        "cool_down",
        "done",
        "breathe",
        "safety",
        "complete",
    }


def test_ready_step_keeps_its_fallback_silence_and_marks_the_wait():
    t = compile_routine(
        load(
            "exercises: [{name: Get the kettlebell, how: It is by the door.,"
            " until: ready, fallback: 40s}, {name: Swings, reps: 10}]"
        ),
        D,
    )
    ((a, b),) = t.waits
    prompt = next(c for c in t.cues if c.role == "ready_prompt")
    assert prompt.text == "Take your time. Press space when you're ready." and prompt.end == a
    assert b - a == 40 * SR
    assert not [c for c in t.cues if a <= c.start < b]  # silence in an export
    assert t.to_json()["waits"] == [{"start": round(a / SR, 6), "end": round(b / SR, 6)}]
    # once the listener says they are ready the next exercise comes, with no rest: a listener
    # heard "Press space when you're ready." and then "Rest 15 seconds."
    after = [c for c in t.cues if c.start >= b]
    assert after[0].role == "announce" and not [c for c in after if c.role in ("rest", "rest_over")]


def test_every_new_phrase_is_in_both_languages():
    import json
    from importlib import resources

    tables = {
        lang: json.loads((resources.files("voicecoach") / "lang" / f"{lang}.json").read_text("utf-8"))
        for lang in ("en", "de")
    }
    keys = {lang: {k for k in table if not k.startswith("_")} for lang, table in tables.items()}
    assert keys["en"] == keys["de"] and {"round_of", "in_round", "ready_reminder"} <= keys["de"]
    german = load(EXAMPLE.replace("title: Core", "title: Kern\nsettings: {language: de}"))
    assert "Runde 2 von 3." in said(compile_routine(german, D))


def test_exercise_model_has_no_block_kind_leak():
    assert Exercise("A").kind == "counted" and Exercise("A", until="ready").kind == "ready"


@pytest.mark.parametrize(
    "block",
    [
        "{tabata: Squats}",
        "{emom: Burpees, minutes: 3, exercises: [{name: Burpees, reps: 8}]}",
        "{amrap: Cindy, minutes: 2, exercises: [{name: Squats, reps: 5}]}",
    ],
)
def test_interval_blocks_tick_three_two_one_before_every_start_and_end(block):
    """The last three seconds before each work end, and before each start that follows a rest,
    are ticked on the second: a count-down the listener relies on with eyes closed."""
    t = compile_routine(load(f"exercises: [{block}]"), D)
    ticks = set(starts_of(t, "tick"))
    for end in starts_of(t, "work_end"):
        assert {end - k * SR for k in (3, 2, 1)} <= ticks, "work end without 3-2-1"
    starts = starts_of(t)
    for previous_end, start in zip(starts_of(t, "work_end"), starts[1:], strict=False):
        if start - previous_end >= 3 * SR:  # a rest before this start: tick out of it
            assert {start - k * SR for k in (3, 2, 1)} <= ticks, "start after a rest without 3-2-1"
    assert len(ticks) >= 3 * len(starts_of(t, "work_end"))


def test_a_circuit_of_one_dose_says_it_once_a_round_and_a_new_dose_when_it_changes():
    t = compile_routine(
        load(
            "exercises: [{circuit: Legs, rounds: 2, exercises: [{name: Squats, duration: 30s},"
            " {name: Lunges, duration: 30s}, {name: Wall sit, duration: 45s}]}]"
        ),
        D,
    )
    summaries = [(c.round, c.text) for c in t.cues if c.role == "summary"]
    assert summaries == [(1, "30 seconds."), (1, "45 seconds."), (2, "30 seconds."), (2, "45 seconds.")]
