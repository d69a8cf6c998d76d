"""Speech: text -> PCM clips through pyttsx3, rendered once into a content-addressed cache.

Clips are mono 16-bit PCM at ``SAMPLE_RATE`` as numpy int16 arrays, trimmed of
leading/trailing silence so a cue's start is the start of the voice.
Platform-notes workarounds live in ``Pyttsx3Engine``: wait on the
``finished-utterance`` callback (``runAndWait`` returns early), one job per
run, re-synchronize properties after setting them, swallow the "Audio saved"
print, keep one engine per process.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
import time
import wave
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Protocol

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.errors import SpeechError
from voicecoach.wavio import read_wav_pcm, write_wav_atomic

ESPEAK_HELP = ("the speech engine needs libespeak-ng — install it with "
               "'sudo apt-get install libespeak-ng1' (Debian/Ubuntu), "
               "'sudo dnf install espeak-ng' (Fedora) or 'brew install espeak-ng' (macOS)")
SILENCE_LEVEL = 96          # |sample| below this counts as silence when trimming
LEAD_KEEP_S, TAIL_KEEP_S = 0.01, 0.04
SYNTH_TIMEOUT_S = 30        # one clip; espeak renders ~200x faster than real time
CLIP_FORMAT = "trim-fade-1"  # part of the cache key: bump when clip processing changes
MEMO_CLIPS = 64             # clips kept in memory (least recently used go): flat memory for long sessions


@dataclass(frozen=True)
class Voice:
    """How clips are spoken; part of every cache key."""

    voice: Optional[str] = None   # engine voice id (None: engine default)
    rate: int = 160               # words per minute
    volume: float = 1.0           # 0..1


class SpeechEngine(Protocol):
    name: str

    def synthesize(self, text: str, voice: Voice) -> np.ndarray:
        """Return the untrimmed clip as int16 mono samples at SAMPLE_RATE."""

    def voices(self) -> list:
        """The installed voices (objects with ``id``, ``name``, ``languages``)."""


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


class Pyttsx3Engine:
    """pyttsx3 (espeak-ng on Linux). One per process: use ``Pyttsx3Engine.shared()``."""

    name = "pyttsx3"
    _shared: Optional["Pyttsx3Engine"] = None
    _lock = threading.Lock()

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

    @classmethod
    def shared(cls) -> "Pyttsx3Engine":
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

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
        (platform notes), and a clip spoken at the wrong rate would be cached for good."""
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
        if not text.strip():   # the espeak driver loops forever on an empty text
            return np.zeros(0, np.int16)
        with self._lock:
            self._set("voice", voice.voice or self._default_voice)
            self._set("rate", voice.rate)
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
                raise SpeechError(f"speech engine did not finish speaking {text[:40]!r} — "
                                  "try again; if it persists, check 'espeak-ng \"test\"' works")
            return read_wav_pcm(path)


def trim_silence(pcm: np.ndarray) -> np.ndarray:
    """Drop leading/trailing near-silence, keeping a short margin."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) >= SILENCE_LEVEL)
    if loud.size == 0:
        return pcm[:0]
    start = max(0, int(loud[0]) - int(LEAD_KEEP_S * SAMPLE_RATE))
    end = min(len(pcm), int(loud[-1]) + 1 + int(TAIL_KEEP_S * SAMPLE_RATE))
    return _fade_edges(pcm[start:end])


def _fade_edges(pcm: np.ndarray, seconds: float = 0.005) -> np.ndarray:
    """Raised-cosine fade in and out, so a cut clip starts and ends at zero: no clicks."""
    n = min(int(seconds * SAMPLE_RATE), len(pcm) // 2)
    if n == 0:
        return pcm
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / n)
    out = pcm.astype(np.float64)
    out[:n] *= ramp
    out[len(out) - n:] *= ramp[::-1]
    return np.round(out).astype(np.int16)


def default_cache_dir() -> Path:
    env = os.environ.get("VOICECOACH_CACHE")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_cache_dir("voicecoach")) / "speech"


class SpeechClips:
    """Text -> trimmed clip, through a disk cache keyed by engine, voice, rate, volume, text."""

    def __init__(self, voice: Voice = Voice(), cache_dir: Optional[Path] = None,
                 engine: Optional[SpeechEngine] = None):
        self.voice = voice
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self._engine = engine
        self._memo: "OrderedDict[str, np.ndarray]" = OrderedDict()
        self._lengths: dict[str, int] = {}
        self.rendered = 0      # clips synthesized (cache misses) in this process

    @property
    def engine(self) -> SpeechEngine:
        if self._engine is None:
            self._engine = Pyttsx3Engine.shared()
        return self._engine

    def engine_name(self) -> str:
        return self._engine.name if self._engine is not None else Pyttsx3Engine.name

    def key(self, text: str) -> str:
        v = self.voice
        raw = "\x00".join([CLIP_FORMAT, self.engine_name(), str(v.voice), str(v.rate), f"{v.volume:.3f}", text])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def path_for(self, text: str) -> Path:
        key = self.key(text)
        return self.cache_dir / key[:2] / f"{key}.wav"

    def is_cached(self, text: str) -> bool:
        return text in self._memo or self.path_for(text).exists()

    def clip(self, text: str) -> np.ndarray:
        """The trimmed clip for ``text`` (int16, SAMPLE_RATE, mono)."""
        pcm = self._memo.get(text)
        if pcm is None:
            pcm = self._load_or_render(text)
            self._memo[text] = pcm
            if len(self._memo) > MEMO_CLIPS:
                self._memo.popitem(last=False)
        else:
            self._memo.move_to_end(text)
        return pcm

    def samples(self, text: str) -> int:
        length = self._lengths.get(text)
        if length is None:
            length = self._lengths[text] = len(self.clip(text))
        return length

    def prepare(self, texts: Iterable[str]) -> None:
        """Render every missing clip now (before timing-critical work)."""
        for text in dict.fromkeys(texts):
            self.clip(text)

    def _load_or_render(self, text: str) -> np.ndarray:
        path = self.path_for(text)
        if path.exists():
            try:
                return read_wav_pcm(path)
            except Exception:
                pass  # a damaged cache entry is rendered again
        pcm = trim_silence(self.engine.synthesize(text, self.voice))
        self.rendered += 1
        try:
            write_wav_atomic(path, pcm)
        except OSError:
            pass  # an unwritable cache only costs speed
        return pcm
