"""What a listener heard in imports of corpus parts 17-20 (issue 23) and should not have: a dose said
twice, a sentence cut in two by the dose taken out of it, a page's links and sponsor lines, a
picture described in brackets, a handout's label punctuation.  Each example is our own wording of a
kind of sentence met there."""

from __future__ import annotations

import pytest

from voicecoach.importer.chatter import is_reader_chatter
from voicecoach.importer.saying import unspoken_dose


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # "5 sets" went and "of 5 repetitions (reps)" stayed, so the whole sentence was said after
        # the session's own "5 reps. 5 sets."
        ("Perform 4 sets of 6 repetitions (reps), every other day.", "Every other day."),
        (
            "Lift the hips. Complete 2 sets of 8 reps, three times a week.",
            "Lift the hips. Three times a week.",
        ),
        ("Do 3 sets of 10.", None),
        # a count of breaths said as "breath counts" leaves no "counts" behind
        ("Rock between the two shapes for six breath counts.", "Rock between the two shapes."),
    ],
)
def test_a_dose_with_its_count_per_set_is_taken_out_whole(how, said):
    assert unspoken_dose(how) == said


@pytest.mark.parametrize(
    "text",
    [
        # "Begin with with the stool, take rest and then …": its "eight repetitions" and "a one-minute" gone
        "Begin with eight repetitions with the stool, take a one-minute rest and then do eight more.",
        # "When you are new to it.": its "Repeat 3 times" gone
        "Repeat 3 times when you are new to it.",
        # "[target is ]": its "6min" gone
        "(Keep the same pace as the first run [target is 6 minutes]; don't check the clock.)",
    ],
)
def test_a_sentence_the_dose_would_cut_in_two_is_said_whole(text):
    assert unspoken_dose(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # "M length runs": "4 x 30" was taken as a count, leaving the metres' "m"
        "4 x 30m shuttle runs (start at half pace).",
        "Jog a lap. 4 x 30 m shuttle runs (start at half pace).",
        # "on all 4s" is hands and knees, "Under 5s" young children: no seconds
        "Kneel on all 4s, hands under shoulders, and round your back.",
    ],
)
def test_a_distance_or_a_plural_number_is_no_dose(text):
    assert unspoken_dose(text) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "(Click the photo to see it larger).",
        "< Core Training Basics.",
        "Stretching Basics >.",
        "Healthy Kids Online is brought to you by your county health service.",
        "Look out for more games and challenges next month!",
    ],
)
def test_links_sponsor_lines_and_bracketed_page_notes_are_chatter(sentence):
    assert is_reader_chatter(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Keep the knees > hips.", "(Keep the back straight.)", "Bend until the angle is < 90 degrees."],
)
def test_a_step_with_a_bracket_or_an_angle_sign_is_no_chatter(sentence):
    assert not is_reader_chatter(sentence)


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a picture described in brackets, not naming it as one ("[Image: …]" was already left out)
        ("Breathe out through the mouth. [A woman resting on a sofa.].", "Breathe out through the mouth."),
        ("[Man sitting on a stool, arms crossed]. Sit up tall on the stool.", "Sit up tall on the stool."),
        # a handout's label written ":-", and a star the page's editor escaped
        ("Start position:- Lie on your back.", "Start position: Lie on your back."),
        ("Eversion:-. Loop the band round the foot.", "Eversion: Loop the band round the foot."),
        (
            "Lift slowly. \\* A tip from my physio: go slower.",
            "Lift slowly. A tip from my physio: go slower.",
        ),
        ("Arms up. (Click image to open as a pop-up).", "Arms up."),
    ],
)
def test_typesetting_and_pictures_are_not_said(how, said):
    assert unspoken_dose(how) == said


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a table's cells read as the text: "3 x a day" was said "three ex a day", "2 -3" "two minus three"
        ("Lying on the bed. 3 x a day. Bend the knee.", "Lying on the bed. 3 times a day. Bend the knee."),
        (
            "Slide the heel out 8 - 12 inches, 2 -4 x a day.",
            "Slide the heel out 8 to 12 inches, 2 to 4 times a day.",
        ),
        ("Use a tempo of 3 - 1 - 1 for each squat.", "Use a tempo of 3 - 1 - 1 for each squat."),
        # an equipment cell: the session says "Have a pillow ready." from the exercise's equipment
        ("Towel/pillow. Lie on your side.", "Lie on your side."),
        ("Nil equipment. Stand tall.", "Stand tall."),
        ("Chair. Sit tall on the chair.", "Sit tall on the chair."),
    ],
)
def test_a_table_rows_cells_are_said_as_a_voice_should(how, said):
    assert unspoken_dose(how) == said


