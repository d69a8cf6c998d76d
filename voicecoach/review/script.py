"""What the review rules read: the compiled timeline as a listener hears it, with the
routine it came from; and what they report (``Finding``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property

from voicecoach.model import Routine, Unit
from voicecoach.phrases import Phrases
from voicecoach.timeline import Cue, Timeline, format_clock


@dataclass(frozen=True)
class Finding:
    """One thing a listener would stumble on: at ``at_s``, in ``where``, hearing ``words``."""

    rule: str
    at_s: float
    where: str  # "exercise 3 (Calf stretch)", "the intro", "the session"
    problem: str
    fix: str
    words: str = ""

    def line(self) -> str:
        return f"{format_clock(self.at_s)} {self.where}: {self.problem}: {self.fix} [{self.rule}]"

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "time": round(self.at_s, 2),
            "where": self.where,
            "words": self.words,
            "problem": self.problem,
            "fix": self.fix,
        }


@dataclass(frozen=True)
class Spoken(Cue):
    """A speech cue as the rules read it: its ``text`` is always there (a beep has none)."""

    text: str = ""

    @classmethod
    def of(cls, cue: Cue) -> Spoken:
        return cls(**{f.name: getattr(cue, f.name) for f in fields(cue)})


def role(cue: Cue) -> str:
    """A cue's role as a plain string (a str enum's value, or the string itself)."""
    return str(getattr(cue.role, "value", cue.role))


@dataclass
class Script:
    """A compiled session as heard: ``exported`` when it is heard from a file (no keys)."""

    timeline: Timeline
    routine: Routine
    exported: bool = False

    @cached_property
    def phrases(self) -> Phrases:
        """The phrase table of the routine's language."""
        return Phrases(self.routine.settings.language)

    @property
    def sr(self) -> int:
        return self.timeline.sample_rate

    @property
    def language(self) -> str:
        return self.phrases.language

    def seconds(self, samples: int) -> float:
        return samples / self.sr

    @cached_property
    def speech(self) -> list[Spoken]:
        return [Spoken.of(c) for c in self.timeline.cues if c.kind == "speech"]

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        return self.routine.units()

    def unit(self, number: int | None) -> Unit | None:
        """The round-exercise a 1-based ``Cue.exercise`` number stands for."""
        if number is None or not 1 <= number <= len(self.units):
            return None
        return self.units[number - 1]

    def where(self, number: int | None) -> str:
        unit = self.unit(number)
        if unit is None:
            return "the session"
        return f"exercise {number} ({unit.title})"

    def beeps(self, role_name: str) -> list[Cue]:
        return [c for c in self.timeline.cues if c.kind == "beep" and role(c) == role_name]

    def first_starts(self) -> dict[int, Cue]:
        """Each exercise number's first start beep."""
        firsts: dict[int, Cue] = {}
        for cue in self.beeps("work_start"):
            if cue.exercise is not None:
                firsts.setdefault(cue.exercise, cue)
        return firsts

    def template(self, key: str) -> re.Pattern | None:
        """A phrase as a pattern: ``{n}``-like numbers captured by name, ``{name}`` any text."""
        wording = self.phrases.table.get(key)
        if wording is None:
            return None
        wordings = wording if isinstance(wording, list) else [wording]
        return re.compile("|".join(_pattern(w) for w in wordings[:1]), re.IGNORECASE)


_NUMBERED = {
    "n",
    "total",
    "count",
    "round",
    "rounds",
    "rep",
    "reps",
    "minute",
    "minutes",
    "set",
    "sets",
    "seconds",
    "left",
}


def _pattern(wording: str) -> str:
    parts = re.split(r"\{(\w+)\}", wording)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(re.escape(part.rstrip(".")) if i == len(parts) - 1 else re.escape(part))
        elif part in _NUMBERED:
            out.append(rf"(?P<{part}>\d+)")
        else:
            out.append(rf"(?P<{part}>.+?)")
    return "".join(out)
