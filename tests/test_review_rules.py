"""Each review rule on a tiny hand-made timeline that breaks it and one that keeps it."""

import pytest

from voicecoach import SAMPLE_RATE as SR
from voicecoach.model import Circuit, Exercise, Routine, Settings
from voicecoach.review import body, timing, wording
from voicecoach.review.listen import RULES, listen
from voicecoach.review.script import Script
from voicecoach.timeline import Cue, Timeline

SAFE = "If anything hurts, stop."


def say(at, text, role="how", seconds=None, **where):
    """A speech cue at ``at`` s, as long as its words at 150 a minute unless ``seconds``."""
    seconds = seconds if seconds is not None else max(0.4, len(text.split()) * 60 / 150)
    return Cue(int(at * SR), int((at + seconds) * SR), "speech", role, text=text, **where)


def beep(at, role="work_start", **where):
    sound = {"work_start": "start", "work_end": "end"}.get(role, role)
    return Cue(int(at * SR), int((at + 0.2) * SR), "beep", role, sound=sound, **where)


SQUAT = (Exercise("Squat", how="Stand tall.", duration_s=10),)


def script(cues, exercises=SQUAT, language="en", title="Test", exported=False, safety=SAFE, length_s=None):
    cues = sorted(cues, key=lambda c: c.start)
    end = max(c.end for c in cues)
    length = int(length_s * SR) if length_s else end + SR // 2
    routine = Routine(title, tuple(exercises), Settings(language=language, safety=safety))
    return Script(Timeline(tuple(cues), length, title), routine, exported=exported)


def countdown(at, exercise=1):
    """3, 2, 1 and the start beep at ``at`` s."""
    return [
        *(say(at - k, str(k), "countdown", 0.4, exercise=exercise) for k in (3, 2, 1)),
        beep(at, exercise=exercise),
    ]


def test_pace_flags_instructions_over_165_words_a_minute():
    text = "Stand tall with your feet hip width apart and your arms by your sides."
    fast = script([say(0, text, seconds=4.0, exercise=1)])  # 14 words in 4 s: 210
    calm = script([say(0, text, seconds=6.0, exercise=1)])  # 140
    assert [f.rule for f in timing.instruction_pace(fast)] == ["pace"]
    assert "210 words a minute" in timing.instruction_pace(fast)[0].problem
    assert timing.instruction_pace(calm) == []


def test_pace_leaves_counts_and_breathing_phases_out():
    counts = [say(i, str(i), "count", 0.2, exercise=1, rep=i) for i in range(1, 9)]
    assert timing.instruction_pace(script(counts)) == []
    phases = [say(i * 4, "Breathe in through the nose", "phase", 1.2, exercise=1) for i in range(4)]
    assert timing.instruction_pace(script(phases)) == []


def test_safety_line_must_come_before_the_first_start_beep():
    late = script([*countdown(10), beep(20, "work_end", exercise=1), say(22, SAFE, "safety")])
    early = script([say(1, SAFE, "safety"), *countdown(10), beep(20, "work_end", exercise=1)])
    none = script([*countdown(10)], safety=None)
    assert [f.problem for f in timing.safety_first(late)] == [
        "the safety line comes after the first start beep"
    ]
    assert timing.safety_first(early) == []
    assert timing.safety_first(none)[0].problem == "no safety line"


def test_setup_time_wants_8_seconds_after_the_instructions():
    short = script([say(0, "Stand tall.", exercise=1), *countdown(5)])
    enough = script([say(0, "Stand tall.", exercise=1), *countdown(10)])
    [finding] = timing.setup_time(short)
    assert finding.problem.startswith("4.2 s from the end of its instructions")
    assert "give it 8 s" in finding.fix
    assert timing.setup_time(enough) == []


