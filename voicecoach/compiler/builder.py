"""The compiler's one mutable thing: a Builder appends cues while tracking the cursor, the
end of the last speech and of the last work. Every cue goes in through ``say``, ``say_at``,
``beep_at`` or ``place`` (compiler/rules.py); nothing else writes ``cues``."""

from __future__ import annotations

from typing import Protocol

from voicecoach.compiler.timing import BEEP_GAP, GAP, TAIL
from voicecoach.model import Routine
from voicecoach.timeline import Cue, Role, Sink, Timeline


class Durations(Protocol):
    def speech(self, text: str) -> int: ...  # samples
    def sound(self, name: str) -> int: ...  # samples


class Builder:
    """Appends cues while tracking the cursor and the end of the last speech.

    Invariants: ``speech_end`` is the end of the latest speech cue; ``t`` is the earliest
    start of the next sequential cue; ``instructions_end`` the end of the latest ``how``."""

    def __init__(self, durations: Durations, sink: Sink = Sink.PLAY):
        self.d = durations
        self.sink = sink
        self.cues: list[Cue] = []
        self.t = 0  # earliest start of the next sequential cue
        self.speech_end = 0  # end of the latest speech cue
        self.work_end = 0  # end of the latest end beep
        self.instructions_end = 0  # end of the latest instructions (how) spoken
        self.position: str | None = None  # where the body is (lying, sitting, kneeling, standing)
        self.told: dict[int, bool] = {}  # unit index -> its set-up (how) was told in the rest before
        self.announced: set[int] = set()  # unit indexes a transition announced ("Next: …, 2 of 12.")
        self.where: dict = {}
        self.waits: list[tuple[int, int]] = []  # "wait for me" steps: (start, end)
        self.turns: dict = {}  # how often each varied wording has been used (see turn)

    def turn(self, key) -> int:
        """The next index for a varied wording: a count, never random, so the same routine
        always gives the same words (play == export, cold == warm)."""
        n = self.turns.get(key, 0)
        self.turns[key] = n + 1
        return n

    def add(self, start: int, end: int, kind: str, role: Role, **kw) -> Cue:
        cue = Cue(start, end, kind, role, **{**self.where, **kw})
        self.cues.append(cue)
        return cue

    def say(self, text: str, role: Role, gap: int = GAP) -> int:
        """Speak ``text`` as soon as the cursor and previous speech allow."""
        start = max(self.t, self.speech_end)
        end = start + self.d.speech(text)
        self.add(start, end, "speech", role, text=text)
        self.speech_end, self.t = end, end + gap
        if role in (Role.HOW, Role.NEXT):
            self.instructions_end = end
        return end

    def speak_at(self, at: int, text: str, role: Role) -> int:
        """Speak at exactly ``at`` (the caller checked it fits); returns its end."""
        end = at + self.d.speech(text)
        self.add(at, end, "speech", role, text=text)
        self.speech_end = max(self.speech_end, end)
        return end

    def say_at(self, at: int, text: str, role: Role, limit: int) -> bool:
        """Speak at exactly ``at`` if it fits after earlier speech and ends by ``limit``."""
        if at < self.speech_end + BEEP_GAP or at + self.d.speech(text) > limit:
            return False
        self.speak_at(at, text, role)
        return True

    def beep_at(self, at: int, sound: str, role: Role) -> int:
        end = at + self.d.sound(sound)
        self.add(at, end, "beep", role, sound=sound)
        return end

    def wait_until(self, at: int) -> None:
        self.t = max(self.t, at)

    def end_work(self, at: int) -> int:
        """The end beep at ``at``: the work ends there (rests and relaxes count from its end)."""
        self.work_end = self.beep_at(at, "end", Role.WORK_END)
        self.t = self.work_end + BEEP_GAP
        return self.work_end

    def wait_for_me(self, start: int, seconds: int) -> None:
        """A "wait for me" step from ``start``: ``play`` waits there for a key; a file keeps
        ``seconds`` of silence, counted as the set-up time of what follows."""
        end = start + seconds
        self.waits.append((start, end))
        self.wait_until(end)
        self.work_end = max(self.work_end, end)
        self.instructions_end = max(self.instructions_end, end)

    @property
    def next_free(self) -> int:
        """The earliest start of a beep after everything so far."""
        return max(self.t, self.speech_end + BEEP_GAP)

    def timeline(self, routine: Routine) -> Timeline:
        cues = sorted(self.cues, key=lambda c: c.start)  # stable: insertion order on ties
        length = max((c.end for c in cues), default=0) + TAIL
        names = tuple(u.title for u in routine.units())
        return Timeline(tuple(cues), length, routine.title, names, waits=tuple(self.waits))
