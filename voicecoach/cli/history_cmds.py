"""The commands on the sessions done: ``done`` (log one by hand), ``log`` (the history, streak
and adherence) and ``report`` (the physiotherapist's one-page report). The log and report
work lives in ``log_cmd`` and ``report_cmd``; like every command these raise and let
``cli.main`` turn errors into one line and an exit status.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from voicecoach.cli.options import DATE, examples
from voicecoach.errors import InputError


@click.command(
    epilog=examples(
        "voicecoach done knee-strength --effort 3 --pain 1",
        "voicecoach done foot-strength --effort 4 --pain 0 --date 2026-12-07",
    )
)
@click.argument("routine")
@click.option("--effort", type=click.IntRange(1, 5), required=True, help="How hard it was, 1 (easy) to 5.")
@click.option("--pain", type=click.IntRange(0, 9), required=True, help="Pain, 0 (none) to 9.")
@click.option("--date", "day", help="The day it was done.  [default: today]", **DATE)
@click.option("--minutes", type=click.FloatRange(0, 24 * 60), help="How long it took.")
@click.option("--stopped", is_flag=True, help="It was stopped early (not completed).")
def done(routine, effort, pain, day, minutes, stopped):
    """Log a session done elsewhere, by hand.

    Minutes default to the routine's estimated length (without --stopped)."""
    from voicecoach.cli.playing import routine_name
    from voicecoach.log.store import Entry, Log, now_iso
    from voicecoach.programme.length import estimated_seconds
    from voicecoach.routine.find import load_spec

    loaded = load_spec(routine).routine  # a typo is an error, not a new routine
    when = day or date.today()
    if when > date.today():
        raise InputError(f"--date {when.isoformat()} is in the future — log a session once it is done")
    entry = Entry(
        day=when.isoformat(),
        routine=routine_name(routine),
        title=loaded.title,
        source="done",
        completed=not stopped,
        effort=effort,
        pain=pain,
        ended=now_iso(),
        planned_s=round(estimated_seconds(loaded), 1),
        played_s=None if minutes is None else minutes * 60,
    )
    with Log() as log:
        entry_id = log.add(entry)
    click.echo(
        f"logged {entry.routine} on {entry.day}: effort {effort}, pain {pain}"
        f"{', stopped early' if stopped else ''} (#{entry_id})",
        err=True,
    )


@click.command(
    "log",
    epilog=examples(
        "voicecoach log", "voicecoach log knee-plan --json", "voicecoach log --csv > sessions.csv"
    ),
)
@click.argument("programme", required=False)
@click.option("--json", "as_json", is_flag=True, help="History, streak and adherence as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="The history as CSV.")
@click.option("--date", "day", help="Count up to this day.  [default: today]", **DATE)
@click.option("--start", help="First day of the programme (see 'plan').", **DATE)
def log_cmd(programme, as_json, as_csv, day, start):
    """Show the sessions done, the streak, adherence.

    History (date, session, minutes, completed, effort, pain), the streak, and adherence
    per week against PROGRAMME."""
    from voicecoach.cli import log_cmd as impl

    impl.run(programme, as_json, as_csv, day or date.today(), start)


@click.command(epilog=examples("voicecoach report knee-plan -o report.html"))
@click.argument("programme")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The report file to write (.html).",
)
@click.option("--date", "day", help="Report up to this day.  [default: today]", **DATE)
@click.option("--start", help="First day of the programme (see 'plan').", **DATE)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def report(programme, output, day, start, force):
    """Write the physiotherapist's one-page report.

    Adherence per week, effort and pain over time (a chart), doses reached, sessions
    stopped early and where; an HTML page that prints on one A4 sheet."""
    from voicecoach.cli import report_cmd

    report_cmd.run(programme, output, day or date.today(), start, force)


def register(cli: click.Group) -> None:
    """Add these commands to the main command group."""
    for command in (done, log_cmd, report):
        cli.add_command(command)
