"""What the pytest-xdist workers of one run share: a folder, a lock on it, a thing built once."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import pytest


def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder shared by every xdist worker of this run (the base temp folder's parent
    under xdist), never shared with another run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def built_once(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[Path, bool]]:
    """``with built_once(f, "name") as (folder, build):`` -- ``build`` is True for the one
    worker that must make what ``folder`` holds; the others wait on the lock, then find it
    made. For module fixtures that cost seconds: under xdist a module's tests spread over
    workers, and each worker would otherwise run the module fixture again."""
    folder = run_root(tmp_path_factory) / name
    with locked(folder):
        done = folder / ".built"
        yield folder, not done.exists()
        done.touch()


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder`` (created if missing) across the run's workers."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
