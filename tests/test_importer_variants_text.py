"""The same article marked as other pages mark it reads the same (docs/design.md, importer item
8: "The same article marked another way"). Our own wording, one case a reading change."""

from __future__ import annotations

from voicecoach.importer import import_article


def _read(text: str, source: str = "sheet.txt") -> list[tuple[str, dict]]:
    keys = ("sets", "reps", "hold", "duration")
    return [
        (e["name"], {k: e[k] for k in keys if e.get(k) is not None})
        for e in import_article(text, source).exercises
    ]


UNDERLINED = """Stronger Knees
==============
Wall Sit
--------
Lean your back on a wall and slide down until your knees are bent. Hold for 30 seconds.

*Next:* stand up tall and shake out your legs.

Step Ups
--------
Step onto a low stair with one foot, then bring the other up. Do 10 each leg.

*Next:* walk around the room for a moment.

Bridge
------
Lie on your back with your knees bent and lift your hips. Repeat 12 times.
"""


def test_underlined_headings_are_headings() -> None:
    """A line underlined with "=" or "-" about its own length is a heading (markdown's setext
    heading), not a line above a rule: the run-in "*Next:*" lines stay notes between them."""
    assert import_article(UNDERLINED, "knees.txt").title == "Stronger Knees"
    assert _read(UNDERLINED) == [
        ("Wall Sit", {"duration": 30}),
        ("Step Ups", {"reps": 10}),
        ("Bridge", {"reps": 12}),
    ]


def test_a_rule_under_a_paragraph_is_no_heading() -> None:
    """A "---" under a long line of prose, or one much shorter or longer than the line, is a rule."""
    from voicecoach.importer.underlined import underlined_as_headings

    prose = "Lean your back on a wall and slide down until your knees are bent and hold it there."
    assert underlined_as_headings(["", prose, "---"]) == ["", prose, "---"]
    assert underlined_as_headings(["", "Wall Sit", "-" * 30]) == ["", "Wall Sit", "-" * 30]
    assert underlined_as_headings(["Intro line", "Wall Sit", "--------"]) == [
        "Intro line",
        "Wall Sit",
        "--------",
    ]
    assert underlined_as_headings(["", "Wall Sit", "--------"]) == ["", "## Wall Sit", ""]


LABELLED = """Home Pilates

A short floor sequence for a strong middle. Go slowly and breathe.

Chest Lift:
Lie on your back with your knees bent and curl your head and shoulders up, then lower. Repeat 8 times.

*Then:* roll to your side and come up to sitting.

Spine Stretch:
Sit tall with your legs apart and reach forward as you breathe out. Repeat 5 times.

*Then:* lie down on your front with your arms by your sides.

Swan:
Press your hands down and lift your chest a little way off the mat. Repeat 6 times.
"""


def test_a_label_said_between_the_exercises_names_none() -> None:
    """ "*Then:* …" after each exercise is one label said again, not two exercises named "Then":
    the headings (here with a colon, alone on their lines) name the exercises."""
    assert _read(LABELLED) == [
        ("Chest Lift", {"reps": 8}),
        ("Spine Stretch", {"reps": 5}),
        ("Swan", {"reps": 6}),
    ]


def _two_columns(items: list[str]) -> bytes:
    """A title across the page over two narrow columns, each item a paragraph 1.5 mm under the
    last (no blank line anywhere: a list's end looks like any paragraph's)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "The Ladder", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for words in items:
            with cols.paragraph(bottom_margin=1.5) as paragraph:
                paragraph.write(text=words)
    return bytes(pdf.output())


def test_a_long_line_under_a_printed_list_starts_a_paragraph() -> None:
    """Under nine short lines that end no sentence, a line across most of the column is a paragraph
    after the list, not the last item's text: its "20 minutes" is no crunch's time."""
    from voicecoach.importer.pdfread import pdf_layout_text

    rungs = [
        "1 lunge",
        "1 dip",
        "1 crunch",
        "2 lunges",
        "2 dips",
        "2 crunches",
        "3 lunges",
        "3 dips",
        "3 crunches",
    ]
    items = [
        "Climb the ladder one rung at a time, as slowly as you can manage, and rest a minute between rungs.",
        *rungs,
        "That makes 9 sets and 18 reps in all; it took me about 20 minutes from start to finish and left me tired.",
        "Give it a try next time you are short of time.",
    ]
    text = pdf_layout_text(_two_columns(items))
    assert "3 crunches\n\nThat makes 9 sets" in text
    got = _read(text, "ladder.pdf")
    assert [reps for _, dose in got for reps in [dose.get("reps")]] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert got[-1] == ("Crunches", {"reps": 3})


LOADS = """Strength Block A

Three lifts, twice a week. Add a little weight each week if every set went well.

Front squat- (start light, about 60%) 4 sets of 6
Push press- (same bar as last time) 3 sets of 5
Barbell row- (start at 65%) 4 sets of 8
"""


def test_a_load_note_before_sets_of_reps_is_skipped_as_before_sets_x_reps() -> None:
    """ "Name- (start at 65%) 4 sets of 8" is "Name- (start at 65%) 4x8" said in words: the note in
    brackets between the name and its dose names nothing."""
    assert _read(LOADS) == [
        ("Front squat", {"sets": 4, "reps": 6}),
        ("Push press", {"sets": 3, "reps": 5}),
        ("Barbell row", {"sets": 4, "reps": 8}),
    ]


def test_a_long_line_under_a_dose_stack_stays_with_it() -> None:
    """ "Sets : 2" / "Reps : 10" / "Frequency / day : once" are one exercise's dose fields, not a
    list's items: the long line under them goes on with them."""
    from voicecoach.importer.pdfread import pdf_layout_text

    items = [
        "Wrist extension stretch",
        "Sets : 2",
        "Reps : 10",
        "Frequency / day : once",
        "Hold time during each repetition: about 5 seconds; do every one slowly and with care.",
    ]
    assert "once\nHold time" in pdf_layout_text(_two_columns(items))


STACKED = """Home | Classes | Blog | Contact

Hip Strength:
Clamshells:
Lie on your side with your knees bent and lift the top knee, then lower it. Repeat 12 times.

Bridges:
Lie on your back with your feet flat and lift your hips, then lower them. Repeat 10 times.
"""


def test_a_short_line_over_another_over_the_text_heads_a_section() -> None:
    """Headings with their marks lost, a section's right over its first exercise's ("Hip Strength:"
    / "Clamshells:" / its text): the lower one, over the text, names the exercise."""
    assert _read(STACKED) == [("Clamshells", {"reps": 12}), ("Bridges", {"reps": 10})]
