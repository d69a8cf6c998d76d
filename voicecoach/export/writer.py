"""Export one session to a file: encode, tag, chapters, subtitles — every file written atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from voicecoach.export.formats import EncodeOptions, check_options, format_for
from voicecoach.export.interrupts import held_interrupts
from voicecoach.files import check_output, write_atomic, write_text_atomic


@dataclass(frozen=True)
class ExportResult:
    output: Path
    duration_s: float  # seconds of audio
    subtitles: Path | None = None


def subtitles_path(output: Path) -> Path:
    return Path(output).with_suffix(".srt")


def check_export(
    output: Path,
    inputs: Iterable[Path],
    force: bool,
    subtitles: bool,
    options: EncodeOptions = EncodeOptions(),
) -> None:
    """Everything that can be refused before any rendering: format, options, overwrite, input."""
    check_options(format_for(output), options)
    inputs = list(inputs)
    check_output(output, inputs, force)
    if subtitles:
        check_output(subtitles_path(output), inputs, force)


def check_exportable(routine) -> None:
    """An export cannot wait for a key: every ``until: ready`` step needs its ``fallback``."""
    from voicecoach.errors import InputError

    for unit in routine.units():
        ex = unit.exercise
        if ex.kind == "ready" and ex.fallback_s is None:
            raise InputError(
                f'"{ex.name}" waits for you (until: ready) and has no fallback time — '
                'add e.g. "fallback: 60s" to it, the time an export leaves for it'
            )


def export_session(
    session,
    output: Path,
    options: EncodeOptions = EncodeOptions(),
    subtitles: bool = False,
    progress: Callable[[int], None] | None = None,
    replace: bool = False,
) -> ExportResult:
    """Render ``session`` into ``output`` (format from its extension), with tags and chapters.

    ``progress(n)`` receives the number of timeline samples rendered and encoded since its last call.
    Without ``replace`` (--force) a file made at ``output`` or its subtitles' path meanwhile
    is kept and the export fails (files.write_atomic).
    """
    from voicecoach.export.chapters import tags_for
    from voicecoach.export.encoders import encode
    from voicecoach.export.transcript import srt_subtitles

    fmt = format_for(output)
    check_exportable(session.routine)
    timeline = session.timeline

    # Ctrl-C (or SIGTERM/SIGHUP) raises at the next chunk, never inside an encoder's own set-up:
    # one inside ``wave.open`` left a half-made ``Wave_write`` whose ``__del__`` printed a
    # traceback (test_ctrl_c_leaves_no_partial_file); one after the last check lets the file finish.
    with held_interrupts() as held:

        def chunks():
            for chunk in session.chunks():
                held.check()
                yield chunk

        def write(tmp: Path) -> None:
            encode(tmp, chunks(), fmt, options, timeline.sample_rate, progress)
            fmt.tag(tmp, tags_for(timeline))
            held.check()

        write_atomic(output, write, replace)
    srt = None
    if subtitles:
        srt = subtitles_path(output)
        write_text_atomic(srt, srt_subtitles(timeline), replace)
    return ExportResult(Path(output), timeline.duration_s, srt)
