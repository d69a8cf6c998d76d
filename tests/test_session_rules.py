"""Issue 22's compiler rules, each on a small routine with fake clip lengths: the rule seam
(rules placed by priority; a new cue is one function and two phrase lines), safety first,
time to get into position, exact words, no silence over 15 s, files that ask for no key,
sides alternating per set, a close that fits where the body is."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler import rules, words
from voicecoach.compiler.builder import Builder
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import Circuit, Exercise, Routine, Settings, Tabata
from voicecoach.phrases import Phrases
from voicecoach.routine.load import load_routine_text
from voicecoach.timeline import Role, Sink

D = FakeDurations()


def said(timeline, role=None):
    return [
        c.text for c in sorted(timeline.speech(), key=lambda c: c.start) if role is None or c.role == role
    ]


def compiled(*exercises, **settings_):
    return compile_routine(Routine("T", tuple(exercises), Settings(**settings_)), D)


# --- the seam ---------------------------------------------------------------------------


def test_place_puts_proposals_in_by_priority_and_drops_what_does_not_fit():
    b = Builder(D)
    length = D.speech("Halfway.")
    low = rules.Proposal("Halfway.", Role.HALFWAY, 10 * SR, 20 * SR, priority=1, exact=True)
    high = rules.Proposal("Keep breathing.", Role.TIP, 10 * SR, 20 * SR, priority=0)
    late = rules.Proposal("Too late.", Role.TIP, 19.6 * SR, 20 * SR, priority=2)
    busy = [(0, SR)]
    placed = rules.place(b, [low, late, high], busy)
    # the higher priority takes 10 s; the exact one has no other place and is dropped;
    # the one that would end after its limit is dropped, never squeezed
    assert [(at, text) for at, text, _ in placed] == [(10 * SR, "Keep breathing.")]
    assert len(busy) == 2 and length > 0


def test_a_breathing_cue_is_one_function_and_two_phrase_lines(monkeypatch):
    def breathe(w: rules.Window) -> list[rules.Proposal]:
        """ "Keep breathing." 4 s into a hold of 15 s or more (people hold their breath)."""
        if w.ex.kind != "hold" or w.seconds < 15:
            return []
        return [
            rules.Proposal(w.phrases.say("keep_breathing"), Role.TIP, w.start + 4 * SR, w.limit, priority=5)
        ]

    monkeypatch.setattr(rules, "WORK_RULES", rules.WORK_RULES + (breathe,))
    lines = {"en": "Keep breathing.", "de": "Atme weiter."}  # the two phrase lines
    for language, line in lines.items():
        phrases = Phrases(language)
        phrases.table = {**phrases.table, "keep_breathing": line}
        routine = Routine(
            "T", (Exercise("Plank", hold_s=20), Exercise("Bridge", hold_s=10)), Settings(language=language)
        )
        timeline = compile_routine(routine, D, phrases)
        heard = [c for c in timeline.cues if c.text == line]
        beeps = [c for c in timeline.cues if c.role == "work_start"]
        assert [c.exercise for c in heard] == [1]
        assert heard[0].start == beeps[0].end + 4 * SR


# --- safety, set-up time, position ------------------------------------------------------


def test_safety_is_said_before_the_first_exercise_and_recalled_at_the_close():
    safety = "Go gently. If anything hurts, stop."
    t = compiled(Exercise("Squat", reps=3), safety=safety)
    first_beep = min(c.start for c in t.cues if c.role == "work_start")
    opening = [c for c in t.speech() if c.role == "safety"]
    assert [c.text for c in opening] == [safety] and opening[0].start < first_beep
    assert said(t, "safety_recall") == ["Remember: If anything hurts, stop."]


@pytest.mark.parametrize(
    "safety, reminder",
    [
        (
            "You should not feel pain. If you do, stop and talk to your physiotherapist.",
            "You should not feel pain. If you do, stop and talk to your physiotherapist.",
        ),
        (
            "Go slowly. Sit down if you feel dizzy. Otherwise, keep going.",
            "Sit down if you feel dizzy. Otherwise, keep going.",
        ),
        (
            "Du sollst keine Schmerzen haben. Hast du doch welche, hör auf.",
            "Du sollst keine Schmerzen haben. Hast du doch welche, hör auf.",
        ),
        ("Warm up first. If you feel faint, stop at once.", "If you feel faint, stop at once."),
    ],
)
def test_the_reminder_at_the_close_is_a_sentence_that_stands_alone(safety, reminder):
    t = compiled(Exercise("Squat", reps=3), safety=safety)
    assert said(t, "safety_recall") == [f"Remember: {reminder}"]


def _instructions_to_beep(t, exercise):
    beep = min(c.start for c in t.cues if c.role == "work_start" and c.exercise == exercise)
    told = max(c.end for c in t.speech() if c.role in ("how", "next") and c.start < beep)
    return (beep - told) / SR


def test_the_next_exercise_is_told_in_the_rest_with_time_to_get_into_position():
    stand = Exercise("Calf raise", how="Stand facing the wall, hands on it.", reps=3)
    lie = Exercise("Bridge", how="Lie on your back, knees bent.", reps=3)
    stand2 = replace(stand, name="Heel raise")
    t = compiled(stand, lie, stand2)
    last_end = max(c.end for c in t.cues if c.role == "work_end" and c.exercise == 1)
    rest_lines = [
        c for c in t.speech() if c.role in ("next", "how") and c.start > last_end and c.exercise == 2
    ]  # the next exercise's chapter starts where it is named
    assert [c.text for c in rest_lines][:2] == ["Next: Bridge.", lie.how]
    rest = next(c for c in t.speech() if c.role == "rest" and c.start > last_end)
    assert rest.exercise == 1 and rest.end < rest_lines[0].start
    assert said(t, "how") == [stand.how, lie.how, stand2.how]  # each once, in the rest before
    assert _instructions_to_beep(t, 2) >= 15  # standing -> lying
    assert _instructions_to_beep(t, 3) >= 15  # lying -> standing
    same = compiled(stand, stand2, rest_between_s=0)
    assert 8 <= _instructions_to_beep(same, 2) < 15  # no change of position: 8 s
    explicit = compiled(stand, replace(stand2, setup_s=20.0, position="standing"))
    assert _instructions_to_beep(explicit, 2) >= 20  # setup: overrides


@pytest.mark.parametrize("setup", [10.0, 4.0])
def test_after_take_your_time_the_first_exercise_gives_its_setup_in_quiet_before_get_ready(setup):
    # A listener lying down with a pillow heard "Get ready" two seconds after "Take your time to get
    # into position": the summary and that line had used the set-up up.
    lying = Exercise("Knee rolls", reps=8, hold_s=5.0, how="Lie on your back with your knees bent. " * 4)
    t = compiled(lying, setup_s=setup)
    told = next(c for c in t.speech() if c.role == "setup")
    ready = next(c for c in t.speech() if c.role == "get_ready")
    assert ready.start - told.end >= setup * SR
    assert not [c for c in t.speech() if told.end <= c.start < ready.start]  # quiet, not talked over


def test_position_is_the_key_else_read_from_the_instructions():
    assert words.position_of(Exercise("X", how="Lie on your back.")) == "lying"
    assert words.position_of(Exercise("X", how="Setz dich aufrecht hin.")) == "sitting"
    assert words.position_of(Exercise("X", how="Kneel, then sit back.")) == "kneeling"
    assert words.position_of(Exercise("X", how="Lie down.", position="standing")) == "standing"
    assert words.position_of(Exercise("X", how="Breathe in.")) is None


@pytest.mark.parametrize(
    "last, close",
    [
        ("Lie on your back and relax.", "Breathe normally, and take a moment before you get up."),
        ("Stand tall by the wall.", "Breathe normally, and stand still for a moment before you move on."),
        ("Breathe in slowly.", "Breathe normally, and take a moment before you move on."),
    ],
)
def test_the_close_fits_where_the_body_is(last, close):
    t = compiled(Exercise("A", how=last, reps=2))
    assert said(t, "breathe") == [close]


# --- exact words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, side, first, other",
    [
        ("en", "right", "Start with the right side.", "Switch to the right side."),
        ("en", "right leg", "Start with the right leg.", "Switch to the right leg."),
        ("en", "operated leg", "Start with the operated leg.", "Switch to the operated leg."),
        ("en", "to the right", "First side: to the right.", "Other side: to the right."),
        (
            "en",
            "standing on the right leg",
            "First side: standing on the right leg.",
            "Other side: standing on the right leg.",
        ),
        ("de", "rechter Arm", "Zuerst: rechter Arm.", "Wechsel: rechter Arm."),
        ("de", "rechts", "Zuerst rechts.", "Jetzt rechts."),
        ("de", "nach rechts", "Zuerst: nach rechts.", "Andere Seite: nach rechts."),
    ],
)
def test_side_lines_read_right_for_any_label(language, side, first, other):
    phrases = Phrases(language)
    assert words.side_line(phrases, side, first=True) == first
    assert words.side_line(phrases, side, first=False) == other


@settings(max_examples=40, deadline=None)
@given(reps=st.integers(1, 25), sets=st.integers(1, 2))
def test_every_counted_rep_names_its_number(reps, sets):
    t = compiled(Exercise("Squat", reps=reps, sets=sets))
    counts = [c for c in t.cues if c.role == "count"]
    assert len(counts) == reps * sets
    assert all(c.text.split(",")[0].rstrip(".") == str(c.rep) for c in counts)
    if reps >= 10:  # "five more" means five numbers follow it, as a listener counts them
        numbers = [c.text for c in counts[:reps]]
        assert len(numbers) - 1 - numbers.index(f"{reps - 5}, five more.") == 5
    if reps > 1:
        assert said(t).count(f"{reps}, last one.") == sets


def test_the_release_word_never_lets_go_of_a_support():
    wall = Exercise("Wall sit", how="Back against the wall.", hold_s=5, reps=6)
    free = Exercise("Plank", how="On your forearms.", hold_s=5, reps=6)
    held = said(compiled(wall), "release")
    assert held and not [t for t in held if "let go" in t.lower() or t == "Release."]
    assert set(said(compiled(free), "release")) <= {"Release.", "And relax.", "Ease off."}
    assert words.holds_support(Exercise("Stair stretch", how="A hand on the banister."))


def test_one_count_of_exercises_a_wait_step_is_not_one():
    ready = Exercise("Set up", how="Fetch a chair.", until="ready", fallback_s=10)
    t = compiled(ready, Exercise("Squat", reps=3), Exercise("Plank", duration_s=20))
    text = said(t)
    assert "2 exercises, about 2 minutes." in text or text[1].startswith("2 exercises")
    assert "Set up." in text and "Exercise 1 of 2: Squat." in text
    assert "Last exercise, 2 of 2: Plank." in text
    assert said(t, "done") == ["You did 2 exercises in 2 minutes."] or said(t, "done")[0].startswith(
        "You did 2 exercises"
    )


def test_every_round_of_a_circuit_and_a_tabata_is_named():
    circuit = Circuit(
        "Core", (Exercise("A", duration_s=20), Exercise("B", duration_s=20)), rounds=3, rest_s=30
    )
    text = said(compile_routine(Routine("T", (circuit,)), D))
    assert "Round 2 of 3." in text and "Last round, 3 of 3." in text
    assert "Next: round 2 of 3, A." in text
    tabata = Tabata("Legs", (Exercise("Squats"), Exercise("Lunges")), rounds=4, rest_s=20)
    t = compile_routine(Routine("T", (tabata,)), D)
    rests = said(t, "round")
    assert rests == [
        "Rest. Round 2 of 4: Lunges.",
        "Rest. Round 3 of 4: Squats.",
        "Rest. Last round: Lunges.",
    ]  # a 20 s rest has room for the name


def test_a_circuit_of_one_exercise_says_its_count_inside_the_sentence():
    # an imported jaw routine said "TMJ Exercises: 6 rounds of One exercise."
    circuit = Circuit("Jaw", (Exercise("Open and close", reps=5),), rounds=3)
    assert "Jaw: 3 rounds of one exercise." in said(compile_routine(Routine("T", (circuit,)), D))


# --- silence, count-downs, files ---------------------------------------------------------


def _quiet_stretches(timeline):
    """Silences over 15 s outside "wait for me" steps' own waits."""
    out, end = [], 0
    for cue in sorted(timeline.cues, key=lambda c: c.start):
        waiting = any(a <= end and cue.start <= b for a, b in timeline.waits)
        if cue.start - end > 15 * SR and not waiting:
            out.append((end / SR, cue.start / SR))
        end = max(end, cue.end)
    return out


