"""The beeps: packaged WAVs in ``sounds/`` (see scripts/make_sounds.py), overridable per routine."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import numpy as np

from voicecoach.errors import InputError
from voicecoach.wav import read_wav_pcm

BUILTIN = ("start", "end", "tick", "rest_over", "confirm")


class Beeps:
    """Sound name -> int16 PCM at SAMPLE_RATE. ``overrides`` maps a name (or a path used
    as an exercise's ``sound``) to a WAV file."""

    def __init__(self, overrides: Mapping[str, str] | None = None):
        self.overrides = dict(overrides or {})
        self._memo: dict[str, np.ndarray] = {}

    def pcm(self, name: str) -> np.ndarray:
        if name not in self._memo:
            self._memo[name] = self._load(name)
        return self._memo[name]

    def check(self, names) -> None:
        """Load ``names`` now: a missing or unreadable file is an InputError naming it."""
        for name in names:
            self.pcm(name)

    def samples(self, name: str) -> int:
        return len(self.pcm(name))

    def _load(self, name: str) -> np.ndarray:
        override = self.overrides.get(name)
        if override is None and name in BUILTIN:
            with resources.as_file(resources.files("voicecoach") / "sounds" / f"{name}.wav") as p:
                return read_wav_pcm(p)
        path = Path(override or name)
        try:
            return read_wav_pcm(path)
        except FileNotFoundError:
            raise InputError(
                f"sound file not found: {path} — check the path in settings.sounds or the exercise's sound"
            ) from None
        except Exception as exc:
            raise InputError(f"cannot read sound file {path}: {exc} — use a PCM WAV file") from None
