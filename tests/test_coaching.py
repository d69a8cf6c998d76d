"""A coach, not a metronome: preparation, cues that tell the body what to do, no long
silence, handling time, a close, mirrored sides, one language at a time.

Timeline rules run with fake clip lengths (fast, pure); the "done means" numbers of
foot-strength run once with real speech in English and German."""

import itertools
from collections import Counter
from dataclasses import replace

import pytest

from support.cli import run_cli
from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.compiler.exercise import mirrored
from voicecoach.importer import import_article
from voicecoach.model import Exercise, Phase, Routine, Settings
from voicecoach.routine.find import load_spec
from voicecoach.routine.load import load_routine_text

D = FakeDurations()


def foot(**settings):
    routine = load_spec("foot-strength").routine
    return replace(routine, settings=replace(routine.settings, **settings))


def speech(timeline):
    return [c for c in timeline.cues if c.kind == "speech"]


def longest_silence(timeline) -> float:
    """Seconds of the longest stretch with no cue playing, between the first and the last."""
    longest, end = 0, 0
    for cue in sorted(timeline.cues, key=lambda c: c.start):
        longest = max(longest, cue.start - end)
        end = max(end, cue.end)
    return longest / SR


def last_work_end(timeline) -> int:
    return max(c.end for c in timeline.cues if c.role == "work_end")


BOX = Routine(
    "Box breathing",
    (
        Exercise(
            "Box", reps=3, phases=(Phase("Inhale", 4), Phase("Hold", 4), Phase("Exhale", 4), Phase("Hold", 4))
        ),
    ),
)


@pytest.fixture(scope="module")
def normal():
    return compile_routine(foot(), D)


def test_intro_names_the_equipment_and_explains_the_beeps_before_any_work(normal):
    first_work = next(c for c in normal.cues if c.role == "work_start").start
    first_announce = next(c for c in normal.cues if c.role == "announce").start
    need = next(c for c in speech(normal) if c.role == "equipment")
    assert need.start < first_announce
    assert sum(item in need.text for item in ("band", "step", "chair", "marble", "towel", "wall")) == 6
    assert any("beep" in c.text for c in speech(normal) if c.end < first_work)


def test_the_intro_names_each_piece_of_equipment_once_whatever_its_case():
    """Two exercises that list the same towel ("a towel", "A towel ") hear of it once."""
    routine = load_routine_text(
        "exercises:\n"
        "  - {name: Towel curls, reps: 5, equipment: [a towel, a chair]}\n"
        "  - {name: Towel stretch, hold: 20s, equipment: ['A towel ', a mat]}\n",
        "r.yaml",
    )
    need = next(c for c in speech(compile_routine(routine, D)) if c.role == "equipment")
    assert need.text.lower().count("towel") == 1, need.text
    assert "chair" in need.text and "mat" in need.text


READY_ONLY = """\
title: Ready check
exercises:
  - {name: Fetch a towel, until: ready, fallback: 20s}
"""


