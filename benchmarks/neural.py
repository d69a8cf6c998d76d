"""The neural (Piper) voice, the default for English: foot-strength exported with an empty
cache against one Piper process with one thread synthesizing its distinct texts one after
another (measured in the same run); warm export; time to first sound; peak RSS of a 2-hour
export with an empty cache (render workers included: RUSAGE_CHILDREN's maximum)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from pathlib import Path

from benchmarks import first_sound
from benchmarks.common import Bench, BenchError, Row, median, peak_rss_mb, run_checked, timed
from benchmarks.routinegen import timed_routine

ROUTINE = "foot-strength"
COLD_TARGET = 0.6  # cold export <= this multiple of one single-thread Piper process
WARM_TARGET = 1000  # warm export >= this multiple of real time
WARM_S, COLD_S = 0.6, 1.5
RSS_LIMIT_MB = 400

SERIAL = """
import json, sys, time
from voicecoach.speech.engine import Voice
from voicecoach.speech.piper_engine import PiperEngine
from voicecoach.speech.piper_models import BUNDLED
texts = json.load(open(sys.argv[1]))
engine, voice = PiperEngine.shared(), Voice(BUNDLED, engine="piper")
started = time.perf_counter(); engine.synthesize("Ready.", voice); loaded = time.perf_counter() - started
started = time.perf_counter(); samples = sum(len(engine.synthesize(t, voice)) for t in texts)
print(json.dumps({"load": loaded, "synth": time.perf_counter() - started, "audio": samples / 22050}))
"""


def serial_piper(bench: Bench, texts: list[str]) -> dict:
    """One process, one onnxruntime thread, the texts one after another (model load apart)."""
    path = bench.work / "texts.json"
    path.write_text(json.dumps(texts), encoding="utf-8")
    proc = run_checked([sys.executable, "-c", SERIAL, str(path)], bench.env(bench.fresh_dir("serial-cache")))
    return json.loads(proc.stdout.strip().splitlines()[-1])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def measure(bench: Bench) -> list[Row]:
    """Every run but the "nothing prepared" one uses the voice's prepared copy, made first
    (as the set-up does on install): "empty cache" means the speech clip cache."""
    models = os.environ.get("VOICECOACH_MODELS")
    os.environ["VOICECOACH_MODELS"] = str(bench.fresh_dir("prepared-models"))
    try:
        return _measure(dataclasses.replace(bench, engine="piper"))
    finally:
        if models is None:
            os.environ.pop("VOICECOACH_MODELS", None)
        else:
            os.environ["VOICECOACH_MODELS"] = models


def _measure(neural: Bench) -> list[Row]:
    group = "Neural voice (Piper, en_US-joe-medium)"
    prepare = timed([sys.executable, "-m", "voicecoach.speech.piper_engine"], neural.engine_env(os.environ))
    cache = neural.fresh_dir("neural-probe-cache")
    proc = run_checked(neural.voicecoach("preview", ROUTINE, "--json"), neural.env(cache))
    timeline = json.loads(proc.stdout)
    if timeline["voice"]["engine"] != "piper":
        raise BenchError("the neural extra is not installed (pip install 'voicecoach[neural]')")
    texts = list(dict.fromkeys(c["text"] for c in timeline["cues"] if c["kind"] == "speech"))
    duration = float(timeline["duration"])
    cold, warm, serial, hashes = [], [], [], []
    for _ in range(neural.repeats):  # interleaved: the machine's load affects both alike
        serial.append(serial_piper(neural, texts))
        cache = neural.fresh_dir("neural-cache")
        out = neural.fresh_dir("neural-out")
        cold.append(
            timed(neural.voicecoach("export", ROUTINE, "-o", str(out / "cold.wav")), neural.env(cache))
        )
        warm.append(
            timed(neural.voicecoach("export", ROUTINE, "-o", str(out / "warm.wav")), neural.env(cache))
        )
        hashes += [sha256(out / "cold.wav"), sha256(out / "warm.wav")]
    synth = median([s["synth"] for s in serial])
    rows = [
        Row(
            group,
            f"one Piper process, one thread, {len(texts)} distinct texts serially",
            synth,
            "s",
            note=f"{serial[0]['audio']:.0f} s of speech, {serial[0]['audio'] / synth:.1f}x real time; "
            f"model load {median([s['load'] for s in serial]):.2f} s apart",
        ),
        Row(
            group,
            "WAV export, empty cache",
            median(cold),
            "s",
            f"<= {COLD_TARGET:g}x serial Piper ({COLD_TARGET * synth:.2f} s)",
            median(cold) <= COLD_TARGET * synth,
            f"{median(cold) / synth:.2f}x serial; whole process: workers, compile, mix, write",
        ),
        Row(
            group,
            f"distinct WAVs among {len(cold)} cold exports (each into an empty cache) and {len(warm)} warm",
            len(set(hashes)),
            "",
            "1 (byte-identical)",
            len(set(hashes)) == 1,
            f"sha256 {hashes[0][:12]}…",
        ),
        Row(
            group,
            "WAV export, warm cache",
            median(warm),
            "s",
            f">= {WARM_TARGET}x real time ({duration / WARM_TARGET:.2f} s)",
            duration / median(warm) >= WARM_TARGET,
            f"{duration / median(warm):.0f}x real time",
        ),
    ]
    warm_cache = neural.fresh_dir("neural-first-warm")
    run_checked(neural.voicecoach("preview", ROUTINE), neural.env(warm_cache))
    firsts_warm = [
        first_sound.first_sound(neural, warm_cache, f"neural-first-warm-{i}") for i in range(neural.repeats)
    ]
    firsts_cold = [
        first_sound.first_sound(neural, neural.fresh_dir(f"neural-first-cache-{i}"), f"neural-first-cold-{i}")
        for i in range(neural.repeats)
    ]
    for name, values, target in (("warm", firsts_warm, WARM_S), ("empty", firsts_cold, COLD_S)):
        rows.append(
            Row(
                group,
                f"first sound, {name} cache",
                median(values),
                "s",
                f"<= {target:g} s",
                median(values) <= target,
                ", ".join(f"{v:.3f}" for v in values) + " s",
            )
        )
    os.environ["VOICECOACH_MODELS"] = str(neural.fresh_dir("models-not-prepared"))
    first_ever = first_sound.first_sound(
        neural, neural.fresh_dir("neural-first-ever-cache"), "neural-first-ever"
    )
    rows += [
        Row(
            group,
            "first sound, first run after install (voice not yet prepared)",
            first_ever,
            "s",
            note="the run that saves the prepared copy; the set-up makes it on install",
        ),
        Row(
            group,
            "prepare the voice (python -m voicecoach.speech.piper_engine)",
            prepare,
            "s",
            note="once per install: the model with its graph optimized, 63 MB",
        ),
    ]
    minutes = 20 if neural.quick else 120
    routine = timed_routine(neural.work, minutes)
    out = neural.fresh_dir("neural-rss-out") / "long.wav"
    rss = peak_rss_mb(
        neural.voicecoach("export", str(routine), "-o", str(out)),
        neural.env(neural.fresh_dir("neural-rss-cache")),
    )
    with open(out, "rb") as f:
        f.seek(40)
        length_min = int.from_bytes(f.read(4), "little") / 2 / 22050 / 60
    rows.append(
        Row(
            group,
            f"peak RSS, export of a {length_min:.0f} min session, empty cache",
            rss,
            "MB",
            f"<= {RSS_LIMIT_MB} MB",
            rss <= RSS_LIMIT_MB,
            "largest process: main or a render worker",
        )
    )
    return rows
