"""The routine model: validated, immutable, no I/O.

All times are seconds (``*_s``), all counts whole numbers >= 1.  ``None`` means
"not set here": an exercise's timing fields fall back to the routine settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Optional

MAX_SESSION_S = 12 * 3600
VERBOSITIES = ("brief", "normal", "detailed")
SOUND_NAMES = ("start", "end", "tick", "rest_over")


@dataclass(frozen=True)
class Phase:
    """One phase of a rep, e.g. ``Inhale`` for 4 s."""

    say: str
    seconds: float


@dataclass(frozen=True)
class Settings:
    """Routine-wide settings; the timing ones can be overridden per exercise."""

    voice: Optional[str] = None        # engine voice id, name or language code
    rate: int = 160                    # words per minute
    volume: float = 1.0                # 0..1, speech loudness
    language: str = "en"               # phrase table used for voicecoach's own words
    verbosity: str = "normal"          # brief | normal | detailed
    countdown: int = 3                 # seconds counted down before work
    rest_between_s: float = 15.0       # rest between exercises
    transition_s: float = 5.0          # time to switch sides
    relax_s: float = 3.0               # pause between hold reps
    pace_s: float = 3.0                # seconds per counted rep
    count_reps: bool = True            # speak rep numbers / "3 of 10"
    halfway: bool = True               # speak "halfway" in long holds
    ten_left: bool = True              # speak "10 seconds left" in long work
    sounds: tuple[tuple[str, str], ...] = ()   # (sound name, wav path) overrides
    safety: Optional[str] = None       # spoken in the close, e.g. "If anything hurt, stop …"
    lead_in_s: float = 0.5             # silence before the first cue (and after a resume in play):
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
    what: Optional[str] = None         # what it does (spoken in normal/detailed)
    how: Optional[str] = None          # how to do it (spoken instructions)
    sides: tuple[str, ...] = ()
    sets: int = 1
    reps: Optional[int] = None
    hold_s: Optional[float] = None
    duration_s: Optional[float] = None
    rest_s: Optional[float] = None     # rest between sets
    relax_s: Optional[float] = None
    countdown: Optional[int] = None
    transition_s: Optional[float] = None
    pace_s: Optional[float] = None
    phases: tuple[Phase, ...] = ()
    sound: Optional[str] = None        # sound for start beeps of this exercise
    equipment: tuple[str, ...] = ()    # what to have at hand (gathered for the intro)
    tips: tuple[str, ...] = ()         # form and breathing tips, spoken in turn

    @property
    def kind(self) -> str:
        if self.phases:
            return "phases"
        if self.hold_s is not None:
            return "hold"
        if self.duration_s is not None:
            return "timed"
        return "counted"

    @property
    def rep_count(self) -> int:
        """Reps per set; an exercise with no ``reps`` does its work once (counted: 10)."""
        if self.reps is not None:
            return self.reps
        return 10 if self.kind == "counted" else 1


@dataclass(frozen=True)
class Routine:
    title: str
    exercises: tuple[Exercise, ...]
    settings: Settings = field(default_factory=Settings)

    def resolved(self, exercise: Exercise, name: str):
        """An exercise's timing value, falling back to the routine settings."""
        value = getattr(exercise, name)
        return getattr(self.settings, name) if value is None else value

    def to_json(self) -> dict:
        """The normalized routine per the JSON contract (times in seconds, null where unset)."""
        settings = asdict(self.settings)
        settings["sounds"] = dict(self.settings.sounds)
        out = {"title": self.title, "settings": settings, "exercises": []}
        for ex in self.exercises:
            out["exercises"].append({
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
            })
        return out


__all__ = ["Phase", "Settings", "Exercise", "Routine", "replace", "fields",
           "MAX_SESSION_S", "VERBOSITIES", "SOUND_NAMES"]
