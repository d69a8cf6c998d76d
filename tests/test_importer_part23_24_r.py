"""Rules the training articles of parts 23 and 24 (459-490) showed to the second round of tuning,
each on our own small examples re-worded the way several publishers write it (never an article's
own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A heading's count in digits after its name, with a dash or a space and perhaps a qualifier after
# it: the name without it, the count the dose
HEADING_COUNTS = {
    "rounds with a position": ("## Lion breath - 5 rounds, seated", "Lion breath", 5),
    "times with no dash": ("## Cat cow 8 times", "Cat cow", 8),
    "rounds after an en dash": ("## Pelvic tilts – 12 rounds", "Pelvic tilts", 12),
}


@pytest.mark.parametrize("layout", list(HEADING_COUNTS))
def test_a_headings_count_after_its_name_is_its_dose_not_part_of_the_name(layout):
    heading, name, reps = HEADING_COUNTS[layout]
    text = (
        f"# Class\n\n{heading}\n\nSit tall with the hands resting on the knees and move slowly.\n\n"
        "## Butterfly Pose - 2 minutes\n\nBring the soles of the feet together and fold forward.\n"
    )
    assert _fields(text, "reps")[0] == (name, reps)


def test_a_numbered_breath_name_keeps_its_last_number():
    text = "# Calm\n\n## 4-7-8 Breath\n\nBreathe in for 4, hold for 7 and breathe out for 8.\n"
    assert _fields(text)[0][0] == "4-7-8 Breath"


# The heading's rounds said again as "N more times" in the text: one count, not rounds of rounds
SAID_AGAIN = {
    "four more times": "Do this four more times, then rest.",
    "repeat 4 more times": "Repeat 4 more times before moving on.",
}


@pytest.mark.parametrize("said", list(SAID_AGAIN))
def test_rounds_in_the_heading_said_again_as_more_times_are_one_count(said):
    text = (
        "# Class\n\n## Lion breath - 5 rounds\n\nBreathe in through the nose, then open the mouth "
        f"and breathe out hard. {SAID_AGAIN[said]}\n\n## Cat cow - 8 times\n\nArch and round the back.\n"
    )
    assert _fields(text, "sets", "reps")[0] == ("Lion breath", None, 5)
