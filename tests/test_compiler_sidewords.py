"""What a listener with eyes closed hears of sides, of a how's "later" sentence and of a
ballistic move's count (own-words routines; fake clip lengths)."""

from support.durations import FakeDurations
from voicecoach import SAMPLE_RATE as SR
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


def test_a_hows_trailing_progression_is_said_after_the_work_not_before_the_beep():
    ex = Exercise(
        "Heel raises at the sink",
        how="Hold the sink and rise onto your toes, then lower slowly. Progress to doing them on one foot.",
        reps=3,
        hold_s=3,
    )
    t = compile_routine(Routine("Test", (ex,), Settings()), D)
    cues = [c for c in t.cues if c.kind == "speech" or c.role in ("work_start", "work_end")]
    texts = [c.text for c in cues]
    assert "Hold the sink and rise onto your toes, then lower slowly." in texts
    assert not any("one foot" in (x or "") and x.startswith("Hold") for x in texts)
    later = next(c for c in cues if c.text == "When this gets easy: progress to doing them on one foot.")
    last_end = [c for c in cues if c.role == "work_end"][-1]
    assert later.start >= last_end.start


def test_a_progression_that_states_its_condition_is_said_as_written_after_both_sides():
    ex = Exercise(
        "Wall lean",
        how="Lean your hands on a wall and hold. Once this feels easy, stand a step further back.",
        sides=("right arm", "left arm"),
        duration_s=10,
    )
    t = compile_routine(Routine("Test", (ex,), Settings()), D)
    texts = [c.text for c in t.cues if c.kind == "speech"]
    assert texts.count("Once this feels easy, stand a step further back.") == 1
    ends = [c.start for c in t.cues if c.role == "work_end"]
    said_at = next(c.start for c in t.cues if c.text == "Once this feels easy, stand a step further back.")
    assert said_at >= ends[-1]
    assert "Lean your hands on a wall and hold." in texts


def test_a_how_told_in_the_rest_keeps_its_progression_for_after_the_work_in_german():
    first = Exercise("Kniebeuge", how="Geh langsam in die Hocke.", reps=2)
    second = Exercise(
        "Fersenheben",
        how="Halt dich an der Stuhllehne und heb die Fersen. Steigere auf ein Bein.",
        reps=2,
    )
    text = said(first, second, language="de")
    assert "Halt dich an der Stuhllehne und heb die Fersen." in text
    assert text.index("Wenn dir das leicht fällt: steigere auf ein Bein.") > text.index(
        "Halt dich an der Stuhllehne und heb die Fersen."
    )
    assert not any("Steigere" in t for t in text)


def _counts(ex: Exercise, **settings):
    t = compile_routine(Routine("Test", (ex,), Settings(**settings)), D)
    start = next(c for c in t.cues if c.role == "work_start")
    end = next(c for c in t.cues if c.role == "work_end")
    return [(c.text, (c.start - start.start) / SR) for c in t.cues if c.role == "count"], (
        end.start - start.start
    ) / SR


def test_a_ballistic_move_is_counted_at_a_swing_s_pace_not_a_slow_rep_s():
    counts, length = _counts(Exercise("Two-hand kettlebell swings", reps=6))
    assert [text for text, _ in counts] == ["1", "2", "3", "4", "5", "6, last one."]
    assert [at for _, at in counts][1:3] == [1.5, 3.0]
    assert length == 9.0
    assert _counts(Exercise("Hampelmänner", reps=4), language="de")[1] == 6.0


def test_a_stated_tempo_still_wins_over_the_ballistic_pace():
    assert _counts(Exercise("Kettlebell swing", reps=4, pace_s=2.5))[1] == 10.0
    assert _counts(Exercise("Kettlebell swing", reps=4), pace_s=4)[1] == 16.0
    assert _counts(Exercise("Slow squats", reps=4))[1] == 12.0  # not ballistic: 3 s as before


def test_many_fast_reps_are_counted_by_fives():
    counts, _ = _counts(Exercise("Jumping jacks", reps=20))
    assert [text for text, _ in counts] == ["5", "10", "15, five more.", "20, last one."]
    assert [at for _, at in counts] == [6.0, 13.5, 21.0, 28.5]