def test_setup_time_wants_15_seconds_on_a_change_of_position():
    exercises = (
        Exercise("Calf stretch", how="Stand facing a wall.", duration_s=5),
        Exercise("Sit on heels", how="Kneel and sit back on your heels.", duration_s=5),
    )
    cues = [
        say(0, "Stand facing a wall.", exercise=1),
        *countdown(10),
        beep(15, "work_end", exercise=1),
        say(16, "Kneel and sit back on your heels.", exercise=2),
        *countdown(28, exercise=2),
    ]
    [finding] = timing.setup_time(script(cues, exercises))
    assert "the position changes from standing to kneeling" in finding.problem
    assert finding.fix == "give it 15 s (setup: 15s)"
    cues[-4:] = countdown(35, exercise=2)
    assert timing.setup_time(script(cues, exercises)) == []


def test_setup_time_reads_the_how_said_in_the_rest_before():
    exercises = (
        Exercise("A", how="Stand tall.", duration_s=5),
        Exercise("B", how="Stand on one leg.", duration_s=5),
    )
    said_in_rest = [
        say(0, "Stand tall.", exercise=1),
        *countdown(10),
        beep(15, "work_end", exercise=1),
        say(16, "Next: B. Stand on one leg.", "next", exercise=1),
        say(30, "Exercise 2 of 2: B.", "announce", exercise=2),
        *countdown(34, exercise=2),
    ]
    assert timing.setup_time(script(said_in_rest, exercises)) == []


def test_doubled_words_and_broken_side_phrases():
    for broken in (
        "Start with the to the right.",
        "Switch to the the left.",
        "Start with the standing on the right leg.",
    ):
        assert [f.rule for f in wording.doubled_words(script([say(0, broken, "side")]))] == ["words"]
    for whole in (
        "Start with the right leg.",
        "Bend the standing knee a little.",
        "Come up to a sitting position.",
        "Stand on the right leg.",
    ):
        assert wording.doubled_words(script([say(0, whole, "how")])) == [], whole


def test_every_rep_count_names_its_number_or_the_last():
    skipped = [
        say(i * 3, t, "count", 0.5, exercise=1, rep=i)
        for i, t in [(5, "5"), (6, "Five more."), (7, "7"), (10, "Last one.")]
    ]
    [finding] = wording.rep_counts(script(skipped))
    assert finding.words == "Five more."
    kept = [
        say(i * 3, t, "rep_count", 0.8, exercise=1, rep=i)
        for i, t in [(6, "6 of 10. Five more."), (10, "10, last one.")]
    ]
    assert wording.rep_counts(script(kept)) == []


def test_no_stretch_over_15_seconds_without_a_cue():
    quiet = script([say(0, "1 of 4.", exercise=1), *countdown(30)])
    filled = script([say(0, "1 of 4.", exercise=1), say(13, "15 seconds to go.", "to_go"), *countdown(30)])
    [finding] = timing.quiet_stretches(quiet)
    assert finding.problem.startswith("25.")
    assert timing.quiet_stretches(filled) == []


def test_far_from_the_next_beep_half_a_minute_without_a_cue_is_no_long_silence():
    far = [say(at, "Time to go.", "to_go") for at in range(25, 201, 25)]  # every 25 s, 100 s+ before the end
    near = [say(at, "Time to go.", "to_go") for at in range(212, 300, 12)]
    walk = script([beep(0, exercise=1), *far, *near, beep(300, "work_end", exercise=1)])
    assert timing.quiet_stretches(walk) == []
    late = script([beep(0, exercise=1), *far, beep(300, "work_end", exercise=1)])
    [finding] = timing.quiet_stretches(late)  # 200 -> 300: the end is near, 15 s is the limit
    assert finding.at_s > 200


def test_a_wait_for_me_step_may_be_quiet():
    cues = [say(0, "Take your time.", "ready_prompt"), say(60, "Exercise 2 of 2: B.", "announce")]
    waiting = script(cues)
    waiting.timeline = Timeline(
        waiting.timeline.cues, waiting.timeline.length, waits=((int(1.2 * SR), 59 * SR),)
    )
    assert timing.quiet_stretches(waiting) == []


def test_a_start_beep_after_silence_needs_a_countdown():
    surprise = script([say(0, "Rest.", "rest"), beep(8)])
    counted = script([say(0, "Rest.", "rest"), *countdown(8)])
    assert [f.rule for f in timing.surprise_beeps(surprise)] == ["countdown"]
    assert timing.surprise_beeps(counted) == []


