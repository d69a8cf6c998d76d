"""Shared pieces of the benchmarks: result rows, the run context, process timing and peak RSS."""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

RSS_PROBE = (
    "import resource, subprocess, sys\n"
    "proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "sys.stderr.buffer.write(proc.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(proc.returncode)\n"
)


class BenchError(Exception):
    """A measurement could not be taken (a command failed); the message says which."""


@dataclass
class Row:
    """One measured value, with its target when the issue sets one."""

    group: str
    name: str
    value: float | None  # None: not available (see note)
    unit: str
    target: str = ""  # e.g. "<= 1.0x baseline"
    passed: bool | None = None  # None: no target, or not measurable here
    note: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Bench:
    """What a measurement needs: mode, a scratch folder, and how to start voicecoach."""

    quick: bool
    work: Path
    repeats: int = 3
    extra: dict = field(default_factory=dict)
    engine: str = "espeak"  # default voice engine: espeak, or "piper" (the per-language default)

    def voicecoach(self, *args: str) -> list[str]:
        """The command a user runs: the installed console script, or ``python -m voicecoach``."""
        script = Path(sys.executable).with_name("voicecoach")
        return [str(script), *args] if script.exists() else [sys.executable, "-m", "voicecoach", *args]

    def env(self, cache: Path, **extra: str) -> dict:
        return {**self.engine_env(os.environ), "VOICECOACH_CACHE": str(cache), **extra}

    def engine_env(self, env) -> dict:
        """``env`` with the default voice this bench measures: espeak pinned, or the user default."""
        env = {k: v for k, v in env.items() if k != "VOICECOACH_ENGINE"}
        return {**env, "VOICECOACH_ENGINE": "espeak"} if self.engine == "espeak" else env

    def fresh_dir(self, name: str) -> Path:
        path = self.work / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path


def run_checked(cmd: list[str], env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise BenchError(f"{' '.join(cmd[:4])} … failed ({proc.returncode}): {last}")
    return proc


def timed(cmd: list[str], env: dict | None = None) -> float:
    """Wall-clock seconds of one whole process, start to exit."""
    started = time.perf_counter()
    run_checked(cmd, env)
    return time.perf_counter() - started


def peak_rss_mb(cmd: list[str], env: dict | None = None) -> float:
    """Peak RSS (MB) of ``cmd`` and its children, measured from a fresh probe process."""
    proc = run_checked([sys.executable, "-c", RSS_PROBE, *cmd], env)
    return int(proc.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict:
    """Where the numbers were taken."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    espeak = (
        subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
        .stdout.split("Data at")[0]
        .strip()
        if shutil.which("espeak-ng")
        else "not installed"
    )
    return {
        "cpu": cpu,
        "cores": cores,
        "memory": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "espeak-ng": espeak,
    }
