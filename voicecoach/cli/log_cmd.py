"""``voicecoach log``: the history of sessions done, the streak, adherence per programme week."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import click

CSV_COLUMNS = (
    "date",
    "routine",
    "title",
    "minutes",
    "completed",
    "effort",
    "pain",
    "programme",
    "week",
    "source",
    "exercise",
    "exercises",
    "exercise_name",
    "set",
)


def summary(programme_spec: str | None, day: date, start: date | None, entries) -> dict:
    """What ``log --json`` prints (the report reads the same)."""
    from voicecoach.cli.programme_days import start_of
    from voicecoach.log.summary import adherence, history, streak, totals

    entries = [e for e in entries if e.day <= day.isoformat()]
    out: dict = {"date": day.isoformat(), "sessions": history(entries), "programme": None}
    if programme_spec is None:
        out["streak"] = streak(entries, day)
        return out
    from voicecoach.programme.find import load_programme_spec

    programme = load_programme_spec(programme_spec)
    first = start_of(programme, start, entries, day)
    names = {s.name for s in programme.sessions}
    mine = [e for e in entries if e.routine in names or e.programme == programme.name]
    weeks = adherence(programme, first, mine, day)
    out.update(
        sessions=history(mine),
        streak=streak(mine, day, programme, first),
        programme={
            "name": programme.name,
            "title": programme.title,
            "start": first.isoformat(),
            "weeks": weeks,
            "total": totals(weeks),
        },
    )
    return out


def run(programme: str | None, as_json: bool, as_csv: bool, day: date, start: date | None) -> None:
    from voicecoach.cli.programme_days import logged_entries

    data = summary(programme, day, start, logged_entries())
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif as_csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(data["sessions"])
        click.echo(buffer.getvalue(), nl=False)
    else:
        _text(data)


def _text(data: dict) -> None:
    rows = data["sessions"]
    if not rows:
        click.echo("no sessions logged yet — 'play' logs each session, 'done' logs one by hand")
    else:
        click.echo(f"{'date':10}  {'session':24} {'min':>5}  {'':9} {'effort':>6} {'pain':>4}")
    for r in rows:
        state = (
            "completed"
            if r["completed"]
            else ("stopped" if r["ended"] or r["source"] != "play" else "playing?")
        )
        minutes = "" if r["minutes"] is None else f"{r['minutes']:.1f}"
        click.echo(
            f"{r['date']:10}  {r['routine'][:24]:24} {minutes:>5}  {state:9} "
            f"{_dash(r['effort']):>6} {_dash(r['pain']):>4}"
        )
    click.echo(f"streak: {data['streak']} day{'s' * (data['streak'] != 1)}")
    programme = data["programme"]
    if programme:
        click.echo(f"adherence, {programme['title']} (from {programme['start']}):")
        for w in programme["weeks"]:
            if not w["week"]:
                click.echo(f"  skipped  {w['from']}  no sessions planned")
                continue
            label = f"week {w['week']}"
            share = "" if w["adherence"] is None else f"  {w['adherence'] * 100:.0f}%"
            click.echo(
                f"  {label:8} {w['from']}  {w['done']}/{w['planned']} done{share}"
                + (f", {w['stopped']} stopped early" if w["stopped"] else "")
            )
        total = programme["total"]
        if total["adherence"] is not None:
            click.echo(f"  total    {total['done']}/{total['planned']} done  {total['adherence'] * 100:.0f}%")


def _dash(value) -> str:
    return "-" if value is None else str(value)
