"""The speech-engine seam: ``Voice`` (who speaks, how fast, how loud), the engine protocol,
and the registry that finds an engine by name.

An engine turns text into an untrimmed int16 clip at SAMPLE_RATE. Engines are
named in ``ENGINES`` (``"name": "module:Class"``) and imported on first use;
``get_engine(name)`` returns the process's one instance. Whether a process may
still fork render workers is the engine's own business (``fork_safe``): only
the engine knows whether it has started threads.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import threading
from dataclasses import dataclass
from typing import ClassVar, Protocol

import numpy as np

from voicecoach.errors import InputError, SpeechError

DEFAULT_ENGINE = "pyttsx3"
ENGINES = {
    "pyttsx3": "voicecoach.speech.pyttsx3_engine:Pyttsx3Engine",
    "piper": "voicecoach.speech.piper_engine:PiperEngine",
}
# The name users see (in voice ids, ``voices``, ``preview --json``): pyttsx3 drives espeak-ng.
LABELS = {"pyttsx3": "espeak", "piper": "piper"}
BY_LABEL = {label: name for name, label in LABELS.items()}


@dataclass(frozen=True)
class Voice:
    """How clips are spoken; every field is part of every cache key."""

    voice: str | None = None  # engine voice id (None: engine default)
    rate: int = 150  # words per minute
    volume: float = 1.0  # 0..1
    engine: str = DEFAULT_ENGINE  # a name in ENGINES


class SpeechEngine(Protocol):
    name: str

    def synthesize(self, text: str, voice: Voice) -> np.ndarray:
        """Return the untrimmed clip as int16 mono samples at SAMPLE_RATE."""

    def voices(self) -> list:
        """The installed voices (objects with ``id``, ``name``, ``languages``)."""


def engine_class(name: str):
    """The class registered as ``name``; InputError naming the known engines otherwise."""
    if name not in ENGINES:
        raise InputError(f"unknown speech engine {name!r} — use one of {', '.join(ENGINES)}")
    module, _, attr = ENGINES[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def get_engine(name: str = DEFAULT_ENGINE) -> SpeechEngine:
    """The process's one engine of that name (created on first use)."""
    return engine_class(name).shared()


def cache_identity(voice: Voice) -> str:
    """The engine's part of a clip's cache key: its name, plus whatever else decides the sound
    (Piper: the model's sha256). espeak's stays its bare name, so existing caches stay valid."""
    cls = engine_class(voice.engine)
    identity = getattr(cls, "cache_identity", None)
    return identity(voice) if identity is not None else voice.engine


def label(name: str) -> str:
    return LABELS.get(name, name)


def workers_per_cpu(name: str, default: int) -> int:
    return getattr(engine_class(name), "workers_per_cpu", default)


def history_free(name: str) -> bool:
    """True when a clip never depends on what the engine said before (Piper: no state, no
    noise), so render workers may take texts in any order; espeak's output can shift by a
    few samples after other texts, so its workers keep fixed batches (prerender.py)."""
    return bool(getattr(engine_class(name), "history_free", False))


def fork_safe(name: str = DEFAULT_ENGINE) -> bool:
    """True while this process may fork workers that use engine ``name`` (its own answer)."""
    return engine_class(name).fork_safe()


CLOSE_WAIT_S = 5  # at exit, wait this long for a clip being synthesized to finish


class OnePerProcess:
    """What every engine shares: one instance per process (``shared()``; the subclass sets
    ``_shared = None`` and ``_lock``), and a clean stop at exit.

    play's background render thread (a daemon) may be inside the engine's native code when
    the main thread exits (no sound device, ``q``, Ctrl-C). Finalizing the interpreter under
    it failed: espeak printed "Exception ignored on calling ctypes callback function …
    _onSynth" with a traceback, onnxruntime aborted the process (exit 134). ``close`` runs
    at exit, before finalization: it waits for the clip in progress and refuses new ones,
    so the thread never enters the engine again. Synthesize inside ``self._synthesizing()``.
    """

    _shared: ClassVar[OnePerProcess | None] = None
    _lock: ClassVar[threading.Lock]  # set by each engine class: one per engine

    @classmethod
    def shared(cls):
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def _stop_at_exit(self, lock) -> None:
        """Call last in ``__init__`` (atexit runs handlers last-registered first)."""
        self._synth_lock, self._closed = lock, False
        atexit.register(self.close)

    def close(self) -> None:
        """Stop synthesizing: wait for a clip in progress, refuse new ones."""
        if self._synth_lock.acquire(timeout=CLOSE_WAIT_S):
            self._closed = True
            self._synth_lock.release()
        else:
            self._closed = True

    @contextlib.contextmanager
    def _synthesizing(self):
        with self._synth_lock:
            if self._closed:
                raise SpeechError("the speech engine was stopped (voicecoach is exiting)")
            yield
