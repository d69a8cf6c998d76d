"""Compiler rules and invariants, with fake clip lengths (pure timing logic)."""

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import Exercise, Phase, Routine, Settings

D = FakeDurations()


def compile_one(exercise, **settings):
    return compile_routine(Routine("Test", (exercise,), Settings(**settings)), D)


def roles(timeline, **where):
    return [c.role for c in timeline.cues if all(getattr(c, k) == v for k, v in where.items())]


def texts(timeline):
    return [c.text for c in timeline.cues if c.kind == "speech"]


def test_intro_announcement_countdown_and_end():
    t = compile_one(Exercise("Calf drops", how="Rise up.", reps=2, hold_s=5))
    said = texts(t)
    assert said[:2] == ["Test.", "One exercise, about one minute."]
    assert "beep" in said[2] and "Ticks" in said[3]  # how the sounds work, before any work
    assert said[4] == "Exercise 1 of 1: Calf drops."
    assert "Rise up." in said and "Get ready." in said
    i = said.index("Get ready.")
    assert said[i + 1 : i + 4] == ["3", "2", "1"]
    assert said[-1] == "Session complete. Well done."


def test_a_one_second_hold_is_said_in_the_singular():
    # a quick pelvic-floor squeeze imported as "hold 1 s" was announced "hold 1 seconds each"
    assert "10 reps, hold one second each." in texts(compile_one(Exercise("Flicks", reps=10, hold_s=1)))
    assert "Hold for one second." in texts(compile_one(Exercise("Flick", reps=1, hold_s=1)))
    assert "10 reps, hold 2 seconds each." in texts(compile_one(Exercise("Squeeze", reps=10, hold_s=2)))


def test_countdown_on_one_second_grid_then_start_beep():
    t = compile_one(Exercise("X", reps=1, hold_s=5))
    count = [c for c in t.cues if c.role == "countdown"]
    start = next(c for c in t.cues if c.role == "work_start")
    starts = [c.start for c in count] + [start.start]
    assert all(b - a == SR for a, b in pairwise(starts))


def test_hold_rep_sequence_and_exact_hold():
    t = compile_one(Exercise("X", reps=3, hold_s=5), relax_s=3)
    rep2 = roles(t, rep=2)
    assert rep2 == ["work_start", "tick", "tick", "tick", "work_end", "release", "rep_count"]
    starts = [c for c in t.cues if c.role == "work_start"]
    ends = [c for c in t.cues if c.role == "work_end"]
    assert all(e.start - s.start == 5 * SR for s, e in zip(starts, ends, strict=True))
    # relax measured from the end of the end beep to the next start beep, at least 3 s
    assert all(s.start - e.end >= 3 * SR for e, s in zip(ends, starts[1:], strict=False))


def test_ticks_in_last_three_seconds():
    t = compile_one(Exercise("X", reps=1, hold_s=10))
    start = next(c for c in t.cues if c.role == "work_start").start
    ticks = [c.start - start for c in t.cues if c.role == "tick"]
    assert ticks == [7 * SR, 8 * SR, 9 * SR]


def test_halfway_and_ten_left_when_they_fit():
    t = compile_one(Exercise("X", duration_s=60))
    start = next(c for c in t.cues if c.role == "work_start").start
    half = next(c for c in t.cues if c.role == "halfway")
    ten = next(c for c in t.cues if c.role == "ten_left")
    assert half.start - start == 30 * SR and ten.start - start == 50 * SR
    short = compile_one(Exercise("X", duration_s=15))
    assert "halfway" not in roles(short) and "ten_left" not in roles(short)
    mid = compile_one(Exercise("X", duration_s=25))
    assert "halfway" in roles(mid) and "ten_left" not in roles(mid)


def test_optional_cue_dropped_when_it_does_not_fit():
    class SlowSpeech(FakeDurations):
        def speech(self, text):
            return 12 * SR if text == "Halfway." else super().speech(text)

    t = compile_routine(Routine("T", (Exercise("X", hold_s=20),)), SlowSpeech())
    assert "halfway" not in roles(t)


