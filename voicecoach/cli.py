"""Command line. ``main()`` maps errors to exit codes; the commands themselves don't catch."""

from __future__ import annotations

import enum
import json
import os
import sys
import time
from pathlib import Path

import click

from voicecoach import __version__
from voicecoach.errors import RoutineError, VoicecoachError


class ExitStatus(enum.IntEnum):
    OK = 0
    FAILURE = 1
    BAD_INPUT = 2
    INTERRUPTED = 130


def _load(spec: str):
    """Load a routine; list import assumptions on stderr for prose files."""
    from voicecoach import routines
    notes: list[str] = []
    routine, path = routines.load(spec, notes)
    for note in notes:
        click.echo(f"voicecoach: assumed: {note}", err=True)
    return routine, path


def _session(spec: str):
    from voicecoach.session import build_session
    routine, path = _load(spec)
    return build_session(routine), path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="voicecoach")
def cli():
    """Voice-guided exercise sessions: play a routine hands-free, or export it as audio.

    ROUTINE is a routine file (.yaml, or a .txt/.md article) or a built-in name (see 'list').
    """


@cli.command("list")
def list_cmd():
    """List the built-in routines."""
    from voicecoach import routines
    from voicecoach.loader import load_routine
    for name in routines.builtin_names():
        routine = load_routine(routines.builtin_path(name))
        click.echo(f"{name:20} {routine.title} ({len(routine.exercises)} exercises)")


@cli.command()
@click.argument("routine")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized routine as JSON.")
def check(routine, as_json):
    """Validate a routine and report every problem at once."""
    loaded, path = _load(routine)
    if as_json:
        click.echo(json.dumps(loaded.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(f"{path}: ok — {loaded.title}, {len(loaded.exercises)} exercises")


@cli.command()
@click.argument("routine")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON (same as --format json).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Transcript format.")
def preview(routine, as_json, fmt):
    """Print the session's transcript: one line per cue with its mm:ss time."""
    from voicecoach.transcript import text_transcript
    session, _ = _session(routine)
    if as_json or fmt == "json":
        click.echo(json.dumps(session.timeline.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(text_transcript(session.timeline))


@cli.command()
@click.argument("routine")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; the format comes from the extension (.wav).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def export(routine, output, force):
    """Render the session to an audio file."""
    from voicecoach.export import check_output, write_atomic, write_wav
    from voicecoach.routines import locate
    source, _ = locate(routine)
    if output.suffix.lower() != ".wav":
        raise click.UsageError(f"{output}: unsupported format {output.suffix or '(none)'} — use .wav")
    check_output(output, [source], force)
    started = time.perf_counter()
    session, _ = _session(routine)
    write_atomic(output, lambda tmp: write_wav(tmp, session.chunks()))
    took = time.perf_counter() - started
    click.echo(f"wrote {output} ({session.timeline.duration_s:.1f} s of audio in {took:.2f} s)", err=True)


@cli.command()
@click.argument("routine")
@click.option("--resume", "resuming", is_flag=True,
              help="Continue from the start of the exercise where the last play stopped.")
@click.option("--from", "from_exercise", type=int, metavar="N", help="Start at exercise N.")
@click.option("--quiet", is_flag=True, help="No status line.")
def play(routine, resuming, from_exercise, quiet):
    """Play the session through the speakers, hands-free.

    Keys: space pause/resume, n next, p back, r repeat, w where am I, +/- volume, q quit.
    """
    from voicecoach.audio import SimpleaudioOutput
    from voicecoach.coldstart import open_session
    from voicecoach.liveplay import StartAt, StatusLine, play_live, start_point
    loaded, path = _load(routine)
    midway = resuming or from_exercise is not None
    opening = open_session(loaded, speculate=not midway)
    start = start_point(opening.wait(), path, from_exercise, resuming) if midway else StartAt()
    if start.note:
        click.echo(f"voicecoach: {start.note}", err=True)
    output = SimpleaudioOutput()
    status_for = None
    if not quiet and sys.stdout.isatty():
        status_for = lambda s: StatusLine(sys.stdout, loaded, s.timeline.duration_s)  # noqa: E731
    span = os.environ.get("VOICECOACH_SPAN_S")
    play_live(opening, path, output, start, stdin=sys.stdin, status_for=status_for,
              span_s=float(span) if span else None)


def _report(err: VoicecoachError) -> None:
    if isinstance(err, RoutineError):
        for problem in err.problems:
            click.echo(str(problem), err=True)
        count = len(err.problems)
        click.echo(f"voicecoach: error: {count} problem{'s' * (count != 1)} in the routine — fix them and run again", err=True)
    else:
        click.echo(f"voicecoach: error: {err}", err=True)


def main(argv=None) -> None:
    """Entry point: run the CLI, turn every error into one line and an exit status."""
    try:
        cli.main(args=argv, prog_name="voicecoach", standalone_mode=False)
        status = ExitStatus.OK
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        status = ExitStatus.BAD_INPUT
    except (click.Abort, KeyboardInterrupt):
        click.echo("voicecoach: interrupted", err=True)
        status = ExitStatus.INTERRUPTED
    except VoicecoachError as err:
        _report(err)
        status = err.exit_code
    except BrokenPipeError:
        status = ExitStatus.OK
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("VOICECOACH_DEBUG"):
            raise
        click.echo(f"voicecoach: error: internal error: {exc.__class__.__name__}: {exc} "
                   "(set VOICECOACH_DEBUG=1 for details)", err=True)
        status = ExitStatus.FAILURE
    sys.exit(int(status))