plain = st.builds(
    Exercise,
    name=st.sampled_from(["Plank", "Squats", "Bridge"]),
    reps=st.one_of(st.none(), st.integers(1, 12)),
    hold_s=st.one_of(st.none(), st.sampled_from([5, 30, 45])),
    duration_s=st.one_of(st.none(), st.sampled_from([20, 60])),
    relax_s=st.sampled_from([None, 10.0, 30.0]),
    sets=st.integers(1, 3),
    rest_s=st.sampled_from([None, 5.0, 40.0]),
    sides=st.sampled_from([(), ("right", "left")]),
    alternate=st.sampled_from([True, False, "reps"]),
)
blocks = st.one_of(
    st.builds(
        Circuit,
        name=st.just("Core"),
        exercises=st.lists(plain, min_size=1, max_size=2).map(tuple),
        rounds=st.integers(1, 3),
        rest_s=st.sampled_from([None, 5.0, 60.0]),
    ),
    st.builds(
        Tabata,
        name=st.just("Tabata"),
        exercises=st.lists(plain, min_size=1, max_size=2).map(tuple),
        rounds=st.integers(1, 4),
        work_s=st.sampled_from([20.0, 40.0]),
        rest_s=st.sampled_from([10.0, 30.0]),
    ),
)
sessions = st.builds(
    Routine,
    title=st.just("R"),
    exercises=st.lists(st.one_of(plain, blocks), min_size=1, max_size=3).map(tuple),
    settings=st.builds(
        Settings,
        verbosity=st.sampled_from(["brief", "normal", "detailed"]),
        rest_between_s=st.sampled_from([0.0, 5.0, 15.0, 60.0]),
        countdown=st.integers(0, 3),
    ),
)


