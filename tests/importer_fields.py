"""Shared helpers for the importer tests: normalized fields and field-by-field comparison."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"
REAL = ARTICLES / "real"          # re-created real-world layouts, one .source.txt each
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
COMPARED = ("name", "sides", "sets", "reps", "hold", "duration", "rest", "relax", "phases")


def normalized(exercise: dict) -> dict:
    """An importer exercise dict with the JSON contract's defaults filled in."""
    out = {key: exercise.get(key) for key in COMPARED}
    out["sides"] = list(out["sides"] or [])
    out["phases"] = list(out["phases"] or [])
    out["sets"] = out["sets"] or 1
    return out


def article_paths() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))


def real_article_paths() -> list[Path]:
    """The real-layout corpus: every article file that has an expected routine beside it."""
    return sorted(p for p in REAL.iterdir()
                  if p.suffix in SUFFIXES and not p.name.endswith(".source.txt")
                  and p.with_name(p.stem + ".expected.json").exists())


def expected_for(article: Path) -> dict:
    return json.loads(article.with_name(article.stem + ".expected.json").read_text("utf-8"))


def compare(expected: dict, exercises: list[dict]) -> tuple[int, int, list[str]]:
    """(fields right, fields total, differences) over every expected exercise field."""
    right, total, diffs = 0, 0, []
    for i, want in enumerate(expected["exercises"]):
        got = normalized(exercises[i]) if i < len(exercises) else {}
        for key in COMPARED:
            total += 1
            if got.get(key) == want.get(key):
                right += 1
            else:
                diffs.append(f"{want['name']}.{key}: expected {want.get(key)!r}, got {got.get(key)!r}")
    for extra in exercises[len(expected["exercises"]):]:
        total += 1
        diffs.append(f"unexpected exercise {extra.get('name')!r}")
    return right, total, diffs


def score_table(paths: list[Path]) -> tuple[int, int, list[tuple[str, int, int, float, str]]]:
    """Import each article; (right, total, rows of (name, right, total, ms, first difference))."""
    import time

    from voicecoach.errors import InputError
    from voicecoach.importer import import_source

    rows, right, total = [], 0, 0
    for path in paths:
        expected = expected_for(path)
        start = time.perf_counter()
        try:
            exercises = import_source(path).exercises
            note = ""
        except InputError as err:
            exercises, note = [], f"REFUSED: {err}"
        ms = (time.perf_counter() - start) * 1000
        r, t, diffs = compare(expected, exercises)
        rows.append((path.name, r, t, ms, note or (diffs[0] if diffs else "")))
        right, total = right + r, total + t
    return right, total, rows


if __name__ == "__main__":       # python tests/importer_fields.py [-v]: the scores, article by article
    import sys

    verbose = "-v" in sys.argv
    for label, paths in (("real corpus", real_article_paths()), ("our six", article_paths())):
        right, total, rows = score_table(paths)
        for name, r, t, ms, first in rows:
            print(f"{name:45} {r:3}/{t:<3} {ms:7.1f} ms  {first if verbose or r < t else ''}")
        print(f"== {label}: {right}/{total} ({100 * right / total:.1f}%)\n")
