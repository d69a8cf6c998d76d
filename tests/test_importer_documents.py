"""Structure read from the document: PDF tables and columns, running headers, HTML tables,
and the import's confidence (issue 23's Pilates handout, label-like junk)."""

from __future__ import annotations

import pytest

from support.cli import run_cli
from support.importer_fields import REAL
from support.importer_inputs import PILATES_INTRO, PILATES_ROWS, TWO_COLUMN, table_pdf, two_column_pdf
from voicecoach.importer import import_article, import_source
from voicecoach.importer.pdfread import pdf_layout_text
from voicecoach.importer.sources import html_text, pdf_text


def _fields(result) -> list[tuple]:
    return [
        (e["name"], e.get("sets"), e.get("reps"), e.get("hold"), e.get("duration"), tuple(e.get("sides", ())))
        for e in result.exercises
    ]


def test_a_pdf_table_is_read_by_its_column_headers():
    result = import_article(pdf_text(table_pdf(), "pilates.pdf"), "pilates.pdf")
    assert result.title == "Dance 210: Pilates Mat Handout"
    assert _fields(result) == [
        ("The Hundred", None, 10, None, None, ()),
        ("Roll Up", None, 6, None, None, ()),
        ("Single Leg Circles", None, 5, None, None, ("right leg", "left leg")),
        ("Rolling Like a Ball", None, 8, None, None, ()),
        ("Swimming", 3, 10, None, None, ()),
    ]
    assert result.exercises[1]["how"] == "Peel the spine off the mat one bone at a time."
    assert not any("Level" in str(e) or "Beginner" in str(e) for e in result.exercises)
    assert not result.confidence.unsure and result.confidence.doubted == ()


def test_the_same_handout_flattened_is_unsure_and_names_its_doubts():
    # what a text-layer reader made of the table: labels became exercises (issue 23)
    flat = "\n".join(
        PILATES_INTRO + ["Exercise Repetitions Level Notes"] + [" ".join(row) for row in PILATES_ROWS[1:]]
    )
    result = import_article(flat, "pilates.txt")
    assert result.confidence.unsure
    assert "First learn with modifications" in result.confidence.doubted
    assert "# Unsure: confidence" in result.yaml_text


def test_two_columns_are_read_column_by_column_and_running_lines_dropped():
    text = pdf_layout_text(two_column_pdf())
    assert "Falls Prevention Service" not in text and "page 1 of 2" not in text
    result = import_article(text, "falls.pdf")
    assert [e["name"] for e in result.exercises] == [name for name, _ in TWO_COLUMN]
    assert _fields(result)[2] == ("Side leg lift", None, 10, None, None, ("right leg", "left leg"))
    assert _fields(result)[3] == ("Tandem stand", None, None, None, 10, ())
    assert result.exercises[1]["how"] == (
        "Sit near the front of a chair. Stand up without using your hands, then sit back down."
    )