def test_sides_switch_with_transition():
    t = compile_one(Exercise("X", sides=("right foot", "left foot"), reps=1, hold_s=5), transition_s=5)
    said = texts(t)
    assert "Start with the right foot." in said and "Switch to the left foot." in said
    first_end = [c for c in t.cues if c.role == "work_end"][0]
    second_start = [c for c in t.cues if c.role == "work_start"][1]
    assert second_start.start - first_end.end >= 5 * SR
    assert {c.side for c in t.cues if c.role == "work_start"} == {"right foot", "left foot"}


def test_sets_rest_and_announcement():
    t = compile_one(Exercise("X", sets=3, reps=2, rest_s=30))
    said = texts(t)
    assert said.count("Rest 30 seconds.") == 2
    assert "Set 2 of 3." in said and "Last set, 3 of 3." in said
    ends = [c for c in t.cues if c.role == "work_end"]
    overs = [c for c in t.cues if c.role == "rest_over"]
    assert overs[0].start - ends[0].end == 30 * SR


def test_rest_between_exercises_with_next():
    r = Routine("T", (Exercise("A", reps=2), Exercise("B", reps=2)), Settings(rest_between_s=15))
    t = compile_routine(r, D)
    said = texts(t)
    assert "Rest 15 seconds." in said and "Next: B." in said
    end_a = [c for c in t.cues if c.role == "work_end"][0]
    over = next(c for c in t.cues if c.role == "rest_over")
    assert over.start - end_a.end == 15 * SR
    assert said.index("Next: B.") < said.index("Last exercise, 2 of 2: B.")


def test_counted_reps_spoken_at_pace():
    t = compile_one(Exercise("X", reps=4), pace_s=3)
    start = next(c for c in t.cues if c.role == "work_start")
    counts = [c for c in t.cues if c.role == "count"]
    assert [c.text for c in counts] == ["1", "2", "3", "4, last one."]  # issue 22: the number too
    assert [c.start - start.start for c in counts[1:]] == [3 * SR, 6 * SR, 9 * SR]
    end = next(c for c in t.cues if c.role == "work_end")
    assert end.start - start.start == 12 * SR


def test_phases_each_rep_runs_every_phase():
    phases = (Phase("Inhale", 4), Phase("Hold", 4), Phase("Exhale", 4))
    t = compile_one(Exercise("Box", reps=2, phases=phases))
    words = [c for c in t.cues if c.role == "phase"]
    assert [c.text for c in words] == ["Inhale", "Hold", "Exhale"] * 2
    assert all(b.start - a.start == 4 * SR for a, b in pairwise(words))


def test_timeline_json_contract():
    t = compile_one(Exercise("X", sides=("left", "right"), sets=2, reps=2, hold_s=3))
    data = t.to_json()
    assert set(data) >= {"duration", "cues"}
    cue = next(c for c in data["cues"] if c["role"] == "work_start")
    assert set(cue) >= {"start", "end", "kind", "text", "sound", "exercise", "side", "set", "rep"}
    assert cue["exercise"] == 1 and cue["side"] == "left" and cue["set"] == 1 and cue["rep"] == 1
    assert data["cues"][0]["exercise"] is None


def test_session_over_twelve_hours_refused():
    from voicecoach.errors import InputError

    with pytest.raises(InputError, match="12 hours"):
        compile_one(Exercise("X", sets=50, reps=50, hold_s=20))


# --- properties ----------------------------------------------------------------------