def _steps() -> str:
    return (
        "## Calf raise\nRise onto your toes and lower slowly. Repeat 10 times.\n\n"
        "## Wall push\nLean on the wall and push away. Repeat 10 times.\n"
    )


@pytest.mark.parametrize(
    "meta",
    [
        "Tuesday, 9 March 2021\n",  # a blog post's date stamp
        "← 08.03.2021 Dienstag, 09.03.2021 10.03.2021 →\n",  # links to the days around it
        "12B Harbour View Rd,\n\nSeaton, 4410\n\nTel: 0400 555 010\n",  # a clinic's address
    ],
)
def test_a_date_links_or_an_address_over_the_page_is_not_said_as_its_title(meta):
    # "Thursday, 14 February 2019.", "← 05.04.2020 Montag, …" and "255A Beyers Naudé Dr,." opened sessions
    from voicecoach.importer import import_article

    result = import_article(f"{meta}\n# Easy leg routine\n\n{_steps()}", "legs.md")
    assert result.title == "Easy leg routine"
    assert [e["name"] for e in result.exercises] == ["Calf raise", "Wall push"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Easy cycling for", "Easy cycling"),  # its "5 minutes" read as the dose
        ("Shoulder Press Target Area: shoulders for reaching up", "Shoulder Press"),
        ("Wall Squat Muscles worked: thighs and bottom", "Wall Squat"),
    ],
)
def test_a_name_keeps_no_dangling_for_nor_a_label_run_into_it(line, name):
    from voicecoach.importer.naming import clean_name

    assert clean_name(line) == name


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # the dose and how often in one sentence: how often alone is said, never the dose again
        ("Do 2 rounds of 8 reps on each side daily.", "Daily."),
        ("Do 6-8 repetitions of this exercise 3 times a day.", "3 times a day."),
        ("Do 2 sets of 10 repetitions, twice a day, on each leg.", "Twice a day."),
        ("4 sets of 12 once daily.", "Once daily."),
    ],
)
def test_how_often_is_said_alone_when_the_rest_of_its_sentence_was_the_dose(how, said):
    assert unspoken_dose(how) == said


def test_a_figures_number_before_the_name_on_its_line_gives_way_to_the_name():
    # "Figure 1: Unloading the knee. Strap …" on one line was "Figure 1" said as the exercise's name,
    # its name said as the first words of the instructions
    from voicecoach.importer import import_article

    article = (
        "# Knee sheet\n\n"
        "Figure 1: Hanging knee. Sit on a high stool and let the leg hang for 5 minutes.\n\n"
        "Figure 2: Knee press. Sit with the leg out and press the knee down. Repeat 10 times.\n\n"
        "Figure 3: Lie on your back and bend the knee. Repeat 10 times.\n"
    )
    result = import_article(article, "knee.md")
    names = [e["name"] for e in result.exercises]
    assert names[:2] == ["Hanging knee", "Knee press"]
    assert result.exercises[1]["how"] == "Sit with the leg out and press the knee down."
    assert "Figure" not in " ".join(names[:2])
    # a name taken from beside a figure's number stays doubted, as a caption's words do
    assert "named by a picture's caption: Figure 1" in result.yaml_text


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a paragraph ending "… exercise. For" over its dose line: "For." was said
        ("Make the squat a jump. For. Land softly.", "Make the squat a jump. Land softly."),
        # a place's label over the next exercises, left as this one's only text
        ("On the mat:", None),
        # a dose run on after a sentence with no space: "rests on.." was said
        (
            "Press the head into the pillow it rests on HOLD FOR 5 SECONDS.REPEAT 5 TIMES.",
            "Press the head into the pillow it rests on.",
        ),
    ],
)
def test_fragments_a_page_leaves_are_not_said(how, said):
    assert unspoken_dose(how) == said


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a dose after a dash: "back again - 20 times." was said whole after "20 reps."
        ("Move the card closer and back again - 15 times.", "Move the card closer and back again."),
        # a bracket's dose before a comma: "Follow the dot (, each direction)." was said
        ("Track the pen (8 times, each direction).", "Track the pen (each direction)."),
        # a step's number left before the step: "2 Come up to standing fully."
        (
            "Sit on the edge of the chair. 2 Stand up tall. 3 Sit down slowly.",
            "Sit on the edge of the chair. Stand up tall. Sit down slowly.",
        ),
    ],
)
def test_a_dash_a_bracket_or_a_step_number_the_dose_leaves_is_not_said(how, said):
    assert unspoken_dose(how) == said


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # "Start here if your test hold was." (its "10-30 seconds" gone), "was between 10."
        (
            "Begin here if your side plank hold was 10-20 seconds.",
            "Begin here if your side plank hold was 10 to 20 seconds.",
        ),
        (
            "Begin here if your hold was between 10 and 20 seconds.",
            "Begin here if your hold was between 10 and 20 seconds.",
        ),
        # "After a warm-up jog, do." (its "5 x 1 min fast" gone)
        (
            "After 5 minutes of jogging, do 5 x 1 minute fast.",
            "After 5 minutes of jogging, do 5 x 1 minute fast.",
        ),
        # a label's colon with a stop after it: "(Alternating Legs):."
        (
            "Side Plank (Top Leg Lifted):. Lift onto one elbow.",
            "Side Plank (Top Leg Lifted): Lift onto one elbow.",
        ),
        # "one at a time" is no count, whatever else the sentence counts
        ("Lift your heels, one at a time, for 1-2 minutes.", "Lift your heels, one at a time."),
    ],
)
def test_more_remainders_of_a_dose_are_said_as_written(how, said):
    assert unspoken_dose(how) == said


