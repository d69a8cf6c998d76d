"""Unit tests per phrase family: numbers, holds, durations, reps/sets, rest, sides, phases."""

from __future__ import annotations

import pytest

from voicecoach.importer.build import build_one
from voicecoach.importer.defaults import ImportDefaults
from voicecoach.importer.families import read_timing
from voicecoach.importer.numbers import normalize
from voicecoach.importer.parts import Parts
from voicecoach.importer.sides import find_sides
from voicecoach.importer.two_ways import split_variants


def timing(text):
    return read_timing(normalize(text))


def fields(text, name="Exercise"):
    draft = build_one(name, Parts(name, None, text, text), text, ImportDefaults())
    return draft.as_dict(), draft.notes


@pytest.mark.parametrize(
    "text, want",
    [
        ("Hold for five seconds", "Hold for 5 seconds"),
        ("twenty-five reps", "25 reps"),
        ("one and a half minutes", "1.5 minutes"),
        ("for a minute", "for 1 minute"),
        ("half a minute", "30 seconds"),
        ("repeat twice", "repeat 2 times"),
        ("three times", "3 times"),
        ("a couple of times", "2 times"),
        ("fifteen-twenty seconds", "15 to 20 seconds"),
        ("15-20 seconds", "15 to 20 seconds"),
        ("a five-second hold", "a 5 sec hold"),
        ("do a second set", "do a 2nd set"),
    ],
)
def test_number_words_become_digits(text, want):
    assert normalize(text) == want


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("Hold for 5 seconds.", 5),
        ("hold this position for 30 sec", 30),
        ("Hold it 10 s and release", 10),
        ("hold for a count of five", 5),
        ("Stay here for 2 minutes.", 120),
        ("squeeze for three seconds", 3),
        ("Do a 10-second hold.", 10),
        ("hold for up to one minute", 60),
    ],
)
def test_hold_phrases(text, seconds):
    assert timing(text).static.number == seconds


def test_bare_hold_with_reps_gets_the_default_hold_and_a_note():
    got, notes = fields("Rise up, hold, and lower. Repeat 10 to 12 times.")
    assert got["hold"] == 5 and got["reps"] == 10
    assert notes["hold"] == "no hold time given: 5 s"
    assert notes["reps"] == 'article says "10 to 12": took 10'


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("Walk forward for up to one minute.", 60),
        ("March in place for 90 seconds.", 90),
        ("Do 30 seconds on each side.", 30),
        ("Swing your arms for a minute.", 60),
        ("Keep going for 1.5 min.", 90),
    ],
)
def test_duration_phrases(text, seconds):
    assert timing(text).duration.number == seconds


def test_a_held_position_without_reps_is_timed_work():
    assert fields("Hold this position for 30 seconds to start.")[0]["duration"] == 30
    got = fields("Hold for 20 seconds. Repeat twice.")[0]
    assert (got["hold"], got["reps"]) == (20, 2)


@pytest.mark.parametrize(
    "text, sets, reps",
    [
        ("Repeat 10 times.", None, 10),
        ("Do 12 reps.", None, 12),
        ("8 repetitions", None, 8),
        ("Do 3 sets of 10.", 3, 10),
        ("2 sets of 15 reps", 2, 15),
        ("3 x 12", 3, 12),
        ("Do 10 reps. A total of 3 sets.", 3, 10),
        ("repeat for three sets of 10", 3, 10),
        ("Do twenty-five slow reps", None, 25),
        ("Do 5 rounds.", None, 5),
    ],
)
def test_rep_and_set_phrases(text, sets, reps):
    got = fields(text)[0]
    assert got.get("sets") == sets and got.get("reps") == reps


def test_repeat_n_more_times_counts_the_first_one():
    got, notes = fields("Walk for 1 minute. Rest and repeat two more times.")
    assert got["sets"] == 3 and got["duration"] == 60 and got["rest"] == 30
    assert "3 in all" in notes["sets"] and notes["rest"] == "no rest time given: 30 s"


@pytest.mark.parametrize(
    "text, rest",
    [
        ("Do 3 sets of 10, resting 45 seconds.", 45),
        ("3 x 10. Rest 1 minute between sets.", 60),
        ("3 sets of 8 with 30 seconds of rest", 30),
        ("3 sets of 8, with a 1 minute rest between sets", 60),
    ],
)
def test_rest_phrases(text, rest):
    assert fields(text)[0]["rest"] == rest


def test_rest_between_reps_of_a_single_set_is_relax():
    got = fields("Push outward 12 times, resting ten seconds between reps.")[0]
    assert got["relax"] == 10 and "rest" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Do this twice a day.",
        "Practise daily.",
        "Do it every morning.",
        "3 times a week",
    ],
)
def test_frequency_is_not_a_rep_count(text):
    t = timing("Lift your arms. " + text)
    assert t.repeat is None and t.reps is None


@pytest.mark.parametrize(
    "text, sides",
    [
        ("repeat 10 times on each foot", ("right foot", "left foot")),
        ("Repeat twice, and switch feet.", ("right foot", "left foot")),
        ("Switch legs.", ("right leg", "left leg")),
        ("Do 8 per side.", ("right side", "left side")),
        ("One foot at a time, write the alphabet.", ("right foot", "left foot")),
        ("Hold 30 s, then the other side.", ("right side", "left side")),
        ("Start with your left arm, then the other", ("left arm", "right arm")),
        ("Repeat 15 times, then lead with the other leg.", ("right leg", "left leg")),
    ],
)
def test_side_phrases(text, sides):
    assert find_sides(normalize(text)) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Rock back and forth and side to side.",
        "Stand on both feet.",
        "Take a step with one leg.",
    ],
)
def test_not_sides(text):
    assert find_sides(normalize(text)) == ()


