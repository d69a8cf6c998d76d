"""Rebuild the part-32c corpus PDFs (needs fpdf2, the test extra): a hospital's wrist fracture
booklet as a document-sharing site serves it (small A5 pages, a cover, one short section a page,
unnamed exercises under headings that carry the dose for the whole group in brackets, grey boxes
where the drawings are) and a sports site's seated tai chi article printed from a browser (running
header and footer, h2 names over one paragraph each, the doses as ranges at the end of the
paragraphs).

    .venv/bin/python tests/articles/real/make_pdf_part32c.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _Booklet(FPDF):
    """A small patient booklet: no number on the cover, then the page number centred at the foot."""

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, str(self.page_no() - 1), align="C")


def _booklet_page(pdf, lines):
    """'## ' heading, '### ' bracketed dose line, '[fig]' a grey drawing box, else a paragraph."""
    pdf.add_page()
    for line in lines:
        if line.startswith("## "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.set_text_color(0, 70, 127)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif line.startswith("### "):
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.multi_cell(0, 6, line[4:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif line == "[fig]":
            pdf.set_fill_color(225, 225, 225)
            pdf.rect(pdf.l_margin + 20, pdf.get_y() + 1, 88, 32, style="F")
            pdf.ln(37)
        else:
            pdf.set_font("Helvetica", size=10.5)
            pdf.multi_cell(0, 5.5, line or " ", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)


def docplayer_wrist_fractures_pdf() -> bytes:
    pdf = _Booklet(format="A5")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Wrist Fractures")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 26)
    pdf.set_text_color(0, 70, 127)
    pdf.cell(0, 14, "Wrist Fractures", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Looking for more health information?", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0,
        5.5,
        "Ask at the Patient and Family Library, or speak with a member of your health care team.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(40)
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "2011", align="C", new_x="LMARGIN", new_y="NEXT")
    _booklet_page(
        pdf,
        [
            "## Wrist Fractures",
            "Once your cast comes off, the joints and soft tissues of the injured forearm will probably feel "
            "tight. You may notice one or more of these in your wrist and hand:",
            "1. Pain and tenderness (often at night)",
            "2. Swelling",
            "3. Stiffness",
            "4. Weakness",
            "5. Skin changes (ie. flaky skin, shiny skin, redness or blanching [turns white])",
            "6. Short term changes in sensation",
            "These can last for several months. Keep doing the exercises we show you even while you have "
            "them, and always stay within a level of pain you can accept.",
            "Do not lift anything heavy with the healing arm until its movement and strength come back. "
            "That often takes four to six weeks after the cast is removed, and longer if you have had "
            "surgery.",
        ],
    )
    _booklet_page(
        pdf,
        [
            "## Your exercise routine will include:",
            "1. Soaking your wrist and hand in warm water for 15 minutes. The warmth eases pain and makes "
            "moving easier. It also softens dry, flaky skin so it comes away more easily; skin lotion can "
            "help soften the skin too.",
            "2. Range of motion and stretching exercises, to get more movement back in your wrist and hand.",
            "3. Strengthening exercises, so your wrist and hand work better.",
            "4. Ice, if the exercises leave you with pain, more discomfort or more swelling: put an ice "
            "pack or a bag of frozen vegetables over the wrist for 10-15 minutes.",
        ],
    )
    _booklet_page(
        pdf,
        [
            "## Range of Motion Exercises",
            "### (Repeat exercises 10 times each, 3 times a day)",
            "[fig]",
            "Bend your wrist up and down over the edge of a table. Repeat.",
            "[fig]",
            "Bend your wrist towards you and away from you. Repeat.",
        ],
    )
    _booklet_page(
        pdf,
        [
            "[fig]",
            "Turn your palm up and down, keeping your elbow and shoulder still. Repeat.",
            "[fig]",
            "Bend your fingers to make a fist. Repeat.",
        ],
    )
    _booklet_page(
        pdf,
        [
            "## Stretching Exercises",
            "### (Repeat exercises 3-5 times each, 3 times a day)",
            "[fig]",
            "With your good hand, push your stiff wrist down over the edge of the table and hold for 10-30 "
            "seconds. Repeat.",
            "[fig]",
            "With your good hand, push your stiff wrist up and hold for 10-30 seconds. Repeat.",
        ],
    )
    return bytes(pdf.output())


def sportsrec_tai_chi_chair_pdf() -> bytes:
    pdf = _printed(
        "2/6/19, 10:48 AM",
        "Tai Chi Exercises in a Chair | SportsRec",
        "https://www.sportsrec.com/80139-tai-chi-exercises-chair.html",
    )
    _lines(
        pdf,
        [
            "SportsRec    Sports    Fitness    Nutrition    Health    Gear",
            "Home > Fitness > Tai Chi",
            "# Tai Chi Exercises in a Chair",
            "Advertisement",
            "Plenty of tai chi exercises work in a chair. Sitting the right way matters, and the chair "
            "should have no arms. Sit towards the front of the seat with your back straight and your legs "
            "at a 90-degree angle to the floor. Letting your knees sit a little lower than your hips can "
            "help keep your back straight.",
            "## Gather Chi from the Side",
            "Hold your palms in front of your lower abdomen, at the level called Dan Tien. Breathe in "
            "steadily as you open your arms out at waist height, like a pair of swing doors, the palms "
            "turning down or outwards as they go. Open to about 90 degrees from the front, or less if it "
            "gets uncomfortable. Turn your palms to face forwards and breathe out steadily as you bring them "
            "back in. Pause with your hands there and let your mind rest on them, as the Beat Chronic "
            "Fatigue Syndrome website suggests, before you go again. Do eight to 40 repetitions.",
            "## Touch the Sky With Your Palms",
            "Rest both hands in your lap, palms up. Breathe in and let your hands float slowly up to chest "
            "height, then turn the palms out and up until they face the sky. Stretch until your arms are "
            "fully extended, without straining, and keep a slight bend in the elbows. Breathe out and let "
            "your arms relax out and down to your sides, then return to the start. Do this five to 10 "
            "times, as Domingo Colon advises in his book \"Senior's Tai Chi Workout: Improve Balance, "
            'Strength and Flexibility."',
            "Advertisement",
            "## Move Chi Up and Down",
            "Begin with your palms at Dan Tien, the middle fingers one to two inches apart. Breathe in as "
            "you turn the palms up and raise your hands in a straight line up the front of your body. When "
            "your arms and elbows are level, turn the palms down. Breathe out and bring your hands back down "
            "the same straight line to Dan Tien, then rotate your wrists so the palms face up once more. "
            "Repeat this sequence eight to 40 times, as the Beat CFS website advises.",
            "<page>",
            "Related Articles",
            "Tai Chi Exercises for Balance",
            "Chair Exercises for Seniors With Weights",
            "How to Breathe During Tai Chi",
            "About Us    Contact    Privacy Policy    Terms of Use",
            "Copyright SportsRec. All rights reserved.",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "614-docplayer-wrist-fractures-booklet.pdf": docplayer_wrist_fractures_pdf,
    "615-sportsrec-tai-chi-exercises-in-a-chair-printout.pdf": sportsrec_tai_chi_chair_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
