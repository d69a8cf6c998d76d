"""Rebuild the part-6 corpus PDFs (needs fpdf2, the test extra): a joint-replacement clinic's
programme page printed from a browser (two pages, each exercise's sets and repetitions on its name
line), a hospital physiotherapy leaflet (a borderless table of numbered name / instructions / picture
rows, a running header and footer on both pages), a council on aging's page printed from a browser
(every list item numbered "1.") and a women's health site's page printed from a browser (two pages,
bullet-list doses under numbered names).

    .venv/bin/python tests/articles/real/make_pdf_part6.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def fortius_knee_pdf() -> bytes:
    pdf = _printed(
        "11/06/2024, 08:15",
        "Knee Exercise Programme - Fortius Joint Replacement",
        "https://fortiusjointreplacement.com/about-surgery/knee-exercise-programme/",
    )
    _lines(
        pdf,
        [
            "FORTIUS JOINT REPLACEMENT    About Surgery    Our Surgeons    Patient Stories    Fees    Contact",
            "# KNEE",
            "# REPLACEMENT",
            "# EXERCISE PROGRAMME",
            "Below is our knee replacement exercise programme, for before and after your operation.",
            "How actively you take part in your recovery makes a real difference to the result you can "
            "expect. We therefore suggest you work with your healthcare team on your strengthening "
            "exercises before the operation, straight after it and while you recover at home.",
            "## Exercises to prepare for your operation",
            "For the best possible outcome, prepare for surgery together with your healthcare team: do "
            "your strengthening exercises and ask questions, so that you know what to expect and feel "
            "in control.",
            "Before you come into hospital, try as many of the exercises below as you can. Leave out any "
            "one that hurts.",
            "Ideally, do the exercises three times a day. Try as many as you can, but stop any that "
            "cause pain.",
            "Exercise 1: Calf Pumps Sets: 2 / Repetition:10",
            "Exercise 2: Static Quadriceps Sets: 2 / Repetition:10",
            "Exercise 3: Inner Range Quadriceps Sets: 2 / Repetition:10",
            "Exercise 4: Straight Leg Raise Sets: 2 / Repetition:10",
            "Exercise 5: Knee Flexion Sets: 2 / Repetition:10",
            "Exercise 6: Sitting Knee Flexion Sets: 2 / Repetition:10",
            "Exercise 7: Gluteus Bridging Sets: 2 / Repetition:10",
            "<page>",
            "Exercise 8: Static Glutes Sets: 2 / Repetition:10",
            "Exercise 9: Single Leg Stance Sets: 1 / Repetition:5",
            "## In hospital",
            "After the operation it matters that you do the deep breathing exercises the physiotherapist "
            "showed you, to keep your lungs clear.",
            "Breathe in deeply through the nose, then breathe out slowly through the mouth. Do this three "
            "times, then huff and cough twice. Repeat every hour while you are awake.",
            "Your physiotherapist or nurse will get you up and moving on the day of surgery once you "
            "have recovered from the anaesthetic.",
            "Book a consultation    Call our team    Privacy    Cookies    (c) Fortius Clinic",
        ],
    )
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """A hospital leaflet: department name on top, author and review dates at the bottom of every page."""

    def header(self):
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 6, "Physiotherapy department", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Author: Lynne Davis    Date: September 2021    Review: May 2022")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _exercise_rows(pdf, rows):
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(
        col_widths=(38, 102, 50),
        text_align="LEFT",
        first_row_as_headings=False,
        borders_layout="NONE",
        line_height=6,
    ) as table:
        for name, steps in rows:
            table.row((name, steps, "[picture]"))


def preop_knee_leaflet_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Patient information leaflet:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Preoperative total knee replacement exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=10.5)
    for paragraph in (
        "Because of the pandemic, the usual wait for a planned joint replacement has grown longer. We "
        "are seeing patients as quickly as we can, but you will wait longer for your operation, and in "
        "that time your legs may get weaker and you may move about less.",
        "These exercises are meant to get you as fit as possible before the operation and will help "
        "you recover afterwards.",
        "People react to a new exercise routine in different ways. Start gently and build up bit by "
        "bit. If an exercise is uncomfortable or painful, stop it or do it fewer times.",
        "Aim to work up to doing your exercises twice a day, every day, until your operation.",
        "It may help to practise the exercises with both legs.",
    ):
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    _exercise_rows(
        pdf,
        [
            (
                "1. Ankle\npumps",
                "Lie on your back with your legs straight out.\nBend and straighten your "
                "ankles briskly.\nRepeat 10 times.",
            ),
        ],
    )
    pdf.add_page()
    _exercise_rows(
        pdf,
        [
            (
                "1. Knee\nextension\nin supine",
                "Lie on your back with one leg bent and the other straight.\n"
                "Pull up the ankle of the straight leg and press the back of "
                "the knee down flat with your front thigh muscles.\nHold the "
                "tension for a moment, then relax.\nRepeat 10 times.",
            ),
            (
                "2. Straight\nLeg\nRaise in\nSupine",
                "Lie on your back with one leg bent and the other "
                "straight.\nPull up the ankle of the straight leg, tighten "
                "the front thigh and lift the leg a couple of inches, "
                "keeping it straight.\nLower it back to the start under "
                "control.\nRepeat 10 times.",
            ),
        ],
    )
    return bytes(pdf.output())


def sowega_falls_pdf() -> bytes:
    pdf = _printed(
        "3/22/24, 2:41 PM",
        "Fall Prevention Exercises - SOWEGA Council on Aging",
        "https://sowegacoa.org/fall-prevention-excercises/",
    )
    _lines(
        pdf,
        [
            "SOWEGA Council on Aging    Programs    Caregivers    Senior Centers    Volunteer    Donate",
            "Home > Resources > Fall Prevention Exercises",
            "# Fall Prevention Exercises",
            "Doing these exercises can build the balance and strength that lower your risk of a fall.",
            "  1. Heel Lifts - Stand with both feet flat on the floor. Lift your heels so you are up on "
            "your tiptoes. Hold for a second, then come down.",
            "  1. Toe Lifts - Stand with both feet flat on the floor. Lift your toes so your weight rests "
            "on your heels. Hold for a second, then come down.",
            "  1. Leg Lifts - Stand up straight and lift one foot off the floor, holding a chair if you "
            "need the support. After 10 seconds, put it down. Change sides and do it again.",
            "  1. Heel To Toe Walk - Walk forward slowly, putting the heel of one foot just in front of "
            "the toes of the other. Looking ahead helps your balance. Do this for 20 steps.",
            "  1. Backward Leg Lifts - Stand up straight, feet shoulder width apart. Hold on if you need "
            "to, lift one leg out behind you and lower it again. Change sides.",
            "  1. Sit To Stand - Sit in a sturdy chair with both feet on the floor. Stand up using only "
            "your legs, then sit back down slowly. Your arms can reach out in front or cross over your "
            "chest.",
            "  1. Wall Push-Ups - Put your hands flat on a wall at chest height, fingers pointing up. "
            "Keep your back straight and slowly bend your elbows to bring your body in toward the wall. "
            "Then push back out until your arms are straight.",
            "Share: Facebook  Twitter  Email",
            "Call 1-800-555-0190 for help finding a balance class near you.",
            "SOWEGA Council on Aging  |  Serving 14 counties of Southwest Georgia  |  Privacy Policy",
        ],
    )
    return bytes(pdf.output())


def empowher_neck_pdf() -> bytes:
    pdf = _printed(
        "5/2/24, 9:03 AM",
        "8 Neck Exercises to Do at Your Desk | EmpowHER",
        "https://www.empowher.com/wellness/content/8-neck-exercises-do-your-desk?hwamp=true",
    )
    _lines(
        pdf,
        [
            "EmpowHER    Health A-Z    Wellness    Ask an Expert    Sign in",
            "Wellness",
            "# 8 Neck Exercises to Do at Your Desk",
            "Share  f  t  p  email",
            "If you are a woman who sits at a desk for hours staring at a screen, making call after call "
            "and carrying the day's stress, your neck is probably sore by evening.",
            "The good news: here are eight exercises you can do at your desk at any hour, on a deadline "
            "or in your favourite bookshop. You could even start now, while you read.",
            "(Warning: leave these out if you already have a neck condition, or if you feel severe pain "
            "or dizziness.)",
            "## 1. Dorsal glide",
            "- Sit tall, looking straight ahead.",
            "- Slowly tuck your chin in, gliding your head back over your body.",
            "- Hold for a count of 6, then relax for up to 10 seconds.",
            "- Repeat 8 to 12 times.",
            "## 2. Hands on Head",
            "- Place the heels of both hands on your forehead just above the eyebrows.",
            "- Push your hands firmly against your forehead while pushing your head into your hands.",
            "- Keep your head from tipping forward. Hold for about 6 seconds.",
            "- Rest for up to 10 seconds, then repeat.",
            "- Repeat each exercise 8 to 12 times.",
            "## 3. Cable Stretch",
            "- Sit with your chin in, stomach in, shoulders and hands relaxed in your lap and feet flat, "
            "and picture a cable drawing your head up.",
            "- Hold for 3 seconds and relax.",
            "- Repeat 3 times.",
            "<page>",
            "## 4. Side Bend: Neck Stretch",
            "- Tip your head to one side (ear toward shoulder).",
            "- Hold for 15 seconds.",
            "- Relax.",
            "- Repeat 3 times on each side.",
            "## 5. Diagonal Neck Stretch",
            "- Turn your head a little, then look down as if into your pocket.",
            "- Hold for 15 seconds.",
            "- Relax.",
            "- Repeat 3 times on each side.",
            "## 6. Shoulder Shrug",
            "- Slowly lift your shoulders up to your ears and hold for 3 seconds.",
            "- Roll the shoulders back and down.",
            "- Repeat 10 times.",
            "## 7. Executive Stretch",
            "- Lock your hands behind your head.",
            "- Take your elbows back as far as they go.",
            "- Breathe in deeply while you lean back and stretch.",
            "- Hold for 20 seconds.",
            "- Breathe out and relax.",
            "- Repeat 1 time.",
            "Related: 5 Ways to Beat the Afternoon Slump  |  Is Your Chair Hurting Your Back?",
            "Add a Comment  (0 Comments)",
            "(c) EmpowHER Media  |  About  |  Terms  |  Privacy",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "128-fortius-knee-replacement-programme.pdf": fortius_knee_pdf,
    "129-physiodept-preop-knee-replacement-leaflet.pdf": preop_knee_leaflet_pdf,
    "132-sowegacoa-fall-prevention-printout.pdf": sowega_falls_pdf,
    "133-empowher-desk-neck-exercises.pdf": empowher_neck_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
