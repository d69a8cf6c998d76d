"""Render a routine's missing speech clips in parallel, before the compiler needs their lengths.

The compiler asks for every clip's length, so clips are needed before compiling.
The set of texts is (almost) fixed by the routine alone: compiling once with
estimated lengths (``speech_texts``) names them. ``render_parallel`` then
renders the ones missing from the cache in worker processes — one pyttsx3
engine each, writing into the shared content-addressed cache — and the real
compile reads them back. Anything a worker could not render (or a text the
estimate missed, such as an intro stating another length) is rendered later,
one by one, by ``SpeechClips.clip``: the output is the same either way.
"""

from __future__ import annotations

import atexit
import os
import signal
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext

from voicecoach.compiler.timing import guessed_samples
from voicecoach.errors import VoicecoachError
from voicecoach.model import Routine
from voicecoach.phrases import Phrases
from voicecoach.speech.engine import engine_class, fork_safe, history_free, workers_per_cpu

# A worker whose start the process's exit cut short read half its start-up data and printed a
# traceback on the user's terminal (play with no device and the neural voice): starts happen under
# this lock, and at exit the lock is taken for good before multiprocessing stops the workers.
_STARTING = threading.Lock()
_EXITING = threading.Event()
_EXIT_WATCHED = threading.Event()


def _no_more_workers() -> None:
    """Run at exit, before multiprocessing's own handler ends the daemon workers (registered
    after it by ``_watch_exit``; exit handlers run last-registered first): wait for a start in
    progress, then let no worker start."""
    if _STARTING.acquire(timeout=5):
        _EXITING.set()
        _STARTING.release()
    else:
        _EXITING.set()


def _watch_exit() -> None:
    import multiprocessing.util  # noqa: F401 - registers multiprocessing's exit handler first

    if not _EXIT_WATCHED.is_set():  # once per process, on first use
        atexit.register(_no_more_workers)
        _EXIT_WATCHED.set()


# Speech lengths the texts are named at: the estimate, then 3 % and 6 % longer (estimates of both
# voices run 2-5 % short of their sessions: docs/benchmarks.md)
LONGER = (1.0, 1.03, 1.06)
MIN_PARALLEL = 6  # fewer missing clips than this: not worth a worker
# A pyttsx3 worker is busy only about half its wall time (it waits on espeak's thread), so
# three a core pay (docs/platform.md has the counts); an engine may say otherwise
# (engine.workers_per_cpu): Piper is pure CPU, one process per core.
WORKERS_PER_CPU = 3


class EstimatedDurations:
    """Compiler durations that guess speech lengths and remember every text guessed.

    With ``clips``, texts already in their cache get their real length and are not
    recorded, so ``texts`` lists exactly the clips still to render.
    """

    def __init__(self, beeps, rate: int = 150, clips=None, scale: float = 1.0):
        self.beeps, self.clips, self.rate, self.scale = beeps, clips, rate, scale
        self.texts: dict[str, None] = {}

    def speech(self, text: str) -> int:
        if self.clips is not None and self.clips.is_cached(text):
            return self.clips.samples(text)
        self.texts[text] = None
        return int(guessed_samples(text, self.rate) * self.scale)

    def sound(self, name: str) -> int:
        return self.beeps.samples(name)


