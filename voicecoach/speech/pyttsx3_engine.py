"""The pyttsx3 engine (espeak-ng on Linux) with its workarounds (docs/platform.md).

Wait on the ``finished-utterance`` callback (``runAndWait`` returns early), one
job per run, re-synchronize properties after setting them, swallow the "Audio
saved" print, keep one engine per process, end a stuck driver loop, and stop before the
interpreter exits (``close``, at exit).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import threading
import time
from typing import ClassVar

import numpy as np

from voicecoach.errors import SpeechError
from voicecoach.speech.engine import OnePerProcess, Voice
from voicecoach.wav import read_wav_pcm

ESPEAK_HELP = (
    "the speech engine needs libespeak-ng — install it with "
    "'sudo apt-get install libespeak-ng1' (Debian/Ubuntu), "
    "'sudo dnf install espeak-ng' (Fedora) or 'brew install espeak-ng' (macOS)"
)
# espeak speaks 1.093x the rate it is given, heard in trimmed clips (docs/platform.md
# "Speech pace"): asked for 0.915 x rate, it speaks ``rate`` words a minute.
ESPEAK_RATE_PER_WPM = 0.915
SYNTH_TIMEOUT_S = 30  # one clip; espeak renders ~200x faster than real time


class _ShortSleeps:
    """``time`` for the espeak driver: its loop sleeps 10 ms per turn even when synthesis
    already ended inside the first turn; 1 ms keeps the polling and saves ~9 ms a clip."""

    def __getattr__(self, name):
        return getattr(time, name)

    @staticmethod
    def sleep(seconds: float) -> None:
        time.sleep(min(seconds, 0.001))


def _patch_driver() -> None:
    """The espeak driver prints "Audio saved to …" from its thread: make its print a no-op
    (thread-safe, unlike redirecting sys.stdout while other threads write the status line);
    and shorten its loop's sleeps."""
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import espeak as espeak_driver

        espeak_driver.print = lambda *args, **kwargs: None
        espeak_driver.time = _ShortSleeps()


class Pyttsx3Engine(OnePerProcess):
    """pyttsx3 (espeak-ng on Linux). One per process: use ``Pyttsx3Engine.shared()``."""

    name = "pyttsx3"
    _shared: ClassVar[Pyttsx3Engine | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as exc:  # RuntimeError, OSError, ImportError from the driver
            raise SpeechError(f"speech engine unavailable ({exc.__class__.__name__}): {ESPEAK_HELP}") from exc
        _patch_driver()
        self._default_voice = self._engine.getProperty("voice")  # None below means this one
        self._done = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        self._tmpdir = tempfile.mkdtemp(prefix="voicecoach-tts-")
        atexit.register(shutil.rmtree, self._tmpdir, True)
        self._stop_at_exit(self._lock)  # its close runs first (LIFO): before the folder goes

    @classmethod
    def fork_safe(cls) -> bool:
        """Forking is safe only before this process started espeak (and its thread)."""
        return cls._shared is None

    def _on_finished(self, name=None, completed=True) -> None:
        self._done.set()

    def _end_driver_loop(self) -> None:
        """Watchdog: stop a driver loop that never got its end-of-utterance event."""
        with contextlib.suppress(Exception):
            self._engine.proxy._driver._looping = False

    def voices(self) -> list:
        return list(self._engine.getProperty("voices"))

    def _set(self, name: str, value) -> None:
        """Set a property on every clip: espeak can silently drop a setting made earlier
        (docs/platform.md), and a clip spoken at the wrong rate would be cached for good."""
        if value is None:
            return
        try:
            self._engine.setProperty(name, value)
        except Exception as exc:
            raise SpeechError(f"speech engine rejected {name}={value!r}: {exc}") from exc
        self._sync()

    @staticmethod
    def _sync() -> None:
        with contextlib.suppress(Exception):  # only the espeak driver has it
            from pyttsx3.drivers import _espeak

            _espeak.Synchronize()

    def synthesize(self, text: str, voice: Voice) -> np.ndarray:
        if not text.strip():  # the espeak driver loops forever on an empty text
            return np.zeros(0, np.int16)
        with self._synthesizing():
            self._set("voice", voice.voice or self._default_voice)
            self._set("rate", round(voice.rate * ESPEAK_RATE_PER_WPM))
            self._set("volume", voice.volume)
            path = os.path.join(self._tmpdir, "clip.wav")
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
            self._done.clear()
            watchdog = threading.Timer(SYNTH_TIMEOUT_S, self._end_driver_loop)
            watchdog.start()
            try:
                self._engine.save_to_file(text, path)
                self._engine.runAndWait()
                finished = self._done.wait(SYNTH_TIMEOUT_S)
            finally:
                watchdog.cancel()
            if not finished or not os.path.exists(path):
                raise SpeechError(
                    f"speech engine did not finish speaking {text[:40]!r} — "
                    "try again; if it persists, check 'espeak-ng \"test\"' works"
                )
            return read_wav_pcm(path)
