"""``voicecoach report``: the physiotherapist's one-page HTML report of a programme."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click


def run(spec: str, output: Path, day: date, start: date | None, force: bool) -> None:
    from voicecoach.cli.log_cmd import summary
    from voicecoach.cli.programme_days import logged_entries
    from voicecoach.export.chart import effort_pain_svg
    from voicecoach.export.report import report_html
    from voicecoach.files import check_output, write_text_atomic
    from voicecoach.programme.calendar import end_date
    from voicecoach.programme.find import load_programme_spec

    check_output(output, [Path(spec)], force)
    programme = load_programme_spec(spec)
    data = summary(spec, day, start, logged_entries())
    first = date.fromisoformat(data["programme"]["start"])
    rated = [s for s in data["sessions"] if s["effort"] is not None or s["pain"] is not None]
    last = min(day, end_date(programme, first))
    chart = effort_pain_svg(rated, first, max(last, first)) if rated else None
    write_text_atomic(output, report_html(programme, data, day, chart))
    total = data["programme"]["total"]
    share = (
        "no sessions planned yet"
        if total["adherence"] is None
        else f"adherence {total['adherence'] * 100:.0f}% ({total['done']} of {total['planned']})"
    )
    click.echo(f"wrote {output}: {share}, {len(rated)} rated session{'s' * (len(rated) != 1)}", err=True)
