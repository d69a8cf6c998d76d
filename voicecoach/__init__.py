"""voicecoach: routines become timed, spoken sessions you play hands-free or export.

Pipeline: Routine (model) -> Timeline (compiler) -> PCM stream (render) -> play or export.
``import voicecoach`` needs no audio device and no speech engine.
"""

__version__ = "0.1.0"

SAMPLE_RATE = 22050  # Hz, mono, 16-bit: the speech engine's native format
