"""Shared helpers for the importer tests: normalized fields and field-by-field comparison."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"
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
