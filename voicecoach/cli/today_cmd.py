"""``voicecoach today``: the day's session of a programme, progressed; shown, written or played."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from voicecoach import environment
from voicecoach.errors import InputError


def run(
    spec: str,
    day: date,
    start: date | None,
    session_name: str | None,
    as_json: bool,
    output: Path | None,
    feed_dir: Path | None,
    base_url: str | None,
    force: bool,
    quiet: bool,
    questions: bool,
    overrides: dict,
) -> None:
    from voicecoach.cli.programme_days import day_json, start_of
    from voicecoach.programme.calendar import end_date, planned_day
    from voicecoach.programme.find import load_programme_spec

    programme = load_programme_spec(spec)
    entries = _readable_entries()
    first = start_of(programme, start, entries, day)
    if as_json:
        click.echo(json.dumps(day_json(programme, first, day, entries), indent=2, ensure_ascii=False))
        return
    planned = planned_day(programme, first, day)
    if planned is None:
        when = "starts" if day < first else "ended"
        edge = first if day < first else end_date(programme, first)
        click.echo(
            f"{programme.title}: {day:%a %Y-%m-%d} is outside the programme (it {when} {edge:%a %Y-%m-%d})",
            err=True,
        )
        return
    if feed_dir is not None:
        _publish(programme, planned, feed_dir, base_url, force, overrides)
        return
    if not planned.sessions:
        _rest_day(programme, first, day)
        return
    session = _pick(planned, session_name, entries, day, output is not None)
    if session is None:
        return
    path = write_session(programme, planned, session)
    click.echo(f"{programme.title}, week {planned.week}, {day:%a %Y-%m-%d}: {session.name}", err=True)
    if output is not None:
        _write(path, session, output, force, overrides)
        return
    from voicecoach.cli.loading import load_reporting as _load
    from voicecoach.cli.playing import run_play
    from voicecoach.log.record import PlayContext

    context = PlayContext(session.name, programme.name, planned.week, day)
    run_play(str(path), overrides, False, None, quiet, context, _load, questions)


def _readable_entries():
    """The log's entries; a damaged log is said once and today's session still plays."""
    from voicecoach.cli.programme_days import logged_entries
    from voicecoach.log.store import LogError

    try:
        return logged_entries()
    except LogError as err:
        click.echo(f"voicecoach: warning: {err} (today cannot see what was done)", err=True)
        return []


def _rest_day(programme, first: date, day: date) -> None:
    from datetime import timedelta

    from voicecoach.programme.calendar import planned_day

    following = day + timedelta(days=1)
    while (nxt := planned_day(programme, first, following)) is not None and not nxt.sessions:
        following += timedelta(days=1)
    then = f" — next: {following:%a %Y-%m-%d}, {', '.join(s.name for s in nxt.sessions)}" if nxt else ""
    click.echo(f"{programme.title}: {day:%a %Y-%m-%d} is a rest day{then}", err=True)


def _pick(planned, name: str | None, entries, day: date, writing: bool):
    if name is not None:
        found = [s for s in planned.sessions if s.name == name]
        if not found:
            raise InputError(
                f"--session {name}: not planned on {day:%Y-%m-%d} — that day has "
                + ", ".join(s.name for s in planned.sessions)
            )
        return found[0]
    done: dict[str, int] = {}
    for e in entries:
        if e.day == day.isoformat() and e.completed:
            done[e.routine] = done.get(e.routine, 0) + 1
    for session in planned.sessions:
        if done.get(session.name, 0) < session.times:
            return session
    if writing:
        return planned.sessions[0]
    count = sum(s.times for s in planned.sessions)
    click.echo(
        f"all {count} sessions of {day:%a %Y-%m-%d} are done — well done (play one again "
        f"with --session {planned.sessions[0].name})",
        err=True,
    )
    return None


def session_file_name(programme, day: date, session) -> str:
    """``NAME@YYYY-MM-DD.yaml``: the routine's name and its day (the log and the feed parse it)."""
    return f"{session.name}@{day.isoformat()}.yaml"


def write_session(programme, planned, session, folder: Path | None = None, dated: bool = False) -> Path:
    """The progressed routine as a routine file (default: the data dir's ``today/`` folder);
    ``dated``: its title also names the day (feed episodes of different days stay apart)."""
    from dataclasses import replace

    from voicecoach.files import write_text_atomic
    from voicecoach.programme.emit import routine_yaml

    folder = folder or environment.data_dir() / "today" / programme.name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / session_file_name(programme, planned.day, session)
    routine = session.routine
    if dated:
        routine = replace(
            routine, title=f"{routine.title}, {planned.day:%A} {planned.day.day} {planned.day:%B}"
        )
    note = (
        f"{programme.title}: {session.name}, training week {planned.week}, {planned.day.isoformat()}\n"
        "written by voicecoach today; an ordinary routine (check, preview, play, export, feed)"
    )
    write_text_atomic(path, routine_yaml(routine, note))
    return path


def _write(path: Path, session, output: Path, force: bool, overrides: dict) -> None:
    from voicecoach.files import check_output, write_text_atomic

    if output.suffix.lower() in (".yaml", ".yml"):
        check_output(output, [], force)
        write_text_atomic(output, path.read_text(encoding="utf-8"))
        click.echo(f"wrote {output} ({session.routine.title})", err=True)
        return
    from voicecoach.cli.export_cmd import export_one
    from voicecoach.export.formats import EncodeOptions

    export_one(str(path), output, EncodeOptions(None, None), force, False, overrides)


def _publish(programme, planned, feed_dir: Path, base_url: str | None, force: bool, overrides: dict) -> None:
    """Each of the day's sessions as a new episode of the feed in ``feed_dir``."""
    if not base_url:
        raise InputError(
            "--feed needs --base-url: the address the phone reaches the folder at, "
            "e.g. --base-url http://192.168.1.20:8000/"
        )
    if not planned.sessions:
        click.echo(f"{programme.title}: {planned.day:%a %Y-%m-%d} is a rest day — no episode", err=True)
        return
    from voicecoach.export.feed import check_base_url, make_feed

    check_base_url(base_url)
    folder = environment.data_dir() / "today" / programme.name
    specs = [str(write_session(programme, planned, s, folder, dated=True)) for s in planned.sessions]
    result = make_feed(specs, feed_dir, base_url, programme.title, overrides, 2, force)
    click.echo(
        f"wrote {result.exported} episode{'s' * (result.exported != 1)} for "
        f"{planned.day:%Y-%m-%d} and {result.feed} ({result.episodes} in the feed)",
        err=True,
    )
