"""The timeline: every cue with its exact start and end, in samples at SAMPLE_RATE."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from voicecoach import SAMPLE_RATE


@dataclass(frozen=True)
class Cue:
    """One spoken phrase or one sound. ``start``/``end`` are sample indices."""

    start: int
    end: int
    kind: str                      # "speech" | "beep"
    role: str                      # what it is for: "countdown", "work_start", "tick", ...
    text: Optional[str] = None     # speech only
    sound: Optional[str] = None    # beep only
    exercise: Optional[int] = None  # 1-based exercise number
    side: Optional[str] = None
    set: Optional[int] = None      # 1-based
    rep: Optional[int] = None      # 1-based
    round: Optional[int] = None    # 1-based round of a circuit or interval block; None outside

    @property
    def start_s(self) -> float:
        return self.start / SAMPLE_RATE

    @property
    def end_s(self) -> float:
        return self.end / SAMPLE_RATE

    def to_json(self) -> dict:
        return {
            "start": round(self.start_s, 6), "end": round(self.end_s, 6),
            "kind": self.kind, "role": self.role, "text": self.text, "sound": self.sound,
            "exercise": self.exercise, "side": self.side, "set": self.set, "rep": self.rep,
            "round": self.round,
        }


@dataclass(frozen=True)
class Timeline:
    cues: tuple[Cue, ...]
    length: int                    # samples
    title: str = ""
    exercise_names: tuple[str, ...] = ()   # per ``Cue.exercise`` number: the round-exercises
    sample_rate: int = SAMPLE_RATE
    # "wait for me" steps: (start, end) samples. ``play`` stops at ``start`` until the user
    # is ready and goes on from ``end``; an export keeps the fallback silence in between.
    waits: tuple[tuple[int, int], ...] = ()

    @property
    def duration_s(self) -> float:
        return self.length / self.sample_rate

    def speech(self) -> list[Cue]:
        return [c for c in self.cues if c.kind == "speech"]

    def exercise_starts(self) -> list[tuple[int, str, int]]:
        """(exercise number, name, first cue sample) for each exercise, in order."""
        seen: dict[int, int] = {}
        for c in self.cues:
            if c.exercise is not None and c.exercise not in seen:
                seen[c.exercise] = c.start
        return [(n, self.exercise_names[n - 1], s) for n, s in sorted(seen.items())]

    def to_json(self) -> dict:
        return {"title": self.title, "duration": round(self.duration_s, 6),
                "sample_rate": self.sample_rate, "cues": [c.to_json() for c in self.cues],
                "waits": [{"start": round(a / self.sample_rate, 6), "end": round(b / self.sample_rate, 6)}
                          for a, b in self.waits]}


def format_clock(seconds: float) -> str:
    """``75.4`` -> ``"01:15"`` (hours shown when needed)."""
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def format_clock_ms(seconds: float, separator: str = ".") -> str:
    """``75.4`` -> ``"00:01:15.400"`` (chapters, subtitles; SRT wants ``","``)."""
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{separator}{ms % 1000:03d}"