def test_the_intro_count_matches_the_announcements():
    exercises = tuple(Exercise(n, duration_s=5) for n in "ABC")
    wrong = script(
        [
            say(0, "3 exercises, about 7 minutes.", "intro"),
            say(4, "Exercise 1 of 2: A.", "announce", exercise=1),
        ],
        exercises,
    )
    right = script(
        [
            say(0, "3 exercises, about 7 minutes.", "intro"),
            say(4, "Exercise 1 of 3: A.", "announce", exercise=1),
            say(9, "Last exercise, 3 of 3: C.", "announce", exercise=3),
        ],
        exercises,
    )
    [finding] = wording.exercise_count(wrong)
    assert "the intro says 3" in finding.problem and "count 2" in finding.problem
    assert wording.exercise_count(right) == []


def test_a_file_names_no_key_but_play_may():
    cues = [say(0, "Take your time. Press space when you're ready.", "ready_prompt")]
    assert [f.rule for f in wording.no_keys_in_files(script(cues, exported=True))] == ["keys"]
    assert wording.no_keys_in_files(script(cues, exported=False)) == []
    fits = [say(0, "Take your time; pause your player if you need longer.", "ready_prompt")]
    assert wording.no_keys_in_files(script(fits, exported=True)) == []


def test_a_title_promising_minutes_lasts_at_most_1_3_times_that():
    cues = [say(0, "Go.", "intro")]
    assert [
        f.rule for f in timing.promised_length(script(cues, title="7-minute circuit", length_s=17 * 60))
    ] == ["length"]
    assert timing.promised_length(script(cues, title="Seven-minute circuit", length_s=9 * 60)) == []
    assert [
        f.rule for f in timing.promised_length(script(cues, title="Zehn Minuten Rücken", length_s=14 * 60))
    ] == ["length"]


def test_a_german_session_speaks_no_english():
    mixed = script(
        [say(0, "Du brauchst a chair.", "equipment"), say(3, "Übung 1 von 7: Sit tall.", "announce")],
        language="de",
    )
    german = script(
        [
            say(0, "Du brauchst einen Stuhl.", "equipment"),
            say(3, "Übung 1 von 7: Aufrecht sitzen.", "announce"),
        ],
        language="de",
    )
    assert len(wording.one_language(mixed)) == 2
    assert wording.one_language(german) == []


def test_an_english_session_speaks_no_german():
    mixed = script([say(0, "Setz dich aufrecht auf den Stuhl.", "how")])
    assert [f.rule for f in wording.one_language(mixed)] == ["language"]


def test_no_let_go_while_holding_a_support():
    held = (Exercise("One-leg stand", how="Stand next to a wall, one hand on it for support.", hold_s=10),)
    free = (Exercise("Toe spread", how="Sitting down, spread your toes.", hold_s=5),)
    cue = [say(0, "Let go.", "release", exercise=1)]
    assert [f.rule for f in body.let_go_of_support(script(cue, held))] == ["release"]
    assert body.let_go_of_support(script(cue, free)) == []
    relax = [say(0, "And relax.", "release", exercise=1)]
    assert body.let_go_of_support(script(relax, held)) == []


def _rounds(say_round_two: bool):
    block = Circuit("Circuit", (Exercise("A", duration_s=5), Exercise("B", duration_s=5)), rounds=2)
    cues = [
        say(0, "Round 1 of 2.", "round", exercise=1, round=1),
        *countdown(4, 1),
        beep(9, "work_end", exercise=1),
        *countdown(14, 2),
        beep(19, "work_end", exercise=2),
    ]
    if say_round_two:
        cues.append(say(20, "Next: round 2 of 2, A.", "next", exercise=2, round=1))
    cues += countdown(30, 3) + [beep(35, "work_end", exercise=3)]
    return script(cues, (block,))


def test_every_round_from_two_on_is_announced():
    [finding] = wording.rounds_announced(_rounds(False))
    assert finding.problem == "round 2 of 2 starts unannounced"
    assert wording.rounds_announced(_rounds(True)) == []


