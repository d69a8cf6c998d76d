"""Tests of voicecoach.routine.load: every problem kind, all problems at once, valid files, fuzzing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voicecoach.errors import RoutineError
from voicecoach.model import MAX_SESSION_S, SOUND_NAMES, Exercise, Phase, Routine, Settings
from voicecoach.routine.load import (
    BLOCK_KEYS,
    DEFAULT_TITLE,
    EXERCISE_KEYS,
    PHASE_KEYS,
    SETTINGS_KEYS,
    TOP_KEYS,
    default_title,
    load_routine,
    load_routine_text,
    routine_keys,
    work_seconds,
)

ROUTINES = Path(__file__).parent / "routines"


def problems(text: str, path: str = "routine.yaml") -> list[str]:
    with pytest.raises(RoutineError) as info:
        load_routine_text(text, path)
    assert info.value.problems, "RoutineError without problems"
    return [str(p) for p in info.value.problems]


def only_problem(text: str) -> str:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def file_problems(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "routine.yaml"
    path.write_bytes(data)
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    return [str(p).replace(str(path), "routine.yaml") for p in info.value.problems]


# --- one test per problem kind ------------------------------------------------------


def test_unknown_key_gets_did_you_mean_hint():
    text = "title: T\nexercises:\n  - name: A\n    reps: 3\n  - name: B\n    reps: 2\n    hodl: 5s\n"
    assert only_problem(text) == 'routine.yaml:7:5: unknown key "hodl" in exercise 2 — did you mean "hold"?'


def test_unknown_key_without_close_match_lists_valid_keys():
    message = only_problem("exercises: [{name: A}]\nsettings: {zzzz: 1}\n")
    assert message.startswith('routine.yaml:2:12: unknown key "zzzz" in settings — use one of: ')
    assert "rest_between" in message


def test_unknown_top_level_key():
    assert (
        only_problem("titel: X\nexercises: [{name: A}]\n")
        == 'routine.yaml:1:1: unknown key "titel" at the top level — did you mean "title"?'
    )


def test_duplicate_key_reported_at_second_with_first_line():
    text = "exercises:\n  - name: A\n    reps: 3\n    sets: 2\n    reps: 4\n"
    assert only_problem(text) == (
        'routine.yaml:5:5: duplicate key "reps" in exercise 1 (first at line 3) — keep only one of them'
    )


def test_wrong_type_names_expected_type_and_example():
    message = only_problem("exercises:\n  - name: A\n    reps: ten\n")
    assert message == (
        'routine.yaml:3:11: "reps" in exercise 1 must be a whole number, got text "ten" — write e.g. reps: 10'
    )


@pytest.mark.parametrize("value, got", [("0", "got 0"), ("-2", "got -2")])
def test_count_below_one(value, got):
    message = only_problem(f"exercises:\n  - name: A\n    sets: {value}\n")
    assert message.startswith('routine.yaml:3:11: "sets" in exercise 1 must be at least 1, ')
    assert got in message and message.endswith("— write e.g. sets: 3")


@pytest.mark.parametrize("value", ["2.5", "true", "'3'", "[3]"])
def test_count_must_be_whole_number(value):
    message = only_problem(f"exercises:\n  - name: A\n    reps: {value}\n")
    assert message.startswith('routine.yaml:3:11: "reps" in exercise 1 must be a whole number')


def test_whole_float_is_a_count():
    routine = load_routine_text("exercises: [{name: A, reps: 3.0}]", "r.yaml")
    assert routine.exercises[0].reps == 3 and isinstance(routine.exercises[0].reps, int)


@pytest.mark.parametrize("value", ["0", "0s", "-5", "'0:00'"])
def test_time_must_be_positive(value):
    message = only_problem(f"exercises:\n  - name: A\n    hold: {value}\n")
    assert message.startswith('routine.yaml:3:11: "hold" in exercise 1 must be longer than 0 seconds')
    assert message.endswith("— write e.g. hold: 5s")


def test_time_that_is_not_a_time():
    message = only_problem("exercises:\n  - name: A\n    duration: five minutes\n")
    assert message.startswith(
        'routine.yaml:3:15: "duration" in exercise 1 must be a time, '
        'got text "five minutes" — write a number of seconds'
    )


def test_rest_may_be_zero_but_not_negative():
    assert load_routine_text("exercises: [{name: A, rest: 0}]", "r").exercises[0].rest_s == 0
    message = only_problem("exercises: [{name: A, rest: -1}]")
    assert "cannot be negative" in message and "write 0 for none" in message


def test_session_over_twelve_hours_reported_at_exercises_key():
    text = "title: Long\nexercises:\n  - name: A\n    reps: 100\n    hold: 10 min\n"
    message = only_problem(text)
    assert message.startswith("routine.yaml:2:1: the session would last at least 16.7 hours")
    assert "12-hour limit — use fewer" in message


def test_session_astronomically_long_does_not_overflow():
    text = "exercises:\n  - name: A\n    sets: " + "9" * 400 + "\n    hold: 1e300\n"
    text = text.replace("1e300", "1.0e+300")
    assert "more than a million hours" in only_problem(text)


def test_missing_exercises():
    assert only_problem("title: Nothing to do\n") == (
        'routine.yaml:1:1: "exercises" is missing — add a list of exercises, '
        'e.g. "exercises: [{name: Squats, reps: 10}]"'
    )


@pytest.mark.parametrize("text", ["exercises: []\n", "exercises:\n"])
def test_empty_exercises(text):
    message = only_problem(text)
    assert message.startswith("routine.yaml:1:") and '"exercises" is empty — add at least one' in message


def test_yaml_syntax_error_at_its_mark():
    message = only_problem("title: x\nexercises:\n  - name: a\n    how: Stand: then go\n")
    assert message.startswith("routine.yaml:4:15: YAML syntax error: mapping values are not allowed here — ")
    assert "quote text" in message


def test_tab_indentation():
    assert (
        only_problem("exercises:\n\t- name: x\n")
        == "routine.yaml:2:1: tab character used for indentation — indent with spaces"
    )


def test_tab_after_spaces_reported_at_the_tab():
    found = problems("exercises:\n  - name: a\n  \treps: 3\n")
    assert "routine.yaml:3:3: tab character used for indentation — indent with spaces" in found


def test_not_utf8_reported_at_bad_byte(tmp_path):
    found = file_problems(tmp_path, b"title: ok\nexercises: [{name: Caf\xe9}]\n")
    assert found == [
        "routine.yaml:2:23: the file is not valid UTF-8 (byte 0xe9) — save it with UTF-8 encoding"
    ]


def test_binary_file(tmp_path):
    found = file_problems(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert found == [
        "routine.yaml:1:1: the file is binary (it contains NUL bytes), not a YAML "
        "routine — give a .yaml text file"
    ]


def test_utf16_file(tmp_path):
    found = file_problems(tmp_path, "exercises: []".encode("utf-16"))
    assert found == ["routine.yaml:1:1: the file is UTF-16 text — save it as UTF-8"]


def test_python_tag_is_refused():
    text = "exercises:\n  - name: !!python/object/apply:os.system [echo hi]\n"
    assert only_problem(text) == (
        "routine.yaml:2:11: unsupported YAML tag "
        '"!!python/object/apply:os.system" — remove the tag; '
        "routines use plain YAML values only"
    )


def test_empty_file():
    assert only_problem("") == (
        "routine.yaml:1:1: the file is empty — write a routine, e.g. "
        '"title: Morning" and "exercises: [{name: Squats, reps: 10}]"'
    )
    assert only_problem("# only a comment\n\n").startswith("routine.yaml:1:1: the file is empty")


@pytest.mark.parametrize(
    "text, got",
    [("- a\n- b\n", "got a list"), ("just words\n", 'got text "just words"'), ("42\n", "got the number 42")],
)
def test_top_level_not_a_mapping(text, got):
    message = only_problem(text)
    assert message.startswith("routine.yaml:1:1: the routine must be a mapping of keys")
    assert got in message and "— start with" in message


def test_second_document_refused():
    message = only_problem("exercises: [{name: a}]\n---\nexercises: [{name: b}]\n")
    assert message.startswith("routine.yaml:2:1: a second YAML document starts here — ")


def test_missing_file_is_a_routine_error(tmp_path):
    with pytest.raises(RoutineError) as info:
        load_routine(tmp_path / "nope.yaml")
    assert "cannot read the file" in str(info.value) and " — check the path" in str(info.value)


def test_exercise_given_as_plain_text_gets_hint():
    message = only_problem("exercises:\n  - Squats\n")
    assert message == (
        "routine.yaml:2:5: exercise 1 must be a mapping of keys, got text "
        '"Squats" — write it as "- name: Squats"'
    )


def test_phase_problems():
    found = problems("exercises:\n  - name: B\n    phases: [{say: In}, {say: Out, secs: 4}]\n")
    assert found == [
        'routine.yaml:3:14: phase 1 of exercise 1 has no "seconds" — add it, e.g. {say: Inhale, seconds: 4}',
        'routine.yaml:3:25: phase 2 of exercise 1 has no "seconds" — add it, e.g. {say: Inhale, seconds: 4}',
        'routine.yaml:3:36: unknown key "secs" in phase 2 of exercise 1 — did you mean "seconds"?',
    ]


def test_three_different_problems_all_reported():
    text = "title: Three\nsettings:\n  verbosity: chatty\nexercises:\n  - name: A\n    reps: 0\n    hodl: 5\n"
    found = problems(text)
    assert [f.split(": ", 1)[0] for f in found] == [
        "routine.yaml:3:14",
        "routine.yaml:6:11",
        "routine.yaml:7:5",
    ]
    assert all(" — " in f for f in found)
    assert "must be one of brief, normal, detailed" in found[0]


# --- valid files --------------------------------------------------------------------


def test_design_example_loads_to_expected_routine():
    routine = load_routine(ROUTINES / "design-example.yaml")
    assert routine == Routine(
        title="Foot strength for runners",
        settings=Settings(
            voice="en-us",
            rate=160,
            countdown=3,
            rest_between_s=15.0,
            transition_s=5.0,
            relax_s=3.0,
            verbosity="normal",
        ),
        exercises=(
            Exercise(
                name="Toe spread",
                how="Place a thick rubber band around your toes and spread them apart.",
                sides=("right foot", "left foot"),
                reps=10,
                hold_s=5.0,
            ),
            Exercise(name="Towel curls", sets=3, reps=10, rest_s=30.0),
            Exercise(
                name="Box breathing",
                reps=6,
                phases=(Phase("Inhale", 4.0), Phase("Hold", 4.0), Phase("Exhale", 4.0)),
            ),
        ),
    )


def test_every_key_loads_and_sound_paths_resolve():
    routine = load_routine(ROUTINES / "every-key.yaml")
    s = routine.settings
    assert (s.rate, s.volume, s.language, s.verbosity, s.countdown) == (180, 0.8, "de", "detailed", 0)
    assert (s.rest_between_s, s.transition_s, s.relax_s, s.pace_s) == (0, 90, 5.5, 2.5)
    assert (s.count_reps, s.halfway, s.ten_left) == (False, True, False)
    assert (s.setup_s, s.equipment_transition_s, s.equipment_relax_s) == (4, 12, 6)
    sounds = s.sound_overrides()
    assert list(sounds) == list(SOUND_NAMES)
    assert sounds["start"] == str(ROUTINES.resolve() / "sounds" / "start.wav")
    assert sounds["end"] == "/usr/share/sounds/end.wav"
    assert sounds["rest_over"] == os.path.expanduser("~/bell.wav")
    plank, calf = routine.exercises
    assert plank.sides == ("both",) and plank.duration_s == 90 and plank.rest_s == 45
    assert plank.sound == "tick" and plank.countdown == 5 and plank.transition_s == 10
    assert calf.sound == str(ROUTINES.resolve() / "sounds" / "custom.wav")
    assert (calf.say_start, calf.say_end) == ("Rise up.", "Lower slowly.")


def test_title_defaults_to_file_name():
    routine = load_routine_text("exercises: [{name: A}]", "/x/foot-strength_for-runners.yaml")
    assert routine.title == "Foot strength for runners"
    assert default_title("---.yaml") == DEFAULT_TITLE


def test_work_seconds_of_design_example():
    routine = load_routine(ROUTINES / "design-example.yaml")
    # toe spread 2 sides x (10 x 5 + 9 x 3 relax) = 154; towel curls 3 x 10 x 3 + 2 x 30 = 150;
    # box breathing 6 x 12 = 72; 2 rests of 15 between exercises = 30
    assert work_seconds(routine) == 154 + 150 + 72 + 30
    assert work_seconds(routine) < MAX_SESSION_S


def test_key_constants():
    keys = routine_keys()
    assert keys == {
        "routine": TOP_KEYS,
        "settings": SETTINGS_KEYS,
        "sounds": SOUND_NAMES,
        "exercise": EXERCISE_KEYS,
        "phase": PHASE_KEYS,
        "block": BLOCK_KEYS,
    }


# --- the loader never raises anything but RoutineError ------------------------------


def check_outcome(text: str, path: str = "fuzz.yaml") -> None:
    try:
        routine = load_routine_text(text, path)
    except RoutineError as err:
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 1 and problem.col >= 1
            assert " — " in problem.message
            assert not problem.message.startswith("internal error"), problem
    else:
        assert isinstance(routine, Routine) and routine.exercises


FUZZ = settings(
    max_examples=150,
    deadline=None,  # new random inputs every run
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.text(max_size=300))
def test_random_text_never_raises_other_errors(text):
    check_outcome(text)


@FUZZ
@given(st.text(alphabet=":-[]{}#&*!|>'\"%@`,?\t\n abc0123456789.", max_size=200))
def test_yaml_punctuation_soup_never_raises_other_errors(text):
    check_outcome(text)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_never_raise_other_errors(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(data)
        try:
            load_routine(path)
        except RoutineError as err:
            assert all(not p.message.startswith("internal error") for p in err.problems)


ALL_KEYS = sorted({*TOP_KEYS, *SETTINGS_KEYS, *EXERCISE_KEYS, *PHASE_KEYS, *SOUND_NAMES})
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["30s", "1 min", "1:30", "90 sec", "0", "brief", "tick", "x.wav"])
)
KEYS = st.sampled_from(ALL_KEYS) | st.text(max_size=8)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(TOP_KEYS) | KEYS, VALUES, max_size=4))
def test_random_structures_never_raise_other_errors(data):
    check_outcome(yaml.safe_dump(data, allow_unicode=True))


EXERCISE = st.dictionaries(st.sampled_from(EXERCISE_KEYS), VALUES, max_size=6)
ROUTINE = st.fixed_dictionaries(
    {"exercises": st.lists(EXERCISE, max_size=3)},
    optional={
        "title": SCALARS,
        "settings": st.dictionaries(st.sampled_from(SETTINGS_KEYS), VALUES, max_size=6),
    },
)


@FUZZ
@given(ROUTINE)
def test_near_valid_routines_never_raise_other_errors(data):
    check_outcome(yaml.safe_dump(data, allow_unicode=True, default_flow_style=None))


def test_equipment_tips_and_safety_load_as_texts():
    routine = load_routine_text(
        "settings:\n  safety: If anything hurts, stop.\n"
        "exercises:\n"
        "  - name: Toe spread\n"
        "    equipment: [rubber band]\n"
        "    tips: [Keep your heels down, Breathe out as you spread]\n",
        "r.yaml",
    )
    ex = routine.exercises[0]
    assert ex.equipment == ("rubber band",) and ex.tips[1] == "Breathe out as you spread"
    assert routine.settings.safety == "If anything hurts, stop."
    assert routine.to_json()["exercises"][0]["equipment"] == ["rubber band"]


def test_equipment_as_a_string_is_an_error_with_its_line():
    found = problems("exercises:\n  - name: A\n    equipment: band, towel\n")
    assert len(found) == 1 and found[0].startswith("routine.yaml:3:") and "must be a list" in found[0]
