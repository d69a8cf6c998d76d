"""The programme commands: ``plan``, ``today``, ``done``, ``log``, ``remind``, ``report``.

Registered on the main group by ``register``; like every command they raise and let
``cli.main`` turn errors into one line and an exit status.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from voicecoach.cli import options
from voicecoach.cli.options import examples
from voicecoach.cli.programme_days import logged_entries, start_of
from voicecoach.errors import InputError


def _date(ctx, param, value) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date — write YYYY-MM-DD, e.g. 2026-12-07") from None


DATE: dict[str, Any] = dict(metavar="YYYY-MM-DD", callback=_date)  # click.option's keywords


@click.command(epilog=examples("voicecoach plan knee-plan", "voicecoach plan my-plan.yaml --json"))
@click.argument("programme")
@click.option(
    "--start",
    help="First day of the programme.  [default: the file's start, else the first day logged, else today]",
    **DATE,
)
@click.option("--json", "as_json", is_flag=True, help="Every day with its sessions and doses, as JSON.")
def plan(programme, start, as_json):
    """Print a programme's calendar with its doses.

    Every week's doses and every day's sessions; --json lists every day."""
    from voicecoach.programme.calendar import days
    from voicecoach.programme.find import load_programme_spec

    prog = load_programme_spec(programme)
    first = start_of(
        prog, start, logged_entries() if prog.start is None and start is None else [], date.today()
    )
    calendar = days(prog, first)
    if as_json:
        click.echo(json.dumps(plan_json(prog, first, calendar), indent=2, ensure_ascii=False))
    else:
        for line in plan_lines(prog, first, calendar):
            click.echo(line)


def plan_json(prog, first: date, calendar) -> dict:
    from voicecoach.programme.progression import doses_of

    return {
        "programme": prog.name,
        "title": prog.title,
        "start": first.isoformat(),
        "weeks": prog.weeks,
        "skip_weeks": list(prog.skip_weeks),
        "days": [
            {
                "date": d.day.isoformat(),
                "week": d.week,
                "calendar_week": d.calendar_week,
                "sessions": [
                    {"name": s.name, "times": s.times, "title": s.routine.title, "doses": doses_of(s.routine)}
                    for s in d.sessions
                ],
            }
            for d in calendar
        ],
    }


def plan_lines(prog, first: date, calendar) -> list[str]:
    """The calendar as text: per week its doses, then its days with sessions."""
    from voicecoach.programme.progression import describe_dose, doses_of

    lines = [f"{prog.title} — {prog.weeks} weeks from {first:%a %Y-%m-%d}"]
    for week in sorted({d.calendar_week for d in calendar}):
        days = [d for d in calendar if d.calendar_week == week]
        if days[0].week is None:
            lines += ["", f"(calendar week {week}: skipped)"]
            continue
        lines += ["", f"week {days[0].week}"]
        for s in {s.name: s for d in days for s in d.sessions}.values():
            lines.append(
                f"  {s.name}: "
                + "; ".join(f"{r['exercise']} {describe_dose(r)}" for r in doses_of(s.routine))
            )
        lines += [
            f"  {d.day:%a %Y-%m-%d}  "
            + ", ".join(s.name + (f" x{s.times}" if s.times > 1 else "") for s in d.sessions)
            for d in days
            if d.sessions
        ]
    return lines


@click.command(
    epilog=examples(
        "voicecoach today knee-plan",
        "voicecoach today knee-plan --date 2026-12-21 --json",
        "voicecoach today knee-plan -o today.mp3",
        "voicecoach today knee-plan -o today.yaml",
    )
)
@click.argument("programme")
@click.option("--date", "day", help="The day to look at.  [default: today]", **DATE)
@click.option("--start", help="First day of the programme (see 'plan').", **DATE)
@click.option(
    "--session",
    "session_name",
    metavar="NAME",
    help="Which of the day's sessions.  [default: the first not yet done today]",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the day's sessions (each progressed routine as 'check --json' prints it).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the session instead of playing it: .yaml (the progressed routine) "
    "or audio (.mp3 .ogg .wav .flac .opus, as 'export').",
)
@click.option(
    "--feed",
    "feed_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Publish the day's sessions as new episodes of the feed in this folder.",
)
@click.option("--base-url", metavar="URL", help="With --feed: where the folder is served.")
@click.option("--force", is_flag=True, help="Overwrite an existing -o file.")
@click.option("--quiet", is_flag=True, help="No status line.")
@click.option(
    "--questions/--no-questions",
    default=True,
    show_default=True,
    help="At the end, ask how hard it was and any pain (as 'play').",
)
@options.session_options
def today(
    programme,
    day,
    start,
    session_name,
    as_json,
    output,
    feed_dir,
    base_url,
    force,
    quiet,
    questions,
    overrides,
):
    """Play today's session of a programme.

    What is due today with its progressed doses. Without -o, --json or --feed the session
    plays (as 'play', logged with the programme)."""
    from voicecoach.cli import today_cmd

    today_cmd.run(
        programme,
        day or date.today(),
        start,
        session_name,
        as_json,
        output,
        feed_dir,
        base_url,
        force,
        quiet,
        questions,
        overrides,
    )


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


@click.command(
    epilog=examples(
        "voicecoach remind knee-plan -o plan.ics",
        "voicecoach remind knee-plan -o plan.ics --time 07:30 --base-url http://192.168.1.20:8000/",
    )
)
@click.argument("programme")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The calendar file to write (.ics).",
)
@click.option("--start", help="First day of the programme (see 'plan').", **DATE)
@click.option(
    "--time",
    "at",
    default="18:00",
    show_default=True,
    metavar="HH:MM",
    help="Time of day of the first session (more a day: 4 hours apart).",
)
@click.option(
    "--base-url", metavar="URL", help="The feed's address ('serve' prints it): each event links to the page."
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def remind(programme, output, start, at, base_url, force):
    """Write a calendar (.ics) with an event for every planned session."""
    from voicecoach.cli import remind_cmd

    remind_cmd.run(programme, output, start, at, base_url, force)


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
    """Add the programme commands to the main command group."""
    for command in (plan, today, done, log_cmd, remind, report):
        cli.add_command(command)