@pytest.mark.parametrize(
    "spec, explained",
    [
        ("foot-strength", ["sounds", "sounds_more"]),
        ("box-breathing", ["sounds"]),  # one round of phases: no ticks, no rest
        ("ready-only", []),  # no beep at all
        ("ticks-no-rest", ["sounds", "sounds_ticks"]),
        ("rest-no-ticks", ["sounds", "sounds_rest"]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_the_intro_explains_exactly_the_sounds_the_session_makes(spec, explained):
    from voicecoach.phrases import Phrases

    if spec == "ready-only":
        routine = load_routine_text(READY_ONLY, "ready.yaml")
    elif spec == "ticks-no-rest":
        routine = Routine("Wall sit", (Exercise("Wall sit", hold_s=20),))
    elif spec == "rest-no-ticks":
        routine = Routine(
            "Two", (Exercise("Squats", reps=5), Exercise("Lunges", reps=5)), Settings(countdown=0)
        )
    else:
        routine = load_spec(spec).routine
    timeline = compile_routine(routine, D)
    phrases = Phrases(routine.settings.language)
    said = [c.text for c in speech(timeline) if c.role == "sounds"]
    assert said == [phrases.say(key) for key in explained]
    roles = {c.role for c in timeline.cues if c.kind == "beep"}
    assert ("tick" in roles) == any(key in explained for key in ("sounds_more", "sounds_ticks"))
    assert ("rest_over" in roles) == any(key in explained for key in ("sounds_more", "sounds_rest"))
    assert bool(roles & {"work_start", "work_end"}) == ("sounds" in explained)


def test_first_get_ready_leaves_time_to_get_into_position(normal):
    setup = next(c for c in normal.cues if c.role == "setup")
    beep = next(c for c in normal.cues if c.role == "work_start")
    told = max(c.end for c in normal.cues if c.role in ("how", "announce") and c.start < beep.start)
    assert setup.start < beep.start
    # issue 22: settings.setup (default 10 s) runs from the end of the instructions to the beep
    assert beep.start - told >= 10 * SR


def _sets(timeline, routine):
    """(exercise, side, set) -> the cues of that set, for counted and hold sets of 3+ reps."""
    out = {}
    for cue in timeline.cues:
        if cue.exercise and cue.set:
            ex = routine.exercises[cue.exercise - 1]
            if ex.kind in ("counted", "hold") and ex.rep_count >= 3:
                out.setdefault((cue.exercise, cue.side, cue.set), []).append(cue)
    return out


@pytest.mark.parametrize(
    "routine",
    [foot(), BOX, Routine("T", (Exercise("Squats", reps=12, sets=2), Exercise("Bridge", hold_s=10, reps=3)))],
    ids=["foot-strength", "box", "small"],
)
def test_last_one_before_the_final_rep_of_every_set_of_three_or_more(routine):
    timeline = compile_routine(routine, D)
    sets = _sets(timeline, routine)
    assert sets or routine is BOX
    for key, cues in sets.items():
        reps = routine.exercises[key[0] - 1].rep_count
        final = min(c.start for c in cues if c.rep == reps)
        said = [c for c in cues if c.kind == "speech" and "last one" in c.text.lower()]
        assert said and said[0].start <= final, key
    # a held rep's count before the last says the next is the last, not "Last one." (heard as the one just done)
    held = [c.text for c in speech(timeline) if " of " in c.text and "last one" in c.text.lower()]
    assert all(text.endswith(". Now the last one.") for text in held), held


def test_five_more_in_long_sets_and_last_set_and_last_exercise(normal):
    said = [c.text for c in speech(normal)]
    assert "5, five more." in said and "5 of 10. Five more." in said  # issue 22: counts name their number
    assert said.count("Last set, 3 of 3.") == 3
    assert "Last exercise, 11 of 11: Deep squat." in said


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_silence_over_15_s_at_any_verbosity(language):
    timeline = compile_routine(foot(language=language), D)
    assert longest_silence(timeline) <= 15
    # issue 22: brief too (time call-outs, no tips)
    brief = compile_routine(foot(verbosity="brief", language=language), D)
    assert longest_silence(brief) <= 15
    assert not [c for c in brief.cues if c.role in ("tip", "rest_tip")]


def test_long_work_and_rests_are_filled_with_tips_then_time_to_go(normal):
    roles = Counter(c.role for c in normal.cues)
    assert roles["tip"] >= 8 and roles["time_left"] >= 6 and roles["rest_tip"] >= 6
    routine = foot()
    for cue in normal.cues:
        if cue.role == "tip":
            assert cue.text in routine.exercises[cue.exercise - 1].tips
        if cue.role == "time_left" and cue.rep:  # "40 seconds to go" is true to the sample
            seconds = int(cue.text.split()[0])
            end = next(c for c in normal.cues if c.role == "work_end" and c.start > cue.start)
            assert end.start - cue.start == seconds * SR


def test_optional_cues_give_way_rather_than_crowd():
    def said(seconds):
        return [c.role for c in compile_routine(Routine("T", (Exercise("X", duration_s=seconds),)), D).cues]

    assert "halfway" in said(30) and "ten_left" not in said(30)  # 15 s and 20 s: only one
    assert "halfway" in said(40) and "ten_left" in said(40)


def test_no_wording_but_the_countdown_repeats_more_than_20_times(normal):
    counts = Counter(c.text for c in speech(normal) if not c.text.isdigit())
    assert counts.most_common(1)[0][1] <= 20
    releases = Counter(c.text for c in speech(normal) if c.role == "release")
    assert len(releases) >= 3 and max(releases.values()) <= 20


def test_varied_wordings_are_the_same_on_every_compile():
    assert compile_routine(foot(), D) == compile_routine(foot(), D)


def test_start_and_end_words_of_calf_drops():
    timeline = compile_routine(foot(), D)
    calf = [c for c in timeline.cues if c.exercise == 2]
    starts = [c for c in calf if c.role == "work_start"]
    assert [c.text for c in calf if c.role == "start_word"] == ["Rise up."] * 10
    lower = [c for c in calf if c.role == "release"]
    assert [c.text for c in lower] == ["Lower slowly."] * 10
    ends = [c for c in calf if c.role == "work_end"]
    # the lowering has its time: 5 s (equipment_relax) from the end beep to the next start
    assert all(s.start - e.end >= 5 * SR for e, s in zip(ends, starts[1:], strict=False))


def test_handling_time_follows_equipment_and_is_overridable():
    band = Exercise("Band", sides=("right", "left"), hold_s=5, reps=2, equipment=("a band",))
    bare = replace(band, equipment=())

    def gaps(ex, **settings):
        t = compile_routine(Routine("T", (ex,), Settings(**settings)), D)
        starts = [c for c in t.cues if c.role == "work_start"]
        ends = [c for c in t.cues if c.role == "work_end"]
        relax = (starts[1].start - ends[0].end) / SR
        switch = (starts[2].start - ends[1].end) / SR
        return relax, switch

    relax0, switch0 = gaps(bare)  # routine relax 3 s, transition 5 s
    relax, switch = gaps(band)  # re-grip 5 s, move the band 10 s
    assert relax - relax0 == pytest.approx(2) and switch - switch0 == pytest.approx(5)
    relax, switch = gaps(band, equipment_relax_s=8, equipment_transition_s=20)
    assert relax - relax0 == pytest.approx(5) and switch - switch0 == pytest.approx(15)
    relax, switch = gaps(replace(band, relax_s=1.0, transition_s=2.0))
    assert relax < relax0 and switch < switch0  # the exercise's own value wins


def test_close_cools_down_recaps_and_says_the_safety_line(normal):
    end = last_work_end(normal)
    after = [c for c in speech(normal) if c.start >= end]
    assert len(after) >= 2 and sum(c.end - c.start for c in after) >= 6 * SR
    texts = [c.text for c in after]
    assert any("11 exercises" in t for t in texts)
    assert any("Breathe normally" in t for t in texts)
    safety = foot().settings.safety
    assert "Remember: " + safety.split(". ")[-1] in texts  # issue 22: recalled at the close
    first_beep = next(c.start for c in normal.cues if c.role == "work_start")
    assert [c for c in speech(normal) if c.text == safety and c.start < first_beep]  # and said first
    assert texts[-1] == "Session complete. Well done."


@pytest.mark.parametrize("routine", [BOX, load_spec("ruecken-pause").routine], ids=["box", "ruecken-pause"])
def test_a_breathing_routine_ends_on_an_out_breath(routine):
    timeline = compile_routine(routine, D)
    # the breathing exercise's phases (ruecken-pause ends on cat and cow, after its box breathing)
    breaths = ("Inhale", "Hold", "Exhale", "Einatmen", "Halten", "Ausatmen")
    phases = [c for c in timeline.cues if c.role == "phase" and c.text in breaths]
    assert phases[-1].text in ("Exhale", "Ausatmen")
    assert len([c for c in speech(timeline) if c.start >= last_work_end(timeline)]) >= 2
    first_work = next(c for c in timeline.cues if c.role == "work_start").start
    assert any("beep" in c.text or "Ton" in c.text for c in speech(timeline) if c.end <= first_work)
    assert longest_silence(timeline) <= 15


def test_mirrored_words_swap_left_and_right_keeping_capitals():
    assert (
        mirrored("Tilt your right ear toward your Right shoulder, left hand up.")
        == "Tilt your left ear toward your Left shoulder, right hand up."
    )
    assert (
        mirrored("Die linke Hand auf das rechte Knie, nach links.")
        == "Die rechte Hand auf das linke Knie, nach rechts."
    )


def test_right_meaning_directly_is_not_mirrored_to_left():
    # heard on an imported pregnancy workout: the second side said "hands left under your shoulders"
    assert (
        mirrored("On all fours, wrists right under your shoulders, reach your right arm right up.")
        == "On all fours, wrists right under your shoulders, reach your left arm right up."
    )
    assert mirrored("Turn to the right over your shoulder.") == "Turn to the left over your shoulder."
    assert mirrored("Bright lights, alright.") == "Bright lights, alright."


def test_right_meaning_correct_is_not_mirrored_to_left():
    # heard on an imported chair routine's second leg: "Only go as high as feels left"
    assert (
        mirrored("Lift your right knee only as far as feels right; that is just right.")
        == "Lift your left knee only as far as feels right; that is just right."
    )
    assert mirrored("If it looks right, hold it. It feels right leg heavy.") == (
        "If it looks right, hold it. It feels left leg heavy."
    )


NECK = """# Neck release

## Neck side stretch

Sit tall. Tilt your right ear toward your right shoulder and rest your right hand on the
left side of your head. Hold for 20 seconds, then switch sides. Repeat 3 times on each side.
"""


@pytest.mark.parametrize("verbosity", ["normal", "detailed"])
def test_imported_two_sided_stretch_never_contradicts_the_side(tmp_path, verbosity):
    result = import_article(NECK, "neck.md")
    routine = load_routine_text(result.yaml_text, str(tmp_path / "neck.yaml"))
    assert routine.exercises[0].sides == ("right side", "left side")
    routine = replace(routine, settings=replace(routine.settings, verbosity=verbosity))
    timeline = compile_routine(routine, D)
    hows = [c for c in timeline.cues if c.role == "how"]
    left = [c.text for c in hows if c.side == "left side"]
    assert left and all("left ear toward your left shoulder" in t for t in left)
    assert all("right ear" not in c.text for c in speech(timeline) if c.side == "left side")
    assert all("left ear" not in c.text for c in hows if c.side != "left side")


def test_mixed_languages_are_refused_or_named_once_on_stderr(capsys, tmp_path):
    """Text and phrases in two languages: refused in one line (a built-in plays its version
    in that language instead); a voice for another language: noted once on stderr."""
    code, out, err = run_cli(["preview", "foot-strength", "--language", "de", "--verbosity", "brief"])
    assert code == 0 and err == "" and "Zehen spreizen" in out
    english = tmp_path / "calf.yaml"
    english.write_text(
        "title: Calf raises\nexercises:\n  - {name: Calf raises, how: Stand with your "
        "feet on the edge of a step and rise up on your toes., reps: 10}\n"
    )
    code, out, err = run_cli(["preview", str(english), "--language", "de"])
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "is written in English" in err and "'language: de'" in err
    code, _, err = run_cli(["preview", "ruecken-pause", "--voice", "en-us"])
    assert code == 0 and err.count("voicecoach: ") == 1 and "the voice 'en-us' speaks en" in err
    code, _, err = run_cli(["preview", "ruecken-pause"])
    assert code == 0 and err == ""


@pytest.mark.parametrize("language", ["en", "de"])
def test_done_means_on_foot_strength_with_real_speech(language):
    """The issue's numbers, with the real voice's clip lengths."""
    from voicecoach.session import build_session

    timeline = build_session(foot(language=language)).timeline
    said = speech(timeline)
    need = next(c for c in said if c.role == "equipment")
    assert sum(item in need.text for item in ("band", "step", "chair", "marble", "towel")) >= 3
    first_work = next(c for c in timeline.cues if c.role == "work_start").start
    beep = {"en": "beep", "de": "Ton"}[language]
    assert any(beep in c.text for c in said if c.end <= first_work)
    last = {"en": "last one", "de": "die letzte"}[language]
    assert sum(last in c.text.lower() for c in said) >= 8
    assert longest_silence(timeline) <= 15
    after = [c for c in said if c.start >= last_work_end(timeline)]
    assert len(after) >= 2 and sum(c.end - c.start for c in after) >= 6 * SR
    counts = Counter(c.text for c in said if not c.text.isdigit())
    assert counts.most_common(1)[0][1] <= 20


def _said_seconds(text: str) -> int:
    """The length a time call-out says: "14 minutes 45 seconds to go." -> 885."""
    words = (
        text.lower().replace("one minute", "1 minutes").replace("a minute and a half", "1 minutes 30 seconds")
    )
    words = (
        words.replace(" and a half minutes", " minutes 30 seconds")
        .replace(".", "")
        .replace(" more", "")
        .split()
    )
    seconds = 0
    for number, unit in itertools.pairwise(words):
        if number.isdigit() and unit.startswith("minute"):
            seconds += 60 * int(number)
        elif number.isdigit() and unit.startswith("second"):
            seconds += int(number)
    return seconds


def test_long_work_and_rests_are_called_out_in_minutes_true_to_the_sample():
    routine = Routine(
        "Walk",
        (Exercise("Brisk walk", duration_s=900), Exercise("Calf stretch", hold_s=30, sets=2, rest_s=150)),
    )
    timeline = compile_routine(routine, D)
    texts = [c.text for c in speech(timeline)]
    assert "15 minutes." in texts and "Rest 2 and a half minutes." in texts
    calls = [c for c in timeline.cues if c.role == "time_left"]
    assert not [c.text for c in calls if _said_seconds(c.text) > 90 and "second" in c.text.split()[1]]
    walk_end = next(c for c in timeline.cues if c.role == "work_end").start
    walk_calls = [c for c in calls if c.start < walk_end]
    assert "2 minutes to go." in [c.text for c in walk_calls]
    for cue in walk_calls:  # each says exactly the time from where it starts to the end beep
        assert walk_end - cue.start == _said_seconds(cue.text) * SR, cue.text
    whole = [c for c in walk_calls if _said_seconds(c.text) > 90]
    on_marks = sum(_said_seconds(c.text) % 30 == 0 for c in whole)  # 1 in 6 grid points are
    assert 5 * on_marks >= 4 * len(whole)  # half-minute marks are preferred: "14 minutes to go"
    # a call-out every half minute, the last 90 s every 15 s: 15 minutes is not 60 call-outs
    assert 28 <= len(walk_calls) <= 40 and longest_silence(timeline) <= 30
    cues = sorted(timeline.cues, key=lambda c: c.start)
    near_end = [
        (a, b) for a, b in itertools.pairwise(cues) if a.end > walk_end - 90 * SR and b.start <= walk_end
    ]
    assert max((b.start - a.end) / SR for a, b in near_end) <= 15


def test_minutes_are_said_the_language_way():
    from voicecoach.phrases import Phrases

    en, de = Phrases("en"), Phrases("de")
    assert en.timed("to_go", 45) == "45 seconds to go."
    assert en.timed("to_go", 60) == "60 seconds to go."  # as a coach says it, as 90 seconds
    assert en.timed("to_go", 95) == "One minute 35 seconds to go."
    assert en.timed("to_go", 120) == "2 minutes to go."
    assert en.timed("to_go", 885) == "14 minutes 45 seconds to go."
    assert en.timed("rest", 120) == "Rest 2 minutes."
    assert en.timed("rest", 62.5) == "Rest 62.5 seconds."  # not whole: said as written
    assert de.timed("to_go", 150) == "Noch 2 Minuten und 30 Sekunden."
    assert de.timed("starting_in", 180) == "Es geht in 3 Minuten los."
