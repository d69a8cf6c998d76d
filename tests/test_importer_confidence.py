"""The import's confidence: each signal of a wrong reading, on its own small example (our
wording), and the threshold that makes ``import`` say it is unsure."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.confidence import (
    MERGED_PENALTY,
    PENALTIES,
    THRESHOLD,
    assess,
    exercise_doubts,
    implausible_dose,
    several_exercises,
    unread_doses,
)
from voicecoach.importer.name_kinds import looks_like_label, not_a_name

READ = {"name": "Wall Push-up", "reps": 10}
TEXT = "Stand an arm's length from a wall and bend the elbows to bring the chest in."


def test_a_plainly_read_exercise_has_no_doubts():
    assert exercise_doubts(READ, {}, TEXT) == []
    assert assess([(READ, {}, TEXT)]).score == 1.0


def test_label_names_are_doubted_but_a_qualifier_in_brackets_is_not_a_label():
    assert looks_like_label("Safety tips") and looks_like_label("Upper body exercises")
    assert not looks_like_label("Heel Slides (Part 2)")
    assert looks_like_label("Goals (Part 2)")
    assert not looks_like_label("Pelvic tilt in four-point kneeling")  # a word inside a compound


def test_a_list_read_as_one_exercise_is_several_exercises_in_one():
    assert several_exercises("Sit-ups x 15. Lunges: x 8 reps. Rest a minute.")
    assert several_exercises("12x Side kick, knee soft. 12x Back kick, toes pointed.")
    assert several_exercises("Lunges (10 each leg). Plank: 3 x 30 s. Bridge 2x15.")
    assert not several_exercises("Do 3 x 10, resting between sets. Keep the back flat.")
    assert not several_exercises("Repeat 10 times. Hold: 5 seconds. Sets: 2.")  # doses, no names
    assert not several_exercises("Squats 3x15 - sit back. Squats 3x15 - sit back.")  # one said twice
    # two counts of its own, or a text that goes on to another exercise
    assert several_exercises(
        "Bend and straighten. Repeat 8 times. Lie down and lift the hips. Repeat 12 times."
    )
    assert several_exercises("Begin with star jumps for a minute, then move on to squats, 10 of them.")
    assert not several_exercises("Repeat 8 times. Repeat 3 times a day.")  # a frequency is no count
    assert not several_exercises("Start with your feet apart. Then do the other side.")
    doubts = exercise_doubts({"name": "Sit-ups", "reps": 15}, {}, "x 15. Lunges: x 8 reps. Bridges x 10.")
    assert "several exercises in one" in doubts


def test_a_caption_or_a_clause_is_not_a_name():
    assert not_a_name("[photo: knee bent over a towel]")
    assert not_a_name("Figure 3: heel over a step") and not_a_name("Photo 2") and not_a_name("Video")
    assert not not_a_name("Figure Eights") and not not_a_name("Picture frame stretch")  # names, no captions
    assert not_a_name("Warm-up (keep it easy, you can chat!)")
    assert not_a_name("Home plan, This adds to your daily walk")
    assert not_a_name("Lie on your back with your knees bent")  # a step split off as an exercise
    assert not not_a_name("Sit to stand") and not not_a_name("Bird dog, opposite arm and leg")
    assert not not_a_name("Hug your knees") and not not_a_name(
        "Bend forward and pick up objects from the ground"
    )


def test_a_dose_no_one_prescribes_is_implausible():
    assert implausible_dose({"duration": 3600}) and implausible_dose({"reps": 250})
    assert implausible_dose({"sets": 20}) and implausible_dose({"hold": 600})
    assert not implausible_dose({"name": "Brisk walk", "duration": 900}) and not implausible_dose(
        {"reps": 12, "sets": 3, "hold": 5}
    )
    # each number plausible, together an hour of one exercise (``plausible.overworked``)
    assert implausible_dose({"reps": 20, "sets": 3, "hold": 60})


def test_an_assumed_dose_and_no_movement_are_doubted():
    doubts = exercise_doubts(
        {"name": "Quiet minute", "reps": 10}, {"reps": "no rep count given: 10"}, "Be calm."
    )
    assert doubts == ["dose assumed", "no movement"]


def test_the_same_name_twice_is_doubted_a_little():
    twice = [(READ, {}, TEXT), (dict(READ), {}, TEXT), ({"name": "Squat", "reps": 8}, {}, "Bend the knees.")]
    conf = assess(twice)
    assert conf.reasons["Wall Push-up"] == ["name repeated"]
    assert conf.score == round(1 - 2 * PENALTIES["name repeated"] / 3, 2) and not conf.unsure


# A programme repeats a lift with a dose or words of its own ("1 pullup" … "2 pullups"; a squat on
# day 1 and again on day 3 "at the same weight"; an easy run to warm up and to cool down): no doubt
@pytest.mark.parametrize(
    "again",
    [
        ({"name": "Wall Push-up", "reps": 12}, TEXT),
        (READ, "Same weight as on day 1. " + TEXT),
    ],
)
def test_the_same_name_with_a_dose_or_words_of_its_own_is_a_programme_not_a_doubt(again):
    exercise, text = again
    conf = assess(
        [(READ, {}, TEXT), ({"name": "Squat", "reps": 8}, {}, "Bend the knees."), (dict(exercise), {}, text)]
    )
    assert "Wall Push-up" not in conf.reasons and conf.score == 1.0


def test_an_article_read_as_one_list_blob_imports_unsure_naming_the_doubt():
    article = (
        "# Ten-minute legs\n\n## The set\n\n"
        "Do these one after the other.\n"
        "15x Squat, weight in the heels.\n15x Calf raise, slow on the way down.\n"
        "15x Side lunge, chest up.\n"
    )
    result = import_article(article, "legs.md")
    assert result.confidence.score < THRESHOLD and result.confidence.unsure
    assert "several exercises in one" in result.confidence.summary()
    assert "# Unsure: confidence" in result.yaml_text


def test_an_exercise_that_swallowed_others_costs_the_article_more_than_its_own_trust():
    read = [({"name": name, "reps": 10}, {}, TEXT) for name in ("Wall Push-up", "Chair Squat", "Heel Raise")]
    merged = [({"name": "Squat", "reps": 12}, {}, "Sit back. Lunges: x 8 reps. Bridges x 10.")]
    conf = assess(read + merged)
    own_trust = (3 + 1 - PENALTIES["several exercises in one"]) / 4
    assert conf.score == round(own_trust - MERGED_PENALTY, 2) and conf.unsure


def test_doses_the_article_states_that_no_exercise_read_are_counted_not_frequencies_or_minutes():
    article = (
        "Two kinds of squeeze: quick ones (1 second) and long ones (hold 4 to 8 seconds). "
        "Do each kind 6 to 12 times, with 4 seconds of rest between. Twice a day, 3 times a week, "
        "about 15 minutes."
    )
    assert unread_doses(article, ["Breathe normally."]) == 3  # 1 s, 4(-8) s, 6-12 times; 4 s said twice
    assert unread_doses(article, ["quick ones (1 second) hold 4 to 8 seconds 6 to 12 times 4 seconds"]) == 0
    assert unread_doses("Lift the leg ten times.", ["Lift the leg 10 times."]) == 0  # numbers as read


def test_a_dose_read_in_another_spelling_or_a_clock_time_is_no_unread_dose():
    table = "| Station | Work | Rest |\n| Squat | 40sec | 20sec |\n| Plank | 40sec | 20sec |\n| Lunge | 40sec | 20sec |"
    assert unread_doses(table, ["Squat for 40 seconds", "Plank for 40 seconds"]) == 1  # 20 s, once
    assert unread_doses("Wall sit: 3x10, then 2 sets.", ["Wall sit 3 x 10 2 sets"]) == 0
    hours = "Open Mon-Thu 8:00-5:00, Fri 9.30 am. Call us on Saturday at 10:15 pm."
    assert unread_doses(hours + " Squat 10 times.", ["Squat 10 times"]) == 0  # opening hours, no m:ss


def test_an_article_whose_doses_no_exercise_read_imports_unsure():
    article = (  # the doses sit in an introduction the structure passes over
        "# Pelvic floor\n\nThere are two squeezes, a quick one (1 second) and a long one (hold 4 to 8 "
        "seconds). Do each kind 6 to 12 times, with 4 seconds of rest between.\n\n"
        "## Keep the tummy soft\n\nBreathe out as you squeeze and never hold your breath.\n"
    )
    result = import_article(article, "floor.md")
    assert result.confidence.unread >= 3 and result.confidence.unsure
    assert "read by no exercise" in result.confidence.summary()
    read = [({"name": "Wall Push-up", "reps": 10}, {}, TEXT)]
    assert assess(read, doses_unread=1).score == 1.0  # one stray number is no sign
    assert assess(read, doses_unread=9).score == 1.0 - 0.3


def test_a_warm_up_with_its_own_time_is_no_label_but_one_with_an_assumed_time_is():
    read = exercise_doubts({"name": "Warm up", "duration": 600}, {}, "Ten minutes of easy walking.")
    assert read == []
    assumed = exercise_doubts(
        {"name": "Cool down", "duration": 60}, {"duration": "no length given: 60 s"}, "Take it easy."
    )
    assert "a label" in assumed and "dose assumed" in assumed


def test_a_shared_dose_no_exercise_took_is_unread():
    said = "# Legs\n\nDo 3 sets of 10 reps of each exercise.\n\n## Squat\n\nSit back and stand. 12 reps.\n\n## Lunge\n\nStep and sink. 8 reps.\n"
    assert (
        import_article(said, "legs.md").confidence.unread == 2
    )  # "3 sets", "10 reps": every exercise had its own
    taken = said.replace(" 12 reps.", "").replace(" 8 reps.", "")
    assert import_article(taken, "legs.md").confidence.unread == 0


def test_a_lone_exercise_doubted_for_what_it_is_costs_more_and_a_number_is_no_name():
    report = (
        "# Study: short workouts help\n\nResearchers asked 40 adults to do 3 sets of 10 squats a week. "
        "Those who trained got stronger, and their plank grew from 30 to 55 seconds.\n"
    )
    assert import_article(report, "news.md").confidence.unsure  # no movement, and nothing else read
    lone = [({"name": "Study: fitness", "reps": 10}, {}, "Researchers asked 40 adults.")]
    assert assess(lone).score == round(1 - PENALTIES["no movement"] - 0.15, 2)
    assert exercise_doubts({"name": "Exercise 2", "reps": 10}, {}, "") == ["no movement"]
    assert exercise_doubts({"name": "Squat", "reps": 10}, {}, "") == []


def test_three_counts_of_its_own_are_several_exercises_but_two_sides_are_one():
    three = (
        "Roll the shoulders forward. Do 8 repetitions. Shrug them up to the ears. Do 8 repetitions. "
        "Squeeze the blades together. Do 8 repetitions."
    )
    assert several_exercises(three)
    assert several_exercises(f"{three} {three}")  # an exercise's how and timing read from the same lines
    assert not several_exercises("Lift the right leg. Repeat 10 times. Now the left leg. Repeat 10 times.")


def test_a_health_article_or_lesson_plan_section_is_a_label():
    for name in ("Effectiveness", "Home care", "Risks and side effects", "Main activity", "The evidence"):
        assert looks_like_label(name), name
    assert not looks_like_label("Bird dog") and not looks_like_label("Crab walk activity")


def test_a_count_then_what_comes_next_is_several_exercises():
    assert several_exercises("Roll the head round 3 times. Next, tip the ear towards the shoulder, 3 times.")
    assert several_exercises(
        "Lunge forward. Repeat 5 times. When you're done with that, lie down and bridge."
    )
    assert not several_exercises(
        "Lift the leg. Next, lower it slowly. Repeat 10 times."
    )  # steps, then the count


def test_sets_again_and_a_progression_are_no_counts_of_other_exercises():
    text = (
        "Draw the tummy in as you breathe out. Repeat 3 times. Rest and repeat again 3 times. "
        "To progress: keep it drawn in for 5 breaths and repeat 3 times."
    )
    assert not several_exercises(text)


BLANK_SHEETS = [
    "Repeat ____ times.",
    "Hold …… seconds. Repeat …… times.",
    "Sets: ___ Reps: ___",
]


@pytest.mark.parametrize("blank", BLANK_SHEETS)
def test_a_sheet_whose_doses_are_left_blank_is_unsure_and_says_so(blank):
    text = (
        f"# Your home exercises\n\n## Quad sets\n\nTighten your thigh muscle. {blank}\n\n"
        f"## Heel slides\n\nSlide your heel up the bed and back. {blank}\n\n"
        f"## Straight leg raise\n\nLift your straight leg off the bed. {blank}\n"
    )
    confidence = import_article(text, "sheet.md").confidence
    assert confidence.unsure and "left blank on the sheet" in confidence.summary()


def test_a_record_column_left_blank_beside_the_stated_doses_is_no_doubt():
    text = (
        "# Pelvic floor\n\n## Long squeezes\n\nSqueeze and hold for 10 seconds. Repeat 10 times.\n\n"
        "## Quick squeezes\n\nSqueeze and let go at once. Repeat 10 times.\n\n"
        "| Held for | ........ seconds |\n|---|---|\n| Repeated | ........ times |\n"
    )
    confidence = import_article(text, "pf.md").confidence
    assert not confidence.unsure and confidence.blank == 0


def test_a_name_cut_off_mid_phrase_is_not_a_name_but_one_ending_on_a_particle_is():
    assert "not a name" in exercise_doubts({"name": "8 quick squeezes - with", "reps": 8}, {}, TEXT)
    assert "not a name" in exercise_doubts({"name": "Lift the heel and", "reps": 8}, {}, TEXT)
    assert exercise_doubts({"name": "Hip in", "reps": 8}, {}, TEXT) == []


def test_two_movements_each_counted_in_a_sentence_of_their_own_are_several_exercises():
    assert several_exercises(
        "Look up and then down 10 times. Roll your eyes round 10 times, then the other way."
    )
    assert not several_exercises(
        "Lift the right leg 10 times. Lift the left leg 10 times."
    )  # one movement, two sides
    assert not several_exercises(
        "Breathe in slowly 5 times. Lift the arms 10 times."
    )  # a breath is no movement


def test_an_import_with_fewer_exercises_than_the_article_counts_is_doubted():
    listed = (
        "## Chin tuck\n\nTuck the chin in, 10 times.\n\n## Shoulder roll\n\nRoll the shoulders, 10 times.\n"
    )
    said = import_article(
        f"# Desk\n\nTry these 4 neck exercises at your desk.\n\n{listed}", "d.md"
    ).confidence
    same = import_article(
        f"# Desk\n\nTry these 2 neck exercises at your desk.\n\n{listed}", "d.md"
    ).confidence
    assert said.miscounted and not same.miscounted
    assert round(same.score - said.score, 2) == 0.15 and "counts its exercises differently" in said.summary()
    assert not import_article(
        f"# Desk\n\nDo this for 5 minutes of exercises.\n\n{listed}", "d.md"
    ).confidence.miscounted
    related = f"# Desk\n\n{listed}\n**Read next:** [7 Stretches for a Stiff Back](https://example.org/back)\n"
    assert not import_article(related, "d.md").confidence.miscounted  # another page's count


CHALLENGES = [
    "How many times can you kick a ball into a target in one minute?",
    "How far can you jump from a standing start? Try it 5 times.",
    "Can you hop on one foot for 30 seconds?",
]


@pytest.mark.parametrize("asked", CHALLENGES)
def test_a_challenge_asked_as_a_question_says_a_movement(asked):
    from voicecoach.importer.confidence import exercise_doubts

    assert "no movement" not in exercise_doubts({"name": "Exercise 1", "reps": 5}, {}, asked)


def test_a_whole_sessions_name_is_a_label_not_an_exercise():
    for name in (
        "Circuit Workout",
        "The Tabata workout",
        "Saturday session",
        "Evening Routine",
        "Spin class",
    ):
        assert "a label" in exercise_doubts({"name": name, "duration": 60}, {}, "Squat, then jump."), name
    for name in ("Pelvic floor exercises", "Arm stretches", "Plank"):  # exercises a sheet names so
        assert "a label" not in exercise_doubts({"name": name, "reps": 10}, {}, "Squeeze and lift."), name


def test_an_exercise_doubted_three_ways_is_prose_read_as_one_and_costs_the_import_more():
    fine = [
        ({"name": n, "reps": 10}, {}, "Squeeze and lift, then let go.")
        for n in ("Slow squeezes", "Quick squeezes")
    ]
    fragment = (
        {"name": "Finding them is easy, and", "reps": 10},
        {"reps": "no rep count given: 10"},
        "It matters.",
    )
    assert exercise_doubts(*fragment) == ["not a name", "dose assumed", "no movement"]
    mean = (2 + 1 - PENALTIES["not a name"] - PENALTIES["dose assumed"] - PENALTIES["no movement"]) / 3
    conf = assess(fine + [fragment])
    assert conf.score == round(mean - 0.15, 2) and conf.unsure
    two_ways = ({"name": "Finding them", "reps": 10}, {"reps": "no rep count given: 10"}, "It matters.")
    assert assess(fine + [two_ways]).score == round((2 + 1 - 0.3 - 0.25) / 3, 2)  # no fragment penalty


def test_a_text_that_opens_inside_a_sentence_was_cut_from_the_exercise_before_it():
    for how in ("then the same to the left, then back to the right.", "your thigh muscles, then let go."):
        doubts = exercise_doubts({"name": "Exercise 2", "how": how, "reps": 10}, {}, f"Turn {how}")
        assert doubts == ["text cut mid-sentence"], how
    for how in ("Then roll the eyes the other way.", "Turn your head slowly to the left."):
        assert exercise_doubts({"name": "Eye roll", "how": how, "reps": 10}, {}, how) == [], how
    first = ({"name": "Exercise 1", "how": "Look up, then down.", "reps": 10}, {}, "Look up, then down.")
    cut = ({"name": "Exercise 2", "how": "then left to right.", "reps": 10}, {}, "Look left to right.")
    assert assess([first, cut]).score == round((1 + 1 - 0.5) / 2 - 0.15, 2)  # unsure: the list was cut wrong
