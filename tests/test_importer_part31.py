"""Layouts of the corpus's part 31 (581-598), each in our own words: a list whose marks a forum or
blog editor lost (numbered names as paragraphs "1 Shadow Boxing", moves as one paragraph each with
the sentence's commas), rounds said as "more rounds" after the list, and the import's review table
of an interval session."""

from __future__ import annotations

import yaml

from voicecoach.cli.import_review import review_lines
from voicecoach.importer import import_article
from voicecoach.importer.glyphs import plain_glyphs
from voicecoach.importer.paragraph_lists import bare_numbers_as_headings, name_paragraphs_as_list
from voicecoach.routine.load import load_routine_text

FORUM_POST = """Breathing group: home moves

Posted by a member

1 Arm Raises

Sit tall in a firm chair. Lift both arms forward and up as high as is comfortable, then lower them
slowly. Keep going until you feel a little breathless, then rest.

2 Chair Stands

Sit near the front of the chair. Stand up without using your hands and sit back down with control.
Do this 8 times.

3a Wall Push

Stand an arm's length from a wall, hands flat on it. Bend your elbows to bring your chest close to
the wall and push back. Repeat 10 times.

3b Table Push (if you have no clear wall)

Do the same with your hands on the edge of a heavy table. Repeat 10 times.

4 Heel Lifts.

Hold a chair back and rise onto your toes, then lower. Repeat 12 times.
"""


def test_numbered_names_left_as_paragraphs_are_read_as_the_exercises():
    names = [e["name"] for e in import_article(FORUM_POST, "post.txt").exercises]
    assert names == ["Arm Raises", "Chair Stands", "Wall Push", "Table Push", "Heel Lifts"]


def test_counts_before_names_on_a_workout_board_are_not_numbering():
    """ "25 Air Squats" / "12 Burpees": counts, not places 1, 2, 3; and "2 Minutes of …" a time."""
    board = "# Friday\n\n25 Air Squats\n\n12 Burpees\n\n30 Sit Ups\n"
    assert bare_numbers_as_headings(board) == board
    timed = "1 Minutes of marching\n\nMarch on the spot.\n\n2 Minutes of jogging\n\nJog.\n\n3 Minutes easy\n\nWalk.\n"
    assert bare_numbers_as_headings(timed) == timed


def test_a_run_of_numbered_names_with_no_text_under_them_is_left_alone():
    """ "1 Squats" / "2 Lunges" / "3 Plank" with nothing between: a list the list readers know."""
    bare = "# Legs\n\n1 Squats\n\n2 Lunges\n\n3 Plank\n"
    assert bare_numbers_as_headings(bare) == bare


INTERVAL_POST = """# Quick Burner

Short on time? Here is the one I do on busy days, and it gets your heart going fast.

**20 seconds on, 10 seconds off**

Skaters,

Plank Jacks,

Jump Lunges,

Butt Kicks

**Repeat for 2 more rounds.**

Swap any move for a gentler one if your knees complain.
"""


def test_moves_written_one_paragraph_each_are_the_interval_sessions_list():
    assert name_paragraphs_as_list("Skaters,\n\nPlank Jacks,\n\nJump Lunges\n").splitlines() == [
        "- Skaters",
        "- Plank Jacks",
        "- Jump Lunges",
    ]
    result = import_article(INTERVAL_POST, "burner.md")
    assert [e["name"] for e in result.exercises] == ["Skaters", "Plank Jacks", "Jump Lunges", "Butt Kicks"]
    block = yaml.safe_load(result.yaml_text)["exercises"][0]
    # "2 more rounds" after the first: 3 times through the 4 moves, 12 intervals of 20 s on, 10 s off
    assert (block["tabata"], block["rounds"], block["work"], block["rest"]) == (
        "Quick Burner",
        12,
        "20s",
        "10s",
    )


def test_names_in_paragraphs_without_a_lists_commas_stay_paragraphs():
    """Short paragraphs with no commas may be headings over nothing: not read as a list here."""
    plain = "Warm up\n\nSquats\n\nLunges\n"
    assert name_paragraphs_as_list(plain) == plain


CIRCUIT_POST = """# Garden circuit

1. Step-ups: 12 on each leg.
2. Wall sit: hold 30 seconds.
3. Bench dips: 10 reps.

Do 2 more rounds.

Enjoy the fresh air, and drink some water afterwards.
"""


def test_more_rounds_after_a_dosed_list_count_the_first_round_too():
    circuit = yaml.safe_load(import_article(CIRCUIT_POST, "garden.md").yaml_text)["exercises"][0]
    assert circuit["circuit"] and circuit["rounds"] == 3