def _intro_over_columns_pdf() -> bytes:
    """A page as clinic software prints it: a paragraph across the page, then exercise panels in
    two columns whose lines sit beside each other."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 15)
    intro = (
        "Ease into each stretch and stop at a moderate pull for about four breaths. Relax every muscle "
        "you are not stretching, then go a little further and hold again. Do each exercise 10 times, "
        "twice a day, and stop if the pain gets worse rather than easier as you go."
    )
    pdf.multi_cell(190, 6, intro, new_x="LEFT", new_y="NEXT")
    panels = [
        (
            "Prayer stretch",
            "Put your palms together in front of your chest and lower your hands until the forearms pull.",
        ),
        (
            "Reverse prayer stretch",
            "Put the backs of your hands together in front of your chest and lower the elbows slowly.",
        ),
    ]
    for x, (name, how) in zip((10, 110), panels, strict=True):
        pdf.set_xy(x, 50)
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.multi_cell(85, 6, name, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(85, 6, how, new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


def test_two_columns_under_a_paragraph_across_the_page_are_read_column_by_column():
    text = pdf_layout_text(_intro_over_columns_pdf())
    assert "rather than easier as you go." in text  # the paragraph's lines stay whole
    left, right = text.index("Prayer stretch"), text.index("Reverse prayer stretch")
    assert left < text.index("forearms pull.") < right < text.index("lower the elbows slowly.")


HTML_TABLE = """<html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><main><article>
<h1>Core circuit for beginners</h1><p>Work through the table below with good form. Move slowly.</p>
<table><thead>
<tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Rest (s)</th><th>How to do it</th></tr></thead>
<tbody>
<tr><td>Dead bug</td><td>3</td><td>8 per side</td><td>45</td>
<td>Lie on your back, arms up, and lower opposite arm and leg.</td></tr>
<tr><td>Glute bridge</td><td>2</td><td>12</td><td>30</td><td>Lie with knees bent and lift your hips.</td></tr>
<tr><td>Side plank</td><td>2</td><td>-</td><td>30</td><td>Hold for 20 seconds on each side.</td></tr>
</tbody></table>
</article></main><footer>&copy; 2025 Example Gym. All rights reserved.</footer></body></html>"""


def test_an_html_table_is_read_by_its_column_headers():
    text = html_text(HTML_TABLE.encode(), "core.html")
    assert "| Exercise | Sets | Reps | Rest (s) | How to do it |" in text
    result = import_article(text, "core.html")
    assert result.title == "Core circuit for beginners"
    got = [
        (
            e["name"],
            e.get("sets"),
            e.get("reps"),
            e.get("hold"),
            e.get("duration"),
            e.get("rest"),
            tuple(e.get("sides", ())),
        )
        for e in result.exercises
    ]
    assert [g[:6] for g in got] == [
        ("Dead bug", 3, 8, None, None, 45),
        ("Glute bridge", 2, 12, None, None, 30),
        ("Side plank", 2, None, None, 20, 30),  # a hold with no reps is timed work (CONVENTIONS.md)
    ]
    assert [len(g[6]) for g in got] == [2, 0, 2]


def test_html_lists_and_headings_come_from_the_markup_not_wrapped_text():
    page = (
        "<html><body><main><h1>Neck routine</h1><h2>Chin tuck</h2><ul><li>Sit tall and draw your chin "
        "straight back, as if making a double chin, and hold it there for five seconds before you "
        "let go.</li><li>Repeat ten times.</li></ul><h2>Side bend</h2><p>Tilt your ear toward your "
        "shoulder. Hold 20 seconds on each side.</p></main></body></html>"
    )
    text = html_text(page.encode(), "neck.html")
    assert (
        "- Sit tall and draw your chin straight back, as if making a double chin, and hold it there for "
        "five seconds before you let go." in text.splitlines()
    )
    assert "## Chin tuck" in text.splitlines()


def test_a_paragraph_of_numbered_or_bulleted_br_lines_is_a_list_and_wrapped_text_stays_one_line():
    # a blog editor's list typed as "1. …<br>2. …" in one paragraph; a poem-like wrap is not a list
    page = (
        "<html><body><main><h1>Mat sequence</h1><p>Try 8-10 repetitions of every exercise, slowly and "
        "with control, keeping your breath steady and your shoulders away from your ears.</p>"
        "<p>1. Glute bridge<br>2. Side plank<br>3) Bird dog<br>4. Calf raise</p>"
        "<p>• Cat stretch<br>• Child's pose<br>• Thread the needle</p>"
        "<p>Lie on your back with your knees bent<br>and your feet flat on the floor<br>then rest.</p>"
        "</main></body></html>"
    )
    lines = html_text(page.encode(), "mat.html").splitlines()
    assert ["1. Glute bridge", "2. Side plank", "3) Bird dog", "4. Calf raise"] == lines[
        lines.index("1. Glute bridge") :
    ][:4]
    assert "• Cat stretch" in lines and "• Thread the needle" in lines
    assert "Lie on your back with your knees bent and your feet flat on the floor then rest." in lines
    page = page.replace("3) Bird dog", "3. Bird dog").split("<p>•")[0] + "</main></body></html>"
    result = import_article(html_text(page.encode(), "mat.html"), "mat.html")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [
        ("Glute bridge", 8),
        ("Side plank", 8),
        ("Bird dog", 8),
        ("Calf raise", 8),
    ]


def test_label_like_junk_is_refused_by_play_with_the_review_command(tmp_path, capsys):
    junk = tmp_path / "notes.txt"
    junk.write_text(
        "Course notes\n\nGoals\nBuild a strong centre for turns and jumps.\n\n"
        "Sample discussion topics\nKeep the head down while you learn the shapes.\n\n"
        "Level 2 information\nStart with the easier version of each shape.\n",
        "utf-8",
    )
    code, out, err = run_cli(["import", str(junk)])
    unsure = [line for line in err.splitlines() if line.startswith("voicecoach: unsure:")]
    assert code == 0 and len(unsure) == 1 and "Sample discussion topics" in unsure[0], err
    for command in ("preview", "play", "export"):
        code, out, err = run_cli([command, str(junk)])
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1, (command, err)
        assert f"import {junk} -o notes.yaml" in lines[0] and "Sample discussion topics" in lines[0]


def test_a_confident_table_pdf_previews(tmp_path, capsys):
    handout = tmp_path / "pilates.pdf"
    handout.write_bytes(table_pdf())
    code, out, err = run_cli(["preview", str(handout)])
    assert code == 0, err
    assert "Exercise 1 of 5: The Hundred." in out and "unsure" not in err


def test_a_short_page_keeps_its_list_and_its_interval():
    # under trafilatura's default minimum size it fell back to one flat paragraph: no exercises
    page = (
        b"<html><body><nav><a href='/'>Home</a></nav><main><article><h1>30/30 HIIT circuit</h1>"
        b"<p>Work hard for 30 seconds, then rest for 30 seconds. Go through the whole circuit twice.</p>"
        b"<ul><li>Jumping jacks</li><li>Squats</li><li>Push-ups</li><li>Mountain climbers</li></ul>"
        b"</article></main><footer>(c) 2024</footer></body></html>"
    )
    result = import_article(html_text(page, "hiit.html"), "hiit.html")
    assert [(e["name"], e.get("duration")) for e in result.exercises] == [
        ("Jumping jacks", 30),
        ("Squats", 30),
        ("Push-ups", 30),
        ("Mountain climbers", 30),
    ]
    assert (result.session.rounds, result.session.rest_between) == (2, 30)


def test_a_definition_list_under_a_heading_is_one_exercise_per_term():
    page = (
        b"<html><body><main><article><h1>Knee exercises</h1><p>Do these every day.</p><h2>Calf raise</h2>"
        b"<ol><li>Stand holding a chair.</li><li>Rise onto your toes and hold for 3 seconds.</li>"
        b"<li>Lower slowly. Repeat 10 times.</li></ol><h2>Stretches</h2><dl><dt>Hamstring stretch</dt>"
        b"<dd>Sit with one leg straight and reach for your toes. Hold for 30 seconds.</dd>"
        b"<dt>Calf stretch</dt>"
        b"<dd>Lean on a wall with one leg back. Hold for 30 seconds.</dd></dl></article></main></body></html>"
    )
    result = import_article(html_text(page, "knee.html"), "knee.html")
    assert [(e["name"], e.get("reps"), e.get("hold"), e.get("duration")) for e in result.exercises] == [
        ("Calf raise", 10, 3, None),
        ("Hamstring stretch", None, None, 30),
        ("Calf stretch", None, None, 30),
    ]


def test_a_long_pdf_stops_at_the_character_budget():
    from voicecoach.importer.pdfread import TooLongError

    text = pdf_layout_text(two_column_pdf())
    try:
        pdf_layout_text(two_column_pdf(), max_chars=len(text) // 2)
    except TooLongError as err:
        assert len(text) // 2 < err.chars < len(text) + 100  # stopped after the page that passed it
    else:
        raise AssertionError("no TooLongError")


def test_a_table_cell_of_lines_keeps_its_first_line():
    # "a<br>b" in a cell: trafilatura gives the first line as the cell's text, the rest as paragraphs
    page = (
        "<html><body><main><h1>Balance class plan</h1><p>What the group did each week, in order.</p>"
        "<table><tr><th>Part</th><th>Exercises</th></tr>"
        "<tr><td>Seated</td><td>Exercise 1: 10 repetitions knee lifts<br>Exercise 2: 10 repetitions "
        "heel raises</td></tr><tr><td>Standing</td><td>Exercise 3: 12 repetitions sit to stand<br>"
        "Exercise 4: 6 repetitions tandem walk</td></tr></table></main></body></html>"
    )
    text = html_text(page.encode(), "balance.html")
    assert "Exercise 1: 10 repetitions knee lifts" in text.splitlines()
    result = import_article(text, "balance.html")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [
        ("Knee lifts", 10),
        ("Heel raises", 10),
        ("Sit to stand", 12),
        ("Tandem walk", 6),
    ]


def test_exercises_written_only_inside_a_table_of_pictures_and_text_are_read_from_its_cells():
    text = (
        "# Wrist routine\n\n| Picture | What to do |\n|---|---|\n"
        "| [photo] | Wrist circles: turn the hands in slow circles. Repeat 10 times. |\n"
        "| [photo] | Finger spreads: open the fingers wide, then close them. Repeat 8 times. |\n"
    )
    result = import_article(text, "wrist.md")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [
        ("Wrist circles", 10),
        ("Finger spreads", 8),
    ]


def test_a_table_with_no_header_row_gets_its_columns_from_their_cells():
    page = (
        "<html><body><main><h1>Ankle routine</h1><p>Three moves for a stiff ankle, done each morning.</p>"
        "<table><tr><td><b>Ankle pumps</b></td><td>Point the foot away, then pull it back.</td><td>15 reps</td></tr>"
        "<tr><td><b>Towel curls</b></td><td>Scrunch a towel towards you with the toes.</td><td>10 reps</td></tr>"
        "</table></main></body></html>"
    )
    result = import_article(html_text(page.encode(), "ankle.html"), "ankle.html")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [
        ("Ankle pumps", 15),
        ("Towel curls", 10),
    ]


def test_a_technique_column_of_short_names_beside_a_procedure_column_holds_the_names():
    text = (
        "# Knee self-care\n\n| Technique | Procedure | Purpose |\n|---|---|---|\n"
        "| Heel slides | 1. Lie on your back. 2. Slide the heel towards you and back. Repeat 10 times. | mobility |\n"
        "| Quad sets | 1. Sit with the leg straight. 2. Press the knee down. Repeat 8 times. | strength |\n"
    )
    result = import_article(text, "knee.md")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [("Heel slides", 10), ("Quad sets", 8)]


def test_a_list_item_whose_first_line_is_broken_off_is_named_by_it():
    page = (
        "<html><body><main><h1>Neck care</h1><p>Gentle moves for a stiff neck after a day at a desk.</p><ol>"
        "<li>Chin tucks<br>Draw the chin straight back and hold for 5 seconds. Repeat 8 times.</li>"
        "<li>Side bends<br>Tip the ear towards the shoulder. Repeat 5 times.</li></ol></main></body></html>"
    )
    result = import_article(html_text(page.encode(), "neck.html"), "neck.html")
    assert [(e["name"], e.get("reps")) for e in result.exercises] == [("Chin tucks", 8), ("Side bends", 5)]


def test_a_pdf_title_wrapped_onto_two_lines_is_one_heading():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=20)
    for line in ("Balance training at home (first", "month)"):  # large type, one line under the other
        pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "1. Heel raises: rise onto your toes and lower them. Repeat 10 times.")
    text = pdf_layout_text(bytes(pdf.output()))
    assert "# Balance training at home (first month)" in text.splitlines()
    assert [e["name"] for e in import_article(text, "balance.pdf").exercises] == ["Heel raises"]


def test_a_borderless_tables_numbered_name_broken_over_lines_is_one_name():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 6, "Do these exercises before your hip operation.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        ("1. Heel\nslides", "Lie on your back.\nSlide one heel up towards you and back.\nRepeat 10 times."),
        (
            "2. Inner\nRange\nQuads",
            "Put a rolled towel under the knee.\nLift the heel off the bed.\nRepeat 8 times.",
        ),
    ]
    with pdf.table(col_widths=(38, 102, 50), first_row_as_headings=False, borders_layout="NONE") as table:
        for name, steps in rows:
            table.row((name, steps, "[picture]"))
    text = pdf_layout_text(bytes(pdf.output()))
    exercises = import_article(text, "hip.pdf").exercises
    assert [(e["name"], e.get("reps")) for e in exercises] == [("Heel slides", 10), ("Inner Range Quads", 8)]
    two_column = pdf_layout_text(two_column_pdf())  # a page's right column is no table column
    assert "1. Heel raises" in two_column.splitlines()


def test_steps_in_the_caption_under_a_picture_are_read():
    """A saved encyclopedia page (corpus article 199) whose steps sit in the caption box under its
    picture, which trafilatura drops as a picture's furniture."""
    page = next(REAL.glob("199-*.html"))
    text = html_text(page.read_bytes(), page.name)
    assert "1. Breathe in slowly through your nose for 2 counts." in text
    exercise = import_article(text, page.name).exercises[0]
    assert [p["seconds"] for p in exercise["phases"]] == [2, 4]