@settings(max_examples=80, deadline=None)
@given(sessions)
def test_no_silence_over_15_s_and_no_start_beep_out_of_silence(routine):
    t = compile_routine(routine, D)
    assert _quiet_stretches(t) == []
    cues = sorted(t.cues, key=lambda c: c.start)
    for i, beep in enumerate(cues):
        if beep.role != "work_start" or i == 0:
            continue
        quiet = beep.start - max(c.end for c in cues[:i])
        warned = [c for c in cues[:i] if c.start >= beep.start - 4 * SR and c.role in ("countdown", "tick")]
        assert quiet < 5 * SR or warned, (beep.start / SR, quiet / SR)


def test_a_file_never_asks_for_a_key_and_play_keeps_its_prompt():
    routine = Routine("T", (Exercise("Set up", until="ready", fallback_s=10), Exercise("Squat", reps=3)))
    played = said(compile_routine(routine, D, sink=Sink.PLAY), "ready_prompt")
    filed = said(compile_routine(routine, D, sink=Sink.FILE), "ready_prompt")
    assert "Press space" in played[0]
    assert "pause your player" in filed[0] and "space" not in filed[0].lower()
    german = compile_routine(replace(routine, settings=Settings(language="de")), D, Phrases("de"), Sink.FILE)
    assert "Wiedergabe" in said(german, "ready_prompt")[0]


