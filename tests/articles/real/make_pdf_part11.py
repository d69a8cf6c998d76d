"""Rebuild the part-11 corpus PDFs (needs fpdf2, the test extra): a football blog post printed from a
browser (running header and footer, two pages, two drill tables with column headers and footnote
marks), a balance checklist printed as a two-column card sheet, a community physiotherapy
shoulder sheet (running title and page footer repeated on both pages, numbered steps whose last
step holds the dose) and an NHS trust's men's pelvic floor leaflet printed from a browser (two
pages, the slow and fast squeezes as bullets, numbered self-checks that are not exercises).

    .venv/bin/python tests/articles/real/make_pdf_part11.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed

HEADINGS = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))


def _drill_table(pdf, headers, rows, widths=(95, 55, 40)):
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=6, headings_style=HEADINGS) as table:
        table.row(headers)
        for row in rows:
            table.row(row)


def football_warm_up_pdf() -> bytes:
    pdf = _printed("05/10/2022, 19:41", "Football (Soccer) Warm Up Drills PDF - Black Belt White Hat",
                   "https://blackbeltwhitehat.com/2022/10/05/football-soccer-warm-up-drills-pdf/")
    _lines(pdf, [
        "Home   Martial Arts   Fitness   Football   Tennis   About",
        "# Football (Soccer) Warm Up Drills PDF",
        "Posted 5 October 2022 in Football",
        "Warming up lowers your chances of getting hurt and gets you ready to play well; that much is "
        "common knowledge. Coming up with a football warm up on the spot is harder, and plenty of "
        "players simply fire shots at the keeper until kick-off. Below are two routines you can use instead.",
        "## 1. Individual Football Warm up drills",
    ])
    _drill_table(pdf, ("Exercise", "Time/Reps", "Sets"), (
        ("Light, steady state jog", "5 mins", "1"),
        ("Hip circles", "10 each direction", "2"),
        ("Toe flexion and points", "10 each foot", "1"),
        ("Ankle circles", "5 each foot", "1"),
        ('"Over the gate" hip warm up', "10 each leg", "1"),
        ("Backwards over the gate", "10 each leg", "1"),
        ('50% max "sprints"', "10 secs. Rest 20 secs", "5"),
        ("Light Leg swings forward/back", "10 each leg", "1"),
        ("Light Leg swings side to side", "10 each leg", "1"),
        ("Walking Lunges", "20", "1"),
        ("10m diagnol runs (set out a square)", "6 runs", "4"),
        ("High knees", "20m/20 secs", "2"),
        ("Butt Kicks", "20m/20 secs", "2"),
        ("Arm circles", "10 each arm", "1"),
    ))
    pdf.ln(3)
    _lines(pdf, [
        "If you can, finish with a couple of ball drills such as:",
        "  - 10m sprints to a cone, with the ball. Turn at the cone and bring it back to the start. "
        "Repeat 3-5 times",
        "  - Put down a cone to stand in for a defender. Go past it with a sidestep, then either shoot at "
        "a target goal or turn and beat the cone again on its other side",
        "<page>",
        "## 2. Football-Specific Team Warm Up",
    ])
    _drill_table(pdf, ("Exercise", "Reps/Time", "Repetitions"), (
        ("Light steady state jog", "5 mins", ""),
        ("High knees", "20 secs", "2"),
        ("Butt kicks", "20 secs", "2"),
        ("Tip toe walking", "20m", "1"),
        ("Sumo squats", "15", "1"),
        ("Over the gate hip openers", "10 per side", "1"),
        ("80% sprints with ball*", "20m", "5"),
        ("1 touch passing left then right foot**", "1 min", "3"),
        ("Multi-directional lunges", "10", "1"),
        ("Reverse lunges", "5 per leg", "1"),
        ("Tuck jumps", "4", "1"),
        ("Run on the spot (100% effort)", "10 seconds", "2"),
    ))
    pdf.ln(2)
    _lines(pdf, [
        "*dribble to the cone, round it and back again, x 5",
        "**in pairs or threes. Between the 1 minute sets do 30 seconds of light leg swings or squats.",
        "## The Temperature Paradox",
        "A warm muscle can produce more force and power than a cold one.",
        "Share:  Facebook   Twitter   Pinterest   Email",
        "Related posts: Tennis warm up drills  |  Kickboxing conditioning circuit  |  Stretching after training",
        "Leave a Reply - Your email address will not be published.",
    ])
    return bytes(pdf.output())


def balance_checklist_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "Self Care Healing Arts  |  Balance Checklist", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "5 Simple Exercises to Boost Balance", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.multi_cell(0, 5.5, "Easy moves for older adults that fit into about 10 minutes. Keep a sturdy chair "
                   "or kitchen counter within reach and stay inside what feels comfortable.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5.5, "Safety first: clear the floor around you, wear shoes with a good grip, and "
                   "hold on whenever you need to. Stop if anything hurts or you feel dizzy.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    cards = (
        ("1. Sit-to-Stand (Chair Squats)", "Stronger legs, steadier standing up.",
         ("Sit tall close to the front edge of a firm chair, feet below your knees.",
          "Tip forward a little and push down through your feet to stand up.",
          "Lower yourself back to the seat slowly. Repeat 8-10 times.")),
        ("2. Heel-to-Toe Walk", "Coordination and careful foot placement.",
         ("Keep a hand on a counter if you need it.",
          "Put one foot straight in front of the other, heel against toe.",
          "Take 10 slow steps; turn round and walk back.")),
        ("3. Single-Leg Stand (With Support)", "Ankle strength and quicker balance reactions.",
         ("Stand up straight with both hands on a counter.",
          "Move your weight onto one leg and let the other foot float just off the floor.",
          "Hold 5-10 seconds; change sides. Repeat 3-5 times each.")),
        ("4. Side Steps (Counter Support)", "Side-to-side steadiness for everyday turns.",
         ("Stand facing a counter and step sideways along it.",
          "Take 10-12 steps to the right, then to the left. Repeat 2-3 passes.")),
        ("5. Weight Shifts", "Practise moving your weight safely, as in walking and turning.",
         ("Feet hip-width apart, hands resting on a counter.",
          "Sway your weight slowly from side to side, then forwards and back.",
          "Pause 2-3 seconds in each position. Repeat 8-10 shifts.")),
    )
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT", balance=True) as cols:
        for title, purpose, bullets in cards:
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=title + "\n")
            pdf.set_font("Helvetica", "I", 9.5)
            cols.write(text=purpose + "\n")
            pdf.set_font("Helvetica", size=10)
            cols.write(text="".join(f"- {b}\n" for b in bullets) + "\n")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Make it a 10-Minute Routine", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5.5, "Choose 3-4 of the exercises and do 1-2 sets of each, 3-4 days a week. A short "
                   "walk on top adds even more.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "selfcarehealingarts.com/balance-checklist")
    pdf.cell(0, 5, "Print and keep on the fridge", align="R")
    return bytes(pdf.output())


class _Sheet(FPDF):
    """A patient exercise sheet: the sheet's title on top of every page, the service and page at the foot."""

    def header(self):
        self.set_font("Helvetica", "B", 11)
        self.cell(0, 6, "Shoulder Exercises: Intermediate Stage Strengthening", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, "Provide Community - MSK Physiotherapy  |  Leaflet 19017", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()}")


