"""The YAML output: routine format, times as text timeparse reads, comments on assumptions."""

from __future__ import annotations

import yaml

from support.importer_fields import article_paths
from voicecoach.importer import defaults_table, format_time, import_article, import_file
from voicecoach.routine.timeparse import parse_seconds


def test_format_time_round_trips_through_timeparse():
    for seconds in (1, 1.5, 5, 30, 45, 60, 90, 120, 300, 3600):
        assert parse_seconds(format_time(seconds)) == seconds


def test_yaml_times_and_comments():
    text = "## Plank\n\nHold for 15-20 seconds. Repeat 3 times.\n\n## Walk\n\nWalk for 2 minutes.\n"
    result = import_article(text, "core.md")
    assert "hold: 15s  # article says" in result.yaml_text
    assert "duration: 2 min" in result.yaml_text
    data = yaml.safe_load(result.yaml_text)
    assert parse_seconds(data["exercises"][0]["hold"]) == 15
    assert data["title"] == "Core"  # from the file name when there is none


def test_yaml_quotes_awkward_text():
    text = (
        "## Squat: deep\n\nSquat #A: keep your back straight - yes: really. Do 10 reps.\n\n"
        "## Lunge\n\nLunge 10 times.\n"
    )  # a YAML comment sign and colons ("#1" would not be said: a voice says "hash one")
    data = yaml.safe_load(import_article(text, "a.md").yaml_text)
    assert data["exercises"][0]["how"].startswith("Squat #A: keep")


def test_defaults_table_lists_every_default():
    table = defaults_table()
    assert table.startswith("| when the article gives no number for")
    for value in ("5 s", "30 s", "60 s", "| 10 |", "| 6 |", "lower bound"):
        assert value in table


def test_every_article_imports_quickly_and_deterministically():
    for path in article_paths():
        first = import_file(path)
        again = import_file(path)
        assert first == again and first.exercises


def test_a_large_article_still_imports(tmp_path):
    body = "".join(f"## Move {i}\n\nStand and lift your arms {i % 20 + 1} times.\n\n" for i in range(200))
    result = import_article("# Big\n\n" + body, "big.md")
    assert len(result.exercises) == 200


def test_an_imported_routine_opens_with_a_safety_line_in_its_own_language():
    """No article's cautions are read into the routine, so a general line is added, marked in
    the YAML and listed with the assumptions; a German article gets it in German."""
    import yaml

    from voicecoach.importer import import_article
    from voicecoach.phrases import Phrases

    english = import_article("## Wall push-ups\nPush away from the wall. Repeat 10 times.\n", "a.md")
    assert yaml.safe_load(english.yaml_text)["settings"]["safety"] == Phrases("en").say("import_safety")
    assert "# the article gives none" in english.yaml_text
    assert any("no safety advice read" in note for note in english.assumptions)
    from voicecoach.importer.article import _general_safety

    german = "Stell dich hin und geh langsam in die Knie, dann wieder hoch. Wiederhole das 10 Mal."
    assert _general_safety(german) == Phrases("de").say("import_safety")
