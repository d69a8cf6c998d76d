"""Command line. ``main()`` maps errors to exit codes; the commands themselves don't catch."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from voicecoach import __version__, environment
from voicecoach.cli import options
from voicecoach.errors import ExitStatus, RoutineError, VoicecoachError
from voicecoach.export.formats import FORMAT_NAMES
from voicecoach.play.commands import key_help


def _load(spec: str, overrides=None):
    """Load a routine spec once, with overrides; list import assumptions on stderr."""
    from voicecoach.routine.find import load_spec
    loaded = load_spec(spec, overrides)
    for note in loaded.assumptions:
        click.echo(f"voicecoach: assumed: {note}", err=True)
    return loaded


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="voicecoach")
def cli():
    """Voice-guided exercise sessions: play a routine hands-free, or export it as audio.

    ROUTINE is a routine file (.yaml, or a .txt/.md article) or a built-in name (see 'list').
    """


@cli.command("list")
def list_cmd():
    """List the built-in routines."""
    from voicecoach.routine.find import builtin_names, builtin_path
    from voicecoach.routine.load import load_routine
    for name in builtin_names():
        routine = load_routine(builtin_path(name))
        click.echo(f"{name:20} {routine.title} ({len(routine.exercises)} exercises)")


@cli.command()
@click.argument("routine")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized routine as JSON.")
def check(routine, as_json):
    """Validate a routine and report every problem at once."""
    loaded = _load(routine)
    if as_json:
        click.echo(json.dumps(loaded.routine.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(f"{loaded.path}: ok — {loaded.routine.title}, {len(loaded.routine.exercises)} exercises")


@cli.command()
@click.argument("routine")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON (same as --format json).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "srt", "vtt"]), default="text",
              show_default=True, help="Transcript format: text, JSON timeline, or SRT/WebVTT subtitles.")
@options.session_options
def preview(routine, as_json, fmt, overrides):
    """Print the session's transcript: one line per cue with its mm:ss time."""
    from voicecoach.export.transcript import srt_subtitles, text_transcript, vtt_subtitles
    from voicecoach.session import build_session
    session = build_session(_load(routine, overrides).routine)
    if as_json or fmt == "json":
        click.echo(json.dumps({**session.timeline.to_json(), "voice": session.voice()}, indent=2, ensure_ascii=False))
    elif fmt == "srt":
        click.echo(srt_subtitles(session.timeline), nl=False)
    elif fmt == "vtt":
        click.echo(vtt_subtitles(session.timeline), nl=False)
    else:
        click.echo(text_transcript(session.timeline))


@cli.command()
@click.argument("routines", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; the format comes from the extension (.wav .mp3 .ogg .flac .opus).")
@click.option("-d", "--outdir", type=click.Path(file_okay=False, path_type=Path),
              help="Export every ROUTINE into this folder, with a playlist.m3u.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="mp3", show_default=True,
              help="Format for -d (with -o the extension decides).")
@click.option("--bitrate", type=int, help="kbit/s for .mp3 (default 64) and .opus (default: the encoder's, about 30 on speech).")
@click.option("--sample-rate", type=int, help="Output sample rate in Hz (default 22050; .opus 48000).")
@click.option("--subtitles", is_flag=True, help="Also write FILE.srt beside the audio.")
@click.option("--jobs", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Parallel processes for -d.")
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@options.session_options
def export(routines, output, outdir, fmt, bitrate, sample_rate, subtitles, jobs, force, overrides):
    """Render sessions to audio files, with chapters per exercise.

    One ROUTINE with -o FILE, or any number with -d OUTDIR.
    """
    from voicecoach.cli.export_cmd import export_many, export_one
    from voicecoach.export.formats import EncodeOptions
    options = EncodeOptions(bitrate, sample_rate)
    if (output is None) == (outdir is None):
        raise click.UsageError("give either -o FILE (one routine) or -d OUTDIR (one or more)")
    if output is not None and len(routines) > 1:
        raise click.UsageError("-o takes one routine; export several with -d OUTDIR")
    if output is not None:
        export_one(routines[0], output, options, force, subtitles, overrides)
    else:
        export_many(list(routines), outdir, fmt, options, force, subtitles, jobs, overrides)


@cli.command("import")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the routine YAML here instead of printing it.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized routine as JSON.")
def import_cmd(article, output, force, as_json):
    """Turn an exercise article (.txt/.md prose) into a routine, with every assumption commented."""
    from voicecoach.files import check_output, write_text_atomic
    from voicecoach.importer import import_file
    from voicecoach.routine.load import load_routine_text
    result = import_file(article)
    routine = load_routine_text(result.yaml_text, str(article))  # proves the output is a valid routine
    text = json.dumps(routine.to_json(), indent=2, ensure_ascii=False) + "\n" if as_json else result.yaml_text
    if output is None:
        click.echo(text, nl=False)
        return
    check_output(output, [article], force)
    write_text_atomic(output, text)
    click.echo(f"wrote {output} ({len(routine.exercises)} exercises, "
               f"{len(result.assumptions)} assumptions marked with comments)", err=True)


@cli.command(help="Play the session through the speakers, hands-free.\n\nKeys: " + key_help(", ") + ".")
@click.argument("routine")
@click.option("--resume", "resuming", is_flag=True,
              help="Continue from the start of the exercise where the last play stopped.")
@click.option("--from", "from_exercise", type=int, metavar="N", help="Start at exercise N.")
@click.option("--quiet", is_flag=True, help="No status line.")
@options.session_options
def play(routine, resuming, from_exercise, quiet, overrides):
    from voicecoach.play.output import SimpleaudioOutput
    from voicecoach.play.coldstart import open_session
    from voicecoach.play.live import StartAt, play_live, start_point
    from voicecoach.play.status import StatusLine
    spec = _load(routine, overrides)
    loaded, path = spec.routine, spec.path
    midway = resuming or from_exercise is not None
    opening = open_session(loaded, speculate=not midway)
    start = start_point(opening.wait(), path, from_exercise, resuming) if midway else StartAt()
    if start.note:
        click.echo(f"voicecoach: {start.note}", err=True)
    output = SimpleaudioOutput()
    status_for = None
    if not quiet and sys.stdout.isatty():
        status_for = lambda s: StatusLine(sys.stdout, loaded, s.timeline.duration_s)  # noqa: E731
    play_live(opening, path, output, start, stdin=sys.stdin, status_for=status_for,
              span_s=environment.span_s())


@cli.command()
@click.option("--language", help="Only voices for this language code, e.g. de.")
def voices(language):
    """List every voice: id (with its engine), quality, name, languages."""
    from voicecoach.speech.voices import all_voices, for_language
    found = all_voices()
    if language:
        found = for_language(found, language)
    for v in found:
        click.echo(f"{v.qualified:32} {v.quality:16} {v.name:36} {', '.join(v.languages)}")
    if not found:
        from voicecoach.errors import InputError
        raise InputError(f"no installed voice for language {language!r} — "
                         "'voicecoach voices' lists them all")


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
        if environment.debug():
            raise
        click.echo(f"voicecoach: error: internal error: {exc.__class__.__name__}: {exc} "
                   "(set VOICECOACH_DEBUG=1 for details)", err=True)
        status = ExitStatus.FAILURE
    sys.exit(int(status))
