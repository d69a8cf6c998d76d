"""Compiler: Routine + clip lengths -> Timeline. Pure: no I/O, no clock.

Every timing decision is made here, once; the renderer and the players only
follow the timeline. Rules (design.md "Timing semantics"):
- speech never overlaps speech; optional cues (halfway, 10 seconds left, form
  reminders) that don't fit are dropped, never squeezed;
- a hold/duration lasts exactly its seconds from its start beep to its end beep;
- rests and relaxes are measured from the end of the end beep;
- "Get ready" then a countdown on a one-second grid, then the start beep.
"""

from __future__ import annotations

from typing import Optional, Protocol

from voicecoach import SAMPLE_RATE as SR
from voicecoach.errors import InputError
from voicecoach.model import MAX_SESSION_S, Exercise, Routine
from voicecoach.phrases import Phrases
from voicecoach.timeline import Cue, Timeline
from voicecoach.compiler import exercise as workplan

from voicecoach.compiler.exercise import GAP, BEEP_GAP, samples  # noqa: E402
TAIL = int(0.5 * SR)         # silence after the last cue


class Durations(Protocol):
    def speech(self, text: str) -> int: ...   # samples
    def sound(self, name: str) -> int: ...    # samples



class Builder:
    """Appends cues while tracking the cursor and the end of the last speech."""

    def __init__(self, durations: Durations):
        self.d = durations
        self.cues: list[Cue] = []
        self.t = 0               # earliest start of the next sequential cue
        self.speech_end = 0      # end of the latest speech cue
        self.work_end = 0        # end of the latest end beep
        self.where: dict = {}

    def add(self, start: int, end: int, kind: str, role: str, **kw) -> Cue:
        cue = Cue(start, end, kind, role, **{**self.where, **kw})
        self.cues.append(cue)
        return cue

    def say(self, text: str, role: str, gap: int = GAP) -> int:
        """Speak ``text`` as soon as the cursor and previous speech allow."""
        start = max(self.t, self.speech_end)
        end = start + self.d.speech(text)
        self.add(start, end, "speech", role, text=text)
        self.speech_end, self.t = end, end + gap
        return end

    def say_at(self, at: int, text: str, role: str, limit: int) -> bool:
        """Speak at exactly ``at`` if it fits after earlier speech and ends by ``limit``."""
        end = at + self.d.speech(text)
        if at < self.speech_end + BEEP_GAP or end > limit:
            return False
        self.add(at, end, "speech", role, text=text)
        self.speech_end = end
        return True

    def beep_at(self, at: int, sound: str, role: str) -> int:
        end = at + self.d.sound(sound)
        self.add(at, end, "beep", role, sound=sound)
        return end

    def wait_until(self, at: int) -> None:
        self.t = max(self.t, at)

    def end_rest(self, rest: int) -> None:
        """Rest-over beep ``rest`` samples after the last end beep (or after the rest's speech)."""
        over = max(self.work_end + rest, self.speech_end + BEEP_GAP)
        self.t = self.beep_at(over, "rest_over", "rest_over") + GAP

    def timeline(self, routine: Routine) -> Timeline:
        cues = sorted(self.cues, key=lambda c: c.start)  # stable: insertion order on ties
        length = max((c.end for c in cues), default=0) + TAIL
        names = tuple(e.name for e in routine.exercises)
        return Timeline(tuple(cues), length, routine.title, names)


def compile_routine(routine: Routine, durations: Durations,
                    phrases: Optional[Phrases] = None) -> Timeline:
    """Lay out the whole session. Raises InputError for a session over 12 hours."""
    phrases = phrases or Phrases(routine.settings.language)
    minutes = 1
    for _ in range(4):  # the intro states the length it is part of: iterate to a fixed point
        timeline = _compile_once(routine, durations, phrases, minutes)
        actual = max(1, round(timeline.duration_s / 60))
        if actual == minutes:
            break
        minutes = actual
    if timeline.duration_s > MAX_SESSION_S:
        hours = timeline.duration_s / 3600
        raise InputError(f"the session would last {hours:.1f} hours; the limit is 12 hours — "
                         "use fewer exercises, sets or reps")
    return timeline


def _compile_once(routine: Routine, durations: Durations, phrases: Phrases, minutes: int) -> Timeline:
    b = Builder(durations)
    b.t = samples(routine.settings.lead_in_s)   # the lead-in: silence before the intro
    count = len(routine.exercises)
    exercises = phrases.say("exercises_one" if count == 1 else "exercises_many", count=count)
    length = phrases.say("minutes_one" if minutes == 1 else "minutes_many", minutes=minutes)
    b.say(phrases.say("intro", title=routine.title, exercises=exercises, length=length), "intro")
    for index, exercise in enumerate(routine.exercises):
        b.where = {"exercise": index + 1}
        workplan.exercise(b, routine, index, exercise, phrases)
        if index + 1 < count:
            _rest_between(b, routine, routine.exercises[index + 1], phrases)
    b.where = {}
    b.say(phrases.say("complete"), "complete")
    return b.timeline(routine)


def _rest_between(b: Builder, routine: Routine, upcoming: Exercise, phrases: Phrases) -> None:
    rest = samples(routine.settings.rest_between_s)
    b.where = {"exercise": b.where["exercise"]}
    if rest > 0:
        b.say(phrases.say("rest", seconds=routine.settings.rest_between_s), "rest")
    b.say(phrases.say("next", name=upcoming.name), "next")
    if rest > 0:
        b.end_rest(rest)
