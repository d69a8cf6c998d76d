"""Calibrate the importer's confidence against field accuracy.

Prints, for each tuned-on real article, its field score and the import's confidence (and whether
it is flagged unsure); for the blind lists ONLY aggregate counts: how many articles score below
50 %, how many of those are flagged, how many scoring >= 90 % are flagged::

    .venv/bin/python tests/support/importer_confidence.py [--tuning]

``--tuning`` leaves the blind lists out altogether, as the fields script's does: what a tuner runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.importer_fields import compare, expected_for, real_article_paths, split_blind  # noqa: E402


def measure(path: Path) -> tuple[float, float, bool, str]:
    """(field score 0..1, confidence, unsure, doubts summary) of one article's import."""
    from voicecoach.errors import InputError
    from voicecoach.importer import import_source

    try:
        result = import_source(path)
    except InputError:  # refused: nothing reaches a listener, as good as flagged
        right, total, _ = compare(expected_for(path), [])
        return right / total, 0.0, True, "refused"
    right, total, _ = compare(expected_for(path), result.exercises)
    conf = result.confidence
    return right / total, conf.score, conf.unsure, conf.summary()


def counts(rows: list[tuple[float, float, bool, str]]) -> str:
    low = [r for r in rows if r[0] < 0.5]
    good = [r for r in rows if r[0] >= 0.9]
    mid = [r for r in rows if 0.5 <= r[0] < 0.9]
    return (
        f"{len(rows)} articles; < 50 %: {len(low)}, flagged {sum(r[2] for r in low)}; "
        f"50-90 %: {len(mid)}, flagged {sum(r[2] for r in mid)}; "
        f">= 90 %: {len(good)}, flagged {sum(r[2] for r in good)}"
    )


def main(argv: list[str]) -> None:
    tunable, blind = split_blind(real_article_paths())
    if "--tuning" in argv:
        blind = []
    rows = []
    for path in tunable:
        row = measure(path)
        rows.append(row)
        score, conf, unsure, summary = row
        mark = "UNSURE" if unsure else "      "
        print(
            f"{path.name:45} {100 * score:5.1f} %  conf {conf:.2f} {mark} {summary if unsure or score < 0.9 else ''}"
        )
    print(f"== tuned-on: {counts(rows)}")
    if blind:
        print(f"== BLIND (aggregate only): {counts([measure(p) for p in blind])}")


if __name__ == "__main__":
    main(sys.argv[1:])
