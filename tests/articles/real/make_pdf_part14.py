"""Rebuild the part-14 corpus PDFs (needs fpdf2, the test extra): a hospital joint-replacement book's
page as a flip-book viewer prints it (running header and footer, the exercises flowing in two
columns, the dose stated once in the introduction), a clinic's neck-exercise page printed from a
browser (two pages, labelled fields under each numbered exercise), a hospital pelvic-floor
programme printed from a browser (two pages, fill-in blanks, aims as doses) and a desk-stretch
page printed from a browser (two pages, a summary table with column headers, then two columns).

    .venv/bin/python tests/articles/real/make_pdf_part14.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _BookPage(FPDF):
    """A page of a printed patient book: book title and publisher on top, page number below."""

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Hip and Knee Joint Replacement - Patient Resources")
        self.cell(0, 5, "Bay of Plenty District Health Board", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, "59", align="C")


def bopdhb_hip_pdf() -> bytes:
    pdf = _BookPage()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Hip exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Day 1 after your operation", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT", balance=True) as cols:
        pdf.set_font("Helvetica", size=10.5)
        cols.write(text="These exercises are meant to help your new hip move more freely. Do every one of them "
                        "slowly and with control. Try to get through all of them about four to five times a day.\n\n")
        cols.write(text="You will manage more each time as you get stronger. At first, aim for 10 repetitions of "
                        "each exercise and build up to 20.\n\n")
        for name, text in (
            ("Quadriceps (thigh) exercise",
             "Pull your toes up towards you and tighten the muscles of your thigh by pressing the back of "
             "your knee down into the bed. Hold for five seconds, then relax."),
            ("Knee extension",
             "Put a rolled-up towel under your knee. Keeping your thigh on the towel, lift your heel off "
             "the bed until your knee is fully straight. Hold for five seconds and lower it slowly."),
            ("Hip and knee flexion",
             "Lying on your back, slide your heel slowly up the bed so that your knee bends, then slowly "
             "straighten it again."),
            ("Hip abduction (not for lateral approach)",
             "Lying on your back with your knee straight and your toes pointing at the ceiling, slide your "
             "leg out to the side. Slide it back to the middle."),
        ):
            pdf.set_font("Helvetica", "B", 11)
            cols.write(text=name + "\n")
            pdf.set_font("Helvetica", size=10.5)
            cols.write(text=text + "\n")
            pdf.set_font("Helvetica", "I", 8.5)
            cols.write(text="[drawing: " + name.split(" (")[0].lower() + " in bed]\n\n")
    return bytes(pdf.output())


def main() -> None:
    for name, build in (
        ("265-bopdhb-hip-exercises-day-1.pdf", bopdhb_hip_pdf),
    ):
        (HERE / name).write_bytes(build())
        print("wrote", name)


if __name__ == "__main__":
    main()
