"""One-exercise pages ("how to do X": a title, steps, a dose in the last steps), and the names and
doses of the other kinds part 8 of the corpus showed: each example re-worded, not an article's text."""

from __future__ import annotations

import pytest

from voicecoach.errors import InputError
from voicecoach.importer import import_article
from voicecoach.importer.dose_labels import labels_first
from voicecoach.importer.furniture import is_furniture_line
from voicecoach.importer.parts import timing_label_text
from voicecoach.importer.structure import split_article
from voicecoach.importer.titles import title_name


def names(text):
    return [b.name for b in split_article(text).blocks]


def test_a_numbered_step_wrapped_onto_an_indented_line_gives_no_title_line():
    text = (
        "# The Doorway Chest Stretch\n\n"
        "1. Stand in a doorway with your forearms on the frame\n"
        "2. Step one foot through and lean your chest forward, only as\n"
        "   far as it feels comfortable\n"
        "3. Hold for 20 seconds, then step back. Do it 3 times.\n"
    )
    result = import_article(text, "doorway.md")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [
        ("The Doorway Chest Stretch", 3, 20)
    ]


def test_step_labelled_paragraphs_are_one_exercise_named_by_a_how_to_title():
    text = (
        "# How to do your calf raises properly\n\n"
        "Sore calves after a long walk? This helps.\n\n"
        "**Step 1:** Stand tall behind a chair and rest your fingertips on it. Hold your posture.\n\n"
        "**Step 2:** Rise up onto your toes, hold for 3 seconds, then lower slowly.\n\n"
        "**Step 3:** Do 2 sets of 12 raises, once a day.\n"
    )
    result = import_article(text, "calves.md")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [("Calf raises", 2, 12)]


def test_a_heading_drops_a_column_label_a_sanskrit_name_and_a_sub_number():
    text = (
        "## Exercise of the Week – Standing Side Bend\n\nStand tall and reach one arm overhead. Hold 20 seconds.\n\n"
        "## 3. Cobra pose – Bhujangasana\n\nLie face down and press the chest up. Hold 15 seconds.\n\n"
        "## 4a. Bridge\n\nLie on your back and lift the hips 10 times.\n\n"
        "## 4b. Bridge\n\nLie on your back, lift the hips and hold for 10 seconds.\n"
    )
    assert names(text) == ["Standing Side Bend", "Cobra pose", "Bridge", "Bridge"]


def test_numbered_steps_under_a_how_to_heading_and_a_take_care_section_are_no_exercises():
    text = (
        "# Mindful Yoga\n\n## 4. Cat stretch – Marjaryasana\n\n"
        "Good for a stiff back. Stay in the pose for 20 seconds.\n\n"
        "### How to do it\n\n"
        "1. From Table pose – Bharmanasana, tuck your chin.\n"
        "2. Round the back up towards the ceiling, pressing into your hands.\n"
        "3. Move on to Cow pose – Bitilasana.\n\n"
        "### Take care\n\n- Go gently with wrist pain.\n- Use a cushion under the knees.\n"
    )
    result = import_article(text, "cat.md")
    assert [(e["name"], e.get("sides"), e.get("duration")) for e in result.exercises] == [
        ("Cat stretch", None, 20)
    ]


def test_lines_led_by_a_time_are_timed_exercises_and_an_example_tail_is_no_part_of_the_name():
    text = (
        "Netball warm up\n\nWARM UP FIRST: warming up lowers the risk of injury. Try this, in order:\n\n"
        "4 minutes easy jogging\n"
        "3 minutes of side steps along the court - speed up bit by bit\n"
        "2 minutes passing drills eg 2 or 3 players in a square\n\n"
        "Then rest for 20 seconds of work and play.\n"
    )
    result = import_article(text, "netball.txt")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Easy jogging", 240),
        ("Side steps along the court", 180),
        ("Passing drills", 120),
    ]


