"""Rebuild the BLIND-9 corpus PDFs (needs fpdf2, the test extra): a charity's folded neck pain
leaflet (A4 landscape, three panels: two columns of exercises and the cover panel, a second page of
text), a hospital's joint replacement book page printed from an online viewer (running header and
footer, two pages, a table of exercises with column headers), and a community physiotherapy
service's shoulder booklet (two columns that the reading order interleaves, a version line, lettered
exercises, two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind9.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def _panel(pdf, x, y, width, blocks):
    """Blocks of (heading, text) set one under another in a column starting at (x, y)."""
    pdf.set_xy(x, y)
    for heading, text in blocks:
        if heading:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(width, 6, heading, new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(width, 5, text, new_x="LEFT", new_y="NEXT")
        pdf.ln(4)


def arthritis_neck_leaflet_pdf() -> bytes:
    pdf = FPDF(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(12, 14)
    pdf.cell(180, 8, "Simple exercises")
    _panel(pdf, 12, 26, 85, [
        ("Neck tilt", "Tilt your head forwards until your chin rests on your chest. Tense the neck "
         "muscles gently and hold for 5 seconds. Come back to a neutral position and repeat 5 times."),
        ("", "[picture]"),
        ("Neck tilt (side to side)", "Tilt your head down towards your shoulder, ear first. Tense the "
         "neck muscles gently and hold for 5 seconds. Bring your head back to the centre and repeat on "
         "the other side. Repeat 5 times on each side."),
        ("", "[picture]"),
        ("Neck turn", "Turn your head to one side, keeping your chin level and moving only as far as is "
         "comfortable. Tense the neck muscles gently and hold for 5 seconds. Bring your head back to the "
         "centre and repeat on the other side. Repeat 5 times on each side."),
    ])
    _panel(pdf, 104, 26, 85, [
        ("Neck stretch", "Keep the rest of your body straight and push your chin forwards so that your "
         "throat is stretched. Tense the neck muscles gently and hold for 5 seconds. Bring your head back "
         "to the centre and push it backwards, chin up. Hold for 5 seconds. Repeat 5 times."),
        ("", "[picture]"),
    ])
    pdf.set_xy(200, 14)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(85, 12, "Neck pain", new_x="LEFT", new_y="NEXT")
    _panel(pdf, 200, 30, 85, [
        ("", "This leaflet gives general information about neck pain and some simple exercises that may "
         "help."),
        ("Summary", "- Neck pain is common, and most of it is not caused by anything serious.\n"
         "- Most neck pain gets better by itself within a few weeks.\n"
         "- Keep active. More than a couple of days in bed makes it harder to get going again. Build "
         "your normal activities back up bit by bit and exercise regularly.\n"
         "- Take painkillers if you need them so that you can stay active."),
        ("", "Your pain should ease within 2 weeks, and you should be over it in about 4-6 weeks. Keep "
         "doing the suggested exercises for at least 6-8 weeks to help stop the symptoms coming back."),
        ("", "If your neck pain is severe, or your arms or hands feel weak, contact your doctor."),
    ])
    pdf.set_xy(200, 190)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(85, 5, "www.arthritisresearchuk.org      2305/P-NECK/12-9")
    pdf.add_page()
    _panel(pdf, 12, 14, 85, [
        ("How does the neck work?", "The neck is formed by 7 bones, called the cervical vertebrae. ..."),
    ])
    _panel(pdf, 104, 14, 85, [
        ("", "... the changes are very like those seen in osteoarthritis. Painkillers can help you keep "
         "moving."),
        ("", "Regular exercise will:\n- build up muscle strength and stamina\n- improve your flexibility"),
    ])
    return bytes(pdf.output())


TARGETS = {
    "280-arthritisresearchuk-neck-pain-leaflet.pdf": arthritis_neck_leaflet_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
