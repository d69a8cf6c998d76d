"""Rebuild the BLIND-5 corpus PDFs (needs fpdf2, the test extra): a hospital's two-page knee
factsheet (unnamed numbered exercises in two columns, a running header and a footer with the review
date), a hospital leaflet page printed from a browser whose doses are blanks for the physiotherapist
to fill in (running header and footer, two pages, a document-history table with column headers), and
a surgeon's hip exercise guide printed from a browser (each name twice: heading and figure caption).

    .venv/bin/python tests/articles/real/make_pdf_blind5.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _Factsheet(FPDF):
    """A trust factsheet: a title band on every page, the leaflet code and review date at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Patient information factsheet", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, "University Hospital Southampton NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Revised Sept 12   Review date Sept 2015   THY 001.38", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "If you need a translation of this document, an interpreter or a version in large print, "
                  "Braille or on audio tape, please telephone 023 8079 4688", new_x="LMARGIN", new_y="NEXT")


def _two_columns(pdf, left, right):
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        pdf.set_font("Helvetica", size=10.5)
        for para in left:
            cols.write(text=para + "\n\n")
        cols.new_column()
        for para in right:
            cols.write(text=para + "\n\n")


def southampton_knee_pdf() -> bytes:
    pdf = _Factsheet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Knee strengthening exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    for line in ("Aim to do the exercises at least three times a day.",
                 "Keep your leg raised to help the swelling go down.",
                 "Put ice, wrapped in a pillowcase or a tea towel, on your knee for ten minutes every hour."):
        pdf.multi_cell(0, 5.5, "- " + line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _two_columns(pdf, [
        "1. Lie on your back, pull your toes up towards you and press your knees down firmly into the "
        "bed. Hold for ten seconds and repeat 20 times.",
        "[picture]",
        "2. Lie on your back with a rolled-up blanket under your knee. Press the knee down into the "
        "blanket and lift your heel off the bed. Hold for ten seconds and repeat 15 times.",
        "[picture]",
        "3. Lie on your back and pull your toes up towards you. Tighten the muscles at the front of the "
        "thigh to straighten the knee, then lift the leg about 20 cm off the bed. Repeat ten times.",
    ], [
        "[picture]",
        "4. Stand holding on to something steady and bend your knee, bringing your foot up towards your "
        "bottom. Hold for ten seconds and repeat ten times.",
        "[picture]",
        "5. Sit on a chair, pull your toes up, tighten the thigh muscle and straighten your knee. Hold for "
        "ten seconds, then let the leg relax back down. Repeat ten times.",
        "[picture]",
    ])
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Patient information", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _two_columns(pdf, [
        "6. Step up ten times leading with one leg, then do the same leading with the other leg.",
        "[picture]",
        "7. Sit with your arms crossed, then stand up and sit back down slowly on a chair. A higher or "
        "lower chair makes this easier or harder. Repeat ten times.",
        "[picture]",
    ], [
        "8. Stand with your back against a wall and your feet about 20 cm away from it. Slide slowly down "
        "the wall without pushing into pain. Come back up to the start and repeat ten times.",
        "[picture]",
        "9. Stand beside something steady and try to keep your balance on one leg. Hold for 30 seconds.",
        "[picture]",
    ])
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Contact details", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for line in ("Orthopaedic physiotherapy team", "Southampton General Hospital", "Tremona Road",
                 "Southampton SO16 6YD", "Tel: 023 8079 4452"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def cuh_back_mobility_pdf() -> bytes:
    pdf = _printed("11/02/2025, 09:31", "Back mobility exercises | Cambridge University Hospitals",
                   "https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/")
    _lines(pdf, [
        "Cambridge University Hospitals NHS Foundation Trust    Search    Menu",
        "Home > Patient information > Back mobility exercises",
        "# Back mobility exercises",
        "Patient information A-Z",
        "## 1. Knee hugs",
        "Lie on your back and use your arms to draw your knees up towards your chest. Hold for about ___ "
        "seconds. Relax. Repeat ___ times.",
        "## 2a. Lumbar spine extension",
        "Lie on your front, propped on your elbows and forearms. Arch the small of your back by pressing "
        "your pelvis and stomach into the floor, then lift your upper back. Keep your forearms on the "
        "floor. Hold for about ___ seconds. Repeat ___ times.",
        "## 2b. Lumbar spine extension",
        "Lie on your front with both hands under your shoulders. Straighten your elbows and lift your upper "
        "body as high as you can, keeping your pelvis and legs relaxed. Repeat ___ times.",
        "## 3. Knee rolls",
        "Lie on your back with your knees bent and together. Roll your knees slowly from side to side, "
        "keeping your upper body still. Repeat ___ times.",
        "<page>",
        "## 4. Posture",
        "Sit on a stool and practise a good posture. First slump and round your back, then sit up tall, "
        "gently arching your back. Repeat ___ times.",
        "## 5. Core muscle contraction",
        "Lie on your back with your legs bent and feet together. Gently tighten your stomach muscles by "
        "drawing your lower tummy up and in, and draw up your pelvic floor muscles. Breathe normally and "
        "do not let your back arch off the floor. Hold for ___ seconds. Repeat ___ times.",
        "## 6. Bridging",
        "Lie on your back with your knees bent and feet on the floor. Flatten your back into the floor by "
        "tilting your pelvis back, then lift your hips and lower back off the floor bit by bit. Hold for "
        "___ seconds. Lower slowly back to the start. Repeat ___ times.",
        "## 7. Pelvic tilts",
        "Lie on your back with your knees bent. Gently flatten your back into the floor by tilting your "
        "pelvis back and curling your tailbone up, then gently arch your back away from the floor by "
        "tilting your pelvis forwards. Repeat ___ times.",
        "## Pain relief",
        "For your treatment to work well you need enough pain relief. If your pain is bad, ask your "
        "pharmacist or GP for advice.",
        "## Further advice",
        "Please contact the physiotherapy department if you have any questions.",
        "## Document history",
    ])
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(40, 45, 30, 30, 45), text_align="LEFT") as table:
        for row in (("Authors", "Published", "Review date", "Version", "Reference"),
                    ("Physiotherapy", "July 2021", "July 2024", "3", "PIN0123")):
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(4)
    _lines(pdf, ["Privacy | Accessibility | Contact us | We are a smoke-free site"])
    return bytes(pdf.output())


