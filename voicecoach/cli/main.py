"""Command line. ``main()`` maps errors to exit codes; the commands themselves don't catch."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import click

from voicecoach import __version__, environment
from voicecoach.cli import options
from voicecoach.cli.loading import load_reporting as _load
from voicecoach.cli.options import examples
from voicecoach.cli.signals import terminate_like_ctrl_c
from voicecoach.errors import ExitStatus, InputProblems, RoutineError, Terminated, VoicecoachError
from voicecoach.escape import terminal_text
from voicecoach.export.formats import FORMAT_NAMES
from voicecoach.play.commands import key_help
from voicecoach.timeline import format_clock


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="voicecoach")
def cli():
    """Voice-guided exercise sessions: play a routine hands-free, or export it as audio.

    ROUTINE is a routine file (.yaml), an article (.txt/.md/.html/.pdf file or http(s) URL)
    or a built-in name (see 'list').
    """


@cli.command("list", epilog=examples("voicecoach list", "voicecoach list --json"))
@click.option(
    "--json", "as_json", is_flag=True, help='Print {"routines": [...], "programmes": [...]} as JSON.'
)
def list_cmd(as_json):
    """List the built-in routines and programmes."""
    from voicecoach.programme.find import builtin_summaries as programme_summaries
    from voicecoach.routine.find import builtin_summaries

    rows, programmes = builtin_summaries(), programme_summaries()
    if as_json:
        click.echo(json.dumps({"routines": rows, "programmes": programmes}, indent=2, ensure_ascii=False))
        return
    for row in rows:
        kit = ", ".join(row["equipment"]) or "no equipment"
        count = f"{row['exercises']:2} exercise" + ("" if row["exercises"] == 1 else "s")
        click.echo(
            f"{row['name']:22} {format_clock(row['length_s']):>6}  {count}"
            f"  {'/'.join(row['languages']):5}  {row['title']} — {kit}"
        )
    click.echo("\nprogrammes:")
    for row in programmes:
        click.echo(f"{row['name']:22} {row['weeks']:2} weeks   {row['title']} — {', '.join(row['sessions'])}")


@cli.command(
    epilog=examples(
        "voicecoach check my-routine.yaml",
        "voicecoach check foot-strength --json",
        "voicecoach check foot-strength --listen --verbosity brief",
        "voicecoach check my.yaml --listen --as-file --json",
    )
)
@click.argument("routine")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the normalized routine as JSON (with --listen: the findings).",
)
@click.option(
    "--listen",
    is_flag=True,
    help="Also compile the session and check it as a listener hears it: pace, safety "
    "first, time to get into position, silences, counts, words, one language. "
    "Exit 1 when it finds something.",
)
@click.option(
    "--as-file",
    "as_file",
    is_flag=True,
    help="With --listen: check it as an exported file (nothing may ask for a key).",
)
@options.session_options
def check(routine, as_json, listen, as_file, overrides):
    """Validate a routine; report every problem at once.

    Also notes defaults that change what an exercise means (no reps given: 10 reps)."""
    loaded = _load(routine, overrides)
    if listen:
        return _listen(loaded, as_json, as_file)
    if as_json:
        click.echo(json.dumps(loaded.routine.to_json(), indent=2, ensure_ascii=False))
    else:
        from voicecoach.routine.notes import assumed_defaults

        click.echo(
            terminal_text(
                f"{loaded.path}: ok — {loaded.routine.title}, {len(loaded.routine.all_exercises())} exercises"
            )
        )
        for note in assumed_defaults(loaded.routine):
            click.echo(terminal_text(f"{loaded.path}: note: {note}"))


def _listen(loaded, as_json: bool, as_file: bool) -> int:
    """Compile the session as preview does and run the review rules; 1 when any finds something."""
    from voicecoach.review.listen import listen, summary
    from voicecoach.review.script import Script
    from voicecoach.session import build_session
    from voicecoach.timeline import Sink

    session = build_session(loaded.routine, sink=Sink.FILE if as_file else Sink.PLAY)
    findings = listen(Script(session.timeline, loaded.routine, exported=as_file))
    if as_json:
        s = loaded.routine.settings
        click.echo(
            json.dumps(
                {
                    "routine": str(loaded.path),
                    "title": loaded.routine.title,
                    "language": s.language,
                    "verbosity": s.verbosity,
                    "voice": session.voice(),
                    "as_file": as_file,
                    "duration": round(session.timeline.duration_s, 2),
                    "findings": [f.to_json() for f in findings],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for finding in findings:
            click.echo(finding.line())
        click.echo(summary(findings, loaded.routine.title))
    return ExitStatus.FAILURE if findings else ExitStatus.OK


@cli.command(epilog=examples("voicecoach preview foot-strength", "voicecoach preview my.yaml --format srt"))
@click.argument("routine")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON (same as --format json).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "srt", "vtt"]),
    default="text",
    show_default=True,
    help="Transcript format: text, JSON timeline, or SRT/WebVTT subtitles.",
)
@click.option(
    "--for",
    "sink",
    type=click.Choice(["play", "file"]),
    default="play",
    show_default=True,
    help="What the session is for: live play (keys work) or an exported file.",
)
@options.session_options
def preview(routine, as_json, fmt, sink, overrides):
    """Print the session's transcript with mm:ss times.

    One line per cue; or the JSON timeline, or SRT/WebVTT subtitles."""
    from voicecoach.export.transcript import srt_subtitles, text_transcript, vtt_subtitles
    from voicecoach.session import build_session
    from voicecoach.timeline import Sink

    session = build_session(_load(routine, overrides).routine, sink=Sink(sink))
    if session.bed is not None:
        click.echo(f"voicecoach: {session.bed.describe()}", err=True)
    if as_json or fmt == "json":
        click.echo(
            json.dumps({**session.timeline.to_json(), "voice": session.voice()}, indent=2, ensure_ascii=False)
        )
    elif fmt == "srt":
        click.echo(terminal_text(srt_subtitles(session.timeline)), nl=False)
    elif fmt == "vtt":
        click.echo(terminal_text(vtt_subtitles(session.timeline)), nl=False)
    else:
        click.echo(terminal_text(text_transcript(session.timeline)))


@cli.command(
    epilog=examples(
        "voicecoach export foot-strength            # writes foot-strength.mp3",
        "voicecoach export my.yaml -o my.ogg --subtitles",
        "voicecoach export foot-strength my.yaml -d out",
    )
)
@click.argument("routines", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file; the format comes from the extension (.wav .mp3 .ogg .flac .opus).  "
    "[default: NAME.mp3 in the current folder]",
)
@click.option(
    "-d",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Export every ROUTINE into this folder (created if missing), with a playlist.m3u.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="mp3",
    show_default=True,
    help="Format for -d (with -o the extension decides).",
)
@click.option(
    "--bitrate",
    type=int,
    help="kbit/s for .mp3 and .opus.  [default: 64 for .mp3; .opus: the encoder's, about 30 on speech]",
)
@click.option("--sample-rate", type=int, help="Output sample rate in Hz.  [default: 22050; .opus 48000]")
@click.option("--subtitles", is_flag=True, help="Also write FILE.srt beside the audio.")
@click.option(
    "--jobs", type=click.IntRange(1, 16), default=2, show_default=True, help="Parallel processes for -d."
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@options.session_options
def export(routines, output, outdir, fmt, bitrate, sample_rate, subtitles, jobs, force, overrides):
    """Render sessions to audio files, with chapters.

    One ROUTINE (to -o FILE, default NAME.mp3 here), or any number with -d OUTDIR.
    Existing files are never overwritten without --force.
    """
    from voicecoach.cli.export_cmd import export_many, export_one
    from voicecoach.export.formats import EncodeOptions

    options = EncodeOptions(bitrate, sample_rate)
    if output is not None and outdir is not None:
        raise click.UsageError("give either -o FILE (one routine) or -d OUTDIR (one or more)")
    if outdir is None and len(routines) > 1:
        raise click.UsageError("-o takes one routine; export several with -d OUTDIR")
    if output is None and outdir is None:  # NAME.mp3 in the current folder
        from voicecoach.cli.nextstep import default_export_name

        output = Path(default_export_name(routines[0]))
    if output is not None:
        export_one(routines[0], output, options, force, subtitles, overrides)
    else:
        export_many(list(routines), outdir, fmt, options, force, subtitles, jobs, overrides)


@cli.command(
    "import",
    epilog=examples(
        "voicecoach import handout.txt -o handout.yaml",
        "voicecoach import https://example.org/exercises.html",
    ),
)
@click.argument("article")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the routine YAML here instead of printing it.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized routine as JSON.")
def import_cmd(article, output, force, as_json):
    """Turn an exercise article into a routine (YAML).

    ARTICLE is a .txt/.md/.html/.pdf file or an http(s) URL; every assumed value gets a comment."""
    from voicecoach.files import check_output, write_text_atomic
    from voicecoach.importer import import_source, is_url
    from voicecoach.routine.load import load_routine_text

    result = import_source(article)
    routine = load_routine_text(result.yaml_text, str(article))  # proves the output is a valid routine
    for note in result.assumptions:
        click.echo(terminal_text(f"voicecoach: assumed: {note}"), err=True)
    if result.confidence is not None and result.confidence.unsure:
        click.echo(
            terminal_text(f"voicecoach: unsure: {result.confidence.summary()} — check them before playing"),
            err=True,
        )
    text = json.dumps(routine.to_json(), indent=2, ensure_ascii=False) + "\n" if as_json else result.yaml_text
    if output is None:
        click.echo(text, nl=False)
        _echo_review(routine, result)
        return
    check_output(output, [] if is_url(article) else [Path(article)], force)
    write_text_atomic(output, text, replace=force)
    _echo_review(routine, result)
    click.echo(
        f"wrote {output} ({len(routine.all_exercises())} exercises, "
        f"{len(result.assumptions)} assumptions marked with comments)",
        err=True,
    )


def _echo_review(routine, result) -> None:
    """The table of what was read (cli/import_review.py), its length from estimated speech;
    shown once the routine is out (an import that cannot be written stays one line)."""
    from voicecoach.beeps import Beeps
    from voicecoach.cli.import_review import review_lines
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.importer.article import NO_SAFETY_NOTE
    from voicecoach.phrases import Phrases
    from voicecoach.speech.prerender import EstimatedDurations

    estimate = EstimatedDurations(Beeps(), routine.settings.rate)
    length = compile_routine(routine, estimate, Phrases(routine.settings.language)).duration_s
    confidence = result.confidence
    doubted = (
        {}
        if confidence is None or not confidence.unsure
        else {n: confidence.reasons[n] for n in confidence.doubted}
    )
    general_safety = any(note.startswith(NO_SAFETY_NOTE) for note in result.assumptions)
    for line in review_lines(routine, length, result.assumed_fields, doubted, general_safety):
        click.echo(terminal_text(line), err=True)


@cli.command(
    help="Play a session through the speakers, hands-free.\n\nKeys: " + key_help(", ") + ".",
    epilog=examples(
        "voicecoach play foot-strength",
        "voicecoach play my.yaml --resume",
        "voicecoach play foot-strength --from 3 --voice en-gb",
    ),
)
@click.argument("routine")
@click.option(
    "--resume",
    "resuming",
    is_flag=True,
    help="Continue from the start of the exercise where the last play stopped.",
)
@click.option(
    "--from", "from_exercise", type=int, metavar="N", help="Start at exercise N.  [default: the first]"
)
@click.option("--quiet", is_flag=True, help="No status line.")
@click.option(
    "--questions/--no-questions",
    default=True,
    show_default=True,
    help="At the end, ask how hard it was (1-5) and any pain (0-9); on a terminal only.",
)
@options.session_options
def play(routine, resuming, from_exercise, quiet, questions, overrides):
    from voicecoach.cli.playing import PlayContext, routine_name, run_play

    run_play(
        routine,
        overrides,
        resuming,
        from_exercise,
        quiet,
        PlayContext(routine_name(routine)),
        _load,
        questions,
    )


@cli.command(epilog=examples("voicecoach voices", "voicecoach voices --language de"))
@click.option("--language", help="Only voices for this language code, e.g. de.  [default: all]")
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

        raise InputError(f"no installed voice for language {language!r} — 'voicecoach voices' lists them all")


@cli.command(
    epilog=examples(
        "voicecoach feed foot-strength box-breathing -d feed --base-url http://192.168.1.20:8000/"
    )
)
@click.argument("routines", nargs=-1, required=True)
@click.option(
    "-d",
    "--outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the episodes, covers, feed.xml and the page (made if missing).",
)
@click.option(
    "--base-url",
    required=True,
    metavar="URL",
    help="Where the folder will be served, e.g. http://192.168.1.20:8000/ ('serve' prints it).",
)
@click.option("--title", default="voicecoach sessions", show_default=True, help="The feed's title.")
@click.option("--bitrate", type=int, help="kbit/s of the MP3s (default 64).")
@click.option("--jobs", type=click.IntRange(1, 16), default=2, show_default=True, help="Parallel processes.")
@click.option("--force", is_flag=True, help="Overwrite files in the folder the feed didn't make.")
@options.session_options
def feed(routines, outdir, base_url, title, bitrate, jobs, force, overrides):
    """Export routines as a private podcast feed with a page.

    Writes MP3s with chapters, covers, feed.xml and index.html into OUTDIR. Re-running updates the episodes in place (same GUIDs); serve the folder with 'voicecoach serve'.
    """
    from voicecoach.export.feed import check_base_url, make_feed
    from voicecoach.export.formats import EncodeOptions

    check_base_url(base_url)
    result = make_feed(
        list(routines), outdir, base_url, title, overrides, jobs, force, EncodeOptions(bitrate)
    )
    click.echo(
        f"wrote {result.exported} episode{'s' * (result.exported != 1)} and {result.feed} "
        f"({result.episodes} in the feed)",
        err=True,
    )


@cli.command(
    epilog=examples(
        "voicecoach serve feed            # this machine only",
        "voicecoach serve feed --lan      # phones on the same network",
        "voicecoach serve feed --port 8080 --bind 192.168.1.20",
    )
)
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--lan",
    is_flag=True,
    help="Listen on every network interface, so phones on the same network can reach "
    "the folder (the same as --bind 0.0.0.0).",
)
@click.option(
    "--bind",
    metavar="ADDRESS",
    help="Listen on this address of this machine only.  [default: 127.0.0.1, this machine]",
)
def serve(folder, port, lan, bind):
    """Serve a feed folder to phones: the podcast feed and the page.

    Without --lan only this machine can connect. It serves the files 'voicecoach feed' wrote
    into FOLDER (regular files, read-only; no dot-files, no listings, nothing outside FOLDER).
    The podcast feed is FOLDER/feed.xml; the page at / plays the sessions with their chapters."""
    from voicecoach.serve.server import serve as run

    if lan and bind is not None:
        raise click.UsageError("give either --lan (every interface) or --bind ADDRESS, not both")
    address = "0.0.0.0" if lan else (bind if bind is not None else "127.0.0.1")

    def say(line: str) -> None:
        click.echo(line, nl=True)
        sys.stdout.flush()  # each line as it happens, also into a pipe

    run(folder, port, address, say)


from voicecoach.cli import programme_cmds  # noqa: E402  (its commands join the group)

programme_cmds.register(cli)


def _report(err: VoicecoachError) -> None:
    if isinstance(err, RoutineError):
        for problem in err.problems:
            click.echo(terminal_text(str(problem)), err=True)
        count = len(err.problems)
        click.echo(
            f"voicecoach: error: {count} problem{'s' * (count != 1)} in the routine — fix them and run again",
            err=True,
        )
    elif isinstance(err, InputProblems):
        for message in err.messages:
            click.echo(terminal_text(f"voicecoach: error: {message}"), err=True)
    else:
        click.echo(terminal_text(f"voicecoach: error: {err}"), err=True)


def main(argv=None) -> None:
    """Entry point: run the CLI, turn every error into one line and an exit status."""
    try:
        with terminate_like_ctrl_c():
            code = cli.main(args=argv, prog_name="voicecoach", standalone_mode=False)
        status = code if isinstance(code, int) else ExitStatus.OK  # ctx.exit(N) returns N
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        status = ExitStatus.BAD_INPUT
    except (Terminated, click.Abort) as exc:
        stop = exc if isinstance(exc, Terminated) else exc.__cause__  # click wraps it in Abort
        if isinstance(stop, Terminated):
            click.echo(f"voicecoach: stopped ({signal.Signals(stop.signum).name})", err=True)
            status = 128 + stop.signum
        else:
            click.echo("voicecoach: interrupted", err=True)
            status = ExitStatus.INTERRUPTED
    except KeyboardInterrupt:
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
        click.echo(
            f"voicecoach: error: internal error: {exc.__class__.__name__}: {exc} "
            "(set VOICECOACH_DEBUG=1 for details)",
            err=True,
        )
        status = ExitStatus.FAILURE
    sys.exit(int(status))


def run() -> None:
    """The program's entry point (``voicecoach``, ``python -m voicecoach``): ``main()``, then
    the process ends. When a Piper voice was loaded here, it ends with the exit handlers run
    (the engines' own ``close`` among them) but without the interpreter's finalization:
    onnxruntime's native threads, torn down there, aborted the process now and then on a
    loaded machine ("terminate called without an active exception", exit -6 from a play
    that had just reported its one-line error). In-process callers use ``main()``."""
    try:
        main()
    except SystemExit as exc:
        if not _native_engine_loaded():
            raise
        import atexit
        import threading

        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        # what the interpreter does before finalizing: join the other threads, run the handlers
        getattr(threading, "_shutdown", lambda: None)()
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                status = status or ExitStatus.FAILURE
        os._exit(int(status))


def _native_engine_loaded() -> bool:
    """Piper opened a model here: its own answer, as for forking (onnxruntime's threads)."""
    if "voicecoach.speech.piper_engine" not in sys.modules:
        return False
    from voicecoach.speech.engine import fork_safe

    return not fork_safe("piper")