def test_exercises_named_only_in_running_prose_are_read_once_each_in_order():
    text = (
        "Sports club news\n\nOn Tuesday the juniors warmed up with some jogging and skipping. After that "
        "each pair did 12 squats at a time. Then came a round of star jumps. Star jumps were a favourite! "
        "They ended with lunges and a wall sit contest.\n"
    )
    result = import_article(text, "news.txt")
    assert [e["name"] for e in result.exercises] == ["Squats", "Star jumps", "Lunges", "Wall sit"]
    assert result.exercises[0]["reps"] == 12
    assert any("named in the text" in line for line in result.assumptions)


def test_one_exercise_word_in_a_story_is_no_routine():
    try:
        import_article(
            "Club news\n\nOur coach broke the club record for squats last week. Well done!\n", "n.txt"
        )
    except InputError:
        return
    raise AssertionError("a story naming one exercise imported as a routine")


def test_a_drill_that_travels_is_an_exercise_and_one_limb_then_the_other_is_not_two_sides():
    text = (
        "# Running drills\n\n### Carioca\n\nTravel sideways along a line, crossing one foot in front and then "
        "the other behind.\n\n### Single-leg hop\n\nHop on one leg for 20 seconds, then switch to the other leg.\n"
    )
    result = import_article(text, "drills.md")
    assert [(e["name"], e.get("sides")) for e in result.exercises] == [
        ("Carioca", None),
        ("Single-leg hop", ["right leg", "left leg"]),
    ]


def test_paragraphs_with_a_lead_in_and_a_dose_of_their_own_are_unnamed_exercises():
    text = (
        "# Desk reset\n\nLong hours at a screen? Try these.\n\n"
        "Without getting up, drop your chin to your chest and roll your head gently – carry on for 1 minute.\n\n"
        "While the kettle boils, rise onto your toes and lower again 15 times.\n\n"
        "Try to go outside at lunch. After 20 minutes in the fresh air you will think more clearly.\n"
    )
    result = import_article(text, "desk.md")
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in result.exercises] == [
        ("Exercise 1", None, 60),
        ("Exercise 2", 15, None),
    ]


def test_breathing_paragraphs_with_lead_ins_stay_one_exercise():
    text = (
        "Calm breathing\n\nFind a quiet chair and sit back.\n\n"
        "When you are ready, breathe in through the nose for 4 seconds.\n\n"
        "After that, let the breath go slowly for 6 seconds.\n\nKeep this up for 2 minutes.\n"
    )
    assert len(import_article(text, "calm.txt").exercises) == 1


def test_do_them_in_repetitions_of_n_doses_every_exercise_and_a_short_hold_keeps_it():
    text = (
        "# Before your knee operation\n\nPractise the exercises below. Do them twice a day in repetitions "
        "of 12.\n\n## 1. Bottom squeeze\n\nSqueeze your buttocks together. Hold for 2 seconds.\n\n"
        "## 2. Knee press\n\nPress the back of the knee into the bed.\n"
    )
    result = import_article(text, "knee.md")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [
        ("Bottom squeeze", 12, 2),
        ("Knee press", 12, None),
    ]


def test_a_count_of_rounds_said_under_each_exercise_is_its_sets():
    text = (
        "# Wrist plan\n\n## 1. Wrist bends\n\nBend the wrist up and down. Do this 8 times, rest for 45 seconds. "
        "Repeat the routine 3 times.\n\n## 2. Wrist turns\n\nTurn the palm up, then down. Do this 12 times, "
        "rest for 45 seconds. Repeat the routine 3 times.\n"
    )
    result = import_article(text, "wrist.md")
    assert result.session.rounds is None
    assert [(e["name"], e.get("sets"), e.get("reps"), e.get("rest")) for e in result.exercises] == [
        ("Wrist bends", 3, 8, 45),
        ("Wrist turns", 3, 12, 45),
    ]


