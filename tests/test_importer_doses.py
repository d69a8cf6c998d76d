"""Dose grammar read wherever the text puts it: repeated holds, reversed counts, easing off
between reps, a breathing pattern said twice.  Each example is our own wording."""

from __future__ import annotations

import pytest

from voicecoach.importer.build import build_one
from voicecoach.importer.defaults import ImportDefaults
from voicecoach.importer.parts import Parts


def fields(text, name="Exercise"):
    return build_one(name, Parts(name, None, text, text), text, ImportDefaults()).as_dict()


def test_a_timed_push_repeated_is_reps_and_hold():
    got = fields("Press your palm into the wall for 10 seconds. Come back and repeat 6 times.")
    assert (got.get("reps"), got.get("hold"), got.get("duration")) == (6, 10, None)


def test_a_timed_bout_with_rest_before_each_repeat_stays_timed_work():
    got = fields("March in place for 20 seconds. Rest and repeat two more times.", "Marching")
    assert got.get("duration") == 20 and got.get("hold") is None


def test_a_timed_breath_repeated_is_not_a_hold():
    got = fields("Breathe out slowly through pursed lips for 4 seconds. Do this 8 times.")
    assert got.get("hold") is None


def test_the_same_count_the_other_way_is_not_a_second_set():
    got = fields("Make 8 small circles with the wrist, then circle the other way 8 times.")
    assert (got.get("reps"), got.get("sets")) == (8, None)
    got = fields("Do 5 ankle circles, then 5 times in reverse.")
    assert (got.get("reps"), got.get("sets")) == (5, None)


def test_a_reversed_count_alone_is_still_the_count():
    assert fields("Circle the arms forwards, then backwards 12 times.").get("reps") == 12


def test_easing_off_for_a_time_between_reps_is_relax():
    got = fields("Lean into the stretch for 6 seconds, ease off for 2 seconds, then lean in again. 4 times.")
    assert (got.get("reps"), got.get("hold"), got.get("relax")) == (4, 6, 2)


def test_a_breathing_pattern_said_twice_is_read_from_its_fullest_sentence():
    text = (
        "Count to three as you breathe in, then hold the breath for a count of one. "
        "Again: in for 3, hold for 1, out for 5, pause for 1. Do 6 of these breaths."
    )
    got = fields(text, "Counted breathing")
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [
        ("Inhale", 3),
        ("Hold", 1),
        ("Exhale", 5),
        ("Hold", 1),
    ]


def test_one_limb_named_as_working_names_each_side():
    got = fields("Lie on your side and lift one leg towards the ceiling. Lower it. 8 times on each side.")
    assert got["sides"] == ["right leg", "left leg"]
    got = fields("Bring one arm across your chest and ease it in with the other. Then do the other side.")
    assert got["sides"] == ["right arm", "left arm"]


def test_a_star_between_numbers_is_sets_times_reps():
    got = fields("Lower the heel slowly off the step, 2*12 repetitions.")
    assert (got.get("sets"), got.get("reps")) == (2, 12)


def test_a_one_row_dose_table_under_an_exercise_is_its_dose():
    from voicecoach.importer import import_article

    article = (
        "# Hip strength\n\n"
        "## Side-lying leg lift\n\n"
        "| Sets | Reps | How often |\n|---|---|---|\n| 2 | 8 | every other day |\n\n"
        "- Lie on your side and lift the top leg, then lower it slowly.\n\n"
        "## Bridge\n\n"
        "| Reps | Hold (s) |\n|---|---|\n| 5 | 6 |\n\n"
        "- Lie on your back, knees bent, and lift the hips off the floor.\n"
    )
    result = import_article(article, "hips.md")
    got = [
        (e["name"], e.get("sets"), e.get("reps"), e.get("hold"), e.get("duration")) for e in result.exercises
    ]
    assert got == [("Side-lying leg lift", 2, 8, None, None), ("Bridge", None, 5, 6, None)]
    assert not result.confidence.unsure


