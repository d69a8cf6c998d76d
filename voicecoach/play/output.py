"""Audio output through simpleaudio, behind a small interface the players are given.

simpleaudio is imported lazily (``import voicecoach`` works with no audio), its
errors become AudioError at one chokepoint, and ALSA's messages, which
alsa-lib writes straight to fd 2, are kept off the user's terminal.
"""

from __future__ import annotations

import contextlib
import os
from typing import Protocol

from voicecoach import SAMPLE_RATE
from voicecoach.errors import AudioError

NO_DEVICE = "no audio output device could be opened"
NO_DEVICE_HELP = "check that a sound card or headphones are connected and not in use"


class NoDeviceError(AudioError):
    """No sound device: ``next_step`` says what to do; the CLI passes the exact export command."""

    def __init__(self, detail: str, next_step: str = NO_DEVICE_HELP):
        super().__init__(f"{NO_DEVICE} ({detail}) — {next_step}")
        self.detail = detail


class Playing(Protocol):
    def is_playing(self) -> bool: ...
    def stop(self) -> None: ...


class AudioOutput(Protocol):
    def play(self, pcm: bytes) -> Playing:
        """Start playing mono 16-bit PCM at SAMPLE_RATE; return at once."""


@contextlib.contextmanager
def quiet_stderr():
    """Point fd 2 at /dev/null while alsa-lib may print (it bypasses sys.stderr)."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class SimpleaudioOutput:
    """Plays through simpleaudio (ALSA ``default`` on Linux)."""

    def __init__(self, rate: int = SAMPLE_RATE):
        try:
            import simpleaudio
        except ImportError as exc:
            raise AudioError(
                f"simpleaudio is not installed ({exc}) — run scripts/voicecoach once "
                "to set up, or: pip install simpleaudio"
            ) from exc
        self._sa = simpleaudio
        self.rate = rate

    def play(self, pcm: bytes):
        try:
            with quiet_stderr():
                return self._sa.play_buffer(pcm, 1, 2, self.rate)
        except Exception as exc:
            raise NoDeviceError(_short(exc)) from exc


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]
