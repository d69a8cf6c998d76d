"""CLI import: the seed article becomes the foot-strength session; prose plays directly."""

import json

import pytest
import yaml

from support import SEED_ARTICLE, SEED_EXERCISES
from support.cli import run_cli as run_main

SEED = SEED_ARTICLE


def work_seconds(ex):
    """A single held position is the same whether written as a 1-rep hold or a duration."""
    return ex["hold"] if ex["hold"] is not None else ex["duration"]


def test_import_json_gives_the_ten_exercises(capsys):
    code, out, _ = run_main(["import", str(SEED), "--json"])
    assert code == 0
    names = [e["name"] for e in json.loads(out)["exercises"]]
    assert names == SEED_EXERCISES


def test_builtin_foot_strength_agrees_with_the_article(capsys):
    _, out, _ = run_main(["import", str(SEED), "--json"])
    imported = json.loads(out)["exercises"]
    _, out, _ = run_main(["check", "foot-strength", "--json"])
    builtin = json.loads(out)["exercises"]
    # the built-in splits heel/toe walks into two exercises; the import has them as two sides
    walks = imported[6]
    assert walks["sides"] == ["heels", "toes"]
    for part in builtin[6:8]:
        assert (part["duration"], part["sets"]) == (walks["duration"], walks["sets"])
    pairs = list(zip(imported[:6], builtin[:6], strict=True)) + list(
        zip(imported[7:], builtin[8:], strict=True)
    )
    for got, want in pairs:
        assert got["name"].lower() == want["name"].lower()
        assert len(got["sides"]) == len(want["sides"]), got["name"]
        assert (got["sets"], got["reps"] or 1) == (want["sets"], want["reps"] or 1), got["name"]
        # every number the article states agrees; assumed hold times may differ
        if got["name"] not in ("Calf Drops", "Plantar Stretch"):
            assert work_seconds(got) == work_seconds(want), got["name"]


def test_import_yaml_has_assumption_comments_and_loads(tmp_path, capsys):
    code, out, _ = run_main(["import", str(SEED)])
    assert code == 0
    assert '# article says "10 to 12": took 10' in out
    assert len(yaml.safe_load(out)["exercises"]) == 10
    target = tmp_path / "foot.yaml"
    code, _, err = run_main(["import", str(SEED), "-o", str(target)])
    assert code == 0 and target.read_text() == out
    code, _, err = run_main(["import", str(SEED), "-o", str(target)])
    assert code == 2 and "--force" in err


def test_preview_accepts_prose_and_lists_assumptions(capsys):
    code, out, err = run_main(["preview", str(SEED)])
    assert code == 0
    assert "Exercise 1 of 10: Toe Spread." in out
    assert "voicecoach: assumed:" in err and "10 to 12" in err


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01binary", b"\xff\xfe\xfa not utf8", b"Just a sentence with nothing to do.\n"]
)
def test_bad_articles_one_line_error(tmp_path, capsys, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    for command in (["import", str(path)], ["play", str(path)]):
        code, out, err = run_main(command)
        assert code == 2 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "article.txt" in lines[0] and lines[0].startswith("voicecoach: error:")


def test_seed_article_exports_as_a_session(tmp_path, capsys):
    out = tmp_path / "seed.wav"
    code, _, err = run_main(["export", str(SEED), "-o", str(out)])
    assert code == 0, err
    code, preview, _ = run_main(["preview", str(SEED), "--json"])
    import wave

    with wave.open(str(out)) as w:
        assert w.getnframes() == round(json.loads(preview)["duration"] * w.getframerate())
