"""Bad input: one-line InputError naming the file, never a traceback or an empty session."""

from __future__ import annotations

import pytest

from voicecoach.errors import InputError
from voicecoach.importer import import_article, import_file, is_article_path


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"Exercise 1\x00\x01\x02", "binary"),
        (b"Exercise 1: Caf\xe9 squats\nSquat 10 times.", "not UTF-8"),
        (b"Just a paragraph about how nice running is.\nNothing to do here.", "no exercises found"),
    ],
)
def test_bad_files_raise_one_line_input_error(tmp_path, data, message):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        import_file(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        import_file(tmp_path / "nope.txt")


def test_no_exercises_message_says_what_was_expected():
    with pytest.raises(InputError, match=r"^notes\.md: no exercises found — expected headings"):
        import_article("# My notes\n\nI like running.\n", "notes.md")


def test_utf8_bom_is_fine(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(
        "\ufeff## Squats\n\nSquat down 10 times.\n\n## Lunges\n\nLunge 8 times per leg.\n".encode("utf-8")
    )
    assert [e["name"] for e in import_file(path).exercises] == ["Squats", "Lunges"]


def test_article_suffixes():
    assert is_article_path("a.TXT") and is_article_path("b.md") and not is_article_path("c.yaml")


def test_an_article_with_no_structure_but_movements_and_a_dose_is_read_whole_and_unsure():
    text = (
        "Stand with your feet apart and lift your arms overhead. Hold for 10 seconds, "
        "then lower them slowly. Repeat 5 times.\n"
    )
    result = import_article(text, "arm-raise.txt")
    assert [(e["name"], e.get("hold"), e.get("reps")) for e in result.exercises] == [("Arm raise", 10, 5)]
    assert result.confidence.unsure and "whole article read as one exercise" in result.confidence.summary()


def test_one_movement_sentence_is_not_enough_to_read_an_article_whole():
    with pytest.raises(InputError, match="no exercises found"):
        import_article("Walking is good for you. Stand up from your desk every hour or so.\n", "advice.txt")


@pytest.mark.parametrize(
    "second",
    [
        "Then place your palms over your eyes for 60 seconds.",
        "After every 20 minutes at the screen, turn your head and look far away for 20 seconds.",
        "Now lean back and rest your eyes for 60 seconds.",
    ],
)
def test_a_movement_after_a_lead_in_counts_for_reading_an_article_whole(second):
    text = (
        "Site Forum :: General :: Off Topic\nEye tips\nMy optician gave me this, it works well.\n"
        f"Rub your palms together until they feel warm. {second}\n"
    )
    result = import_article(text, "eye-tips.txt")
    assert result.confidence.unsure and len(result.exercises) == 1
    assert "Forum" not in result.exercises[0]["name"]