def test_a_rest_between_sets_stated_once_is_every_set_exercise_rest():
    from voicecoach.importer import import_article

    article = (
        "Arm day\n\nRest about 90 seconds between sets.\n\n"
        "1. Hammer curls\nCurl the weights up with the thumbs on top. 3 sets of 12.\n\n"
        "2. Overhead press\nPress the weights up above your head. 3 sets of 8.\n\n"
        "3. Arm circles\nCircle the arms, small then large: 20 reps.\n"
    )
    result = import_article(article, "arms.txt")
    got = [(e["name"], e.get("sets"), e.get("rest"), e.get("duration")) for e in result.exercises]
    assert got == [
        ("Hammer curls", 3, 90, None),
        ("Overhead press", 3, 90, None),
        ("Arm circles", None, None, None),
    ]


def test_more_ways_of_writing_counts():
    got = fields("Press the knee down into the towel for 5 s, relax, repeat 8x.")
    assert (got.get("reps"), got.get("hold")) == (8, 5)
    got = fields("Shoulder shrugs: 12 reps x 2 sets.")
    assert (got.get("sets"), got.get("reps")) == (2, 12)
    got = fields("Glute squeeze, 8 x 6 s hold.")
    assert (got.get("reps"), got.get("hold"), got.get("sets")) == (8, 6, None)
    got = fields("Do four rounds of twelve.")
    assert (got.get("sets"), got.get("reps")) == (4, 12)
    got = fields("Step up and down: 3 rounds of 30 seconds.")
    assert (got.get("reps"), got.get("duration")) == (3, 30)  # a timed round count stays as before


def test_releasing_for_a_count_between_squeezes_is_relax():
    got = fields("Tighten for a count of 4, then release for a count of 4. Do this 8 times.")
    assert (got.get("reps"), got.get("hold"), got.get("relax")) == (8, 4, 4)


def test_an_out_breath_after_and_is_a_phase():
    got = fields("Breathe in through the nose for 3 seconds and out through pursed lips for 6 seconds.")
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [("Inhale", 3), ("Exhale", 6)]


def test_minutes_each_side_are_two_sides():
    got = fields("Lie on one side and breathe into the upper ribs, 2 mins each side.")
    assert got["sides"] == ["right side", "left side"] and got["duration"] == 120


def test_a_dose_in_the_heading_keeps_an_exercise_whose_text_has_none():
    from voicecoach.importer import import_article

    article = (
        "# Trunk\n\n## Curl-up (2 x 12)\n\nLie on your back and curl the head and shoulders up.\n\n"
        "## Side plank - 15 seconds each side\n\nProp on one forearm, hips up in a straight line.\n\n"
        "## Superman: 3 sets of 6\n\nLie face down and raise the arms and legs a little.\n"
    )
    got = [(e["name"], e.get("sides"), e.get("duration")) for e in import_article(article, "t.md").exercises]
    assert got[1] == ("Side plank", ["right side", "left side"], 15) and len(got) == 3


def test_a_dose_for_each_of_these_is_shared():
    from voicecoach.importer import import_article

    article = (
        "Wrist routine\n\nDo each of these 8 times, holding each for 2 seconds.\n\n"
        "1. Wrist bend\nBend the wrist up and down.\n\n2. Fist\nMake a fist, then open the hand wide.\n"
    )
    got = [(e.get("reps"), e.get("hold")) for e in import_article(article, "w.txt").exercises]
    assert got == [(8, 2), (8, 2)]


def test_a_time_in_a_reps_column_is_timed_work():
    from voicecoach.importer import import_article

    article = "# Core\n\n| Exercise | Sets | Reps |\n|---|---|---|\n| Crunch | 2 | 15 |\n| Hollow hold | 2 | 20 s |\n"
    got = [(e["name"], e.get("reps"), e.get("duration")) for e in import_article(article, "c.md").exercises]
    assert got == [("Crunch", 15, None), ("Hollow hold", None, 20)]


def test_labels_before_numbers_in_any_layout():
    from voicecoach.importer import import_article

    layouts = [
        "Hold: 6 seconds. Repeat: 12 times. Sets: 3.",
        "Reps: 12 | Sets: 3 | Hold: 6s",
        "Reps: 12, Sets: 3, Hold: 6 s",
        "Sets 3 Reps 12 Hold 6 sec",
        "Repeat 12 Times | Hold 6 Seconds | Complete 3 Sets | Perform 1 Time a Day",
    ]
    for dose in layouts:
        article = f"# Hip\n\n## Clamshell\nLie on your side and open the top knee.\n{dose}\n\n## Bridge\nLift the hips.\n"
        got = import_article(article, "hip.md").exercises[0]
        assert (got.get("sets"), got.get("reps"), got.get("hold")) == (3, 12, 6), dose


