"""Layouts that new training articles showed on first contact (our own small examples, each
re-worded the way several publishers write it): a blog post's label line, a list item's note in
brackets opened with a stray space."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.sources import html_text


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.txt").exercises]


# A blog post's list of names, the dose said once above it, and the blog's furniture below: a
# "Labels:" line (Blogger's; "Tags:", "Filed under:" elsewhere) is no "Name: text" exercise, and
# with the post's own "Today's Workout: Make …" it must not outrank the list
@pytest.mark.parametrize(
    "labels", ["Labels: circuit, home workout", "Tags: legs, cardio", "Filed under: Workouts"]
)
def test_a_blog_label_line_is_no_exercise(labels):
    text = (
        "Anna Moves\nMonday, March 4, 2013\nToday's Workout: Make Your Own Circuit\n"
        "What a day for a workout! Another short week! Find time today for exercise, as this one needs no gym! "
        "Choose your 4 favourite exercises (whatever kit you own) and make them into a circuit.\n"
        "The goal is 45 seconds of each of these exercises, back to back.\n"
        "1. Squats\n2. Burpees\n3. Lunges\n4. Sit ups\nRepeat 2 more times.\n"
        f"Posted by Anna at 9:15 AM\n{labels}\n2 comments:\nAmy said...\nDid it with 3 exercises, 2 rounds. Tough!\nMarch 4, 2013 at 1:00 PM\n"
    )
    assert _fields(text, "duration") == [("Squats", 45), ("Burpees", 45), ("Lunges", 45), ("Sit ups", 45)]


# "Step ups ( on a low bench or the bottom stair)": a pasted list item whose note in brackets opens
# with a stray space is still a name and how to do it, not a sentence that ends the list
@pytest.mark.parametrize(
    "note",
    [
        "( on a low bench or the bottom stair)",
        "(  using a sturdy box or a step )",
        "(on a bench or a low wall)",
    ],
)
def test_a_note_in_brackets_with_a_stray_space_keeps_the_list_whole(note):
    text = (
        "Quick circuit\nDo each exercise for 1 minute.\n"
        f"- Jumping jacks\n- Step ups {note}\n- Squats\n- Mountain climbers\n"
    )
    assert [n for n, _ in _fields(text, "duration")] == [
        "Jumping jacks",
        "Step ups",
        "Squats",
        "Mountain climbers",
    ]


# Unnamed exercises whose only boundaries are their doses (a hospital's page under one section
# heading, a clinic's sheet pasted with its blank lines lost, a surgeon's one bullet list): each
# exercise ends where its count closes it, a frequency after it ("Repeat hourly.") is no new one
DOSE_CLOSED = {
    "paragraphs under a heading": (
        "# After your operation\n\n## The first days\n\n"
        "Sit up against your pillows. Take a slow deep breath into your lower chest. Repeat 3 times.\n\n"
        "Repeat every hour.\n\n"
        "Lie on your back. Pump your feet up and down quickly. Repeat 15 times.\n\n"
        "Lie flat with your legs straight. Tighten your bottom muscles and hold for 5 seconds.\n\n"
        "Repeat 8 times, every hour.\n\n"
        "Keeping your back flat, let one knee fall out to the side and back.\n\n"
        "Repeat 6 times, twice a day.\n\n"
        "- Do not lift anything heavy for six weeks\n"
    ),
    "lines of a pasted copy": (
        "Back exercises\nCity Clinic, Springfield\n"
        "Lie on your back on the floor with your knees bent and stay in this position for 5 minutes.\n"
        "Lying on your back, flatten your lower back into the floor HOLD 5 SECONDS.REPEAT 15 TIMES.\n"
        "Sitting tall, draw your shoulders back and hold for 5 seconds. Do 1 set of 8 repetitions, twice a day.\n"
        "Lying on your back, press your head gently into the pillow for 5 seconds, then relax; repeat 6 times.\n"
    ),
    "one bullet list": (
        "Home exercises\nDo these exercises three times a day, out of your sling:\n\n"
        "- Lean forward and let the arm hang down.\n"
        "- Let the arm swing gently forwards and back, repeating the swing 3 times.\n"
        "- Hold your wrist with the other hand.\n"
        "- Bend and straighten the elbow.\n"
        "- Repeat 15 times.\n"
        "- Make a fist and open the hand.\n"
        "- Repeat 8 times.\n"
        "- Let the arm rest by your side.\n"
        "- Squeeze your shoulder blades together 6 times.\n\n"
        "Put the sling back on when you have finished.\n"
    ),
}


@pytest.mark.parametrize("text", DOSE_CLOSED.values(), ids=DOSE_CLOSED.keys())
def test_unnamed_exercises_end_where_their_dose_closes_them(text):
    got = _fields(text, "reps")
    assert [n for n, _ in got] == [f"Exercise {n}" for n in range(1, len(got) + 1)]
    assert [r for _, r in got] == {
        "paragraphs under a heading": [3, 15, 8, 6],
        "lines of a pasted copy": [None, 15, 8, 6],
        "one bullet list": [3, 15, 8, 6],
    }[next(k for k, v in DOSE_CLOSED.items() if v == text)]
    if text == DOSE_CLOSED["lines of a pasted copy"]:
        assert _fields(text, "duration")[0] == ("Exercise 1", 300)


@pytest.mark.parametrize(
    "text",
    [
        # one exercise's timed steps: no count closes them
        "## Pendulum\n\nLean on a table with your good arm and let the other arm hang down.\n\n"
        "Swing the arm in small circles for 1 minute.\n\nSwing it forwards and backwards for 1 minute.\n\n"
        "Swing it from side to side for 1 minute.\n\n## Wall slide\nSlide your hand up the wall 10 times.\n",
        # one named exercise in two counted parts
        "## Arm stretches\n- Stretch your arms up above your head. Repeat 3 times.\n"
        "- Press your elbows down into the bed. Hold for 3 seconds. Repeat 5 times.\n\n"
        "## Bridging\nLift your hips off the bed 10 times.\n",
    ],
    ids=["timed steps", "two counted parts"],
)
def test_steps_or_two_parts_of_one_exercise_stay_one(text):
    assert "Exercise 2" not in [n for n, _ in _fields(text, "reps")]


@pytest.mark.parametrize(
    "line",
    [
        "- Gently swing the arm forwards and back and in small circles, repeating each movement 5 times.",
        "Slowly roll the shoulders up, back and down, 5 times for each position.",
    ],
)
def test_a_movement_that_doses_each_of_its_own_parts_is_that_exercise_not_a_dose_for_all(line):
    text = (
        f"# Shoulder\n\n## Pendulum\nLean forward on a table.\n{line}\n\n"
        "## Wrist bends\nBend the wrist up and down.\n\n## Elbow bends\nBend and straighten the elbow.\n"
    )
    assert _fields(text, "reps") == [("Pendulum", 5), ("Wrist bends", 10), ("Elbow bends", 10)]


# A coach's or a PE teacher's terse notes: lists of names under phase labels, each name with its
# dose in brackets (a range, with sides or directions), a time before a name, and a reference table
# of training goals whose "Sets" column doses no exercise
NOTES = (
    "# Training notes\n\nWarm-up:\n\n- 5-minute easy jog\nMobility -\n"
    "- Leg swings (10-15 reps each leg)\n- Hip circles (8-10 in each direction)\n- Split squats (6 each leg)\n"
    "- Arm circles (10 reps)\n\nMain set:\n\nCool-down:\n\n"
    "- Calf stretch (hold 20 seconds each side)\n- Cat cow (hold 15 seconds in each position)\n"
    "- Child's pose (hold 30 seconds)\n- Hamstring stretch (hold 20 seconds)\n\n"
    "| Desired outcome | Repetition range | Sets | Rest periods |\n|---|---|---|---|\n"
    "| Strength | 8-12 | 1-3 | 2-3 minutes between sets |\n| Endurance | 15-25 | 1-3 | 1 minute |\n"
)


def test_lists_of_names_under_phase_labels_with_doses_in_brackets():
    got = _fields(NOTES, "sides", "reps", "duration")
    assert [(n, bool(s), r, d) for n, s, r, d in got] == [
        ("Easy jog", False, None, 300),
        ("Leg swings", True, 10, None),
        ("Hip circles", False, 8, None),
        ("Split squats", True, 6, None),
        ("Arm circles", False, 10, None),
        ("Calf stretch", True, None, 20),
        ("Cat cow", False, None, 15),
        ("Child's pose", False, None, 30),
        ("Hamstring stretch", False, None, 20),
    ]


def _card(name: str, steps: list[str]) -> str:
    items = "".join(f"<li>{s}</li>" for s in steps)
    return f'<article class="card"><img src="x.jpg" alt=""><h2>{name}</h2><ul>{items}</ul></article>'


# A grid of pose cards set as sibling <article>s (trafilatura would read the first as the whole
# page), with a yoga page's vague doses: a flow counted in breaths, a stay "for a few breaths", and a
# related-sequences row whose titles state counts of other pages' poses
@pytest.mark.parametrize("card_tag", ["article", "section"])
def test_a_grid_of_cards_is_read_whole_with_its_breath_doses(card_tag):
    cards = [
        _card(
            "Seated Cat-Cow", ["Hands on knees.", "Keep moving between cat and cow for six breath counts."]
        ),
        _card(
            "Seated Eagle",
            ["Wrap the right arm under the left.", "Stay here for a few breaths, then change sides."],
        ),
        _card("Seated Side Bend", ["Reach the right arm over your head.", "Hold for 5 breaths."]),
    ]
    page = (
        "<html><head><title>Chair yoga | Om</title></head><body><main><h1>Chair yoga</h1>"
        "<p>Yoga on a chair brings many of yoga's benefits to people who cannot kneel or stand for long.</p>"
        f"<div class='grid'>{''.join(cards).replace('<article', '<' + card_tag).replace('</article', '</' + card_tag)}"
        "</div><section><h2>More sequences</h2><div><a href='/a'>7 Poses For Sleep</a> "
        "<a href='/b'>10-Minute Morning Flow</a></div></section></main></body></html>"
    )
    result = import_article(html_text(page.encode(), "c.html"), "c.html")
    got = [(e["name"], e.get("reps"), e.get("duration")) for e in result.exercises]
    assert [(n, r, d) for n, r, d in got] == [
        ("Seated Cat-Cow", 6, None),
        ("Seated Eagle", None, 30),
        ("Seated Side Bend", None, 25),
    ]
    assert "counts its exercises" not in result.confidence.summary()


# A HIIT blog's groups: each group's moves as "Name: number" (a bare number is a count, a time
# says its unit, "20sec" run together), on one line each or all run together on one line with
# arrows or transitions between them; after each group, its rounds and the pause before the next
GROUPS = {
    "one a line": (
        "**Group 1**\n\n- Star jumps: 25\n- Squats: 15\n- Sit ups: 15\n\n"
        "*Rest 20 seconds, then start again! Do it 3 times!*\n\n*Rest 1 minute, then on to group 2!*\n\n"
        "**Group 2**\n\n- Skaters – 30sec\n- Plank – 20 sec\n- Pushups or Pushups on Knees – 6 to 8\n\n"
        "*Rest 30 seconds, then start again! Do it 3 times!*\n"
    ),
    "run together": (
        "**Group 1**\n\nStar jumps: 25 Squats: 15 Drop down, Sit ups: 15\n\n"
        "*Rest 20 seconds and start over. Three times through.*\n\n*Rest 1 minute, then on to group 2!*\n\n"
        "**Group 2**\n\nSkaters: 30sec → Plank: 20 sec → Pushups or Pushups on Knees: 6 to 8\n\n"
        "*Rest 30 seconds, then start again! Do it 3 times!*\n"
    ),
}


@pytest.mark.parametrize("body", GROUPS.values(), ids=GROUPS.keys())
def test_a_plans_groups_of_named_numbers_and_their_rounds(body):
    text = f"# Home HIIT\n\nNo equipment needed, just a timer.\n\n{body}\nWell done!\n"
    got = _fields(text, "sets", "reps", "duration", "rest")
    assert got == [
        ("Star jumps", None, 25, None, None),
        ("Squats", None, 15, None, None),
        ("Sit ups", None, 15, None, None),
        ("Skaters", None, None, 30, None),
        ("Plank", None, None, 20, None),
        ("Pushups", None, 6, None, None),
    ]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ('High knees or "A skips"', "High knees"),
        ("Pushups or Pushups on Knees", "Pushups"),
        ("Shoulder shrugs or rolls", "Shoulder shrugs or rolls"),
        ("Short or quick squeezes", "Short or quick squeezes"),
    ],
)
def test_another_name_after_or_is_left_out_of_the_name(name, kept):
    text = f"# Drills\n\n## {name}\nRun tall for 20 seconds.\n\n## Skips\nSkip for 20 seconds.\n"
    assert _fields(text)[0] == (kept,)


# A qigong or tai chi teacher's page: the set's count and dose said once ("6 movements, each done
# eight times"), its long poetic names numbered two to a line as the page's columns were pasted
@pytest.mark.parametrize(
    "rows",
    [
        "1. Lift the Sky with Both Palms 2. Push the Mountain Away\n"
        "3. Part the Wild Horse's Mane 4. The Crane Spreads Its Wings Over the Lake\n"
        "5. Wave Hands Like Clouds 6. Golden Rooster Stands on One Leg\n",
        "1. Lift the Sky with Both Palms\n2. Push the Mountain Away\n3. Part the Wild Horse's Mane\n"
        "4. The Crane Spreads Its Wings Over the Lake\n5. Wave Hands Like Clouds\n6. Golden Rooster Stands on One Leg\n",
    ],
    ids=["two to a line", "one a line"],
)
def test_a_set_of_long_names_counted_before_them_with_one_dose_for_all(rows):
    text = (
        "Tai Chi Club\n\nAbout the form\n\nThe set is slow and calm, with the breath kept even throughout.\n\n"
        f"Morning set: 6 movements, each done eight times.\n\n{rows}\nClasses on Mondays.\n"
    )
    got = _fields(text, "reps")
    assert [r for _, r in got] == [8] * 6
    assert got[3][0] == "The Crane Spreads Its Wings Over the Lake"


# A blogger's own routine: numbered names only, one a paragraph, under place labels, a picture's
# caption naming the first again; and, not a list of names, one stretch's numbered steps
def test_numbered_names_under_place_labels_with_a_caption_between():
    text = (
        "# The nine moves I do most mornings\n\nNothing fancy, just what keeps my back happy.\n\n"
        "**On the bed:**\n\n1. Pelvic tilts\n\nPelvic tilts with a pillow under the knees\n\n"
        "2. Knee rolls side to side with feet together\n\n3. Single knee to chest\n\n"
        "**On the floor:**\n\n4. Cat and camel\n\n5. Bird dog\n\n6. Dead bug\n\n"
        "**Standing:**\n\n7. Wall slides\n\n8. Calf raises\n\n9. Standing hip hinge\n\n"
        "That's it, see you tomorrow.\n"
    )
    names = [n for (n,) in _fields(text)]
    assert names[:3] == ["Pelvic tilts", "Knee rolls side to side with feet together", "Single knee to chest"]
    assert len(names) == 9


def test_numbered_steps_of_one_stretch_are_no_list_of_names():
    text = (
        "Neck side bend lying down\n\n1. Lie on your back on the bed\n2. Tilt your head towards your shoulder\n"
        "3. Ease the head gently into a stronger stretch\n4. Relax and hold the stretch\n"
        "5. Repeat on the other side\n\nHold for 20 seconds.\n"
    )
    assert len(_fields(text)) == 1


# A PE teacher's circuit page: stations with playful names, each told in the third person
# ("Students step …"), the station time said once in the introduction ("move on … after 1-2 minutes")
def test_a_pe_circuit_told_in_the_third_person_with_its_station_time_said_once():
    text = (
        "# Circuit\n\nStudents work in groups of five. Groups move on when the whistle blows, after "
        "intervals of 1-2 minutes.\n\n### Hoppin' Happy\n\nChildren hop round the hoops, changing feet.\n\n"
        "### Jump Around\n\nPupils jump rope without stopping.\n\n### Crunch Time\n\nStudents curl up and down slowly.\n"
    )
    assert _fields(text, "duration") == [("Hoppin' Happy", 60), ("Jump Around", 60), ("Crunch Time", 60)]


# A clinic's band sheet: under one heading, each exercise a label line ("Inversion:", "Pull:-")
# over its bulleted steps, its dose a line of its own under the last ("Sets: 3 Reps 10-15x")
@pytest.mark.parametrize("dose", ["Sets: 3 Reps 12-15x", "Sets 3, Reps 12", "3 sets x 12 reps"])
def test_labelled_groups_of_bullets_under_one_heading_each_closed_by_a_dose(dose):
    steps = "- Loop the band round the foot\n- {} against the band\n- Come back slowly, under control\n{}\n\n"
    text = "# Ankle sheet\n\n## Band work\n\n" + "".join(
        f"{label}\n" + steps.format(move, dose)
        for label, move in (
            ("Point:-", "Point the toes"),
            ("Inversion:", "Turn the foot in"),
            ("Eversion:", "Turn the foot out"),
        )
    )
    assert _fields(text, "sets", "reps") == [("Point", 3, 12), ("Inversion", 3, 12), ("Eversion", 3, 12)]


# A hospital's printed table: a label spanning the header ("Exercises to do while SITTING"), each
# row a picture's place beside one cell that opens with the exercise's name, then its steps
@pytest.mark.parametrize("picture", ["[picture]", "[image: a man sitting on a chair]"])
def test_a_table_under_a_spanning_label_whose_cells_open_with_the_name(picture):
    text = (
        "# Knee exercises\n\n| Exercises to do while SITTING |  |\n|---|---|\n"
        f"| {picture} | Knee Straightening - Sit tall. - Straighten the knee and hold 5 seconds. - Repeat 10 times. |\n"
        f"| {picture} | Hip Marching - Lift one knee, then the other. - Do this for 1 minute. |\n"
    )
    assert _fields(text, "reps", "hold", "duration") == [
        ("Knee Straightening", 10, 5, None),
        ("Hip Marching", None, None, 60),
    ]


# A dose stated once in a heading's brackets ("## 12 Movements (1 minute each exercise)"), the first
# with its own time; and a worksheet's "Ideas:" list of break activities, no exercises
def test_a_dose_for_all_in_a_headings_brackets():
    text = (
        "# Morning form\n\n## 3 Movements (1 minute each exercise, except for the first)\n\n"
        "**1. Stand Like a Tree – 3 minutes:**\n\nFeet apart, arms rounded in front.\n\n"
        "**2. Push the Clouds:**\n\nRaise the arms and part them slowly to the sides.\n\n"
        "**3. Wave Hands:**\n\nShift the weight, hands pass in front of the face.\n"
    )
    assert [d for _, d in _fields(text, "duration")] == [180, 60, 60]


@pytest.mark.parametrize("label", ["Ideas:", "More ideas:", "Break ideas:"])
def test_a_list_of_break_ideas_is_no_exercise(label):
    text = (
        "# Desk breaks\n\nTake a 2-minute break every hour.\n\n**Some guidelines:**\n\n"
        "- Plan 2 in the morning and 2 in the afternoon.\n- Space them 1-2 hours apart.\n\n"
        f"**{label}**\n\n- Fetch a glass of water\n- Walk up and down the stairs\n"
        "- Do 10 jumping jacks in the hall\n- Look out of a window.\n\n## Stretches:\n\n"
        "**Neck Stretch**\n1. Sit tall.\n2. Tip your ear to your shoulder.\n3. Hold for 20 seconds.\n\n"
        "**Shoulder Squeeze**\n1. Sit tall.\n2. Squeeze the shoulder blades together.\n3. Hold for 20 seconds.\n"
    )
    assert [n for (n,) in _fields(text)] == ["Neck Stretch", "Shoulder Squeeze"]


# A tri-set written with its codes ("A1 – Squat – 60 seconds"): the code is a place, not the name
@pytest.mark.parametrize("sep", [" – ", " - ", " — "])
def test_a_superset_code_before_the_name_is_no_name(sep):
    text = "# Circuit\n\n**The A circuit**\n\n" + "".join(
        f"{code}{sep}{name}{sep}45 seconds\n\n"
        for code, name in (("A1", "Squat"), ("A2", "Push-Ups"), ("A3", "Plank"))
    )
    assert _fields(text, "duration") == [("Squat", 45), ("Push-Ups", 45), ("Plank", 45)]


# Box breathing as a printout's bullets: the in-breath counted to 4 after a long clause, the fourth
# side said as a rest ("Rest for 4 seconds") after the out-breath
@pytest.mark.parametrize("fourth", ["Rest for 4 seconds.", "Hold for 4 seconds.", "Pause for 4 seconds."])
def test_box_breathing_with_a_rest_as_its_fourth_side(fourth):
    text = (
        "# Square breathing\n\n- Breathe in deeply through your nose, letting your belly rise and widen, slowly"
        " counting to 4.\n- Hold your breath for 4 seconds.\n\n- Breathe out slowly through your mouth for 4 seconds.\n\n"
        f"- {fourth}\n- Repeat the cycle 5 times.\n"
    )
    phases = _fields(text, "phases")[0][1]
    assert [(p["say"], p["seconds"]) for p in phases] == [
        ("Inhale", 4),
        ("Hold", 4),
        ("Exhale", 4),
        ("Hold", 4),
    ]


# "Start with ten, take a two-minute break, then do another ten": two sets, the break between them
@pytest.mark.parametrize(
    "said",
    [
        "Start with ten repetitions, take a two-minute break and then do another ten.",
        "Begin with 10 reps, take a 2 minute break, then do another 10.",
    ],
)
def test_a_count_then_another_of_it_after_a_break_is_two_sets(said):
    text = f"# Knee\n\n## Chair squats\nSit down on a chair and stand up again. {said}\n\n## Bridges\nLift the hips 10 times.\n"
    assert _fields(text, "sets", "reps", "rest")[0] == ("Chair squats", 2, 10, 120)


# A postnatal page: "Do a set of 10 tilts every day" is the count (how often is no count), and a
# caution's limit ("Do not lie on your back for longer than three minutes") is no length
@pytest.mark.parametrize("count", ["Do a set of 10 tilts every day.", "Do 10 tilts every day."])
def test_a_count_said_with_how_often_beside_a_cautions_time_limit(count):
    text = (
        "# After baby\n\n## Pelvic tilt\nLie on your back, knees bent. Tilt your bottom up, hold, and then "
        f"press your back into the floor as you breathe out. {count}\n\nDo not lie on your back for longer than "
        "three minutes.\n\n## Kegels\nSqueeze the pelvic floor 10 times.\n"
    )
    assert _fields(text, "reps", "duration")[0] == ("Pelvic tilt", 10, None)