def test_a_named_item_after_two_exercises_of_its_style_is_one_though_its_verb_is_unknown():
    text = (
        "Desk moves\n\nTry a few of these at your desk.\n\n"
        "Calf raises: Stand behind your chair and rise onto your toes, then lower. Do 15.\n\n"
        "Neck turns: Sitting tall, turn your head to look over one shoulder, then the other.\n\n"
        "Ankle circles and points: Work through a series of these, clockwise and anticlockwise, up and down.\n"
    )
    assert names(text) == ["Calf raises", "Neck turns", "Ankle circles and points"]


def test_an_undosed_exercise_named_by_a_counted_move_is_counted_though_it_also_rolls_or_walks():
    text = (
        "# Loosen up\n\n## Shoulder shrugs or circles\n\nShrug the shoulders up and down, or circle them.\n\n"
        "## Walking lunges\n\nStep forward and sink down, then push up and change legs.\n\n"
        "## Arm circles\n\nCircle your arms forwards, then backwards.\n"
    )
    result = import_article(text, "loosen.md")
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in result.exercises] == [
        ("Shoulder shrugs or circles", 10, None),
        ("Walking lunges", 10, None),
        ("Arm circles", None, 60),
    ]


def test_a_breath_phase_counted_after_a_long_description_is_still_a_phase():
    text = (
        "# Belly breathing\n\n1. Rest a hand on your belly.\n"
        "2. Breathe in through the nose to a count of three.\n"
        "3. Breathe out gently through pursed lips until your lungs feel completely empty (a count of six).\n"
        "4. Do this 8 times.\n"
    )
    result = import_article(text, "belly.md")
    assert result.exercises[0]["phases"] == [{"say": "Inhale", "seconds": 3}, {"say": "Exhale", "seconds": 6}]


def test_a_label_ended_by_an_ellipsis_opens_its_section_as_a_colon_does():
    text = (
        "# Balance plan\n\n## 1. Toe stands\n\nRise onto your toes, then lower. Do this 12 times.\n\nProgression...\n"
        "- Use one hand less.\n- One leg at a time.\n\n## 2. Side steps\n\nStep sideways along the counter 10 times.\n"
    )
    result = import_article(text, "balance.md")
    assert [(e["name"], e.get("reps"), e.get("sides")) for e in result.exercises] == [
        ("Toe stands", 12, None),
        ("Side steps", 10, None),
    ]


def test_a_neck_side_bend_steadied_by_one_arm_is_done_on_each_side_not_each_arm():
    text = (
        "# Neck side bend\n\nSit tall, let your right arm hang beside the chair and tilt your head towards "
        "the left shoulder. Hold for 20 seconds, then repeat on the other side.\n"
    )
    result = import_article(text, "neck.md")
    assert result.exercises[0]["sides"] == ["right side", "left side"]  # as the text gives them


def test_labelled_dose_lines_under_one_exercises_steps_are_its_dose_not_exercises():
    text = (
        "Hamstring Stretch Lying\n\n  [play sound]\n\n"
        "  * Lie on your back with both knees bent\n  * Loop a towel around one foot\n"
        "  * Straighten that leg up towards the ceiling\n  * Ease it gently closer\n  * Repeat on the other side\n\n"
        "Warm Up: 15 seconds\n\nMain Stretch: 25 to 30 seconds\n\nRepetitions: 3x daily\n"
    )
    result = import_article(text, "hamstring.txt")
    assert [(e["name"], e.get("duration"), e.get("reps"), e.get("sides")) for e in result.exercises] == [
        ("Hamstring Stretch Lying", 25, None, ["right leg", "left leg"])
    ]
    assert is_furniture_line("[play sound]") and is_furniture_line("[audio: how to breathe]")
    assert timing_label_text("repetitions", "2x daily") == "2x daily"  # how often, not a count
    assert labels_first("Repetitions: 2x daily") == "Repetitions: 2x daily"


