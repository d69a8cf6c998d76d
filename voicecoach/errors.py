"""One exception type per external system, and the one exit status each maps to (cli/main.py)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExitStatus(enum.IntEnum):
    OK = 0
    FAILURE = 1
    BAD_INPUT = 2
    INTERRUPTED = 130


class VoicecoachError(Exception):
    """Base class; ``str(err)`` is the one line shown to the user."""

    exit_code = ExitStatus.FAILURE


class InputError(VoicecoachError):
    """Something the user gave us is wrong (file, option, routine name). Exit 2."""

    exit_code = ExitStatus.BAD_INPUT


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


class InputProblems(InputError):
    """Several problems with what the user gave (files, names, outputs), reported together."""

    def __init__(self, messages: list[str]):
        self.messages = list(dict.fromkeys(messages))
        super().__init__("; ".join(self.messages))


class SpeechError(VoicecoachError):
    """The speech engine is missing or failed."""


class AudioError(VoicecoachError):
    """Audio output (simpleaudio / ALSA) is missing or failed."""


class ExportError(VoicecoachError):
    """Writing an output file failed."""


class WriteError(ExportError, OSError):
    """A file could not be written (full disk, read-only folder): one line for the user, and
    still an OSError for code that treats an unwritable cache or state file as a lost speed-up."""


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C (temp files removed, state saved), and
    the process ends with 128 + ``signum``."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def raise_terminated(signum, frame) -> None:
    """The SIGTERM/SIGHUP handler cli.main installs while a command runs."""
    raise Terminated(signum)
