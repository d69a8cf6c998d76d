"""Live timing: ``voicecoach play`` of a generated 10-minute routine (quick: cut after 6 s)
through the paced ALSA capture, against a naive loop (benchmarks/naive_play.py: sleep, then
``pyttsx3.say()`` + ``runAndWait()`` per cue) captured the same way.

Stream lateness: per 20 ms block, how late it was complete against the wall clock (as a sound
card consuming it would see). Cue lateness: when each speech cue was heard (its first audible
sample in the capture) against session start + its place in the timeline.
"""

from __future__ import annotations

import json
import sys
import time
import wave
from pathlib import Path

import numpy as np

from benchmarks import liveaudio
from benchmarks.common import Bench, BenchError, Row, run_checked
from benchmarks.liveaudio import BYTES_PER_S, BurstCapture, PacedCapture
from benchmarks.routinegen import timed_routine

NAIVE = Path(__file__).with_name("naive_play.py")
P99_MS, MAX_MS, DRIFT_MS = 5.0, 20.0, 1.0  # |drift| <= 1 ms counts as no drift
QUICK_CUT_S = 6  # a smoke run: long enough for the first cues of both players


def prepare(bench: Bench, cache: Path) -> tuple[Path, dict, np.ndarray]:
    """The routine, its timeline (preview --json, which also warms the cache) and its export."""
    routine = timed_routine(bench.work, 1 if bench.quick else 10)
    env = bench.env(cache)
    preview = json.loads(run_checked(bench.voicecoach("preview", str(routine), "--json"), env).stdout)
    out = bench.fresh_dir("live-export") / "session.wav"
    run_checked(bench.voicecoach("export", str(routine), "-o", str(out)), env)
    with wave.open(str(out)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    return routine, preview, samples


def play_both(bench: Bench, routine: Path, preview: dict, cache: Path) -> tuple:
    """Run voicecoach and the naive loop side by side, each into its own paced capture."""
    timeline = bench.work / "live-preview.json"
    timeline.write_text(json.dumps(preview), encoding="utf-8")
    paced = PacedCapture(bench.fresh_dir("live-voicecoach"))
    naive_cap = BurstCapture(bench.fresh_dir("live-naive"))
    env = liveaudio.play_env(bench, paced, cache, bench.work / "live-state")
    player = liveaudio.start(bench.voicecoach("play", str(routine)), env)
    naive = liveaudio.start(
        [sys.executable, str(NAIVE), str(timeline)], {**naive_cap.env, "PYTHONUNBUFFERED": "1"}
    )
    try:
        length = QUICK_CUT_S if bench.quick else preview["duration"] + 5
        liveaudio.wait_first_byte(paced, player, 30)
        liveaudio.run_until(player, time.monotonic() + length)
        liveaudio.run_until(naive, paced.first_byte_at + length)
    finally:
        player_end, naive_end = liveaudio.stop(player), liveaudio.stop(naive)
        time.sleep(0.3)
        paced.close()
        naive_cap.close()
    if player.returncode not in (0, -2, 130):
        raise BenchError(f"voicecoach play failed: {player_end[1]}")
    return paced, naive_cap, naive_end


def cue_onsets(preview: dict, samples: np.ndarray) -> list[tuple[dict, int]]:
    """(cue, sample index of its first audible sample in the export) for each speech cue."""
    rate, onsets = preview["sample_rate"], []
    for cue in preview["cues"]:
        if cue["kind"] == "speech":
            lo, hi = round(cue["start"] * rate), round(cue["end"] * rate)
            audible = np.flatnonzero(samples[lo:hi])
            if audible.size:
                onsets.append((cue, lo + int(audible[0])))
    return onsets


def voicecoach_cues(paced: PacedCapture, onsets, samples: np.ndarray, rate: int) -> dict:
    """The k-th audible sample played is the export's k-th (the player only ever skips silence)."""
    played = np.flatnonzero(np.frombuffer(bytes(paced.data[: len(paced.data) // 2 * 2]), "<i2"))
    audible_before = np.cumsum(samples != 0)
    late, at = [], []
    for _, onset in onsets:
        k = int(audible_before[onset]) - 1
        if k >= played.size:
            break
        heard = paced.play_time(int(played[k]) * 2)
        late.append(heard - (paced.first_byte_at + onset / rate))
        at.append(onset / rate)
    return cue_stats(late, at)


def naive_cues(capture: BurstCapture, ended: tuple[str, str], onsets) -> dict:
    """Burst i is the i-th utterance (one ``aplay`` each); its first sample is the cue's start."""
    start = next(
        (float(line.split()[1]) for line in ended[0].splitlines() if line.startswith("start ")), None
    )
    if start is None:
        raise BenchError(f"the naive loop did not start: {ended[1]}")
    if len(capture.bursts) > len(onsets):
        raise BenchError(f"{len(capture.bursts)} sounds captured for {len(onsets)} cues")
    late = [t - (start + cue["start"]) for (_, t), (cue, _) in zip(capture.bursts, onsets, strict=False)]
    return cue_stats(late, [cue["start"] for cue, _ in onsets[: len(late)]])


def cue_stats(late: list[float], at: list[float]) -> dict:
    """Per-cue statistics; drift here is the last cue's lateness minus the first's."""
    result = liveaudio.stats_ms(late, at)
    result.update(drift=(late[-1] - late[0]) * 1000, last=late[-1] * 1000, first=late[0] * 1000)
    return result


def stream_rows(paced: PacedCapture, minutes: float) -> list[Row]:
    per_block = paced.block / BYTES_PER_S
    s = liveaudio.stats_ms(paced.lateness, [i * per_block for i in range(len(paced.lateness))])
    group, what = (
        "Live timing",
        f"voicecoach stream lateness ({minutes:.1f} min, {s['count']} blocks of 20 ms)",
    )
    return [
        Row(group, f"{what}, median", s["median"], "ms"),
        Row(group, f"{what}, p99", s["p99"], "ms", f"<= {P99_MS:g} ms", s["p99"] <= P99_MS),
        Row(group, f"{what}, max", s["max"], "ms", f"<= {MAX_MS:g} ms", s["max"] <= MAX_MS),
        Row(
            group,
            f"{what}, drift",
            s["drift"],
            "ms",
            f"0 (abs. drift <= {DRIFT_MS:g} ms)",
            abs(s["drift"]) <= DRIFT_MS,
            "least-squares slope of lateness x session length",
        ),
    ]


def cue_rows(who: str, s: dict, total: int) -> list[Row]:
    group, what = "Live timing", f"{who}: speech cue lateness ({s['count']} of {total} cues)"
    return [
        Row(group, f"{what}, median", s["median"], "ms"),
        Row(group, f"{what}, p99", s["p99"], "ms"),
        Row(group, f"{what}, max", s["max"], "ms"),
        Row(
            group,
            f"{what}, drift",
            s["drift"],
            "ms",
            "",
            None,
            f"last cue {s['last']:.1f} ms late, first {s['first']:.1f} ms",
        ),
    ]


def measure(bench: Bench) -> list[Row]:
    cache = bench.fresh_dir("live-cache")
    routine, preview, samples = prepare(bench, cache)
    paced, naive_cap, naive_end = play_both(bench, routine, preview, cache)
    onsets = cue_onsets(preview, samples)
    minutes = len(paced.data) / BYTES_PER_S / 60
    rows = stream_rows(paced, minutes)
    vc = voicecoach_cues(paced, onsets, samples, preview["sample_rate"])
    rows += cue_rows("voicecoach", vc, len(onsets))
    try:
        rows += cue_rows("naive pyttsx3 loop", naive_cues(naive_cap, naive_end, onsets), len(onsets))
    except BenchError as exc:
        rows.append(Row("Live timing", "naive pyttsx3 loop", None, "", note=f"not measured: {exc}"))
    return rows
