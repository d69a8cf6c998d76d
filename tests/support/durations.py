"""Clip lengths without a speech engine, for unit tests of timing logic."""

from __future__ import annotations

from voicecoach import SAMPLE_RATE


class FakeDurations:
    """Clip lengths without a speech engine: 60 ms per character, beeps of fixed length."""

    SOUNDS = {"start": 0.31, "end": 0.41, "tick": 0.06, "rest_over": 0.58}

    def speech(self, text: str) -> int:
        return int(len(text) * 0.06 * SAMPLE_RATE) + 1

    def sound(self, name: str) -> int:
        return int(self.SOUNDS.get(name, 0.3) * SAMPLE_RATE)
