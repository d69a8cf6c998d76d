"""`import` shows what it read: a table of names, doses and sides, the session's length, and
which readings were assumed or doubted, before anyone plays it."""

from pathlib import Path

from support.cli import run_cli
from voicecoach.cli.import_review import dose_text, review_lines
from voicecoach.model import Amrap, Circuit, Exercise, Phase, Routine

HANDOUT = Path(__file__).parent / "articles" / "knee-physio-handout.txt"


def test_import_shows_a_table_of_what_it_read_with_the_sessions_length(tmp_path):
    code, _, err = run_cli(["import", str(HANDOUT), "-o", tmp_path / "knee.yaml"])
    assert code == 0
    table = err[err.index("voicecoach: read") :].splitlines()
    assert table[0].startswith("voicecoach: read 5 exercises, a session of about ")
    assert [line.split()[1:3] for line in table[1:6]] == [
        ["Static", "Quads"],
        ["Straight", "Leg"],
        ["Sit", "to"],
        ["Step", "Ups"],
        ["Calf", "Stretch"],
    ]
    assert table[2].endswith("3 x 8 each side, hold 3 s") and table[3].endswith("2 x 10, rest 1 min")
    assert table[6] == "  safety line, said first: the article's own" and table[7].startswith("wrote ")


def test_an_assumed_reading_is_marked_and_an_unsure_imports_doubts_say_why(tmp_path):
    article = tmp_path / "legs.md"
    article.write_text(
        "# Ten-minute legs\n\n## The set\n\nDo these one after the other.\n"
        "15x Squat, weight in the heels.\n15x Calf raise, slow on the way down.\n15x Side lunge, chest up.\n"
    )
    code, _, err = run_cli(["import", str(article)])
    assert code == 0
    assert "(doubted: several exercises in one" in err and "voicecoach: unsure:" in err
    article.write_text("Wall push-up\nStand at arm's length from a wall and push away. Do 3 sets.\n")
    _, _, err = run_cli(["import", str(article)])
    line = next(x for x in err.splitlines() if "Wall push-up" in x and x.startswith("  "))
    assert line.endswith("(assumed: reps)") and "3 x 10" in line
    assert "  safety line, said first: a general one: the article gives none" in err.splitlines()
    article.write_text(article.read_text() + "Check with your physiotherapist before starting.\n")
    _, _, err = run_cli(["import", str(article)])
    assert "  safety line, said first: the article's advice, then a general stop line" in err.splitlines()


def test_doses_read_as_a_clinician_writes_them():
    assert dose_text(Exercise("Bridge", sets=3, reps=10)) == "3 x 10"
    assert dose_text(Exercise("Clam", reps=12, sides=("right", "left"))) == "12 reps each side"
    assert (
        dose_text(Exercise("Calf stretch", hold_s=30, sets=2, rest_s=60)) == "2 sets, hold 30 s, rest 1 min"
    )
    assert dose_text(Exercise("Heel raise", reps=10, hold_s=5)) == "10 reps, hold 5 s"
    assert dose_text(Exercise("Wall sit", reps=3, duration_s=30)) == "3 rounds, 30 s"
    assert dose_text(Exercise("March", duration_s=90)) == "90 s"
    # with no count, the time is per side, said after it ("each side, 15 s" read as a count of sides)
    assert dose_text(Exercise("Neck tilt", hold_s=15, sides=("right", "left"))) == "hold 15 s each side"
    assert dose_text(Exercise("Stork stand", duration_s=30, sides=("right", "left"))) == "30 s each side"
    assert (
        dose_text(Exercise("Breath", reps=4, phases=(Phase("In", 4), Phase("Out", 6))))
        == "4 breaths, 4 s / 6 s"
    )


def test_a_circuit_is_shown_under_its_rounds_and_long_names_are_cut():
    long_name = "Standing hip abduction with a resistance band around the ankles"
    routine = Routine(
        "Legs",
        (Exercise("Squat", reps=10), Circuit("Finisher", (Exercise(long_name, duration_s=30),), rounds=3)),
    )
    lines = review_lines(routine, 400, {}, {})
    assert lines[0] == "voicecoach: read 2 exercises, a session of about 7 min:"
    assert lines[2] == "  Finisher: circuit, 3 rounds"
    amrap = Routine("Legs", (Amrap("Burner", (Exercise("Squat", reps=10),), duration_s=600),))
    assert review_lines(amrap, 600, {}, {})[1] == "  Burner: amrap, as many rounds as you can in 10 min"
    assert lines[3].startswith("     2. Standing hip abduction with a res…") and lines[3].endswith(" 30 s")


def test_a_session_of_hours_is_said_in_hours():
    routine = Routine("Too long", (Exercise("Jumps", sets=10, reps=21, hold_s=20),))
    assert review_lines(routine, 706 * 60, {}, {})[0].endswith("a session of about 11 h 46 min:")


def test_each_line_names_the_fields_the_article_did_not_state():
    routine = Routine("Legs", (Exercise("Bridge", sets=2, reps=10, rest_s=60), Exercise("Clam", reps=12)))
    lines = review_lines(routine, 300, {"Bridge": ("reps", "rest"), "Clam": ("duration", "shared")}, {})
    assert lines[1].endswith("2 x 10, rest 1 min  (assumed: reps, rest)")
    assert lines[2].endswith("12 reps  (assumed: time, dose from the introduction)")


def test_a_dose_stated_once_for_all_is_shown_as_the_introductions(tmp_path):
    article = tmp_path / "hips.md"
    article.write_text(
        "# Morning hips\n\nDo each exercise 12 times, slowly.\n\n## Clam\nLie on your side with the "
        "knees bent and open the top knee.\n\n## Bridge\nLie on your back and lift the hips off the floor.\n"
    )
    code, _, err = run_cli(["import", str(article)])
    assert code == 0
    assert "   1. Clam" in err and "12 reps  (dose from the introduction)" in err
