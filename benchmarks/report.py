"""Writes the results: ``benchmarks.md`` (a table for people) and ``benchmarks.json``."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from benchmarks.common import Row

VERDICT = {True: "pass", False: "**FAIL**", None: ""}


def fmt_value(row: Row) -> str:
    if row.value is None:
        return "n/a"
    digits = 3 if row.unit == "s" and row.value < 10 else 1
    return f"{row.value:.{digits}f} {row.unit}"


def markdown(rows: list[Row], meta: dict) -> str:
    m = meta["machine"]
    lines = [
        "# voicecoach benchmarks",
        "",
        f"Measured {meta['date']} with `scripts/bench{' --quick' if meta['quick'] else ''}` "
        f"({meta['seconds']:.0f} s). Regenerate with `scripts/bench`; raw numbers in `benchmarks.json`.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM; {m['os']}; "
        f"Python {m['python']}; {m['espeak-ng']}.",
        "",
    ]
    if meta["quick"]:
        lines += ["**Quick run**: shorter sessions and fewer repeats — not the reference numbers.", ""]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            lines += [
                f"## {group}",
                "",
                "| Measurement | Result | Target | | Notes |",
                "|---|---|---|---|---|",
            ]
        lines.append(f"| {row.name} | {fmt_value(row)} | {row.target} | {VERDICT[row.passed]} | {row.note} |")
        if rows.index(row) + 1 == len(rows) or rows[rows.index(row) + 1].group != group:
            lines.append("")
    lines += meta.get("notes", [])
    return "\n".join(lines).rstrip() + "\n"


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(out: Path, rows: list[Row], meta: dict) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / "benchmarks.md", out / "benchmarks.json"
    write_atomic(md, markdown(rows, meta))
    write_atomic(js, json.dumps({**meta, "results": [r.to_json() for r in rows]}, indent=2) + "\n")
    return md, js