def test_the_review_table_gives_an_interval_sessions_work_and_rest_not_a_default_count():
    result = import_article(INTERVAL_POST, "burner.md")
    routine = load_routine_text(result.yaml_text, "burner.yaml")
    lines = review_lines(routine, 360.0, {}, {})
    assert lines[1].strip() == "Quick Burner: tabata, 12 rounds of 20 s work, 10 s rest"
    assert all(line.split(". ", 1)[1].split()[-2:] == ["20", "s"] for line in lines[2:6]), lines


BALANCE_SHEET = """# Steadiness practice

Do these twice a day:

1. Stand with your feet hip width apart and close your eyes. Hold for 20 seconds.
2. Practise a heel raise. Rise onto your toes 10 times.
3. Once number 2 is easy, stand on your toes and turn your head left and right 5 times.
4. Stand with one foot in front of the other, heel to toe, for 30 seconds.
5. Walk heel to toe along a hallway for 10 steps.
"""


def test_a_numbered_list_a_few_of_whose_items_a_sentence_names_is_read_whole():
    """Item 2 names itself ("Practise a heel raise."), the others are only instructions: the list
    is five exercises, not the two the numbering style finds names for."""
    exercises = import_article(BALANCE_SHEET, "sheet.md").exercises
    assert len(exercises) == 5, [e["name"] for e in exercises]


SECTIONED_PAGE = """# Hand strength at home

Check with your therapist before you start.

## Grip Work – First Finger Exercises

To begin, do each exercise below about 10 times, twice a day. As your hand gets stronger, squeeze a
little harder and add a few more, as long as nothing hurts.

### Putty squeeze

Hold a ball of putty in your palm. Squeeze it as firmly as is comfortable, hold for 5 seconds, then let go.
Do this 10 times.

### Finger walk

Rest your hand flat on a table. Walk your fingers towards your thumb one at a time, then back. Do this
8 times.

### Thumb bend

Bend your thumb across your palm towards your little finger, hold for 3 seconds and straighten it.
Do this 10 times.
"""


def test_a_section_heading_over_its_exercise_headings_is_their_section_not_one_more():
    names = [e["name"] for e in import_article(SECTIONED_PAGE, "hands.md").exercises]
    assert names == ["Putty squeeze", "Finger walk", "Thumb bend"]


ELBOW_LEAFLET = """# After an elbow sprain

Do the exercises below three times a day.

## Protecting the joint

- Rest the arm on a cushion when you sit
- Keep lifting light for the first two weeks

## Exercises - repeat each eight times

1. Sit with your forearm on a table, palm down. Turn the palm up to face the ceiling, then down again.
2. Bend the elbow as far as it goes comfortably, then straighten it fully.
3. Squeeze a rolled-up sock in your hand for 3 seconds, then let go.
4. Lift your hand towards your shoulder with the palm up, then lower it slowly.
"""


def test_a_numbered_list_of_unnamed_exercises_inside_one_of_two_sections_is_the_exercises():
    """Two headings, one of advice and one over the list: the items are the four exercises, the
    headings the leaflet's parts."""
    exercises = import_article(ELBOW_LEAFLET, "elbow.md").exercises
    assert [e["name"] for e in exercises] == ["Exercise 1", "Exercise 2", "Exercise 3", "Exercise 4"]
    assert all(e["reps"] == 8 for e in exercises), exercises


POST_WITH_COUNTERS = """News site

Three quick moves for stiff wrists

Added: 3 May 2019   Views: 2 311   Comments: 5

Typing all day? Try these.

1) Circle both wrists slowly one way, then the other (10 times)

2) Press your palms together in front of your chest and hold (20 seconds)

3) Spread your fingers wide, then make a loose fist (8 times)

Comments (5)
"""


def test_a_posts_counters_on_one_line_are_no_circuit_of_three_exercises():
    """ "Added: 3 May", "Views: 2 311", "Comments: 5" look like "Name: count" items run together on
    a line (a circuit card's); they are the post's date and counters, and the numbered moves its
    exercises."""
    assert "Views: 2 311" in plain_glyphs(POST_WITH_COUNTERS)
    names = [e["name"] for e in import_article(POST_WITH_COUNTERS, "post.txt").exercises]
    assert names == ["Exercise 1", "Exercise 2", "Exercise 3"], names


BLOG_INTRO_WITH_A_DASH = """Running Mum

Arm day at home

Everyone skips arm day - but what if you only have ten minutes and no weights? Here is mine.

Right now I do each move for 40 seconds.

Wall push-ups - 40 seconds, 20 second rest X 3 sets

Chair dips - 40 seconds, 20 second rest X 3 sets

Arm circles - 40 seconds, 20 second rest X 3 sets
"""


def test_a_sentence_that_goes_on_after_a_dash_is_no_exercise_line():
    names = [e["name"] for e in import_article(BLOG_INTRO_WITH_A_DASH, "arms.txt").exercises]
    assert names == ["Wall push-ups", "Chair dips", "Arm circles"], names
