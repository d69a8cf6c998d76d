"""A session's length without synthesizing speech (estimated clip lengths, as ``list`` does)."""

from __future__ import annotations

from functools import lru_cache

from voicecoach.model import Routine


@lru_cache(maxsize=256)
def estimated_seconds(routine: Routine) -> float:
    from voicecoach.beeps import Beeps
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.phrases import Phrases
    from voicecoach.speech.prerender import EstimatedDurations

    estimate = EstimatedDurations(Beeps(), routine.settings.rate)
    return compile_routine(routine, estimate, Phrases(routine.settings.language)).duration_s
