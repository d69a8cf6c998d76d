"""The programme commands: ``plan`` (its calendar), ``today`` (the day's session, progressed)
and ``remind`` (its calendar as .ics events); what was done is ``history_cmds``'s.

Registered on the main group by ``register``; like every command they raise and let
``cli.main`` turn errors into one line and an exit status.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from voicecoach.cli import options
from voicecoach.cli.options import DATE, examples
from voicecoach.cli.programme_days import logged_entries, start_of


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


def register(cli: click.Group) -> None:
    """Add the programme commands to the main command group."""
    for command in (plan, today, remind):
        cli.add_command(command)
