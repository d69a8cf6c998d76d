"""Group headings over undosed movements, unnamed paragraphs: tuner-z's own-words tests."""

from __future__ import annotations

from voicecoach.importer import import_article


def _names(text: str, source: str = "t.md") -> list[str]:
    return [e["name"] for e in import_article(text, source).exercises]


def test_a_group_heading_over_undosed_movements_is_one_exercise_a_movement():
    text = (
        "# Hip care at home\n\n"
        "## Bridge\n\nLie on your back with your knees bent. Lift your hips off the bed. Repeat 10 times.\n\n"
        "## Clam\n\nLie on your side with your knees bent. Open the top knee. Repeat 10 times.\n\n"
        "## Chair hip exercises\n\n"
        "Sit near the front of a firm chair. Do each one 10 times.\n\n"
        "- Lift one knee up toward your chest.\n"
        "- Slide your foot out to the side and back.\n"
        "- Straighten your knee until the leg is level.\n"
        "- Press your knees together against a cushion.\n"
    )
    assert _names(text) == ["Bridge", "Clam", "Exercise 3", "Exercise 4", "Exercise 5", "Exercise 6"]


def test_group_items_in_other_words_and_without_a_lead():
    text = (
        "# Shoulder plan\n\n"
        "## Pendulum\n\nLean on a table and let the arm swing in small circles for 30 seconds.\n\n"
        "## Wall stretches\n\n"
        "* Walk your fingers up the wall as high as is comfortable.\n"
        "* Turn your body away from the wall with your palm flat on it.\n"
        "* Reach your arm across your chest toward the far wall.\n"
    )
    assert _names(text) == ["Pendulum", "Exercise 2", "Exercise 3", "Exercise 4"]


def test_steps_under_a_group_heading_stay_one_exercise():
    text = (
        "# Calf care\n\n"
        "## Bent knee stretch\n\nFace a wall and bend the back knee. Hold for 30 seconds. Repeat 3 times.\n\n"
        "## Calf stretches\n\n"
        "- Stand facing a wall with one foot behind the other.\n"
        "- Lean toward the wall until you feel the stretch.\n"
        "- Hold for 30 seconds, then switch legs.\n"
    )
    names = _names(text)
    assert len(names) == 2 and names[0] == "Bent knee stretch"


def test_a_squeeze_and_its_letting_go_under_a_group_heading_stay_one_exercise():
    text = (
        "# Core basics\n\n"
        "## Bridge\n\nLie on your back with your knees bent. Lift your hips. Repeat 10 times.\n\n"
        "## Pelvic floor exercises\n\n"
        "- Squeeze the muscles you would use to stop a wee.\n"
        "- Draw them up and in as far as you can.\n"
        "- Let go slowly and rest a moment.\n"
    )
    names = _names(text)
    assert len(names) == 2 and names[0] == "Bridge"


def _doses(text: str, source: str = "t.txt") -> list[tuple[str, object, object]]:
    return [(e["name"], e.get("reps"), e.get("hold")) for e in import_article(text, source).exercises]


def test_a_numbered_name_over_steps_with_a_grip_is_one_exercise():
    text = (
        "Hamstring Stretch\n\n"
        "1. Hamstring-Stretch\n"
        "Lie on your back on the floor with both legs straight out.\n"
        "2. Loop a strap around your heel and hold both ends so it stays put.\n"
        "3. Raise the leg slowly, keeping the knee straight.\n"
        "4. Hold the stretch for 20 seconds.\n"
        "5. Repeat four times.\n"
    )
    assert _doses(text) == [("Hamstring-Stretch", 4, 20)]


def test_a_firm_grip_in_other_words_is_no_dose_either():
    text = (
        "Chest Opener\n\n"
        "1. Doorway stretch\n"
        "Stand in an open doorway with your forearms on the frame.\n"
        "2. Hold firmly so your arms cannot slide down the frame.\n"
        "3. Step forward with one foot until the chest opens.\n"
        "4. Stay there for 15 seconds.\n"
        "5. Do this 3 times.\n"
    )
    assert [name for name, _, _ in _doses(text)] == ["Doorway stretch"]