def test_a_hold_taken_out_before_and_then_leaves_the_next_step():
    # "Hold for 10 seconds and then come back to the centre." was said whole after "hold 10 seconds"
    assert unspoken_dose("Tip the head back. Hold for 8 seconds and then come back to the middle.") == (
        "Tip the head back. Then come back to the middle."
    )


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # espeak-ng says "2-3" as "two dash three": a range is said "2 to 3"
        (
            "Lift the leg 1-2 inches. Do this 2-3 times a day.",
            "Lift the leg 1 to 2 inches. Do this 2 to 3 times a day.",
        ),
        ("Rest with the knee bent 30–45 degrees.", "Rest with the knee bent 30 to 45 degrees."),
        # a chain is no range: a breathing pattern, a tempo, a date
        ("Breathe in the 4-7-8 pattern.", "Breathe in the 4-7-8 pattern."),
        ("Lower on a 3-1-1 tempo.", "Lower on a 3-1-1 tempo."),
        ("Bend the knee as on 2020-04-06.", "Bend the knee as on 2020-04-06."),
    ],
)
def test_a_range_is_said_with_to_never_dash(how, said):
    assert unspoken_dose(how) == said


def test_a_titles_range_is_said_with_to():
    from voicecoach.importer import import_article

    result = import_article(f"# Knee exercises weeks 2-4\n\n{_steps()}", "knee.md")
    assert result.title == "Knee exercises weeks 2 to 4"


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # espeak-ng reads an abbreviated unit as a clipped word: "eight min", "thirty secs", "kay gee"
        (
            "Run back at the same pace (your goal is 8min).",
            "Run back at the same pace (your goal is 8 minutes).",
        ),
        # a bracket left holding a qualifier of the dose taken out of it: "( in all)", "(for example )"
        ("Jog easily for a while (about 10 mins in all).", "Jog easily for a while."),
        ("Each step lasts the same (for example 4 seconds).", "Each step lasts the same."),
        (
            "Use 1.5kg or, at most, 2kg dumbbells for the curls.",
            "Use 1.5 kilograms or, at most, 2 kilograms dumbbells for the curls.",
        ),
        ("Walk 1 km to the park and back.", "Walk 1 kilometre to the park and back."),
    ],
)
def test_an_abbreviated_unit_is_said_as_its_word(how, said):
    assert unspoken_dose(how) == said


def test_a_labels_colon_left_before_the_stop_by_its_dose_goes():
    # "Front Plank (Alternating Legs): 3 x 12-16 repetitions." was said "Front Plank (Alternating Legs):."
    assert unspoken_dose("Side Plank (Top Leg Up): 2 x 8-10 repetitions. Lift onto one elbow.") == (
        "Side Plank (Top Leg Up). Lift onto one elbow."
    )


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # espeak-ng reads glyphs aloud: "exercise hash two", "squat right arrow jump"
        ("The landing rules from drill #3 still apply.", "The landing rules from drill 3 still apply."),
        ("Squat → jump → land softly.", "Squat, jump, land softly."),
    ],
)
def test_a_number_sign_or_an_arrow_is_not_read_out(how, said):
    assert unspoken_dose(how) == said


def test_a_step_label_set_off_by_a_dash_is_not_said():
    # "Action – Keep your heel touching the wall …" was said with its label
    got = unspoken_dose("Position – Lie on your back. Action – Lift the straight leg and lower it slowly.")
    assert got == "Lie on your back. Lift the straight leg and lower it slowly."


