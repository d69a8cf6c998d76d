"""Time to first sound: ``voicecoach play foot-strength`` from command start to the first
byte the paced ALSA capture hears, with a warm speech cache and with an empty one."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import liveaudio
from benchmarks.common import Bench, Row, median, run_checked
from benchmarks.liveaudio import PacedCapture

ROUTINE = "foot-strength"
QUICK_ROUTINE = "box-breathing"  # --quick, a smoke run: 18 texts to render, not 133
WARM_S, COLD_S = 0.5, 1.5


def routine(bench: Bench) -> str:
    return QUICK_ROUTINE if bench.quick else ROUTINE


def first_sound(bench: Bench, cache: Path, name: str) -> float:
    """Seconds from starting ``voicecoach play`` to its first captured byte; then Ctrl-C."""
    folder = bench.fresh_dir(name)
    paced = PacedCapture(folder)
    env = liveaudio.play_env(bench, paced, cache, folder / "state")
    started = time.monotonic()
    proc = liveaudio.start(bench.voicecoach("play", routine(bench)), env)
    try:
        return liveaudio.wait_first_byte(paced, proc, 30) - started
    finally:
        liveaudio.stop(proc)
        paced.close()


def measure(bench: Bench) -> list[Row]:
    cold = [
        first_sound(bench, bench.fresh_dir(f"first-cache-{i}"), f"first-cold-{i}")
        for i in range(bench.repeats)
    ]
    cache = bench.fresh_dir("first-cache-warm")
    run_checked(bench.voicecoach("preview", routine(bench)), bench.env(cache))  # renders every clip
    warm = [first_sound(bench, cache, f"first-warm-{i}") for i in range(bench.repeats)]
    group, runs = (
        f"Time to first sound ({routine(bench)})",
        f"median of {bench.repeats}: " if bench.repeats > 1 else "",
    )
    return [
        Row(
            group,
            "first sound, warm cache",
            median(warm),
            "s",
            f"<= {WARM_S:g} s",
            median(warm) <= WARM_S,
            f"{runs}{', '.join(f'{v:.3f}' for v in warm)} s",
        ),
        Row(
            group,
            "first sound, empty cache",
            median(cold),
            "s",
            f"<= {COLD_S:g} s",
            median(cold) <= COLD_S,
            f"{runs}{', '.join(f'{v:.3f}' for v in cold)} s",
        ),
    ]
