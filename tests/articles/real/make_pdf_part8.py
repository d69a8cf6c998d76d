"""Rebuild the part-8 corpus PDFs (needs fpdf2, the test extra): a physio clinic's exercise-plan
page printed from a browser (running header and footer, two pages, each exercise's dose line ABOVE
its numbered title), a falls-prevention infographic (two columns of numbered panels whose bullets
are progressions, not doses), an NHS trust leaflet (running header and footer, two pages, the
pelvic-floor section of a longer leaflet) and a yoga lesson plan downloaded as PDF (a table with
the column headers Image / Pose / Description).

    .venv/bin/python tests/articles/real/make_pdf_part8.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed

_DOSE = "Perform this exercise up to 10 times, rest for 1 minute. Repeat routine 2 to 3 times."


def pure_physio_shoulder_pdf() -> bytes:
    pdf = _printed(
        "21/06/2024, 09:47",
        "Shoulder Impingement Early Exercise Programme | Pure Physiotherapy",
        "https://purephysiotherapy.co.uk/exercise-plans/early-shoulder-impingement-exercise-programme",
    )
    _lines(pdf, [
        "Pure Physiotherapy    Clinics    Treatments    Exercise Plans    Prices    Book Now",
        "Exercise Plans > Shoulder > Shoulder Impingement",
        "# Shoulder Impingement Early Exercise Programme",
        "Do this programme at least once a day unless you have been told otherwise. As with any new "
        "exercise, start gently (as many repetitions as you can manage) and build up within the "
        "guidelines below.",
        "Pain should stay at or below 4/10 while you do this exercise programme.",
        _DOSE,
        "## 1. Assisted shoulder elevation",
        "  - Sitting or standing, clasp your hands together with your arms straight.",
        "  - Keep the hands clasped and let your good arm help lift the injured arm up above you.",
        "  - Stop at the end of the movement.",
        "  - Bring the arms back down under control.",
        "  - If this is a struggle, use a stick to help with the assisted movement.",
        _DOSE,
        "## 2. Isometric shoulder abduction",
        "  - Sit or stand with the injured shoulder side-on to a wall.",
        "  - Rest the arm bent at your side with the back of the hand against the wall.",
        "  - Keep the elbow bent and push moderately into the wall with the back of the hand.",
        "  - Hold for 5 seconds and relax.",
        "<page>",
        _DOSE,
        "## 3. Assisted shoulder external rotation",
        "  - Sitting or standing, hold a pole or stick with both hands shoulder width apart, palms up.",
        "  - Bend both elbows to 90 degrees (about halfway).",
        "  - Keep the elbow on the injured side tucked in against your body.",
        "  - Without letting that elbow leave your side, use the good side to turn the injured shoulder "
        "outwards.",
        "  - Stop at the end of the movement or if the pain reaches 4/10.",
        "  - Go back to the start under control.",
        "",
        "We recommend seeing a musculoskeletal physiotherapist to make sure these exercises suit your "
        "recovery. If you follow an exercise programme without advice from a healthcare professional, "
        "you do so at your own risk. If anything worries you while doing these exercises, contact a "
        "healthcare professional.",
        "Next stage: Shoulder Impingement Intermediate Exercise Programme",
        "Book an appointment    Find a clinic    Privacy    Cookie settings",
    ])
    return bytes(pdf.output())


def _panel(cols, pdf, number, name, progressions):
    pdf.set_font("Helvetica", "B", 13)
    cols.write(text=f"{number}. {name}\n")
    pdf.set_font("Helvetica", size=10)
    cols.write(text="[illustration]\nProgression...\n")
    for item in progressions:
        cols.write(text=f"- {item}\n")
    cols.write(text="\n")


def lafisioterapia_balance_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "TREK project - falls prevention", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "BALANCE EXERCISES FOR OLDER PEOPLE (part 2)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.text_columns(ncols=2, gutter=12, text_align="LEFT") as cols:
        _panel(cols, pdf, 4, "Sit to stand", [
            "Stand up without pushing off with your hands.", "Use a lower chair.", "Use a softer chair.",
            "Add weight (vest or belt)."])
        _panel(cols, pdf, 5, "Heel raises", [
            "Hold on less.", "Stay up on the toes for longer.", "One leg at a time.", "Add weight (vest or belt)."])
        cols.new_column()
        _panel(cols, pdf, 6, "Step Ups-forward and lateral", [
            "Hold on less.", "Use a higher step.", "Add weight (vest or belt)."])
        _panel(cols, pdf, 7, "Half squats sliding down a wall", [
            "Hold on less.", "Stay down in the squat for longer.", "Stand a little further from the wall.",
            "Add weight (vest or belt).", "One leg at a time."])
    pdf.ln(4)
    pdf.set_font("Helvetica", size=8)
    pdf.multi_cell(0, 4, "Based on the Exercise and Sports Science Australia (ESSA) Position Statement on exercise "
                   "and falls prevention in older people (2011). Reference: Tiedemann A, et al. J Sci Med Sport "
                   "(2011), doi:10.1016/j.jsams.2011.04.001", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.cell(0, 5, "lafisioterapia.net  -  Spanish version available", align="C")
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """An NHS trust leaflet: trust name on every page top, leaflet code and page on every foot."""

    def header(self):
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "The Rotherham NHS Foundation Trust", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Bereavement support following the death of your baby  |  Leaflet ref: MAT-BS-01  v2")
        self.cell(0, 5, f"Page {self.page_no()}", align="R")


def rotherham_pelvic_floor_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    _lines(pdf, [
        "# Bereavement support following the death of your baby",
        "Information for parents",
        "## Looking after your body",
        "Your body will need time to recover after the birth, whatever the stage of your pregnancy. "
        "The sections below cover the physical changes you may notice and what can help.",
        "## Pelvic floor exercises",
        "Your pelvic floor muscles contain two kinds of muscle fibre which work in different ways. One "
        "kind gives strength: when they work properly these fibres tighten by themselves as you cough or "
        "sneeze, and this reflex can be lost after having a baby.",
        "You also have slow fibres for stamina. Exercises that train both kinds of fibre help you stay "
        "continent, help with sex and support the organs in your pelvis. As well as doing the exercises, "
        "you can help the muscles by drawing them up before you cough, sneeze, lift or laugh.",
        "<page>",
        "## Long squeezes",
        "Sit or lie comfortably with your knees a little apart. Draw up the muscles around your back "
        "passage as if you were stopping yourself from passing wind. Now add a squeeze at the front "
        "around your vagina and bladder, as if stopping the flow of urine. Keep the squeeze while you "
        "count to four seconds, and keep breathing normally. Put a hand on your bottom to check that your "
        "buttock muscles stay relaxed; a slight tightening of the lower tummy muscles is fine.",
        "Rest for a few seconds, then do the long squeeze again. See how many good squeezes you can do "
        "before the muscles tire. Stop when they tire; you can build this up over time.",
        "Quality matters more than quantity here: a few good squeezes at a time beat lots of poor ones.",
        "## Short squeezes",
        "Sit or lie comfortably with your knees a little apart. Draw up the muscles around your back "
        "passage as if stopping wind, then squeeze at the front around your vagina and bladder as if "
        "stopping the flow of urine. Let go at once. A short squeeze lasts no more than one or two "
        "seconds.",
        "Rest for one to two seconds, then do it again. See how many good squeezes you can do before the "
        "muscles tire.",
        "",
        "If you have any questions about your recovery, please speak to your midwife or GP.",
    ])
    return bytes(pdf.output())


_POSES = (
    ("Savasana", "Lie on the back, legs and arms apart, feet falling to the sides, palms up. Let the lower "
     "back release to the floor. Close the eyes. The abdomen rises as you breathe in and falls as you "
     "breathe out. Grow heavier with each out-breath.\nAlternatives: Crocodile. Child.\nBenefits: Tune into "
     "the body. Calm. Inner peace. Clarity.\nModifications: Knees bent. Blanket under knees or head. Supine "
     "star."),
    ("Supine Arms Overhead", "Lie on the back, palms down. Raise the arms until they touch the floor behind "
     "you.\nAlternatives: Crocodile. Child.\nBenefits: Flexibility in spine and shoulders.\nModifications: "
     "Knees bent. Blanket under knees and/or head."),
    ("Reclined Leg Lift", "1. Lying on the back, lower back released to the floor, chin gently tucked, legs "
     "straight, arms by the sides: flex and point the ankles in time with the breath. 2. Bend the knees and "
     "put the flexed feet on the floor; slowly raise the left leg to the ceiling (foot flexed), then the "
     "right. Repeat. 3. Straighten both legs. Inhale: raise the straight left leg towards the ceiling, foot "
     "flexed. Exhale: lower it to the floor; repeat with the right leg. Carry on in time with the breath.\n"
     "Benefits: Strengthens legs and core.\nModifications: Blanket under head."),
    ("Dead Bug Swimming", "Lie on the back, knees bent. Engage the core. Lift the feet until the soles face "
     "the ceiling and the arms until the fingers point up. Lower the left arm behind you and stretch out "
     "the right leg, as near the floor as you can without arching the back. Draw the left knee to the "
     "chest. Hold without arching the back. Relax head, neck and shoulders. Return to the start. Switch "
     "sides.\nBenefits: Works lower back, pelvis, core and shoulders."),
)


def georgewatts_yoga_plan_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "George Watts - Lesson Planner", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "Week 6: Hatha Yoga Beginners", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(25, 35, 130), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as table:
        table.row(("Image", "Pose", "Description"))
        for pose, text in _POSES:
            table.row(("[yoga pose]", pose, text))
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "georgewatts.org/lesson-planner", align="C")
    return bytes(pdf.output())


TARGETS = {
    "155-purephysiotherapy-shoulder-impingement-early.pdf": pure_physio_shoulder_pdf,
    "161-lafisioterapia-balance-older-people-part-2.pdf": lafisioterapia_balance_pdf,
    "166-rotherhamft-pelvic-floor-squeezes.pdf": rotherham_pelvic_floor_pdf,
    "167-georgewatts-hatha-yoga-week-6.pdf": georgewatts_yoga_plan_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
