"""Rebuild the part-2 corpus PDFs (needs fpdf2, the test extra): re-created handouts with running
headers and footers, a table with column headers, and a two-column page.

    .venv/bin/python tests/articles/real/make_pdf_part2.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed  # the printed-page helpers of every part


def nhs_lower_back_pdf() -> bytes:
    pdf = _printed(
        "1/7/2019", "Lower back pain exercises - NHS",
        "https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/",
    )
    _lines(pdf, heading_size=13, lines=[
        "The NHS website uses cookies to improve your on-site experience. Find out more about cookies",
        "(http://www.nhs.uk/aboutNHSChoices/aboutnhschoices/termsandconditions/Pages/cookies-policy.aspx)",
        "Exercise",
        "# Lower back pain exercises",
        "Some simple exercises and stretches done at home can ease lower back pain",
        "(https://www.nhs.uk/conditions/back-pain/) and make your back stronger and more flexible.",
        "Try to do them every day, together with other activity such as walking, swimming or yoga.",
        "The pain should begin to ease within 2 weeks and usually goes in about 4 to 6 weeks.",
        "See a GP if:",
        "    - the pain is no better after a few weeks",
        "    - any of these exercises causes you severe pain",
        "## Bottom to heels stretch",
        "Start position: Get on all fours, knees under your hips and hands under your shoulders. Keep",
        "your back and neck fairly straight and don't lock your elbows.",
        "Action: Move your bottom slowly back towards your heels. Hold the stretch for one deep breath",
        "and come back to the start position.",
        "Repeat 8 to 10 times.",
        "Tips:",
        "<page>",
        "    - don't go all the way back onto your heels if you have a knee problem",
        "    - use a mirror to check your position",
        "    - only stretch as far as is comfortable",
        "## Knee rolls",
        "Start position: Lie on your back with a small flat cushion or a book under your head. Keep",
        "your knees bent and together, your upper body relaxed and your chin gently tucked in.",
        "Action: Roll your knees over to one side, keeping both shoulders on the floor. Hold the stretch",
        "for one deep breath and come back to the start position.",
        "Repeat 8 to 10 times, alternating sides.",
        "Tips:",
        "    - only move as far as is comfortable",
        "    - a pillow between your knees can make it more comfortable",
        "## Back extensions",
        "Start position: Lie on your front, propped on your forearms with your elbows bent at your",
        "sides. Look down at the floor and keep your neck long.",
        "Action: Keeping your neck long, arch your back by pressing down through your hands. You",
        "should feel a gentle stretch in your stomach muscles as you arch. Breathe and hold for 5 to",
        "10 seconds, then come back to the start position.",
        "Repeat 8 to 10 times.",
        "Tips:",
        "    - don't tip your neck backwards",
        "    - keep your hips on the floor",
        "<page>",
        "## Pelvic tilts",
        "Start position: Lie on your back with a small flat cushion or a book under your head. Bend",
        "your knees with your feet straight and hip-width apart. Keep your upper body relaxed and your",
        "chin gently tucked in.",
        "Action: Flatten your lower back gently into the floor and tighten your stomach muscles. Then",
        "tip your pelvis towards your heels until your lower back arches gently, and come back to the",
        "start position.",
        "Repeat 10 to 15 times, rocking your pelvis back and forth slowly.",
        "Tips:",
        "    - don't push down through your neck, shoulders or feet",
        "    - with one hand on your stomach and the other under your lower back you can feel the",
        "      right muscles working",
        "Page last reviewed: 17/08/2018",
        "Next review due: 17/08/2021",
    ])
    return bytes(pdf.output())


class _Poster(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, "THE 11+  |  A COMPLETE WARM-UP PROGRAMME  |  LEVEL 1", align="L")
        self.cell(0, 6, "F-MARC", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "www.f-marc.com/11plus  -  Do the 11+ at least twice a week.")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


_FIFA_PARTS = [
    ("PART 1: RUNNING EXERCISES - 8 MINUTES", [
        ("1", "Straight ahead", "2", "", "Jog to the last cone; speed up a little on the way back."),
        ("2", "Hip out", "2", "", "At each cone, lift the knee and turn the hip out."),
        ("3", "Hip in", "2", "", "At each cone, lift the knee and turn the hip in."),
        ("4", "Circling partner", "2", "", "Shuffle sideways round your partner and back."),
        ("5", "Jumping with shoulder contact", "2", "", "Jump sideways and touch shoulders in mid-air."),
        ("6", "Quick forwards and backwards sprints", "2", "", "Sprint to the 2nd cone, run back to the 1st."),
    ]),
    ("PART 2: STRENGTH, PLYOMETRICS, BALANCE - 10 MINUTES", [
        ("7", "The bench static", "3", "20-30 sec", "Body in a straight line on forearms and toes."),
        ("8", "Sideways bench static", "3", "20-30 sec each side", "Lower knee bent to 90 degrees."),
        ("9", "Hamstrings beginner", "1", "3-5 reps", "Partner holds your ankles; lean forward slowly."),
        ("10", "Single-leg stance hold the ball", "2", "30 sec each leg", "Ball in both hands."),
        ("11", "Squats with toe raise", "2", "30 sec", "Squat slowly, rise onto your toes."),
        ("12", "Jumping vertical jumps", "2", "30 sec", "Land softly on the balls of both feet."),
    ]),
    ("PART 3: RUNNING EXERCISES - 2 MINUTES", [
        ("13", "Across the pitch", "2", "", "75-80% of top speed, jog back."),
        ("14", "Bounding", "2", "", "High knee lift, land on the ball of the foot."),
        ("15", "Plant and cut", "2", "", "4-5 steps, plant on the outside leg and cut."),
    ]),
]


def fifa_11_plus_pdf() -> bytes:
    pdf = _Poster(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=15)
    for number, (part, rows) in enumerate(_FIFA_PARTS):
        if number in (0, 2):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, part, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        with pdf.table(col_widths=(10, 70, 16, 42, 100), text_align="LEFT",
                       headings_style=FontFace(emphasis="BOLD", fill_color=(200, 225, 200))) as table:
            table.row(("No.", "Exercise", "Sets", "Time / reps", "Key points"))
            for row in rows:
                table.row(row)
        pdf.ln(4)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, "Progress to level 2 of an exercise only when you can do level 1 without difficulty "
                   "for the time and number of repetitions given. Before matches, do Parts 1 and 3 only. "
                   "Set up six pairs of cones 5-6 m apart for Parts 1 and 3.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


class _Handout(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, "The Chartered Society of Physiotherapy")
        self.cell(0, 6, "Exercise advice for back pain", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "csp.org.uk/backpain  -  Authorised for use by Versus Arthritis")
        self.cell(0, 5, f"{self.page_no()}", align="R")


_CSP_COLUMNS = [
    ("Back stretch", "Lie on your back with your hands above your head.",
     "Bend your knees and let them roll slowly to one side, feet staying on the floor.",
     "Hold for 10 seconds.", "Repeat 3 times on each side."),
    ("Deep lunge", "Kneel on one knee with the other foot in front.",
     "Look forwards and lift the back knee off the floor.",
     "Hold for 5 seconds.", "Repeat 3 times on each side."),
    ("One-leg stand (front)", "Hold on to something steady if you need to, and bend one leg up behind you.",
     "Hold for 5 seconds.", "Repeat 3 times on each side."),
    ("Pelvic tilt", "Lie down with your knees bent.",
     "Tighten your stomach muscles so that your back flattens against the floor. Hold for 5 seconds. "
     "Repeat 5 times."),
    ("Knees to chest", "Lie on your back with your knees bent.",
     "Bring one knee up and draw it gently into your chest for 5 seconds.",
     "Repeat up to 5 times on each side."),
]


def csp_back_pain_pdf() -> bytes:
    pdf = _Handout()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Exercise advice for back pain", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, "These simple exercises may help your back pain. Start gently and build up.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for number, (name, *lines) in enumerate(_CSP_COLUMNS):
            if number == 3:
                cols.new_column()          # the leaflet's right-hand column starts at Pelvic tilt
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=name + "\n")
            pdf.set_font("Helvetica", size=10.5)
            for line in lines:
                cols.write(text=line + "\n")
            cols.write(text="[figure]\n\n")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Remember", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    for line in ("- Back pain is common, and most of it is not caused by anything serious.",
                 "- Most back pain gets better by itself within a few weeks.",
                 "- Keep moving: more than a couple of days in bed makes it harder to get going again.",
                 "- Take painkillers if you need them to stay active.",
                 "Your pain should ease within 2 weeks and you should recover over about 4-6 weeks.",
                 "Carry on with the exercises for at least 6-8 weeks to help stop the pain coming back.",
                 "If the pain is severe or no better after a week or so, contact your doctor."):
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


TARGETS = {
    "75-nhs-lower-back-pain-print.pdf": nhs_lower_back_pdf,
    "76-fifa-11-plus-poster.pdf": fifa_11_plus_pdf,
    "77-csp-back-pain-handout.pdf": csp_back_pain_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