def test_a_number_before_its_label_is_not_read_as_a_label_run():
    got = fields("Do 10 reps 3 sets, slowly.")
    assert (got.get("sets"), got.get("reps")) == (3, 10)


WORKOUT = (
    "\n\n## Squat\nBend the knees and sit back. 12 reps.\n\n## Push-up\nLower the chest to the floor. 10 reps.\n"
    "\n## Plank\nHold a straight line for 30 seconds.\n"
)


def _session(intro="", outro=""):
    from voicecoach.importer import import_article

    result = import_article(f"# Workout\n\n{intro}{WORKOUT}\n{outro}\n", "w.md")
    return result.session, [(e.get("sets"), e.get("reps"), e.get("duration")) for e in result.exercises]


def test_more_ways_to_say_rounds_of_the_whole_circuit():
    assert _session("Complete 4 rounds of the following.")[0].rounds == 4
    assert _session("Do the whole set twice, resting 90 seconds between rounds.")[0].rounds == 2
    session, exercises = _session(outro="Rest 1 minute, then repeat the whole thing.")
    assert (session.rounds, session.round_rest) == (2, 60)
    assert exercises[-1] == (None, None, 30)  # the plank keeps its own dose, no rest of its own


def test_a_rest_between_exercises_is_the_session_rest_between():
    session, exercises = _session("Rest 15 seconds between exercises.")
    assert session.rest_between == 15 and exercises[0] == (None, 12, None)
    session, exercises = _session(
        "Do each exercise for 40 seconds with a 20 second break before the next one."
    )
    assert session.rest_between is None or session.rest_between == 20
    assert exercises[2] == (None, None, 30)


def test_sets_stated_once_join_each_exercise_own_reps():
    assert _session("Do 3 sets of each exercise.")[1][:2] == [(3, 12, None), (3, 10, None)]


def test_sets_of_a_hold_with_no_reps_are_timed_work():
    got = fields("Stay there for 20 seconds, then let go. 3 sets of 20-second holds.")
    assert (got.get("sets"), got.get("reps"), got.get("hold"), got.get("duration")) == (3, None, None, 20)
    got = fields("Wall sit, 2 x 45-sec.")
    assert (got.get("sets"), got.get("duration")) == (2, 45)
    got = fields("Hold for 5 seconds. 2 sets of 10 reps.")
    assert (got.get("sets"), got.get("reps"), got.get("hold")) == (2, 10, 5)  # with reps: a hold each


def test_a_repeat_item_closing_a_list_of_dosed_exercises_repeats_the_list():
    from voicecoach.importer import import_article

    article = (
        "# Dryland\n\nDo these straight through.\n\n- Wall sit: 30 second hold\n- Lunges: x 8 reps\n"
        "- Sit-ups x 15 reps\n- Rest 45-60 seconds and repeat 2 more times.\n"
    )
    result = import_article(article, "d.md")
    assert (result.session.rounds, result.session.round_rest) == (3, 45)
    assert [(e.get("sets"), e.get("rest")) for e in result.exercises] == [(None, None)] * 3


def test_a_repeat_line_under_one_exercise_stays_its_own():
    from voicecoach.importer import import_article

    article = "# Knee\n\n**Quad set**\n- Tighten the thigh.\n- Hold 5 seconds.\n- Repeat 10 times.\n\n**Heel slide**\n- Slide the heel in.\n- Repeat 10 times.\n"
    result = import_article(article, "k.md")
    assert result.session.rounds is None and result.exercises[0]["reps"] == 10


def test_changing_or_shifting_to_the_named_limb_is_both_sides():
    got = fields(
        "Lift your left leg and balance for 20 seconds. Change to the right leg, and repeat 4 times."
    )
    assert got["sides"] == ["left leg", "right leg"]
    got = fields("Shift your weight onto your right foot and hold, then move your weight onto the left foot.")
    assert got["sides"] == ["right foot", "left foot"]
    assert "sides" not in fields("Shift your weight onto your right foot and lift the other heel.")


