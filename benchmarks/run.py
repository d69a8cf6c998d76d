"""Run the benchmarks and write docs/benchmarks.md and docs/benchmarks.json.

    python -m benchmarks.run [--quick] [--out DIR] [--strict] [--skip NAME]...

Each entry of ``MEASUREMENTS`` is a module with ``measure(bench) -> list[Row]``;
live timing and time to first sound plug in the same way.
"""

from __future__ import annotations

import argparse
import datetime
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import (
    common,
    compile_time,
    export_speed,
    first_sound,
    importer,
    live_timing,
    memory,
    music,
    neural,
    report,
)

# All but ``neural`` speak with espeak (Bench.engine), so their numbers stay comparable.
MEASUREMENTS = (export_speed, memory, compile_time, first_sound, live_timing, music, neural, importer)
DOCS = Path(__file__).resolve().parents[1] / "docs"
NOTES = [
    "## Notes",
    "",
    "- Export times are whole `voicecoach export` processes, start to exit (median of the repeats);",
    "  the empty-cache run renders every speech clip with pyttsx3, in parallel worker processes.",
    "- The baseline is what a shell loop pays: `espeak-ng -w out.wav -s 160 TEXT` once per unique",
    "  phrase of the session, with no timeline, beeps or mixing.",
    "- Peak RSS is `ru_maxrss` of the process tree (RUSAGE_CHILDREN), each run in a fresh process with",
    "  a warm cache. Play runs into ALSA's null device, which consumes audio without real-time pacing.",
    "- Live timing: `voicecoach play` of a generated routine into a FIFO that a reader drains at exactly",
    "  44100 B/s (tests/support/alsacapture.py), so stream lateness is what a sound card consuming 20 ms blocks",
    "  would see. Cue lateness: when each speech cue's first audible sample was heard vs session start",
    "  (first byte) + its place in the timeline. The naive baseline (benchmarks/naive_play.py) plays the",
    "  same speech cues with chained `time.sleep` + `pyttsx3.say()`/`runAndWait()` (one `aplay` per cue,",
    "  each a burst on its own clock); its session start is when its loop began. Both run at the same time,",
    "  each into its own capture, for the session's length (cues the naive loop had not reached by then",
    "  are left out, so its figures are a lower bound). Voicecoach drift: least-squares slope x length.",
    "- MP3 is bounded by the encoder: one LAME stream (lameenc, single-threaded, quality 5) encodes",
    "  30 minutes of speech in about 2.2 s here (~800x real time; warm MP3 minus warm WAV), so MP3 cannot",
    "  reach 1000x end to end, and the cold run pays it on top of speech rendering. Splitting the stream",
    "  across cores would need frame-exact joins (encoder delay, bit reservoir) to keep chapters exact.",
    "- Time to first sound: command start to the first captured byte of `voicecoach play foot-strength`.",
    "- Every section but the neural one pins espeak (VOICECOACH_ENGINE=espeak). The neural section uses the",
    "  default English voice, Piper en_US-joe-medium, in render workers of one onnxruntime thread each,",
    "  one per core; its baseline is one such process synthesizing the session's distinct texts one after",
    "  another, measured in the same run (interleaved with the exports, so load on the machine hits both).",
    '  "Empty cache" is the speech clip cache; the voice\'s prepared copy (the model with its graph already',
    "  optimized, made once per install by the set-up or the first load) exists, as on a user's machine",
    '  after the first run. The "first run after install" row is a play with nothing prepared yet.',
    "- Article import: `import_source` in process, warm (second call on); the 100-page PDF once. Most of",
    "  a PDF's time is pdfminer interpreting each page (about 0.03 s a page); pdfplumber's table finder runs",
    "  only on pages with rules. Memory is the peak of Python allocations (tracemalloc), which grows with",
    "  the text kept, not the pages parsed.",
    "- The first byte of a play is the lead-in's silence (0.5 s, for Bluetooth headphones); the player",
    "  starts the device only once the intro is ready, so first sound is when the session starts.",
]


def parse(argv) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="short sessions, one repeat (a smoke run)")
    ap.add_argument("--out", type=Path, default=DOCS, help="folder for benchmarks.md/.json (default: docs/)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out a measurement, e.g. neural (repeatable)",
    )
    return ap.parse_args(argv)


def run(quick: bool, work: Path, skip=()) -> list[common.Row]:
    bench = common.Bench(quick=quick, work=work, repeats=1 if quick else 3)
    rows: list[common.Row] = []
    for module in MEASUREMENTS:
        name = module.__name__.rsplit(".", 1)[-1]
        if name in skip:
            continue
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        try:
            rows += module.measure(bench)
        except common.BenchError as exc:
            rows.append(common.Row(name, name, None, "", note=f"not measured: {exc}"))
    return rows


def main(argv=None) -> int:
    args = parse(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="voicecoach-bench-"))
    try:
        rows = run(args.quick, work, args.skip)
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(work, ignore_errors=True)
    meta = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "quick": args.quick,
        "seconds": time.perf_counter() - started,
        "machine": common.machine(),
        "notes": NOTES,
    }
    md, _ = report.write(args.out, rows, meta)
    print(md.read_text(encoding="utf-8"))
    missed = [r for r in rows if r.passed is False]
    for row in missed:
        print(
            f"bench: target missed: {row.group}: {row.name}: {report.fmt_value(row)} (target {row.target})",
            file=sys.stderr,
        )
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
