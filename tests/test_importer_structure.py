"""Splitting articles into exercises: heading styles, labels, furniture."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.structure import split_article


def names(text):
    return [b.name for b in split_article(text).blocks]


def test_exercise_n_headings_and_furniture():
    text = (
        "Title\n\nWritten by\n\nIntro text here.\n\nMore: Other article\n\n"
        "Exercise 1: Squat\n\nSquat 10 times.\n\nExercise 2: Lunge\n\nLunge 5 times per leg.\n\n"
        "Squat FAQs\n\nIs it safe?\n\nYes, stand tall.\n\nREAD THIS NEXT: Something\n"
    )
    assert names(text) == ["Squat", "Lunge"]


def test_markdown_numbered_headings_and_sections():
    text = (
        "# Routine\n\nIntro.\n\n## 1. Squat\n\n1. Stand tall.\n2. Squat 10 times.\n\n"
        "## 2. Plank\n\nHold for 30 seconds.\n\n## FAQ\n\n### Can I do more?\n\nDo 20 reps.\n"
    )
    article = split_article(text)
    assert article.title == "Routine" and [b.name for b in article.blocks] == ["Squat", "Plank"]


def test_numbered_list_with_names():
    text = "Quick Abs\n\n1. Crunches: lie down and crunch 20 times.\n2) **Plank** hold for 30 seconds.\n"
    assert names(text) == ["Crunches", "Plank"]


def test_bold_title_lines():
    text = (
        "Stretches\n\n**Hamstring stretch**\nSit and reach for your toes. Hold 30 seconds.\n\n"
        "**Quad stretch**\nStand and pull your heel to your bottom. Hold 30 seconds per leg.\n"
    )
    assert names(text) == ["Hamstring stretch", "Quad stretch"]


def test_short_title_lines():
    text = (
        "Stretches\n\nHamstring stretch\nSit and reach for your toes. Hold 30 seconds.\n\n"
        "Quad stretch\nStand and pull your heel up. Hold 30 seconds per leg.\n"
    )
    assert names(text) == ["Hamstring stretch", "Quad stretch"]


def test_step_headings():
    text = (
        "Breathe\n\nStep 1: Inhale for 4 seconds and exhale for 6.\n"
        "Step 2: Body scan\nLie still for 2 minutes.\n"
    )
    assert names(text) == ["Step 1", "Body scan"]


def test_labelled_parts_and_variations():
    text = (
        "## Squat\n\nBenefits: strong legs.\n\nInstructions: Squat down 10 times.\n\n"
        "Variation: Do 50 jump squats.\n\n## Plank\n\nHold 30 seconds.\n"
    )
    squat = import_article(text, "a.md").exercises[0]
    # the count became reps: 10, so the spoken text does not repeat it
    assert squat["what"] == "Strong legs." and squat["how"] == "Squat down."
    assert squat["reps"] == 10


def test_timing_labels():
    text = "## Bridge\n\nLift your hips.\nSets: 3\nReps: 12\nRest: 45 seconds\n\n## Plank\n\nHold: 30s\n"
    bridge, plank = import_article(text, "a.md").exercises
    assert (bridge["sets"], bridge["reps"], bridge["rest"]) == (3, 12, 45)
    assert plank["duration"] == 30


def test_timing_in_heading_parentheses():
    text = (
        "Core\n\n1. Dead bug (3 x 10) — lie on your back and extend opposite arm and leg.\n2. Plank — hold.\n"
    )
    dead_bug = import_article(text, "a.txt").exercises[0]
    assert dead_bug["name"] == "Dead bug" and (dead_bug["sets"], dead_bug["reps"]) == (3, 10)


def test_a_dose_in_front_of_the_name():
    text = (
        "Upper body day\n\nWarm the arms up first with some easy circles.\n\n"
        "2 x 12 Seated Rows\n2 x 12 Chest Press (go lighter on the last set if you need to)\n"
        "2 x 10 Lateral Raises\n"
    )
    result = import_article(text, "upper.txt")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [
        ("Seated Rows", 2, 12),
        ("Chest Press", 2, 12),
        ("Lateral Raises", 2, 10),
    ]
    assert names("Exercise 3: 15 repetitions side steps\n\nExercise 4: 15 repetitions back steps\n") == [
        "Side steps",
        "Back steps",
    ]


def test_a_heading_over_sub_headings_is_a_group_not_an_exercise():
    text = (
        "# Knee plan\n\n## Week 1\n\n### Before breakfast\n\nStart gently and keep the knee moving.\n\n"
        "#### Heel slides\n\nSlide the heel towards you and back. 2 sets of 10 reps.\n\n"
        "#### Quad sets\n\nPress the knee down into the bed. Repeat 10 times.\n\n"
        "### Before bed\n\nA short set to finish the day.\n\n"
        "#### Straight leg raise\n\nLift the straight leg a hand's width. 2 sets of 8 reps.\n"
    )
    assert names(text) == ["Heel slides", "Quad sets", "Straight leg raise"]


def test_a_how_to_sub_heading_is_part_of_the_exercise_above():
    text = (
        "# Hip strength\n\n## Side-lying leg lift\n\n### How to do this exercise\n\n"
        "- Lie on your side and lift the top leg. Repeat 8 times.\n\n### How to make it harder\n\n"
        "- Add an ankle weight.\n\n## Clamshell\n\n### How to do this move\n\n"
        "- Lie on your side, knees bent, and open the top knee. Repeat 12 times.\n"
    )
    assert names(text) == ["Side-lying leg lift", "Clamshell"]


def test_a_counted_breath_step_is_an_exercise_among_unnamed_steps():
    text = (
        "Unwind before sleep\n\nLie down somewhere warm and quiet.\n\n"
        "1. Take five slow breaths into your belly, letting each one out through the mouth.\n"
        "2. Squeeze your toes tight for 5 seconds, then let them go.\n"
        "3. Press your heels into the bed for 5 seconds, then let them go.\n"
    )
    assert names(text) == ["Exercise 1", "Exercise 2", "Exercise 3"]


def test_exercise_names_listed_in_one_sentence():
    text = (
        "Lunchtime club\n\nToday we set up a circuit in the playground. Everyone worked for 30 seconds at "
        "each station with a short rest in between.\n\nThe stations were: star jumps, wall sits, "
        "skipping, tuck jumps and crab walks.\n\nWell done to everyone who came along!\n"
    )
    result = import_article(text, "club.txt")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Star jumps", 30),
        ("Wall sits", 30),
        ("Skipping", 30),
        ("Tuck jumps", 30),
        ("Crab walks", 30),
    ]


def test_dose_led_lines_under_one_heading_are_exercises_and_a_label_heading_is_not():
    text = (
        "# Kitchen-counter ballet\n\n## Points to remember\n\n- Keep the shoulders soft.\n"
        "- Lift through the crown of the head.\n\n## The sequence\n\n"
        "- 12x Plié – bend the knees over the toes\n- 12x Rise onto the toes\n"
        "- 8x Plié, rise, lower\n"
    )
    result = import_article(text, "barre.txt")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [
        ("Plié", 12),
        ("Rise onto the toes", 12),
        ("Plié, rise, lower", 8),
    ]


def test_an_unnamed_item_between_named_ones_is_exercise_n_and_a_group_noun_is_no_name():
    text = (
        "Netball warm up\n\n"
        "Stretches - Roll your shoulders forwards and back, do this 5 times\n\n"
        "Calf stretch- Step one foot back and press the heel down; hold for 15 seconds.\n\n"
        "Swing your arms across your chest and open them wide, perform this 8 times\n\n"
        "Quad stretch- Stand on one leg and pull the other heel up; hold for 15 seconds.\n"
    )
    result = import_article(text, "netball.txt")
    assert [e["name"] for e in result.exercises] == [
        "Exercise 1",
        "Calf stretch",
        "Exercise 3",
        "Quad stretch",
    ]
    assert [e.get("reps") for e in result.exercises][::2] == [5, 8]


def test_a_list_of_name_then_dose_items_with_long_names_and_a_missing_colon():
    text = (
        "Pool-side strength\n\nDo these back to back.\n\n"
        "- Wall Sit: 20 second hold\n- Single Leg Glute Bridge with Arms Crossed: x 8 reps\n"
        "- Band Pull Apart x 15 reps\n- Dead Bug: x 10 reps\n"
    )
    assert names(text) == [
        "Wall Sit",
        "Single Leg Glute Bridge with Arms Crossed",
        "Band Pull Apart",
        "Dead Bug",
    ]


def test_numbered_names_ended_by_a_full_stop_or_a_line_end_or_a_unit_word():
    period = (
        "Ankle programme\n\n1. Ankle pumps. Point and flex the foot. Repeat 15 times.\n"
        "2. Calf raises (10 reps). Rise onto the toes and lower slowly.\n"
        "3. Lie on your back. Circle the ankle 10 times.\n"
    )
    assert names(period)[:2] == ["Ankle pumps", "Calf raises (10 reps)"]
    lines = (
        "Hip programme\n\n1. Glute sets\nSqueeze the buttocks and hold 5 seconds. Repeat 10 times.\n\n"
        "2. Hip abduction\nSlide the leg out to the side and back. Repeat 10 times.\n"
    )
    assert names(lines) == ["Glute sets", "Hip abduction"]


def test_an_exercise_number_heading_takes_its_name_from_the_next_line():
    text = (
        "# Shoulder programme\n\n## Exercise 1\n\n**Pendulum**\n\nLean on a table and let the arm swing. "
        "Repeat 10 times.\n\n## Exercise 2\n\nWall slides\n\nSlide the hands up the wall. Repeat 8 times.\n"
    )
    assert names(text) == ["Pendulum", "Wall slides"]


def test_names_lose_enumerators_lead_ins_dashed_purposes_and_trailing_doses():
    def got(text):
        return [(e["name"], e.get("reps"), e.get("hold")) for e in import_article(text, "x.txt").exercises]

    lettered = "Wrist\n\nA. Wrist curls\nCurl the wrist up. Repeat 12 times.\n\nB. Finger taps\nTap each finger. Repeat 12 times.\n"
    assert [g[0] for g in got(lettered)] == ["Wrist curls", "Finger taps"]
    roman = "Wrist\n\nI. Wrist curls\nCurl the wrist up. Repeat 12 times.\n\nII. Finger taps\nTap each finger. Repeat 12 times.\n"
    assert [g[0] for g in got(roman)] == ["Wrist curls", "Finger taps"]
    ticked = "Wrist\n\n✅ Wrist curls – Curl the wrist up. Repeat 12 times.\n✅ Finger taps – Tap each finger. Repeat 12 times.\n"
    assert [g[0] for g in got(ticked)] == ["Wrist curls", "Finger taps"]
    how = "Wrist\n\n## How to do wrist curls\n\nCurl the wrist up. Repeat 12 times.\n\n## How to do finger taps\n\nTap each finger. Repeat 12 times.\n"
    assert [g[0] for g in got(how)] == ["Wrist curls", "Finger taps"]
    purpose = "Wrist\n\n## Wrist curls - to strengthen the forearm\n\nCurl the wrist up. Repeat 12 times.\n\n## Finger taps - for dexterity\n\nTap each finger. Repeat 12 times.\n"
    assert [g[0] for g in got(purpose)] == ["Wrist curls", "Finger taps"]
    dosed = "Wrist\n\n## Wrist curls x 12\n\nCurl the wrist up.\n\n## Finger squeeze: hold 5 seconds, 8 reps\n\nSqueeze a soft ball.\n"
    assert got(dosed) == [("Wrist curls", 12, None), ("Finger squeeze", 8, 5)]


def test_a_sentence_wrapped_just_before_its_number_keeps_the_dose():
    text = (
        "Knee handout\n\n**Inner range quads**\nLie with a rolled towel under the knee and straighten "
        "the knee, then hold for\n6 seconds. Repeat 10 times.\n\n**Heel raises**\n12 reps\n"
        "3 seconds\nRise onto the toes and lower slowly.\n"
    )
    got = [(e["name"], e.get("reps"), e.get("hold")) for e in import_article(text, "knee.txt").exercises]
    assert got == [("Inner range quads", 10, 6), ("Heel raises", 12, 3)]


def test_a_name_run_into_its_text_or_followed_by_a_dose_is_split_off():
    def got(text):
        return [(e["name"], e.get("reps"), e.get("hold")) for e in import_article(text, "x.txt").exercises]

    run_on = (
        "Hip handout\n\n1. Clam shells Lie on your side with the knees bent. Repeat 12 times.\n"
        "2. SIDE LEG LIFT Lie on your side and lift the top leg. Repeat 8 times.\n"
    )
    assert got(run_on) == [("Clam shells", 12, None), ("Side Leg Lift", 8, None)]
    dosed = (
        "Hip handout\n\n1. Clam shells 12x – lie on your side and open the knees.\n"
        "2. Hip hitch (8) Stand on a step and lift the hip; hold 3 seconds.\n"
    )
    assert got(dosed) == [("Clam shells", 12, None), ("Hip hitch", 8, 3)]


def test_a_pointer_to_a_picture_or_the_sides_in_brackets_is_not_part_of_the_name():
    text = (
        "Leg handout\n\n**Calf stretch (see picture 2)**\nLean on a wall, back leg straight. Hold 30 seconds.\n\n"
        "**Step ups (both legs)**\nStep up onto a stair and down. Repeat 10 times.\n"
    )
    assert [e["name"] for e in import_article(text, "leg.txt").exercises] == ["Calf stretch", "Step ups"]


def test_a_group_heading_holds_its_items_in_any_style_and_a_warm_up_keeps_its_name():
    text = (
        "# Hip programme\n\nDo these daily.\n\n## Warm up\n\nMarch on the spot for 2 minutes.\n\n## Stretches\n\n"
        "Hip flexor stretch – Kneel on one knee and push the hips forward. Hold 30 seconds.\n\n"
        "Piriformis stretch – Lie on your back and cross one ankle over the knee. Hold 30 seconds.\n"
    )
    got = [(e["name"], e.get("duration")) for e in import_article(text, "hips.md").exercises]
    assert got == [("Warm up", 120), ("Hip flexor stretch", 30), ("Piriformis stretch", 30)]


def test_handout_label_lines_are_not_names_and_short_name_dose_lines_are_exercises():
    handout = (
        "Elbow exercises\n\nWrist turns\nStarting position: Sit with the forearm on a table.\n"
        "Action: Turn the palm up, then down.\nRepetitions: 10\n\nElbow bends\n"
        "Starting position: Stand with the arm by your side.\nAction: Bend the elbow fully.\nRepetitions: 8\n"
    )
    assert names(handout) == ["Wrist turns", "Elbow bends"]
    labelled = "Elbow\n\nExercise: Wrist turns\nHow: Turn the palm up and down.\nReps: 10\n\nExercise: Elbow bends\nHow: Bend the elbow.\nReps: 8\n"
    assert names(labelled) == ["Wrist turns", "Elbow bends"]
    timed = "Circuit\n\nLunges: 40 seconds\nRest: 20 seconds\nSit-ups: 40 seconds\nRest: 20 seconds\nBurpees: 40 seconds\n"
    assert [(e["name"], e.get("duration")) for e in import_article(timed, "c.txt").exercises] == [
        ("Lunges", 40),
        ("Sit-ups", 40),
        ("Burpees", 40),
    ]


def test_the_one_bold_phrase_of_a_numbered_item_names_it():
    text = (
        "Back care\n\n1. Lie on your back and do **pelvic tilts**: flatten the low back. Repeat 10 times.\n"
        "2. On hands and knees, try the **cat stretch**, rounding the back. Repeat 6 times.\n"
    )
    assert names(text) == ["Pelvic tilts", "Cat stretch"]


def test_a_getting_ready_section_is_furniture_not_an_exercise():
    text = (
        "# Neck routine\n\n## Getting ready\n\nSit on a firm chair and let the shoulders drop.\n\n"
        "## Chin tuck\n\nDraw the chin straight back. Hold 5 seconds. Repeat 8 times.\n\n"
        "## Neck turn\n\nTurn the head to look over one shoulder. Repeat 5 times.\n\n"
        "## Stop if\n\nStop if you feel dizzy or the pain spreads.\n"
    )
    assert names(text) == ["Chin tuck", "Neck turn"]


def test_a_weekday_is_a_schedule_label_not_an_exercise_name():
    text = (
        "Walking plan\n\n**Monday**\nWalk briskly for 10 minutes.\n\n**Wednesday**\nWalk briskly for 12 minutes.\n\n"
        "**Friday**\nWalk briskly for 15 minutes.\n"
    )
    assert not {"Monday", "Wednesday", "Friday"} & set(names(text))


def test_a_comments_or_video_heading_ends_the_exercise_above_it():
    base = (
        "# Calf stretches\n\n## Wall calf stretch\n\nStep one foot back against a wall. Hold 30 seconds.\n\n"
        "## Step calf stretch\n\nLet the heels drop off a step. Hold 20 seconds.\n\n"
    )
    comments = base + "## 4 Comments\n\nAnna: I hold it for 90 seconds, works well.\n"
    video = base + "## Watch the video\n\nOur physio shows both stretches in 3 minutes.\n"
    for text in (comments, video):
        got = [(e["name"], e.get("duration")) for e in import_article(text, "calf.md").exercises]
        assert got == [("Wall calf stretch", 30), ("Step calf stretch", 20)]


def test_unnamed_numbered_steps_with_one_dose_are_one_exercise():
    one = (
        "How to do a side plank\n\n1. Lie on your side on a mat.\n2. Put the elbow under the shoulder.\n"
        "3. Lift the hips so the body is straight.\n4. Hold for 20 seconds.\n5. Lower slowly.\n"
    )
    got = [(e["name"], e.get("duration")) for e in import_article(one, "plank.txt").exercises]
    assert got == [("Side plank", 20)]
    many = (
        "Desk break\n\nDo each of these exercises 10 times.\n\n1. Lift both arms over your head.\n"
        "2. Turn your head to look over each shoulder.\n3. March on the spot.\n"
    )
    assert names(many) == ["Exercise 1", "Exercise 2", "Exercise 3"]


def test_step_n_lines_with_one_dose_are_one_exercise():
    text = (
        "Wall push-up\n\nStep 1: Stand an arm's length from a wall.\nStep 2: Put your palms flat on the wall.\n"
        "Step 3: Bend the elbows to bring the chest in, then push back. Repeat 12 times.\n"
    )
    got = [(e["name"], e.get("reps")) for e in import_article(text, "wall.txt").exercises]
    assert got == [("Wall push-up", 12)]


def test_numbered_breath_steps_are_the_phases_of_one_exercise():
    text = (
        "Calm breathing\n\n1. Breathe in through the nose for 4 seconds.\n2. Hold for 7 seconds.\n"
        "3. Breathe out through the mouth for 8 seconds.\nRepeat 4 times.\n"
    )
    (only,) = import_article(text, "calm.txt").exercises
    assert only["name"] == "Calm breathing"
    assert [p["seconds"] for p in only["phases"]] == [4, 7, 8]


def test_an_undosed_position_heading_is_a_setup_not_an_exercise():
    text = (
        "Neck care\n\nStarting Posture\n\nSit tall with your shoulders loose and your chin level.\n\n"
        "Chin tucks\n\nDraw the chin straight back. Repeat 8 times.\n\n"
        "Neck turns\n\nTurn your head to look over one shoulder. Repeat 5 times each side.\n"
    )
    assert names(text) == ["Chin tucks", "Neck turns"]


def test_a_group_heading_that_speaks_of_the_exercises_is_advice_not_an_exercise():
    text = (
        "# Wrist care\n\n## Wrist bends\n\nBend the wrist up and down. Repeat 10 times.\n\n"
        "## Finger spreads\n\nSpread the fingers wide, then close them. Repeat 8 times.\n\n"
        "## Home exercises\n\n- Do these exercises twice a day for 2 weeks.\n"
        "- Rest the hand for 10 minutes if it aches.\n"
    )
    assert names(text) == ["Wrist bends", "Finger spreads"]


def test_unnamed_step_n_lines_are_one_exercise_even_when_several_say_hold_and_repeat():
    text = (
        "# Week 3 – Seated side bend\n\nA gentle move for a stiff back at the desk.\n\n"
        "**Step 1:** Sit tall with both feet on the floor.\n**Step 2:** Reach the right arm over your head.\n"
        "**Step 3:** Lean to the left and hold the stretch for 20 seconds.\n"
        "**Step 4:** Come back to the middle and hold there for a breath.\n**Step 5:** Repeat on the other side.\n"
    )
    (only,) = import_article(text, "bend.md").exercises
    assert (only["name"], only.get("duration")) == ("Seated side bend", 20)


def test_an_exercise_page_with_field_labels_aspect_headings_and_page_links_is_one_exercise():
    text = (
        "# Wall slide\n\n**SETS** 2\n**REPS** 8\n**TEMPO** Slow up, slow down\n\n"
        "## Muscles Targeted\n\n- Lower trapezius\n- Serratus anterior\n\n"
        "## How to Perform\n\n1. Stand with your back against a wall.\n2. Put the backs of the arms on the wall.\n"
        "3. Slide the arms up the wall.\n4. Slide them back down.\n\n"
        "## Common Mistakes\n\n- Letting the lower back arch off the wall.\n\n"
        "[Previous: Shoulder rolls](/ex/rolls) · [Next: Doorway stretch](/ex/doorway)\n"
    )
    (only,) = import_article(text, "slide.md").exercises
    assert (only["name"], only.get("sets"), only.get("reps")) == ("Wall slide", 2, 8)


def test_a_heading_above_the_exercises_level_with_no_movement_is_an_aside():
    text = (
        "# Office stretches\n\n## The moves\n\n### Neck roll\n\nRoll the head slowly in a circle. Repeat 5 times.\n\n"
        "### Wrist stretch\n\nPull the fingers back gently and hold for 15 seconds.\n\n"
        "### Seated twist\n\nTurn the chest to the right. Repeat 4 times each side.\n\n"
        "## Treat yourself afterwards\n\nFind your favourite snack: 2 biscuits, a piece of fruit.\n"
    )
    assert names(text) == ["Neck roll", "Wrist stretch", "Seated twist"]


def test_a_lead_in_exclamation_in_the_title_is_not_the_exercise_name():
    text = (
        "# Ready, new runners? Let's start! Calf raise on a step\n\n"
        "Stand on the edge of a step and rise onto the toes, then lower slowly. Repeat 12 times.\n"
    )
    (only,) = import_article(text, "calf.md").exercises
    assert only["name"] == "Calf raise on a step"


def test_a_sentence_that_says_it_names_the_exercises_lists_them_even_two():
    text = (
        "Quick leg finisher\n\nThis one is short and hard. The moves are **jump squats** and "
        "**reverse lunges**, one after the other. Do 30 seconds of each, then rest a minute.\n"
    )
    assert [e["name"] for e in import_article(text, "legs.txt").exercises] == [
        "Jump squats",
        "Reverse lunges",
    ]


def test_a_page_title_with_a_furniture_word_does_not_hide_the_exercise_under_it():
    text = (
        "# Home Tips: Stiff Knee\n\n## Heel slides\n\n1. Lie on your back with the legs straight.\n"
        "2. Slide one heel towards you, bending the knee.\n3. Slide it back out. Repeat 10 times.\n"
    )
    assert names(text) == ["Heel slides"]


def test_paragraphs_that_each_open_with_a_movement_and_a_dose_are_ways_of_doing_it():
    text = (
        "# Cat stretch\n\nA gentle stretch for a tired back. You can do it two ways.\n\n"
        "Kneel on all fours with the back flat. Round the back up towards the ceiling and hold for 5 seconds. "
        "Repeat 6 times.\n\n"
        "Sit on a chair with the feet flat. Round the back forward over the knees. Repeat 8 times.\n\n"
        "Stop if it hurts.\n"
    )
    got = [(e["name"], e.get("reps")) for e in import_article(text, "cat.md").exercises]
    assert got == [("Exercise 1", 6), ("Exercise 2", 8)]


def test_where_numbering_restarts_the_list_with_a_dose_in_every_item_is_the_exercises():
    text = (
        "Bike session\n\nPedal with a smooth stroke, in three parts:\n\n"
        "1. Push down through the heel.\n2. Sweep the foot back at the bottom.\n3. Lift the knee over the top.\n\n"
        "The session:\n\n1. Warm up for 8 minutes at an easy pace.\n"
        "2. Ride hard for 30 seconds, then easy for 90 seconds, 6 times.\n3. Cool down for 5 minutes.\n"
    )
    assert names(text) == ["Warm up", "Exercise 2", "Cool down"]


def test_a_numbered_item_that_repeats_the_others_is_not_an_exercise():
    text = (
        "Morning lungs\n\n1. Sit tall, breathe in deeply and hold for 3 seconds. Do this 4 times.\n"
        "2. Stand up and march on the spot for two minutes.\n3. Repeat steps 1 and 2 twice a day.\n"
    )
    assert names(text) == ["Exercise 1", "Exercise 2"]


DRILL_LISTS = {
    "these drills, blank lines": "These drills work on one part of your stride each. Do 3 of each.\n\n"
    "1. Ankling\n\n2. Butt Kicks (Bring your heel right up under your hips)\n\n3. A-Skip\n\n"
    "4. Carioca (Cross one foot in front, then behind, moving sideways)\n",
    "do 2 of each": "Warm up with these before every run; do 2 of each over 30 metres.\n"
    "- Ankling\n- Butt kicks (heel up under the hips, quick feet, tall body)\n- A-skip\n- Carioca\n",
    "the following poses": "Hold each of the following poses for 5 breaths.\n\n1. Mountain\n2. Tree\n"
    "3. Warrior (Step one foot back and bend the front knee over the ankle)\n4. Triangle\n",
}


@pytest.mark.parametrize("layout", list(DRILL_LISTS))
def test_bare_names_under_a_line_calling_them_drills_or_poses_are_the_exercises(layout):
    got = import_article("# Form drills\n\n" + DRILL_LISTS[layout], "drills.md").exercises
    assert len(got) == 4 and got[0]["name"] in ("Ankling", "Mountain")
    assert "(" not in got[1]["name"] + got[2]["name"] + got[3]["name"]


UNNAMED_BULLETS_DOSED_BEFORE = [
    "The exercises below build strength. Do each of them 8 times, twice a day.",
    "Work through all of these 8 times.",
    "Repeat each of the following 8 times.",
]


@pytest.mark.parametrize("intro", UNNAMED_BULLETS_DOSED_BEFORE)
def test_unnamed_bullets_under_a_dose_for_each_are_exercises_not_one_exercises_steps(intro):
    text = (
        f"# Hip strength\n\n{intro}\n\n- Standing. Lift your leg out to the side and back.\n\n"
        "- Standing, take your leg back behind you, knee straight.\n\n"
        "- Standing, bring your knee up towards your chest.\n\n"
        "- Stand on the leg for 20 seconds with the other foot lifted.\n"
    )
    got = import_article(text, "hip.md").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in got] == [
        ("Exercise 1", 8, None),
        ("Exercise 2", 8, None),
        ("Exercise 3", 8, None),
        ("Exercise 4", None, 20),
    ]


def test_numbered_items_printed_without_their_stop_are_items():
    from voicecoach.importer.bullets import stops_restored

    article = (
        "Stretches for the last weeks\nThese two help you stay loose before the birth.\n"
        "• 1 Cat Stretch\n• Kneel on all fours, hands under the shoulders.\n"
        "• Round the back up, then let it sag slowly. Do this 8 times.\n"
        "2 Side Lying Opener\n• Lie on one side with a pillow under the head.\n"
        "• Turn the top knee up to the ceiling and back down, 8 times, then change sides.\n"
    )
    names = [e["name"] for e in import_article(article, "late.txt").exercises]
    assert names == ["Cat Stretch", "Side Lying Opener"]
    doses = "10 Squats\n12 Lunges\n"  # counts before names, not 1, 2, …: left as written
    assert stops_restored(doses) == doses
    timed = "1 minute march\n2 minutes jog\n"  # a number with its unit is a dose
    assert stops_restored(timed) == timed
