"""One exception type per external system; cli.py maps them to exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class VoicecoachError(Exception):
    """Base class; ``str(err)`` is the one line shown to the user."""

    exit_code = 1


class InputError(VoicecoachError):
    """Something the user gave us is wrong (file, option, routine name). Exit 2."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One problem in a routine file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class RoutineError(InputError):
    """A routine file has one or more problems; all are reported at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class SpeechError(VoicecoachError):
    """The speech engine is missing or failed."""


class AudioError(VoicecoachError):
    """Audio output (simpleaudio / ALSA) is missing or failed."""


class ExportError(VoicecoachError):
    """Writing an output file failed."""
