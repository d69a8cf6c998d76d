"""Structure classes read by tuner-t (issue 23), each in several wordings of our own: exercises a
careful reader counts that the importer used to merge or miss."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _exercises(text: str, source: str = "t.md") -> list[dict]:
    return list(import_article(text, source).exercises)


# Counted drills in a sentence, one with a note in brackets after its name ("10 burpees (no
# press-up)"), perhaps wrapped inside the note: that drill is one of them, not dropped.
BRACKETED_DRILL = [
    (
        "Garage session\n\nI keep it simple. Start with 2 minutes of skipping (or jogging on the spot), "
        "then 15 squats (slow on the way down) and 10 push-ups. Finish with 20 lunges and 30 seconds of plank.\n",
        ["Skipping", "Squats", "Push-ups", "Lunges", "Plank"],
    ),
    (
        "Quick circuit\n\nCircuit: 10 burpees (no press-up), 15 squats, 20 crunches and 12 lunges.\n",
        ["Burpees", "Squats", "Crunches", "Lunges"],
    ),
    (
        "Morning moves\n\nWhat I do before work: 30 jumping jacks, 10 sit-ups (feet\nhooked under the sofa), "
        "20 high knees, 10 sit-ups, 30 jumping jacks. Then a shower.\n",
        ["Jumping jacks", "Sit-ups", "High knees", "Sit-ups", "Jumping jacks"],
    ),
]


@pytest.mark.parametrize(("text", "want"), BRACKETED_DRILL)
def test_a_counted_drill_with_a_bracketed_note_is_kept(text: str, want: list[str]) -> None:
    assert [e["name"] for e in _exercises(text, "t.txt")] == want


# Exercise cards with labelled fields, "Movements:" (plural) and "Thoughts:" among them: the fields
# are the card's parts, never exercises' names.
FIELD_CARDS = [
    (
        "# Tai chi warm-up\n\nTwo gentle openers.\n\nShoulder rolls\n"
        "Movements: Roll both shoulders backwards in slow circles.\nRepetitions: 12\n"
        "Thoughts: Picture the tension draining down the arms.\n\nWaist turns\n"
        "Movements: Turn the waist left and right, arms swinging loosely.\nRepetitions: 20\n"
        "Thoughts: Let the breath stay slow and even.\n",
        [("Shoulder rolls", 12), ("Waist turns", 20)],
    ),
    (
        "# Desk qigong\n\n**Palm rub**\n\n**Movements:** Rub the palms together until they are warm, "
        "then cup them over the eyes.\n\n**Hold:** 30 seconds\n\n**Thought:** Imagine the warmth soaking "
        "into the eyes.\n\n**Ear pull**\n\n**Movements:** Pull gently down on both ear lobes.\n\n"
        "**Repetitions:** 10\n\n**Thought:** Feel the ears loosen.\n",
        [("Palm rub", None), ("Ear pull", 10)],
    ),
    (
        "Morning routine\n\nArm swings\nThe movements: Swing both arms forward and back, letting them fall.\n"
        "Reps: 15\nThoughts: Keep the knees soft.\n\nHeel raises\n"
        "The movements: Rise up onto the toes and lower slowly.\nReps: 10\nThoughts: Think tall.\n",
        [("Arm swings", 15), ("Heel raises", 10)],
    ),
]


@pytest.mark.parametrize(("text", "want"), FIELD_CARDS)
def test_movements_and_thoughts_fields_are_no_names(text: str, want: list) -> None:
    source = "t.md" if text.startswith("#") else "t.txt"
    assert [(e["name"], e.get("reps")) for e in _exercises(text, source)] == want
