"""The commands that look at a routine and print: ``list``, ``check`` (with ``--listen``),
``preview``, ``voices``. Nothing here writes a file or makes a sound; each raises and lets
``cli.main`` turn errors into one line and an exit status."""

from __future__ import annotations

import json

import click

from voicecoach.cli import options
from voicecoach.cli.loading import load_reporting
from voicecoach.cli.options import examples
from voicecoach.errors import ExitStatus
from voicecoach.escape import terminal_text
from voicecoach.timeline import format_clock


@click.command("list", epilog=examples("voicecoach list", "voicecoach list --json"))
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


@click.command(
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
    loaded = load_reporting(routine, overrides)
    if listen:
        return _listen(loaded, as_json, as_file)
    if as_json:
        click.echo(json.dumps(loaded.routine.to_json(), indent=2, ensure_ascii=False))
    else:
        from voicecoach.routine.notes import assumed_defaults

        click.echo(
            terminal_text(
                f"{loaded.path}: ok — {loaded.routine.title}, {loaded.routine.exercise_count()} exercises"
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


@click.command(epilog=examples("voicecoach preview foot-strength", "voicecoach preview my.yaml --format srt"))
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

    session = build_session(load_reporting(routine, overrides).routine, sink=Sink(sink))
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


@click.command(epilog=examples("voicecoach voices", "voicecoach voices --language de"))
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


def register(cli: click.Group) -> None:
    """Add these commands to the main command group."""
    for command in (list_cmd, check, preview, voices):
        cli.add_command(command)
