"""Rebuild the part-19 corpus PDFs (needs fpdf2, the test extra): a regional health site's printable
topic (running header and footer, two pages, the dose stated once above a borderless two-column grid of
pictures and exercise names).

    .venv/bin/python tests/articles/real/make_pdf_part19.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed  # noqa: F401  (shared by every part)


class _HealthInfo(FPDF):
    """HealthInfo's printable topic: site name on top, review key and page count at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "HealthInfo Waitaha Canterbury", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Health information you can trust", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Care of your wrist & hand following a fracture", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "HealthInfo clinical advisers: June 2022. Review key HIWAH-240323")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def healthinfo_wrist_pdf() -> bytes:
    pdf = _HealthInfo()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(
        pdf,
        [
            "# Care of your wrist & hand following a fracture",
            "Te manaaki i to kawititanga o te ringa me to ringa i muri i te tawhatiwhati",
            "Wrist and hand fractures differ from one person to the next. Follow the advice the medical "
            "staff give you.",
            "If you have questions, ask your hand therapist, physiotherapist, doctor or orthopaedic nurse.",
            "Once the cast is off, you may find that your wrist and fingers are weaker and move less, that "
            "the skin of your hand and fingers is dry and scaly, and that your wrist aches.",
            "If your forearm is dry and flaky, wash the hand and forearm in warm soapy water, then rub in "
            "some hand cream.",
            "## Splints and bandages",
            "A splint or bandage, if you are given one, is only for a short time (up to two weeks if you "
            "need it). Take it off for your exercise sessions and at night.",
            "## Movement and strength",
            "Your wrist and hand may feel weak and sore, but it matters that you use the hand for light "
            "jobs, then gradually heavier ones. Over four to six weeks your movement and strength should "
            "come back and everyday tasks should get easier.",
            "At first, lifting something heavy such as a pot of potatoes will be hard, but as you use the "
            "hand more and more it will improve.",
            "Little and often is best to begin with. If your arm aches a lot after an activity, soaking it "
            "in warm water may ease it.",
            "## Hand exercises",
            "These exercises help the wrist and hand move further, and so work better.",
            "Do each exercise 10 times with a rest in between. Repeat four to six times a day sitting at a "
            "table.",
            "The finger exercise can be done with the splint on; take the splint off for the other "
            "exercises. Move as far as you comfortably can without causing too much pain.",
            "<page>",
        ],
    )
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(45, 50, 45, 50),
        first_row_as_headings=False,
        borders_layout="NONE",
        text_align="LEFT",
        line_height=5.5,
    ) as table:
        table.row(
            (
                "[picture: a hand curling into a full fist]",
                "Finger exercise\n(you can do this exercise with your splint on)",
                "[picture: the thumb bending across the palm]",
                "Thumb exercise",
            )
        )
        table.row(
            (
                "[picture: the wrist bending down and up over the table edge]",
                "Wrist flexion and extension",
                "[picture: the forearm turning palm up, then palm down]",
                "Pronation and supination",
            )
        )
    pdf.ln(6)
    _lines(
        pdf,
        [
            "Written by Orthopaedic Outpatients and Physiotherapy Departments, Canterbury DHB. Adapted by "
            "HealthInfo clinical advisers. Last reviewed June 2022.",
            "www.healthinfo.org.nz",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "416-healthinfo-wrist-hand-fracture-printout.pdf": healthinfo_wrist_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
