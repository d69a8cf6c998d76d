"""Export one session to a file: encode, tag, chapters, subtitles — every file written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from voicecoach.export.formats import EncodeOptions, check_options, format_for
from voicecoach.files import check_output, write_atomic, write_text_atomic


@dataclass(frozen=True)
class ExportResult:
    output: Path
    duration_s: float      # seconds of audio
    subtitles: Optional[Path] = None


def subtitles_path(output: Path) -> Path:
    return Path(output).with_suffix(".srt")


def check_export(output: Path, inputs: Iterable[Path], force: bool, subtitles: bool,
                 options: EncodeOptions = EncodeOptions()) -> None:
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
            raise InputError(f'"{ex.name}" waits for you (until: ready) and has no fallback time — '
                             'add e.g. "fallback: 60s" to it, the time an export leaves for it')


def export_session(session, output: Path, options: EncodeOptions = EncodeOptions(),
                   subtitles: bool = False, progress: Optional[Callable[[int], None]] = None) -> ExportResult:
    """Render ``session`` into ``output`` (format from its extension), with tags and chapters.

    ``progress(n)`` receives the number of timeline samples rendered and encoded since its last call.
    """
    from voicecoach.export.chapters import tags_for
    from voicecoach.export.encoders import encode
    from voicecoach.export.transcript import srt_subtitles
    fmt = format_for(output)
    check_exportable(session.routine)
    timeline = session.timeline

    def write(tmp: Path) -> None:
        encode(tmp, session.chunks(), fmt, options, timeline.sample_rate, progress)
        fmt.tag(tmp, tags_for(timeline))

    write_atomic(output, write)
    srt = None
    if subtitles:
        srt = subtitles_path(output)
        write_text_atomic(srt, srt_subtitles(timeline))
    return ExportResult(Path(output), timeline.duration_s, srt)
