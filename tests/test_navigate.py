"""Span cutting and jump targets on a compiled timeline."""

from hypothesis import given, settings
from hypothesis import strategies as st

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.play.navigate import MIN_CUT_GAP, Navigator, silences
from voicecoach.routine.load import load_routine_text

ROUTINE = """
title: Nav
exercises:
  - name: One
    sides: [left, right]
    reps: 4
    hold: 5s
  - name: Two
    duration: 40s
  - name: Three
    reps: 6
"""


def nav():
    return Navigator(compile_routine(load_routine_text(ROUTINE, "nav.yaml"), FakeDurations()))


NAV = nav()


@settings(max_examples=40, deadline=None)
@given(start=st.integers(0, NAV.timeline.length - 1), max_s=st.integers(2, 90))
def test_spans_are_contiguous_bounded_and_cut_in_silence(start, max_s):
    spans = list(NAV.spans(start, max_s * SR))
    assert spans[0][0] == start and spans[-1][1] == NAV.timeline.length
    assert all(a < b <= a + max_s * SR for a, b in spans)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    quiet = silences(NAV.cues, NAV.timeline.length)
    for a, b in spans[:-1]:
        in_gap = any(lo < b < hi for lo, hi in quiet)
        no_silence_fits = b == a + max_s * SR and not any(
            a < (lo + hi) // 2 <= b and hi - lo >= MIN_CUT_GAP for lo, hi in quiet
        )
        assert in_gap or no_silence_fits


def test_long_spans_are_cut_only_inside_silence():
    spans = list(NAV.spans(0, 30 * SR))
    quiet = silences(NAV.cues, NAV.timeline.length)
    assert len(spans) > 3
    for _, b in spans[:-1]:
        assert any(lo < b < hi for lo, hi in quiet)


def test_jump_targets():
    starts = {n: s for n, _, s in NAV.exercises}
    inside_two = starts[2] + 20 * SR
    assert NAV.exercise_at(inside_two) == 2
    assert NAV.next_exercise(inside_two) == starts[3]
    assert NAV.back(inside_two) == starts[2]
    assert NAV.back(starts[2] + SR) == starts[1]  # just restarted: the one before
    complete = next(c for c in NAV.cues if c.role == "complete")
    assert NAV.next_exercise(starts[3] + SR) == complete.start


def test_restart_point_goes_back_to_the_hold_start_beep():
    beep = next(c for c in NAV.cues if c.role == "work_start" and c.rep == 2)
    assert NAV.restart_point(beep.start + 3 * SR) == beep.start
    speech = next(c for c in NAV.cues if c.role == "how" or c.role == "summary")
    assert NAV.restart_point(speech.start + 10) == speech.start


def test_the_player_warms_what_next_back_pause_and_play_will_say():
    """Speaker.warm puts every phrase the player may say on its own into the clip cache, in
    the order a listener needs them ('Paused' and the countdown first), and stops when told."""
    import threading
    from types import SimpleNamespace

    from voicecoach.phrases import Phrases
    from voicecoach.play.announcements import Speaker

    class Clips:
        def __init__(self):
            self.made = []

        def is_cached(self, text):
            return text in self.made

        def clip(self, text):
            self.made.append(text)

    routine = load_routine_text(ROUTINE, "nav.yaml")
    navigator = Navigator(compile_routine(routine, FakeDurations()))
    speaker = Speaker(routine, SimpleNamespace(clips=Clips()), Phrases("en"))
    texts = speaker.player_texts(navigator)
    speaker.warm(navigator, threading.Event())
    made = speaker.sources.clips.made
    assert made == texts and len(set(made)) == len(made)
    assert made[0] == Phrases("en").say("paused")
    for number, _, start in navigator.exercises:  # what Next says there, and Play's recap
        assert set(speaker.where_texts(navigator.state(start))) <= set(made)
        assert Phrases("en").say("recap", name=speaker.exercise_name(number)) in made
    stopped = Speaker(routine, SimpleNamespace(clips=Clips()), Phrases("en"))
    stop = threading.Event()
    stop.set()
    stopped.warm(navigator, stop)
    assert stopped.sources.clips.made == []