@pytest.mark.parametrize(
    "how",
    [
        "Bring the legs back together. « Monday: Legs, Tuesday: Arms | Friday: Core »",
        "Switch direction at halfway. ← Day 4 – Hills for runners | Day 6 – Easy stretch →",
    ],
)
def test_a_row_of_links_with_arrows_is_still_not_said_once_arrows_are_pauses(how):
    # the arrows mark the row as links: they become pauses only in sentences that are said
    assert unspoken_dose(how) == how.split(". ")[0] + "."


def test_a_space_the_dose_left_before_a_colon_goes():
    got = unspoken_dose(
        "Each step lasts the same (for example 4 seconds): breathe in, hold, breathe out, hold."
    )
    assert got == "Each step lasts the same: breathe in, hold, breathe out, hold."


def test_sets_of_a_named_thing_keep_their_sentence_whole():
    # "Aim for 3 sets of 10 squeeze-and-lifts a day" lost "Aim for 3 sets of 10", saying "Squeeze-and-lifts a day"
    text = "Aim for 2 sets of 8 slow squeezes a day, but build up to it."
    assert unspoken_dose(text) == text


@pytest.mark.parametrize(
    "how",
    [
        # part 23's stroke leaflet said "and if it feels good." once "do two sets" was taken out
        "Try doing 20 ankle rolls, and if it feels good, do two sets.",
        "Rest a moment, and when you are ready, repeat 3 times.",
        "Bend the knee, but once it is easy, hold it for 10 seconds.",
    ],
)
def test_a_condition_whose_dose_was_its_main_clause_is_said_whole(how):
    assert unspoken_dose(how) == how


def test_links_to_the_sites_next_pages_are_not_the_last_exercises_words(tmp_path):
    """A health site's "Up next:" row of links was said after the last breathing exercise (and its
    "Chair Exercises" link made the session ask for a chair); an article's own "Next up: the plank"
    still reads as a line of the article."""
    from voicecoach.importer import import_source
    from voicecoach.importer.furniture import is_furniture_line

    assert is_furniture_line("**Up next:** [Easy Chair Moves](https://example.org/chair) ·")
    assert is_furniture_line("Watch next: Stretches for Desk Workers · Neck Pain Relief")
    assert not is_furniture_line("Next up: the plank, held for 30 seconds.")
    page = (
        "# Two breaths\n\n## 1. Belly breathing\n\nBreathe in through your nose so the belly rises, then"
        " out through your mouth. Repeat 5 times.\n\n**Up next:** [Easy Chair Moves](https://example.org/chair) ·\n"
        "[Using an Inhaler](https://example.org/inhaler)\n"
    )
    path = tmp_path / "breaths.md"
    path.write_text(page)
    [exercise] = import_source(path).exercises
    assert "Chair" not in exercise.get("how", "") and "Inhaler" not in exercise.get("how", "")
    assert not exercise.get("equipment")


def test_a_pages_screen_reader_labels_and_slide_counters_are_not_said(tmp_path):
    """A health encyclopedia's slideshow: a hidden "Main Content" heading before the page's title
    (the session opened with the file's name instead), and each slide's counter and screen-reader
    caption said before its steps ("Slide 1 of 10. slide 1 of 10, Ankle alphabet, Sit …")."""
    from voicecoach.importer import import_source

    slide = (
        '<div class="slide"><h3>{name}</h3><p class="counter">slide {n} of 6</p>'
        '<p class="caption sr-only">slide {n} of 6, {name},</p><ol><li>Sit on a chair with your feet'
        " flat.</li><li>{step} Repeat 10 times.</li></ol></div>"
    )
    page = tmp_path / "ankle-slides.html"
    page.write_text(
        "<html><head><title>Ankle: Exercises | Health Site</title></head><body><nav>Home</nav><main>"
        '<h2 class="hidden">Main Content</h2><h1>Ankle Sprain: Gentle Exercises</h1>'
        "<p>Try these exercises once your doctor says you can start them.</p>"
        + slide.format(n=1, name="Ankle circles", step="Circle the foot slowly at the ankle.")
        + slide.format(n=2, name="Toe raises", step="Lift your toes, keeping the heels down.")
        + "</main></body></html>"
    )
    result = import_source(page)
    assert result.title == "Ankle Sprain: Gentle Exercises"
    assert [e["name"] for e in result.exercises] == ["Ankle circles", "Toe raises"]
    assert not any("slide" in e.get("how", "").lower() for e in result.exercises)


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("Lift and Run: A Bootcamp Circuit", "Lift and Run: A Bootcamp Circuit"),
        ("Post-Op Knee Exercises", "Post-Op Knee Exercises"),
        # a blog's listing page names the listing: the post's first line is the title, as before
        ("Tag: kettlebells", "Morning, everyone!"),
        ("Blog", "Morning, everyone!"),
    ],
)
def test_a_posts_title_in_its_header_is_the_sessions_title(tmp_path, h1, title):
    """A blog post whose <h1> stands in the header above the post's text (trafilatura leaves it
    out) opened its session with the post's greeting, "Morning, everyone!"."""
    from voicecoach.importer import import_source

    page = tmp_path / "bootcamp.html"
    page.write_text(
        f'<html><head><title>{h1} - A Coach</title></head><body><article><header><h1 class="entry-title">'
        f'{h1}</h1></header><div class="entry-content"><p>Morning, everyone!</p><p>Here is the circuit from'
        " Saturday, one minute at each station.</p><h2>The stations</h2><p><strong>Goblet squats</strong></p>"
        "<p>Hold the bell at your chest and squat down, then stand tall. Do this for 60 seconds.</p>"
        "<p><strong>Kettlebell swings</strong></p><p>Hinge at the hips and swing the bell to chest height."
        " Do this for 60 seconds.</p></div></article></body></html>"
    )
    assert import_source(page).title == title


