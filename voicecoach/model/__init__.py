"""The routine model: validated, immutable, no I/O.

All times are seconds (``*_s``), all counts whole numbers >= 1.  ``None`` means
"not set here": an exercise's timing fields fall back to the routine settings.

The model is split by what it describes (``exercise``: Phase, Exercise, Settings;
``blocks``: the kinds of block; ``routine``: Unit, Routine and its JSON); every name is
imported from here, ``voicecoach.model``.
"""

from dataclasses import fields, replace

from voicecoach.model.blocks import BLOCK_KINDS, BLOCK_TYPES, Amrap, AnyBlock, Block, Circuit, Emom, Tabata
from voicecoach.model.exercise import SOUND_NAMES, VERBOSITIES, Exercise, Phase, Settings
from voicecoach.model.routine import MAX_SESSION_S, Routine, Unit
from voicecoach.phrases import POSITIONS  # lying, sitting, kneeling, standing

__all__ = [
    "Phase",
    "Settings",
    "Exercise",
    "Block",
    "AnyBlock",
    "Circuit",
    "Tabata",
    "Emom",
    "Amrap",
    "BLOCK_TYPES",
    "POSITIONS",
    "Unit",
    "Routine",
    "BLOCK_KINDS",
    "replace",
    "fields",
    "MAX_SESSION_S",
    "VERBOSITIES",
    "SOUND_NAMES",
]