def test_the_benchmarks_two_column_leaflet_with_a_table_reads_every_exercise(tmp_path):
    """The leaflet `scripts/bench` times: 16 numbered exercises in two columns over two pages, then
    a table of two more, whose first row repeats a name of the list."""
    from benchmarks.importer import _leaflet_pdf

    path = tmp_path / "leaflet.pdf"
    path.write_bytes(_leaflet_pdf(2, table=True))
    exercises = import_source(path).exercises
    assert len(exercises) == 18
    rows = [(e["name"], e.get("sets"), e.get("reps")) for e in exercises if e.get("sets")]
    assert rows == [("Wall push-up", 2, 10), ("Sit to stand", 3, 8)]


def test_a_kept_page_gives_back_its_lines_exactly():
    # a long PDF's pages are kept packed until the last is read; rendering needs them unchanged
    from voicecoach.importer.pdfread import Line, _KeptPage

    lines = [
        Line("Heel raises", 71.5, 84.25, 56.0, 140.125, 14.0, True),
        Line("Do 10.", 90.0, 99.5, 56.0, 88.0, 10.5, False),
    ]
    kept = _KeptPage.of(792.0, lines, [(300.0, ["| a | b |"])])
    assert kept.lines() == lines and kept.tables == [(300.0, ["| a | b |"])] and kept.height == 792.0


