"""Confidence signs that an imported exercise is only a piece of the article's structure: a name
that says only a position (a section over several exercises) and an exercise named by its place
whose text is a step or the dose of the exercise before (examples in our own words)."""

from __future__ import annotations

from voicecoach.importer import import_article
from voicecoach.importer.confidence import THRESHOLD, assess, exercise_doubts
from voicecoach.importer.part_of import part_of_the_one_before, position_only

ROUTINE = "Look up, then down, slowly at first. Bend forward to pick up a pen from the floor."


def test_a_name_that_says_only_a_position_is_a_label():
    for name in ("In bed or sitting", "Standing", "Lying down", "Sitting / standing", "In sitting"):
        assert position_only(name), name
        assert "a label" in exercise_doubts({"name": name, "reps": 10}, {}, ROUTINE), name
    assert position_only("Kettlebell") and position_only("Dumbbells")  # the kit a section uses
    for name in (
        "Standing calf stretch",
        "Seated row",
        "Sitting knee extension",
        "Side-lying leg lift",
        "Kettlebell swing",
        "Bike",
    ):
        assert not position_only(name), name
        assert "a label" not in exercise_doubts({"name": name, "reps": 10}, {}, ROUTINE), name


def test_a_lone_position_heading_read_as_the_exercise_makes_the_import_unsure():
    exercise = {"name": "In bed or sitting", "duration": 30}
    notes = {"duration": "no time given for a stretch: 30 s"}
    assert assess([(exercise, notes, ROUTINE)]).unsure


def test_an_unnamed_exercise_that_only_doses_the_one_before_is_part_of_it():
    for text in (
        "Repeat 3 times.",
        "For the best results hold each stretch for 30 seconds, unless it hurts.",
        "Take 6 seconds to lower the heel.",
        "Then push back up on the good leg. Do this 12 times.",
    ):
        assert part_of_the_one_before("Exercise 4", text), text
        assert "part of the one before" in exercise_doubts({"name": "Exercise 4", "reps": 3}, {}, text)
    # a name of its own, or a movement with its own count, is an exercise
    assert not part_of_the_one_before("Heel raise", "Repeat 3 times.")
    assert not part_of_the_one_before("Exercise 2", "Lift the leg and repeat 10 times.")
    assert not part_of_the_one_before("Exercise 2", "Sweep the elbows back, 3 times running.")


def test_one_exercise_cut_into_its_steps_and_doses_is_unsure():
    """A numbered printout: the first item names the stretch, the others are its steps and dose."""
    stretch = (
        {"name": "Calf stretch", "duration": 30},
        {"duration": "no time given: 30 s"},
        "Sit by a wall.",
    )
    steps = [
        (
            {"name": "Exercise 2", "reps": 10},
            {"reps": "no rep count given: 10"},
            "Loop a towel round the foot.",
        ),
        ({"name": "Exercise 3", "duration": 60}, {"duration": "no length given: 60 s"}, "Draw the towel in."),
        (
            {"name": "Exercise 4", "duration": 30},
            {},
            "For the best results hold each stretch for 30 seconds.",
        ),
        ({"name": "Exercise 5", "reps": 3}, {}, "Repeat 3 times."),
    ]
    confidence = assess([stretch, *steps])
    assert confidence.score < THRESHOLD
    assert {"Exercise 4", "Exercise 5"} <= set(confidence.doubted)


CALF = """# Heel drops for a sore Achilles

Why this helps: loading the tendon while it lengthens is what the studies favour.

Here is the method. Stand on the edge of a step on the balls of both feet, holding the rail. Shift
your weight onto the sore leg.

Take 5 seconds to lower the heel. Then push back up on the good leg. Do this 12 times. Complete 3
sets, resting 30 seconds between them.

Most people need about three months.
"""


def test_a_prose_exercise_is_read_whole_or_the_import_is_unsure():
    result = import_article(CALF, "calf.md")
    read_whole = len(result.exercises) == 1 and result.exercises[0].get("reps") == 12
    assert read_whole or result.confidence.unsure, result.confidence.summary()


def test_list_items_ending_on_their_count_in_one_text_are_several_exercises():
    from voicecoach.importer.several import several_exercises

    text = "x 4. Rest in child's pose. Lunge, hands by the front foot, pulse the back knee x 3 [v]. "
    text += "Lunge, hands by the front foot, straighten the front leg x 3 [v]. Chair pose."
    assert several_exercises(text)
    assert "several exercises in one" in exercise_doubts({"name": "Sphinx lifts", "reps": 4}, {}, text)
    # one exercise's own count, or a dose verb's, is no list
    assert not several_exercises("Lift the arm. Lower it slowly x 10.")
    assert not several_exercises("Squeeze x 10. Hold x 3.")


DESK = """# Moves for a desk day

- Toe taps
Under the desk, tap your toes quickly for a minute.
- Shoulder rolls
Roll both shoulders backwards 10 times.
- Take a stroll
Walk round the office once an hour.
- Seated knee lifts
Lift one knee at a time towards your chest, 10 times each side.
"""


def test_a_bulleted_name_between_imported_bulleted_siblings_is_passed_over():
    from voicecoach.importer.passed_over import passed_over

    assert passed_over(DESK, ["Shoulder rolls", "Seated knee lifts"]) == ["Toe taps", "Take a stroll"]
    # one exercise's bulleted steps are no list of exercises passed over
    steps = "# Nerve floss\n\n- Sit tall on a chair\n- Tuck your chin to your chest\n- Straighten the knee\n"
    assert passed_over(steps, ["Nerve floss"]) == []


def test_a_list_under_a_furniture_lead_is_no_exercise_passed_over():
    from voicecoach.importer.passed_over import passed_over

    page = """# Two moves for steadier feet

**Heel raise**

Stand behind a chair and rise onto your toes 10 times.

**Side leg lift**

Hold the chair and lift one leg out to the side 10 times.

**Most popular**

1. Walking for a longer life
2. Swim your way to a stronger back
3. Tai chi for balance
"""
    assert passed_over(page, ["Heel raise", "Side leg lift"]) == []


def test_a_progression_from_the_one_before_or_a_dose_to_start_with_is_no_next_exercise():
    from voicecoach.importer.several import several_exercises

    assert not several_exercises(
        "Land softly with the knees wide. 2 x 10 repetitions. Move on from the squat to make it dynamic."
    )
    assert not several_exercises(
        "Lift one leg to make it harder. Start with holds of 30 seconds and build up."
    )
    # going on to another exercise still is several
    assert several_exercises("Do this 10 times. Move on to the lunges.")
    assert several_exercises("Hold the plank for 30 seconds, then move on to side planks.")


def test_headings_read_as_exercises_beside_the_real_ones_make_the_import_unsure():
    """ "Progression 1" over "Front plank (on knees)": each label plays as an exercise that is none."""
    plank = "Lie face down on your forearms and lift your hips into a straight line."
    read = []
    for n, name in enumerate(("Front plank (on knees)", "Front plank", "Front plank (leg lifts)"), start=1):
        read.append(({"name": f"Progression {n}", "duration": 10}, {}, "Hold it for 10 seconds at first."))
        read.append(({"name": name, "sets": 3, "duration": 30}, {}, plank))
    assert assess(read).unsure
    assert not assess(read[:2] + [read[3], read[5]]).unsure  # one stray label is only doubted
