"""Structure classes read by tuner-s (issue 23), each in several wordings of our own: exercises a
careful reader counts that the importer used to merge or miss."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _names(text: str, source: str = "t.md") -> list[str]:
    return [e["name"] for e in import_article(text, source).exercises]


# A dose-led list ("- 2 minutes of skipping", "- Squats x 10") with one item that gives no
# number: that item is one more exercise, not a line of the one above it.
UNDOSED_ITEM = [
    (
        "# Court warm-up\n\nBefore the match we always run through this:\n\n"
        "- Skipping for 3 minutes\n"
        "- Shuffles to the baseline and back\n"
        "- 30 seconds of jumping jacks\n\n"
        "Then go and hit some balls.\n",
        ["Skipping", "Shuffles", "Jumping jacks"],
    ),
    (
        "# Rugby pre-training\n\nStart slowly and build the pace.\n\n"
        "- 3 laps of the pitch at an easy jog.\n"
        "- 5 minutes of stretching - leg swings and hip circles.\n"
        "- 4 shuttle runs (80% effort).\n"
        "- Passing drills, such as the two-man pop and the switch.\n\n"
        "Keep warm between drills.\n",
        ["Laps of the pitch at an easy jog", "Stretching", "Shuttle runs", "Passing drills"],
    ),
    (
        "Garden circuit\n\nWork through the list once:\n\n"
        "1. Star jumps x 20\n"
        "2. Bear crawls along the lawn\n"
        "3. Squats x 15\n"
        "4. Lunges x 10\n",
        ["Star jumps", "Bear crawls", "Squats", "Lunges"],
    ),
]


@pytest.mark.parametrize(("text", "names"), UNDOSED_ITEM)
def test_an_undosed_item_in_a_dose_led_list_is_one_more_exercise(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_step_or_tip_in_a_dose_led_list_stays_out() -> None:
    text = "# Quick legs\n\n- 20 squats\n- Keep your back straight\n- 15 lunges\n- Rest 1 minute\n- 10 jump squats\n"
    assert _names(text) == ["Squats", "Lunges", "Jump squats"]


# An exercise with no number that goes somewhere and back ("to the far end of the hall and
# back") or is a set of drills ("Passing drills, such as …") is a timed task: the default 60 s.
TIMED_UNDOSED = [
    (
        "## Hall warm-up\n\n- Skipping for 3 minutes\n- Carioca to the far end of the hall and back\n- 30 seconds of jumping jacks\n",
        "Carioca",
    ),
    (
        "## Pool deck\n\n1. Star jumps x 20\n2. Side shuffles across to the other side and back\n3. Squats x 15\n",
        "Side shuffles",
    ),
    (
        "## Before the game\n\n- 2 laps of the pitch at a slow jog.\n- 10 minutes of stretching - legs and hips.\n- 6 shuttle runs (80% effort).\n- Shooting drills, such as one-touch finishes.\n",
        "Shooting drills",
    ),
]


@pytest.mark.parametrize(("text", "name"), TIMED_UNDOSED)
def test_an_undosed_trip_there_and_back_or_drills_are_timed(text: str, name: str) -> None:
    exercise = next(e for e in import_article(text, "t.md").exercises if e["name"] == name)
    assert exercise.get("duration") == 60 and not exercise.get("reps")


# A run of same-level headings, each an exercise: one whose text has no movement word we know
# ("Ease the kneecap …", "Pupils crab walk …") is one more of the run, last or between; a call to
# action ("Book a class") or a paragraph on what it does for you is not.
SECTION_RUN = [
    (
        "# Ankle programme\n\n### Calf Stretch\n\nLean into the wall. Hold 30 seconds.\n\n"
        "### Heel Raises\n\nRise onto your toes 10 times.\n\n"
        "### Ankle Mobilisation\n\nWith the leg relaxed, ease the foot gently from side to side.\n",
        ["Calf Stretch", "Heel Raises", "Ankle Mobilisation"],
    ),
    (
        "# Gym stations\n\n### Step Ups\n\nPupils step up and down on the bench, changing feet.\n\n"
        "### Crazy Crabs\n\nSpread out the cones. Pupils crab walk between them without stopping.\n\n"
        "### Skip Time\n\nPupils skip with a rope in any style.\n\n"
        "### Sit Up Club\n\nPupils sit up and lie back without stopping.\n",
        ["Step Ups", "Crazy Crabs", "Skip Time", "Sit Up Club"],
    ),
]


SECTION_RUN.append(
    (
        "# Hall circuit\n\n## Bench Steps\n\nPupils step up and down on the bench, changing feet.\n\n"
        "## Cone Weave\n\nA dozen cones in a line; pupils dribble a ball through them and back.\n\n"
        "## Rope Skips\n\nPupils skip with a rope in any style.\n",
        ["Bench Steps", "Cone Weave", "Rope Skips"],
    )
)


@pytest.mark.parametrize(("text", "names"), SECTION_RUN)
def test_a_heading_in_a_run_of_exercise_headings_is_one_more(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "after",
    [
        "### Book a class\n\nOur physios run small group classes every week.\n",
        "### Box Breathing\n\nBox breathing helps you to calm down before you sleep.\n",
    ],
)
def test_a_call_to_action_or_what_it_does_after_the_run_stays_out(after: str) -> None:
    text = (
        "# Neck care\n\n### Chin Tuck\n\nDraw your chin back 10 times.\n\n"
        "### Neck Turn\n\nTurn your head to each side 5 times.\n\n" + after
    )
    assert _names(text) == ["Chin Tuck", "Neck Turn"]


def test_a_heading_naming_exercises_in_the_plural_is_no_more_of_the_run() -> None:
    text = (
        "# Desk breaks\n\n## Neck Roll\n\nRoll your head round slowly 5 times.\n\n"
        "## Three Easy Desk Stretches\n\nGood for anyone who sits all day at a screen.\n\n"
        "## Wrist Circle\n\nCircle your wrists 10 times.\n"
    )
    assert _names(text) == ["Neck Roll", "Wrist Circle"]
