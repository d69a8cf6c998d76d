"""Doses and alternatives read as general forms (issue 23, tuner-y).  Each example is our own
wording, not an article's."""

from __future__ import annotations

import pytest

from voicecoach.importer.build import build_one
from voicecoach.importer.defaults import ImportDefaults
from voicecoach.importer.parts import Parts


def fields(text, name="Exercise"):
    return build_one(name, Parts(name, None, text, text), text, ImportDefaults()).as_dict()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Repetitions: 24-36 each time (several times a day)", {"reps": 24}),
        ("Reps: 12 each side", {"reps": 12}),
        ("Repetitions: 8 on every breath", {"reps": 8}),
        ("Sets: 3 then rest", {"sets": 3}),
    ],
)
def test_a_labelled_dose_with_words_after_its_number(text, want):
    got = fields("Circle the jaw slowly. " + text)
    assert {key: got.get(key) for key in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Raise up on your toes. Take 4 seconds to lower back down. Do 12 repetitions.", (12, None, 4)),
        ("Curl the weight up, then take 3 seconds to lower it. 3 sets of 10.", (10, None, 3)),
        (
            "Lie face down and take five seconds to extend your head slowly, then hold it there for"
            " five seconds. Repeat 5 times.",
            (5, 5, 5),
        ),
    ],
)
def test_the_time_one_phase_of_a_rep_takes_is_its_pace_not_a_hold(text, want):
    got = fields(text)
    assert (got.get("reps"), got.get("hold"), got.get("pace")) == want


@pytest.mark.parametrize(
    "text",
    [
        "Take six seconds to lower the heel. Then bring yourself back up to the start on the other leg."
        " Do this 15 times.",
        "Lower the bar to your chest in 3 seconds. Then push it back up to the top. Do 10 repetitions.",
        "Roll down through the spine for 5 seconds. Next, slowly roll yourself back up to sitting. Repeat 6 times.",
    ],
)
def test_the_way_back_of_a_movement_is_no_second_exercise(text):
    from voicecoach.importer.chained import chained_parts

    assert chained_parts(text) == [text]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Do this 15 times. Complete three sets of these 15 repetitions, and rest for at least 20 seconds"
            " between one set of 15 and the next.",
            (3, 15, 20),
        ),
        ("Do 12 lunges. Rest 45 seconds between one set of 12 and the next; do four sets.", (4, 12, 45)),
        ("Do 2 rounds of 8 squats. Take a 40-second break between one round of 8 and the next.", (2, 8, 40)),
    ],
)
def test_a_rest_between_one_set_and_the_next_is_no_count_of_sets(text, want):
    got = fields(text)
    assert (got.get("sets"), got.get("reps"), got.get("rest")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rest your foot on a second chair. Press the knee down, hold 5 seconds, then rest for a minute."
            " Do it 10 times.",
            (10, 5, 60),
        ),
        ("Loop a second band over the first and pull the bands apart. Do this 12 times.", (12, None, None)),
        (
            "Stand behind a second step and lift the heel. Hold for a second at the top. Repeat 8 times.",
            (8, 1, None),
        ),
    ],
)
def test_a_second_thing_is_the_ordinal_not_one_second(text, want):
    got = fields(text)
    assert (got.get("reps"), got.get("hold"), got.get("relax")) == want


@pytest.mark.parametrize(
    "option",
    [
        "Option to: Seated Twist and Seated Forward Fold",
        "Options: Cat Pose or Cow Pose",
        "Alternative: Half Bridge on a block",
    ],
)
def test_an_option_row_between_two_poses_is_no_exercise(option):
    from voicecoach.importer import import_article

    article = (
        "# Chair Yoga\n\n"
        "| Pose | Description | Benefits |\n|---|---|---|\n"
        "| Mountain Pose | Sit tall with both feet flat. Stay for 30 seconds. | Posture. |\n"
        f"| {option} |  |  |\n"
        "| Eagle Arms | Cross the arms and lift the elbows. Hold for 20 seconds. | Shoulders. |\n"
    )
    names = [e["name"] for e in import_article(article, "yoga.md").exercises]
    assert names == ["Mountain Pose", "Eagle Arms"]
