"""Exercises with no name and no heading: bullet groups parted by blank lines."""

from __future__ import annotations

from voicecoach.importer import import_article


def _fields(text: str) -> list[tuple[str, object, object]]:
    return [(e["name"], e.get("reps"), e.get("hold")) for e in import_article(text, "t.txt").exercises]


def test_bullet_groups_of_steps_parted_by_blank_lines_are_unnamed_exercises():
    text = (
        "Eastside Spine Clinic\nHome | About | Back Care | Book Now\n\nBack Care > Shoulder Strength\n\n"
        "SHOULDER STRENGTH\n\nOnce your warm ups are done, the next job is strength between the shoulder "
        "blades, shown in the clip below.\n\nCheck with your doctor first; the clip is not medical advice.\n\n"
        "[Video: Upper back exercises]\n\n"
        "- Note: these are the only muscles we train here\n"
        "- Lie face down and lift your chest 2cm off the mat. Hold for 4 seconds, rest for 4 seconds, "
        "and do this 6 times.\n\n"
        "- Lie on your front and take 4 seconds to raise your arms, then hold them at the top for 4 seconds.\n"
        "- Take 4 seconds to lower your arms to the mat. Do this 6 times.\n\n"
        "- Lie face down and lift your chest 2cm off the mat.\n"
        "- Put both hands on your lower back.\n"
        "- Squeeze your shoulder blades gently together, using half your strength.\n"
        "- Hold for 4 seconds, rest for 4 seconds, and do this 6 times.\n"
    )
    assert _fields(text) == [("Exercise 1", 6, 4), ("Exercise 2", 6, 4), ("Exercise 3", 6, 4)]


def test_a_group_whose_items_are_wrapped_is_still_one_exercise():
    text = (
        "Sole Podiatry\nHome | Feet | Ankles | Book\n\nANKLE ROUTINE\n\nDo these sitting on the edge of a chair.\n\n[Video: ankle exercises]\n\n"
        "- Sit with both feet flat on the floor and\n  your hands resting on your thighs.\n"
        "- Lift your toes while your heels stay down.\n"
        "- Lower them and repeat 15 times.\n\n"
        "- Cross one leg over the other knee.\n"
        "- Hold the shin with both hands.\n"
        "- Draw slow circles with the raised foot,\n  first one way and then the other, 10 times.\n"
    )
    assert [(n, r) for n, r, _ in _fields(text)] == [("Exercise 1", 15), ("Exercise 2", 10)]


def test_bullet_groups_after_a_clip_line_and_a_last_group_with_no_count_are_unnamed_exercises():
    # the shape main read as one exercise named by a step ("Put both hands on your lower back"): a
    # clinic page's capitals heading, a clip line, and a last group whose count is not given
    text = (
        "Eastside Spine Clinic\n"
        "Home | About | Treatments | Back Care | Book Now\n"
        "\n"
        "Back Care > Upper Back Strength\n"
        "\n"
        "UPPER BACK STRENGTH\n"
        "\n"
        "Once your warm ups and stretches are done, the next job is strength between the shoulder blades, so that you can sit tall. The muscles we most want to build are the ones at the back of the chest, as the clip below shows.\n"
        "\n"
        "As always, check with your doctor before you start any of these; the clip is not medical advice.\n"
        "\n"
        "[Video: Upper back strength]\n"
        "\n"
        "- Note: these are the only muscles we train here for posture\n"
        "- Lie face down and lift your chest 2cm off the mat. Hold for 4 seconds, rest for 4 seconds, and do this six times.\n"
        "\n"
        "- Lie on your front and take four seconds to raise your arms slowly, then hold them at the top for four seconds.\n"
        "- Take four seconds to lower your arms to the mat. Do this six times.\n"
        "\n"
        "- Lie face down and lift your chest 2cm off the mat.\n"
        "- Put both hands on your lower back.\n"
        "- Squeeze your shoulder blades gently together, using no more than half your strength.\n"
        "- Hold for 4 seconds, rest for 4 seconds, and do this six times.\n"
        "\n"
        "- Lie on your front and take four seconds to raise your arms slowly\n"
        "- Put both hands on your lower back\n"
        "- Squeeze your shoulder blades gently together, using no more than half your strength.\n"
        "- Hold them at the top for four seconds.\n"
        "- Take four seconds to lower your arms to the mat.\n"
        "\n"
    )
    got = _fields(text)
    assert got[:3] == [("Exercise 1", 6, 4), ("Exercise 2", 6, 4), ("Exercise 3", 6, 4)]
    assert [name for name, *_ in got] == ["Exercise 1", "Exercise 2", "Exercise 3", "Exercise 4"]
