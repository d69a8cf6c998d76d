"""Fixtures and hooks only: the helpers tests import live in ``tests/support/``."""

import gc
import os
from pathlib import Path

import pytest

from support.durations import FakeDurations
from support.order import LONGEST, long_tests_first
from support.workers import run_root

# Tests not about the voice speak with espeak (fast: ~200x real time where Piper is ~25x);
# the Piper tests opt in with the ``neural`` fixture. Subprocesses inherit it.
os.environ["VOICECOACH_ENGINE"] = "espeak"


@pytest.fixture
def neural(monkeypatch):
    """Per-language default voices as a user gets them: Piper for English when installed."""
    monkeypatch.delenv("VOICECOACH_ENGINE", raising=False)


@pytest.fixture(scope="session", autouse=True)
def speech_cache(tmp_path_factory):
    """One speech cache for the whole run, never the user's. Under pytest-xdist each worker
    has its own (its own base temp folder): a worker renders exactly what a serial run would,
    so no test sees a clip another process re-rendered (espeak's output can differ by a few
    samples after a voice switch, docs/platform.md); the cost is a few seconds of synthesis."""
    path = Path(os.environ.get("VOICECOACH_TEST_CACHE") or tmp_path_factory.mktemp("speech-cache"))
    os.environ["VOICECOACH_CACHE"] = str(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def session_log(tmp_path_factory):
    """The session log (VOICECOACH_DATA) of this worker, never the user's: every play logs."""
    path = tmp_path_factory.mktemp("session-log")
    os.environ["VOICECOACH_DATA"] = str(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def prepared_models(tmp_path_factory):
    """Prepared Piper models (piper_load.prepared_paths): one folder per run, shared by
    the xdist workers (the base temp folder's parent), never the user's. Writers replace
    the copy atomically, so workers racing to prepare it are safe."""
    path = run_root(tmp_path_factory) / "prepared-models"
    path.mkdir(exist_ok=True)
    os.environ["VOICECOACH_MODELS"] = str(path)
    return path


@pytest.fixture
def fake_durations():
    return FakeDurations()


def pytest_configure(config):
    """Before any xdist worker starts (the controller, or a one-process run): Hypothesis's
    Unicode tables (``.hypothesis/unicode_data``), made once. Without them every worker whose
    first text strategy draws builds both itself, 3-4 CPU-s each (a loop over all 1.1 million
    code points), and in a fresh checkout three or four workers did so at once."""
    if hasattr(config, "workerinput"):
        return
    try:
        from hypothesis.internal.charmap import charmap, charmap_file, intervals_from_codec

        if not (charmap_file().exists() and charmap_file("codec-v2-utf-8").exists()):
            charmap()
            intervals_from_codec("utf-8")
    except Exception:  # noqa: BLE001 - a warm-up only: Hypothesis builds them itself if this fails
        pass


def pytest_collection_modifyitems(config, items):
    workers = getattr(config, "workerinput", {}).get("workercount", 1)
    items[:] = long_tests_first(items, workers, lambda item: LONGEST.get(item.nodeid.split("/")[-1]))


def pytest_collection_finish(session):
    """The collected modules, fixtures and items live as long as the worker: frozen out of the
    cyclic GC's reach, and young collections 14x rarer, so a full collection during a test no
    longer walks the whole collection's objects (docs/platform.md, test suite)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
