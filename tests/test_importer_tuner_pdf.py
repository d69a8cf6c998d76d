"""PDF layouts that misled the exercise count (issue 23): two columns set between paragraphs that
run across the page. Each PDF here is built from our own words with fpdf2."""

from __future__ import annotations

from fpdf import FPDF

from voicecoach.importer import import_article
from voicecoach.importer.pdfread import pdf_layout_text

INTRO = (
    "These movements keep your shoulders and hips easy to move after a long week at a desk. Check "
    "with your physiotherapist before you start if you have had an operation in the last three months.",
    "Go gently the first few times, breathe out as you move, and stop if anything feels sharp.",
)
FOOTER = (
    "Prepared by the community therapy team for patients of the Riverside clinic. Reviewed in spring "
    "and due for another look next year; ask at reception for a large-print copy of this sheet.",
    "This sheet does not replace the advice of the person treating you. Call the clinic if unsure.",
)
BAND = (
    (
        "Shoulder Rolls",
        (
            "Sit tall with your arms loose by your sides.",
            "Roll both shoulders up, back and down in a slow circle.",
            "Repeat 8 times.",
        ),
    ),
    (
        "Knee Lifts",
        (
            "Sit near the front of a firm chair.",
            "Lift one knee towards your chest, then lower the foot to the floor.",
            "Repeat 12 times.",
        ),
    ),
    (
        "Side Bends",
        (
            "Stand with your feet apart and hands on your hips.",
            "Lean slowly to one side, come back up, then lean to the other.",
            "Repeat 6 times.",
        ),
    ),
)


def _paragraphs(pdf: FPDF, paragraphs: tuple[str, ...]) -> None:
    pdf.set_font("Helvetica", size=10.5)
    for text in paragraphs:
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")


def _band_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Loosen Up at Home", new_x="LMARGIN", new_y="NEXT")
    _paragraphs(pdf, INTRO)
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT", balance=True) as cols:
        for name, steps in BAND:
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=name + "\n")
            pdf.set_font("Helvetica", size=10.5)
            for step in steps:
                cols.write(text="- " + step + "\n")
            cols.write(text="\n")
    pdf.ln(6)
    _paragraphs(pdf, FOOTER)
    return bytes(pdf.output())


def test_two_columns_between_paragraphs_across_the_page_are_read_column_by_column():
    text = pdf_layout_text(_band_pdf())
    result = import_article(text, "loosen.pdf")
    assert [e["name"] for e in result.exercises] == [name for name, _ in BAND]
    assert [e.get("reps") for e in result.exercises] == [8, 12, 6]


WRAPPED_NAMES = (
    (
        "Standing hip abduction with a long resistance band",
        "Loop the band round both ankles and lift one leg out to the side. Repeat 10 times.",
    ),
    (
        "Seated knee extension over a rolled bath towel",
        "Straighten the knee slowly and lower it again. Repeat 12 times.",
    ),
)


def _narrow_names_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Strong Legs Sheet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for name, how in WRAPPED_NAMES:  # a narrow box: each bold name wraps onto a second line
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(70, 5.5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10.5)
        pdf.multi_cell(70, 5.5, how, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def test_a_bold_name_wrapped_onto_a_second_line_is_one_bold_name():
    text = pdf_layout_text(_narrow_names_pdf())
    result = import_article(text, "legs.pdf")
    assert [e["name"] for e in result.exercises] == [name for name, _ in WRAPPED_NAMES]
    assert [e.get("reps") for e in result.exercises] == [10, 12]