def test_a_hold_repeated_while_resting_in_a_position_is_reps_with_a_hold_not_sets():
    text = (
        "## Cobra pose\n\nA gentle back bend. Hold the pose for 10 to 15 seconds; later, stay for a minute.\n\n"
        "### How to do it\n\n1. Lie face down, hands under the shoulders.\n2. Press the chest up.\n"
        "3. Do the pose 2 to 3 times, resting in Child pose in between.\n"
    )
    got = import_article(text, "cobra.md").exercises[0]
    assert (got.get("sets"), got.get("reps"), got.get("hold")) == (None, 2, 10)
    text = "# Hill runs\n\nRun up the hill for 30 seconds. Rest, then go again: 4 times.\n"
    got = import_article(text, "hills.md").exercises[0]
    assert (got.get("sets"), got.get("duration")) == (4, 30)  # a rest before each repeat: bouts


ONE_EXERCISE_PAGE = """FitClinic  |  Services  |  Team  |  Book online

Wall Sit: A Simple Way To Build Leg Strength

Posted by Sam Reid on 4 June 2023 in Strength

Wall sits build the front of your thighs without any equipment.

Step 1: Stand with your back flat against a wall, feet a little in front.
Step 2: Slide down until your knees are bent to about 90 degrees.
Step 3: Keep your back on the wall and hold for 30 seconds.
Step 4: Slide back up. Do it 3 times in all.

Tags: legs, strength, no equipment

You might also like:
Calf raises at the kitchen counter
Step-ups for stronger knees

2 comments
Reply
"""


def test_a_one_exercise_page_is_named_by_its_title_without_subtitle_and_its_related_posts_are_no_exercises():
    result = import_article(ONE_EXERCISE_PAGE, "wall-sit.txt")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [("Wall Sit", 3, 30)]


def test_a_how_to_title_drops_its_step_by_step_or_how_to_tail_and_a_sanskrit_bracket():
    assert title_name("How to Do a Glute Bridge (Step by Step)") == "Glute Bridge"
    assert title_name("Child's Pose (Balasana): How to Do It") == "Child's Pose"
    assert title_name("Plank: the 5 best variations for beginners") == "Plank"
    assert title_name("Day 12: Chair twists") == "Chair twists"


def test_numbered_steps_labelled_by_a_verb_are_one_exercise_and_its_variations_are_not_exercises():
    text = (
        "# Dead Bug: Benefits, Form and Variations\n\nBy Coach Jo\n\nA core move for a steady spine.\n\n"
        "## How to do a dead bug\n\n"
        "1. **Set up:** Lie on your back, arms up to the ceiling, knees bent over your hips.\n"
        "2. **Brace:** Press your lower back into the floor.\n"
        "3. **Reach:** Lower your right arm and left leg towards the floor.\n"
        "4. **Return:** Bring them back, then do the other side. Do 6 on each side.\n\n"
        "## Variations\n\n- **Dead bug with a ball:** squeeze a ball between hands and knees, 10 times.\n"
    )
    result = import_article(text, "deadbug.md")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [("Dead Bug", 6)]
    assert title_name("What is a calf raise and how do you do it?") == "calf raise"


def test_a_goal_to_build_up_to_is_no_dose_when_a_starting_dose_in_its_unit_comes_first():
    text = (
        "# Side plank\n\nLie on your side and lift your hips. Hold for 20 seconds to start, building up to "
        "45 seconds. Rest for 20 seconds and repeat 3 times.\n"
    )
    got = import_article(text, "sp.md").exercises[0]
    assert (got.get("reps"), got.get("hold"), got.get("sets")) == (3, 20, None)  # a hold repeated
    text = "# Squats\n\nStand tall and sit back. Start with 8 reps and gradually build up to 15 reps.\n"
    assert import_article(text, "sq.md").exercises[0]["reps"] == 8
    text = "# Squeezes\n\nSqueeze, then relax for 5 seconds and go again, building up to 10 repetitions.\n"
    assert import_article(text, "pf.md").exercises[0]["reps"] == 10  # the only count: today's