# A printed sheet's blanks for the patient's own record, under an exercise's text
FILL_INS = [
    "How many seconds can you hold the squeeze? _______",
    "Number of times you managed: ……………",
    "How long could you hold it for? . . . . . . . . seconds",
]


@pytest.mark.parametrize("prompt", FILL_INS)
def test_a_fill_in_prompt_is_a_record_and_the_exercise_goes_on_past_it(prompt):
    text = (
        "# Pelvic floor programme\n\n## Slow squeezes\n\nTighten the muscles and hold as long as you can.\n"
        f"{prompt}\nAim for a 10 second hold, repeated 8 times.\n\n## Quick squeezes\n\n"
        "Tighten and let go at once.\nHow many can you do? _____\nAim for 10 quick ones, repeated 10 times.\n"
    )
    got = import_article(text, "sheet.md").exercises
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in got] == [
        ("Slow squeezes", 8, 10),
        ("Quick squeezes", 10, None),
    ]


# A home plan set as a timetable: days down the side, the day's activities across, with columns of
# easier and harder versions whose numbers are not today's dose
PLAN_TABLES = {
    "two activity columns": "| | Morning activity | Afternoon activity |\n|---|---|---|\n"
    "| Monday | Jog on the spot for 2 minutes. | Do 10 star jumps. |\n"
    "| Tuesday | Hold a wall sit for 30 seconds. | Do 8 squats. |\n",
    "variants beside": "| Week 1 | Challenge | Make it easier / harder |\n|---|---|---|\n"
    "| Day 1 | Jog on the spot for 2 minutes. | Jog for 1 minute / for 3 minutes |\n"
    "| Day 2 | Do 10 star jumps. | Do 5 / do 20 |\n"
    "| Day 3 | Hold a wall sit for 30 seconds. | 15 seconds / 45 seconds |\n"
    "| Day 4 | Do 8 squats. | 4 squats / 12 squats |\n",
    "html, no header cells": "<html><body><article><h1>Home PE</h1><p>Try one each day.</p><table>"
    "<tr><td>CLASS 4</td><td>Daily challenge</td><td>Simplify (-) / Progress (+)</td></tr>"
    "<tr><td>MONDAY</td><td>Jog on the spot for 2 minutes.</td><td>- = 1 minute + = 3 minutes</td></tr>"
    "<tr><td>TUESDAY</td><td>Do 10 star jumps.</td><td>- = 5 + = 20</td></tr>"
    "<tr><td>WEDNESDAY</td><td>Hold a wall sit for 30 seconds.</td><td>- = 15 seconds + = 45 seconds</td></tr>"
    "<tr><td>THURSDAY</td><td>Do 8 squats.</td><td>- = 4 + = 12</td></tr></table></article></body></html>",
}


