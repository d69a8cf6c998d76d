"""Rebuild the part-16 corpus PDFs (needs fpdf2, the test extra): a primary PE planning site's home
fitness challenge (two landscape pages, station tables with column headers, running header and
footer), a local baby guide's page from a printed booklet (running header, page number, two
columns), a home-care agency's chair exercise page printed from a browser (two pages, numbered
steps breaking across the page) and a women's magazine's pelvic floor page (running header and
folio, the text flowing in two columns, a boxed tip).

    .venv/bin/python tests/articles/real/make_pdf_part16.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _PlanningSheet(FPDF):
    """A PE planning site's home sheet: site and unit on top, web address and page at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Primary PE Planning")
        self.cell(0, 5, "Home PE  |  KS2 Fitness Challenge  |  Y5/6", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 287, 16)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "www.primarypeplanning.com")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


_STATION_HEADINGS = ("Station", "Exercises", "Time", "Rest Time", "Make it easier", "Challenge",
                     "Equipment needed")


def _station_table(pdf, title, rows):
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(16, 62, 16, 18, 52, 52, 61), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(255, 230, 153))) as table:
        table.row(_STATION_HEADINGS)
        for row in rows:
            table.row(row)


def _intentions(pdf, step, question, year5, year6):
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, f"{step}: {question}", new_x="LMARGIN", new_y="NEXT")
    for year, items in (("Year 5", year5), ("Year 6", year6)):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5.5, year, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for item in items:
            pdf.cell(0, 5, "  -  " + item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def primarype_ks2_pdf() -> bytes:
    pdf = _PlanningSheet(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Home PE: KS2 Fitness Challenge", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "USE A SOCK OR TAPE ON THE FLOOR AS A MARKER", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _intentions(pdf, "CT Step 1", "How can you challenge yourself at each station?",
                ("I can push myself to jump quickly", "I can push myself at the press up station",
                 "I can push myself and have a go at the harder challenges at each station"),
                ("I can push myself at more than one station",
                 "I can push myself and have a go at the harder challenges at each station",
                 "I can push myself at every station and cheer my partner on too."))
    _station_table(pdf, "Circuit 1", (
        ("1", "Footwork - Start Centre - lateral jump either side", "40sec", "20sec",
         "Slow the jumps down", "Go faster", "3 x throw down strips/spots per child"),
        ("2", "Inclined press up", "40sec", "20sec", "Start from your knees", "Feet on Bench",
         "Bench or box top"),
        ("3", "2 x Double Jumps - forward", "40sec", "20sec", "1 x jump forward",
         "Increase jumps forward x 4", "3 x throw down strips/spots per child"),
        ("4", "Stand on one leg", "40sec", "20sec",
         "Stand for as long as you can, then reset and start again", "Close one eye", "No equipment"),
        ("5", "X-Jack", "40sec", "20sec", "Start standing up and just do STAR JUMPS", "Go faster",
         "No equipment"),
        ("6", "Squat", "40sec", "20sec", "Quarter squat", "Pulse the squat to load the quads, or squat jump",
         "No equipment"),
    ))
    pdf.add_page()
    _intentions(pdf, "CT Step 2", "How can you beat your personal best (PB)?",
                ("I can beat my PB at more than one station", "I can beat my PB at three stations",
                 "I can beat my PB at four stations"),
                ("I can show determination to beat my PB at more than one station",
                 "I can show determination to beat my PB at four stations",
                 "I show determination and confidence to beat all of my scores"))
    _station_table(pdf, "Circuit 2", (
        ("1", "High Knee Claps", "40sec", "20sec", "No claps", "Speed the drill up", "No equipment"),
        ("2", "Lunge & Reach", "40sec", "20sec", "No reach", "1 REP forward & 1 REP backwards",
         "No equipment"),
    ))
    return bytes(pdf.output())


class _BabyGuidePage(FPDF):
    """A page of a printed local baby guide, as its flip-book shows it: guide name on top, folio below."""

    def header(self):
        self.set_font("Helvetica", "I", 8.5)
        self.cell(0, 5, "Croydon Baby")
        self.cell(0, 5, "Looking after yourself", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 5, "38", align="L")


def croydon_baby_pdf() -> bytes:
    pdf = _BabyGuidePage()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=12, text_align="LEFT", balance=True) as cols:
        pdf.set_font("Helvetica", "B", 15)
        cols.write(text="Stomach Exercises\n")
        pdf.set_font("Helvetica", size=10.5)
        cols.write(text="In the first six weeks after your baby is born, the deep stomach muscles are the most "
                        "important ones to exercise. They support your spine and pelvis, and working them will "
                        "help your tummy flatten.\n\n")
        cols.write(text="Sit ups started too early can harm your tummy muscles further: leave them for "
                        "6 months.\n\n")
        for step in ("Lie on your side with a pillow or cushion between your legs and your knees slightly bent",
                     "First relax and let your tummy sag, then breathe in gently",
                     "As you breathe out, gently draw in the lower part of your tummy and your pelvic floor "
                     "together, then let go slowly"):
            cols.write(text="\x95  " + step + "\n")
        cols.write(text="\nRest for a few seconds and then try again. Repeat four or five times with a short rest "
                        "in between each one. Build up until you can hold each one for up to ten seconds, and "
                        "repeat no more than ten times.\n\n")
        cols.write(text="You can also do this in another position: try lying on your back with a pillow under "
                        "your head.\n\n")
        pdf.set_font("Helvetica", "I", 9)
        cols.write(text="[drawing: a mother lying on her side, pillow between the knees]\n\n")
        pdf.set_font("Helvetica", "B", 15)
        cols.write(text="General Advice\n")
        pdf.set_font("Helvetica", size=10.5)
        cols.write(text="Take great care in your first few weeks at home. As far as you can, lift nothing "
                        "heavier than your baby. Do not lean down to pick things up from the floor: bend your "
                        "knees and keep your back straight instead. As you lift, tighten your pelvic floor and "
                        "stomach muscles to help you.\n\n")
        cols.write(text="If you are worried about leaking, pain or a bulge in your tummy, ask your midwife or "
                        "health visitor to refer you to the women's health physiotherapists.\n")
    return bytes(pdf.output())


