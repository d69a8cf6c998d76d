"""``voicecoach remind``: the programme's planned sessions as a calendar file (.ics)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from voicecoach.errors import InputError


def run(spec: str, output: Path, start: date | None, at: str, base_url: str | None, force: bool) -> None:
    from voicecoach.cli.programme_days import logged_entries, start_of
    from voicecoach.export.reminders import calendar_bytes
    from voicecoach.files import check_output, write_atomic
    from voicecoach.programme.find import load_programme_spec

    try:
        when = datetime.strptime(at, "%H:%M").time()
    except ValueError:
        raise InputError(f"--time {at}: not a time of day — write HH:MM, e.g. --time 07:30") from None
    if base_url:
        from voicecoach.export.feed import check_base_url

        base_url = check_base_url(base_url)
    programme = load_programme_spec(spec)
    check_output(output, [Path(spec)], force)
    first = start_of(
        programme, start, logged_entries() if start is None and programme.start is None else [], date.today()
    )
    data = calendar_bytes(programme, first, when, base_url)
    write_atomic(output, lambda tmp: tmp.write_bytes(data))
    count = data.count(b"BEGIN:VEVENT")
    click.echo(
        f"wrote {output}: {count} session{'s' * (count != 1)} from {first:%a %Y-%m-%d} at {at}", err=True
    )
