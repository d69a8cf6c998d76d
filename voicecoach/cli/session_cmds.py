"""The commands that deliver a session to a listener: ``play`` (the speakers), ``export``
(audio files), ``feed`` (a podcast folder) and ``serve`` (that folder to phones). The work
lives in ``playing``, ``export_cmd``, ``export.feed`` and ``serve.server``; these hold the
options and their checks, and raise for ``cli.main`` to report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from voicecoach.cli import options
from voicecoach.cli.loading import load_reporting
from voicecoach.cli.options import examples
from voicecoach.export.formats import FORMAT_NAMES
from voicecoach.play.commands import key_help


@click.command(
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


@click.command(
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
        load_reporting,
        questions,
    )


@click.command(
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


@click.command(
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


def register(cli: click.Group) -> None:
    """Add these commands to the main command group."""
    for command in (play, export, feed, serve):
        cli.add_command(command)
