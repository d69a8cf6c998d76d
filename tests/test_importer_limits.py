"""An import keeps within the routine format's limits (a name of 200 characters, a text of 4,000):
a longer one is cut with a note, so ``import`` writes a routine to review instead of a refusal
at a line of YAML the user never saw. Our own wording."""

from __future__ import annotations

from support.cli import run_cli
from voicecoach.importer import import_article
from voicecoach.importer.limits import cut


def test_a_text_is_cut_at_its_last_sentence_end_and_a_name_at_its_last_word():
    text = "Lift the arm. " * 10 + "Lower it"
    assert cut(text, 60) == "Lift the arm. Lift the arm. Lift the arm. Lift the arm."
    assert cut("Side lying leg lift with a long band around both ankles", 30) == "Side lying leg lift with a…"
    assert cut("Bridge", 30) == "Bridge"


def test_an_exercise_text_or_name_beyond_the_routines_limits_is_cut_not_refused(tmp_path):
    long_how = " ".join(["Lift your arm slowly and lower it again while you breathe out."] * 80)
    article = (
        f"# Arms\n\n1. Arm lifts: {long_how} Repeat 10 times.\n2. Finger lifts: lift each finger, 10 times.\n"
    )
    result = import_article(article, "arms.txt")
    first = result.exercises[0]
    assert first["name"] == "Arm lifts" and first["reps"] == 10 and len(first["how"]) <= 4000
    assert any("its how was 5,0" in a and "cut to the routine's 4,000" in a for a in result.assumptions)
    long_name = "Arm " + " ".join(["lift"] * 60)
    page = tmp_path / "names.md"
    page.write_text(
        f"# Arms\n\n## {long_name}\nLift your arm 10 times.\n\n## Finger lifts\nLift each finger.\n"
    )
    code, out, _ = run_cli(["import", str(page)])
    assert code == 0 and "name: Arm lift lift" in out and "…" in out
