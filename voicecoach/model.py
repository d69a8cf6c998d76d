"""The routine model: validated, immutable, no I/O.

All times are seconds (``*_s``), all counts whole numbers >= 1.  ``None`` means
"not set here": an exercise's timing fields fall back to the routine settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, ClassVar

from voicecoach.phrases import POSITIONS  # lying, sitting, kneeling, standing

MAX_SESSION_S = 12 * 3600
VERBOSITIES = ("brief", "normal", "detailed")
SOUND_NAMES = ("start", "end", "tick", "rest_over")
BLOCK_KINDS = ("circuit", "tabata", "emom", "amrap")


@dataclass(frozen=True)
class Phase:
    """One phase of a rep, e.g. ``Inhale`` for 4 s."""

    say: str
    seconds: float


@dataclass(frozen=True)
class Settings:
    """Routine-wide settings; the timing ones can be overridden per exercise."""

    voice: str | None = None  # engine voice id, name or language code
    rate: int = 150  # words per minute, as heard (instructions at a calm pace)
    volume: float = 1.0  # 0..1, speech loudness
    language: str = "en"  # phrase table used for voicecoach's own words
    verbosity: str = "normal"  # brief | normal | detailed
    countdown: int = 3  # seconds counted down before work
    rest_between_s: float = 15.0  # rest between exercises
    transition_s: float = 5.0  # time to switch sides
    relax_s: float = 3.0  # pause between hold reps
    setup_s: float = 10.0  # before the first countdown: get into position
    equipment_transition_s: float = 10.0  # side switch when the exercise lists equipment
    equipment_relax_s: float = 5.0  # pause between hold reps when equipment needs a re-grip
    pace_s: float = 3.0  # seconds per counted rep
    count_reps: bool = True  # speak rep numbers / "3 of 10"
    halfway: bool = True  # speak "halfway" in long holds
    ten_left: bool = True  # speak "10 seconds left" in long work
    sounds: tuple[tuple[str, str], ...] = ()  # (sound name, wav path) overrides
    safety: str | None = None  # spoken in the opening, its last sentence recalled at the close
    music: str | None = None  # music bed: an audio file path or "ambient"
    music_level: float = -18.0  # dB relative to the speech, between cues
    lead_in_s: float = 0.5  # silence before the first cue (and after a resume in play):
    # Bluetooth headphones that wake on sound keep the first syllable

    def sound_overrides(self) -> dict[str, str]:
        return dict(self.sounds)


@dataclass(frozen=True)
class Exercise:
    """One exercise. Kind of work, in order of precedence:

    - ``phases``: each rep runs every phase;
    - ``hold_s``: hold reps (beep, hold, beep, release, relax);
    - ``duration_s``: timed work (``reps`` times, ``relax_s`` between);
    - else counted reps spoken at ``pace_s``.
    """

    name: str
    what: str | None = None  # what it does (spoken in normal/detailed)
    how: str | None = None  # how to do it (spoken instructions)
    sides: tuple[str, ...] = ()
    sets: int = 1
    reps: int | None = None
    hold_s: float | None = None
    duration_s: float | None = None
    rest_s: float | None = None  # rest between sets
    relax_s: float | None = None
    countdown: int | None = None
    transition_s: float | None = None
    pace_s: float | None = None
    phases: tuple[Phase, ...] = ()
    sound: str | None = None  # sound for start beeps of this exercise
    equipment: tuple[str, ...] = ()  # what to have at hand (gathered for the intro)
    tips: tuple[str, ...] = ()  # form and breathing tips, spoken in turn
    until: str | None = None  # "ready": untimed, waits for the user in play
    fallback_s: float | None = None  # how long an ``until: ready`` step lasts in an export
    say_start: str | None = None  # spoken as each hold/timed rep starts, e.g. "Rise up."
    say_end: str | None = None  # spoken as each hold ends, instead of "Release."
    position: str | None = None  # lying | sitting | kneeling | standing (else read from ``how``)
    setup_s: float | None = None  # end of its instructions -> its count-down (default 8 s, 15 s
    # when the body changes position)
    alternate: bool = True  # sets on alternate sides (right, left, right, …); False:
    # every set on the first side, then the other

    @property
    def kind(self) -> str:
        if self.until:
            return "ready"
        if self.phases:
            return "phases"
        if self.hold_s is not None:
            return "hold"
        if self.duration_s is not None:
            return "timed"
        return "counted"

    @property
    def rep_seconds(self) -> float:
        """Seconds of one hold or timed rep (``hold_s``, else ``duration_s``); those kinds only."""
        seconds = self.hold_s if self.hold_s is not None else self.duration_s
        if seconds is None:
            raise ValueError(f"{self.name}: a {self.kind} exercise has no rep length")
        return seconds

    @property
    def rep_count(self) -> int:
        """Reps per set; an exercise with no ``reps`` does its work once (counted: 10)."""
        if self.reps is not None:
            return self.reps
        return 10 if self.kind == "counted" else 1


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


@dataclass(frozen=True)
class Unit:
    """One round-exercise: what the timeline numbers (``Cue.exercise``), chapters and
    ``--from``/``n``/``p`` move by. Outside blocks, one unit per exercise."""

    exercise: Exercise
    item: int  # 1-based item of ``Routine.exercises``
    round: int | None = None  # 1-based, None outside blocks (and in an AMRAP)
    rounds: int | None = None
    position: int = 1  # 1-based within the round
    count: int = 1  # exercises in the round
    block: AnyBlock | None = None

    @property
    def title(self) -> str:
        """Chapter name: "Round 2 – Plank", or the exercise's name."""
        if self.round is None:
            return self.exercise.name
        return f"Round {self.round} – {self.exercise.name}"