# --- sides per set ----------------------------------------------------------------------


def _order(t):
    return [(c.set, c.side) for c in t.cues if c.role == "work_start"]


def test_sides_alternate_set_by_set_unless_the_routine_says_otherwise():
    ex = Exercise("Lunge", sides=("right leg", "left leg"), sets=2, reps=2, rest_s=20)
    assert _order(compiled(ex)) == [(1, "right leg"), (1, "left leg"), (2, "right leg"), (2, "left leg")]
    assert _order(compiled(replace(ex, alternate=False))) == [
        (1, "right leg"),
        (2, "right leg"),
        (1, "left leg"),
        (2, "left leg"),
    ]
    text = said(compiled(ex))
    assert text.count("Rest 20 seconds.") == 1 and "Last set, 2 of 2." in text


def test_the_routine_format_takes_position_setup_and_alternate():
    routine = load_routine_text(
        "title: T\nexercises:\n  - {name: Bridge, reps: 3, position: lying, setup: 20s, "
        "alternate: false, sides: [right, left], sets: 2}\n",
        "t.yaml",
    )
    ex = routine.exercises[0]
    assert (ex.position, ex.setup_s, ex.alternate) == ("lying", 20.0, False)
    from voicecoach.errors import InputError

    with pytest.raises(InputError, match="position"):
        load_routine_text("title: T\nexercises:\n  - {name: B, position: upside down}\n", "t.yaml")


def test_every_exercise_says_its_dose_even_the_same_as_the_one_before():
    # Listeners heard exercise 3 start with no dose (said 3½ minutes before), and a patient on a stair
    # edge after a stretch of the same dose 40 s before: neither can look back.
    long = [Exercise(f"Hold {n}", reps=8, hold_s=5.0, sets=2, rest_s=60.0) for n in range(3)]
    summaries = [c for c in compiled(*long).speech() if c.role == "summary"]
    assert [c.exercise for c in summaries] == [1, 2, 3]
    short = [Exercise(f"Move {n}", duration_s=30.0) for n in range(3)]
    said = [c for c in compiled(*short).speech() if c.role == "summary"]
    assert [(c.exercise, c.text) for c in said] == [(n, "30 seconds.") for n in (1, 2, 3)]
