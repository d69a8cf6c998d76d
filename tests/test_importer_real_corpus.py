"""The real-layout corpus (tests/articles/real): layouts and numbers of real public exercise
texts, re-created in our own words, each scored field by field against what the source says.

The articles named in tests/articles/real/BLIND-*.txt are held out from tuning: no test here
reports them one by one; only their aggregate score is checked and printed."""

from __future__ import annotations

from support.importer_fields import REAL as REAL_DIR
from support.importer_fields import (
    blind_lists,
    compare,
    expected_for,
    real_article_paths,
    split_blind,
    structure_counts,
)
from voicecoach.errors import InputError
from voicecoach.importer import import_source

REAL = real_article_paths()
TUNABLE, BLIND = split_blind(REAL)
# Regression guards at the levels last measured, not issue 23's targets (>= 90 % whole, >= 85 % blind:
# not met); each goes down only when new articles join the set it measures, at their first import.
# The measurements day by day are in docs/design.md (importer, item 7).
WHOLE_CORPUS_MIN = 0.858
TUNABLE_MIN = 0.903
# Training articles refused at first contact that no rule reads yet, each scoring 0 in the tuned-on total
# (none now): no other tuned-on article may be refused, and one read again leaves this list.
KNOWN_REFUSED: set[str] = set()
# One guard for each day's held-back lists, so that a new list's level does not loosen an older one's.
BLIND_MIN = {
    ("BLIND-1", "BLIND-2", "BLIND-4", "BLIND-5", "BLIND-6", "BLIND-7"): 0.82,
    ("BLIND-8", "BLIND-9"): 0.69,
    ("BLIND-10",): 0.73,
    ("BLIND-11",): 0.83,
    ("BLIND-12",): 0.72,
    ("BLIND-13",): 0.73,
    ("BLIND-14",): 0.65,
    ("BLIND-15",): 0.82,
    ("BLIND-16",): 0.82,
    ("BLIND-17",): 0.84,
}


def _scores(paths) -> dict:
    """Each article imported once, as {path: (right, total, first difference)}; a refused one
    as (0, its expected field count, "REFUSED: …")."""
    scores = {}
    for path in paths:
        try:
            exercises = import_source(path).exercises
        except InputError as err:
            r, t, _ = compare(expected_for(path), [])
            scores[path] = (0, t, f"REFUSED: {err}")
            continue
        r, t, diffs = compare(expected_for(path), exercises)
        scores[path] = (r, t, diffs[0] if diffs else "")
    return scores


def _sum(scores, paths) -> tuple[int, int]:
    return sum(scores[p][0] for p in paths), sum(scores[p][1] for p in paths)


def test_corpus_is_large_and_varied():
    assert len(REAL) >= 30
    suffixes = {p.suffix for p in REAL}
    assert {".txt", ".html", ".pdf", ".md"} <= suffixes
    for path in REAL:
        source = path.with_name(path.stem + ".source.txt").read_text("utf-8")
        assert "Address: http" in source and "Kind:" in source, path.name


def test_blind_lists_name_corpus_articles_once():
    names = [p.name for p in REAL]
    seen: set[str] = set()
    for listing in sorted(REAL_DIR.glob("BLIND-*.txt")):
        listed = [line.split("#", 1)[0].strip() for line in listing.read_text("utf-8").splitlines()]
        listed = [name for name in listed if name]
        assert listed and len(set(listed)) == len(listed), listing.name
        assert set(listed) <= set(names), f"{listing.name}: {sorted(set(listed) - set(names))}"
        assert not seen & set(listed), f"{listing.name}: in another blind list too"
        seen |= set(listed)


def test_structure_counts_say_where_fields_were_lost_without_naming_articles():
    rows = [
        ("a.txt", 30, 36, 1.0, "count: expected 4 exercises, got 3; Lunge.reps: expected 10, got None"),
        ("b.pdf", 0, 18, 1.0, "REFUSED: b.pdf: no exercises found"),
        ("c.md", 25, 27, 1.0, "Squat.hold: expected 5, got None"),
        ("d.html", 9, 9, 1.0, ""),
    ]
    summary = structure_counts(rows)
    assert (
        summary == "1 of 4 with another number of exercises (6 of 26 fields lost), 1 refused (18), the rest 2"
    )
    assert not any(name in summary for name, *_ in rows)


def test_the_corpus_imports_at_its_measured_accuracy(capsys):
    """One test for the whole corpus, so each article is imported once a run (split over tests,
    every worker imported them again): no tunable article is refused but the known ones, the first 24 stay exact,
    the accuracy guards hold; no blind number is printed (the fields script reports them)."""
    scores = _scores(REAL)
    right, total = _sum(scores, TUNABLE)
    misses = [f"{p.name}: {scores[p][2]}" for p in TUNABLE if scores[p][0] < scores[p][1]]
    refused = [m for m in misses if ": REFUSED: " in m]
    assert sorted(m.split(":", 1)[0] for m in refused) == sorted(KNOWN_REFUSED), "\n".join(refused)
    original = [p for p in TUNABLE if int(p.name.split("-", 1)[0]) <= 24]  # articles 100+ have 3 digits
    first_right, first_total = _sum(scores, original)
    assert len(original) == 24 and first_right == first_total, misses
    with capsys.disabled():  # blind numbers are never printed, nor shown by a failing assert:
        print(f"\nimporter field accuracy on the tuned-on articles: {right}/{total}", end="")
    b_right, b_total = _sum(scores, BLIND)  # pytest shows an assert's operands, so only booleans
    whole_holds = (right + b_right) / (total + b_total) >= WHOLE_CORPUS_MIN
    assert whole_holds, f"whole corpus below {WHOLE_CORPUS_MIN}: run tests/support/importer_fields.py"
    assert right / total >= TUNABLE_MIN, "\n".join(misses)
    lists = blind_lists()
    assert {stem for stems in BLIND_MIN for stem in stems} == set(lists), "every blind list needs its guard"
    for stems, least in BLIND_MIN.items():
        r, t = _sum(scores, [p for p in BLIND if any(p.name in lists.get(stem, ()) for stem in stems)])
        holds = not t or r / t >= least
        assert holds, f"{', '.join(stems)} below {least}: run tests/support/importer_fields.py"
