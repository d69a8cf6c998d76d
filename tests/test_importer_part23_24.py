"""Rules the training articles of parts 23 and 24 (459-490) showed, each on our own small examples
re-worded the way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A bullet item led by its count before a name in title case: a bullet is never numbering, so the
# number is the count ("1. Overhead Reach" or a bare "1 Overhead Reach" line may still number it)
COUNTED_BULLETS = {
    "dashes under a minute clock": "Every minute on the minute for 20 minutes:\n\n- 5 Pull-Ups\n- 10 Push-Ups\n"
    "- 15 Air Squats/Body Squats\n",
    "stars under a round count": "Three rounds, as fast as you can:\n\n* 8 Box Jumps\n* 12 Kettlebell Swings\n"
    "* 20 Sit-Ups\n",
    "dots in a finisher": "Finish with:\n\n• 30 Jumping Jacks\n• 10 Burpees\n• 20 Mountain Climbers\n",
}


@pytest.mark.parametrize("layout", list(COUNTED_BULLETS))
def test_a_bullet_items_leading_count_before_a_title_cased_name_is_its_reps(layout):
    got = _fields(f"# Workout of the day\n\n{COUNTED_BULLETS[layout]}", "reps")
    counts = [
        int(line.split()[1]) for line in COUNTED_BULLETS[layout].splitlines() if line and line[0] in "-*•"
    ]
    assert [reps for _, reps in got] == counts
    assert all(not name[0].isdigit() for name, _ in got)


def test_a_numbered_title_cased_name_keeps_its_number_as_numbering():
    got = _fields("# Stretches\n\n1. Overhead Reach\n2. Side Bend\n3. Calf Stretch\n", "reps")
    assert [name for name, _ in got] == ["Overhead Reach", "Side Bend", "Calf Stretch"]