def test_a_short_pause_in_the_movement_is_not_the_work():
    from voicecoach.importer import import_article

    article = (
        "# Seated set\n\nDo each exercise for 30 seconds.\n\n"
        "1. **Knee lift.** Lift one knee towards your chest. Hold for 1 second at the top.\n"
        "2. **Toe taps.** Tap the toes on the floor, quickly.\n"
    )
    got = [(e.get("duration"), e.get("hold")) for e in import_article(article, "s.md").exercises]
    assert got == [(30, None), (30, None)]
    assert fields("Hold for 2 seconds at the top. 12 reps.").get("hold") == 2  # inside counted reps: a hold


def test_taking_a_number_of_breaths_is_timed_at_the_breath_pace():
    got = fields("Take four slow belly breaths, letting the shoulders drop each time.")
    assert got.get("duration") == 20 and got.get("reps") is None
    got = fields("Sit tall and take 6 deep breaths through the nose.")
    assert got.get("duration") == 30


def test_more_ways_to_ask_for_the_other_side():
    got = fields("Do 6 per arm.")
    assert (got.get("sides"), got.get("reps")) == (["right arm", "left arm"], 6)
    assert fields("Curl 12 times with your left arm, then 12 with your right.")["sides"] == [
        "left arm",
        "right arm",
    ]
    assert fields("Lie on your right side and raise the top leg 8 times. Turn over and repeat.")["sides"]
    assert fields("Hold the lean for 20 s. Switch.")["sides"] == ["right side", "left side"]
    assert "sides" not in fields("Switch on the light and sit down for 20 s.")


def test_a_hyphenated_time_and_an_approximate_hold():
    assert fields("45-second wall sit with the back flat.", "Wall sit").get("duration") == 45
    got = fields("Long squeezes: hold up to 8 seconds, rest 4 seconds, repeat 10 times.")
    assert (got.get("reps"), got.get("hold"), got.get("relax"), got.get("sets")) == (10, 8, 4, None)


def test_rounds_of_work_and_rest_for_one_exercise_are_its_sets():
    got = fields("Skipping: 30 seconds work, 15 seconds rest, 6 rounds.", "Skipping")
    assert (got.get("sets"), got.get("duration"), got.get("rest")) == (6, 30, 15)


def test_in_and_out_as_labels_are_breathing_phases():
    got = fields("In: 3 seconds. Out: 6 seconds. Keep going for 2 minutes.", "Slow breathing")
    assert [(p["say"], p["seconds"]) for p in got["phases"]] == [("Inhale", 3), ("Exhale", 6)]
    assert "phases" not in fields("Step in: 4 times, then out. Step forward and back 10 times.")


def test_the_same_number_twice_across_a_slash_is_a_count_per_side():
    got = fields("Swing one leg forward and back, 8/8.", "Leg swings")
    assert (got.get("reps"), got.get("sides")) == (8, ["right leg", "left leg"])
    assert "sides" not in fields("Walk at 3/4 of your usual pace for 5 minutes.")


def test_a_hold_said_not_to_do_is_no_hold():
    got = fields("Lift the straight leg slowly and lower it. Do not hold. Do 15 repetitions.")
    assert (got.get("reps"), got.get("hold")) == (15, None)
    got = fields("Squeeze the buttocks, don't hold your breath, and relax. Repeat 10 times.")
    assert got.get("hold") is None


def test_a_count_with_its_number_missing_is_a_hold_of_the_default_length():
    got = fields("Tighten the thigh and hold for a count of. Relax. Do 12 repetitions.")
    assert (got.get("reps"), got.get("hold")) == (12, 5)


def test_turning_to_one_side_names_the_sides_not_the_legs():
    got = fields(
        "Lie on your back, knees bent. Let both knees fall to one side and hold 15 seconds. Repeat on the other side."
    )
    assert got["sides"] == ["right side", "left side"]


