"""Structure classes read by tuner-t (issue 23), each in several wordings of our own: exercises a
careful reader counts that the importer used to merge or miss."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _exercises(text: str, source: str = "t.md") -> list[dict]:
    return list(import_article(text, source).exercises)


# A named exercise (a bold lead, a heading) whose one paragraph chains two or more movements, each
# opening with a sequence word ("Next,", "Then", "Last,") and giving its own dose: each movement is
# an exercise of that name.
CHAINED_NAMED = [
    (
        "# Desk breaks\n\nA few moves for a long day at the screen.\n\n"
        "**Neck release.** Sit tall. Drop your chin towards your chest and hold for 20 seconds. "
        "Next, turn your head to look over each shoulder, holding 20 seconds on each side. "
        "Last, lean your ear towards your shoulder and hold 20 seconds.\n\n"
        "**Back arch.** Stand up, hands on your hips, and lean back gently. Hold 10 seconds.\n",
        [("Neck release", 20), ("Neck release", 20), ("Neck release", 20), ("Back arch", 10)],
    ),
    (
        "# Wrist care for typists\n\n## Wrist bends\n\n"
        "Hold one arm out, palm down, and press the hand down with the other hand for 15 seconds. "
        "Then turn the palm up and pull the fingers back for 15 seconds.\n\n"
        "## Finger spreads\n\nSpread your fingers wide and close them again, 10 times.\n",
        [("Wrist bends", 15), ("Wrist bends", 15), ("Finger spreads", None)],
    ),
    (
        "Morning loosener\n\n"
        "**Hips:** Stand with your hands on your hips and circle them 10 times. "
        "Afterwards, swing one leg forward and back 12 times.\n\n"
        "**Shoulders:** Roll both shoulders backwards 10 times.\n",
        [("Hips", None), ("Hips", None), ("Shoulders", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CHAINED_NAMED)
def test_a_named_paragraph_chaining_dosed_movements_is_each_movement(text: str, want: list) -> None:
    got = _exercises(text)
    assert [e["name"] for e in got] == [name for name, _ in want]
    for exercise, (_, seconds) in zip(got, want, strict=True):
        if seconds is not None:
            assert seconds in (exercise.get("duration"), exercise.get("hold"))


# ... but the same movement going on ("Then go round 5 times the other way", "Then repeat on the
# other side") or steps in a list stay one exercise.
ONE_NAMED = [
    "# Eyes\n\n1. Clock: Move your eyes round a clock face 5 times. Then go round 5 times the other way.\n"
    "2. Palming: Cup your hands over your eyes for 30 seconds.\n",
    "# Stretch\n\n**Calf stretch.** Lean on a wall and hold 30 seconds. Then repeat on the other side.\n\n"
    "**Quad stretch.** Hold your foot behind you for 30 seconds.\n",
    "# Jaw\n\n### Opening\n\n1. Push your jaw open against your fist for 15 seconds.\n"
    "2. Then open your mouth wide 5 times.\n\n### Closing\n\n1. Press up under the chin for 15 seconds.\n",
]


@pytest.mark.parametrize("text", ONE_NAMED)
def test_the_same_movement_going_on_is_no_new_exercise(text: str) -> None:
    assert len(_exercises(text)) == 2


def test_a_named_breath_chained_by_then_is_one_exercise() -> None:
    text = (
        "# Calm down\n\n**Four-seven-eight.** Breathe in through the nose for 4 seconds. "
        "Then we hold the breath for 7 seconds. Now let it out through the mouth for 8 seconds.\n\n"
        "**Shoulder drop.** Lift the shoulders to the ears and let them fall, 5 times.\n"
    )
    assert [e["name"] for e in _exercises(text)] == ["Four-seven-eight", "Shoulder drop"]


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
