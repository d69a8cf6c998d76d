"""The real-layout corpus (tests/articles/real): layouts and numbers of real public exercise
texts, re-created in our own words, each scored field by field against what the source says.

The articles named in tests/articles/real/BLIND-*.txt are held out from tuning: no test here
reports them one by one; only their aggregate score is checked and printed."""

from __future__ import annotations

from functools import cache

import pytest

from support.importer_fields import REAL as REAL_DIR
from support.importer_fields import blind_lists, compare, expected_for, real_article_paths, split_blind
from voicecoach.importer import import_source

REAL = real_article_paths()
TUNABLE, BLIND = split_blind(REAL)
# Issue 23 asks >= 90 % on the whole corpus; with the held-back part 3 (BLIND-3) merged after the
# tuning ended it measures 87.3 %: a regression guard at the measured level, the target not met.
WHOLE_CORPUS_MIN = 0.87
TUNABLE_MIN = 0.89  # the articles tuned on, with part 3 released for tuning (measured 89.2 %): a regression guard
# Issue 23 asks >= 85 % on the blind lists; BLIND-1 and BLIND-2 measure 76.5 % together (part 3,
# blind until 2026-12-07, measured 62.7 % before and 68.7 % after that tuning and was then released
# for tuning: RELEASED-BLIND-3.txt). A regression guard at the measured level, not the target.
BLIND_MIN = 0.76


@cache
def _imported(path):
    """Each article imported once per test process (the accuracy tests share the imports)."""
    return import_source(path)


def _score(paths) -> tuple[int, int, list[str]]:
    """(right, total, first difference of each article short of full marks)."""
    right = total = 0
    misses = []
    for path in paths:
        r, t, diffs = compare(expected_for(path), _imported(path).exercises)
        right, total = right + r, total + t
        if r < t:
            misses.append(f"{path.name}: {diffs[0]}")
    return right, total, misses


def test_corpus_is_large_and_varied():
    assert len(REAL) >= 30
    suffixes = {p.suffix for p in REAL}
    assert {".txt", ".html", ".pdf", ".md"} <= suffixes
    for path in REAL:
        source = path.with_name(path.stem + ".source.txt").read_text("utf-8")
        assert "Address: http" in source and "Kind:" in source, path.name


def test_blind_lists_name_corpus_articles_once():
    names = [p.name for p in REAL]
    for listing in sorted(REAL_DIR.glob("BLIND-*.txt")):
        listed = [line.split("#", 1)[0].strip() for line in listing.read_text("utf-8").splitlines()]
        listed = [name for name in listed if name]
        assert listed and len(set(listed)) == len(listed), listing.name
        assert set(listed) <= set(names), f"{listing.name}: {sorted(set(listed) - set(names))}"


@pytest.mark.parametrize("article", TUNABLE, ids=[p.name for p in TUNABLE])
def test_every_tunable_article_imports(article):
    result = _imported(article)  # never refused: InputError fails the test
    assert result.exercises


def test_field_accuracy_over_the_whole_corpus(capsys):
    right, total, misses = _score(TUNABLE)
    b_right, b_total, _ = _score(BLIND) if BLIND else (0, 0, [])  # blind misses are never shown
    with capsys.disabled():
        print(
            f"\nimporter field accuracy on tests/articles/real: {right + b_right}/{total + b_total} "
            f"({100 * (right + b_right) / (total + b_total):.1f}%) over {len(REAL)} articles; "
            f"blind lists {b_right}/{b_total}"
        )
    assert (right + b_right) / (total + b_total) >= WHOLE_CORPUS_MIN, "\n".join(misses)
    assert right / total >= TUNABLE_MIN, "\n".join(misses)
    assert not BLIND or b_right / b_total >= BLIND_MIN, f"blind lists: {b_right}/{b_total}"


def test_the_original_corpus_stays_exact():
    """The first 24 re-created articles each import every field as their source says."""
    original = [p for p in TUNABLE if int(p.name.split("-", 1)[0]) <= 24]  # "100-..." is not 10
    right, total, misses = _score(original)
    assert len(original) == 24 and right == total, misses
    for article in original:
        want = [e["name"] for e in expected_for(article)["exercises"]]
        assert [e["name"] for e in _imported(article).exercises] == want, article.name


def test_blind_articles_import_and_are_reported_in_aggregate_only(capsys):
    right = total = scored = 0
    for stem, names in blind_lists().items():  # each list alone, so a part's score can be read
        paths = [p for p in BLIND if p.name in names]
        r, t, _ = _score(paths)  # its misses deliberately unused
        with capsys.disabled():
            print(
                f"\nimporter field accuracy on {stem}: {r}/{t} ({100 * r / max(t, 1):.1f}%) "
                f"over {len(paths)} articles"
            )
        right, total, scored = right + r, total + t, scored + len(paths)
    with capsys.disabled():
        print(
            f"importer field accuracy on the blind lists: {right}/{total} "
            f"({100 * right / max(total, 1):.1f}%) over {len(BLIND)} articles"
        )
    assert total > 0 and scored == len(BLIND), "blind lists overlap: an article is in two of them"