def test_more_ways_to_count_breaths():
    assert fields("Fold forward and take at least 4-8 slow breaths.").get("duration") == 20
    got = fields("Reach both arms up. Breathe in and out 4 times, then lower the arms. Repeat 3 times.")
    assert (got.get("reps"), got.get("hold")) == (3, 20)


def test_a_time_after_which_the_legs_change_is_the_time_on_each_side():
    got = fields(
        "Rock the straightened leg gently. After 45 seconds switch legs and repeat. 90 seconds in all."
    )
    assert (got.get("duration"), got.get("sides")) == (45, ["right leg", "left leg"])


def test_the_same_count_done_again_after_rests_is_sets():
    got = fields("Do twelve, rest for a minute, do twelve more, rest for a minute, then a last twelve.")
    assert (got.get("sets"), got.get("reps"), got.get("rest"), got.get("hold")) == (3, 12, 60, None)
    got = fields("Do 10 slowly, rest 30 seconds, then do another 10.")
    assert (got.get("sets"), got.get("reps"), got.get("rest")) == (2, 10, 30)


def test_a_load_column_is_understood_beside_a_one_row_dose_table():
    from voicecoach.importer import import_article

    article = (
        "# Strength\n\n## Band row\n\n| Load | Sets | Reps |\n|---|---|---|\n| light band | 2 | 12 |\n\n"
        "- Pull the band to your ribs, elbows close.\n\n"
        "## Sit to stand\n\n| Load | Reps |\n|---|---|\n| bodyweight | 8 |\n\n- Stand up from the chair and sit back down.\n"
    )
    got = [(e["name"], e.get("sets"), e.get("reps")) for e in import_article(article, "m.md").exercises]
    assert got == [("Band row", 2, 12), ("Sit to stand", None, 8)]


def test_repeating_the_whole_procedure_of_one_exercise_is_a_second_set():
    got = fields("Breathe in and hold for 5 seconds; do this 5 times. Then repeat the whole procedure.")
    assert (got.get("sets"), got.get("reps"), got.get("hold")) == (2, 5, 5)


def test_numbered_steps_after_a_purpose_line_are_the_how():
    from voicecoach.importer import import_article

    article = (
        "# Nerve care\n\n## Nerve glide\n\nPurpose: to keep the nerve moving freely.\n"
        "1. Sit tall with the arm out to the side.\n2. Tip the head away and lift the wrist.\n"
        "3. After 20 seconds change arms and repeat.\n"
    )
    got = import_article(article, "n.md").exercises[0]
    assert got.get("duration") == 20 and got["sides"] == ["right arm", "left arm"]
    assert got["how"].startswith("Sit tall")


def test_sets_of_a_count_with_no_number_of_sets_is_the_count():
    assert fields("Swing the arm gently. Do them in sets of 20, 4 times a day.").get("reps") == 20
    got = fields("Swing the arm gently. Do 3 sets of 20.")
    assert (got.get("sets"), got.get("reps")) == (3, 20)


def test_an_example_is_the_dose_only_when_nothing_else_gives_one():
    got = fields(
        "Tighten the thigh, hold a few seconds, let go. Repeat it often, for example twelve repetitions."
    )
    assert got.get("reps") == 12
    got = fields("Step up and down. Repeat 5 times (for example, 12 on a low step).")
    assert got.get("reps") == 5


def test_breaths_or_a_time_take_the_time():
    got = fields("Stand tall on one leg. Stay for five breaths or about 20-30 seconds.")
    assert got.get("duration") == 20
    assert fields("Stand tall on one leg. Stay for five breaths.").get("duration") == 25


def test_a_first_section_whose_dose_is_for_each_posture_introduces_them():
    from voicecoach.importer import import_article

    article = (
        "# Yoga basics\n\n## Breathing\n\nBreathe in and out through the nose.\n"
        "Stay in each posture for eight breaths.\n\n## Mountain pose\n\nStand tall, feet together, arms by your sides.\n\n"
        "## Chair pose\n\nBend the knees as if to sit. Hold for 20 seconds.\n"
    )
    got = import_article(article, "y.md").exercises
    assert [(e["name"], e.get("duration")) for e in got] == [("Mountain pose", 40), ("Chair pose", 20)]


