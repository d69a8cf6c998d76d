"""End-to-end: each article in tests/articles against its expected routine."""

from __future__ import annotations

import pytest
import yaml

from support.importer_fields import article_paths, compare, expected_for
from voicecoach.importer import import_file

ARTICLES = article_paths()


@pytest.mark.parametrize("article", ARTICLES, ids=[p.name for p in ARTICLES])
def test_article_matches_expected_routine_field_by_field(article):
    expected = expected_for(article)
    result = import_file(article)
    right, total, diffs = compare(expected, result.exercises)
    assert result.title == expected["title"]
    assert [e["name"] for e in result.exercises] == [e["name"] for e in expected["exercises"]]
    assert diffs == [], f"{right}/{total} fields right"


def test_field_accuracy_over_all_articles(capsys):
    right = total = 0
    for article in ARTICLES:
        r, t, _ = compare(expected_for(article), import_file(article).exercises)
        right, total = right + r, total + t
    with capsys.disabled():
        print(
            f"\nimporter field accuracy on tests/articles: {right}/{total} "
            f"({100 * right / total:.1f}%) over {len(ARTICLES)} articles"
        )
    assert total > 0 and right / total >= 0.95


@pytest.mark.parametrize("article", ARTICLES, ids=[p.name for p in ARTICLES])
def test_every_article_imports_to_yaml_in_the_routine_format(article):
    result = import_file(article)
    data = yaml.safe_load(result.yaml_text)
    assert data["title"] == result.title
    assert [e["name"] for e in data["exercises"]] == [e["name"] for e in result.exercises]
    allowed = {
        "name",
        "what",
        "how",
        "sides",
        "sets",
        "reps",
        "hold",
        "duration",
        "rest",
        "relax",
        "countdown",
        "transition",
        "pace",
        "phases",
        "sound",
        "equipment",
        "tips",
    }
    for exercise in data["exercises"]:
        assert set(exercise) <= allowed
