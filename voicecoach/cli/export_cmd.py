"""The ``export`` command's work: one routine to a file, or many to a folder; progress on a tty only."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from voicecoach.escape import terminal_text
from voicecoach.export.formats import EncodeOptions


def stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_bar(length: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """The ``update(steps)`` of a click progress bar on stderr when stderr is a terminal; None
    (nothing shown) otherwise."""
    if not stderr_is_tty():
        yield None
        return
    with click.progressbar(
        length=max(1, length), label=label, file=sys.stderr, show_eta=True, show_percent=True, width=30
    ) as bar:
        yield bar.update


def _batch_progress(advance: Callable[[int], None], steps: int) -> Callable[[list[float]], None]:
    """Each job's completed fraction -> the bar's steps (``steps`` a job), advanced as they grow."""
    shown = [0]

    def report(fractions: list[float]) -> None:
        now = int(sum(fractions) * steps)
        if now > shown[0]:
            advance(now - shown[0])
            shown[0] = now

    return report


def export_one(
    spec: str,
    output: Path,
    options: EncodeOptions,
    force: bool,
    subtitles: bool,
    overrides: dict | None = None,
) -> None:
    from voicecoach.export.writer import check_export, check_exportable, export_session
    from voicecoach.routine.find import load_spec, locate
    from voicecoach.session import build_session

    source, _ = locate(spec)
    music = (overrides or {}).get("music")
    check_export(output, [source] + ([Path(music)] if music else []), force, subtitles, options)
    started = time.perf_counter()
    loaded = load_spec(spec, overrides)
    for note in loaded.assumptions:
        click.echo(terminal_text(f"voicecoach: assumed: {note}"), err=True)
    check_exportable(loaded.routine)  # before any speech is rendered
    if loaded.routine.settings.music:  # the routine's own music file is an input too
        check_export(output, [source, Path(loaded.routine.settings.music)], force, subtitles, options)
    from voicecoach.cli.options import language_notes

    for note in language_notes(loaded.routine):
        click.echo(terminal_text(f"voicecoach: {note}"), err=True)
    from voicecoach.timeline import Sink

    session = build_session(loaded.routine, sink=Sink.FILE)
    with progress_bar(session.timeline.length, f"exporting {output.name}") as advance:
        result = export_session(session, output, options, subtitles, advance, force)
    took = time.perf_counter() - started
    extra = f", subtitles {result.subtitles}" if result.subtitles else ""
    click.echo(
        f"wrote {output} ({result.duration_s:.1f} s of audio in {took:.2f} s, "
        f"{result.duration_s / max(took, 1e-9):.0f}x real time{extra}; "
        f"voice {session.voice()['id']})",
        err=True,
    )


def export_many(
    specs: list[str],
    outdir: Path,
    fmt: str,
    options: EncodeOptions,
    force: bool,
    subtitles: bool,
    workers: int,
    overrides: dict | None = None,
) -> None:
    from voicecoach.errors import InputProblems
    from voicecoach.export.batch import check_jobs, export_batch, plan_jobs

    problems: list[str] = []  # every input problem, reported together
    jobs = plan_jobs(specs, outdir, f".{fmt}", overrides, problems)
    check_jobs(jobs, force, subtitles, options, problems)
    if problems:
        raise InputProblems(problems)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from voicecoach.errors import ExportError

        raise ExportError(f"could not create the folder {outdir}: {exc.strerror}") from exc
    started = time.perf_counter()
    steps = 1000
    with progress_bar(steps * len(jobs), f"exporting {len(jobs)} routines") as advance:
        report = None if advance is None else _batch_progress(advance, steps)
        results, playlist = export_batch(jobs, options, subtitles, workers, report, force)
    took = time.perf_counter() - started
    audio = sum(r.duration_s for r in results)
    click.echo(
        f"wrote {len(results)} files and {playlist} ({audio:.1f} s of audio in {took:.2f} s)", err=True
    )
