"""The physiotherapist's report: one self-contained HTML page (no script, no network), the
chart embedded as inline SVG. Readable on a phone (one column, fluid), printable on one A4
page (print styles shrink the type and keep the tables compact).

In: the ``log --json`` summary of a programme, the programme, the day. Out: HTML text.
"""

from __future__ import annotations

import html
from datetime import date
from statistics import mean

from voicecoach.programme.calendar import planned_day
from voicecoach.programme.model import Programme
from voicecoach.programme.progression import describe_dose, doses_of, progressed

_CSS = """
:root { color-scheme: light; --accent: #2f7d6d; --warn: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 760px; padding: 12px; font: 15px/1.4 system-ui, -apple-system,
  "Segoe UI", Roboto, sans-serif; color: #1d1d1d; background: #fff; }
h1 { font-size: 1.3em; margin: 0 0 2px; } h2 { font-size: 1.02em; margin: 14px 0 4px; }
.meta { color: #555; font-size: .88em; margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 6px; margin-top: 10px; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: 6px 8px; }
.card b { display: block; font-size: 1.25em; }
table { width: 100%; border-collapse: collapse; font-size: .9em; }
th, td { text-align: left; padding: 3px 4px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
#adherence td:nth-child(-n+2), #stopped td:first-child { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { height: 8px; background: #e9efee; border-radius: 4px; min-width: 60px; }
.bar span { display: block; height: 8px; background: var(--accent); border-radius: 4px; }
.bar, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
#chart svg { width: 100%; height: auto; }
.none { color: #777; font-style: italic; }
@page { size: A4; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; }
  h2 { margin: 8px 0 2px; } .cards { grid-template-columns: repeat(5, 1fr); }
  #chart svg { max-height: 58mm; }
  section, tr { break-inside: avoid; }
}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _cards(data: dict) -> str:
    sessions = data["sessions"]
    total = data["programme"]["total"]
    done = sum(1 for s in sessions if s["completed"])
    stopped = sum(1 for s in sessions if not s["completed"])
    efforts = [s["effort"] for s in sessions if s["effort"] is not None]
    pains = [s["pain"] for s in sessions if s["pain"] is not None]
    share = "–" if total["adherence"] is None else f"{total['adherence'] * 100:.0f}%"
    cards = [
        ("adherence", f"{share}", f"{total['done']} of {total['planned']} planned"),
        ("streak", f"{data['streak']} day{'s' * (data['streak'] != 1)}", "in a row"),
        ("sessions", f"{done}", f"completed, {stopped} stopped early"),
        ("effort", f"{mean(efforts):.1f}" if efforts else "–", "average, 1–5"),
        ("pain", f"{max(pains)}" if pains else "–", f"highest, 0–9 (last {pains[-1]})" if pains else "0–9"),
    ]
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card" id="card-{k}">{_e(k)}<b>{_e(v)}</b><small>{_e(note)}</small></div>'
            for k, v, note in cards
        )
        + "</div>"
    )


def _weeks(weeks: list[dict]) -> str:
    rows = []
    for w in weeks:
        label = f"Week {w['week']}" if w["week"] else "skipped"
        share = w["adherence"]
        bar = (
            "" if share is None else f'<div class="bar"><span style="width:{share * 100:.0f}%"></span></div>'
        )
        rows.append(
            f"<tr><td>{_e(label)}</td><td>{_e(w['from'])}</td><td class='n'>{w['done']}/{w['planned']}</td>"
            f"<td class='n'>{'' if share is None else f'{share * 100:.0f}%'}</td><td>{bar}</td>"
            f"<td class='n'>{w['stopped'] or ''}</td></tr>"
        )
    return (
        "<table id='adherence'><tr><th>week</th><th>from</th><th>done</th><th></th><th></th>"
        "<th>stopped</th></tr>" + "".join(rows) + "</table>"
    )


def _doses(programme: Programme, start: date, sessions: list[dict], until: date) -> str:
    """Per programme session: the doses of the last week it was completed (else week 1)."""
    parts = []
    for plan in programme.sessions:
        done = [s for s in sessions if s["routine"] == plan.name and s["completed"]]
        day = date.fromisoformat(done[-1]["date"]) if done else start
        planned = planned_day(programme, start, day)
        week = planned.week if planned and planned.week else 1
        routine = progressed(plan, week)
        rows = "".join(
            f"<tr><td>{_e(r['exercise'])}</td><td>{_e(describe_dose(r))}</td></tr>" for r in doses_of(routine)
        )
        state = f"reached in week {week}" if done else "not done yet: the week 1 doses"
        parts.append(
            f"<h3 style='font-size:.95em;margin:6px 0 2px'>{_e(plan.name)} — {_e(state)}</h3>"
            f"<table class='doses'>{rows}</table>"
        )
    return "".join(parts)


STOPPED_ROWS = 10  # the latest ones: the page still prints on one sheet


def _stopped(sessions: list[dict]) -> str:
    rows = []
    stopped = [s for s in sessions if not s["completed"]]
    for s in stopped[-STOPPED_ROWS:]:
        if s["exercise"]:
            where = f"exercise {s['exercise']} of {s['exercises']}: {s['exercise_name'] or ''}"
            where += f", set {s['set']}" if s["set"] else ""
        else:
            where = "before the first exercise" if s["exercise"] == 0 else "not recorded"
        minutes = "" if s["minutes"] is None else f"{s['minutes']:.1f} min"
        rows.append(
            f"<tr><td>{_e(s['date'])}</td><td>{_e(s['routine'])}</td><td>{_e(where)}</td>"
            f"<td class='n'>{_e(minutes)}</td></tr>"
        )
    if not rows:
        return "<p class='none'>None: every session was played to its end.</p>"
    earlier = len(stopped) - len(rows)
    more = f"<p class='meta'>and {earlier} earlier (voicecoach log lists them all)</p>" if earlier else ""
    return (
        "<table id='stopped'><tr><th>date</th><th>session</th><th>stopped at</th><th>after</th></tr>"
        + "".join(rows)
        + "</table>"
        + more
    )


def report_html(programme: Programme, data: dict, until: date, chart_svg: str | None) -> str:
    """The whole report page. ``data`` is ``log --json``'s summary for ``programme``."""
    info = data["programme"]
    start = date.fromisoformat(info["start"])
    chart = chart_svg if chart_svg else "<p class='none'>No ratings yet.</p>"
    title = _e(programme.title)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — report</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>{title}</h1>
<p class="meta">{programme.weeks} weeks from {start:%a %d %b %Y} · report up to {until:%a %d %b %Y} ·
{len(data["sessions"])} sessions logged · made by voicecoach</p></header>
{_cards(data)}
<section><h2>Adherence per week</h2>{_weeks(info["weeks"])}</section>
<section><h2>Effort and pain</h2><div id="chart" role="img" aria-label="effort and pain over time">{chart}</div>
<p class="meta">Effort 1 (easy) to 5 (very hard), pain 0 (none) to 9; an open circle marks a session stopped early.</p></section>
<section><h2>Doses reached</h2>{_doses(programme, start, data["sessions"], until)}</section>
<section><h2>Sessions stopped early</h2>{_stopped(data["sessions"])}</section>
</body>
</html>
"""
