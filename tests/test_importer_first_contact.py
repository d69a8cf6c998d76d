"""Layouts that new training articles showed on first contact (our own small examples, each
re-worded the way several publishers write it): a blog post's label line, a list item's note in
brackets opened with a stray space."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.txt").exercises]


# A blog post's list of names, the dose said once above it, and the blog's furniture below: a
# "Labels:" line (Blogger's; "Tags:", "Filed under:" elsewhere) is no "Name: text" exercise, and
# with the post's own "Today's Workout: Make …" it must not outrank the list
@pytest.mark.parametrize(
    "labels", ["Labels: circuit, home workout", "Tags: legs, cardio", "Filed under: Workouts"]
)
def test_a_blog_label_line_is_no_exercise(labels):
    text = (
        "Anna Moves\nMonday, March 4, 2013\nToday's Workout: Make Your Own Circuit\n"
        "What a day for a workout! Another short week! Find time today for exercise, as this one needs no gym! "
        "Choose your 4 favourite exercises (whatever kit you own) and make them into a circuit.\n"
        "The goal is 45 seconds of each of these exercises, back to back.\n"
        "1. Squats\n2. Burpees\n3. Lunges\n4. Sit ups\nRepeat 2 more times.\n"
        f"Posted by Anna at 9:15 AM\n{labels}\n2 comments:\nAmy said...\nDid it with 3 exercises, 2 rounds. Tough!\nMarch 4, 2013 at 1:00 PM\n"
    )
    assert _fields(text, "duration") == [("Squats", 45), ("Burpees", 45), ("Lunges", 45), ("Sit ups", 45)]


# "Step ups ( on a low bench or the bottom stair)": a pasted list item whose note in brackets opens
# with a stray space is still a name and how to do it, not a sentence that ends the list
@pytest.mark.parametrize(
    "note",
    [
        "( on a low bench or the bottom stair)",
        "(  using a sturdy box or a step )",
        "(on a bench or a low wall)",
    ],
)
def test_a_note_in_brackets_with_a_stray_space_keeps_the_list_whole(note):
    text = (
        "Quick circuit\nDo each exercise for 1 minute.\n"
        f"- Jumping jacks\n- Step ups {note}\n- Squats\n- Mountain climbers\n"
    )
    assert [n for n, _ in _fields(text, "duration")] == [
        "Jumping jacks",
        "Step ups",
        "Squats",
        "Mountain climbers",
    ]
