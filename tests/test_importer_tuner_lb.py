"""Rules tuner-lb read from the tuned-on corpus (sections and labels read as exercises), each shown
on our own small examples re-worded the way several publishers write it (never an article's own
sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A numbered or bulleted item named by a dose label ("Dosage:", "Sets and reps:", "Prescription:")
# is the dose of the exercise above it, not an exercise of its own
DOSE_ITEMS = [
    ("1. **Dosage:** 2 sets × 12 slow reps, twice a day.", 2, 12),
    ("1. **Sets and reps:** 3 sets of 10.", 3, 10),
    ("- **Prescription:** 2 x 15, once daily.", 2, 15),
    ("1. Dosage: do 3 sets of 8 reps.", 3, 8),
]


@pytest.mark.parametrize(("item", "sets", "reps"), DOSE_ITEMS)
def test_a_list_item_named_by_a_dose_label_doses_the_exercise_above(item, sets, reps):
    marks = ["1.", "2.", "3."] if item.startswith("1.") else ["-", "-", "-"]
    label = item.split(" ", 1)[1]
    text = (
        "# Back extension at home\n\nGentle backward bending can ease a sore back.\n\n## The three steps\n\n"
        f"{marks[0]} **Superman hold:** lie face down with your arms by your sides. Stay there for 1 minute.\n"
        f"{marks[1]} **Sphinx:** rest on your forearms with your chest lifted. Hold 15 seconds, 5 times.\n"
        f"{marks[2]} **Press-up:** hands under your shoulders; straighten your elbows and lift your chest, "
        "then lower yourself down slowly.\n"
        f"{'4.' if marks[0] == '1.' else '-'} {label}\n"
    )
    got = _fields(text, "sets", "reps")
    assert [g[0] for g in got] == ["Superman hold", "Sphinx", "Press-up"]
    assert got[2][1:] == (sets, reps)


# A heading naming other ways to do the exercises, with a qualifier ("Scaling options", "Easier
# modifications", "Exercise alternatives"), is not one more exercise, whatever doses it mentions
@pytest.mark.parametrize(
    "heading",
    [
        "## Scaling Options",
        "## Easier modifications",
        "### Exercise alternatives",
        "## Beginner progressions",
    ],
)
def test_a_qualified_options_heading_is_not_an_exercise(heading):
    text = (
        "# Twenty minute burner\n\nAs many rounds as you can in 20 minutes.\n\n## The workout\n\n"
        "- 15 Squats\n- 10 Push-ups\n- 20 Sit-ups\n\n"
        "## Why it works\n\nIt keeps your heart rate up the whole time.\n\n"
        f"{heading}\n\nSquats: use a box behind you and do 10. Push-ups: do them against a wall for 30 seconds.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Squats", "Push-ups", "Sit-ups"]


def test_a_named_variation_in_the_singular_stays_an_exercise():
    text = (
        "# Standing poses\n\n1. Warrior Two\nStep wide, bend the front knee and reach both arms out. Hold 30 seconds.\n\n"
        "2. Triangle Variation\nStep wide, reach down to the shin and lift the top arm. Hold 30 seconds.\n\n"
        "3. Tree Pose\nStand on one leg, the other foot on the calf. Hold 30 seconds.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Warrior Two", "Triangle Variation", "Tree Pose"]


# An exercise offered instead of one above it, named as that one's alternative, is not one more
@pytest.mark.parametrize(
    "other",
    [
        "Alternative knee extension exercise",
        "Knee extension (alternative)",
        "An alternative to the knee extension",
        "Alternative way to do the knee extension",
    ],
)
def test_an_alternative_to_an_exercise_above_is_not_one_more(other):
    text = (
        "# Knee care at home\n\n1. Calf raise\nRise up onto your toes and lower slowly. Repeat 10 times.\n\n"
        "2. Knee extension\nSit on a chair and straighten one knee. Hold 5 seconds. Repeat 10 times.\n\n"
        f"3. {other}\nIf the chair is too low, lie on your back with a towel under the knee and "
        "straighten it. Hold 5 seconds. Repeat 10 times.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Calf raise", "Knee extension"]


def test_alternating_and_alternate_movements_stay_exercises():
    text = (
        "# Legs\n\n1. Alternating lunges\nStep forward and bend both knees. Repeat 10 times.\n\n"
        "2. Lunges\nStep forward and bend both knees, one leg only. Repeat 10 times.\n\n"
        "3. Alternate lunges\nStep forward with each leg in turn. Repeat 10 times.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Alternating lunges", "Lunges", "Alternate lunges"]


# A section named by where it is done, with no dose of its own, is advice for that setting
@pytest.mark.parametrize(
    "heading", ["### At the gym", "### At home", "### In the office", "### At your desk"]
)
def test_a_section_named_by_its_setting_with_no_dose_is_not_an_exercise(heading):
    text = (
        "# Balance training\n\n### Single leg stand\n\nStand on one leg for 30 seconds, then change legs. "
        "Repeat 3 times.\n\n### Heel to toe walk\n\nWalk along a line, heel touching toe, for 1 minute.\n\n"
        f"{heading}\n\nA wobble cushion makes these harder. Can you stay on it without falling off? "
        "Try lying on it on your front without moving.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Single leg stand", "Heel to toe walk"]


def test_a_setting_section_with_its_own_dose_stays_an_exercise():
    text = (
        "# Keep moving\n\n### Single leg stand\n\nStand on one leg for 30 seconds. Repeat 3 times.\n\n"
        "### Heel to toe walk\n\nWalk along a line, heel touching toe, for 1 minute.\n\n"
        "### At the park\n\nWalk briskly for 20 minutes.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Single leg stand", "Heel to toe walk", "At the park"]


# A heading over the list of exercises whose text speaks of them all is the page's advice for them
ADVICE_FOR_ALL = [
    "Begin every stretch by easing into it, and stop at a gentle pull for 4 breaths.",
    "Most exercises need doing twice. Breathe out as you ease into the stretch for 4 breaths.",
    "Ease into each of the stretches slowly and hold the end position for 4 breaths.",
]


@pytest.mark.parametrize("heading", ["Stretching Techniques:", "Good stretching habits"])
@pytest.mark.parametrize("advice", ADVICE_FOR_ALL)
def test_a_heading_of_advice_for_all_the_listed_exercises_is_not_one_more(heading, advice):
    text = (
        f"# Tennis elbow\n\n## {heading}\n\n{advice} Relax the muscles you are not stretching.\n\n"
        "## Your programme:\n\nRepetitions: 10\nSets: 2\n\n"
        "**Wrist flexor stretch**\n\nStraighten the arm and pull the fingers back until the forearm feels a stretch.\n\n"
        "**Wrist extensor stretch**\n\nStraighten the arm and bend the wrist down until the forearm feels a stretch.\n\n"
        "**Prayer stretch**\n\nPut your palms together and lower the hands until the forearms feel a stretch.\n"
    )
    names = [g[0] for g in _fields(text)]
    assert names == ["Wrist flexor stretch", "Wrist extensor stretch", "Prayer stretch"]


# A section that speaks of the workout as a whole, moving nothing, is a note on it, not an exercise
@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("Training Focus", "This workout builds these fitness attributes:"),
        ("What it trains", "These exercises work on three things:"),
        ("The benefits", "Every round of this circuit builds:"),
    ],
)
def test_a_note_on_the_whole_workout_is_not_an_exercise(heading, lead):
    text = (
        "# The burner\n\n## Workout\n\nAs many rounds as possible in 20 minutes\n20 Wall Ball Shots\n20 Box Jumps\n"
        f"20 Kettlebell Swings\n\n## {heading}\n\n{lead}\n\n"
        "- Endurance (8/10): 20 minutes of steady work is hard on the heart and lungs.\n"
        "- Power (7/10): jumps and swings are explosive.\n- Strength (4/10): moderate loads you can keep moving.\n"
    )
    assert [g[0] for g in _fields(text)] == ["Wall Ball Shots", "Box Jumps", "Kettlebell Swings"]


def test_a_section_that_moves_stays_whatever_it_says_of_the_workout():
    text = (
        "# The burner\n\n## Workout\n\nAs many rounds as possible in 20 minutes\n20 Wall Ball Shots\n20 Box Jumps\n"
        "20 Kettlebell Swings\n\n## Cool down\n\nWalk slowly for 5 minutes to finish this workout.\n"
    )
    assert [g[0] for g in _fields(text)][-1] == "Cool down"


# Headed sections that name no exercise, on a page whose label line names its one exercise, are that
# page's sections: the page is the one exercise
@pytest.mark.parametrize(
    "label",
    ["Tabata Exercise: Plank Jacks", "Exercise of the week: Burpees", "Today's move: High Knees"],
)
def test_sections_of_a_page_about_one_labelled_exercise_are_not_exercises(label):
    text = (
        "# Workout Wednesdays\n\n## Go Hard\n\nTabata is an interval method: a study found 25 minutes of "
        "short bursts of hard work with short rests beat an hour of slow running.\n\n### Fitter in less time? Sign me up!\n\nOne Tabata takes 4 minutes: "
        "8 rounds of 20 seconds of hard work, each followed by 10 seconds of rest.\n\nEvery week brings a new "
        "exercise. Stand tall, brace your core and go as fast as you safely can.\n\n### The workout\n\n"
        f"Timer: 20 seconds on, 10 seconds off\n\n{label}\n"
    )
    got = _fields(text, "sets", "rest")
    assert got == [(label.split(": ")[1], 8, 10)]  # which time it takes is not this rule's
