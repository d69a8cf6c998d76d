"""Compile time of a 1,000-exercise routine, in process, with real clip lengths from a warm cache."""

from __future__ import annotations

import os
import time

from benchmarks.common import Bench, Row
from benchmarks.routinegen import many_exercises

COMPILE_LIMIT_S = 1.0


class LengthTable:
    """Real clip lengths, read from the cache beforehand so only the compiler is timed."""

    def __init__(self, clips, beeps, texts):
        self.clips, self.beeps = clips, beeps
        self.lengths = {text: clips.samples(text) for text in texts}

    def speech(self, text: str) -> int:
        if text not in self.lengths:  # the estimate missed it (an intro stating another length)
            self.lengths[text] = self.clips.samples(text)
        return self.lengths[text]

    def sound(self, name: str) -> int:
        return self.beeps.samples(name)


def best_of(repeats: int, fn):
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def measure(bench: Bench) -> list[Row]:
    """Runs in this process, so the bench's engine (espeak, like the other sections) is set here
    for the measurement only; the sections after it see the environment unchanged. Without it
    the clips were rendered by Piper: 23 s of a 71 s quick run."""
    saved = os.environ.get("VOICECOACH_ENGINE")
    if bench.engine == "espeak":
        os.environ["VOICECOACH_ENGINE"] = "espeak"
    try:
        return _measure(bench)
    finally:
        if saved is None:
            os.environ.pop("VOICECOACH_ENGINE", None)
        else:
            os.environ["VOICECOACH_ENGINE"] = saved


def _measure(bench: Bench) -> list[Row]:
    from voicecoach.beeps import Beeps
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.phrases import Phrases
    from voicecoach.routine.load import load_routine
    from voicecoach.session import make_clips
    from voicecoach.speech.prerender import render_parallel, speech_texts

    count = 20 if bench.quick else 1000  # quick: a smoke run
    path = many_exercises(bench.work, count)
    load_s, routine = best_of(bench.repeats, lambda: load_routine(path))
    phrases, beeps = Phrases(routine.settings.language), Beeps()
    clips = make_clips(routine, phrases, bench.fresh_dir("compile-cache"))
    texts = speech_texts(routine, beeps, phrases)
    render_parallel(clips, texts)  # warm the cache
    lengths_s, table = best_of(1, lambda: LengthTable(clips, beeps, texts))
    compile_routine(routine, table, phrases)  # fetch any length the estimate missed
    compile_s, timeline = best_of(bench.repeats, lambda: compile_routine(routine, table, phrases))
    group = f"Compile ({count} exercises)"
    note = f"{len(timeline.cues)} cues, {timeline.duration_s / 3600:.1f} h session"
    return [
        Row(group, "load (YAML -> Routine)", load_s, "s"),
        Row(group, f"read {len(texts)} clip lengths from the warm cache", lengths_s, "s"),
        Row(
            group,
            "compile (Routine -> Timeline)",
            compile_s,
            "s",
            f"<= {COMPILE_LIMIT_S:.0f} s",
            compile_s <= COMPILE_LIMIT_S if count >= 1000 else None,
            note if count >= 1000 else note + "; target applies to 1,000 (full run)",
        ),
    ]
