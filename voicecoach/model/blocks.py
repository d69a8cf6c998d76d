"""Blocks: exercises done in rounds, one type per kind (circuit, tabata, emom, amrap), each
with its own timing fields. A block holds plain exercises only, one level deep.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from voicecoach.model.exercise import Exercise

BLOCK_KINDS = ("circuit", "tabata", "emom", "amrap")


@dataclass(frozen=True)
class Block:
    """A block of exercises done in rounds; each kind below is its own type."""

    name: str
    exercises: tuple[Exercise, ...]
    rounds: int = 1
    kind: ClassVar[str] = ""

    def units_of_round(self, round_number: int) -> tuple[Exercise, ...]:
        """The exercises done in round ``round_number`` (1-based): all of them."""
        return self.exercises


@dataclass(frozen=True)
class Circuit(Block):
    """Every exercise in turn, ``rounds`` times, ``rest_s`` between rounds and
    ``rest_between_s`` between its exercises (both default to the routine's rest_between)."""

    rest_s: float | None = None
    rest_between_s: float | None = None
    kind: ClassVar[str] = "circuit"


@dataclass(frozen=True)
class Tabata(Block):
    """``rounds`` x (``work_s`` of work, ``rest_s`` of rest), start beeps exactly
    ``work_s + rest_s`` apart; the exercises take turns round by round."""

    rounds: int = 8
    work_s: float = 20.0
    rest_s: float = 10.0
    kind: ClassVar[str] = "tabata"

    def units_of_round(self, round_number: int) -> tuple[Exercise, ...]:
        return (self.exercises[(round_number - 1) % len(self.exercises)],)


@dataclass(frozen=True)
class Emom(Block):
    """A start beep at the top of every minute for ``rounds`` minutes, the task (the
    exercises in turn) done then, the rest of the minute to rest."""

    kind: ClassVar[str] = "emom"

    def units_of_round(self, round_number: int) -> tuple[Exercise, ...]:
        return (self.exercises[(round_number - 1) % len(self.exercises)],)


@dataclass(frozen=True)
class Amrap(Block):
    """The exercises as a circuit, as many rounds as you can in ``duration_s``."""

    duration_s: float = 60.0
    kind: ClassVar[str] = "amrap"


# One of the four kinds: code that reads a block's own fields takes this, so each kind's
# fields are checked where it is told apart (isinstance) rather than read with getattr.
AnyBlock = Circuit | Tabata | Emom | Amrap
BLOCK_TYPES: dict[str, type[AnyBlock]] = {cls.kind: cls for cls in (Circuit, Tabata, Emom, Amrap)}
