"""The timing phrase families: holds, durations, reps, sets, rest, breathing phases.

Rules read normalized text (numbers as digits, see ``numbers.normalize``).  Each
rule blanks out what it consumed, so "rest 30 seconds" is never also a duration
and "hold for 4" inside a breathing pattern is never a hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbers import to_number

_I = re.IGNORECASE
APPROX = r"(?:up to\s+|about\s+|around\s+|approximately\s+|roughly\s+|at least\s+|another\s+)?"
_SECONDS = {"s": 1, "se": 1, "co": 1, "mi": 60, "ho": 3600, "hr": 3600}


@dataclass
class Value:
    """A number read from the article, with the note that explains an assumption."""

    number: float
    note: str | None = None


@dataclass
class Timing:
    """What one exercise's text says about its timing (None: not said)."""

    static: Value | None = None  # "hold for 20 seconds", "stay here for 2 minutes"
    bare_hold: bool = False  # "rise up, hold, and lower"
    duration: Value | None = None  # "walk for up to one minute"
    reps: Value | None = None  # "10 reps", "3 sets of 10"
    repeat: Value | None = None  # "repeat 10 times", "repeat two more times"
    repeat_with_rest: bool = False  # "Rest and repeat two more times"
    sets: Value | None = None
    rounds: Value | None = None  # "do 5 rounds", "6 breaths"
    distance: str | None = None  # "over 25-50 meters": a run with no time
    rest: Value | None = None
    bare_rest: bool = False
    rest_in_reps: bool = False  # "3 second rest between reps": the relax, whatever the sets
    phases: list[tuple[str, Value]] = field(default_factory=list)

    def said_anything(self) -> bool:
        return any(
            v is not None
            for v in (self.static, self.duration, self.reps, self.repeat, self.sets, self.rounds)
        ) or bool(self.phases)


def count_value(m: re.Match, lo_group: int = 1) -> Value:
    """A count from ``NUM``; a range takes its lower bound with a note."""
    lo, hi = m.group(lo_group), m.group(lo_group + 1)
    if hi is None:
        return Value(int(to_number(lo)))
    return Value(int(to_number(lo)), f'article says "{lo} to {hi}": took {lo}')


def time_value(m: re.Match, lo_group: int = 1, unit_group: int = 3, unit: str | None = None) -> Value:
    """Seconds from ``NUM UNIT``; a range takes its lower bound with a note."""
    unit = (unit or m.group(unit_group) or "s").lower()
    scale = _SECONDS.get(unit[:2], _SECONDS.get(unit[:1], 1))
    lo, hi = m.group(lo_group), m.group(lo_group + 1)
    seconds = to_number(lo) * scale
    seconds = int(seconds) if float(seconds).is_integer() else seconds
    note = None
    if hi is not None:
        note = f'article says "{lo} to {hi} {unit}": took {lo} {unit}'
    elif unit.startswith("count"):
        note = f'article says "a count of {lo}": took {lo} s'
    return Value(seconds, note)


class Text:
    """Normalized text whose consumed spans get blanked out."""

    def __init__(self, text: str):
        self.text = text
        self.original = text

    def take(self, pattern: str, first_only: bool = False) -> list[re.Match]:
        found = []
        for m in re.finditer(pattern, self.text, _I):
            found.append(m)
            if first_only:
                break
        for m in found:
            self.text = self.text[: m.start()] + " " * (m.end() - m.start()) + self.text[m.end() :]
        return found

    def sentence_of(self, m: re.Match) -> str:
        """The sentence of the original text around a match (for "Rest and repeat ...")."""
        original = self.original
        start = max(original.rfind(".", 0, m.start()), original.rfind("!", 0, m.start())) + 1
        end = original.find(".", m.end())
        return original[start : end if end >= 0 else len(original)]