def speech_texts(routine: Routine, beeps, phrases: Phrases, sink=None, cached=None) -> list[str]:
    """The speech texts a compile of ``routine`` will ask for, in first-use order.

    Those of the estimated timeline, not every text the compiler asked about: a pass of
    its fixed-point iteration may state another length than the one it settles on (two
    clips of 134 had been rendered for nothing in a cold foot-strength export). Also those of
    the timeline with speech a little longer (``LONGER``): estimates run 2-5 % short of real
    speech, so a length said in minutes ("about 32 minutes") can be one more than estimated,
    and a text no batch rendered is rendered alone later, by an engine with another history.
    ``cached`` (text -> bool): when the estimate's texts are all cached, a warm session, the longer
    timelines are not compiled (their few texts, if new, are rendered when first used)."""
    from voicecoach.compiler.compile import compile_routine

    texts: dict[str, None] = {}
    for scale in LONGER:
        estimate = EstimatedDurations(beeps, routine.settings.rate, scale=scale)
        try:
            timeline = compile_routine(routine, estimate, phrases, *([sink] if sink else []))
        except VoicecoachError:
            return list({**texts, **estimate.texts})  # the real compile reports it; these still help
        texts.update(dict.fromkeys(c.text for c in sorted(timeline.cues, key=lambda c: c.start) if c.text))
        if cached is not None and all(cached(text) for text in texts):
            break
    return list(texts)


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def split_by_length(texts: list[str], parts: int) -> list[list[str]]:
    """Split into ``parts`` batches of about equal total length (longest first, greedy)."""
    batches: list[list[str]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for text in sorted(texts, key=len, reverse=True):
        i = loads.index(min(loads))
        batches[i].append(text)
        loads[i] += len(text) + 20  # + per-clip overhead
    return [b for b in batches if b]


def render_parallel(clips, texts: Iterable[str], workers: int | None = None) -> int:
    """Render the texts missing from ``clips``' cache in worker processes; return how many.

    One process per batch, so each engine's history (which nudges espeak's output
    by a few samples) is the same on every run: a cold export is reproducible. An
    engine without history (``history_free``: Piper) takes texts from one shared queue.
    Never raises for a worker problem: whatever is still missing afterwards is
    rendered serially when first used. Not for an injected engine (tests, fakes):
    workers make their own engine from the voice's engine name.
    """
    missing = [t for t in dict.fromkeys(texts) if not clips.is_cached(t)]
    per_cpu = (
        WORKERS_PER_CPU if clips.engine_injected else workers_per_cpu(clips.voice.engine, WORKERS_PER_CPU)
    )
    workers = min(workers or per_cpu * usable_cpus(), len(missing) // 3)
    if len(missing) < MIN_PARALLEL or workers < 2 or clips.engine_injected:
        return 0
    import multiprocessing

    method = _start_method(clips.voice.engine)
    prepare = getattr(engine_class(clips.voice.engine), "before_fork", None)
    if method == "fork":
        from voicecoach.speech.cacheindex import close_all

        close_all()  # no SQLite connection crosses the fork
        if prepare is not None:
            prepare(clips.voice)
    # The method names one of the three contexts, each of which has Process (BaseContext: not).
    context = cast("ForkContext | SpawnContext | ForkServerContext", multiprocessing.get_context(method))
    if method == "forkserver":
        context.set_forkserver_preload([__name__])  # the server imports the renderer once
    if history_free(clips.voice.engine):
        # One queue, longest first, each worker taking the next text when it is free, so the
        # workers finish within about one short clip of each other.
        longest_first = sorted(missing, key=len, reverse=True)
        taken = context.Value("i", 0)
        procs = [
            context.Process(
                target=_worker, args=(clips.voice, str(clips.cache_dir), longest_first, taken), daemon=True
            )
            for _ in range(workers)
        ]
    else:
        procs = [
            context.Process(target=_worker, args=(clips.voice, str(clips.cache_dir), batch), daemon=True)
            for batch in split_by_length(missing, workers)
        ]
    _watch_exit()
    started = []
    try:
        for proc in procs:
            with _STARTING:
                if _EXITING.is_set():
                    break
                proc.start()
            started.append(proc)
        for proc in started:
            proc.join()
    except OSError:
        pass  # could not start a process: the rest is rendered serially
    finally:
        for proc in started:
            if proc.is_alive():  # interrupted: don't leave workers behind
                proc.terminate()
                proc.join()
    return sum(clips.is_cached(t) for t in missing)


def _start_method(engine: str) -> Literal["fork", "spawn", "forkserver"]:
    """fork is cheapest, but only safe while the engine says so (espeak: before its thread
    starts). After that, a fork server: started once per process by fork+exec (safe with
    threads), it has imported the renderer, and each worker forks from it, where a spawned
    worker would start its interpreter and imports anew (docs/platform.md).
    Every worker starts without an engine, so its output is the same whichever method."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if fork_safe(engine) and "fork" in methods:
        return "fork"
    if history_free(engine) or "forkserver" not in methods:
        # spawn for the shared queue: a fork server's child that unpickled its counter after
        # the parent had exited (play with no device) printed a traceback on the user's terminal
        return "spawn"
    return "forkserver"


def _worker(voice, cache_dir: str, texts: list[str], taken=None) -> None:
    """Process entry: render the batch (or, with ``taken``, the shared queue's texts); any
    failure is left for the parent to redo and report. Everything it needs comes in its
    arguments (a fork server's child has the environment of the server's start)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        _render_batch(voice, cache_dir, texts if taken is None else _next_of(texts, taken))
    except BaseException:
        os._exit(1)


def _next_of(texts: list[str], taken):
    """The texts no other worker has taken yet, one at a time (``taken``: a shared counter)."""
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(texts):
            return
        yield texts[index]


def _render_batch(voice, cache_dir: str, texts: Iterable[str]) -> int:
    """Render ``texts`` into the cache with this process's own engine; stop at the first error."""
    from voicecoach.speech.clips import SpeechClips

    clips = SpeechClips(voice, cache_dir=Path(cache_dir))
    for text in texts:
        try:
            clips.clip(text)
        except VoicecoachError:
            break
    return clips.rendered
