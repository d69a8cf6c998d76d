"""Rules the training articles of part 26 (505-520, rehab and clinical pages) showed to tuning,
each on our own small examples re-worded the way several publishers write it (never an article's
own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A condition after "for" in a name is what the exercise is for, not its name
CONDITION_PURPOSES = {
    "tendinopathy": ("Calf Lowers for Achilles Tendinopathy", "Calf Lowers"),
    "pain": ("Pelvic Tilts for Low Back Pain", "Pelvic Tilts"),
    "an -itis": ("Towel scrunches for plantar fasciitis", "Towel scrunches"),
    "sciatica": ("Nerve Glides for Sciatica", "Nerve Glides"),
}


@pytest.mark.parametrize("layout", list(CONDITION_PURPOSES))
def test_a_condition_after_for_is_the_purpose_not_the_name(layout):
    heading, name = CONDITION_PURPOSES[layout]
    text = f"# Rehab\n\n## {heading}\n\nLie on your back and lift slowly. Repeat 12 times.\n\n## Bridge\n\nLift the hips. Repeat 8 times.\n"
    assert _fields(text, "reps")[0] == (name, 12)


def test_a_for_phrase_that_is_no_condition_stays_in_the_name():
    text = "# Rehab\n\n## Skips for height\n\nSkip high. Repeat 12 times.\n\n## Bridge\n\nLift the hips. Repeat 8 times.\n"
    assert _fields(text)[0][0] == "Skips for height"


# A how-to heading names the exercise with the word "exercise" after it: the name is without it
HOW_TO_EXERCISE = {
    "the": ("How to Do the Cobra Press Exercise", "Cobra Press"),
    "a": ("How to perform a wall slide exercise", "Wall slide"),
    "no article": ("How to Do Chin Tuck Exercises", "Chin Tuck"),
}


@pytest.mark.parametrize("layout", list(HOW_TO_EXERCISE))
def test_a_how_to_headings_exercise_word_is_not_part_of_the_name(layout):
    heading, name = HOW_TO_EXERCISE[layout]
    text = f"# Back care\n\n## {heading}\n\nLie face down and push up slowly. Repeat 6 times.\n\n## Bridge\n\nLift the hips. Repeat 8 times.\n"
    assert _fields(text, "reps")[0] == (name, 6)


def test_a_one_word_name_keeps_the_word_exercise():
    text = "# Calm\n\n## How to do the breathing exercise\n\nBreathe in slowly. Repeat 6 times.\n\n## Bridge\n\nLift the hips. Repeat 8 times.\n"
    assert _fields(text)[0][0].lower() == "breathing exercise"


def test_a_one_exercise_pages_title_drops_the_condition_too():
    text = (
        "# Wall Calf Stretch for Plantar Fasciitis\n\nStand facing a wall with one foot behind the other "
        "and lean forward. Hold for 30 seconds.\n"
    )
    assert _fields(text, "duration")[0] == ("Wall Calf Stretch", 30)


# How often said with no number ("a few times a day", "several times a day") in an introduction's
# dose for all: a frequency, so the paragraph is that introduction, not one more exercise
_INTRO = (
    "Knee Replacement Rehabilitation Exercises\n\nDaily strengthening is the usual advice after knee surgery.\n\n"
    "See Knee Replacement Surgery Recovery\n\n"
    "Listed below are the knee-strengthening exercises that surgeons and therapists usually suggest after a "
    "knee replacement. People are often told to do 12 or 15 repetitions of each exercise HOW_OFTEN.\n\n"
    "Heel slides\nBending the knee again is the first goal. To do it:\n\n"
    "  * Lie on your back with both legs straight\n  * Slide the heel toward you, then back\n\n"
    "Straight leg raises\nThe thigh muscles hold the knee steady.\n\n"
    "  * Lie on your back with one knee bent\n  * Lift the straight leg a hand's width and lower it\n"
)


@pytest.mark.parametrize(
    "how_often", ["a few times a day", "several times a day", "a couple of times a week"]
)
def test_how_often_in_words_is_a_frequency_of_the_introductions_dose(how_often):
    text = _INTRO.replace("HOW_OFTEN", how_often)
    assert _fields(text, "reps") == [("Heel slides", 12), ("Straight leg raises", 12)]


# A repeat of "the series" counted per limb ("Repeat the series of motions 12 times with each hand")
# is one exercise's count and sides, never the whole circuit's rounds
PER_LIMB_SERIES = {
    "each hand": ("Repeat the series of motions 12 times with each hand.", ["right hand", "left hand"]),
    "each side": ("Do the whole sequence 12 times on each side.", ["right side", "left side"]),
    "each leg": ("Go through the series 12 times with each leg.", ["right leg", "left leg"]),
}


@pytest.mark.parametrize("layout", list(PER_LIMB_SERIES))
def test_a_series_repeated_per_limb_is_the_exercises_count_not_rounds(layout):
    said, sides = PER_LIMB_SERIES[layout]
    text = f"# Hands\n\n## Finger curls\n\nCurl the fingers into a fist, then open them out again. {said}\n"
    result = import_article(text, "u.md")
    assert result.session.rounds is None
    assert _fields(text, "reps", "sides") == [("Finger curls", 12, sides)]


# "Blow out" is the out-breath as "breathe out" is: its count is the exhale phase
BLOW_OUT = {
    "count to": "Breathe in through your nose for a count of two. Blow out slowly through pursed lips while you count to four.",
    "a count of": "Breathe in through the nose for a count of two, then blow out gently through pursed lips for a count of four.",
    "semicolon": "Inhale through the nose to a count of two; blow out through pursed lips to a count of four.",
}


@pytest.mark.parametrize("layout", list(BLOW_OUT))
def test_blowing_out_is_the_exhale_phase(layout):
    text = f"# Breathing\n\n## Pursed-lip breathing\n\n1. Sit up straight.\n2. {BLOW_OUT[layout]}\n3. Keep this going for a minute.\n"
    phases = import_article(text, "u.md").exercises[0].get("phases")
    assert phases == [{"say": "Inhale", "seconds": 2}, {"say": "Exhale", "seconds": 4}]


# A link to another article on a line of its own ("See Knee Replacement Surgery Recovery"), its
# title in capitals: never an exercise's name, even with no blank line to set it apart
SEE_LINKS = {
    "knee": "See Knee Replacement Surgery Recovery",
    "small words": "See Choosing a Walker or Cane for Home",
    "an -itis in it": "See Exercise and Knee Arthritis",
}


@pytest.mark.parametrize("layout", list(SEE_LINKS))
def test_a_see_link_line_names_no_exercise(layout):
    text = (
        "Knee Rehab\nA few simple moves help after surgery.\n"
        "Heel slides\nLie on your back and slide the heel toward you, then back. Repeat 12 times.\n"
        f"{SEE_LINKS[layout]}\n"
        "Straight leg raises\nLie on your back and lift the straight leg a hand's width. Repeat 12 times.\n"
    )
    assert _fields(text, "reps") == [("Heel slides", 12), ("Straight leg raises", 12)]


def test_a_see_instruction_in_lower_case_stays_a_step():
    text = "# Balance\n\n## Reach test\n\nSee how far you can reach forward. Repeat 12 times.\n"
    assert _fields(text, "reps") == [("Reach test", 12)]
