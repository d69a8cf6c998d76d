"""Batch export: several routines into one folder, rendered in parallel processes, plus an .m3u playlist.

Workers share speech clips through the on-disk cache (entries are written by
rename, so concurrent writers are safe). Each worker reports its progress as a
fraction through a queue and stops at the next chunk when ``cancel`` is set,
removing its temp file. Workers die with this process, whatever ends it
(``workers.die_with_parent``): none goes on writing files after a kill.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from dataclasses import replace as replace_field
from functools import partial
from pathlib import Path
from urllib.parse import quote

from voicecoach.errors import ExportError, InputError
from voicecoach.escape import m3u_text
from voicecoach.export import workers
from voicecoach.export.formats import EncodeOptions
from voicecoach.export.interrupts import Held, held_interrupts
from voicecoach.export.writer import ExportResult, check_export
from voicecoach.files import check_output, write_text_atomic

PLAYLIST = "playlist.m3u"
STOP_GRACE_S = 2.0  # how long stopped workers get at each step of ``_stop``


@dataclass(frozen=True)
class Job:
    spec: str  # routine file or built-in name
    source: Path  # the routine file (never written over)
    output: Path
    overrides: tuple = ()  # (setting, value) pairs from the command line
    replace: bool = False  # a file at ``output`` may be replaced (--force, or the feed made it)


def plan_jobs(
    specs: list[str],
    outdir: Path,
    suffix: str,
    overrides: dict | None = None,
    problems: list[str] | None = None,
) -> list[Job]:
    """One job per routine, named after the routine file or built-in; refuse clashing names.
    A missing ``outdir`` is fine (the caller creates it). With a ``problems`` list, each
    problem is added to it (to be reported together) instead of raised."""
    from voicecoach.routine.find import locate

    found: list[str] = [] if problems is None else problems
    if outdir.exists() and not outdir.is_dir():
        found.append(f"{outdir} is a file, not a folder — give -d a folder name")
    jobs: list[Job] = []
    seen: dict[Path, str] = {}
    for spec in specs:
        try:
            source, _ = locate(spec)
        except InputError as err:
            found.append(str(err))
            continue
        output = outdir / f"{source.stem}{suffix}"
        if output in seen:
            found.append(
                f"{spec} and {seen[output]} would both be exported as {output} — "
                "rename one of the routine files"
            )
            continue
        seen[output] = spec
        jobs.append(Job(spec, source, output, tuple(sorted((overrides or {}).items()))))
    if found and problems is None:
        raise InputError(found[0])
    return jobs


def check_options_for(output: Path, options: EncodeOptions) -> None:
    """The options fit the format ``output`` names (an unknown format is refused here too)."""
    from voicecoach.export.formats import check_options, format_for

    check_options(format_for(output), options)


def check_jobs(
    jobs: list[Job], force: bool, subtitles: bool, options: EncodeOptions, problems: list[str] | None = None
) -> None:
    """Refuse bad options and overwrites before any work (into ``problems`` when given)."""
    found: list[str] = [] if problems is None else problems
    music = dict(jobs[0].overrides).get("music") if jobs else None
    inputs = [j.source for j in jobs] + ([Path(music)] if music else [])
    checks: list[Callable[[], object]] = []
    for job in jobs:
        if job.output.parent.is_dir():
            checks.append(partial(check_export, job.output, inputs, force, subtitles, options))
        else:  # a folder still to be created holds nothing to overwrite
            checks.append(partial(check_options_for, job.output, options))
    if jobs and jobs[0].output.parent.is_dir():
        checks.append(lambda: check_output(jobs[0].output.parent / PLAYLIST, inputs, force))
    for check in checks:
        try:
            check()
        except InputError as err:
            found.append(str(err))
    if found and problems is None:
        raise InputError(found[0])


def _run_job(job: Job, options: EncodeOptions, subtitles: bool, index: int, environ: dict) -> tuple:
    """Worker: build and export one session; returns (ExportResult, title). ``environ``: the
    parent's environment (a fork server's child has the one of the server's start)."""
    os.environ.clear()
    os.environ.update(environ)
    from voicecoach.export.writer import export_session
    from voicecoach.routine.find import load_spec
    from voicecoach.session import build_session
    from voicecoach.timeline import Sink

    queue, cancel = workers.channels()
    if cancel.is_set():  # the batch was stopped while this job was queued
        raise KeyboardInterrupt
    with workers.busy():
        session = build_session(load_spec(job.spec, dict(job.overrides)).routine, sink=Sink.FILE)
        total, done = session.timeline.length or 1, 0

        def progress(n: int) -> None:
            nonlocal done
            if cancel.is_set():
                raise KeyboardInterrupt
            done += n
            if queue is not None:
                queue.put((index, done / total))

        result = export_session(session, job.output, options, subtitles, progress, job.replace)
    return result, session.timeline.title


