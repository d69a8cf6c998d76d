"""Rebuild the part-3 corpus PDFs (needs fpdf2, the test extra): a cardiac rehab page printed from a
browser (running header and footer, two pages, a two-column station table), a COPD breathing page
printed from a browser (two pages, numbered steps), and a one-page Achilles heel-drop handout (a
table with column headers, figure captions in two columns).

    .venv/bin/python tests/articles/real/make_pdf_part3.py
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)   # byte-identical output on every rebuild


class _Printed(FPDF):
    """A page printed from a browser: date and title on top, address and page count at the bottom."""

    top_left, top_right, address = "", "", ""

    def header(self):
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, self.top_left)
        self.cell(0, 5, self.top_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, self.address)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


def _lines(pdf, lines, heading_size=12.5):
    """'# ' title, '## ' heading, '<page>' page break, anything else a paragraph."""
    for line in lines:
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", heading_size)
            pdf.ln(2)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line == "<page>":
            pdf.add_page()
        else:
            pdf.set_font("Helvetica", size=10.5)
            pdf.multi_cell(0, 5.5, line or " ", new_x="LMARGIN", new_y="NEXT")


def _printed(top_left, top_right, address) -> _Printed:
    pdf = _Printed()
    pdf.top_left, pdf.top_right, pdf.address = top_left, top_right, address
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def heart_support_pdf() -> bytes:
    pdf = _printed("14/03/2023, 10:12", "Exercising with Mike Turner - Heart Support Group",
                   "https://heartsupportgroup.co.uk/excersising-with-mike-turner/")
    _lines(pdf, [
        "Home    About Us    Meetings    Exercising with Mike Turner    News    Contact",
        "# Exercising with Mike Turner",
        "Michael Turner, BSc(Hons), Grad B.A.C.R.",
        "(British Association for Cardiac Rehabilitation)",
        "Cooling Down after exercise",
        "## Patient Safety Information",
        "    - Wear loose, comfortable clothes and sensible shoes.",
        "    - Leave at least 2 hours between a heavy meal and your exercise.",
        "    - If you have diabetes, check your blood sugar before and after exercising.",
        "    - Do not exercise while you are unwell (for example with a cold).",
        "## Home Exercise Programme, This complements any home walking",
        "Warm Up - The warm up should take 15 minutes. Walking round the house or the garden is one of "
        "the simplest ways to warm up at home. Set off slowly and let the pace build up bit by bit.",
        "The Main Circuit (approx. 20/30 minutes) - The circuit alternates Cardiovascular (CV) exercises, "
        "which lift your heart rate, with Active Recovery (AR) exercises, which give you rest intervals. "
        "As you get fitter you can drop some of the AR activities from the circuit. At home, stay at the "
        "level you have been working at in the cardiac rehab programme.",
        "The AR activities can be made harder with light weights, for example empty water bottles; put "
        "some water in them for more weight.",
        "Your body should feel warm and working. Your breathing and heart rate may speed up, but you "
        "should still be able to talk comfortably. If you could sing and whistle as well, you are "
        "probably not working quite hard enough.",
        "Cool Down - Cool down for at least 15 minutes. Again, walking round the house or the garden "
        "works well, slowing the pace gradually. Add some of the stretches you were shown at the "
        "cardiac rehab programme.",
        "<page>",
    ])
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(col_widths=(25, 165), text_align="LEFT", first_row_as_headings=False,
                   line_height=6) as table:
        table.row(("C V 1", "Walking up and down the hall way.\n"
                            "Walk for 1 minute and gradually build up to 2 minutes."))
        table.row(("AR 1", "Bicep Curl\n"
                           "Stand with your arms hanging down, a light weight in each hand, palms "
                           "turned forward.\nBend one elbow and then the other, slowly.\n"
                           "Repeat 10-15 times."))
    pdf.ln(6)
    _lines(pdf, ["Heart Support Group  |  Contact us  |  Privacy"])
    return bytes(pdf.output())


def copd_breathing_pdf() -> bytes:
    pdf = _printed("2/9/2022", "Breathing Exercises for COPD",
                   "https://bndhmo.com/members/common/en-US/healthy/hlthcondcare/copd/prevcopd/brthexcopd.aspx")
    _lines(pdf, [
        "Members    Find a Doctor    Pharmacy    Healthy Living    Contact Us",
        "Healthy Living > Health Condition Care > COPD > Preventing Problems",
        "# Breathing Exercises for COPD",
        "If you have COPD, breathing exercises belong in your day. Done the right way, they help keep "
        "you from running short of breath when you are active.",
        "## Purse-lip Breathing Exercise",
        "Purse-lip breathing is one of the best ways to get shortness of breath under control. Use it "
        "when you start to feel breathless or when an activity is getting harder.",
        "1. Sit in a chair with your head supported.",
        "2. Breathe in slowly through your nose until your lungs feel full.",
        "3. Don't hold your breath. Pucker your lips as if to whistle and let the air out slowly.",
        "4. Make the breath out twice as long as the breath in. As a rule of thumb, breathe in for four "
        "seconds and out for six to eight seconds.",
        "5. Repeat.",
        "## Diaphragmatic Breathing Exercises (Belly Breathing)",
        "Belly breathing gets the diaphragm (the muscle under your lungs) moving, so more air gets into "
        "your lungs and breathing takes less effort.",
        "1. Lie on your back with the knees bent and a pillow under your head. Once you are used to the "
        "exercise you can try it sitting in a chair.",
        "2. Rest one palm on your belly and the other on your chest.",
        "3. Breathe in slowly through your nose. Your belly should push your hand out; your chest should "
        "stay still.",
        "4. Tighten your belly muscles and breathe out slowly through pursed lips. Feel your belly fall.",
        "If this makes you dizzy, slow your breathing down. Begin with five to 10 minutes of this "
        "exercise, three or four times a day, and lengthen it slowly over time.",
        "<page>",
        "## Coughing Exercise",
        "Coughing matters too: it keeps your lungs clear. These steps help bring up mucus.",
        "1. Sit comfortably in a chair",
        "2. Tip your head slightly forward",
        "3. Put both feet firmly on the floor",
        "4. Breathe in slowly and deeply",
        "5. Try to hold your breath for three seconds",
        "6. With your mouth slightly open, cough twice",
        "7. Take a breath and repeat two to three times",
        "",
        "This information is for education only and is not a substitute for advice from your doctor.",
        "Privacy    Terms of Use    Nondiscrimination Notice    Language Assistance",
    ])
    return bytes(pdf.output())


class _OnePager(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Achilles tendinopathy - exercise sheet", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


_REFERENCES = (
    "Alfredson H., Pietila T., Jonsson P., Lorentzon R. Heavy-load eccentric calf muscle training for the "
    "treatment of chronic achilles tendinosis. Am J Sports Med 1998; 26: 360-6",
    "Fahlstrom M., Jonsson P., Lorentzon R., Alfredson H. Chronic achilles tendon pain treated with "
    "eccentric calf-muscle training. Knee Surg Sports Traumatol Arthrosc 2003; 11 (5): 327-33.",
    "Roos EM., Engstrom M., Lagerquist A., Soderberg B. Clinical improvement after 6 weeks of eccentric "
    "exercise in patients with mid-portion Achilles tendinopathy - a randomized trial with 1 year "
    "follow up. Scand J Med Sci Sports 2004; 14 (5): 286-95",
)


def achilles_heel_drop_pdf() -> bytes:
    pdf = _OnePager(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Achilles tendinopathy", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=7.5)
    for reference in _REFERENCES:
        pdf.multi_cell(0, 4, reference, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Achilles heel-drop protocol (for mid-portion achilles tendinopathy)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(45, 60, 80, 85), text_align="LEFT", line_height=5.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 225, 240))) as table:
        table.row(("Number Of Exercises", "Exercise", "Specific Exercise", "Exercise progression"))
        table.row(("3*15 repetitions\n2 times daily\n7 days a week for 12 weeks.",
                   "Up with two legs and down with the painful leg only.",
                   "Do the exercise both with the knee straight (fully extended) (Fig. 1) and with the "
                   "knee bent (flexed 45 degrees) (Fig. 2), heel over the edge of a step.",
                   "Lower only (heel-drop) from standing on the toes, i.e. get back up onto the toes "
                   "with the good leg and the arms.\nKeep doing the exercises until they are pain-free.\n"
                   "Then add load until they are painful again.\nKeep adding load step by step."))
    pdf.ln(6)
    with pdf.text_columns(ncols=2, gutter=12, text_align="LEFT") as cols:
        pdf.set_font("Helvetica", size=10)
        cols.write(text="[figure: heel over a step, knee straight]\n")
        cols.write(text="Fig. 1 (start with two legs, progress to a single leg).\n")
        cols.new_column()
        cols.write(text="[figure: heel over a step, knee bent]\n")
        cols.write(text="Fig. 2 (start with two legs, progress to a single leg).\n")
    return bytes(pdf.output())


TARGETS = {
    "84-heartsupportgroup-cardiac-home-circuit.pdf": heart_support_pdf,
    "86-bndhmo-copd-breathing-exercises.pdf": copd_breathing_pdf,
    "93-alfredson-heel-drop-protocol.pdf": achilles_heel_drop_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
