"""General signals over per-article rules: steps of one exercise, stations, plans by day,
imperative lines that are not names, several exercises under one heading, distances."""

from __future__ import annotations

from voicecoach.importer import import_article


def _got(text: str, keys=("name", "sets", "reps", "hold", "duration")) -> list[tuple]:
    return [tuple(e.get(k) for k in keys) for e in import_article(text, "a.md").exercises]


def test_numbered_steps_that_continue_are_one_exercise():
    text = (
        "# Tai Chi Waist Twist\n\n1. Stand with your feet apart and your knees soft.\n"
        "2. Let your arms hang loosely.\n3. Turn your waist to the left, letting the arms swing.\n"
        "4. Then turn to the right.\n5. Keep turning from side to side for about 2 minutes.\n"
    )
    result = import_article(text, "twist.md")
    assert [(e["name"], e["duration"], e.get("sides")) for e in result.exercises] == [
        ("Tai Chi Waist Twist", 120, None)
    ]


def test_numbered_items_that_are_separate_exercises_stay_separate():
    text = (
        "# Relax\n\n1. Clench your fists for 10 seconds, then let go.\n2. Tighten your biceps: draw your "
        "forearms up. Hold for 10 seconds, then relax.\n3. Lift your eyebrows as high as they go. "
        "Hold for 10 seconds, then relax.\n"
    )
    assert [g[0] for g in _got(text)] == ["Exercise 1", "Exercise 2", "Exercise 3"]


def test_stations_are_exercise_headings():
    text = (
        "Activity stations\n\nStation 1: Jumping jacks - 1 minute\nStation 2: Wall push-ups - 10 reps\n"
        "Station 3: Step-ups - 1 minute\n"
    )
    assert _got(text) == [
        ("Jumping jacks", None, None, None, 60),
        ("Wall push-ups", None, 10, None, None),
        ("Step-ups", None, None, None, 60),
    ]


def test_a_plan_by_day_gives_its_first_row():
    text = (
        "# Plank challenge\n\nGet into a forearm plank: elbows under shoulders, body in one line. Hold for "
        "the time given for the day.\n\n| Day | Time |\n|---|---|\n| 1 | 20 seconds |\n| 2 | 30 seconds |\n"
    )
    result = import_article(text, "plank.md")
    assert [(e["duration"]) for e in result.exercises] == [20] and not result.confidence.unsure
    assert result.exercises[0]["name"] != "Get into a forearm plank"  # an instruction, not a name


def test_several_exercises_under_one_heading():
    text = (
        "# Vertigo exercises\n\nSpend one minute on each exercise.\n\n### In bed\n\n#### A. Eye movements\n\n"
        "- Up and down\n- From side to side\n\n#### B. Shrug and circle shoulders\n"
    )
    assert _got(text) == [
        ("Eye movements: up and down", None, None, None, 60),
        ("Eye movements: from side to side", None, None, None, 60),
        ("Shrug and circle shoulders", None, None, None, 60),
    ]


def test_a_distance_is_a_timed_run_and_its_repeats_are_sets():
    text = (
        "# Drills\n\nDo each drill over 25-50 meters, and repeat it 2 to 4 times.\n\n### High knees\n\n"
        "Move forward with short steps, driving the knees up.\n\n### Butt kicks\n\nKick your heels up "
        "behind you as you move forward.\n"
    )
    assert _got(text) == [("High knees", 2, None, None, 60), ("Butt kicks", 2, None, None, 60)]


def test_a_table_with_one_exercise_per_column():
    text = (
        "# Leg day\n\n| Exercise | Squat | Lunge | Calf raise |\n|---|---|---|---|\n| Sets | 3 | 3 | 2 |\n"
        "| Reps | 10 | 8 each leg | 15 |\n| Rest | 60 s | 60 s | 30 s |\n"
    )
    exercises = import_article(text, "legs.md").exercises
    assert [(e["name"], e["sets"], e["reps"], e["rest"], len(e.get("sides", []))) for e in exercises] == [
        ("Squat", 3, 10, 60, 0),
        ("Lunge", 3, 8, 60, 2),
        ("Calf raise", 2, 15, 30, 0),
    ]


def test_steps_and_squeezes_are_counts():
    text = (
        "# Balance and pelvic floor\n\n## Heel-toe walking\nWalk in a straight line, heel to toe. "
        "Take 20 steps.\n\n## Fast squeezes\nTighten and relax straight away. Do up to 10 quick squeezes.\n"
    )
    assert [(g[0], g[2], g[4]) for g in _got(text)] == [
        ("Heel-toe walking", 20, None),
        ("Fast squeezes", 10, None),
    ]
