"""Layouts that articles nobody tuned on showed (our own small examples, each re-worded the way
several publishers write it): unnamed items pasted from a browser, names run into their text or glued
to their number, two exercises in one item, a station table, and what is no exercise."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# Unnamed numbered exercises as a practice's sheet pasted from a browser gives them: long items
# hard-wrapped where the window broke them (the wrapped tail carrying the dose), half of them
# undosed, under an introduction that calls them exercises
WRAPPED_SHEETS = {
    "physio sheet": (
        "Ankle exercises\nExercises to do once the boot has come off, a few times a day, gently.\n"
        "1. Sit with your leg out straight and your heel on a cushion- Point the foot away and then pull it\n"
        "back towards you x 10\n"
        "2. Keep the heel still and draw circles with your big toe, slowly in both directions x 10\n"
        "3. Standing- Hold the back of a chair and rise up onto your toes, then lower down slowly\n"
        "and under control x 15\n"
        "4. Put a towel on the floor and scrunch it towards you with your toes\n"
    ),
    "clinic page": (
        "Hand exercises\nExercises for after your splint comes off, done within comfort.\n"
        "1. Rest your forearm on a table and let the hand hang over the edge; lift it\n"
        "up towards the ceiling x 10\n"
        "2. Sitting- Press your palms together and slide them up and down x 10\n"
        "3. Touch your thumb to each fingertip in turn, then back\n"
        "to the first x 5\n"
        "4. Squeeze a soft ball as hard as is comfortable\n"
    ),
}


@pytest.mark.parametrize("sheet", list(WRAPPED_SHEETS))
def test_unnamed_wrapped_items_under_an_introduction_of_exercises_are_one_exercise_each(sheet):
    got = _fields(WRAPPED_SHEETS[sheet], "reps")
    assert [name for name, _ in got] == [f"Exercise {n}" for n in range(1, 5)]
    assert [reps for _, reps in got][:3] == ([10, 10, 15] if sheet == "physio sheet" else [10, 10, 5])


# A warm-up or cool-down item that says what to do, with no time, among dosed exercises
SESSION_PART_ITEMS = {
    "numbered, colon": (
        "1. Warm-up: Rub your palms together until warm and cup them over your closed eyes.\n"
        "2. Eye circles: Roll your eyes slowly in a circle, 5 times each way.\n"
        "3. Focus shifts: Look at your thumb, then at the far wall, 10 times.\n"
        "4. Cool down: Stand up, walk around the room and shake out your arms.\n"
    ),
    "bulleted, dash": (
        "- Warm up – march on the spot and swing your arms loosely.\n"
        "- Squats – 3 sets of 10.\n"
        "- Lunges – 10 on each leg.\n"
    ),
}


@pytest.mark.parametrize("layout", list(SESSION_PART_ITEMS))
def test_a_warm_up_item_that_says_what_to_do_is_timed_work(layout):
    got = _fields(f"# Short routine\n\n{SESSION_PART_ITEMS[layout]}", "duration", "reps")
    assert got[0] == (got[0][0], 60, None) and got[0][0].lower().startswith("warm")
    assert len(got) == len(SESSION_PART_ITEMS[layout].strip().split("\n"))


# Unnamed bulleted exercises: a count of breaths with words between is a dose, an item between two
# exercises is one though we know no word for its movement, and a closing remark is advice
UNNAMED_BULLETS = {
    "jaw page": (
        "- Rest your fist on one side of the jaw and push gently across. Hold for 10 seconds.\n"
        "- Open your mouth wide and say the vowels. Repeat 10 times.\n"
        "- With loose lips, blow air out so that they flutter like a horse's.\n"
        "- Rest your tongue behind the front teeth and take 5 slow, deep breaths.\n\n"
        "* Keep in mind that small muscles tire too: stroke them gently down the cheek afterwards.\n"
    ),
    "neck page": (
        "* Tuck your chin in and lengthen the back of the neck. Hold for 5 seconds.\n"
        "* Let one ear drop towards the shoulder, then the other, 5 times.\n"
        "* Hum quietly with your lips closed so that the face buzzes.\n"
        "* Sit tall and take 4 long, easy breaths.\n\n"
        "Remember that none of this should hurt: ease off if it does.\n"
    ),
}


@pytest.mark.parametrize("page", list(UNNAMED_BULLETS))
def test_unnamed_bullets_with_a_breath_count_and_a_closing_remark(page):
    got = _fields(f"# Loosen up\n\n{UNNAMED_BULLETS[page]}")
    assert [name for (name,) in got] == ["Exercise 1", "Exercise 2", "Exercise 3", "Exercise 4"]


# A numbered heading with no space after its number's dot, as a paste or a hasty editor leaves it
GLUED_NUMBERS = [
    "1.Tap Your Toes\nLift your toes and put them down. Repeat 20 times.\n"
    "2. Calf Raises\nRise onto your toes and lower. Repeat 25 times.\n",
    "1.Neck Turns\nTurn your head to look over one shoulder. Do 10.\n"
    "2.Calf Raises\nRise onto your toes and lower. Repeat 25 times.\n",
]


@pytest.mark.parametrize("text", GLUED_NUMBERS)
def test_a_number_glued_to_its_name_with_a_dot_numbers_it(text):
    got = _fields(f"Desk moves\nTry these through the day.\n{text}", "reps")
    assert got[1] == ("Calf Raises", 25) and got[0][1] in (20, 10) and len(got) == 2


# Short names run straight into their paragraph's first instruction, the break lost in a copy
RUN_IN_NAMES = {
    "stretching blog": (
        "Upper back To stretch between the shoulder blades, bend forward and round your back. Hold for 30 seconds.\n"
        "Lower back Lie on your back and hug your right knee in to your chest. Hold for 20 seconds.\n"
        "Calves Stand facing a wall and step one foot back, pressing the heel down. Hold for 30 seconds.\n"
    ),
    "desk column": (
        "Neck rolls Drop your chin to your chest and roll your head slowly from side to side, 5 times.\n"
        "Shoulder shrugs Lift your shoulders up to your ears and let them drop. Repeat 10 times.\n"
    ),
}


@pytest.mark.parametrize("page", list(RUN_IN_NAMES))
def test_a_name_run_into_its_first_instruction_names_the_paragraph(page):
    got = _fields(f"Quick stretches\nPosted by the editors\n{RUN_IN_NAMES[page]}")
    expected = {
        "stretching blog": ["Upper back", "Lower back", "Calves"],
        "desk column": ["Neck rolls", "Shoulder shrugs"],
    }[page]
    assert [name for (name,) in got] == expected


def test_a_sentence_that_opens_with_a_capitalised_word_later_is_no_run_in_name():
    text = (
        "Desk moves\nDo these at work. Twice a day Stand up and stretch your arms overhead, 5 times.\n\n"
        "## Neck turns\nTurn your head to one side and back, 10 times.\n\n"
        "## Shrugs\nLift your shoulders and drop them, 10 times.\n"
    )
    assert [name for (name,) in _fields(text)] == ["Neck turns", "Shrugs"]


@pytest.mark.parametrize("header", ["| Station | What to do |", "| Stations | Instructions |"])
def test_a_station_column_of_names_beside_a_how_column_names_the_exercises(header):
    text = (
        "# Fitness stations\n\nSpend 1 minute at each station, then move on.\n\n"
        f"{header}\n|---|---|\n| Star jumps | Jump your feet out and your arms up, then back in. |\n"
        "| Crab walk | Sit, lift your hips and walk on your hands and feet. |\n"
        "| Step-ups/Knee lifts | Step up onto the bench and back down, then lift each knee. |\n"
    )
    assert _fields(text, "duration") == [("Star jumps", 60), ("Crab walk", 60), ("Step-ups/Knee lifts", 60)]


# Two exercises in one list item: each named with a colon and dosed, or chained after ", then"
NAMED_TWICE = [
    "- Do the ankle circles: draw circles with your toes 10 times. Do the calf stretch: lean into the wall "
    "and hold for 30 seconds.\n- Do the towel scrunch: scrunch a towel with your toes 15 times.\n",
    "1. Ankle circles: draw circles with your toes 10 times, then calf stretch: lean into the wall and hold "
    "for 30 seconds.\n2. Towel scrunch: scrunch a towel with your toes 15 times.\n",
    "* Ankle circles: draw circles with your toes 10 times; calf stretch: lean into the wall and hold for "
    "30 seconds.\n* Towel scrunch: scrunch a towel with your toes 15 times.\n",
]


@pytest.mark.parametrize("items", NAMED_TWICE)
def test_a_list_item_naming_two_dosed_exercises_is_two(items):
    assert _fields(f"# Ankle care\n\n{items}", "reps", "duration") == [
        ("Ankle circles", 10, None),
        ("Calf stretch", None, 30),
        ("Towel scrunch", 15, None),
    ]


CHAINED_ITEMS = [
    ("1. Shrug your shoulders 10 times, then roll them backwards 10 times.", 2),
    ("1. Shrug your shoulders 10 times, and then circle your arms forwards 10 times.", 2),
    ("1. Hold the stretch for 7 seconds, then ease off for 3 seconds. Three times.", 1),
    ("1. Stay up for 7 seconds, come down and rest, then push up again. Three times.", 1),
]


@pytest.mark.parametrize(("item", "count"), CHAINED_ITEMS)
def test_an_unnamed_item_chaining_a_second_dosed_movement_after_then_is_two(item, count):
    text = f"# Desk break\n\n{item}\n2. Squeeze your shoulder blades together 10 times.\n"
    assert len(_fields(text)) == count + 1


# A yoga pose's Sanskrit name, a dash and its English name: one name, not a name and its text
SANSKRIT_THEN_ENGLISH = [
    "Supta baddha konasana - reclining bound angle pose.",
    "Prasarita padottanasana – wide-angle standing forward bend",
    "Utthita trikonasana - extended triangle pose",
]


@pytest.mark.parametrize("line", SANSKRIT_THEN_ENGLISH)
def test_a_sanskrit_name_then_its_english_name_is_one_name(line):
    text = (
        f"# Evening yoga\n\n1. {line}\n\nLie or stand in the pose and breathe slowly for 1 minute.\n\n"
        "2. Balasana - child's pose\n\nKneel and fold forward, resting for 2 minutes.\n"
    )
    assert _fields(text)[0] == (line.rstrip("."),)


# The last unnamed item after exercises is one more though we know no word for its movement; a last
# item that speaks of the others is not
LAST_ITEMS = [
    ("4. Practise opening and closing jam jars.", 4),
    ("4. Knead some soft putty in your palm.", 4),
    ("4. Do all of these twice a day, gently.", 3),
]


@pytest.mark.parametrize(("last", "count"), LAST_ITEMS)
def test_a_last_unnamed_item_after_exercises(last, count):
    text = (
        "Hand exercises\nExercises to do after your cast comes off, within comfort.\n"
        "1. Make a fist and open the hand wide, 10 times.\n2. Bend the wrist up and down, 10 times.\n"
        f"3. Touch your thumb to each fingertip in turn, 5 times.\n{last}\n"
    )
    assert len(_fields(text)) == count
