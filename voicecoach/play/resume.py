"""Where a live session stopped, so ``play --resume`` can pick up at that exercise.

One small JSON file in the user state dir (``platformdirs``; ``VOICECOACH_STATE`` overrides),
keyed by the routine's resolved path and title, written atomically.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from voicecoach import environment
from voicecoach.files import write_text_atomic

FILE = "positions.json"


def state_dir() -> Path:
    return environment.state_dir()


def routine_key(path: Path, title: str) -> str:
    return f"{Path(path).resolve()}\x00{title}"


def _read(folder: Path) -> dict:
    try:
        data = json.loads((folder / FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, RecursionError):  # damaged (a deeply nested file): start afresh
        return {}


def _write(folder: Path, data: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_text_atomic(folder / FILE, json.dumps(data, indent=1))


def save(key: str, exercise: int, position_s: float) -> bool:
    """Remember the exercise (1-based; 0: before the first) playing at ``position_s``.
    Returns False if the state dir cannot be written (resuming is a convenience)."""
    folder = state_dir()
    data = _read(folder)
    data[key] = {"exercise": exercise, "position_s": round(position_s, 3), "saved": time.time()}
    try:
        _write(folder, data)
        return True
    except OSError:
        return False


def load(key: str) -> dict | None:
    entry = _read(state_dir()).get(key)
    return entry if isinstance(entry, dict) and isinstance(entry.get("exercise"), int) else None


def forget(key: str) -> None:
    """Drop the saved position (the session was played to its end)."""
    folder = state_dir()
    data = _read(folder)
    if data.pop(key, None) is not None:
        try:
            _write(folder, data)
        except OSError:
            pass
