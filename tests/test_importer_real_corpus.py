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
# Issue 23 asks >= 90 % on the whole corpus: 86.3 % (17648/20456, 524 articles) on the ninth day's morning,
# when 32 training articles (parts 26 and 27, 68.9 % at first contact) and a held-back set (BLIND-15, 82.2 %
# at its first import) joined it; 86.9 % (17761/20448) that evening, and 86.8 % (18038/20785, 538 articles)
# with that evening's held-back set BLIND-16. 87.6 % (16338/18653, 478 articles) on the eighth day, when 32
# training articles (parts 23 and 24, 63.4 % at first contact, 80.8 % after that day's rules) and a held-back
# set nobody tuned on (BLIND-14: 14 articles, 63.7 % at its first import, 65.1 % that evening) joined it; the
# seventh day's 432 articles measure 88.9 % (14985/16848; 87.8 % then). A regression guard at the measured
# level.
WHOLE_CORPUS_MIN = 0.867
# The articles tuned on: 91.7 % (12141/13233 over 338) on the ninth day's morning, with parts 26 and 27 at
# first contact (70.2 %, 366/521, and 68.0 %, 528/776); 92.6 % (12254/13227) that evening (parts 26 and 27
# 78.8 % and 71.8 %). Measured 94.2 %, 11247/11936 over 306 on the eighth day: the 274 of the seventh
# day at 95.6 %, 10330/10801, up from 94.0 %; parts 23 and 24 at 80.8 %, 917/1135): a regression guard.
TUNABLE_MIN = 0.926
# Training articles refused at first contact that no rule reads yet, each scoring 0 in the tuned-on total
# (none now; the eighth day's two, a forum thread naming its exercises only in a bracket and a blog post's
# story read as doses, were read by that day's end): no other tuned-on article may be refused, and one
# read again leaves this list.
KNOWN_REFUSED: set[str] = set()
# Issue 23 asks >= 85 % on the blind lists. Regression guards at the measured levels, not the target (it
# is not met), one for each day's lists, so that a new list's level does not loosen an older one's.
# Measured on the eighth day's evening: BLIND-1 to BLIND-7 (74 articles) 82.2 % (2180/2652; 81.8 % the
# evening before); BLIND-8 and BLIND-9 69.2 % (916/1323); BLIND-10 73.8 % (392/531); BLIND-11 81.5 %
# (418/513); BLIND-12 72.7 % (384/528); BLIND-13 73.0 % (365/500); BLIND-14, new on the eighth day, 63.7 %
# (427/670) with that morning's importer and 65.1 % (436/670) with the evening's. BLIND-15 (part 25), new on
# the ninth day, 82.2 % (416/506) at its first import, with the eighth day's final importer (d8c9025), and
# 82.4 % (417/506) that evening. The ninth day's rules left the older lists where they were: BLIND-1 to
# BLIND-7 82.2 % (2177/2650), BLIND-13 73.4 % (367/500), the rest unchanged. BLIND-16 (part 28), written that
# evening, 82.2 % (277/337) at its first import with the day's final importer, and the same with d8c9025's.
BLIND_MIN = {
    ("BLIND-1", "BLIND-2", "BLIND-4", "BLIND-5", "BLIND-6", "BLIND-7"): 0.82,
    ("BLIND-8", "BLIND-9"): 0.69,
    ("BLIND-10",): 0.73,
    ("BLIND-11",): 0.81,
    ("BLIND-12",): 0.72,
    ("BLIND-13",): 0.73,
    ("BLIND-14",): 0.65,
    ("BLIND-15",): 0.82,
    ("BLIND-16",): 0.82,
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
