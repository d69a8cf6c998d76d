"""Which blocks are exercises and what they are called: document labels, names with their dose
on the same line (each example re-worded, not an article's text)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.name_kinds import looks_like_label
from voicecoach.importer.structure import split_article


def names(text):
    return [b.name for b in split_article(text).blocks]


def test_a_document_kind_line_under_the_title_is_no_exercise_name():
    text = (
        "# Wall Press\n\n*Exercise handout*\n\nStand facing a wall, hands flat on it.\n\n"
        "- Bend the elbows to bring the chest near the wall.\n- Push back. Do 8 repetitions.\n"
    )
    assert names(text) == ["Wall Press"]
    assert looks_like_label("Patient information leaflet") and looks_like_label("Home exercise sheet")
    assert not looks_like_label("Heel raises")


def test_a_labelled_dose_after_the_name_on_its_line_is_the_dose_not_the_name():
    text = (
        "Knee programme\n\nDo these twice a day.\n"
        "Exercise 1: Heel Slides Sets: 3 / Repetition: 12\n"
        "Exercise 2: Quad Squeeze Sets: 2 / Reps: 8\n"
    )
    result = import_article(text, "knee.txt")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [
        ("Heel Slides", 3, 12),
        ("Quad Squeeze", 2, 8),
    ]


def test_a_one_exercise_page_named_by_the_quoted_phrase_of_its_title():
    text = (
        "# Game 41: 'Crab Walk' Simple PE Warmer\n\nNo equipment needed.\n\n"
        "Pupils sit, hands behind them, lift their hips and walk on hands and feet for 30 seconds.\n"
    )
    assert names(text) == ["Crab Walk"]


def test_a_media_placeholder_and_a_site_breadcrumb_never_name_a_one_exercise_page():
    text = (
        "example-physio.org  >  Hip Exercises  >  Bridge\n\nBridge Exercise Video\n\n[video]\n\n"
        "Lie on your back with knees bent. Lift your hips off the floor, hold for 5 seconds and lower.\n"
        "Do this 8 times.\n"
    )
    assert names(text) == ["Bridge"]


def test_bracketed_numbers_number_the_exercises_and_the_page_title_is_none_of_them():
    text = (
        "Desk Blog | Home Posts\n\nStretches for the office chair\n\nSitting still all day stiffens you.\n\n"
        "(1) CHIN TUCK\nDraw the chin straight back and hold it for 5 seconds. Do it 10 times.\n\n"
        "(2) SHOULDER ROLLS\nRoll both shoulders backwards 10 times.\n"
    )
    exercises = import_article(text, "desk.txt").exercises
    assert [e["name"] for e in exercises] == ["Chin Tuck", "Shoulder Rolls"]


def test_a_details_heading_is_a_label_so_the_title_names_the_one_exercise():
    text = (
        "# Triangle Breathing\n\nBreathe in for 3 seconds, hold for 3 seconds, breathe out for 3 seconds.\n\n"
        "## Technique Details\n\n**Recommended**\n8 cycles\n"
    )
    assert names(text) == ["Triangle Breathing"]


def test_a_numbered_item_with_no_text_between_two_exercises_is_still_one():
    text = (
        "# Three stretches\n\n1. Calf Stretch: Lean into a wall, back heel down. Hold 20 seconds.\n\n"
        "2. Child's Pose:\n\n3. Hip Flexor Stretch: Kneel on one knee and shift forward. Hold 20 seconds.\n"
    )
    assert names(text) == ["Calf Stretch", "Child's Pose", "Hip Flexor Stretch"]
    lone = "# One\n\n1. Calf Stretch: Lean into a wall. Hold 20 seconds.\n\n2. More ideas:\n"
    assert names(lone) == ["Calf Stretch"]  # not between two exercises: a heading, not an exercise


def test_bold_numbered_items_are_numbered_items_and_aim_to_is_an_instruction():
    text = (
        "# Track drills\n\nDo these after jogging.\n\n**1. Butt kicks**\n\nKick your heels up for 20 metres.\n\n"
        "**2. Bounding**\n\nLike a long stride, but springier. Aim to float between steps.\n"
    )
    assert names(text) == ["Butt kicks", "Bounding"]


def test_a_station_code_column_beside_text_led_by_names_and_a_cool_down_described_first():
    text = (
        "# Kitchen circuit\n\n## Your programme\n\n"
        "Warm Up - Spend 10 minutes marching on the spot, slowly at first.\n"
        "Cool Down - At least 10 minutes of easy walking, then the stretches you know.\n\n"
        "| S 1 | Step ups. Step onto the bottom stair and down again for 1 minute. |\n"
        "|---|---|\n"
        "| ST 2 | Wall Press Stand with your hands on the wall. Bend the elbows and push back. Repeat 12 times. |\n"
    )
    exercises = import_article(text, "circuit.md").exercises
    assert [(e["name"], e.get("duration"), e.get("reps")) for e in exercises] == [
        ("Warm Up", 600, None),
        ("Step ups", 60, None),
        ("Wall Press", None, 12),
        ("Cool Down", 600, None),
    ]


def test_an_undosed_heading_that_reads_as_a_remark_is_not_an_exercise_among_dosed_ones():
    text = (
        "# Ballet at home\n\n### Your Posture (Don't worry, this is for fun!)\n\n"
        "- Lift from the lowest part of the seat.\n- Keep the knees soft.\n\n"
        "### Plié\n\nBend the knees over the toes. 10 times.\n\n### Relevé\n\nRise onto the toes. 10 times.\n"
    )
    assert names(text) == ["Plié", "Relevé"]


def test_an_exercise_in_a_tip_box_is_one_and_a_harder_version_is_none():
    text = (
        "# Pelvic floor for runners\n\n## Step 1: Slow squeezes\n\nSqueeze and hold for 5 seconds. Do 8.\n\n"
        "## Step 2: Make it harder\n\nMake it harder by lifting one foot while you squeeze.\n\n"
        "> **Pro tip: Quick flicks**\n>\n> Tighten as hard as you can, then let go at once. Repeat up to 10 times.\n"
    )
    assert names(text) == ["Slow squeezes", "Quick flicks"]
    tip = (
        "# Squats\n\n## Squat\n\nSit back and stand. Repeat 10 times.\n\n"
        "> **Tip: Keep your back straight**\n>\n> Push through the heels. Repeat 10 times.\n\n"
        "## Lunge\n\nStep forward and bend both knees. Repeat 8 times.\n"
    )
    assert names(tip) == ["Squat", "Lunge"]  # a tip that says how is no exercise
    advanced = (
        "# Bridges\n\n## Bridge\n\nLift the hips and lower them. Repeat 10 times.\n\n"
        "## Advanced Bridges\n\nRather than both feet, stand on one and lift.\n"
    )
    assert names(advanced) == ["Bridge"]


def test_a_lead_in_exclamation_before_a_heading_name_is_no_part_of_it():
    text = (
        "# Bump-friendly moves\n\n## Ready, mums? Time to move! Cat stretch\n\nOn all fours, round the back. "
        "Repeat 6 times.\n\n## Side lying leg lift\n\nLie on your side and lift the top leg. Repeat 8 times.\n"
    )
    assert names(text) == ["Cat stretch", "Side lying leg lift"]


def test_a_picture_placeholder_ends_the_exercise_above_so_a_title_line_can_follow():
    text = (
        "Gentle moves for a stiff back.\n\nCat arch\nKneel on all fours and round your back.\n"
        "Repeat 5 times.\n[picture]\nHip roll\nLie on your back and let your knees fall to one side.\n"
        "Repeat 4 times.\n[picture]\nBridge\nLift your hips off the floor. Repeat 8 times.\n"
    )
    assert names(text) == ["Cat arch", "Hip roll", "Bridge"]


def test_a_run_of_exercise_name_lines_whose_bullets_were_lost_is_a_name_list():
    text = (
        "Leg day for climbers\n\nDo each exercise 12 times:\n"
        "goblet squats\nstep-ups\nglute bridges\ncalf raises\n\nPosted by the coach\n"
    )
    exercises = import_article(text, "legs.txt").exercises
    assert [(e["name"], e.get("reps")) for e in exercises] == [
        ("Goblet squats", 12),
        ("Step-ups", 12),
        ("Glute bridges", 12),
        ("Calf raises", 12),
    ]
    menu = "Home\nAbout us\nClasses\nContact\n\nSquat 10 times.\n"
    assert "About us" not in names(menu)  # short lines without exercise words are no list


def test_a_name_line_followed_by_its_sets_and_reps_opens_an_exercise_under_a_heading():
    text = (
        "# Wrist rehab\n\n## Week 1 mobility\n\nEasy work to start.\n\n"
        "Wrist Circles 2 sets of 10 reps\n\nRest the forearm on a table and circle the hand.\n\n"
        "Finger Spreads: 3 sets of 8 reps\n\nSpread the fingers wide, then close them.\n"
    )
    exercises = import_article(text, "wrist.md").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in exercises] == [
        ("Wrist Circles", 2, 10),
        ("Finger Spreads", 3, 8),
    ]


def test_a_title_line_with_a_dashed_qualifier_may_run_past_seven_words():
    text = (
        "Strength booklet\n\nThese build the hip muscles.\n\nClam shells\n"
        "Lie on your side with knees bent and lift the top knee. Do 3 sets of 8 reps.\n\n"
        "Hip abduction in standing – against a wall for balance\n"
        "Stand side on to a wall and lift the outer leg sideways. Do 3 sets of 8 reps.\n"
    )
    assert names(text) == ["Clam shells", "Hip abduction in standing – against a wall for balance"]


def test_a_bulleted_name_run_into_its_first_step_loses_the_step_label():
    text = (
        "Quick circuit\n\nDo each exercise for 30 seconds.\n\n"
        "- Squats Step 1: Stand with feet apart. Step 2: Sit back and stand up.\n"
        "- Lunges Step 1: Step forward. Step 2: Bend both knees and push back.\n"
    )
    assert names(text) == ["Squats", "Lunges"]


def test_the_last_exercise_keeps_its_place_before_a_closing_remark_on_all_of_them():
    text = (
        "Desk yoga\n\n- **Seated Twist:** Turn to the chair back. Take 5 deep breaths each side.\n\n"
        "- **Neck Release:** A soft neck opener. Take 5 deep breaths each side.\n\n"
        "A short pause in a long day: may these stretches leave you lighter!\n"
    )
    assert names(text) == ["Seated Twist", "Neck Release"]


def test_an_app_exercise_page_is_named_by_its_title_line_not_its_dose_or_its_why():
    text = (
        "Today's plan\n\nExercise 2 of 5\n\nBird dog\n\n3 × 6 · core\n\nWhy this exercise\n\n"
        "Trains the trunk to stay still while the limbs move.\n\nHow to do it\n"
        "  1. Inhale: kneel on all fours, back flat.\n  2. Exhale: reach one arm forward and the other leg back.\n"
    )
    exercises = import_article(text, "app.txt").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in exercises] == [("Bird dog", 3, 6)]


def test_an_image_caption_repeating_the_name_under_it_is_no_new_heading():
    text = (
        "Chair moves\n\nStay strong sitting down.\n\nSeated Knee Lifts\n\nseated knee lifts, chair moves for seniors\n\n"
        "Sit tall and lift one knee, then lower it. Repeat 10 times on each leg.\n\nArm Swings\n\n"
        "Sit tall and swing both arms forward and back. Repeat 12 times.\n"
    )
    assert names(text) == ["Seated Knee Lifts", "Arm Swings"]


def test_prose_paragraphs_that_open_with_the_exercises_place_are_the_exercises():
    text = (
        "Staying fit in your armchair\n\nMoving a little every day matters.\n\n"
        "The first exercise, the toe tap, wakes up the legs. Tap your toes on the floor 15 times.\n\n"
        "The second routine works the buttocks. Squeeze them for 3 seconds and let go. Repeat 6 times.\n\n"
        "The next exercise is the arm reach. Reach up to the ceiling with one hand. Repeat 5 times each side.\n"
    )
    exercises = import_article(text, "armchair.txt").exercises
    assert [(e["name"], e.get("reps")) for e in exercises] == [
        ("Toe tap", 15),
        ("Exercise 2", 6),
        ("Arm reach", 5),
    ]


def test_a_bare_exercise_n_line_is_named_by_the_next_line_past_an_option_label():
    text = (
        "Cardio at home\n\nDo each exercise for 30 seconds.\n\nExercise 1\n\n"
        "Easy: Side jacks. Take one foot out to the side and back, arms rising.\n\n"
        "Hard: Jumping jacks. Jump the feet apart and together.\n\nExercise 2\n\n"
        "Easy: Knee drives. Drive one knee up towards the chest, then the other.\n"
    )
    exercises = import_article(text, "cardio.txt").exercises
    assert [(e["name"], e.get("duration")) for e in exercises] == [("Side jacks", 30), ("Knee drives", 30)]


def test_a_position_named_exercise_done_again_is_no_setup():
    text = (
        "Hand moves\n\n1. Finger Spread\n\nSpread the fingers wide on the table. Repeat 10 times.\n\n"
        "2. C Position\n\nCurve the fingers and thumb into a C. Release the position and do this again.\n\n"
        "3. Thumb Touch\n\nTouch the thumb to each fingertip. Repeat 5 times.\n"
    )
    assert names(text) == ["Finger Spread", "C Position", "Thumb Touch"]


def test_an_exercise_heading_over_steps_below_its_dose_is_the_titled_exercise_with_that_dose():
    text = (
        "Spot Turn\n\nNumber of Repetitions: Turn one way, then the other. Do 4 times.\n"
        "Goal: to turn without dizziness.\nExercise:\n1. Stand with arms out to the sides.\n"
        " Turn slowly on the spot in a full circle.\n"
    )
    exercises = import_article(text, "turn.txt").exercises
    assert [(e["name"], e.get("reps")) for e in exercises] == [("Spot Turn", 4)]


def test_a_numbered_item_naming_its_pose_as_the_subject_of_its_first_sentence():
    text = (
        "Three poses for sleep\n\n1. Child's Pose is the gentlest rest. Kneel and fold forward, arms long, "
        "for 10 breaths.\n\n2. Legs Up The Wall\n\nLie down with your legs up a wall for 2 minutes.\n"
    )
    assert names(text) == ["Child's Pose", "Legs Up The Wall"]


def test_a_long_title_with_a_lead_in_question_and_a_series_number_names_its_one_exercise():
    text = (
        "Feeling stiff at your desk? Tip # 7 Shoulder rolls\n\n"
        "Roll both shoulders up, back and down 10 times, then roll them the other way 10 times.\n"
    )
    assert names(text) == ["Shoulder rolls"]


def test_a_workouts_numbered_name_x_count_items_under_its_section_heading():
    text = (
        "# Hotel room workout\n\n## Warm-up\n\n3 minutes of marching on the spot.\n\n## Workout\n\n"
        "1. Squats x 12\n2. Push-ups x 8\n\n## Cool-down\n\n4 minutes of slow walking.\n"
    )
    exercises = import_article(text, "hotel.md").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in exercises] == [
        ("Warm-up", None, 180),
        ("Squats", 12, None),
        ("Push-ups", 8, None),
        ("Cool-down", None, 240),
    ]


def test_count_led_items_between_a_warm_up_and_a_cool_down_line_keep_both():
    text = (
        "Office circuit\n\nWarm up: march on the spot for 2 minutes.\n\n"
        "- 12 squats\n- 8 desk push-ups\n- 30 second plank\n\nCool down: walk slowly for 3 minutes.\n"
    )
    exercises = import_article(text, "office.txt").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in exercises] == [
        ("Warm up", None, 120),
        ("Squats", 12, None),
        ("Desk push-ups", 8, None),
        ("Plank", None, 30),
        ("Cool down", None, 180),
    ]


def test_counted_names_in_one_sentence_and_a_count_before_a_bulleted_name():
    text = "# Core finisher\n\n**Circuit:** 12 sit-ups, 10 leg raises, 16 mountain climbers and a 20 second plank.\n"
    exercises = import_article(text, "core.md").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in exercises] == [
        ("Sit-ups", 12, None),
        ("Leg raises", 10, None),
        ("Mountain climbers", 16, None),
        ("Plank", None, 20),
    ]
    bullets = "Yard workout\n\nDo 2 rounds of:\n\n- 8 push-ups\n- 12 squats\n- 10 lunges\n"
    assert [e["name"] for e in import_article(bullets, "yard.txt").exercises] == [
        "Push-ups",
        "Squats",
        "Lunges",
    ]


def test_a_number_before_a_capitalised_name_numbers_it_and_counts_nothing():
    text = (
        "Sofa moves\n\n1 Knee Lifts\n\nLift one knee, then the other. Repeat 6 times.\n\n"
        "2 Arm Reach\n\nReach up to the ceiling. Repeat 4 times.\n"
    )
    assert [e.get("reps") for e in import_article(text, "sofa.txt").exercises] == [6, 4]


QUALIFIED_NAMES = [
    ("Side leg lift (not for lateral approach)", "Side leg lift"),
    ("Side leg lift (only if your surgeon agrees)", "Side leg lift"),
    ("Side leg lift (optional)", "Side leg lift"),
    ("Side leg lift (Simple)", "Side leg lift"),
    ("Side leg lift (front)", "Side leg lift (front)"),  # a position stays: it tells versions apart
    ("Child’s pose", "Child’s pose"),  # a typographic apostrophe is no quote
]


@pytest.mark.parametrize(("heading", "name"), QUALIFIED_NAMES)
def test_a_bracketed_condition_is_no_part_of_the_name(heading, name):
    text = f"# Hip exercises\n\n## {heading}\n\nLie on your side and lift the top leg. Do 10 repetitions.\n\n"
    text += "## Heel slides\n\nSlide your heel up the bed and back. Do 10 repetitions.\n"
    assert import_article(text, "hip.md").exercises[0]["name"] == name


# A label line names the exercise after its label word, with a colon or a dash, as a card or a
# printed programme sets it: the label word is no name
@pytest.mark.parametrize(
    "first, second",
    [
        ("Exercise — Bridge", "Exercise — Dead bug"),
        ("Name: Bridge", "Name: Dead bug"),
        ("Move - Bridge", "Move - Dead bug"),
        ("## Exercise: Bridge", "## Exercise: Dead bug"),
    ],
)
def test_a_label_line_is_named_by_what_follows_its_label(first, second):
    text = (
        f"# Mat work\n\n{first}\nLie on your back and lift your hips. Repeat 10 times.\n\n"
        f"{second}\nLie on your back and lower the opposite arm and leg. Repeat 8 times.\n"
    )
    got = [(e["name"], e["reps"]) for e in import_article(text, "m.md").exercises]
    assert got == [("Bridge", 10), ("Dead bug", 8)]


# A one-exercise page that names its exercise on a label, alone or among other labels on its line
@pytest.mark.parametrize(
    "label_line",
    [
        "Tabata exercise: Burpees",
        "Every week a new move. Time: 4 minutes. Featured exercise: Burpees.",
        "Core exercise: Burpees",
    ],
)
def test_a_label_names_a_one_exercise_page(label_line):
    text = (
        f"# Tabata Tuesday\n\n{label_line}\n\nDrop to the floor, kick your feet back, jump up. "
        "8 rounds of 20 seconds on, 10 seconds off.\n"
    )
    assert [e["name"] for e in import_article(text, "t.md").exercises] == ["Burpees"]


# A purpose said after the name with no dash is no part of it (CONVENTIONS: names without purpose);
# a target ("Skips for height") or a condition a breathing page names ("for stress") stays
@pytest.mark.parametrize(
    "heading, name",
    [
        ("Chest opener for better posture", "Chest opener"),
        ("Calf raises to improve circulation", "Calf raises"),
        ("Cat-cow to loosen a stiff back", "Cat-cow"),
        ("Hip circles for mobility", "Hip circles"),
        ("Skips for height", "Skips for height"),
    ],
)
def test_a_purpose_after_the_name_is_no_part_of_it(heading, name):
    text = f"# Desk breaks\n\n## {heading}\nStand tall and move slowly. Do 10.\n\n## Wrist circles\nCircle the wrists. Do 10.\n"
    assert [e["name"] for e in import_article(text, "d.md").exercises][0] == name


# A number before a singular noun is part of a heading's name ("5 Finger Breathing"); a bare number
# before a name elsewhere numbers it ("### 1 Quad sets")
@pytest.mark.parametrize(
    "heading, name",
    [
        ("## 5 Finger Breathing", "5 Finger Breathing"),
        ("### 3 Part Breath", "3 Part Breath"),
        ("### 1 Quad sets", "Quad sets"),
    ],
)
def test_a_number_before_a_singular_noun_is_part_of_the_name(heading, name):
    text = (
        f"# Calm down\n\n{heading}\n\nTrace up your thumb as you breathe in and down as you breathe out. Repeat 5 times.\n\n"
        "## Box breathing\n\nBreathe in for 4 seconds and out for 4 seconds. Repeat 4 times.\n"
    )
    assert [e["name"] for e in import_article(text, "c.md").exercises][0] == name


# A one-exercise page whose title is no name calls its exercise a method in a sentence: its subject
@pytest.mark.parametrize(
    "title, said, name",
    [
        ("Calm in a minute", "Box breathing is a simple technique that steadies the heart.", "Box breathing"),
        ("Breathing for calm", "A 4-5-6 breath is a proven method for settling the nerves.", "4-5-6 breath"),
        ("4-7-8 Breathing", "The 4-7-8 breath is a technique anyone can learn.", "4-7-8 Breathing"),
        ("Relax tonight", "Deep breathing is a simple way to unwind.", "Relax tonight"),
    ],
)
def test_a_sentence_calling_it_a_method_names_a_one_exercise_page(title, said, name):
    text = (
        f"# {title}\n\n{said} This is how:\n\n- Breathe in through your nose for 4 seconds.\n"
        "- Breathe out slowly through your mouth for 6 seconds.\n\nRepeat 5 times.\n"
    )
    assert [e["name"] for e in import_article(text, "b.md").exercises] == [name]


# A printed sheet's label run into the exercise's name ("Arm Raises Target Area: Deltoids …",
# "Mini Squat Position – Stand …", "Calf stretch Position"): the label and its text are no part
# of the name; a name that ends in "Position" is kept ("Relaxed Jaw Position", "Prayer position")
@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("## Arm Raises Target Area: shoulders, for lifting shopping", "Arm Raises"),
        ("## Wall Sit Muscles worked: thighs and buttocks", "Wall Sit"),
        ("## Heel raise Position – Stand behind a chair", "Heel raise"),
        ("## Calf stretch Position", "Calf stretch"),
        ("## Relaxed Jaw Position", "Relaxed Jaw Position"),
        ("## Prayer position", "Prayer position"),
    ],
)
def test_a_label_run_into_a_name_is_no_part_of_it(heading, name):
    text = f"# Sheet\n\n{heading}\n\nStand tall and lift slowly. Repeat 10 times.\n\n## Squat\n\nBend the knees. Repeat 10 times.\n"
    assert import_article(text, "s.md").exercises[0]["name"] == name
