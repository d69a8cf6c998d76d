"""Rebuild the part-14 corpus PDFs (needs fpdf2, the test extra): a hospital joint-replacement book's
page as a flip-book viewer prints it (running header and footer, the exercises flowing in two
columns, the dose stated once in the introduction), a clinic's neck-exercise page printed from a
browser (two pages, labelled fields under each numbered exercise), a hospital pelvic-floor
programme printed from a browser (two pages, fill-in blanks, aims as doses) and a junior school's
home PE sheet (a landscape table with column headers: day, morning and afternoon challenges, each
with a simplify/progress column).

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


def _neck_exercise(name, good_for, targets, steps, progression, feel, precautions):
    lines = [f"## {name}", "Good for:", good_for, "Targets:", targets, "Equipment Needed:", "None.", "Instructions:"]
    lines += [f"    - {step}" for step in steps]
    return lines + ["Progression:", progression, "Post-Exercise Feel:", feel, "Precautions:", precautions]


def bestdoc_neck_pdf() -> bytes:
    pdf = _printed("12/05/2025, 09:41", "Neck Exercises - Best Doc Healthcare",
                   "https://bestdochealthcare.ae/physical-therapy-exercises/neck-exercises/")
    same = dict(
        good_for="Easing tension and tightness at the front of the neck.",
        targets="Front neck muscles.",
        steps=("Sit or stand tall with your shoulders relaxed.",
               "Slowly bring your chin down towards your chest until you feel a gentle stretch at the back "
               "of your neck.",
               "Hold for 20-30 seconds, then slowly come back to the start.",
               "Repeat 3-5 times."),
        progression="Stay in the stretch a little longer (up to 40 seconds) to make it stronger.",
        feel="A gentle stretch in the neck muscles that should ease with time. If you feel sharp pain, stop "
             "and speak to your physiotherapist.",
        precautions="Do not force the stretch. If sharp pain comes on, stop straight away and see a "
                    "physiotherapist.",
    )
    _lines(pdf, [
        "Home    About Us    Specialities    Physical Therapy Exercises    Insurance    Book Appointment",
        "Call us: 800 BESTDOC    |    WhatsApp us",
        "# neck exercises",
        *_neck_exercise("Exercise 1: Neck Flexion Stretch (Simple)", **same),
        *_neck_exercise("Exercise 2: Lateral Neck Stretch (Simple)", **same),
        "<page>",
        "## Book a physiotherapy assessment",
        "Our physiotherapists can check your neck and tailor these exercises to you. Clinics in Dubai and "
        "Sharjah; home visits on request.",
        "Related: Shoulder Exercises  |  Lower Back Exercises  |  Knee Exercises  |  Posture Exercises",
        "Best Doc Healthcare  -  Privacy Policy  -  Terms & Conditions  -  (c) 2025 All rights reserved",
    ])
    return bytes(pdf.output())


def cht_pelvic_floor_pdf() -> bytes:
    pdf = _printed("03/11/2025, 14:07", "The Pelvic Floor Exercise Programme | CHFT",
                   "https://www.cht.nhs.uk/services/clinical-services/cancer-services/gynaecology-cancer-"
                   "services/the-pelvic-floor-exercise-programme")
    _lines(pdf, [
        "Calderdale and Huddersfield NHS Foundation Trust",
        "Home  >  Services  >  Clinical Services  >  Cancer Services  >  Gynaecology Cancer Services",
        "# The Pelvic Floor Exercise Programme",
        "Begin sitting comfortably and relaxed on a chair. Squeeze and lift your back passage as though you "
        "were stopping yourself from passing wind. You should feel the pelvic floor muscles move and lift up "
        "away from the seat. Your legs and buttocks should stay still, and try not to hold your breath.",
        "Let the muscles relax fully after every squeeze before you squeeze again. The basic exercise comes "
        "in two forms that strengthen the pelvic floor and help it work better: long contractions and short "
        "contractions.",
        "## Long contractions",
        "Tighten the pelvic floor muscles as hard as you can. Count how long you can keep them tight before "
        "they start to let go. Keep breathing normally while you do this.",
        "How many seconds can you hold this position for? _____",
        "Relax for a few seconds, then repeat as many times as you can (no more than 10 repetitions).",
        "How many times can you repeat this exercise? _____",
        "Gradually build up both the length of the hold and the number of repetitions. Aim for a 10 second "
        "hold, repeated 10 times.",
        "<page>",
        "## Short contractions",
        "Tighten the pelvic floor muscles as fast as you can and let go at once. Count how many of these "
        "you can do in a row before the muscles tire (no more than 10 repetitions). Always let the muscles "
        "relax fully before the next one. How many short contractions can you do? _____",
        "Try to increase the number you can do. Aim for 10 short ones.",
        "Once you can do the basic exercise, you can build up the muscles' endurance so they work harder "
        "and for longer.",
        "First, find your 'starting block'.",
        "Tighten the pelvic floor muscles as described above and hold for as long as you can "
        "(maximum = 10 seconds).",
        "How many seconds can you hold for?",
        "Let the contraction go and rest",
    ])
    return bytes(pdf.output())


class _SchoolSheet(FPDF):
    """A school's home-learning sheet: school name on top, page number at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Minet Junior School  -  Home Learning  -  PE", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def minet_year3_pdf() -> bytes:
    pdf = _SchoolSheet(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for para in (
        "Please try each challenge as well as you can. Every challenge has been planned so that you can do it "
        "at home or in an outdoor space. You are welcome to adapt or change any of them to suit you. If you "
        "think you can, always try to beat your top score or personal best. Be creative with the equipment you "
        "use and make sure you follow the SAFE principles below. If you are not sure about part of a challenge, "
        "for example what a burpee looks like, just google the word and you should find an example.",
        "S = Make sure it is SAFE to do (be aware of what is around you).",
        "A = ADAPT the challenges so they are right for you.",
        "F = Make the challenges FUN!",
        "E = ENGAGE other members of your family in the challenges.",
    ):
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("Helvetica", size=9)
    rows = (
        ("YEAR 3", "Morning challenge", "Simplify (-) / Progress (+)", "Afternoon challenge",
         "Simplify (-) / Progress (+)"),
        ("MONDAY",
         "How many times can you kick a ball or a rolled up pair of socks into a target in one minute?",
         "- = Move closer to the target or make the target bigger\n+ = Move further away from the target or "
         "make the target smaller\n++ = Kick with alternate feet",
         "Perform a plank balance for 30 seconds. Keep your body flat and off the ground. Search plank "
         "position in google.",
         "- = Reduce the time to 20 seconds and/or put one knee on the floor\n+ = Extend the time to 40 seconds"),
        ("TUESDAY",
         "How many times in one minute can you run to an object placed 5-10 meters away and back?",
         "- = Shorten the distance\n+ = Can you run backwards or sideways when doing the challenge?",
         "How far can you jump when doing a standing long jump (2 feet to 2 feet)? Do the same for 1,2,3,4 "
         "& 5 jumps in a row.",
         "- = Allow a short run up first\n+ = Do the standing long jump on one foot and land on the same foot"),
    )
    with pdf.table(col_widths=(22, 62, 62, 62, 62), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 241))) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text.replace("\\n", "\n"))
    return bytes(pdf.output())


def main() -> None:
    for name, build in (
        ("265-bopdhb-hip-exercises-day-1.pdf", bopdhb_hip_pdf),
        ("269-bestdochealthcare-neck-exercises.pdf", bestdoc_neck_pdf),
        ("270-cht-pelvic-floor-exercise-programme.pdf", cht_pelvic_floor_pdf),
        ("277-minetjunior-year3-home-pe-challenges.pdf", minet_year3_pdf),
    ):
        (HERE / name).write_bytes(build())
        print("wrote", name)


if __name__ == "__main__":
    main()
