"""Where an exercise puts the body, read from its words (voicecoach.phrases)."""

import pytest

from voicecoach.model import Exercise
from voicecoach.phrases import exercise_position, position_of


@pytest.mark.parametrize(
    "text, position",
    [
        ("Kneel and sit back on your heels, hands on your thighs.", "kneeling"),
        ("Sit in a chair and cross one leg so the ankle rests on the other thigh.", "sitting"),
        ("Stand with the balls of your feet on a step.", "standing"),
        ("Lie on your back with your knees bent.", "lying"),
        ("On all fours, knees under hips.", "kneeling"),
        ("Wall sit", "standing"),
        ("Push-ups", "lying"),
        ("Geh in den Vierfüßlerstand.", "kneeling"),
        ("Leg dich auf den Rücken.", "lying"),
        ("Setz dich aufrecht hin.", "sitting"),
        ("Stell dich vor eine Wand.", "standing"),
        ("Lift one foot and write the alphabet with your toes.", None),
        (None, None),
    ],
)
def test_position_of_reads_the_earliest_position_word(text, position):
    assert position_of(text) == position


def test_an_exercise_is_read_from_its_how_then_its_name():
    assert exercise_position(Exercise("Deep squat", how="Feet shoulder-width apart.")) == "standing"
    assert exercise_position(Exercise("Plank", how="Lie face down, then lift.")) == "lying"
    assert exercise_position(Exercise("Toe spelling", how="Write the alphabet.")) is None


def test_the_words_are_every_phrase_tables_positions():
    """A language brings its own position words (``_positions``); all are read for any text."""
    from voicecoach.phrases import Phrases, available_languages

    for language in available_languages():
        table = Phrases(language).table["_positions"]
        assert set(table) == {"lying", "sitting", "kneeling", "standing"}, language
    assert position_of("Push-ups, then Liegestütze.") == "lying"
