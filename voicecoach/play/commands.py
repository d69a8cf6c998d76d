"""The player's command vocabulary: what a person can ask for while a session plays.

One enum and one key-bindings table serve the keyboard (``keys``), headset and
media keys (``mpris``), the scheduler that carries commands out, the status
line and the ``play --help`` text, so a command is named once.
"""

from __future__ import annotations

import enum


class Command(str, enum.Enum):
    PAUSE = "pause"  # toggles: pause, or resume when paused
    PLAY = "play"  # resume when paused; nothing when playing (MPRIS Play, a headset's play)
    PAUSE_ONLY = "pause-only"  # pause when playing; nothing when paused (MPRIS Pause)
    NEXT = "next"  # next exercise
    BACK = "back"  # start of this exercise (again quickly: the one before)
    REPEAT = "repeat"  # repeat the last instruction
    WHERE = "where"  # where am I: exercise, side, set, rep, time to go
    LOUDER = "louder"
    SOFTER = "softer"
    QUIT = "quit"  # stop; the position is saved


VOLUME_PREFIX = "volume="  # + a level: set the volume (MPRIS Volume), e.g. "volume=0.5"


def volume_command(level: float) -> str:
    """The command that sets the volume to ``level`` (1.0: as rendered; negative: 0)."""
    return f"{VOLUME_PREFIX}{max(0.0, float(level)):.4f}"


def volume_level(command: str | None) -> float | None:
    """The level a ``volume_command`` sets; None for any other command."""
    if not str(command).startswith(VOLUME_PREFIX):
        return None
    try:
        return max(0.0, float(str(command)[len(VOLUME_PREFIX) :]))
    except ValueError:
        return None


# (keys, command, what the help says) in the order the help lists them
KEY_BINDINGS: tuple[tuple[str, Command, str], ...] = (
    (" ", Command.PAUSE, "space pause/resume"),
    ("n", Command.NEXT, "n next"),
    ("p", Command.BACK, "p back"),
    ("r", Command.REPEAT, "r repeat"),
    ("w", Command.WHERE, "w where am I"),
    ("+=", Command.LOUDER, "+/- volume"),
    ("-", Command.SOFTER, ""),
    ("q", Command.QUIT, "q quit"),
)
KEYS: dict[str, Command] = {key: command for keys, command, _ in KEY_BINDINGS for key in keys}


def key_help(separator: str = " · ") -> str:
    """One line naming every key, e.g. ``space pause/resume · n next · … · q quit``."""
    return separator.join(label for _, _, label in KEY_BINDINGS if label)
