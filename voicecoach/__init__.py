"""voicecoach: routines become timed, spoken sessions you play hands-free or export.

Pipeline: Routine (model) -> Timeline (compiler) -> PCM stream (render) -> play or export.
``import voicecoach`` needs no audio device and no speech engine.
"""

import os

# voicecoach multiplies no matrices: OpenBLAS's thread pool, which numpy starts on import with a
# thread a core, only costs every command ~0.04 CPU-s (docs/platform.md). A user's value stands.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

SAMPLE_RATE = 22050  # Hz, mono, 16-bit: the speech engine's native format