def test_a_direction_after_one_limb_is_no_reversed_count():
    got = fields("Holding the sink, kick one leg out backwards 10 times. Then do 10 with the other leg.")
    assert got.get("reps") == 10 and got.get("sides") == ["right leg", "left leg"]
    got = fields("Do 10 forward rolls, then roll the shoulders the other way 10 times.")
    assert got.get("reps") == 10 and got.get("sets") in (None, 1)


def test_a_table_of_moves_and_their_how_to_sections_are_one_exercise_each():
    from voicecoach.importer import import_article

    article = (
        "# Leg circuit\n\n| Exercise | Time |\n|---|---|\n| Squat jump | 40 seconds, then a 15-second rest |\n"
        "| Curtsy lunge | 40 seconds, then a 15-second rest |\n\nHow to do each move:\n\n"
        "## Squat Jump\n\n- Squat down, then jump straight up and land softly.\n\n"
        "## Curtsy Lunges\n\n- Step one foot behind and across the other, bend both knees, come back up.\n"
    )
    result = import_article(article, "legs.md")
    got = [(e["name"], e.get("duration"), e.get("rest")) for e in result.exercises]
    assert got == [("Squat jump", 40, None), ("Curtsy lunge", 40, None)]
    assert result.session.rest_between == 15
    assert "jump straight up" in result.exercises[0]["how"]


def test_a_bout_done_again_after_a_rest_is_a_second_set_with_the_default_rest():
    got = fields("Skip for 20 metres, then walk back. Take a short rest then repeat.")
    assert (got.get("sets"), got.get("rest")) == (2, 30)
    got = fields("Bounce along the line for 25 metres and jog back. Rest, then repeat, this time with arms.")
    assert got.get("sets") == 2
    assert "sets" not in fields("Lift the leg and lower it. Rest, then repeat 8 times.")  # a count: reps
    assert "sets" not in fields("Hold the stretch for 20 seconds. Rest then repeat on the other leg.")


def test_a_short_hold_with_no_count_is_the_pause_of_a_counted_movement():
    got = fields("Rise onto the balls of the feet. Hold for 2 seconds, then lower.")
    assert (got.get("reps"), got.get("hold"), got.get("duration")) == (10, 2, None)
    assert fields("Hold the wall squat for 20 seconds.").get("duration") == 20  # a long hold is the work


def test_the_time_after_which_a_position_ends_is_its_hold():
    got = fields("Raise one knee and stand on the other foot. After 15 seconds, put it down.")
    assert got.get("duration") == 15
    got = fields("Tip your head back gently. After 8 seconds come back to the middle. Do it 6 times.")
    assert (got.get("reps"), got.get("hold")) == (6, 8)


def test_a_movement_that_stands_up_and_sits_back_down_is_counted_not_held():
    got = fields("Stand up from the chair without your hands, then sit back down slowly.", "Chair rise")
    assert got.get("reps") == 10 and "duration" not in got


def test_steps_counted_for_a_walk_are_its_reps():
    assert fields("Walk heel to toe along a line. Do this for 15 steps.").get("reps") == 15


def test_rest_then_repeat_until_warm_is_no_second_set():
    got = fields("Jog on the spot for 20 seconds. Rest, then repeat until warm.")
    assert got.get("duration") == 20 and got.get("sets") in (None, 1) and got.get("rest") is None


def test_the_how_keeps_the_articles_number_words_once_its_dose_is_taken_out():
    from voicecoach.importer.saying import unspoken_dose

    got = unspoken_dose("Put one heel against the toes of the other foot and stay still for 10 seconds.")
    assert got == "Put one heel against the toes of the other foot and stay still."
    assert (
        unspoken_dose("Lift 2 hands over your head, hold for five seconds.") == "Lift 2 hands over your head."
    )


def test_a_text_exercise_with_its_own_dose_is_kept_beside_a_table_row_of_its_name():
    from voicecoach.importer import import_article

    article = (
        "# Strength\n\n1. Sit to stand\n\nStand up from a chair and sit back down. Repeat 10 times.\n\n"
        "2. Heel raises\n\nRise onto your toes. Repeat 12 times.\n\n"
        "| Exercise | Sets | Reps |\n|---|---|---|\n| Sit to stand | 3 | 8 |\n| Wall push-up | 2 | 10 |\n"
    )
    names = [e["name"] for e in import_article(article, "s.md").exercises]
    assert names.count("Sit to stand") == 2 and len(names) == 4


