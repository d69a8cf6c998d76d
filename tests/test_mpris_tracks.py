"""MPRIS tracks (one per exercise) from a compiled timeline, without a bus."""

from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.play.mpris_tracks import Tracks
from voicecoach.play.navigate import Navigator
from voicecoach.routine.load import load_routine_text

ROUTINE = """
title: Two things
exercises:
  - name: Toe hold
    sets: 2
    reps: 3
    hold: 6s
  - name: Reach
    sides: [left arm, right arm]
    duration: 10s
"""


class Session:
    def __init__(self, routine, timeline):
        self.routine, self.timeline = routine, timeline


def test_each_exercise_is_a_track_with_its_title_length_and_position(fake_durations):
    routine = load_routine_text(ROUTINE, "two.yaml")
    timeline = compile_routine(routine, fake_durations)
    tracks, nav = Tracks(Session(routine, timeline)), Navigator(timeline)
    ex1, ex2 = nav.exercise_start(1), nav.exercise_start(2)
    complete = next(c.start for c in timeline.cues if c.role == "complete")

    intro = tracks.metadata(nav.state(0))
    assert intro["xesam:title"] == ("s", "Two things")
    assert intro["mpris:trackid"] == ("o", "/org/voicecoach/track/0")
    assert intro["mpris:length"] == ("x", ex1 * 1_000_000 // SR)

    set2 = next(c for c in timeline.cues if c.exercise == 1 and c.set == 2)
    meta = tracks.metadata(nav.state(set2.start))
    assert meta["xesam:title"] == ("s", "1/2 Toe hold · set 2/2")
    assert meta["xesam:album"] == ("s", "Two things") and meta["xesam:artist"] == ("as", ["voicecoach"])
    assert meta["mpris:length"] == ("x", (ex2 - ex1) * 1_000_000 // SR)
    assert tracks.position_us(nav.state(set2.start), set2.start) == (set2.start - ex1) * 1_000_000 // SR

    left = next(c for c in timeline.cues if c.exercise == 2 and c.side == "right arm")
    meta = tracks.metadata(nav.state(left.start))
    assert meta["xesam:title"] == ("s", "2/2 Reach · right arm")
    assert meta["mpris:trackid"] == ("o", "/org/voicecoach/track/2")
    assert meta["mpris:length"] == ("x", (complete - ex2) * 1_000_000 // SR)