def test_a_key_points_label_after_the_steps_leaves_the_page_one_exercise_with_its_dose_box():
    text = (
        "# Side-Lying Leg Lift\n\n> **Reps:** 12 | **Sets:** 2 | **Rest:** 30 seconds\n\n"
        "Works the side of the hip.\n\n1. Lie on your side, legs straight.\n2. Lift the top leg.\n3. Lower it slowly.\n\n"
        "**Key points**\n- Keep your hips stacked.\n- Move slowly.\n"
    )
    result = import_article(text, "legs.md")
    assert [(e["name"], e.get("sets"), e.get("reps"), e.get("rest")) for e in result.exercises] == [
        ("Side-Lying Leg Lift", 2, 12, 30)
    ]
    assert title_name("⭐ Move of the week: Bear Crawl ⭐") == "Bear Crawl"


def test_two_unnamed_steps_with_no_dose_are_one_exercise_named_by_the_title():
    text = "# Seated Hamstring Stretch\n\nEases tight hamstrings.\n\n1. Sit on the edge of a chair.\n2. Straighten one leg and lean forward from the hips.\n"
    assert names(text) == ["Seated Hamstring Stretch"]


def test_a_step_by_step_heading_is_an_aspect_and_the_title_names_the_exercise():
    text = (
        "# How to do a chair squat\n\nBuilds leg strength.\n\n## Before you start\n\nYou need a sturdy chair.\n\n"
        "## Step-by-step\n\n1. Stand in front of the chair.\n2. Sit back until you touch the seat.\n"
        "3. Stand up again.\n\nAim for 2 sets of 8 repetitions.\n\n## Frequently asked questions\n\n"
        "### How often?\n\nBuild up to 3 sets of 15.\n"
    )
    result = import_article(text, "squat.md")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [("Chair squat", 2, 8)]


def test_a_list_under_a_furniture_heading_is_never_read_as_the_exercises_whatever_its_style():
    text = (
        "# Shoulder Pendulum\n\nLean on a table with one hand and let the other arm hang.\n\n"
        "Swing the arm in small circles for 30 seconds, then change direction.\n\n"
        "### Try these next\n\n- Squats 3x10\n- Lunges 3x10 each leg\n- Plank 3x30 seconds\n"
    )
    assert names(text) == ["Shoulder Pendulum"]


def test_a_title_frame_goes_and_a_repeat_only_paragraph_doses_the_one_before():
    text = "Exercise: Bridging\n\nLie on your back, knees bent. Lift your bottom and hold for 5 seconds.\n\nRepeat 10 times.\n"
    result = import_article(text, "bridge.txt")
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in result.exercises] == [("Bridging", 10, 5)]
    assert title_name("Hip Flexor Stretch | Video Guide") == "Hip Flexor Stretch"


def test_a_saved_page_whose_text_has_no_heading_is_named_by_its_page_title_without_the_site():
    from voicecoach.importer.htmlread import page_text

    page = (
        "<html><head><title>Towel Calf Stretch &ndash; Step Clinic</title></head><body>"
        "<nav><a href='/'>Home</a></nav><div><p>A gentle stretch for tight calves after a long walk or run.</p>"
        "<p>Sit with your leg out straight. Loop a towel around the ball of your foot and pull it towards "
        "you until you feel a stretch. Hold for 30 seconds.</p></div></body></html>"
    )
    assert names(page_text(page)) == ["Towel Calf Stretch"]


