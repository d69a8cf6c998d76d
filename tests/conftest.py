import contextlib
import os
from pathlib import Path

import pytest

from voicecoach import SAMPLE_RATE

REPO = Path(__file__).resolve().parents[1]


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
    """Prepared Piper models (piper_engine.prepared_paths): one folder per run, shared by
    the xdist workers (the base temp folder's parent), never the user's. Writers replace
    the copy atomically, so workers racing to prepare it are safe."""
    path = run_root(tmp_path_factory) / "prepared-models"
    path.mkdir(exist_ok=True)
    os.environ["VOICECOACH_MODELS"] = str(path)
    return path


def run_root(tmp_path_factory) -> Path:
    """A folder shared by every xdist worker of this run (the base temp folder's parent
    under xdist), never shared with another run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def built_once(tmp_path_factory, name: str):
    """``with built_once(f, "name") as (folder, build):`` -- ``build`` is True for the one
    worker that must make what ``folder`` holds; the others wait on the lock, then find it
    made. For module fixtures that cost seconds: under xdist a module's tests spread over
    workers, and each worker ran the module fixture again (two cold Piper
    exports, 50 s, paid three times)."""
    folder = run_root(tmp_path_factory) / name
    with locked(folder):
        done = folder / ".built"
        yield folder, not done.exists()
        done.touch()


@contextlib.contextmanager
def locked(folder: Path):
    """An exclusive lock on ``folder`` (created if missing) across the run's workers."""
    import fcntl
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def drain(fd, seconds, until=None, proc=None):
    """What a pty shows within ``seconds``, stopping early once ``until`` was shown or
    ``proc`` has exited (and all it wrote was read): waits as long as a loaded machine needs,
    and no longer than an idle one does."""
    import select
    import time
    out, end = b"", time.monotonic() + seconds
    while time.monotonic() < end and not (until and until in out):
        if select.select([fd], [], [], 0.05)[0]:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
        elif proc is not None and proc.poll() is not None:
            break
    return out


class FakeDurations:
    """Clip lengths without a speech engine: 60 ms per character, beeps of fixed length."""

    SOUNDS = {"start": 0.31, "end": 0.41, "tick": 0.06, "rest_over": 0.58}

    def speech(self, text: str) -> int:
        return int(len(text) * 0.06 * SAMPLE_RATE) + 1

    def sound(self, name: str) -> int:
        return int(self.SOUNDS.get(name, 0.3) * SAMPLE_RATE)


@pytest.fixture
def fake_durations():
    return FakeDurations()


def run_cli(args, capsys=None):
    """``voicecoach ARGS`` in-process: (exit status, stdout, stderr), by ``voicecoach`` below,
    which captures the output itself (``capsys``, still passed by callers, is not needed)."""
    proc = voicecoach(*args)
    return proc.returncode, proc.stdout, proc.stderr


def voicecoach(*args, env=None, cwd=None):
    """``voicecoach ARGS`` run in this process, reported as ``subprocess.run`` would report it
    (returncode, stdout, stderr). For tests of what a command prints and writes: a new
    interpreter costs ~0.3 CPU-s (Python, numpy, click) and ~300 of them were most of the
    suite's time. Where the process is the point (play, signals, exit, the set-up scripts),
    tests still start one. ``env`` replaces the environment for the call, ``cwd`` the folder."""
    import io
    import subprocess
    import sys
    from voicecoach.cli.main import main
    saved = (dict(os.environ), os.getcwd(), sys.argv, sys.stdin, sys.stdout, sys.stderr)
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in range(2))
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        sys.argv = [str(REPO / "voicecoach" / "__main__.py"), *map(str, args)]   # "python -m voicecoach"
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), out, err
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        environ, folder, sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
        os.chdir(folder)
        os.environ.clear()
        os.environ.update(environ)
    text = [stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]
    return subprocess.CompletedProcess(["voicecoach", *map(str, args)], code, *text)


def restore_sigint():
    """preexec_fn for a child we will Ctrl-C: a shell's background job starts with SIGINT
    ignored, and Python keeps it ignored; a user at a terminal has it on."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# Tests that take longest on the wall clock (seconds, measured on the 2-core machine with 4
# to 8 workers): most wait on real playback, the Piper export holds the other workers' e2e tests
# behind its lock. scripts/test runs xdist's `load` scheduler one test at a time
# (--maxschedchunk 1): each worker starts with two tests, so every first pair holds one of
# these and they run at once instead of forming the tail. A renamed test only drops out of this.
LONGEST = {
    "test_play_live.py::test_paced_playback_keeps_the_wall_clock": 44,
    "test_play_live.py::test_media_key_next_over_mpris": 41,
    "test_play_live.py::test_ctrl_c_stops_fast_saves_and_resume_picks_up": 29,
    "test_bench.py::test_quick_bench_writes_table_and_json": 25,
    "test_circuits_e2e.py::test_play_waits_at_a_ready_step_until_space": 26,
    "test_mpris_playerctl.py::test_playerctl_sees_and_steers_a_playing_session": 23,
    "test_export_e2e.py::test_length_equals_timeline_to_the_sample[piper]": 19,
    "test_play_tty.py::test_keys_status_line_and_terminal_restored": 14,
    "test_music.py::test_foot_strength_with_ambient_is_ducked_clean_and_keeps_the_voice": 11,
    "test_export_formats.py::test_format_reads_back_with_chapters_tags_and_subtitles[.opus]": 9,
}


def pytest_collection_modifyitems(config, items):
    workers = getattr(config, "workerinput", {}).get("workercount", 1)
    items[:] = long_tests_first(items, workers, lambda item: LONGEST.get(item.nodeid.split("/")[-1]))


def long_tests_first(items, workers, seconds):
    """``items`` reordered for xdist's ``load`` scheduler with one test per send: the long
    items (``seconds(item)`` not None), longest first, each followed by one short item, so the
    first pair every worker is sent holds a long item; the short items keep their order."""
    long = sorted((i for i in items if seconds(i) is not None), key=seconds, reverse=True)
    rest = [i for i in items if seconds(i) is None]
    if workers < 2:
        return long + rest
    ordered = []
    for k, item in enumerate(long):
        ordered += [item] + rest[k:k + 1]
    return ordered + rest[len(long):]
