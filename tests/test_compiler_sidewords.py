"""What a listener with eyes closed hears of sides, of a how's "later" sentence and of a
ballistic move's count (own-words routines; fake clip lengths)."""

from support.durations import FakeDurations
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import Exercise, Routine, Settings

D = FakeDurations()


def said(*exercises: Exercise, **settings) -> list[str]:
    t = compile_routine(Routine("Test", exercises, Settings(**settings)), D)
    return [c.text for c in t.cues if c.kind == "speech"]


def test_a_one_leg_balance_names_the_leg_to_stand_on():
    ex = Exercise(
        "Stork balance",
        how="Stand on one leg beside a counter, lift the other knee to hip height and keep still.",
        sides=("left leg", "right leg"),
        duration_s=20,
    )
    text = said(ex)
    assert "Stand on your left leg." in text and "Now stand on your right leg." in text
    assert not any(t.startswith(("Start with", "Switch to")) for t in text)


def test_a_balance_whose_how_stands_on_the_other_leg_keeps_the_plain_words():
    ex = Exercise(
        "Single-leg stance",
        how="Stand on your left leg and lift your right foot off the floor.",
        sides=("right leg", "left leg"),
        duration_s=20,
    )
    assert "Start with the right leg." in said(ex)


def test_a_back_leg_stretch_says_which_leg_goes_back():
    ex = Exercise(
        "Doorway calf stretch",
        how="Hands on the door frame, one foot forward with that knee bent, back leg straight and its heel down.",
        sides=("left leg", "right leg"),
        hold_s=20,
    )
    text = said(ex)
    assert "Left leg back." in text and "Switch legs: right leg back." in text


def test_side_roles_read_a_bare_side_and_leave_other_labels_alone():
    balance = Exercise("Tree pose", how="Hands together.", sides=("right", "left"), duration_s=20)
    assert "Stand on your right leg." in said(balance)
    hip = Exercise(
        "Lunge stretch", how="Keep the back leg straight.", sides=("right hip", "left hip"), hold_s=20
    )
    assert "Start with the right hip." in said(hip)  # not a leg: the plain words


def test_german_side_roles_stay_german():
    ex = Exercise(
        "Einbeinstand am Stuhl",
        how="Halt dich an der Stuhllehne und stell dich auf ein Bein.",
        sides=("rechtes Bein", "linkes Bein"),
        duration_s=20,
    )
    text = said(ex, language="de")
    assert "Standbein: rechtes Bein." in text and "Wechsel. Standbein jetzt: linkes Bein." in text
    stretch = Exercise(
        "Wadendehnung am Türrahmen",
        how="Ein Fuß vorn, das hintere Bein gestreckt.",
        sides=("linkes Bein", "rechtes Bein"),
        hold_s=20,
    )
    assert "Hinten: linkes Bein." in said(stretch, language="de")


def test_a_leg_raise_on_one_leg_names_the_lifted_leg_as_before():
    ex = Exercise(
        "Standing hip raise",
        how="Hold a chair, stand on one leg and lift the other out to the side.",
        sides=("right leg", "left leg"),
        reps=6,
    )
    assert "Start with the right leg." in said(ex)
