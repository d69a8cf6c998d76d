"""Exercise names the structure passed over make the import unsure: a heading, numbered item or
bold lead of the same kind as the imported exercises that no exercise has. Our own wording."""

from __future__ import annotations

from voicecoach.importer import import_article
from voicecoach.importer.confidence import PASSED_PENALTY, assess
from voicecoach.importer.passed_over import passed_over


def test_a_first_heading_the_import_lacks_is_passed_over_and_alone_makes_the_import_unsure():
    article = (
        "# Before your knee operation\n\nDo each of these 5 to 10 times, twice a day.\n\n"
        "## Ankle circles\n\nAfter the operation these keep the blood moving. Practise now by turning "
        "your feet in slow circles.\n\n"
        "## Heel slides\n\n- Lie on your back with your legs straight.\n- Slide one heel towards you.\n\n"
        "## Bridges\n\n- Lie on your back, knees bent.\n- Lift your hips off the bed.\n"
    )
    assert passed_over(article, ["Heel slides", "Bridges"]) == ["Ankle circles"]
    assert passed_over(article, ["Ankle circles", "Heel slides", "Bridges"]) == []
    read = [({"name": n, "reps": 5}, {}, "Lie on your back and lift.") for n in ("Heel slides", "Bridges")]
    conf = assess(read, passed=("Ankle circles",))
    assert conf.score == round(1 - PASSED_PENALTY, 2) and conf.unsure
    assert "not imported: Ankle circles" in conf.summary()
    result = import_article(article, "knee.md")  # it has the first exercise, or says it lacks it
    names = [e["name"] for e in result.exercises]
    assert ("Ankle circles" in names) != ("Ankle circles" in result.confidence.passed)


def test_numbered_items_and_bold_leads_of_the_imported_kind_are_siblings():
    numbered = (
        "1. Neck turns: turn your head slowly to look over one shoulder.\n"
        "2. Shoulder rolls: roll both shoulders back in big circles.\n"
        "3. Chin tucks: draw the chin straight back, 8 times.\n"
        "4. Rest: lie still and breathe slowly.\n"
    )
    assert passed_over(numbered, ["Neck turns", "Chin tucks"]) == ["Shoulder rolls", "Rest"]
    pasted = "1.Toe lifts\nLift your toes, 20 times.\n2. Ankle circles\nCircle the foot.\n3. Knee lifts\nLift one knee."
    assert passed_over(pasted, ["Ankle circles", "Knee lifts"]) == ["Toe lifts"]  # its space lost in a copy
    bold = (
        "**Heel raises:** rise onto your toes, 10 times.\n\n**Toe taps:** tap your toes, 20 times.\n\n"
        "**Side steps:** step to the side and back, 10 each way.\n"
    )
    assert passed_over(bold, ["Heel raises", "Side steps"]) == ["Toe taps"]


def test_labels_group_names_furniture_and_a_glossary_after_the_list_are_not_passed_over():
    article = (
        "## Neck exercises\n\nThese help a stiff neck.\n\n## Safety tips\n\nStop if it hurts.\n\n"
        "## Neck turns\n\nTurn your head, 5 times.\n\n## Chin tucks\n\nTuck the chin, 5 times.\n\n"
        "## Share this\n\nFacebook Twitter\n\n## You might also like\n\nLift your mood with yoga.\n"
    )
    assert passed_over(article, ["Neck turns", "Chin tucks"]) == []
    glossary = "**Plié** - a bend of the knees.\n**Relevé** - a rise onto the toes.\n**Arabesque** - stand on one leg."
    assert passed_over(glossary, ["Plié", "Relevé"]) == []  # a bold line after the run may be no exercise


def test_a_run_of_named_exercises_read_as_one_or_two_is_passed_over():
    mat = (
        "# Mat work at home\n\nWarm up first, then go through these slowly.\n\n"
        "**Roll down:** sit tall and curl your spine down to the mat, 6 times.\n\n"
        "**Leg circles:** lie on your back and draw circles with one raised leg, 5 each way.\n\n"
        "**Swan:** lie face down and lift your chest off the mat, 5 times.\n\n"
        "**Side kicks:** lie on your side and swing the top leg forward and back, 8 times.\n"
    )
    missed = ["Roll down", "Leg circles", "Swan", "Side kicks"]
    assert passed_over(mat, ["Mat work at home"]) == missed  # the whole list read as one exercise
    assert passed_over(mat, ["Roll down", "Side kicks"]) == ["Leg circles", "Swan"]  # siblings, as before
    read = [({"name": "Mat work at home", "reps": 6}, {}, "Sit tall and curl your spine down.")]
    assert assess(read, passed=tuple(missed)).unsure


def test_one_exercise_s_steps_phases_or_a_pair_are_no_run_of_exercises():
    steps = (
        "# Wall slide\n\n### Step 1\n\nStand with your back to a wall.\n\n### Step 2\n\nBend your knees and "
        "slide down.\n\n### Step 3\n\nPush back up, 10 times.\n"
    )
    assert passed_over(steps, ["Wall slide"]) == []
    breath = "# Calm breath\n\n**Inhale:** breathe in for 4.\n\n**Hold:** hold for 4.\n\n**Exhale:** breathe out for 6.\n"
    assert passed_over(breath, ["Calm breath"]) == []
    pair = "**Calf raise:** rise onto your toes, 10 times.\n\n**Calf raise, one leg:** rise on one foot, 8 times.\n"
    assert passed_over(pair, ["Calf raises"]) == []  # two could be one exercise and its variant


def test_a_sites_bold_masthead_over_the_title_is_no_passed_over_exercise():
    # a saved blog page opens with the blog's name in bold, then the post's title and its bold leads
    article = (
        "**move with mia**\n\nhome about me stretching tips turns contact\n\n# stretching and strength\n\n"
        "Stretch every day to stay supple, and reach for the ceiling often.\n\n"
        "**Calves** - Stand facing a wall and lean in with one leg back. Hold 30 seconds each side.\n\n"
        "**Hamstrings** - Sit with legs straight and reach for your toes. Hold 30 seconds.\n"
    )
    assert passed_over(article, ["Calves", "Hamstrings"]) == []
    masthead_below = article.replace(
        "**move with mia**\n\nhome about me stretching tips turns contact\n\n# stretching and strength\n\n",
        "# stretching and strength\n\n**Reach up** - Stand tall and reach up.\n\n",
    )
    assert passed_over(masthead_below, ["Calves", "Hamstrings"]) == ["Reach up"]
