"""A routine: its title, its settings and its exercises and blocks as written; laid out as
``Unit``s (round-exercises, what the timeline numbers) and as the JSON contract
(``to_json``: times in seconds, null where unset).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from voicecoach.model.blocks import Amrap, AnyBlock, Block
from voicecoach.model.exercise import Exercise, Settings
from voicecoach.phrases import BALLISTIC_PACE_S, ballistic

MAX_SESSION_S = 12 * 3600


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

    def exercise_count(self) -> int:
        """The exercises a session counts and says ("3 exercises, about 5 minutes"), one count
        everywhere (``list``, ``check``, the spoken overview, the closing line): each exercise as
        written, a circuit's once each; a "wait for me" step (``until: ready``) not."""
        return sum(1 for ex in self.all_exercises() if ex.kind != "ready")

    def equipment(self) -> tuple[str, ...]:
        """What to have at hand, each item once, in order of first mention."""
        return tuple(dict.fromkeys(e for ex in self.all_exercises() for e in ex.equipment))

    def resolved(self, exercise: Exercise, name: str) -> Any:
        """An exercise's timing value, falling back to the routine settings."""
        value = getattr(exercise, name)
        return getattr(self.settings, name) if value is None else value

    def counted_pace(self, exercise: Exercise) -> float:
        """Seconds of one counted rep: the exercise's ``pace`` (a tempo the article states), else
        the routine's when it sets one, else ``BALLISTIC_PACE_S`` for a ballistic move and the
        default 3 s for the rest. (A routine's ``pace`` equal to the default 3 s reads as unset.)"""
        if exercise.pace_s is not None:
            return exercise.pace_s
        pace = self.settings.pace_s
        if pace == Settings.pace_s and ballistic(exercise):
            return BALLISTIC_PACE_S
        return pace

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