@pytest.mark.parametrize("layout", list(PLAN_TABLES))
def test_a_plan_table_by_day_gives_one_exercise_per_activity_cell(layout, tmp_path):
    text = PLAN_TABLES[layout]
    if text.startswith("<html>"):
        path = tmp_path / "plan.html"
        path.write_text(text, "utf-8")
        got = import_source(path).exercises
    else:
        got = import_article("# Home PE\n\nTry one each day.\n\n" + text, "plan.md").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in got] == [
        ("Exercise 1", None, 120),
        ("Exercise 2", 10, None),
        ("Exercise 3", None, 30),
        ("Exercise 4", 8, None),
    ]


PROMO_BOXES = [
    "**Free Newsletter Signup**\n\nGet the latest health news in your inbox! Your email [Sign up]",
    "## Subscribe today\n\nStretch, walk and lift with our coaches: 12 new 20 minute workouts a month.",
    "**Get your free copy of Stronger Knees**\n\nBend and straighten your knees with ten easy moves, 10 minutes a day. Read more",
    "### Most popular\n\n1. Walking for health\n2. Ten easy stretches",
]


@pytest.mark.parametrize("box", PROMO_BOXES)
def test_a_printed_pages_promotion_box_is_no_exercise(box):
    text = (
        "# Two balance moves\n\n**Heel raise**\n\nRise onto your toes and lower. Do 10 repetitions.\n\n"
        f"**Tandem stand**\n\nStand heel to toe for 20 seconds.\n\n{box}\n"
    )
    got = import_article(text, "balance.md").exercises
    assert [e["name"] for e in got] == ["Heel raise", "Tandem stand"]


