"""The README's examples still run and their shown outputs still match (scripts/readme_examples.py)."""

import importlib.util
import re
import sys

from support import REPO

spec = importlib.util.spec_from_file_location("readme_examples", REPO / "scripts" / "readme_examples.py")
readme = importlib.util.module_from_spec(spec)
sys.modules["readme_examples"] = readme  # dataclasses look their module up
spec.loader.exec_module(readme)


def test_readme_examples_run_and_their_outputs_match():
    text = readme.README.read_text(encoding="utf-8")
    assert len(readme.shown_examples(text)) >= 3
    assert len(readme.other_commands(text)) >= 10
    problems = readme.check(text)
    assert not problems, "README is stale; run: python scripts/readme_examples.py --update\n" + "\n".join(
        problems
    )


def test_the_check_catches_a_stale_output_and_a_stale_command():
    text = (
        "```\n$ voicecoach list\nfoot-strength        Some old title (3 exercises)\n```\n"
        "```sh\nscripts/voicecoach export foot-strength --no-such-option\n"
        "scripts/voicecoach play foot-strenght\n```\n"
    )
    problems = readme.check(text)
    assert len(problems) == 3, problems
    assert problems[0].startswith("$ voicecoach list\n--- README") and re.search(
        r"\+foot-strength +\d\d:\d\d +11 exercises  de/en  Foot strength", problems[0]
    )
    assert "No such option '--no-such-option'" in problems[1]
    assert "'foot-strenght' is neither a built-in" in problems[2]
    updated = readme.update(text)
    assert readme.check(updated) == problems[1:]  # the output is fixed, the commands not
    assert "11 exercises  de/en  Foot strength for runners — " in updated


def test_volatile_timings_are_normalized():
    assert readme.normalize("wrote x.mp3 (12.0 s of audio in 0.52 s, 23x real time)") == readme.normalize(
        "wrote x.mp3 (12.0 s of audio in 1.07 s, 11x real time)"
    )


def test_the_licence_file_matches_pyproject_and_the_readme_names_the_others():
    declared = re.search(r'^license = "([^"]+)"', (REPO / "pyproject.toml").read_text("utf-8"), re.M)
    assert declared and declared[1] == "MIT"
    assert (REPO / "LICENSE").read_text("utf-8").startswith("MIT License")
    section = (REPO / "README.md").read_text("utf-8").split("## Licence", 1)[1]
    for piece in ("piper-tts", "GPL-3.0-or-later", "CC0", "espeak-ng", "LICENSE"):
        assert piece in section, piece
