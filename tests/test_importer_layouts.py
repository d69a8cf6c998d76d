"""Real-world layout kinds and phrasings (issue 14), one small test each, in our own words."""

from __future__ import annotations

import pytest

from test_importer_phrases import fields
from voicecoach.importer import import_article


def exercises(text, source="a.txt"):
    return import_article(text, source).exercises


def names(text, source="a.txt"):
    return [e["name"] for e in exercises(text, source)]


# ---- layouts ---------------------------------------------------------------------------------


def test_title_lines_with_no_blank_line_before_them():
    text = (
        "Leg exercises\nDo these three times a week.\nSit to stand\nSit near the front of a chair.\n"
        "Stand up slowly.\nRepeat up to 10 times.\nChest stretch\nStand in a doorway and lean forward.\n"
        "Hold for 20 seconds.\n"
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Sit to stand", "Chest stretch"]
    assert got[0]["reps"] == 10 and got[1]["duration"] == 20


def test_pdf_transcript_run_together_with_unnamed_numbered_exercises():
    text = (
        "Back care programme. Please do these exercises every morning and stop if the pain gets "
        "worse, then call the clinic for advice before carrying on. 1. Lie on your back with your "
        "knees bent and gently rock them from side to side. Repeat 20 times.2. Lie on your back and "
        "pull one knee up to your chest. Hold for 10 seconds and repeat 5 times on each leg.3. Lie on "
        "your front and push up on your hands, keeping your hips down. Repeat 10 times."
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Exercise 1", "Exercise 2", "Exercise 3"]
    assert got[0]["reps"] == 20 and (got[1]["hold"], got[1]["reps"]) == (10, 5)
    assert got[1]["sides"] == ["right leg", "left leg"] and got[2]["reps"] == 10


def test_glued_numbers_bracketed_variants_and_clinician_notes():
    text = (
        "Home programme\n1Bridge [Arms Crossed]\n3 sets of 12 reps\n  • Lie on your back, knees bent.\n"
        "  • Lift your hips and lower slowly.\nSam Green Physiotherapist Eastbay\n\n"
        "Keep this one gentle this week\n\n2Clam [Band]\n2 sets of 15 reps\n"
        "  • Lie on your side with a band around your knees and open the top knee.\n"
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Bridge [Arms Crossed]", "Clam [Band]"]
    assert (got[0]["sets"], got[0]["reps"]) == (3, 12) and (got[1]["sets"], got[1]["reps"]) == (2, 15)
    assert "Physiotherapist" not in (got[0].get("how") or "")
    assert got[1]["equipment"] == ["a resistance band"]


def test_name_colon_instructions_one_per_line_without_a_dash():
    text = (
        "My circuit\n\nPush ups:  Keep your body straight and lower your chest. Do 12 push ups.\n\n"
        "Plank:  Rest on your forearms and toes. Hold for one minute.\n\n"
        "Squat jumps:  Squat down and jump up. Do 15 jumps.\n"
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Push ups", "Plank", "Squat jumps"]
    assert (got[0]["reps"], got[1]["duration"], got[2]["reps"]) == (12, 60, 15)


def test_label_pairs_why_do_it_and_how_to_with_an_en_dash_in_the_line():
    text = (
        "## Glute bridge\n\nWhy do it: strong hips – and a happy back.\n\n"
        "How-to: Lie on your back – knees bent – and lift your hips. Do 12 reps.\n\n"
        "## Bird dog\n\nWhy do it: balance.\n\nHow-to: On all fours, reach one arm and the opposite "
        "leg out. Hold for 5 seconds. Do 8 reps on each side.\n"
    )
    bridge, dog = exercises(text, "a.md")
    assert bridge["what"].startswith("Strong hips") and bridge["reps"] == 12
    assert (dog["hold"], dog["reps"], dog["sides"]) == (5, 8, ["right side", "left side"])


def test_wiki_markup():
    text = (
        "= Wall sit =\n\n"
        "The '''wall sit''' is an [[isometric exercise|isometric]] exercise.<ref>Book</ref>\n\n"
        "== Technique ==\nLean your back against a wall and slide down until your knees are bent. "
        "Hold for 45 seconds.\n\n== Benefits ==\nStrong thighs for 90 seconds of skiing.\n\n"
        "== References ==\n{{reflist}}\n"
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Wall sit"] and got[0]["duration"] == 45


def test_bullets_that_carry_the_exercise_with_sub_bullets():
    text = (
        "Chart 1\n\n- **Exercise 1 for 2 minutes:** Touch your toes and stretch up.\n"
        "- **Exercise 2 for 1 minute:** Lie on your back and sit up.\n"
        "- **Exercise 3 for 6 minutes:** Run on the spot, and after every 75 steps do 10 jumps.\n"
        "  - Run: lift your feet 4 inches.\n  - Jumps: land with your feet apart.\n"
    )
    got = exercises(text, "a.md")
    assert [e["name"] for e in got] == ["Exercise 1", "Exercise 2", "Exercise 3"]
    assert [e["duration"] for e in got] == [120, 60, 360] and got[2].get("reps") is None


def test_heading_with_digits_is_a_name_not_a_dose():
    text = (
        "Sleep better\n\n## 4-7-8 Breathing\n\nInhale through your nose for 4 seconds, hold for 7 seconds "
        "and exhale for 8 seconds. Do 4 rounds.\n\n## Body scan\n\nLie still and relax each part of your "
        "body for 5 minutes.\n"
    )
    breathing, scan = exercises(text, "a.md")
    assert breathing["name"] == "4-7-8 Breathing" and breathing["reps"] == 4
    assert [p["seconds"] for p in breathing["phases"]] == [4, 7, 8] and scan["duration"] == 300


def test_first_line_of_a_list_is_an_exercise_not_the_title():
    text = "- Heel raises\n- Split squats\n- Planks\n- Lunges\n"
    assert names(text) == ["Heel raises", "Split squats", "Planks", "Lunges"]


def test_furniture_is_never_spoken():
    text = (
        "Skip to content\nHome > Exercises > Knees\n\nKnee exercises\n\nQuad squeeze\n\n"
        "Tighten your thigh and press your knee down. Hold for 5 seconds. Repeat 10 times.\n\n"
        "Heel slide\n\nSlide your heel towards your bottom and back. Repeat 10 times.\n\n"
        "Share this: Facebook Twitter\nNorth Clinic, 1 High Street, Townsville. Tel 01234 567890\n"
        "© 2024 North Clinic. All rights reserved.\nPat Doe Physiotherapist\n"
    )
    got = exercises(text)
    assert [e["name"] for e in got] == ["Quad squeeze", "Heel slide"]
    spoken = " ".join(e.get("how") or "" for e in got)
    for furniture in ("Skip", "Home >", "Share", "Tel", "©", "Physiotherapist", "High Street"):
        assert furniture not in spoken


def test_a_note_or_benefit_section_is_never_an_exercise():
    text = (
        "Hip routine\n\nClam\n\nLie on your side and open your top knee. Repeat 15 times.\n\n"
        "Benefits of these exercises\n\nStronger hips help you run 10 minutes longer.\n\n"
        "Safety\n\nStop if you feel pain for more than 2 hours.\n\nSide leg raise\n\n"
        "Lie on your side and lift the top leg. Repeat 12 times.\n"
    )
    assert names(text) == ["Clam", "Side leg raise"]


def test_one_exercise_article_is_read_whole_and_says_so():
    result = import_article(
        "How to do a Kegel?\n\nSqueeze your pelvic floor muscles. Hold for 5 seconds, "
        "then rest for 5 seconds. Repeat 10 times.\n",
        "kegel.txt",
    )
    (kegel,) = result.exercises
    assert (kegel["name"], kegel["hold"], kegel["relax"], kegel["reps"]) == ("a Kegel", 5, 5, 10) or (
        kegel["name"],
        kegel["hold"],
        kegel["relax"],
        kegel["reps"],
    ) == ("Kegel", 5, 5, 10)
    assert any("one exercise" in note for note in result.assumptions)


def test_shared_dose_from_the_introduction_is_used_and_noted():
    result = import_article(
        "Gym session\n\nFor each exercise, do 3 sets of 10 reps.\n\nBarbell squat\n\n"
        "Squat with a bar on your shoulders.\n\nCalf raise\n\nRise onto your toes, then lower.\n"
        "\nPlank\n\nHold a plank for 45 seconds.\n",
        "gym.txt",
    )
    squat, calf, plank = result.exercises
    assert (squat["sets"], squat["reps"]) == (3, 10) == (calf["sets"], calf["reps"])
    assert plank["duration"] == 45 and plank.get("reps") is None
    assert any("introduction" in note for note in result.assumptions)


# ---- phrasings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Hold for 20 seconds, then repeat on other side.", ["right side", "left side"]),
        ("Hold for 20 seconds. Repeat on second side.", ["right side", "left side"]),
        ("Hold for 20 seconds and repeat, changing sides.", ["right side", "left side"]),
        ("Raise your right arm 10 times. Repeat with your left arm.", ["right arm", "left arm"]),
        ("Do 5 lifts with each leg.", ["right leg", "left leg"]),
        ("Do 8 circles with each leg.", ["right leg", "left leg"]),
        ("Hop 5 times on one foot, then 5 on the other. Repeat this twice.", ["right foot", "left foot"]),
    ],
)
def test_side_phrasings(text, sides):
    assert fields(text)[0].get("sides") == sides


@pytest.mark.parametrize(
    "text, want",
    [
        ("Do 5 lifts with each leg.", {"reps": 5}),
        ("Do 8 circles with each leg.", {"reps": 8}),
        (
            "Balance on one foot for 5 seconds, then 5 on the other. Repeat this twice.",
            {"duration": 5, "sets": 2},
        ),
        ("Hop 5 times on one foot, then 5 on the other. Repeat this twice.", {"reps": 5, "sets": 2}),
        ("Do 3 sets of 10 squats with two minutes' rest.", {"sets": 3, "reps": 10, "rest": 120}),
        ("March on the spot. Continue for one minute.", {"duration": 60}),
        ("Raise your right arm 10 times. Repeat with your left arm.", {"reps": 10}),
    ],
)
def test_count_phrasings(text, want):
    got, notes = fields(text)
    assert {k: got.get(k) for k in want} == want
    assert not any(k in notes for k in want), notes  # stated, so not an assumption


def test_spoken_text_never_repeats_a_count_that_became_a_field():
    got = exercises(
        "## Calf raise\n\nRise onto your toes and lower slowly. Repeat 10 to 12 times.\n\n"
        "## Wall sit\n\nSlide down the wall and hold for 30 seconds.\n",
        "a.md",
    )
    assert got[0]["reps"] == 10 and "10" not in got[0]["how"] and "Repeat" not in got[0]["how"]
    assert got[1]["duration"] == 30 and "30" not in got[1]["how"] and got[1]["how"].startswith("Slide down")


def test_tips_and_equipment():
    (ex,) = exercises(
        "## Towel curl\n\nSit on a chair with a towel under your foot and scrunch it towards "
        "you. Repeat 15 times.\n\nTip: Keep your heel on the floor.\n",
        "a.md",
    )
    assert ex["tips"] == ["Keep your heel on the floor."] and "heel on the floor" not in ex["how"]
    assert ex["equipment"] == ["a towel", "a chair"]


def test_shared_dose_ignores_bylines_and_keeps_digits_in_the_title():
    result = import_article(
        "# 10-minute core routine\n\n*By Coach Kim · 5 min read*\n\nDo every move for 40 "
        "seconds,\nresting 20 seconds before the next one.\n\n### Dead bug\nLie on your back "
        "and lower the opposite arm and leg.\n\n### Bird dog\nFrom all fours, reach one arm "
        "forward and the opposite leg back.\n",
        "core.md",
    )
    assert result.title == "10-minute core routine"
    assert [(e["name"], e["duration"], e.get("rest")) for e in result.exercises] == [
        ("Dead bug", 40, None),
        ("Bird dog", 40, None),
    ]


def test_do_n_things_is_not_spoken_once_it_is_the_rep_count():
    (ex,) = exercises(
        "## Hip marching\n\nLift your left leg with your knee bent, then put it down. "
        "Repeat with the opposite leg. Do 5 lifts with each leg.\n",
        "a.md",
    )
    assert ex["reps"] == 5 and ex["sides"] == ["left leg", "right leg"] and "5" not in ex["how"]


def test_a_dose_table_under_the_page_title_is_its_one_exercises_dose_and_reps_in_breaths_a_hold():
    from voicecoach.importer import import_article

    page = (
        "# Lying knee drop\n\n| Sets | Reps | Rest |\n|---|---|---|\n| 1 | 4 Breaths | Your choice |\n\n"
        "- Eases a stiff lower back.\n\n## Targeted Muscles\n\n- Obliques\n\n## How to Perform\n\n"
        "1. Lie on your back with the knees bent.\n2. Let both knees drop to the right and stay there.\n"
        "3. Repeat on the other side.\n"
    )
    got = import_article(page, "drop.md").exercises
    assert [(e["name"], e.get("duration"), e.get("reps"), e.get("sides")) for e in got] == [
        ("Lying knee drop", 20, None, ["right side", "left side"])
    ]


def test_reps_counted_in_breaths_hold_a_position_unless_movements_are_counted_within_each_breath():
    from voicecoach.importer.parts import timing_label_text

    assert timing_label_text("reps", "6 Breaths", "Sit tall and turn a little further each breath.") == (
        "hold for 6 Breaths"
    )
    assert timing_label_text(
        "reps", "8 breaths", "Beat the arms: in for 4 beats... in for 4 taps, out for 4."
    ) == ("8 reps breaths")


def test_a_qualified_tip_is_a_tip_and_its_numbers_are_no_dose():
    from voicecoach.importer import import_article

    article = (
        "# Wall taps\n\n## Wall taps\n\nFace the wall and tap it with alternate hands for 40 seconds.\n"
        "**Beginner tip:** start with 8 taps and build up.\n"
    )
    got = import_article(article, "taps.md").exercises[0]
    assert (got.get("duration"), got.get("reps"), got.get("hold")) == (40, None, None)
    assert got["tips"] == ["Start with 8 taps and build up."]


def test_an_exercises_own_instructions_saying_each_position_are_not_every_exercises_dose():
    from voicecoach.importer import import_article

    article = (
        "# Floor flow\n\n1. Bridge: Lift the hips and lower them. Repeat 8 times.\n\n"
        "2. Knee sway: Lie on your back, knees bent. Let both knees fall to one side, then to the other. "
        "Stay in each position for 4 breaths.\n"
    )
    got = [
        (e["name"], e.get("reps"), e.get("hold"), e.get("duration"))
        for e in import_article(article, "f.md").exercises
    ]
    assert got == [("Bridge", 8, None, None), ("Knee sway", None, None, 20)]


def test_a_dose_leading_the_name_in_more_forms():
    from voicecoach.importer import import_article

    lead = "# Legs\n\n12 reps – Step-ups: step up and down.\n\n8 reps – Side lunges: step wide and sink.\n"
    got = [(e["name"], e.get("reps")) for e in import_article(lead, "l.md").exercises]
    assert got == [("Step-ups", 12), ("Side lunges", 8)]
    warm = "# Warm-up\n\n- 2 minutes march on the spot\n- 40 seconds star jumps\n- 12 squats\n"
    got = [(e["name"], e.get("reps"), e.get("duration")) for e in import_article(warm, "w.md").exercises]
    assert got == [("March on the spot", None, 120), ("Star jumps", None, 40), ("Squats", 12, None)]


def test_numbers_leading_what_is_no_exercise_name_are_left_alone():
    from voicecoach.importer.headings import dose_first

    for text in (
        "3 ways to sit better",
        "2 minutes each side",
        "4 seconds lowering",
        "5 deep breaths",
        "2 exercises for the neck",
    ):
        assert dose_first(text) is None, text


def test_a_progression_label_ending_in_an_ellipsis_leaves_its_list_out():
    from voicecoach.importer import import_article

    article = (
        "# Balance\n\n## Heel raises\n\nRise onto the toes and lower.\nProgression...\n"
        "- Hold on less.\n- One leg at a time.\n\n## Wall squats\n\nSlide down the wall and up.\n"
    )
    got = [(e["name"], e.get("sides"), e.get("reps")) for e in import_article(article, "b.md").exercises]
    assert got == [("Heel raises", None, 10), ("Wall squats", None, 10)]


def test_dose_lines_set_above_each_title_belong_to_the_exercise_below_them():
    from voicecoach.importer import import_article

    printout = (
        "# Knee programme\n\n2 Sets / 12 Reps\n\n## 1. Heel slides\n\nSlide the heel up and back.\n\n"
        "3 Sets / 8 Reps\n\n## 2. Quad sets\n\nTighten the thigh and press the knee down.\n\n"
        "1 Set / 15 Reps\n\n## 3. Ankle pumps\n\nPoint and flex the feet.\n"
    )
    got = [(e["name"], e.get("sets"), e.get("reps")) for e in import_article(printout, "k.md").exercises]
    assert got == [("Heel slides", 2, 12), ("Quad sets", 3, 8), ("Ankle pumps", 1, 15)]


def test_an_ordinal_second_is_no_time_so_a_stage_label_is_no_exercise():
    text = (
        "Pregnancy exercises\n\n**Second trimester (weeks 13 to 26)**\n\nMany find the second trimester "
        "the easiest one.\n\n**Wall sit**\n\nSlide down a wall until your knees bend. Stay for 10 seconds, "
        "5 times.\n\n**Side leg lift**\n\nLie on your side and lift the top leg, 10 times.\n"
    )
    assert names(text) == ["Wall sit", "Side leg lift"]
