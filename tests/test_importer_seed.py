"""The seed article (shared/seeds) imports to its ten exercises with every stated number."""

from __future__ import annotations

import hashlib

import pytest

from support import REPO, SEED_ARTICLE, SEED_EXERCISES
from voicecoach.importer import import_file

COPY = SEED_ARTICLE
SHARED = REPO.parent / "shared" / "seeds" / "foot-strengthening-article.txt"


@pytest.fixture(scope="module")
def seed():
    result = import_file(COPY)
    return result, {e["name"]: e for e in result.exercises}


# sha256 of shared/seeds/foot-strengthening-article.txt, the article as published: the copy in
# tests/ must stay that text (a fixed-up copy would test the importer on easier prose).
SEED_SHA256 = "3aef4f70d7fd191b5c289e5528c6054d4e7b10940fab1c8b870881351308fcd5"


def test_the_copy_is_the_seed_article():
    assert hashlib.sha256(COPY.read_bytes()).hexdigest() == SEED_SHA256
    if SHARED.exists():  # beside the shared folder: the same bytes too
        assert COPY.read_bytes() == SHARED.read_bytes()


def test_exactly_ten_exercises_and_no_furniture(seed):
    result, by_name = seed
    assert list(by_name) == SEED_EXERCISES
    text = result.yaml_text
    for furniture in ("FAQ", "barefoot", "READ THIS NEXT", "Runner's Knee", "Prevent Foot Pain"):
        assert furniture not in text


def test_stated_numbers(seed):
    _, ex = seed
    feet = ["right foot", "left foot"]
    assert (ex["Toe Spread"]["hold"], ex["Toe Spread"]["reps"], ex["Toe Spread"]["sides"]) == (5, 10, feet)
    assert ex["Calf Drops"]["reps"] == 10 and ex["Calf Drops"]["hold"] == 5
    assert (ex["Plantar Stretch"]["reps"], ex["Plantar Stretch"]["sides"]) == (10, feet)
    assert (ex["Toe Lifts"]["hold"], ex["Toe Lifts"]["reps"], ex["Toe Lifts"]["sides"]) == (20, 2, feet)
    assert ex["Toe Spelling"]["sides"] == feet and ex["Toe Spelling"]["duration"] == 60
    assert (ex["Towel Curls"]["sets"], ex["Towel Curls"]["reps"]) == (3, 10)
    walks = ex["Heel/Toe Walks"]
    assert (walks["sides"], walks["duration"], walks["sets"]) == (["heels", "toes"], 60, 3)
    assert walks["rest"] == 30
    assert ex["Calf Stretch"]["sides"] == ["right leg", "left leg"]
    assert ex["Sit on Heels"]["duration"] == 30 and ex["Deep Squat"]["duration"] == 30
    assert "hold" not in ex["Deep Squat"]


def test_what_and_how_come_from_their_labels(seed):
    _, ex = seed
    assert ex["Toe Spread"]["what"] == "Strengthens the small muscles in the toes and improves balance."
    assert ex["Toe Spread"]["how"].startswith("Place a thick rubber band around your toes.")
    assert "marbles" not in ex["Toe Lifts"]["how"]  # the Variation paragraph is left out


def test_assumptions_are_listed_and_commented(seed):
    result, _ = seed
    assert 'Calf Drops: article says "10 to 12": took 10' in result.assumptions
    assert "Calf Drops: no hold time given: 5 s" in result.assumptions
    assert "Plantar Stretch: no hold time given: 5 s" in result.assumptions
    assert any(a.startswith("Toe Spelling: no length given") for a in result.assumptions)
    assert 'reps: 10  # article says "10 to 12": took 10' in result.yaml_text
    assert "hold: 5s  # no hold time given: 5 s" in result.yaml_text
