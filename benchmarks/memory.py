"""Memory: peak RSS of exporting (and playing, through ALSA's null device) a 10-minute and
a 2-hour routine, each in a fresh process with a warm cache."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.common import Bench, BenchError, Row, peak_rss_mb, run_checked
from benchmarks.routinegen import timed_routine

RSS_LIMIT_MB = 150
FLAT_MB = 20  # the long session may use at most this much more than the short one
NULL_ASOUNDRC = "pcm.!default { type null }\nctl.!default { type hw card 0 }\n"


def lengths(bench: Bench) -> tuple[float, float]:
    """Minutes of the short and long routine (quick, a smoke run: 1.5 and 3 minutes, one
    exercise and two)."""
    return (1.5, 3) if bench.quick else (10, 120)


def session_minutes(bench: Bench, routine: Path, cache: Path) -> float:
    proc = run_checked(bench.voicecoach("preview", str(routine), "--json"), bench.env(cache))
    return json.loads(proc.stdout)["duration"] / 60


def export_rss(bench: Bench, routine: Path, cache: Path) -> float:
    out = bench.fresh_dir("rss-out") / "session.wav"
    try:
        return peak_rss_mb(bench.voicecoach("export", str(routine), "-o", str(out)), bench.env(cache))
    finally:
        out.unlink(missing_ok=True)


def play_rss(bench: Bench, routine: Path, cache: Path) -> float:
    """``voicecoach play`` into ALSA's null device on a virtual clock: the real player code
    path (spans, render-ahead), as fast as it renders instead of in real time."""
    home = bench.fresh_dir("alsa-home")
    (home / ".asoundrc").write_text(NULL_ASOUNDRC, encoding="utf-8")
    env = bench.env(cache, HOME=str(home), VOICECOACH_CLOCK="virtual")
    return peak_rss_mb(bench.voicecoach("play", str(routine)), env)


def measure(bench: Bench) -> list[Row]:
    cache = bench.fresh_dir("rss-cache")
    short_min, long_min = lengths(bench)
    routines = [timed_routine(bench.work, m) for m in (short_min, long_min)]
    minutes = [session_minutes(bench, r, cache) for r in routines]  # also warms the cache
    rows: list[Row] = []
    for label, probe in (("export", export_rss), ("play (ALSA null device)", play_rss)):
        try:
            short, long = (probe(bench, r, cache) for r in routines)
        except BenchError as exc:
            rows.append(Row("Memory", f"peak RSS, {label}", None, "MB", note=f"not measured: {exc}"))
            continue
        rows.append(Row("Memory", f"peak RSS, {label}, {minutes[0]:.0f} min session", short, "MB"))
        rows.append(
            Row(
                "Memory",
                f"peak RSS, {label}, {minutes[1]:.0f} min session",
                long,
                "MB",
                f"<= {RSS_LIMIT_MB} MB and <= short + {FLAT_MB} MB",
                long <= RSS_LIMIT_MB and long - short <= FLAT_MB,
                f"+{long - short:.1f} MB over the {minutes[0]:.0f} min session",
            )
        )
    return rows
