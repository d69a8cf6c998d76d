"""The report's chart: effort (1–5) and pain (0–9) per day, drawn with matplotlib (the
``report`` extra) into SVG text to embed in the page. No display needed (Agg backend)."""

from __future__ import annotations

import io
from datetime import date

from voicecoach.errors import VoicecoachError


class ChartUnavailable(VoicecoachError):
    """matplotlib is not installed."""


def effort_pain_svg(points: list[dict], first: date, last: date) -> str:
    """SVG of effort and pain over ``first``..``last``; ``points``: {"date", "effort", "pain",
    "completed"} per rated session (unrated values None)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError as err:
        raise ChartUnavailable(
            f"the report's chart needs matplotlib ({err}) — install it: pip install 'voicecoach[report]'"
        ) from None
    plt.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, searchable
    fig, effort_ax = plt.subplots(figsize=(7.0, 2.6), dpi=96)
    pain_ax = effort_ax.twinx()
    for ax, key, colour, top, label in (
        (effort_ax, "effort", "#2f7d6d", 5, "effort (1–5)"),
        (pain_ax, "pain", "#c0392b", 9, "pain (0–9)"),
    ):
        rated = [
            (date.fromisoformat(p["date"]), p[key], p["completed"]) for p in points if p[key] is not None
        ]
        xs = [x for x, _, _ in rated]
        ys = [y for _, y, _ in rated]
        ax.plot(
            xs,  # type: ignore[arg-type]  # matplotlib's stubs omit its date converter
            ys,
            color=colour,
            marker="o",
            linewidth=1.6,
            markersize=4,
            label=label,
            gid=key,  # <g id="effort">: one marker per rated session
        )
        stopped = [(x, y) for x, y, done in rated if not done]
        if stopped:
            ax.scatter(
                [x for x, _ in stopped],  # type: ignore[arg-type]  # matplotlib's stubs omit its date converter
                [y for _, y in stopped],
                s=46,
                facecolors="none",
                edgecolors=colour,
                linewidths=1.4,
            )
        ax.set_ylim(0 if key == "pain" else 1, top + 0.3)
        ax.set_ylabel(label, color=colour, fontsize=9)
        ax.tick_params(axis="y", colors=colour, labelsize=8)
    effort_ax.set_xlim(first, last)  # type: ignore[arg-type]  # matplotlib's stubs omit its date converter
    effort_ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    effort_ax.tick_params(axis="x", labelsize=8)
    effort_ax.grid(axis="y", alpha=0.25)
    fig.tight_layout()
    out = io.StringIO()
    fig.savefig(out, format="svg")
    plt.close(fig)
    svg = out.getvalue()
    return svg[svg.index("<svg") :]  # no XML prolog inside HTML
