"""Every environment variable voicecoach reads, in one place (the README lists them).

- ``VOICECOACH_CACHE``: speech clip cache folder (default: the user cache dir + ``speech``).
- ``VOICECOACH_STATE``: where ``play`` keeps resume positions (default: the user state dir).
- ``VOICECOACH_CLOCK``: ``virtual`` runs ``play`` on a clock that jumps to each deadline
  (benchmarks and tests into ALSA's null device; never for listening).
- ``VOICECOACH_SPAN_S``: the longest span ``play`` hands the device at once, in seconds.
- ``VOICECOACH_DATA``: where the log of sessions done is kept (default: the user data dir).
- ``VOICECOACH_VOICES``: the folder of extra Piper voices (default: the user data dir + ``voices``).
- ``VOICECOACH_MODELS``: prepared copies of Piper voice models (default: the user cache dir +
  ``models``; derived from the voices, safe to delete).
- ``VOICECOACH_ENGINE``: ``espeak`` makes espeak the default voice for every language (an
  explicit voice still wins); unset, English gets the neural Piper voice when installed.
- ``VOICECOACH_DEBUG``: set to show a traceback instead of the one-line internal error.
- ``VOICECOACH_PROG``: how the user runs voicecoach, for the commands messages suggest
  (``scripts/voicecoach`` sets it to its own path; default: how this process was started).

Each is read when asked for, not at import, so tests may set them per run.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "voicecoach"


def _user_dir(variable: str, kind: str) -> Path:
    given = os.environ.get(variable) if variable else None
    if given:
        return Path(given)
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP))


def cache_dir() -> Path:
    """The speech clip cache."""
    given = os.environ.get("VOICECOACH_CACHE")
    return Path(given) if given else _user_dir("", "cache") / "speech"


def state_dir() -> Path:
    """Resume positions."""
    return _user_dir("VOICECOACH_STATE", "state")


def data_dir() -> Path:
    """The log of sessions done (``log.sqlite3``)."""
    return _user_dir("VOICECOACH_DATA", "data")


def voices_dir() -> Path:
    """Extra Piper voices: NAME.onnx + NAME.onnx.json."""
    given = os.environ.get("VOICECOACH_VOICES")
    return Path(given) if given else _user_dir("", "data") / "voices"


def models_dir() -> Path:
    """Prepared (already optimized) copies of Piper voice models."""
    given = os.environ.get("VOICECOACH_MODELS")
    return Path(given) if given else _user_dir("", "cache") / "models"


def preferred_engine() -> str | None:
    """``espeak`` or ``piper`` when VOICECOACH_ENGINE names one, else None (per language)."""
    given = (os.environ.get("VOICECOACH_ENGINE") or "").strip().lower()
    return given or None


def virtual_clock() -> bool:
    return os.environ.get("VOICECOACH_CLOCK") == "virtual"


def span_s() -> float | None:
    given = os.environ.get("VOICECOACH_SPAN_S")
    return float(given) if given else None


def debug() -> bool:
    return bool(os.environ.get("VOICECOACH_DEBUG"))


def prog_name() -> str:
    """The command a user types to run voicecoach, as they typed it: ``scripts/voicecoach``
    from a checkout (set by that script), ``python -m voicecoach``, else ``voicecoach``."""
    given = os.environ.get("VOICECOACH_PROG")
    if given:
        return given
    import sys

    if sys.argv and Path(sys.argv[0]).name == "__main__.py":
        return "python -m voicecoach"
    return "voicecoach"