def _sheet_exercise(pdf, name, steps):
    pdf.set_font("Helvetica", "B", 12.5)
    pdf.ln(3)
    pdf.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    for number, step in enumerate(steps, 1):
        pdf.multi_cell(0, 5.5, f"{number}   {step}", new_x="LMARGIN", new_y="NEXT")


def shoulder_sheet_pdf() -> bytes:
    pdf = _Sheet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Shoulder Exercises: Intermediate Stage Strengthening\nPatient Exercise Sheet",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    for para in (
        "Keep these exercises inside your pain limits: they should not make your pain worse. Some mild "
        "discomfort while you exercise is fine, but not severe pain. If severe pain goes on for more than "
        "30 minutes after you finish, use less effort or do them less often.",
        "As a starting point use the repetitions and sets given below, then do more or fewer depending on "
        "your pain.",
        "Do these exercises 4-5 times a week.",
    ):
        pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    _sheet_exercise(pdf, "Supported 90-90 External Rotation With Weight", (
        "Begin with your arm resting out to the side on a support, elbow bent to 90 degrees, a weight in your hand.",
        "Lower your hand slowly down towards the floor.",
        "Repeat 10-15 times, rest for one minute, then repeat again.",
    ))
    _sheet_exercise(pdf, "Wall Incline Press Up", (
        "Stand facing a wall with both hands on it at shoulder height. Bend your elbows so your chest "
        "comes towards the wall.",
        "Push your elbows straight again to return to the start. Repeat as recommended.",
        "Repeat 10-15 times, rest for one minute, then repeat again.",
    ))
    pdf.add_page()
    _sheet_exercise(pdf, "Wall Slide with Band on Wrists", (
        "Loop a resistance band around both wrists. Draw your hands slightly apart so the band is under "
        "tension and rest them on the wall in front of you.",
        "Keeping the band tight, slide both hands up the wall, then back down to the start.",
        "Repeat for 10-15 repetitions, rest for one minute, and repeat again.",
    ))
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Further information", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, "Your physiotherapist can give you our 'Managing My Musculoskeletal Health' "
                   "leaflet if you cannot use the self-help pages of our website.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pelvic_floor_men_pdf() -> bytes:
    pdf = _printed("12/11/2025, 08:03", "Pelvic floor exercises for men: a guide :: Mersey Care NHS Foundation Trust",
                   "https://www.merseycare.nhs.uk/patient-leaflets/pelvic-floor-exercises-men-guide")
    _lines(pdf, [
        "Skip to main content      Accessibility tools",
        "About us   Our services   Patients and carers   Work for us   News   Contact us",
        "Home > Patient leaflets > Pelvic floor exercises for men: a guide",
        "# Pelvic floor exercises for men: a guide",
        "## The pelvic floor muscles",
        "  - The pelvic floor muscles sit just inside the body, running from the tailbone (coccyx) at the "
        "back to the pubic bone between the legs at the front",
        "  - They hold up the bladder and the bowel, help you decide when to pass urine or open your "
        "bowels, and play a part in sexual function",
        "  - They should be firm and strong; weak muscles give less support and less control.",
        "[Image: diagram of the male pelvic floor]",
        "## How to exercise your pelvic floor muscles",
        "You can do these lying on your back with your knees bent, or sitting on a chair with your knees a "
        "little apart.",
        "  - Tighten your pelvic floor as if you were stopping yourself from passing urine and from passing wind",
        "  - Keep the squeeze going. This is a slow squeeze. (Over time you are working towards holding it "
        "for 10 seconds)",
        "  - Now squeeze once more and let go at once. This is a fast squeeze",
        "  - In time you are aiming for 10 slow squeezes and 10 fast squeezes",
        "  - Do this three times a day. Give the exercises your full attention: no doing other things at the same time",
        "  - While you exercise, keep breathing, and do not clench your buttocks or press your legs together.",
        "<page>",
        "## How will I know I'm doing the exercises correctly?",
        "Your specialist continence practitioner will go through the exercises with you and may offer a "
        "rectal examination to check your technique and draw up a personal plan. You can also check for "
        "yourself:",
        "1. Rest your fingertips on the skin just behind the scrotum. As you squeeze you should feel the "
        "muscles firm up and lift away from your fingers; the scrotum rises a little and the base of the "
        "penis draws in towards the tummy.",
        "2. Near the end of passing urine, squeeze to slow the stream. Use this only now and then as a "
        "check, not as an exercise.",
        "## Contact us",
        "Continence Service - telephone number on your appointment letter",
        "Was this page useful?  Yes  No        Share: Facebook  X  LinkedIn  Email",
        "Privacy notice   Cookies   Accessibility statement   (c) Mersey Care NHS Foundation Trust",
    ])
    return bytes(pdf.output())


TARGETS = {
    "201-blackbeltwhitehat-football-warm-up-drills.pdf": football_warm_up_pdf,
    "202-selfcarehealingarts-balance-checklist.pdf": balance_checklist_pdf,
    "203-providecic-shoulder-intermediate-strengthening.pdf": shoulder_sheet_pdf,
    "205-merseycare-pelvic-floor-men-guide.pdf": pelvic_floor_men_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
