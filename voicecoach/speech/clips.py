"""Speech clips: text -> trimmed PCM through a content-addressed disk cache.

Clips are mono 16-bit PCM at ``SAMPLE_RATE`` as numpy int16 arrays, trimmed of
leading/trailing silence so a cue's start is the start of the voice, and never louder than
PEAK_CEILING (-1 dBFS): a louder clip is scaled down as it is rendered, so speech never
reaches full scale and live play, which reads the same cached clip, stays equal to export.
The cache key names the clip format, the engine, the voice, rate, volume and text, so
a clip is synthesized once per way of saying it. A cached clip is used only when it is
what the cache's index (cacheindex.py) recorded; a damaged one is rendered again.
"""

from __future__ import annotations

import hashlib
import wave
from collections import OrderedDict
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE, environment
from voicecoach.speech.cacheindex import ClipIndex, digest
from voicecoach.speech.engine import SpeechEngine, Voice, cache_identity, get_engine
from voicecoach.speech.pieces import spoken_pieces
from voicecoach.speech.wording import said_text
from voicecoach.wav import pcm_of_wav_bytes, write_wav_atomic

SILENCE_LEVEL = 96  # |sample| below this counts as silence when trimming
LEAD_KEEP_S, TAIL_KEEP_S = 0.01, 0.04
# part of the cache key: bump when clip processing changes (3: peak ceiling and calibrated rates)
CLIP_FORMAT = "trim-fade-peak-3"
PEAK_CEILING = 29204  # -1 dBFS: the loudest sample a clip may have
WAV_HEADER = 44  # bytes before the samples in a cached clip (wav.wav_bytes)
MEMO_CLIPS = 64  # clips kept in memory (least recently used go): flat memory for long sessions


def trim_silence(pcm: np.ndarray) -> np.ndarray:
    """Drop leading/trailing near-silence, keeping a short margin."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) >= SILENCE_LEVEL)
    if loud.size == 0:
        return pcm[:0]
    start = max(0, int(loud[0]) - int(LEAD_KEEP_S * SAMPLE_RATE))
    end = min(len(pcm), int(loud[-1]) + 1 + int(TAIL_KEEP_S * SAMPLE_RATE))
    return _fade_edges(pcm[start:end])


def synthesize_bounded(engine: SpeechEngine, text: str, voice: Voice) -> np.ndarray:
    """The engine's clip for ``text``; a text longer than pieces.PIECE_MAX_CHARS is spoken
    piece by piece (each trimmed), with a short pause between pieces."""
    pieces = spoken_pieces(text)
    if len(pieces) == 1:
        return engine.synthesize(text, voice)
    parts: list[np.ndarray] = []
    for piece, pause in pieces:
        if parts:
            parts.append(np.zeros(int(pause * SAMPLE_RATE), np.int16))
        parts.append(trim_silence(engine.synthesize(piece, voice)))
    return np.concatenate(parts).astype(np.int16)


def limit_peak(pcm: np.ndarray) -> np.ndarray:
    """``pcm`` scaled down so that its loudest sample is PEAK_CEILING; unchanged if it is
    already at or below it (a quiet voice, or a low ``volume``, stays as it is)."""
    peak = int(np.abs(pcm.astype(np.int32)).max()) if len(pcm) else 0
    if peak <= PEAK_CEILING:
        return pcm
    return np.round(pcm.astype(np.float64) * (PEAK_CEILING / peak)).astype(np.int16)


def _fade_edges(pcm: np.ndarray, seconds: float = 0.005) -> np.ndarray:
    """Raised-cosine fade in and out, so a cut clip starts and ends at zero: no clicks."""
    n = min(int(seconds * SAMPLE_RATE), len(pcm) // 2)
    if n == 0:
        return pcm
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / n)
    out = pcm.astype(np.float64)
    out[:n] *= ramp
    out[len(out) - n :] *= ramp[::-1]
    return np.round(out).astype(np.int16)


class SpeechClips:
    """Text -> trimmed clip, through a disk cache keyed by engine, voice, rate, volume, text."""

    def __init__(
        self, voice: Voice = Voice(), cache_dir: Path | None = None, engine: SpeechEngine | None = None
    ):
        self.voice = voice
        self.cache_dir = Path(cache_dir) if cache_dir else environment.cache_dir()
        self._engine = engine
        self._injected = engine is not None
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lengths: dict[str, int] = {}
        self._identity: tuple | None = None
        self.index = ClipIndex(self.cache_dir)
        self.rendered = 0  # clips synthesized (cache misses) in this process

    @property
    def engine(self) -> SpeechEngine:
        """The injected engine, else the process's engine named by the voice (started on first use)."""
        if self._engine is None:
            self._engine = get_engine(self.voice.engine)
        return self._engine

    @property
    def engine_injected(self) -> bool:
        """True when an engine object was handed in (render workers cannot rebuild it by name)."""
        return self._injected

    def engine_name(self) -> str:
        return self._engine.name if self._engine is not None else self.voice.engine

    def engine_identity(self) -> str:
        """The engine's part of the key (an injected engine: its name; else the registry's
        ``cache_identity``, e.g. Piper's model hash), computed once per voice."""
        if self._identity is None or self._identity[0] != self.voice:
            ident = (
                self._engine.name
                if self._injected and self._engine is not None
                else cache_identity(self.voice)
            )
            self._identity = (self.voice, ident)
        return self._identity[1]

    def key(self, text: str) -> str:
        """The clip's cache key: of the text as it is said (``wording.said_text``), so a text
        said like another shares its clip."""
        v = self.voice
        raw = "\x00".join(
            [
                CLIP_FORMAT,
                self.engine_identity(),
                str(v.voice),
                str(v.rate),
                f"{v.volume:.3f}",
                said_text(text),
            ]
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def path_for(self, text: str) -> Path:
        key = self.key(text)
        return self.cache_dir / key[:2] / f"{key}.wav"

    def is_cached(self, text: str) -> bool:
        """True when the clip is in memory, or its file is in the index with the recorded size
        (its hash is checked when it is read)."""
        if text in self._memo:
            return True
        entry = self.index.entry(self.key(text))
        try:
            return entry is not None and self.path_for(text).stat().st_size == WAV_HEADER + 2 * entry[0]
        except OSError:
            return False

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

    def _load_or_render(self, text: str) -> np.ndarray:
        key = self.key(text)
        pcm = self._cached(key, self.path_for(text))
        if pcm is not None:
            return pcm
        pcm = limit_peak(trim_silence(synthesize_bounded(self.engine, said_text(text), self.voice)))
        self.rendered += 1
        try:
            data = write_wav_atomic(self.path_for(text), pcm)
            self.index.record(key, len(pcm), digest(data))
        except OSError:
            pass  # an unwritable cache only costs speed
        return pcm

    def _cached(self, key: str, path: Path) -> np.ndarray | None:
        """The cached clip if its file is exactly what the index recorded, else None (cut,
        replaced, noise, no entry: rendered again)."""
        entry = self.index.entry(key)
        if entry is None:
            return None
        try:
            data = path.read_bytes()
            if digest(data) != entry[1]:
                return None
            pcm = pcm_of_wav_bytes(data)
        except (OSError, EOFError, ValueError, wave.Error):
            return None
        return pcm if len(pcm) == entry[0] else None
