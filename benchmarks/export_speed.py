"""Export speed: foot-strength to WAV (and MP3 when the export supports it), cold and warm
cache (--quick, the smoke run the test suite pays for: a generated 1.5-minute routine, WAV only), whole CLI processes, against the espeak-ng CLI rendering the same phrases one
process each (a shell loop's cost)."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.common import Bench, BenchError, Row, median, run_checked, timed
from benchmarks.routinegen import timed_routine

ROUTINE = "foot-strength"
QUICK_MINUTES = 1.5  # one generated exercise: a smoke run of the same steps
RATE = 160  # words per minute: foot-strength's (the default) rate
COLD_TARGET = 1.0  # cold export time <= this multiple of the baseline's
WARM_TARGET = 1000  # warm export >= this multiple of real time


def routine_spec(bench: Bench) -> str:
    if not bench.quick:
        return ROUTINE
    if "quick_routine" not in bench.extra:
        bench.extra["quick_routine"] = str(timed_routine(bench.work, QUICK_MINUTES))
    return bench.extra["quick_routine"]


def session_phrases(bench: Bench, cache: Path) -> tuple[list[str], float]:
    """The unique speech texts of the timeline, in order, and the session length in seconds."""
    proc = run_checked(bench.voicecoach("preview", routine_spec(bench), "--json"), bench.env(cache))
    timeline = json.loads(proc.stdout)
    texts = dict.fromkeys(c["text"] for c in timeline["cues"] if c["kind"] == "speech")
    return list(texts), float(timeline["duration"])


def espeak_baseline(texts: list[str], folder: Path) -> float:
    """Seconds for ``espeak-ng -w out.wav -s RATE TEXT``, one process per phrase."""
    if shutil.which("espeak-ng") is None:
        raise BenchError("espeak-ng is not installed (apt-get install espeak-ng)")
    started = time.perf_counter()
    for i, text in enumerate(texts):
        subprocess.run(
            ["espeak-ng", "-w", str(folder / f"{i}.wav"), "-s", str(RATE), text],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return time.perf_counter() - started


def export_times(bench: Bench, fmt: str) -> tuple[float, float]:
    """Median seconds of a cold-cache and a warm-cache export to ``fmt``."""
    cold, warm = [], []
    for _ in range(bench.repeats):
        cache = bench.fresh_dir(f"export-cache-{fmt}")
        out = bench.fresh_dir("export-out")
        cmd = bench.voicecoach("export", routine_spec(bench), "-o", str(out / f"cold.{fmt}"))
        cold.append(timed(cmd, bench.env(cache)))
        cmd = bench.voicecoach("export", routine_spec(bench), "-o", str(out / f"warm.{fmt}"))
        warm.append(timed(cmd, bench.env(cache)))
    return median(cold), median(warm)


def mp3_available(bench: Bench, cache: Path) -> str:
    """'' when ``export -o x.mp3`` works, else why not."""
    out = bench.fresh_dir("mp3-probe") / "probe.mp3"
    proc = subprocess.run(
        bench.voicecoach("export", ROUTINE, "-o", str(out)),
        env=bench.env(cache),
        capture_output=True,
        text=True,
    )
    if proc.returncode == 0 and out.exists():
        return ""
    return (proc.stderr.strip().splitlines() or ["export failed"])[-1].replace(str(out), "x.mp3")


def measure(bench: Bench) -> list[Row]:
    cache = bench.fresh_dir("export-probe-cache")
    texts, duration = session_phrases(bench, cache)
    baseline = median([espeak_baseline(texts, bench.fresh_dir("espeak-out")) for _ in range(bench.repeats)])
    group = "Export speed"
    rows = [
        Row(
            group,
            f"espeak-ng CLI baseline ({len(texts)} phrases, one process each)",
            baseline,
            "s",
            note=f"{duration / baseline:.0f}x real time; phrases only, no timeline or mixing",
        )
    ]
    why_not = "" if bench.quick else mp3_available(bench, cache)
    for fmt in ("wav",) if bench.quick else ("wav", "mp3"):
        if fmt == "mp3" and why_not:
            rows.append(Row(group, "MP3 export", None, "s", note=f"not available: {why_not}"))
            continue
        cold, warm = export_times(bench, fmt)
        rows.append(
            Row(
                group,
                f"{fmt.upper()} export, empty cache",
                cold,
                "s",
                f"<= {COLD_TARGET:.1f}x baseline ({COLD_TARGET * baseline:.2f} s)",
                cold <= COLD_TARGET * baseline,
                f"{cold / baseline:.2f}x baseline, {duration / cold:.0f}x real time",
            )
        )
        rows.append(
            Row(
                group,
                f"{fmt.upper()} export, warm cache",
                warm,
                "s",
                f">= {WARM_TARGET}x real time ({duration / WARM_TARGET:.2f} s)",
                duration / warm >= WARM_TARGET,
                f"{duration / warm:.0f}x real time",
            )
        )
    bench.extra["session_s"] = duration
    return rows
