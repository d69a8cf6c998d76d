"""Gym programmes' and first-contact layouts of training articles (parts 19 and 20), each in our own
small re-worded examples the way several publishers write them."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    exercises = import_article(text, "u.txt").exercises
    return [(e["name"], *((e.get(k) or 1) if k == "sets" else e.get(k) for k in keys)) for e in exercises]


# A lift named by its verb ("Squat", "Press", "Step up") before a count of sets is its name, however
# the name is parted from the dose; a sentence's verb before a dose ("Repeat …") is not
@pytest.mark.parametrize("sep", [" ", ": ", " - ", "- ", " – "])
def test_a_lift_named_by_its_verb_before_sets_is_a_name(sep):
    text = (
        "Strength day\nDay A:\n"
        f"Squat{sep}5x5\nPush press{sep}3 x 8\nStep up{sep}3 x 10\nLunge{sep}3x12\nPress{sep}5x5\n"
    )
    assert _fields(text, "sets", "reps") == [
        ("Squat", 5, 5),
        ("Push press", 3, 8),
        ("Step up", 3, 10),
        ("Lunge", 3, 12),
        ("Press", 5, 5),
    ]


def test_a_load_note_in_brackets_between_name_and_sets_is_no_part_of_either():
    text = (
        "Week 1\nBack squat (start at 65%) 5x5\nBench press- (same weight as last week) 3 x 5\n"
        "Deadlift (80% of your max) 1x5\n"
    )
    assert _fields(text, "sets", "reps") == [("Back squat", 5, 5), ("Bench press", 3, 5), ("Deadlift", 1, 5)]


@pytest.mark.parametrize(
    "failure",
    ["3 x as many reps as possible", "3 x max", "3 x AMRAP", "3x max reps", "3 × as many as you can"],
)
def test_sets_to_failure_are_sets_with_the_default_count(failure):
    text = f"Pull day\nRow: 4 x 8\nChin up: {failure}\nCurl: 3 x 12\n"
    assert _fields(text, "sets", "reps") == [("Row", 4, 8), ("Chin up", 3, 10), ("Curl", 3, 12)]


def test_a_sentence_before_a_count_of_sets_stays_an_instruction():
    text = "Bridges\nLie on your back with knees bent and lift your hips.\nRepeat 3 sets of 10.\n"
    assert _fields(text, "sets", "reps") == [("Bridges", 3, 10)]


# The paragraph after a list of one-line exercises is the article's closing words: a total it
# counts ("That's 9 sets and 45 reps", "it took me 20 minutes") is no dose of the last exercise
@pytest.mark.parametrize(
    "closing",
    [
        "That is 9 sets and 45 reps in all; it took me about 20 minutes.",
        "All told you will do 9 sets, roughly 25 minutes with the rests.",
        "This whole thing takes me 30 minutes, 3 sets of everything.",
    ],
)
def test_a_closing_paragraph_after_one_line_exercises_is_not_the_last_ones(closing):
    text = f"Ladder day\nRest a minute between sets.\n\n5 pullups\n5 pushups\n5 squats\n\n{closing}\n"
    assert _fields(text, "sets", "reps", "duration") == [
        ("Pullups", 1, 5, None),
        ("Pushups", 1, 5, None),
        ("Squats", 1, 5, None),
    ]


def test_a_last_exercise_written_out_keeps_its_paragraphs():
    text = (
        "Three moves\nSquats 3x10\nLunges 3x10\nPlank 3 x 30 seconds\nHold a straight line.\n\n"
        "Hold each plank for 30 seconds, resting 20 seconds between.\n"
    )
    assert _fields(text, "sets", "duration", "rest")[-1] == ("Plank", 3, 30, 20)


# A running session told in sentences: the warm-up run it opens with, the efforts in a comma list
# (their names perhaps in quotes), the cool-down run it ends with; a cool-down already read does
# not hide the warm-up
@pytest.mark.parametrize(
    "lead",
    [
        "After 10 mins of easy running as your warm up, do",
        "Start with 10 minutes of easy jogging, then:",
        "Warm up with 10 min easy running first.",
    ],
)
@pytest.mark.parametrize(
    "efforts", ["1 min 'fast', 1 min walk, 1 min 'easy'", '1 min "fast", 1 min walk, 1 min "easy"']
)
def test_a_running_session_in_sentences(lead, efforts):
    text = f"Intervals\n\n{lead}\n\n{efforts}\n\nRepeat this 4-8 times.\n\nFinish off with 10 mins easy running.\n"
    got = _fields(text, "duration")
    assert [d for _, d in got] == [600, 60, 60, 60, 600]
    assert [n for n, _ in got][1:4] == ["Fast", "Walk", "Easy"]


# A warm-up's bullets led by their counts, each perhaps with a note in brackets and a full stop
# ("- 5 zigzag runs (75% effort).", "- 2 laps of the pitch at an easy jog."): the count and the name
@pytest.mark.parametrize("stop", ["", "."])
def test_count_first_bullets_with_a_note_and_a_full_stop(stop):
    text = (
        "Match warm-up\n\nA sample warm-up; change it to suit your pitch.\n\n"
        f"- 2 laps of the pitch at an easy jog (add some side steps){stop}\n"
        f"- 10 walking lunges{stop}\n"
        f"- 5 zigzag runs (75% effort){stop}\n"
        f"- 4 x 30 m build-up sprints (start at half pace){stop}\n"
    )
    assert [n for n, *_ in _fields(text, "reps")] == [
        "Laps of the pitch at an easy jog",
        "Walking lunges",
        "Zigzag runs",
        "Build-up sprints",
    ]
    assert [r for _, r in _fields(text, "reps")][:3] == [2, 10, 5]


# Repeats over a distance said in prose ("4 x 400m", "8 x 200 metres", "10x100m") are runs, never
# hundreds of reps: a session read whole is not refused as hundreds of hours long
@pytest.mark.parametrize("repeats", ["4 x 400m", "8 x 200 metres", "10x100m", "6 × 1 km"])
def test_repeats_over_a_distance_are_never_reps_of_the_distance(repeats):
    text = (
        f"Track night: {repeats}\n\nWarm up first, then run the efforts hard and jog back to the start. "
        f"After a long recovery, run the set again ({repeats}). Cool down for 10 minutes.\n"
    )
    for exercise in import_article(text, "u.txt").exercises:
        assert (exercise.get("reps") or 0) < 100


# A magazine's grid of exercise pictures, each cell captioned with a name and no header: one
# exercise a cell, row by row; the section heading over it frames it, and its dose is theirs
@pytest.mark.parametrize(
    "dose",
    [
        "For the exercises in this workout, do 12 repetitions, 3 sets.",
        "Do each of these moves 12 times, in 3 sets.",
    ],
)
def test_a_grid_of_names_is_one_exercise_a_cell(dose):
    text = (
        "# Legs for cyclists\n\nStronger legs, faster rides.\n\n## Strength circuit\n\n"
        f"{dose}\n\n| Walking lunges | Wall sit |\n|---|---|\n| Calf raises | Glute bridges |\n"
        "| Step-ups | Goblet squat |\n\nNo gym needed: a chair and a dumbbell will do.\n"
    )
    assert _fields(text, "sets", "reps") == [
        (name, 3, 12)
        for name in ("Walking lunges", "Wall sit", "Calf raises", "Glute bridges", "Step-ups", "Goblet squat")
    ]


def test_a_table_of_words_that_are_not_exercises_is_no_grid():
    text = "# Kit list\n\n| Water bottle | Towel |\n|---|---|\n| Mat | Shoes |\n\n## Squats\n\nStand tall and squat down. Do 10.\n"
    assert [n for n, *_ in _fields(text)] == ["Squats"]


# A plan's table names each row's movement pattern and then its exercise: the exercise column
# names them ("Starting Exercise", "Main exercise"), the pattern column is a label; the advice
# sections around the table ("## The Golden Rule", "## How to progress") are no exercises; a rest
# between sets said under the table is every row's
@pytest.mark.parametrize(
    ("pattern", "exercise"),
    [("Movement Pattern", "Starting Exercise"), ("Category", "Main exercise"), ("Muscle group", "Exercise")],
)
def test_a_plan_table_with_a_pattern_column_and_advice_beside_it(pattern, exercise):
    text = (
        "# Simple strength\n\n## The Golden Rule\n\nAdd a little each week: one more rep, or a harder version.\n\n"
        f"## The plan\n\n| {pattern} | {exercise} | Sets | Reps |\n|---|---|---|---|\n"
        "| Push | Knee push-up | 3 | 8 |\n| Legs | Split squat | 3 | 10 |\n| Core | Side plank | 2 | 20 sec |\n\n"
        "Rest 60 seconds between sets.\n\n## How to progress\n\nWhen every set feels easy, move on to a harder version.\n"
    )
    assert _fields(text, "sets", "reps", "duration", "rest") == [
        ("Knee push-up", 3, 8, None, 60),
        ("Split squat", 3, 10, None, 60),
        ("Side plank", 2, None, 20, 60),
    ]


# A progression's stages as headings ("### Level 1", "## Week 2", "### Progression 3:") over one
# bold-led exercise each: the bold lead names it, its dose after a stop or a colon is its dose
@pytest.mark.parametrize("label", ["### Level {n}", "## Week {n}", "### Progression {n}:"])
def test_stage_labels_over_bold_led_exercises(label):
    stages = [
        ("Wall Push-up", "**Wall Push-up. 2 x 10 reps.** Stand facing a wall and bend the elbows."),
        ("Knee Push-up", "**Knee Push-up: 3 x 8 reps.** Kneel and lower the chest to the floor."),
        ("Full Push-up", "**Full Push-up. 3 x 5 reps.** From your toes, lower and push back up."),
    ]
    body = "".join(
        f"{label.format(n=n)}\n\nStart here if the last stage felt easy.\n\n{line}\n\n"
        for n, (_, line) in enumerate(stages, 1)
    )
    text = f"# Push-up progression\n\nWork through the stages below.\n\n{body}"
    assert _fields(text, "sets", "reps") == [
        ("Wall Push-up", 2, 10),
        ("Knee Push-up", 3, 8),
        ("Full Push-up", 3, 5),
    ]


# A coach's count-first lines with units abbreviated with a full stop ("30 sec. jumping jacks",
# "2 min. rest") and "ea." for each ("10 front lunges ea. leg"): the stop ends no sentence
@pytest.mark.parametrize("unit", ["sec.", "secs.", "sec"])
def test_count_first_lines_with_abbreviated_units(unit):
    text = (
        "Dryland circuit\n\nDo every exercise back to back.\n\n"
        f"30 {unit} jumping jacks\n15 bodyweight squats\n10 front lunges ea. leg\n30 {unit} plank hold\n"
    )
    assert _fields(text, "reps", "duration", "sides") == [
        ("Jumping jacks", None, 30, None),
        ("Bodyweight squats", 15, None, None),
        ("Front lunges", 10, None, ["right leg", "left leg"]),
        ("Plank hold", None, 30, None),
    ]


# A one-exercise page: the text names its exercise in quotes, its dose is a bold sentence above a
# heading that is only an aspect ("Start Position"), and "Build up bit by bit: …" is advice
@pytest.mark.parametrize(
    ("quoted", "heading"),
    [
        ("‘Sit-to-Stand’", "Start Position"),
        ('"Sit-to-Stand"', "Starting position"),
        ("'Sit-to-Stand'", "Set-up position"),
    ],
)
def test_a_one_exercise_page_named_in_quotes_with_an_aspect_heading(quoted, heading):
    text = (
        "# Keep your legs strong\n\nMuscle fades with age, and weak legs make falls more likely. "
        f"We recommend the {quoted} exercise to everyone over 60.\n\n"
        "**Perform 2 to 3 sets of 12 repetitions.** Move smoothly and with control.\n\n"
        "Build up bit by bit: start with 2 sets and work up to 3.\n\n"
        f"#### {heading}\n\nSit on a sturdy chair, feet apart. Stand up fully, then sit back down slowly.\n"
    )
    assert _fields(text, "sets", "reps") == [("Sit-to-Stand", 2, 12)]


# A blog lists its exercises first, each a bold name and what it is for, then describes some of
# them again with their doses: the list is the routine, each once, in its order
@pytest.mark.parametrize("bullet", ["-", "*"])
def test_exercises_listed_then_some_described_again(bullet):
    text = (
        "# Chair moves\n\n## 4 easy chair exercises\n\n"
        f"{bullet} **Ankle Pumps:** for circulation.\n{bullet} **Knee Lifts:** for stronger hips.\n"
        f"{bullet} **Arm Raises:** for the shoulders.\n{bullet} **Neck Turns:** for a looser neck.\n\n"
        "## How to do two of them\n\n"
        f"{bullet} **Knee Lifts**\n  Sit tall and lift one knee, then the other, for 1 minute.\n"
        f"{bullet} **Neck Turns**\n  Turn your head slowly to look over each shoulder, 5 times.\n\n"
        "## Tips\n\n- Do these 3 times a week.\n"
    )
    assert _fields(text, "reps", "duration") == [
        ("Ankle Pumps", 10, None),
        ("Knee Lifts", None, 60),
        ("Arm Raises", 10, None),
        ("Neck Turns", 5, None),
    ]


# A numbered list of exercises with one item unnamed ("2. Turn your head slowly from side to side
# 10 times.") between named ones: that item is one more exercise, "Exercise 2", not a step
@pytest.mark.parametrize(
    "unnamed",
    ["Turn your head slowly from side to side 10 times.", "Lift your shoulders to your ears, 10 times"],
)
def test_an_unnamed_item_among_named_exercises_is_one_more(unnamed):
    text = (
        "# Desk break\n\nDo these at your desk every hour.\n\n1. Shoulder rolls - 10 times\n"
        f"2. {unnamed}\n3. Chin tucks - 10 times\n4. Wrist circles - 10 times\n"
    )
    assert _fields(text, "reps") == [
        ("Shoulder rolls", 10),
        ("Exercise 2", 10),
        ("Chin tucks", 10),
        ("Wrist circles", 10),
    ]


def test_steps_beside_an_instruction_item_stay_steps():
    text = (
        "# Pursed-lip breathing\n\n1. Sit comfortably in a chair\n2. Breathe in slowly through your nose for 2 seconds.\n"
        "3. Breathe out through pursed lips for 4 seconds.\n4. Repeat 5 times.\n"
    )
    assert len(_fields(text)) == 1


# A swim set's distances before a bare verb ("300 swim", "200 kick") are metres, no count of an
# exercise; a count-first name led by a proper noun ("20 Russian twists") is a name
def test_swim_distances_are_no_counts_and_a_proper_noun_leads_a_name():
    text = (
        "Swim and dryland\n\nWarm-up\n300 swim\n200 kick\n100 pull with a buoy\n\nDryland\n"
        "Do every exercise back to back.\n\n30 sec. jumping jacks\n15 bodyweight squats\n20 Russian twists\n"
        "10 wide push-ups\n"
    )
    assert _fields(text, "reps", "duration") == [
        ("Jumping jacks", None, 30),
        ("Bodyweight squats", 15, None),
        ("Russian twists", 20, None),
        ("Wide push-ups", 10, None),
    ]


# A video's transcript pasted as one paragraph names its exercises inside its sentences ("For the
# Bridge exercise, …", "The Clam stretch is …", "Lastly, in the Heel Slide exercise, …") and
# states the count once at the end
@pytest.mark.parametrize(
    "leads",
    [
        (
            "For the Bridge exercise,",
            "The Clam exercise is a little harder:",
            "Lastly, in the Heel Slide exercise,",
        ),
        (
            "First, the Bridge exercise:",
            "Next, for the Clam exercise,",
            "Finally, with the Heel Slide exercise,",
        ),
    ],
)
def test_exercises_named_inside_a_transcripts_sentences(leads):
    bridge, clam, slide = leads
    text = (
        "Hip exercises - transcript\n\nHere are some exercises to do on your bed from today. "
        f"{bridge} lie on your back with knees bent and lift your hips. Hold for three seconds and relax. "
        f"{clam} lie on your side with knees bent and open the top knee like a shell. "
        f"{slide} slide one heel up towards your bottom and back down. "
        "Do each one 10 times, three times a day.\n"
    )
    assert _fields(text, "reps", "hold") == [("Bridge", 10, 3), ("Clam", 10, None), ("Heel Slide", 10, None)]


def test_one_exercise_named_in_a_sentence_does_not_split_the_paragraph():
    text = "Plank\n\nThe Plank exercise is the best core move. Hold a straight line on your elbows for 30 seconds.\n"
    assert _fields(text, "duration") == [("Plank", 30)]


# "- Light jog for 2 minutes", "- Wall sit for 45 s": the "for" before a list item's time is no
# part of its name
@pytest.mark.parametrize("time", ["2 minutes", "45 s", "90 seconds"])
def test_for_before_a_list_items_time_is_no_part_of_its_name(time):
    text = f"Warm-up\n\n- Light jog for {time}\n- Wall sit for {time}\n- Skipping for {time}\n"
    assert [n for n, *_ in _fields(text)] == ["Light jog", "Wall sit", "Skipping"]
