"""Rebuild the BLIND-8 corpus PDFs (needs fpdf2, the test extra): an osteopathy clinic's pelvic floor
page printed from a browser (running header and footer, two pages, slow and fast contractions under
subheadings), a hospital trust's "printable" hip replacement page printed from a browser (running
header and footer, two pages, the page's own "Printed at" stamp, exercises with no names and no counts)
and a hospital physiotherapy leaflet for the ankle (two columns, exercises whose counts are blanks to
be filled in, "Repeat ___times", a running footer with the leaflet code, two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind8.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def fulham_pelvic_floor_pdf() -> bytes:
    pdf = _printed("14/03/2025, 19:02", "Pelvic Floor Exercise | Fulham Osteopathic Care",
                   "http://www.fulhamosteopathiccare.co.uk/pelvic-floor-exercise/")
    _lines(pdf, [
        "Fulham Osteopathic Care    Home    Osteopathy    Pregnancy & Postnatal    Fees    Contact",
        "Call 020 0000 0000  |  Book an appointment",
        "# Pelvic Floor Exercise",
        "Pelvic floor exercises matter especially while you are pregnant and after your baby is born, "
        "whatever kind of delivery you have. At first, working these muscles may ease discomfort and "
        "swelling. In the longer run, toning them up may prevent stress incontinence (leaking urine "
        "when you cough, sneeze or laugh). It can also help guard against prolapse and may improve "
        "your sex life.",
        "Imagine you are trying to stop yourself passing wind and, at the same time, trying to stop "
        "the flow of urine.",
        "The exercise is a squeeze and a lift of these muscles, closing and drawing up the front and "
        "back passages. There are two kinds of exercise, slow and fast.",
        "## Slow Contractions",
        "\"Squeeze and lift\" - hold for as long as you can, but for no longer than 10 seconds.",
        "Let go slowly and rest for at least 4 seconds between one \"squeeze and lift\" and the next.",
        "Repeat 5-10 times, 3-5 times a day.",
        "## Fast Contractions",
        "After the slow contractions, do up to 10 quick, powerful contractions. These train the "
        "muscles to react quickly when you laugh, cough, sneeze or exercise.",
        "<page>",
        "## Our treatments",
        "Osteopathy  |  Pregnancy back and pelvic pain  |  Postnatal check-ups  |  Cranial osteopathy "
        "for babies  |  Sports injuries",
        "## Opening hours",
        "Monday to Friday 8am - 8pm  |  Saturday 9am - 1pm",
        "Share: Facebook  Twitter  Email",
        "(c) Fulham Osteopathic Care  |  Privacy  |  Registered with the General Osteopathic Council",
    ])
    return bytes(pdf.output())


def mkuh_hip_replacement_pdf() -> bytes:
    pdf = _printed("10/05/2021, 08:33", "Advice and Exercises Following A Total Hip Replacement | MKUH",
                   "https://www.mkuh.nhs.uk/patient-information-leaflet/advice-and-exercises-following-a-total-hip-replacement")
    exercises = [
        ["Sitting or lying on your back", "Squeeze your buttocks together.",
         "Hold each exercises for 5-10 seconds, relax then repeat."],
        ["Sit or lie with your legs out straight in front of you.",
         "Press the back of your knee down towards the bed and pull your toes up towards you.",
         "You should feel the muscle at the front of your thigh tighten.", "Hold for a count of 5, relax then repeat."],
        ["Sit or lie with your legs out straight in front of you.",
         "Slide the heel of your operated leg up towards your bottom, letting the hip and knee bend.",
         "Do not bend your hip past 90\xb0.", "Slide the heel back down, relax and repeat."],
        ["Sit or lie with your legs out straight in front of you",
         "Keep your toes pointing up at the ceiling the whole time.",
         "Take your operated leg out to the side as far as it will go.", "Come back to the starting position."],
        ["Stand holding on to a table or a high backed chair with both hands.",
         "Lift the knee of your operated leg up towards your chest, so bending the hip. Do not bend "
         "your hip past 90\xb0.", "Put the foot back down on the floor, relax & repeat."],
        ["Stand holding on to a table or a high backed chair",
         "Keep your body straight and upright the whole time",
         "Take your operated leg backwards as far as it will go", "Come back to the starting position",
         "Change to the non-operated leg and repeat"],
        ["Stand holding on to a table or a high backed chair",
         "Keep your body straight and upright the whole time",
         "Take your operated leg out to the side as far as it will go", "Come back to the starting position",
         "Relax and repeat", "Change to the non-operated leg and repeat"],
    ]
    lines = [
        "Milton Keynes University Hospital NHS Foundation Trust        Toggle Contrast",
        "Printed at: 08:33:35 / 10-05-2021",
        "# Advice and Exercises Following A Total Hip Replacement",
        "Please note, you can print this page with your computer's usual print options.",
    ]
    for number, steps in enumerate(exercises, start=1):
        if number == 5:
            lines.append("<page>")
        lines.append(f"## Exercise{'s' if number == 7 else ''} {number}")
        lines += [f" {step}" for step in steps]
    lines += ["Patient Information Leaflet  |  Physiotherapy  |  Review date: 2023",
              "(c) Milton Keynes University Hospital NHS Foundation Trust  |  Standing Way, Eaglestone, Milton Keynes"]
    _lines(pdf, lines)
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """A trust leaflet: a running footer with the leaflet code and the page number."""

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "OMI 10867P    Ankle rehabilitation stage 1")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _column_block(pdf, x, heading, text, figure):
    pdf.set_x(x)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(85, 6.5, heading, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(85, 4.5, f"[picture: {figure}]", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(85, 5.5, text, new_x="LEFT", new_y="NEXT")
    pdf.ln(4)


def ouh_ankle_stage_1_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Oxford University Hospitals", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "NHS Trust", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Physiotherapy Department", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "Ankle rehabilitation", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 12, "stage 1", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 8, "Information for patients", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, "Now is the time to get your foot and ankle moving normally again.\n"
                   "-  If your plaster has just come off and you may get any wounds wet, soak the ankle "
                   "in warm water for 5-10mins to loosen dry skin.\n"
                   "-  Moisturise any dry skin regularly, and your scar too if you have been told to.\n"
                   "-  Elevation - keep the foot up on pillows or cushions, toes higher than your hip, "
                   "whenever you are not walking.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, "The ankle will feel stiff at first and may hurt, because it has been held in "
                   "one position. Regular exercise will slowly ease the stiffness and the pain. Do the "
                   "exercises below regularly; 3-4 times per day.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    _column_block(pdf, 10, "Dorsiflexion and plantarflexion",
                  "Pull your foot up towards you as far as you can, hold for 5 seconds, then point the "
                  "foot away from you as far as you can, hold for 5 seconds.\nRepeat ___times.",
                  "foot pulled up, then pointed")
    _column_block(pdf, 10, "Inversion and\neversion",
                  "Turn the sole of your foot in and then out (keep your knee still).\nRepeat___times.",
                  "sole turning in and out")
    left_end = pdf.get_y()
    pdf.set_y(top)
    _column_block(pdf, 110, "Assisted exercises",
                  "Use a towel, or anything that does not stretch, to help the dorsiflexion, inversion "
                  "and eversion exercises.", "towel looped round the foot")
    _column_block(pdf, 110, "Ankle slides",
                  "Sit on a chair, feet flat on the floor. Slide your injured foot back along the floor, "
                  "keeping it flat on the floor the whole time.\nRepeat___times.", "foot sliding back under the chair")
    pdf.set_y(max(left_end, pdf.get_y()))
    pdf.add_page()
    top = pdf.get_y()
    _column_block(pdf, 10, "Toe crunching",
                  "Sit on a chair with a towel on the floor. Put your injured foot on the towel and use "
                  "your toes to 'bunch' it up and pull it towards you.\nRepeat___times.", "toes gathering a towel")
    left_end = pdf.get_y()
    pdf.set_y(top)
    _column_block(pdf, 110, "Seated heel raises",
                  "Sit on a chair with both feet flat on the floor. Lift your heels off the floor, then "
                  "lower them slowly back down\nRepeat___times.", "heels lifting while seated")
    pdf.set_y(max(left_end, pdf.get_y()) + 6)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "How to contact us", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, "Trauma Physiotherapy Outpatients, John Radcliffe Hospital, Headington, Oxford\n"
                   "Tel: 01865 000000 (Monday to Friday, 8.30am to 4.30pm)\n\n"
                   "If you need an interpreter or this information in another format, such as Easy Read, "
                   "large print, Braille or audio, please ask the department.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


TARGETS = {
    "235-fulhamosteopathiccare-pelvic-floor-pregnancy.pdf": fulham_pelvic_floor_pdf,
    "239-mkuh-total-hip-replacement-print.pdf": mkuh_hip_replacement_pdf,
    "240-ouh-ankle-rehabilitation-stage-1.pdf": ouh_ankle_stage_1_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