times = st.sampled_from([0.5, 1, 2.5, 3, 5, 10, 20, 30, 45, 61])
phase_lists = st.lists(
    st.builds(Phase, st.sampled_from(["In", "Hold", "Out"]), times), min_size=1, max_size=3
)
exercises = st.builds(
    Exercise,
    name=st.sampled_from(["A", "Toe spread", "Deep squat"]),
    how=st.one_of(st.none(), st.just("Do it slowly.")),
    sides=st.sampled_from([(), ("right",), ("right foot", "left foot")]),
    sets=st.integers(1, 3),
    reps=st.one_of(st.none(), st.integers(1, 4)),
    hold_s=st.one_of(st.none(), times),
    duration_s=st.one_of(st.none(), times),
    rest_s=st.one_of(st.none(), st.sampled_from([0, 5, 30])),
    relax_s=st.one_of(st.none(), st.sampled_from([0, 1, 3])),
    countdown=st.one_of(st.none(), st.integers(0, 5)),
    phases=st.one_of(st.just(()), phase_lists.map(tuple)),
)
routines = st.builds(
    Routine,
    title=st.just("R"),
    exercises=st.lists(exercises, min_size=1, max_size=3).map(tuple),
    settings=st.builds(
        Settings,
        verbosity=st.sampled_from(["brief", "normal", "detailed"]),
        rest_between_s=st.sampled_from([0, 5, 15]),
        halfway=st.booleans(),
        ten_left=st.booleans(),
        count_reps=st.booleans(),
    ),
)


@settings(max_examples=150, deadline=None)
@given(routines)
def test_properties(routine):
    t = compile_routine(routine, D)
    starts = [c.start for c in t.cues]
    assert starts == sorted(starts)  # cues ordered
    speech = sorted(t.speech(), key=lambda c: c.start)
    assert all(a.end <= b.start for a, b in pairwise(speech))  # no overlapping speech
    assert all(0 <= c.start < c.end <= t.length for c in t.cues)
    assert t.length == max(c.end for c in t.cues) + SR // 2  # total length
    for s, e in zip(
        [c for c in t.cues if c.role == "work_start"],
        [c for c in t.cues if c.role == "work_end"],
        strict=True,
    ):
        ex = routine.exercises[s.exercise - 1]
        if ex.kind in ("hold", "timed"):  # exact hold between beeps
            assert e.start - s.start == round((ex.hold_s if ex.kind == "hold" else ex.duration_s) * SR)
        assert (s.exercise, s.side, s.set) == (e.exercise, e.side, e.set)
    assert compile_routine(routine, D) == t  # deterministic


# --- properties of circuits and interval blocks ----------------------------------------

from voicecoach.model import Amrap, Block, Circuit, Emom, Tabata  # noqa: E402

plain = st.builds(
    Exercise,
    name=st.sampled_from(["Plank", "Squats", "Lunges"]),
    reps=st.one_of(st.none(), st.integers(1, 3)),
    hold_s=st.one_of(st.none(), st.sampled_from([2, 5, 30])),
    sides=st.sampled_from([(), ("right", "left")]),
)
block_exercises = st.lists(plain, min_size=1, max_size=3).map(tuple)
blocks = st.one_of(
    st.builds(
        Circuit,
        name=st.just("Core"),
        exercises=block_exercises,
        rounds=st.integers(1, 3),
        rest_s=st.sampled_from([None, 0, 45]),
        rest_between_s=st.sampled_from([None, 0, 10]),
    ),
    st.builds(
        Tabata,
        name=st.just("Tabata"),
        exercises=block_exercises,
        rounds=st.integers(1, 8),
        work_s=st.sampled_from([5, 20, 30.5]),
        rest_s=st.sampled_from([5, 10]),
    ),
    st.builds(Emom, name=st.just("EMOM"), exercises=block_exercises, rounds=st.integers(1, 4)),
    st.builds(
        Amrap, name=st.just("AMRAP"), exercises=block_exercises, duration_s=st.sampled_from([60, 120, 150])
    ),
)
mixed = st.builds(
    Routine,
    title=st.just("R"),
    exercises=st.lists(st.one_of(plain, blocks), min_size=1, max_size=3).map(tuple),
    settings=st.builds(
        Settings,
        verbosity=st.sampled_from(["brief", "normal"]),
        rest_between_s=st.sampled_from([0, 15]),
        countdown=st.integers(0, 3),
    ),
)


