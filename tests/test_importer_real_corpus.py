"""The real-layout corpus (tests/articles/real): layouts and numbers of real public exercise
texts, re-created in our own words, each scored field by field against what the source says."""

from __future__ import annotations

import pytest

from importer_fields import expected_for, real_article_paths, score_table
from voicecoach.importer import import_source

REAL = real_article_paths()


def test_corpus_is_large_and_varied():
    assert len(REAL) >= 20
    suffixes = {p.suffix for p in REAL}
    assert {".txt", ".html", ".pdf"} <= suffixes
    for path in REAL:
        source = path.with_name(path.stem + ".source.txt").read_text("utf-8")
        assert "Address: http" in source and "Kind:" in source, path.name


@pytest.mark.parametrize("article", REAL, ids=[p.name for p in REAL])
def test_every_real_article_imports(article):
    result = import_source(article)          # never refused: InputError fails the test
    want = [e["name"] for e in expected_for(article)["exercises"]]
    assert [e["name"] for e in result.exercises] == want


def test_field_accuracy_over_the_real_corpus(capsys):
    right, total, rows = score_table(REAL)
    with capsys.disabled():
        print(f"\nimporter field accuracy on tests/articles/real: {right}/{total} "
              f"({100 * right / total:.1f}%) over {len(REAL)} articles")
    misses = [f"{name}: {first}" for name, r, t, _, first in rows if r < t]
    assert total > 0 and right / total >= 0.95, "\n".join(misses)