@dataclass(frozen=True)
class Routine:
    title: str
    exercises: tuple[Exercise | AnyBlock, ...]  # the routine's structure, as written
    settings: Settings = field(default_factory=Settings)

    def units(self) -> tuple[Unit, ...]:
        """The round-exercises in session order (circuits laid out round by round)."""
        out: list[Unit] = []
        for item, entry in enumerate(self.exercises, start=1):
            if isinstance(entry, Exercise):
                out.append(Unit(entry, item))
            elif isinstance(entry, Amrap):
                out.append(Unit(Exercise(name=entry.name, duration_s=entry.duration_s), item, block=entry))
            else:
                for r in range(1, entry.rounds + 1):
                    todo = entry.units_of_round(r)
                    out += [
                        Unit(ex, item, r, entry.rounds, i, len(todo), entry)
                        for i, ex in enumerate(todo, start=1)
                    ]
        return tuple(out)

    def all_exercises(self) -> tuple[Exercise, ...]:
        """Every exercise as written (a circuit's once each)."""
        out: list[Exercise] = []
        for entry in self.exercises:
            out += [entry] if isinstance(entry, Exercise) else list(entry.exercises)
        return tuple(out)

    def equipment(self) -> tuple[str, ...]:
        """What to have at hand, each item once, in order of first mention."""
        return tuple(dict.fromkeys(e for ex in self.all_exercises() for e in ex.equipment))

    def resolved(self, exercise: Exercise, name: str) -> Any:
        """An exercise's timing value, falling back to the routine settings."""
        value = getattr(exercise, name)
        return getattr(self.settings, name) if value is None else value

    def to_json(self) -> dict:
        """The normalized routine per the JSON contract (times in seconds, null where unset)."""
        settings = asdict(self.settings)
        settings["sounds"] = dict(self.settings.sounds)
        entries: list[dict] = []
        out = {"title": self.title, "settings": settings, "exercises": entries}
        for entry in self.exercises:
            if isinstance(entry, Block):
                entries.append(
                    {
                        "kind": entry.kind,
                        "name": entry.name,
                        "rounds": entry.rounds,
                        "rest": getattr(entry, "rest_s", None),
                        "rest_between": getattr(entry, "rest_between_s", None),
                        "work": getattr(entry, "work_s", None),
                        "duration": getattr(entry, "duration_s", None),
                        "exercises": [_exercise_json(ex) for ex in entry.exercises],
                    }
                )
            else:
                entries.append(_exercise_json(entry))
        return out


def _exercise_json(ex: Exercise) -> dict:
    return {
        "name": ex.name,
        "what": ex.what,
        "how": ex.how,
        "sides": list(ex.sides),
        "sets": ex.sets,
        "reps": ex.reps,
        "hold": ex.hold_s,
        "duration": ex.duration_s,
        "rest": ex.rest_s,
        "relax": ex.relax_s,
        "countdown": ex.countdown,
        "transition": ex.transition_s,
        "pace": ex.pace_s,
        "phases": [{"say": p.say, "seconds": p.seconds} for p in ex.phases],
        "sound": ex.sound,
        "equipment": list(ex.equipment),
        "tips": list(ex.tips),
        "until": ex.until,
        "fallback": ex.fallback_s,
        "say_start": ex.say_start,
        "say_end": ex.say_end,
        "position": ex.position,
        "setup": ex.setup_s,
        "alternate": ex.alternate,
    }


__all__ = [
    "Phase",
    "Settings",
    "Exercise",
    "Block",
    "AnyBlock",
    "Circuit",
    "Tabata",
    "Emom",
    "Amrap",
    "BLOCK_TYPES",
    "POSITIONS",
    "Unit",
    "Routine",
    "BLOCK_KINDS",
    "replace",
    "fields",
    "MAX_SESSION_S",
    "VERBOSITIES",
    "SOUND_NAMES",
]