@settings(max_examples=120, deadline=None)
@given(mixed)
def test_properties_of_circuits_and_intervals(routine):
    t = compile_routine(routine, D)
    units = routine.units()
    starts = [c.start for c in t.cues]
    assert starts == sorted(starts)  # cues ordered
    speech = sorted(t.speech(), key=lambda c: c.start)
    assert all(a.end <= b.start for a, b in pairwise(speech))  # no overlapping speech
    assert t.length == max(c.end for c in t.cues) + SR // 2  # total length
    assert t.exercise_names == tuple(u.title for u in units)
    # every unit is announced, in order, and cues carry the unit's round
    numbers = [c.exercise for c in t.cues if c.exercise is not None]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, len(units) + 1))
    for c in t.cues:
        if c.exercise is not None:
            assert c.round == units[c.exercise - 1].round
    for item in routine.exercises:
        if not isinstance(item, Block) or isinstance(item, Circuit):
            continue
        mine = [n for n, u in enumerate(units, 1) if u.block is item]
        beeps = [c for c in t.cues if c.exercise in mine and c.role == "work_start"]
        ends = [c for c in t.cues if c.exercise in mine and c.role == "work_end"]
        gaps = [b.start - a.start for a, b in pairwise(beeps)]
        if item.kind == "tabata":  # exact work, fixed period
            assert len(beeps) == len(ends) == item.rounds
            assert all(e.start - s.start == round(item.work_s * SR) for s, e in zip(beeps, ends, strict=True))
            assert gaps == [round((item.work_s + item.rest_s) * SR)] * (item.rounds - 1)
        elif item.kind == "emom":  # on the minute, to the sample
            assert len(beeps) == item.rounds and gaps == [60 * SR] * (item.rounds - 1)
            assert ends[-1].start - beeps[0].start == item.rounds * 60 * SR
        else:  # AMRAP: the cap, no rep counts
            assert ends[0].start - beeps[0].start == round(item.duration_s * SR)
            assert not [c for c in t.cues if c.exercise in mine and c.role == "count"]


@pytest.mark.parametrize("name", ["foot-strength", "seven-minute-circuit", "tabata", "ruecken-pause"])
def test_no_sound_is_laid_twice_at_one_sample(name):
    """Two identical beeps at one sample double its level and clip: a merge once laid every
    rest-over beep twice. Every (start, sound) of the built-ins' timelines is unique."""
    from voicecoach.routine.find import load_spec

    timeline = compile_routine(load_spec(name).routine, D)
    beeps = [(c.start, c.sound) for c in timeline.cues if c.kind == "beep"]
    assert len(beeps) == len(set(beeps))
    speech = [(c.start, c.text) for c in timeline.speech()]
    assert len(speech) == len(set(speech))


def test_the_length_guess_asks_for_no_clip_the_session_does_not_say():
    """The intro and recap state the session's length; the first pass guesses their lengths
    instead of asking for "about one minute" clips a cold start would render for nothing."""
    from voicecoach.routine.find import load_spec

    asked = []

    class Recording(FakeDurations):
        def speech(self, text):
            asked.append(text)
            return super().speech(text)

    for name in ("foot-strength", "box-breathing", "seven-minute-circuit"):
        asked.clear()
        timeline = compile_routine(load_spec(name, {}).routine, Recording())
        assert set(asked) == {c.text for c in timeline.cues if c.text}, name


def test_the_mirrored_instructions_are_said_once_over_several_sets():
    # an imported split squat of 3 sets each leg said its left-leg instructions at every switch,
    # 15 s three times, while the right leg's were said once
    how = "Put your right foot back and lower your left knee."
    t = compile_one(Exercise("Lunge", how=how, sides=("right leg", "left leg"), sets=3, reps=2))
    said = texts(t)
    assert said.count(how) == 1
    assert said.count("Put your left foot back and lower your right knee.") == 1
    assert said.count("Switch to the left leg.") == 3
    detailed = texts(
        compile_one(
            Exercise("Lunge", how=how, sides=("right leg", "left leg"), sets=3, reps=2), verbosity="detailed"
        )
    )
    assert detailed.count("Put your left foot back and lower your right knee.") == 3


def test_a_title_ending_its_own_sentence_takes_no_second_stop():
    # "Time-Out!." was the spoken title of a stretch-break handout
    t = compile_routine(Routine("Time-Out!", (Exercise("X", reps=2),)), D)
    assert texts(t)[0] == "Time-Out!"