def test_per_side_shorthand_and_reps_times_sets():
    assert len(fields("Lift one knee towards the chest. 10/side.").get("sides") or []) == 2
    assert len(fields("Lift one knee towards the chest. 10 reps e/s.").get("sides") or []) == 2
    got = fields("Side plank on your elbow, 30s/side.")
    assert got.get("duration") == 30 and len(got.get("sides") or []) == 2
    got = fields("Squat down and stand up. 10 reps x 3.")
    assert (got.get("reps"), got.get("sets")) == (10, 3)


def test_both_sides_said_outright_or_as_two_counts():
    assert len(fields("Stand tall and lift one knee. Do both sides.").get("sides") or []) == 2
    got = fields("Kick back gently. Do 10 with your right leg and 10 with your left.")
    assert got.get("sides") == ["right leg", "left leg"] and got.get("reps") == 10


def test_labelled_breath_phases_in_a_paragraph_keep_their_hold():
    from voicecoach.importer import import_article

    text = "# Calm breathing\n\nSit tall. Inhale: 4 seconds. Hold: 7 seconds. Exhale: 8 seconds. Repeat 6 times.\n"
    got = import_article(text, "b.md").exercises
    assert [e["name"] for e in got] == ["Calm breathing"]
    assert [(p["say"], p["seconds"]) for p in got[0]["phases"]] == [("Inhale", 4), ("Hold", 7), ("Exhale", 8)]


def test_with_no_number_the_names_head_noun_decides_counted_or_timed():
    got = fields("Step forward and sink down, then push up and step through.", "Walking lunges")
    assert (got.get("reps"), got.get("duration")) == (10, None)  # lunges are counted
    got = fields("Lift the shoulders to the ears and roll them back down.", "Shoulder rolls")
    assert (got.get("reps"), got.get("duration")) == (10, None)  # rolls of a joint are counted
    got = fields("Roll the ball under the arch of the foot.", "Ball roll")
    assert (got.get("reps"), got.get("duration")) == (None, 60)  # rolling a ball is timed
    got = fields("Travel forward in a line, flicking the heels up behind you.", "Heel flicks")
    assert (got.get("reps"), got.get("duration")) == (None, 60)  # a drill that travels is timed


def test_rest_then_repeat_a_new_movement_is_no_second_set():
    got = fields(
        "Turn your head side to side for 1 minute. Rest, then repeat nodding up and down for 1 minute."
    )
    assert got.get("sets") is None


def test_a_short_squeeze_done_again_with_no_count_is_a_rep_of_the_default_count():
    got = fields("Tighten the muscles and keep the squeeze for 4 seconds. Rest, then do the squeeze again.")
    assert (got.get("reps"), got.get("hold"), got.get("duration")) == (10, 4, None)
    got = fields("Arch the back and hold for 5 seconds. Let it settle. Repeat 5 times a day.")  # a frequency
    assert (got.get("reps"), got.get("hold")) == (10, 5)
    got = fields(
        "Lift one foot for 8 seconds and put it down. Change sides and do it again."
    )  # the other side
    assert (got.get("reps"), got.get("duration")) == (None, 8)
    assert fields("Hold the stretch for 30 seconds. Repeat.").get("duration") == 30  # a long hold: once more


CEILINGS = [
    "Squeeze, relax, and repeat as many as you can (no more than 12 repetitions). Aim for 8 repetitions.",
    "Do as many as you can, max 12 reps. Start with 8 reps.",
    "Repeat 8 times, up to a maximum of 12 times.",
]


@pytest.mark.parametrize("said", CEILINGS)
def test_a_ceiling_of_a_count_is_not_todays_count(said):
    got = fields(said)
    assert (got.get("reps"), got.get("sets")) == (8, None)


def test_a_ceiling_of_a_time_is_the_time():
    got = fields(
        "Tighten quickly, then let go. A quick squeeze lasts no more than two seconds. Repeat 10 times."
    )
    assert (got.get("reps"), got.get("hold")) == (10, 2)