def test_listen_runs_every_rule_in_time_order():
    findings = listen(script([say(0, "Start with the to the right.", "side"), *countdown(30)], safety=None))
    assert [f.at_s for f in findings] == sorted(f.at_s for f in findings)
    assert {"safety", "words", "quiet"} <= {f.rule for f in findings}
    assert len(RULES) == 16 and len({r.__name__ for r in RULES}) == 16


def test_a_wait_for_me_step_is_not_announced_as_an_exercise():
    exercises = (Exercise("Fetch a band", until="ready", fallback_s=20), Exercise("Rows", reps=5))
    counted = script(
        [
            say(0, "2 exercises, about 3 minutes.", "intro"),
            say(3, "Exercise 1 of 2: Fetch a band.", "announce", exercise=1),
            say(30, "Exercise 2 of 2: Rows.", "announce", exercise=2),
        ],
        exercises,
    )
    named = script(
        [
            say(0, "One exercise, about 3 minutes.", "intro"),
            say(3, "Fetch a band.", "announce", exercise=1),
            say(30, "Exercise 1 of 1: Rows.", "announce", exercise=2),
        ],
        exercises,
    )
    [finding] = wording.exercise_count(counted)
    assert finding.problem.startswith('a "wait for me" step is announced as an exercise')
    assert wording.exercise_count(named) == []


def test_eyes_closed_nothing_travels_or_climbs_and_balance_has_a_support():
    cue = [say(0, "Exercise 1 of 1.", "announce", exercise=1)]
    for how in (
        "Flex your feet and walk forward as far as you can.",
        "Step up onto a chair and down again.",
        "Stand on one leg for ten seconds.",
    ):
        found = body.eyes_closed(script(cue, (Exercise("X", how=how, duration_s=30),)))
        assert [f.rule for f in found] == ["eyes-closed"], how
    for how in (
        "Walk on the spot in small steps.",
        "Fingertips on the wall, stand on one leg for ten seconds.",
        "Sitting, reach forward as far as you can.",
        "Lie on your back for a single-leg bridge.",
    ):
        assert body.eyes_closed(script(cue, (Exercise("X", how=how, duration_s=30),))) == [], how


def test_the_close_fits_where_the_body_is():
    close = [say(0, "Breathe normally, and take a moment before you get up.", "breathe")]
    standing = (Exercise("Squat", how="Stand tall, then squat.", duration_s=30),)
    lying = (Exercise("Bridge", how="Lie on your back and lift your hips.", duration_s=30),)
    assert [f.rule for f in body.close_fits_body(script(close, standing))] == ["close"]
    assert body.close_fits_body(script(close, lying)) == []


def test_a_switch_the_how_asks_for_is_called():
    # A listener with eyes closed heard a side plank whose "Switch sides halfway." was never said
    # at brief: no one knew when halfway was.
    plank = (Exercise("Side plank", how="Switch sides halfway.", duration_s=30),)
    named = [say(0, "Next: Side plank.", "announce", exercise=1)]
    assert [f.rule for f in body.switch_called(script(named, plank))] == ["switch"]
    called = [*named, say(15, "Halfway. Switch sides.", "halfway", exercise=1)]
    assert body.switch_called(script(called, plank)) == []
    sided = (
        Exercise(
            "Side plank", how="Change sides after each set.", sides=("right side", "left side"), duration_s=15
        ),
    )
    assert body.switch_called(script(named, sided)) == []


@pytest.mark.parametrize(
    ("language", "how", "heard"),
    [
        ("en", "Hold a side plank. Switch sides halfway.", "Halfway. Switch sides."),
        ("de", "Seitstütz halten. Nach der Hälfte die Seite wechseln.", "Halbzeit. Seite wechseln."),
        ("en", "Hold a plank.", "Halfway."),
    ],
)
def test_halfway_calls_the_switch_a_how_asks_for(language, how, heard):
    from support.durations import FakeDurations
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.phrases import Phrases

    routine = Routine(
        "T", (Exercise("Plank", how=how, duration_s=30),), Settings(language=language, verbosity="brief")
    )
    timeline = compile_routine(routine, FakeDurations(), Phrases(language))
    assert [c.text for c in timeline.cues if str(getattr(c.role, "value", c.role)) == "halfway"] == [heard]