def test_breathing_phases():
    got = fields("Inhale for 4 seconds, hold for 4, exhale for eight. Repeat 5 times.")[0]
    assert got["phases"] == [
        {"say": "Inhale", "seconds": 4},
        {"say": "Hold", "seconds": 4},
        {"say": "Exhale", "seconds": 8},
    ]
    assert got["reps"] == 5 and "hold" not in got


def test_breathing_for_a_time_becomes_rounds():
    got, notes = fields("Breathe in for 4 seconds and breathe out for 6. Continue for 2 minutes.")
    assert got["reps"] == 12 and "12 rounds" in notes["reps"]


def test_two_variants_in_one_exercise_become_two_sides():
    text = (
        "Balance on your heels and walk for 1 minute. Switch to walking on your toes, and walk for 1 minute."
    )
    assert split_variants(normalize(text)) is not None


def test_defaults_are_settings():
    d = ImportDefaults(hold_s=8)
    draft = build_one(
        "X",
        Parts("X", None, "t", "Rise, hold, lower. Repeat 5 times."),
        "Rise, hold, lower. Repeat 5 times.",
        d,
    )
    assert draft.fields["hold"] == 8 and draft.notes["hold"] == "no hold time given: 8 s"
    with pytest.raises(ValueError):
        ImportDefaults(reps=0)


def test_range_with_units_on_both_ends_takes_the_lower_with_a_note():
    got, notes = fields("Stay here for 45 seconds to 1 minute, then switch sides.")
    assert got["duration"] == 45 and "took 45 s" in notes["duration"]


def test_the_side_a_repeat_names_is_done_second():
    text = "Put the left hand on the knee and turn towards the right. Hold 20 seconds, then repeat on the left side."
    assert find_sides(text) == ("right side", "left side")
    assert find_sides("Lift the right leg 10 times, then change to the left leg.") == (
        "right leg",
        "left leg",
    )


def test_doing_the_same_to_the_other_side_is_two_sides():
    assert find_sides("Lean to one side and hold for 3 breaths, then do the same to the other side.") == (
        "right side",
        "left side",
    )


def test_phases_counted_in_brackets_bare_in_and_out_included():
    got, _ = fields("Sit tall. Breathe in (5), hold (5), out (6). Do 3 rounds.")
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [("Inhale", 5), ("Hold", 5), ("Exhale", 6)]
    assert got["reps"] == 3
    got, _ = fields("In (3), out (6), for 4 rounds.")
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [("Inhale", 3), ("Exhale", 6)]


def test_a_breath_pace_inside_a_held_pose_paces_the_hold_it_is_no_breathing_exercise():
    got, _ = fields(
        "Stand tall. Stay in the pose for 90 seconds, breathing in for 4 seconds and out for 4 seconds."
    )
    assert (got.get("duration"), got.get("phases"), got.get("reps")) == (90, None, None)
    got, _ = fields("Rest in this position for 6 breaths (in for 3 seconds, out for 3 seconds).")
    assert (got.get("duration"), got.get("phases")) == (30, None)
    got, _ = fields("Sit tall. Breathe in for 4 seconds and out for 6 seconds. Repeat 5 times.")
    assert [p["seconds"] for p in got["phases"]] == [4, 6]  # a breathing exercise keeps its phases


def test_times_as_long_is_a_ratio_not_a_count():
    got, _ = fields(
        "Breathe in through the nose. Let the breath out 3 times as long as the breath in. Repeat."
    )
    assert got.get("reps") != 3
    assert timing("Push out for twice as long. Do it 8 times.").repeat.number == 8
    from voicecoach.importer.confidence import unread_doses

    assert unread_doses("Breathe out 2 times as long as in.", []) == 0


def test_a_phase_counted_in_brackets_further_on_and_the_breaths_they_make_up():
    got, _ = fields(
        "Breathe in slowly through the nose to a count of three. Breathe out gently through pursed lips "
        "until the chest feels empty (a count of six). Carry on until you have done eight slow breaths."
    )
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [("Inhale", 3), ("Exhale", 6)]
    assert got["reps"] == 8


def test_a_progression_is_no_dose_when_todays_dose_of_its_kind_is_given():
    got, _ = fields(
        "Hold the pose for 15 seconds; with more practice, stay for up to a minute. "
        "Do the pose 3 times, resting on your knees in between."
    )
    assert (got.get("sets"), got.get("reps"), got.get("hold"), got.get("duration")) == (None, 3, 15, None)
    got, _ = fields("Lift and lower the leg 8 times, adding repetitions over time up to 15.")
    assert got.get("reps") == 8
    got, _ = fields("Squeeze and let go. Work up to 12 repetitions.")  # the target alone is the count
    assert got.get("reps") == 12


@pytest.mark.parametrize(
    "text, reps",
    [
        ("Do 12.", 12),
        ("Aim for twelve, slowly.", 12),
        ("Do 8 of these.", 8),
        ("Do 10 to 15, resting between.", 10),
    ],
)
def test_a_count_after_do_that_ends_its_clause_is_the_reps(text, reps):
    assert timing(text).reps.number == reps


def test_a_count_after_do_is_no_reps_beside_every_or_a_unit():
    assert timing("After every 5 minutes at the desk, do 10.").reps is None
    said = timing("Do 2 minutes.")
    assert said.reps is None and said.duration.number == 120


def test_a_decade_is_no_length_but_a_number_with_s_is_seconds():
    said = timing("Coaches have used this drill since the 1980s. March on the spot.")
    assert said.duration is None and said.static is None
    assert timing("Hold 30s.").static.number == 30
    assert timing("Walk for 1200 s.").duration.number == 1200