def test_a_pose_page_with_benefits_contraindications_and_steps_is_the_one_pose():
    text = (
        "# Warrior Two (Virabhadrasana)\n\n## Benefits\n\n- Strengthens the legs\n\n## Contraindications\n\n"
        "Avoid with a recent knee injury.\n\n## Step-by-step instructions\n\n1. Step your feet wide apart.\n"
        "2. Turn your right foot out and bend the right knee.\n3. Reach your arms out and stay for 6 breaths.\n"
    )
    assert names(text) == ["Warrior Two"]


def test_a_tips_page_on_one_exercise_is_that_exercise_and_its_tips_are_no_exercises():
    text = (
        "# 3 Tips for a Better Squat\n\nEveryone squats, few squat well.\n\n## 1. Push your knees out\n\n"
        "It keeps them over your toes.\n\n## 2. Sit back\n\nAs if into a chair.\n\n## 3. Brace\n\n"
        "Tighten your tummy first.\n\nDo 3 sets of 10 squats.\n"
    )
    result = import_article(text, "squat-tips.md")
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in result.exercises] == [("Squat", 3, 10)]
    assert title_name("10 tips for runners who hate stretching") == "10 tips for runners who hate stretching"


def test_the_left_limb_then_the_right_in_one_uncounted_sentence_is_taking_turns():
    text = "# Heel taps\n\nLie on your back, knees bent. Slowly lower the right foot to the floor, then the left. Repeat.\n"
    assert import_article(text, "taps.md").exercises[0].get("sides") is None
    text = "# Leg raise\n\nLie on your back. Raise the right leg 10 times, then the left.\n"
    assert import_article(text, "raise.md").exercises[0].get("sides") == ["right leg", "left leg"]


BREATH_STEPS = [
    (
        "- Breathe in through your nose for 4 seconds.",
        "- Pause, holding your breath for 5 seconds.",
        "- Breathe out through pursed lips for 6 seconds.",
    ),
    (
        "Inhale gently for a count of 4.",
        "Hold your breath for 5 seconds.",
        "Exhale through the mouth for 6 seconds.",
    ),
    (
        "* Slowly breathe in through the nose for 4 seconds",
        "* Pause for 5 seconds",
        "* Let the breath out for 6 seconds",
    ),
]


@pytest.mark.parametrize("steps", BREATH_STEPS, ids=[s[0] for s in BREATH_STEPS])
def test_paragraphs_each_one_phase_of_a_breath_are_one_breathing_exercise(steps):
    text = "# Calming breath\n\nThis settles a busy mind. Here is how:\n\n" + "\n\n".join(steps)
    text += "\n\nKeep this going for a minute or two.\n"
    exercises = import_article(text, "calm.md").exercises
    assert [(e["name"], [p["seconds"] for p in e["phases"]], e["reps"]) for e in exercises] == [
        ("Calming breath", [4, 5, 6], 4)
    ]


CARE_SECTIONS = [
    ("Home care", "- Keep the sling on as you were told.\n- Take your pain relief as directed."),
    ("Follow-up care", "Go to your follow-up appointment with the clinic."),
    ("When to call your doctor", "Call your doctor if you have:\n- A fever\n- Pain that gets worse"),
    ("Call 999", "Call 999 straight away if you have chest pain."),
]


@pytest.mark.parametrize("lead", ["Doing the", "Performing the", "Practising the"])
def test_a_hospital_handouts_care_sections_are_no_exercises_and_doing_the_x_names_it(lead):
    care = "\n\n".join(f"## {head}\n\n{text}" for head, text in CARE_SECTIONS)
    text = (
        "# Shoulder swing exercise after surgery\n\nThis exercise helps the shoulder move again.\n\n"
        f"## {lead} shoulder swing\n\n- Lean forward on a table with your good arm.\n"
        "- Let the sore arm hang and swing it in small circles for 2 minutes.\n\n" + care
    )
    got = import_article(text, "swing.md").exercises
    assert [(e["name"], e.get("duration")) for e in got] == [("Shoulder swing", 120)]


