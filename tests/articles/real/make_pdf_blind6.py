"""Rebuild the BLIND-6 corpus PDFs (needs fpdf2, the test extra): a physiotherapy clinic's blog page
printed from a browser (running header and footer, two pages, numbered headings over run-in "Step"
text), an orthopaedic clinic's blog page printed from a browser (running header and footer, two pages,
"How to Do It"/"Benefits" bullet lists per exercise, a weekly table with column headers at the end)
and a wellbeing trail's one-page breathing card (two columns: the steps left, the effects right).

    .venv/bin/python tests/articles/real/make_pdf_blind6.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def amsclinic_frozen_shoulder_pdf() -> bytes:
    pdf = _printed("11/02/2025, 21:40", "Top 5 AMS Physiotherapy Exercises for Frozen Shoulder - AMS Clinic",
                   "https://amsclinic.ca/blog/top-5-ams-physiotherapy-exercises-for-frozen-shoulder/")
    _lines(pdf, [
        "AMS Clinic    Services    Our Team    Locations    Blog    Book Now",
        "Blog > Physiotherapy",
        "# Top 5 AMS Physiotherapy Exercises for Frozen Shoulder",
        "Posted in Physiotherapy",
        "Physiotherapy for a frozen shoulder has to put pain control first and then win back the range "
        "of movement. Do the exercises below only within limits that do not hurt, and do not push into "
        "pain. If an exercise hurts, stop straight away.",
        "## 1. Internal Rotation Belt Stretch",
        "[image]",
        "Step 1. Stand holding a towel as in the picture, the affected arm behind your back Step 2. Use "
        "your other hand to pull the towel upwards, stretching the arm up behind your back Step 3. Hold "
        "4-10 seconds Step 4. 10 repetitions, 1-2 x per day",
        "## 2. Horizontal Shoulder Stretch",
        "[image]",
        "Step 1. Stand and hold the elbow with your other hand as in the picture Step 2. Pull the elbow "
        "and arm across your chest until you feel a stretch Step 3. Hold 25-30 seconds, 10 repetitions, "
        "1-2 times per day",
        "## 3.  Chest Stretch",
        "[image]",
        "Step 1. Stand with your hands on a door frame, 1-2 feet away from the wall, as in the picture "
        "Step 2. Lean into the doorway until you feel a stretch Step 3. Hold 25-30 seconds Step 4. "
        "Repeat with your hands at different heights to change the stretch 10 repetitions, 1-2 times "
        "per day",
        "<page>",
        "## 4. Internal Rotation Stretch",
        "[image]",
        "Step 1. Lie on the affected side with your upper arm resting on a towel, shoulder and elbow "
        "bent to 90 degrees. Step 2. With your other hand push your hand towards the floor, keeping the "
        "elbow still. Hold 5-10 seconds. Repeat 10 times.",
        "## 5.  Upper Back & Shoulder Stretch",
        "[image]",
        "Kneel on all fours and sit back onto your ankles, keeping your hands where they are. You will "
        "feel the stretch in the shoulder, the upper back muscles and the thoracic spine. Hold for 10 "
        "secs. Repeat 10 times.",
        "Book a physiotherapy assessment at any AMS location.",
        "Share: Facebook  Twitter  LinkedIn",
        "Related posts: Shoulder impingement: what helps?  |  Physiotherapy after a fracture",
        "(c) AMS Clinic  |  Privacy Policy  |  Accessibility",
    ])
    return bytes(pdf.output())


def orthocare_back_pdf() -> bytes:
    pdf = _printed("03/10/2025, 08:12", "Exercises for Lower Back Pain | OrthoCare",
                   "https://orthocaresg.pages.dev/blog/exercises-for-lower-back-pain")
    lines = [
        "OrthoCare    Conditions    Treatments    Blog    Contact    WhatsApp Us",
        "# Exercises for Lower Back Pain",
        "## Exercise Can Help Your Back",
        "For most kinds of lower back pain, keeping active beats resting in bed. The gentle exercises "
        "below can ease the pain and help stop it coming back.",
        "Important: Stop any exercise that makes your pain worse. See a doctor if you have severe pain, "
        "numbness or weakness.",
    ]
    exercises = [
        ("Exercise 1: Knee-to-Chest Stretch",
         ["Lie on your back, knees bent, feet flat on the floor", "Bring one knee up towards your chest",
          "Hold behind your thigh (not over the kneecap)", "Hold for 15-30 seconds",
          "Slowly lower and repeat with the other leg", "Do 2-3 repetitions per side"],
         ["Stretches the lower back muscles", "Eases tension in hips and glutes", "Gentle and low-risk"]),
        ("Exercise 2: Cat-Cow Stretch",
         ["Start on hands and knees (tabletop position)", "Cat: Round your back up to the ceiling, chin to chest",
          "Hold 5 seconds", "Cow: Let your belly sink to the floor, lift head and tailbone", "Hold 5 seconds",
          "Repeat 10-15 times"],
         ["Makes the spine more flexible", "Warms up the back muscles", "Eases stiffness"]),
        ("Exercise 3: Pelvic Tilts",
         ["Lie on your back, knees bent, feet flat", "Tighten your tummy muscles",
          "Press your lower back flat against the floor", "Hold for 5-10 seconds", "Relax and repeat",
          "Do 10-15 repetitions"],
         ["Strengthens the core muscles", "Builds awareness of posture", "Takes strain off the lower back"]),
        ("Exercise 4: Bird Dog",
         ["Start on hands and knees", "Reach your right arm forward and your left leg back at the same time",
          "Keep your back flat (don't arch)", "Hold 5-10 seconds", "Come back to the start and switch sides",
          "Do 8-10 repetitions per side"],
         ["Strengthens the core and the back extensors", "Improves balance and coordination",
          "Builds a stable spine"]),
        ("Exercise 5: Bridge",
         ["Lie on your back, knees bent, feet flat", "Brace your core and squeeze your glutes",
          "Lift your hips until your body makes a straight line", "Hold 5-10 seconds", "Lower slowly",
          "Do 10-15 repetitions"],
         ["Strengthens glutes and core", "Supports the lower back", "Helps hip mobility"]),
    ]
    for i, (title, how, benefits) in enumerate(exercises):
        if i == 3:
            lines.append("<page>")
        lines += [f"## {title}", "How to Do It"] + [f"    - {s}" for s in how]
        lines += ["Benefits"] + [f"    - {s}" for s in benefits]
    lines += ["## Weekly Routine"]
    _lines(pdf, lines)
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(45, 145), text_align="LEFT", line_height=6,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as table:
        table.row(("Day", "What to do"))
        table.row(("Mon / Wed / Fri", "All five exercises"))
        table.row(("Tue / Thu", "Knee-to-Chest Stretch and Cat-Cow Stretch"))
        table.row(("Sat / Sun", "Rest, or an easy walk"))
    pdf.ln(4)
    _lines(pdf, ["Book a consultation  |  Back to Blog", "(c) OrthoCare. This article is general information, "
                 "not medical advice."])
    return bytes(pdf.output())


def connective_breathe_easy_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "THE CONNECTIVE  |  COOPER PARK WELLBEING TRAIL  |  STOP 3", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "Breathe easy", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "A slow breathing practice for the bench beside the creek. Scan the QR code "
                   "to hear it read aloud.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(90, 7, "How to do it", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(90, 5.5, "\n".join([
        "Step 1: Get comfortable, sitting or standing tall, both feet firmly on the ground.",
        "",
        "Step 2: Close your eyes (or leave them open if you prefer). Breathe in through your nose, "
        "counting slowly to four. Feel the air filling your lungs.",
        "",
        "Step 3: Keep the breath in while you count slowly to four. Don't clamp your mouth or nose "
        "shut; just don't breathe in or out for 4 seconds.",
        "",
        "Step 4: Slowly breathe out for 4 seconds.",
        "",
        "Step 5: Stay empty for 4 seconds. Then start the cycle again, breathing in gently for four "
        "seconds.",
        "",
        "Step 5: Repeat steps 2 to 4 at least three times.",
        "",
        "Stay with it as long as you like, but aim for 4 minutes, or until you feel calm.",
    ]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, top)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(90, 7, "How it will make you feel", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(90, 5.5, "Research on slow breathing finds that people feel more comfortable, relaxed, "
                   "alert and full of energy, sleep better, and have less anxiety, low mood, anger and "
                   "confusion.\n\nNext stop: 200 m along the creek path - Stretch it out.",
                   new_x="LEFT", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-20)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "theconnective.co/cooper-park-breathe-easy   |   In an emergency call 000")
    return bytes(pdf.output())


TARGETS = {
    "172-amsclinic-frozen-shoulder-exercises.pdf": amsclinic_frozen_shoulder_pdf,
    "173-orthocaresg-lower-back-exercises.pdf": orthocare_back_pdf,
    "184-theconnective-breathe-easy-card.pdf": connective_breathe_easy_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
