"""Rules the training articles of part 27 (521-536, fitness pages) showed, each on our own small
examples re-worded the way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A gym board's lifts and skills are exercise words: a count-led line naming one is an exercise
GYM_BOARDS = {
    "bare lines under a clock": "# Friday's board\n\nFor time:\n\n30 Wall Balls\n20 Power Cleans\n"
    "10 Hang Snatches\n",
    "lines with the loads in brackets": "# Hero day\n\nFive rounds:\n\n12 Dumbbell Snatches (50/35 lb)\n"
    "15 Clean and Jerks (135/95 lb)\n40 Double-unders\n",
    "a partner chipper": "# Chipper\n\nSplit the work with a partner:\n\n50 Wall-ball shots (20 lb)\n"
    "10 Turkish Get-ups\n100 Single-unders\n",
}


@pytest.mark.parametrize("board", list(GYM_BOARDS))
def test_a_count_led_line_naming_a_lift_of_a_gym_board_is_an_exercise(board):
    got = _fields(GYM_BOARDS[board], "reps")
    lines = [line for line in GYM_BOARDS[board].splitlines() if line[:1].isdigit()]
    assert [reps for _, reps in got] == [int(line.split()[0]) for line in lines]
    assert [name for name, _ in got] == [line.split(" ", 1)[1].split(" (")[0] for line in lines]


# Breaths taken where the pose is ("here", "there") time its hold, at 5 s a breath: not a count of reps
BREATHS_HERE = {
    "deep breaths here, a range": ("Take 10-15 deep breaths here.", 50),
    "slow breaths there, then a step": ("Take five slow breaths there, then release.", 25),
    "breaths here before coming out": ("Take 8 breaths here before you come out of it.", 40),
}


@pytest.mark.parametrize("phrasing", list(BREATHS_HERE))
def test_breaths_taken_here_in_a_pose_are_its_hold(phrasing):
    sentence, seconds = BREATHS_HERE[phrasing]
    text = (
        "# Standing flow\n\n**Side Angle Pose**\n\nFrom warrior two lower the elbow to the front thigh and "
        f"reach the top arm long. {sentence}\n\n**Half Moon Pose**\n\nShift onto the front foot and lift "
        "the back leg level with the floor. Stay for 5 breaths.\n"
    )
    assert _fields(text, "reps", "duration")[0] == ("Side Angle Pose", None, seconds)


# A heading that warns ("Watch out", "Be careful") opens a section of cautions, not an exercise
CAUTION_HEADINGS = ["Watch out", "Things to watch out for", "Be careful"]


@pytest.mark.parametrize("heading", CAUTION_HEADINGS)
def test_a_watch_out_heading_over_cautions_is_no_exercise(heading):
    text = (
        "# Two core moves\n\n## Dead Bug\n\nLie on your back with arms up and knees over hips. Lower the "
        "opposite arm and leg. Repeat 10 times.\n\n## Glute Bridge\n\nLift the hips off the mat and hold "
        f"for 5 seconds. Repeat 8 times.\n\n## {heading}\n\n- Keep the lower back pressed down the whole "
        "time\n- If the neck strains, rest the head for 10 seconds\n"
    )
    assert [name for name, *_ in _fields(text)] == ["Dead Bug", "Glute Bridge"]


# A site's name over a breadcrumb whose last crumb is the next line: the masthead, and that line the
# page's title (not one exercise named by it, nor the site's name the title)
MASTHEADS = {
    "chevrons": "Desk Health Weekly\nHome  >  Office  >  Three Desk Stretches\n",
    "guillemets": "THE WORKDAY CLINIC\nStart » Guides » Wellbeing » Three Desk Stretches\n",
    "slashes, two crumbs": "Stretch Notes\nArticles / Three Desk Stretches\n",
}
UNNAMED_PARAGRAPHS = (
    "\nThree Desk Stretches\n\nBy A. Writer\n\nSitting all day stiffens the back. A physiotherapist "
    "suggests these.\n\nClasp your hands behind your head and draw the elbows back; hold for 5 seconds. "
    "Repeat 3 times.\n\nPress your fingertips down on the desk so the wrists stretch; hold for 5 seconds. "
    "Repeat 5 times.\n\nTurn your head slowly to look over one shoulder and hold for 10 seconds. Repeat 4 "
    "times.\n"
)


@pytest.mark.parametrize("masthead", list(MASTHEADS))
def test_a_site_name_over_a_breadcrumb_naming_the_next_line_is_the_masthead(masthead):
    got = _fields(MASTHEADS[masthead] + UNNAMED_PARAGRAPHS, "reps", "hold")
    assert got == [("Exercise 1", 3, 5), ("Exercise 2", 5, 5), ("Exercise 3", 4, 10)]


# The names under a plain links label ("Related downloads:", "See also"), up to a blank line, are
# other pages': never exercises, whatever reads the paragraphs above them
LINKS_LABELS = {
    "related downloads, indented": "Related downloads:\n  Stretch Timer (free)\n  Lunch Walk - Step Counter App\n"
    "  Break Reminder Pro\n",
    "see also, bare lines": "See also\nBack Care at Work\nStanding Desk Guide\nChair Yoga - Ten Minute Flow\n",
    "you may also like, after a blank": "You may also like:\n\n- Lunchtime Walks\n- Chair Yoga - Ten Minute Flow\n"
    "- Wrist Care for Typists\n",
}


@pytest.mark.parametrize("label", list(LINKS_LABELS))
def test_the_names_under_a_plain_links_label_are_no_exercises(label):
    text = f"Three Desk Stretches\n{UNNAMED_PARAGRAPHS.split(chr(10), 2)[2]}\n{LINKS_LABELS[label]}\nTags: office\n"
    got = _fields(text, "reps", "hold")
    assert got == [("Exercise 1", 3, 5), ("Exercise 2", 5, 5), ("Exercise 3", 4, 10)]


# Marching is a gait: the legs take turns within the time or count, never two sides
MARCHES = {
    "march in place, right then left": "March in Place\n\nStand by a chair. Raise your right knee, then your "
    "left. Continue for 30 seconds.",
    "marches lying down": "Marches\n\nLying on your back with knees bent, lift one foot off the floor and lower "
    "it, then the other foot. Do 10.",
    "marching on the spot, a count": "Marching on the Spot\n\nLift the left knee high and put it down, then the "
    "right knee. Do 20 in all.",
}


@pytest.mark.parametrize("march", list(MARCHES))
def test_a_march_takes_the_legs_in_turn_so_has_no_sides(march):
    text = f"# Chair routine\n\n## Arm Circles\n\nCircle both arms forward 10 times.\n\n## {MARCHES[march]}\n"
    assert _fields(text, "sides")[-1] == (MARCHES[march].split("\n")[0], None)


# A posture kept still with no number given is held for the default stretch time, not counted
STILL_POSTURES = {
    "a qigong sheet": "# Standing forms\n\n## Hugging the ball\n\nFeet hip-width, knees soft, arms "
    "rounded in front of the chest. Keep this posture; it does not move.\n\n"
    "## Lifting the sky\n\nRaise both hands overhead, then lower them slowly; do this 8 times.\n",
    "a balance handout": "# Balance\n\n## Still stand\n\nStand tall beside the counter and stay "
    "motionless, eyes ahead.\n\n## Heel raises\n\nRise onto your toes and lower. 10 times.\n",
    "a tai chi class plan": "# Opening\n\n1. Wuji stance: stand quietly without moving, weight even on "
    "both feet.\n2. Raising the hands: lift the arms to shoulder height and let them sink. 6 times.\n",
}


@pytest.mark.parametrize("sheet", list(STILL_POSTURES))
def test_a_posture_kept_still_with_no_number_is_held_not_counted(sheet):
    first, second = _fields(STILL_POSTURES[sheet], "duration", "reps")
    assert (first[1], first[2]) == (30, None)
    assert second[2] in (6, 8, 10)