def playlist_text(entries: list[tuple[ExportResult, str]], outdir: Path) -> str:
    """An extended M3U: one ``#EXTINF`` line and one relative path per entry, each one line
    whatever the title or file name holds (a file name with a control character is given
    as a percent-encoded relative URL)."""
    lines = ["#EXTM3U"]
    for result, title in entries:
        where = os.path.relpath(result.output, outdir)
        if m3u_text(where) != where:
            where = quote(where)
        lines += [f"#EXTINF:{round(result.duration_s)},{m3u_text(title)}", where]
    return "\n".join(lines) + "\n"


def export_batch(
    jobs: list[Job],
    options: EncodeOptions,
    subtitles: bool,
    processes: int = 2,
    progress: Callable[[list[float]], None] | None = None,
    replace: bool = False,
) -> tuple[list, Path]:
    """Run ``jobs`` in up to ``processes`` processes; write the playlist; return (results, playlist).

    ``progress(fractions)`` gets each job's completed fraction as workers report it.
    ``replace`` (--force): files at the outputs and the playlist may be replaced.
    """
    with held_interrupts() as held:  # never raised inside multiprocessing's own code
        entries = _run_in_pool(jobs, options, subtitles, processes, progress, replace, held)
        held.check()  # one that came while the pool shut down: the playlist is not written
    playlist = jobs[0].output.parent / PLAYLIST
    write_text_atomic(playlist, playlist_text(entries, playlist.parent), replace)
    return [r for r, _ in entries], playlist


def _run_in_pool(jobs, options, subtitles, processes, progress, replace, held: Held) -> list[tuple]:
    """Each job's (ExportResult, title), from a pool of worker processes; on any failure or
    held signal every job is stopped (``_stop``) before it is raised. A held signal tells
    the workers to stop at once, even while this process still waits to start one."""
    # Not fork, as this process may run a speech engine's thread; a fork server (this module
    # imported there once) forks the manager and workers cheaper than spawn (docs/platform.md).
    ctx = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload([__name__, "voicecoach.session"])
    environ = dict(os.environ)
    queue = ctx.Queue() if progress else None  # handed over at each worker's start:
    cancel = ctx.Event()  # no manager process to outlive us
    held.at_once = cancel.set
    with ProcessPoolExecutor(
        max_workers=max(1, min(processes, len(jobs))),
        mp_context=ctx,
        initializer=workers.start,
        initargs=(os.getpid(), queue, cancel),
    ) as pool:
        futures: list[Future] = []
        try:
            for i, job in enumerate(jobs):
                job = replace_field(job, replace=replace or job.replace)
                futures.append(pool.submit(_run_job, job, options, subtitles, i, environ))
            _follow(futures, queue, progress, len(jobs), held.check)
        except BaseException:
            _stop(pool, futures, cancel)
            raise
        return [f.result() for f in futures]


def _stop(pool: ProcessPoolExecutor, futures: list[Future], cancel) -> None:
    """End every job, within about 3 x ``STOP_GRACE_S``: a running job stops at its next chunk
    and a queued one at its start (``cancel``); a worker still busy after that (a session
    still being spoken) gets SIGTERM, which removes its temp file (workers.busy); one still
    there after that is killed. The pool's shutdown then waits for no one. No future is
    cancelled: a pool broken by a killed worker fails on a cancelled one still queued."""
    cancel.set()
    for end in (None, "terminate", "kill"):
        if end is not None:
            # CPython's private map of the pool's workers (3.8-3.13 have no public way to end them)
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                getattr(process, end)()
        if not wait(futures, timeout=STOP_GRACE_S).not_done:
            return


def _follow(futures: list[Future], queue, progress, count: int, check: Callable[[], None]) -> None:
    """Wait for every future, passing progress reports on; re-raise the first failure, or a
    signal held by ``check`` (within 0.1 s of its coming)."""
    fractions = [0.0] * count
    pending = set(futures)
    while pending:
        finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
        check()  # before the results: a job stopped by it ended in KeyboardInterrupt
        for f in finished:
            try:
                f.result()  # raises the worker's error here
            except BrokenProcessPool:
                raise ExportError(
                    "a worker process died while exporting (killed, or a crash in "
                    "the speech engine) — export the routines one at a time to "
                    "see which one fails"
                ) from None
        if queue is not None:
            while not queue.empty():
                index, fraction = queue.get_nowait()
                fractions[index] = max(fractions[index], fraction)
            progress(list(fractions))