def test_a_pasted_pages_name_and_menu_line_is_not_the_title(tmp_path):
    """A members' workout page pasted whole: its first line, the site's name and menu ("SP Members
    Only   Videos   Workouts …"), was said as the session's title."""
    from voicecoach.importer import import_source

    page = tmp_path / "wod.txt"
    page.write_text(
        "Coach Sam Online          Videos   Workouts   Nutrition   Account   Log out\n\nTuesday Grind 3/4/25\n"
        "Posted March 3, 2025 in Video\n\n1. Goblet squats\nHold the bell at your chest and squat. Do 15 reps.\n\n"
        "2. Push-ups\nLower your chest to the floor and press back up. Do 10 reps.\n"
    )
    assert import_source(page).title == "Tuesday Grind 3/4/25"


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a cycling magazine's printout numbered its steps "1]", "2]" inside the paragraph
        (
            "This works the abdominals. 1] Lie on your back, knees bent. 2] Raise your hips.",
            "This works the abdominals. Lie on your back, knees bent. Raise your hips.",
        ),
        ("(1) Sit tall. (2) Turn your head to the left.", "Sit tall. Turn your head to the left."),
        ("a) Stand up straight. b) Lift one knee.", "Stand up straight. Lift one knee."),
        ("Option a) Easier version.", "Option a) Easier version."),
    ],
)
def test_a_steps_number_run_into_the_text_is_not_said(how, said):
    assert unspoken_dose(how) == said


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a physio blog's core exercise: "once an hour" lost its "an hour", "10 times in all" left "in all."
        (
            "Do this 2 to 3 times a day, and once an hour practise the skill in an everyday position: at your desk.",
            "Do this 2 to 3 times a day, and once an hour practise the skill in an everyday position: at your desk.",
        ),
        (
            "Breathe out and draw the belly in, then let go. Do it 10 times in all.",
            "Breathe out and draw the belly in, then let go.",
        ),
        ("Lower slowly, then do the lift again, 10 times in all.", "Lower slowly, then do the lift again."),
    ],
)
def test_how_often_stays_and_a_count_in_all_goes_whole(how, said):
    assert unspoken_dose(how) == said


def test_a_steps_letter_after_a_sentence_is_not_said():
    """A surgeon's printout lettered its sub-steps "a.", "b.": the voice said "a" before the next
    sentence and "b." alone; a line wrapped after "a." still joins ("on the. Wall")."""
    assert (
        unspoken_dose("Stand tall. a. Lift the knee. b. Lower it.") == "Stand tall. Lift the knee. Lower it."
    )
    assert (
        unspoken_dose("Put your hand on the. Wall for balance.") == "Put your hand on the Wall for balance."
    )


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # a count said out is one sentence: cut at its dots, its last numbers were dropped as stray
        (
            "Breathe out through pursed lips while you count to three: 1... 2... 3. Stay relaxed.",
            "Breathe out through pursed lips while you count to three: 1... 2... 3. Stay relaxed.",
        ),
        ("Lower the heel as you count to four: 1… 2… 3… 4. Then rise.", None),
        # a count read into the exercise's phases goes with its dose phrase, its count out too
        (
            "Breathe in gently through the nose for a count of two: 1... 2. A normal breath will do.",
            "Breathe in gently through the nose. A normal breath will do.",
        ),
    ],
)
def test_a_count_said_out_is_kept_whole_or_goes_with_its_dose(how, said):
    assert unspoken_dose(how) == (said or how)