def samimi_hip_pdf() -> bytes:
    pdf = _printed("20/06/2024, 18:05", "Hip Surgery Exercise Guide | Dr. Samimi",
                   "http://samimimd.com/services/hip/hip-surgery-exercise-guide/")
    _lines(pdf, [
        "Dr. Samimi Orthopedic Surgery    Home    About    Services    Patient Resources    Contact",
        "Book an appointment: (310) 555-0117",
        "# Hip Surgery Exercise Guide",
        "After hip surgery, regular exercise is an important part of your recovery. Besides making the "
        "muscles stronger and the hip more mobile, it increases the blood flow to your legs and feet, "
        "which helps stop blood clots forming. Dr. Samimi recommends exercising 2 or 3 times a day for 20 "
        "to 30 minutes. Below are some exercises that should help you after surgery. You may feel some "
        "mild pain when you start them; keep going unless the pain is moderate or severe.",
        "## Early Postoperative Exercises",
        "To begin, lie on your back with your legs slightly apart.",
        "## Ankle Pumps",
        "You can start ankle pumps straight after surgery. Simply push your foot up and then down. You "
        "can do this exercise as often as you like.",
        "[image] Ankle Pumps",
        "## Ankle Rotations",
        "[image] Ankle Rotations",
        "You can also start ankle rotations straight away: move the ankle inward and then outward. "
        "Repeat the movement 5 times in each direction.",
        "## Bed-Supported Knee Bends",
        "[image] Bed-Supported Knee Bends",
        "For bed-supported knee bends, lie back on your bed and slide your heel up towards your bottom. "
        "Take care not to let your knee roll inward. Repeat the movement 10 times.",
        "<page>",
        "## Buttock Contractions",
        "[image] Buttock Contractions",
        "Buttock contractions are simply tightening your buttock muscles and letting them relax. "
        "Repeat 10 times.",
        "## Abduction Exercise",
        "[image] Abduction Exercise",
        "Push your leg out to the side and bring it back in. Repeat 10 times.",
        "## Quadriceps Set",
        "[image] Quadriceps Set",
        "Tighten your thigh muscles and try to straighten your knee. Hold the position for 5-10 seconds. "
        "Repeat 10 times.",
        "## Straight Leg Raises",
        "[image] Straight Leg Raises",
        "Straighten your knee and tighten the thigh muscle, then lift your leg a few inches. Hold the "
        "position for 5 to 10 seconds. Lower the leg slowly, and repeat until your thigh feels tired.",
        "Contact us    Privacy Policy    (c) Dr. Samimi Orthopedic Surgery",
    ])
    return bytes(pdf.output())


TARGETS = {
    "141-southampton-knee-strengthening.pdf": southampton_knee_pdf,
    "148-cuh-back-mobility-exercises.pdf": cuh_back_mobility_pdf,
    "152-samimimd-hip-surgery-guide.pdf": samimi_hip_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