def yourchoice_chair_pdf() -> bytes:
    pdf = _printed("05/11/2025, 16:22", "Senior Chair Exercises - Your Choice Caregivers",
                   "https://yourchoicecaregivers.com/senior-chair-excercises/")
    _lines(pdf, [
        "Your Choice Caregivers      Home   About   Services   Careers   Blog   Contact      Call Today",
        "# Senior Chair Exercises",
        "Posted in Senior Health",
        "A fall is not something you simply have to accept: exercise can make you stronger and fitter, "
        "and there is no fancy equipment to buy, just pull up a chair! Simple exercises are a proven way "
        "to help prevent slips and falls. The exercises below work on balance and strength. Stay safe: use "
        "a sturdy chair without wheels, and have someone help you if you need it or if your physician says "
        "so. Please talk to your physician before you try the exercises below.",
        "## Single leg Stance",
        "Step 1: Stand behind a solid, sturdy chair.",
        "Step 2: Hold on to the back of it.",
        "Step 3: Lift up your right foot and balance on your left foot.",
        "Step 3: Stay in that position for 30 seconds (or as long as you can)",
        "Step 4: Switch foot.",
        "## Clock Reach",
        "Step 1: Stand behind a sturdy chair.",
        "Step 2: Hold the chair with your left hand.",
        "Step 3: Picture yourself standing in the middle of a clock face. The 12 is straight in front of "
        "you and the 6 is straight behind you.",
        "<page>",
        "Step 4: Lift your right leg, stretch out your right arm and point to 12, then to 3 and last of all "
        "to 6. Bring the arm back to 3 and then to 12.",
        "Step 5: Do this exercise twice per side",
        "*Keep looking straight ahead the whole time",
        "## Back Leg Raises",
        "Step 1: Stand behind a sturdy chair.",
        "Step 2: Slowly lift your right leg straight back. Do not bend your knee or point your toes.",
        "Step 3: Stay there for one second, then gently bring the leg back down.",
        "Step 4: Repeat this 10-15 times per leg.",
        "## Side Leg Raise",
        "Step 1: Stand behind a sturdy chair with your feet slightly apart.",
        "Step 2: Keep your back straight and your toes facing forward, and look straight ahead.",
        "Step 4: Slowly lift your right leg out to the side.",
        "Step 5: Lower your right leg slowly",
        "Step 6: Switch foot.",
        "Repeat this exercise 10-15 times per leg",
        "",
        "Your Choice Caregivers  |  In-home care  |  Privacy Policy  |  (555) 014-7720",
    ])
    return bytes(pdf.output())


