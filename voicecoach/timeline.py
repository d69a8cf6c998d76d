"""The timeline: every cue with its exact start and end, in samples at SAMPLE_RATE."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # requires-python is 3.10, which has no enum.StrEnum

    class StrEnum(str, Enum):
        """enum.StrEnum for Python 3.10: a member is its value as a string."""

        def __str__(self) -> str:
            return str(self.value)


from voicecoach import SAMPLE_RATE


class Role(StrEnum):
    """What a cue is for: the compiler sets it, the players, exporters and checkers read it.
    A ``StrEnum``, so a role compares equal to its name and prints as it in JSON."""

    # the opening and the close
    INTRO = "intro"
    SAFETY = "safety"
    EQUIPMENT = "equipment"
    SOUNDS = "sounds"
    COOL_DOWN = "cool_down"
    DONE = "done"
    BREATHE = "breathe"
    SAFETY_RECALL = "safety_recall"
    COMPLETE = "complete"
    # an exercise's instructions
    ANNOUNCE = "announce"
    WHAT = "what"
    HOW = "how"
    SUMMARY = "summary"
    SIDE = "side"
    SWITCH = "switch"
    SET = "set"
    SETUP = "setup"
    READY_PROMPT = "ready_prompt"
    # the count-down and the work
    GET_READY = "get_ready"
    COUNTDOWN = "countdown"
    WORK_START = "work_start"
    WORK_END = "work_end"
    TICK = "tick"
    START_WORD = "start_word"
    RELEASE = "release"
    REP_COUNT = "rep_count"
    COUNT = "count"
    PHASE = "phase"
    HALFWAY = "halfway"
    TEN_LEFT = "ten_left"
    TIME_LEFT = "time_left"
    TIP = "tip"
    FORM_REMINDER = "form_reminder"
    # rests, circuits and intervals
    REST = "rest"
    REST_TIP = "rest_tip"
    REST_OVER = "rest_over"
    NEXT = "next"
    CIRCUIT = "circuit"
    ROUND = "round"
    TASK = "task"
    AMRAP_TIME = "amrap_time"


class Sink(StrEnum):
    """Where a timeline is heard: live ``play`` (keys work) or a ``file`` (nothing to press)."""

    PLAY = "play"
    FILE = "file"


# Roles that are bare numbers (not worth repeating as an instruction).
COUNT_ROLES = frozenset({Role.COUNTDOWN, Role.COUNT})


@dataclass(frozen=True)
class Cue:
    """One spoken phrase or one sound. ``start``/``end`` are sample indices."""

    start: int
    end: int
    kind: str  # "speech" | "beep"
    role: Role  # what it is for
    text: str | None = None  # speech only
    sound: str | None = None  # beep only
    exercise: int | None = None  # 1-based exercise number
    side: str | None = None
    set: int | None = None  # 1-based
    rep: int | None = None  # 1-based
    round: int | None = None  # 1-based round of a circuit or interval block; None outside

    @property
    def start_s(self) -> float:
        return self.start / SAMPLE_RATE

    @property
    def end_s(self) -> float:
        return self.end / SAMPLE_RATE

    def to_json(self) -> dict:
        return {
            "start": round(self.start_s, 6),
            "end": round(self.end_s, 6),
            "kind": self.kind,
            "role": str(self.role),
            "text": self.text,
            "sound": self.sound,
            "exercise": self.exercise,
            "side": self.side,
            "set": self.set,
            "rep": self.rep,
            "round": self.round,
        }


@dataclass(frozen=True)
class Timeline:
    cues: tuple[Cue, ...]
    length: int  # samples
    title: str = ""
    exercise_names: tuple[str, ...] = ()  # per ``Cue.exercise`` number: the round-exercises
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
        return {
            "title": self.title,
            "duration": round(self.duration_s, 6),
            "sample_rate": self.sample_rate,
            "cues": [c.to_json() for c in self.cues],
            "waits": [
                {"start": round(a / self.sample_rate, 6), "end": round(b / self.sample_rate, 6)}
                for a, b in self.waits
            ],
        }


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
