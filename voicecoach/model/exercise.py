"""One exercise of a routine (``Exercise``, with its ``Phase``s) and the routine-wide
``Settings`` its timing falls back to: frozen dataclasses, no I/O.

All times are seconds (``*_s``), all counts whole numbers >= 1. ``None`` in an exercise's
timing field means "not set here": ``Routine.resolved`` takes the settings' value.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    alternate: bool | str = True  # sets on alternate sides (right, left, right, …); False:
    # every set on the first side, then the other; "reps": the sides take turns rep by rep
    # (right, left, right, left: ``reps`` a side, the side said before each)

    @property
    def alternates_reps(self) -> bool:
        """The sides take turns inside each set, rep by rep (``alternate: reps``): held, timed
        and counted reps; breaths and a "wait for me" step take no turns."""
        return self.alternate == "reps" and self.kind in ("hold", "timed", "counted")

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
