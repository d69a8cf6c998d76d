"""Running drills as clubs and coaches write them (our own small examples): a count of runs stated
once over a distance, a walk back as the recovery, names with a technique note in brackets."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article

DRILLS = {
    "numbered, notes in brackets": (
        "1. Skipping\n\n2. Heel flicks (Bring the heel up under your seat, not out behind)\n\n3. Knee lifts\n\n"
        "4. Flick outs (A knee lift, then flick the foot forwards)\n"
    ),
    "numbered, bare": "1. Skipping\n2. Heel flicks\n3. Knee lifts\n4. Flick outs\n",
    "bulleted, notes in brackets": (
        "- Skipping\n- Heel flicks (Bring the heel up under your seat, not out behind)\n- Knee lifts\n"
        "- Flick outs (A knee lift, then flick the foot forwards)\n"
    ),
}
DOSES = ["Do 3 of each over 20-60m.", "Do 3 of each over 30 metres.", "Do each drill 3 times over 30 m."]


@pytest.mark.parametrize("dose", DOSES)
@pytest.mark.parametrize("layout", list(DRILLS))
def test_runs_of_each_drill_over_a_distance_with_a_walk_back(layout, dose):
    text = f"# Drills\n\nOn soft ground. {dose} Walk back after each run to recover.\n\n{DRILLS[layout]}"
    got = [
        (e["name"], e.get("sets"), e.get("duration"), e.get("rest"))
        for e in import_article(text, "d.txt").exercises
    ]
    names = ["Skipping", "Heel flicks", "Knee lifts", "Flick outs"]
    assert got == [
        (n, 3, 60, 30) for n in names
    ]  # a distance: the default length; the walk: the default rest


def test_a_jog_back_is_part_of_the_run_not_a_rest():
    text = "# Track session\n\n## Strides\nRun 80 m at three-quarter pace, then jog back. Do it 4 times.\n\n## Bounds\nBound for 30 m, then jog back. Do it 4 times.\n"
    assert [e.get("rest") for e in import_article(text, "s.md").exercises] == [None, None]
