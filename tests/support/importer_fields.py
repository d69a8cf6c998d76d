"""Shared helpers for the importer tests: normalized fields and field-by-field comparison.

Also a script that scores the importer article by article (the blind lists' articles,
tests/articles/real/BLIND-*.txt, only as aggregates, each list alone too)::

    .venv/bin/python tests/support/importer_fields.py [-v] [--tuning]

``--tuning`` leaves the blind lists out altogether (not even their aggregate is imported): what a
tuner runs, so no choice of rule is steered by a held-back article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Fields = dict[str, Any]  # one exercise as the importer's JSON contract gives it

ARTICLES = Path(__file__).resolve().parents[1] / "articles"
REAL = ARTICLES / "real"  # re-created real-world layouts, one .source.txt each
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
COMPARED = ("name", "sides", "sets", "reps", "hold", "duration", "rest", "relax", "phases")


def normalized(exercise: Fields) -> Fields:
    """An importer exercise dict with the JSON contract's defaults filled in."""
    out = {key: exercise.get(key) for key in COMPARED}
    out["sides"] = list(out["sides"] or [])
    out["phases"] = list(out["phases"] or [])
    out["sets"] = out["sets"] or 1
    return out


def blind_lists() -> dict[str, set[str]]:
    """Each tests/articles/real/BLIND-*.txt by its stem ('BLIND-3') with the article file names it
    lists (one a line, '#' comments): held out from tuning, so only aggregates are ever printed."""
    lists: dict[str, set[str]] = {}
    for listing in sorted(REAL.glob("BLIND-*.txt")):
        names = {Path(line.split("#", 1)[0].strip()).name for line in listing.read_text("utf-8").splitlines()}
        lists[listing.stem] = names - {""}
    return lists


def blind_names() -> set[str]:
    """Every article file name of every blind list."""
    return set().union(*blind_lists().values())


def split_blind(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(tunable, blind): the paths not in a BLIND list, and those that are."""
    blind = blind_names()
    return [p for p in paths if p.name not in blind], [p for p in paths if p.name in blind]


def article_paths() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))


def real_article_paths() -> list[Path]:
    """The real-layout corpus: every article file that has an expected routine beside it."""
    return sorted(
        p
        for p in REAL.iterdir()
        if p.suffix in SUFFIXES
        and not p.name.endswith(".source.txt")
        and p.with_name(p.stem + ".expected.json").exists()
    )


def expected_for(article: Path) -> dict[str, Any]:
    path = article.with_name(article.stem + ".expected.json")
    expected: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return expected


def compare(expected: dict[str, Any], exercises: list[Fields]) -> tuple[int, int, list[str]]:
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
    for extra in exercises[len(expected["exercises"]) :]:
        total += 1
        diffs.append(f"unexpected exercise {extra.get('name')!r}")
    return right, total, diffs


def score_table(paths: list[Path]) -> tuple[int, int, list[tuple[str, int, int, float, str]]]:
    """Import each article; (right, total, rows of (name, right, total, ms, first difference)).
    A row's difference starts "count:" when the import has another number of exercises than the
    expected file (``structure_counts`` sums those without naming the articles)."""
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
        r = 0 if note else r  # a refused article scores nothing, as in the corpus test
        if not note and len(exercises) != len(expected["exercises"]):
            note = f"count: expected {len(expected['exercises'])} exercises, got {len(exercises)}; "
            note += diffs[0] if diffs else ""
        rows.append((path.name, r, t, ms, note or (diffs[0] if diffs else "")))
        right, total = right + r, total + t
    return right, total, rows


def structure_counts(rows: list[tuple[str, int, int, float, str]]) -> str:
    """Where a set's fields are lost, without naming an article: in imports with the wrong number
    of exercises (a structure error shifts every field after it), refused ones, and the rest."""
    wrong = [(r, t) for _, r, t, _, first in rows if first.startswith("count:")]
    refused = [(r, t) for _, r, t, _, first in rows if first.startswith("REFUSED")]
    lost = sum(t - r for _, r, t, _, _ in rows)
    in_wrong = sum(t - r for r, t in wrong)
    in_refused = sum(t - r for r, t in refused)
    return (
        f"{len(wrong)} of {len(rows)} with another number of exercises ({in_wrong} of {lost} fields lost), "
        f"{len(refused)} refused ({in_refused}), the rest {lost - in_wrong - in_refused}"
    )


def main(argv: list[str]) -> None:
    """Print the score table: per article, except the blind lists' (aggregate only, or nothing with
    ``--tuning``)."""
    verbose = "-v" in argv
    tunable, blind = split_blind(real_article_paths())
    if "--tuning" in argv:
        blind = []
    for label, paths, listed in (
        ("real corpus, not blind", tunable, True),
        ("real corpus, BLIND (aggregate only)", blind, False),
        ("our six", article_paths(), True),
    ):
        if not paths:
            continue
        right, total, rows = score_table(paths)
        for name, r, t, ms, first in rows if listed else ():
            print(f"{name:45} {r:3}/{t:<3} {ms:7.1f} ms  {first if verbose or r < t else ''}")
        print(f"== {label}: {right}/{total} ({100 * right / total:.1f}%) over {len(paths)} articles")
        print(f"   where the fields were lost: {structure_counts(rows)}\n")
    for stem, names in blind_lists().items():  # each blind list alone, still aggregate only
        paths = [p for p in blind if p.name in names]
        if paths:
            right, total, _ = score_table(paths)
            print(
                f"== {stem} alone (aggregate only): {right}/{total} ({100 * right / total:.1f}%) "
                f"over {len(paths)} articles"
            )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
