"""What MPRIS shows of a session, with no D-Bus here: tracks are exercises (the intro is track
0), each with its ``mpris:trackid``, ``xesam:title`` (the exercise with its side and set where
it has them), ``xesam:album`` (the routine's title), ``xesam:artist`` ["voicecoach"] and
``mpris:length`` (µs); and the position in µs into the exercise playing.

Metadata values are plain ``(D-Bus signature, value)`` pairs keyed by MPRIS name; the service
(``mpris``) wraps them in Variants.
"""

from __future__ import annotations

from voicecoach import SAMPLE_RATE
from voicecoach.timeline import Role

TRACK_PATH = "/org/voicecoach/track/"  # + exercise number (0: the intro)


class Tracks:
    """Exercise spans of one session and the Metadata for a position (no D-Bus here)."""

    def __init__(self, session):
        timeline = session.timeline
        self.routine, self.length = session.routine, timeline.length
        starts = [(0, 0)] + [(n, s) for n, _, s in timeline.exercise_starts()]
        ending = [c.start for c in timeline.cues if c.role == Role.COMPLETE]
        end = ending[0] if ending else timeline.length
        self.spans = {
            n: (s, (starts[i + 1][1] if i + 1 < len(starts) else max(end, s)))
            for i, (n, s) in enumerate(starts)
        }

    def title(self, where) -> str:
        if not where.exercise:
            return self.routine.title
        units = self.routine.units()  # Cue.exercise numbers round-exercises
        exercise = units[where.exercise - 1].exercise
        parts = [f"{where.exercise}/{len(units)} {units[where.exercise - 1].title}"]
        if where.side:
            parts.append(where.side)
        if where.set and exercise.sets > 1:
            parts.append(f"set {where.set}/{exercise.sets}")
        return " · ".join(parts)

    def metadata(self, where) -> dict:
        """Plain values keyed by MPRIS name; ``_variants`` wraps them for D-Bus."""
        a, b = self.spans.get(where.exercise, (0, self.length))
        return {
            "mpris:trackid": ("o", f"{TRACK_PATH}{where.exercise}"),
            "mpris:length": ("x", (b - a) * 1_000_000 // SAMPLE_RATE),
            "xesam:title": ("s", self.title(where)),
            "xesam:album": ("s", self.routine.title),
            "xesam:artist": ("as", ["voicecoach"]),
            "xesam:trackNumber": ("i", where.exercise),
        }

    def position_us(self, where, position: int) -> int:
        a, _ = self.spans.get(where.exercise, (0, self.length))
        return max(0, position - a) * 1_000_000 // SAMPLE_RATE


class OpeningTrack:
    """Track 0 while a cold start's session still renders: the intro, titled with the routine's
    title (its length comes with the session's timeline)."""

    def __init__(self, routine):
        self.title = routine.title

    def metadata(self, where) -> dict:
        return {
            "mpris:trackid": ("o", f"{TRACK_PATH}0"),
            "xesam:title": ("s", self.title),
            "xesam:album": ("s", self.title),
            "xesam:artist": ("as", ["voicecoach"]),
            "xesam:trackNumber": ("i", 0),
        }

    def position_us(self, where, position: int) -> int:
        return max(0, position) * 1_000_000 // SAMPLE_RATE
