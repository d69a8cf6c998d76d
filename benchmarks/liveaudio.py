"""Shared pieces of the live-playback benchmarks: ``voicecoach play`` (or any command) into
the paced ALSA capture of tests/support/alsacapture.py, stopping it, and lateness statistics."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from benchmarks.common import Bench, BenchError  # noqa: E402
from support.alsacapture import BYTES_PER_S, BurstCapture, PacedCapture  # noqa: E402,F401


def start(cmd: list[str], env: dict) -> subprocess.Popen:
    """Start ``cmd`` as a user would, with Ctrl-C (SIGINT) doing its default thing."""
    return subprocess.Popen(
        cmd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def play_env(bench: Bench, paced: PacedCapture, cache: Path, state: Path) -> dict:
    return {**bench.engine_env(paced.env), "VOICECOACH_CACHE": str(cache), "VOICECOACH_STATE": str(state)}


def wait_first_byte(paced: PacedCapture, proc: subprocess.Popen, timeout: float) -> float:
    """Monotonic time of the first captured byte; BenchError if the process ends first."""
    end = time.monotonic() + timeout
    while paced.first_byte_at is None:
        if proc.poll() is not None or time.monotonic() > end:
            raise BenchError(f"no sound from {' '.join(proc.args[-2:])}: {stop(proc)[1]}")
        time.sleep(0.001)
    return paced.first_byte_at


def run_until(proc: subprocess.Popen, deadline: float) -> None:
    """Let ``proc`` run until it exits or ``deadline`` (monotonic) passes."""
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    """Ctrl-C ``proc`` if still running; return its stdout and its last line of stderr."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    return out, (err.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]


def stats_ms(late_s: list[float], at_s: list[float]) -> dict:
    """Median, p99 and max lateness, and drift: the least-squares slope of lateness over
    time times the span covered (what accumulates, robust to single outliers)."""
    if len(late_s) < 2:
        raise BenchError(f"only {len(late_s)} lateness samples")
    late, at = np.asarray(late_s) * 1000, np.asarray(at_s)
    slope = np.polyfit(at, late, 1)[0] if np.ptp(at) > 0 else 0.0
    return {
        "median": float(np.median(late)),
        "p99": float(np.percentile(late, 99)),
        "max": float(late.max()),
        "drift": float(slope * np.ptp(at)),
        "count": len(late),
    }