NAMING_SENTENCES = [
    ("One simple exercise a day can help: standing on one leg.", "Standing on one leg"),
    ("This is the move I give every patient: the wall slide.", "Wall slide"),
    ("The exercise that makes the difference is easy to learn: heel to toe walking.", "Heel to toe walking"),
]


@pytest.mark.parametrize(("said", "name"), NAMING_SENTENCES, ids=[n for _, n in NAMING_SENTENCES])
def test_a_one_exercise_page_whose_title_is_a_promise_is_named_by_the_sentence_that_names_it(said, name):
    text = (
        "# 30 Seconds to Steadier Feet\n\nBalance fades with age, but it can be trained. "
        f"{said}\n\nStand by a counter, lift one foot and hold for 20 seconds. Change sides and repeat.\n"
    )
    got = import_article(text, "steady.md").exercises
    assert [(e["name"], e.get("duration")) for e in got[:1]] == [(name, 20)]


BREATHING_STEP_LISTS = {
    "set-up, phases, repeat": "1. Sit up straight and rest your tongue behind your top teeth.\n"
    "2. Empty your lungs through your mouth.\n3. Close your mouth and breathe in through your nose for 4 seconds.\n"
    "4. Hold your breath for 7 seconds.\n5. Breathe out through your mouth for 8 seconds.\n6. Repeat the cycle 4 times.\n",
    "bracketed numbers": "1) Get comfortable and close your eyes.\n2) Slowly inhale through the nose for 4 seconds.\n"
    "3) Hold for 7 seconds.\n4) Exhale with a whoosh for 8 seconds.\n5) Do this 4 times.\n",
    "steps with lead-ins": "1. Place one hand on your chest.\n2. Now breathe in gently through the nose for 4 seconds.\n"
    "3. Pause for 7 seconds.\n4. Exhale slowly for 8 seconds.\n5. Repeat 4 times.\n",
    "a step led by then": "1. Place one hand on your chest.\n2. Now breathe in gently through the nose for 4 seconds.\n"
    "3. Pause for 7 seconds.\n4. Then exhale slowly for 8 seconds.\n5. Repeat 4 times.\n",
}


@pytest.mark.parametrize("layout", list(BREATHING_STEP_LISTS))
def test_a_breathing_techniques_numbered_steps_are_one_exercise_with_phases(layout):
    text = "# Relaxing breath\n\n" + BREATHING_STEP_LISTS[layout]
    got = import_article(text, "breath.md").exercises
    assert [(e["name"], [p["seconds"] for p in e.get("phases", [])], e.get("reps")) for e in got] == [
        ("Relaxing breath", [4, 7, 8], 4)
    ]


def test_numbered_exercises_that_breathe_with_a_count_stay_exercises():
    text = (
        "# Chair exercises\n\n1. Breathe in as you raise both arms for 3 seconds, then lower. Repeat 8 times.\n"
        "2. Breathe out as you march on the spot for 30 seconds.\n3. Roll your shoulders 10 times.\n"
    )
    assert len(import_article(text, "chair.md").exercises) == 3


SET_UP_STEPS = [
    "1. Sit tall and relax your shoulders.\n2. Let your arms hang loose.\n3. Shrug your shoulders up, then let them drop.\n",
    "1. Hold the back of a chair.\n2. Stand with your feet hip-width apart.\n3. Rise onto your toes and lower slowly.\n",
    "1. Relax your jaw.\n2. Hold the chair seat with both hands.\n3. Lift your chest and look up, then come back.\n",
]


@pytest.mark.parametrize("steps", SET_UP_STEPS, ids=["relax your", "hold the", "both"])
def test_set_up_steps_that_relax_or_hold_a_thing_are_steps_of_one_exercise(steps):
    text = f"# Desk break\n\n{steps}\nKeep going gently for a minute or two.\n"
    got = import_article(text, "break.md").exercises
    assert [(e["name"], e.get("duration")) for e in got] == [("Desk break", 60)]