class _MagazinePage(FPDF):
    """A magazine page as its reader app prints it: section on top, folio and issue at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(190, 30, 70)
        self.cell(0, 5, "GOOD HEALTH", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "GOOD HOUSEKEEPING  |  JULY 2018")
        self.cell(0, 5, "goodhousekeeping.co.uk", align="R")


def goodhousekeeping_pelvic_floor_pdf() -> bytes:
    pdf = _MagazinePage()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "Protect your PELVIC FLOOR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT", balance=True) as cols:
        pdf.set_font("Helvetica", size=10.5)
        cols.write(text="Some of the women at the centre of the scandal had surgery for incontinence - one more "
                        "reason to keep up your pelvic floor exercises. Do them every day, ideally three times "
                        "a day, and after about three months you should notice the difference. If you cannot "
                        "feel the muscles working, or they seem very weak, ask a physiotherapist for extra "
                        "help.\n\n")
        for step, text in (
            ("Step 1: Find them",
             "Using the right muscles, and tightening them the right way, matters. Imagine you are trying to "
             "stop yourself passing urine and wind at the same moment. The muscles should feel as if they "
             "'lift and squeeze' together."),
            ("Step 2: Long and slow squeezes",
             "Lift and squeeze your pelvic floor muscles slowly, as hard as you can, and hold for several "
             "seconds, then relax for a few seconds. Work up to 10-15 squeezes, each held for 10 seconds."),
            ("Step 3: Short and fast squeezes",
             "Lift and squeeze your pelvic floor muscles quickly for a second, then relax for a second. Work "
             "up to 10 quick squeezes in a row."),
        ):
            pdf.set_font("Helvetica", "B", 11)
            cols.write(text=step + " ")
            pdf.set_font("Helvetica", size=10.5)
            cols.write(text=text + "\n\n")
        pdf.set_font("Helvetica", "B", 10)
        cols.write(text="Keep forgetting your exercises? ")
        pdf.set_font("Helvetica", size=10)
        cols.write(text="Download Squeezy - the NHS Physiotherapy App (GBP 2.99, on the iTunes App Store and "
                        "Google Play) - to your phone or tablet and it will remind you.\n")
    return bytes(pdf.output())


def main() -> None:
    for name, build in (
        ("313-primarypeplanning-ks2-fitness-challenge.pdf", primarype_ks2_pdf),
        ("314-croydonbaby-stomach-exercises.pdf", croydon_baby_pdf),
        ("315-yourchoicecaregivers-senior-chair-exercises.pdf", yourchoice_chair_pdf),
        ("316-goodhousekeeping-protect-your-pelvic-floor.pdf", goodhousekeeping_pelvic_floor_pdf),
    ):
        (HERE / name).write_bytes(build())
        print("wrote", name)


if __name__ == "__main__":
    main()