def _narrow_columns_pdf() -> bytes:
    """A leaflet in two narrow columns, its paragraphs set with no space between them, each a
    name run into its instruction ("Upper back To stretch …"), wrapped every few words."""

    paragraphs = [
        "Stretch after every run. Here are three to use in your routine:",
        "Upper back To stretch between your shoulder blades, bend forward at the waist with your knees "
        "slightly bent and hold your left knee with your right hand. Hold for 30 seconds.",
        "Lower back Lie on your back and pull your right knee in to your chest. Hold for 30 seconds, "
        "then do the same with your left knee.",
        "Calves Stand facing a wall with one foot behind the other and lean in until the back calf "
        "stretches. Hold for 30 seconds.",
    ]
    return _columns_pdf(paragraphs, spacing=0, title="Stretching guide")


def test_a_narrow_columns_paragraphs_are_whole_lines_parted_where_a_short_line_ends_them():
    text = pdf_layout_text(_narrow_columns_pdf())
    assert "\nUpper back To stretch between your shoulder blades, bend forward at the waist" in text
    assert "Hold for 30 seconds.\n\nLower back Lie on your back" in text  # no gap, a short last line
    got = import_article(text, "guide.pdf").exercises
    assert [e["name"] for e in got] == ["Upper back", "Lower back", "Calves"]


def _columns_pdf(items: list[str], spacing: float = 1.5, title: str = "") -> bytes:
    """Two narrow columns, each of ``items`` a paragraph with ``spacing`` mm under it, under a
    ``title`` across the page when there is one."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for words in items:
            with cols.paragraph(bottom_margin=spacing) as paragraph:
                paragraph.write(text=words)
    return bytes(pdf.output())


def test_a_line_ended_where_its_next_word_would_not_fit_is_joined_to_the_next():
    """A wrapped line need not fill its column: "back" ends it well short because "underneath"
    did not fit, so the step goes on. On a page that parts its paragraphs with a little space,
    a line at the leading goes on with the paragraph even after a sentence's end ("knees." /
    "Squeeze …"), and a line that fills its column with that space under it ends its paragraph."""
    steps = (
        "1. Sit on a firm chair and bend your knee back underneath the seat as far as you "
        "comfortably can, then straighten it."
    )
    squeeze = "Lie on your back with a pillow between your knees. Squeeze it for five seconds."
    reminders = [
        "breathe out as you lift and in as you lower, each time",
        "rest for a minute between the sets",
    ]
    items = [
        "Knee bends",
        steps,
        "Repeat 10 times.",
        "Thigh squeezes",
        squeeze,
        "Repeat 8 times.",
        "Remember:",
    ]
    text = pdf_layout_text(_columns_pdf(items + reminders))
    assert text.splitlines()[:3] == ["Knee bends", steps, "Repeat 10 times."]
    assert squeeze in text.splitlines()
    assert text.splitlines()[-2:] == reminders
