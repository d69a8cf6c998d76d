"""Rebuild the part-4 corpus PDFs (needs fpdf2, the test extra): a whiplash exercise page printed
from a browser (running header and footer, two pages, a shop bar and language menu), a clinic's
Nordic hamstring page printed from a browser (a 10-week table with column headers, two pages), and a
hospital booklet's exercise pages (running header and footer, three pages, Set A in two columns).

    .venv/bin/python tests/articles/real/make_pdf_part4.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def whiplash_handouts_pdf() -> bytes:
    pdf = _printed(
        "3/11/24, 8:05 PM",
        "Whiplash Exercise Handouts - Exercise Now",
        "https://www.exercisenow.org/en-recovery/whiplash-exercise-handouts-2/",
    )
    _lines(
        pdf,
        [
            "Shopping Cart        No products in the cart.",
            "English    Spanish    French    Haitian Creole",
            "Home    Exercises    Recovery    Handouts    Shop    Contact",
            "# Whiplash Exercise Handouts",
            "Whiplash is a neck injury that is far from rare. A sudden, forceful movement of the head "
            "backwards and forwards injures the soft tissues of the neck; the pain can feel as if the "
            "person had been struck with a whip, hence the name. It is most often linked with car "
            "accidents and sudden stops, but it also happens in sport, mostly in contact sports where "
            "two people collide, and sometimes after a fall. Most cases are mild and get better within "
            "a few days; in some people the problem becomes long-lasting. Range of motion exercises for "
            "the neck muscles can help, and many of them need no equipment at all, like the ones below.",
            "## Seated cervical retraction",
            "Step 1 - Sit or stand, whichever you prefer. Draw your head straight back as though making "
            'a "double chin", and make sure you reach the end of the range. To progress, add a little '
            "overpressure with your hand.",
            "Repeat 10-12 times",
            "3 sets in a row",
            "Once-daily",
            "5 days a week",
            "## Supine chin Tuck",
            "Step 1 - Lie on your back.",
            "Step 2 - Without lifting your head, press the back of your neck gently down into the mat. "
            "You will feel a stretch at the back of the neck, and if you are doing it right you will "
            "see more folds appear just under the chin.",
            "Repeat 6-8 times",
            "3 sets in a row",
            "Once-daily",
            "5 days a week",
            "<page>",
            "## Seated levator scapulae stretch",
            "Step 1 - Sit up straight with both arms by your sides.",
            "Step 2 - Lift the right arm forwards and reach over your back so the hand holds the right "
            "shoulder blade and presses it downwards. (This turns the shoulder blade and lengthens the "
            "muscle.)",
            "Step 3 - Keeping everything else still, turn your head about 45 degrees to the left (about "
            "halfway towards the shoulder).",
            "Repeat 8-10 times for each side",
            "3 sets in a row",
            "Once-daily",
            "5 days a week",
            "## Seated Upper Trapezius Stretch",
            "Step 1 - Sit upright on a chair or an exercise table and hold its edge with one hand.",
            "Step 2 - Turn your head up and away from the anchored arm and lower it slowly towards the "
            "shoulder, pressing gently with one hand until you feel a stretch, and then hold.",
            "Repeat 10 times for each side",
            "3 sets in a row",
            "Once-daily",
            "5 days a week",
            "",
            "Related handouts:  Neck Pain Exercise Handouts  |  Shoulder Exercise Handouts  |  Concussion",
            "Copyright Exercise Now  |  Privacy Policy  |  Terms and Conditions",
        ],
    )
    return bytes(pdf.output())


_NORDIC_WEEKS = (
    ("Week 1", "1 session", "2 x 5 reps"),
    ("Week 2", "2 sessions", "2 x 6 reps"),
    ("Week 3", "3 sessions", "3 x 6-8 reps"),
    ("Week 4", "3 sessions", "3 x 8-10 reps"),
    ("Weeks 5 - 10", "3 sessions", "3 sets, 12-10-8 reps"),
)


def nordic_hamstring_pdf() -> bytes:
    pdf = _printed(
        "22/05/2023, 07:48",
        "Preventing Hamstring Injuries - Bounce Physio Birkdale",
        "https://bouncephysiobirkdale.com.au/preventing-hamstring-injuries/",
    )
    _lines(
        pdf,
        [
            "Home    About    Services    Our Team    Blog    Book Online    Contact",
            "# Preventing Hamstring Injuries",
            "Hamstring injuries are the most common injury we see in sports that involve running.",
            "In a Danish study, a simple 10 week strengthening program cut hamstring injuries by an "
            "impressive 70%, and repeat hamstring injuries by a remarkable 85%.",
            "Try the program yourself and help keep your hamstrings injury-free this season.",
            "## Hamstring Nordic Pre-hab program",
            "Starting position:              Kneeling with your feet held down (usually by someone else).",
            "With your feet held, lean forward slowly and let your hamstrings control the fall for as "
            "long as you can. When you can no longer control it, catch yourself on the floor or table "
            "with your hands. Push back up to the start with your hands, not your hamstrings, so that the "
            "hamstrings do less of the lifting work.",
            "The load goes up as you hold the forward fall for longer. Once you can control the whole "
            "range for 12 reps, make it harder by starting the movement faster. A partner can add load "
            "by pushing on the back of your shoulders.",
            "On your own, hook your feet under something solid (a couch, for example). If you have very "
            "little control yet, a fit ball in front of you can help you control the lowering.",
            "<page>",
        ],
    )
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(
        col_widths=(60, 60, 70),
        text_align="LEFT",
        line_height=6,
        headings_style=FontFace(emphasis="BOLD"),
    ) as table:
        table.row(("10 week program", "Sessions per week", "Reps"))
        for row in _NORDIC_WEEKS:
            table.row(row)
    pdf.ln(6)
    _lines(
        pdf,
        [
            "Book in with one of our physios if you would like help setting up the program.",
            "Share:  Facebook   Twitter   LinkedIn",
            "Bounce Physio Birkdale  |  Privacy Policy  |  (c) Bounce Physio",
        ],
    )
    return bytes(pdf.output())


class _Booklet(FPDF):
    """A hospital booklet: title on every page's top, trust name and page number at the bottom."""

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(
            0, 5, "Breast Cancer Surgery - A Guide for Patients", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "NHS Borders - Borders General Hospital")
        self.cell(0, 5, f"Page {self.page_no() + 11}", align="R")


_SET_A = (
    ("1. Shoulder shrugs", "Lift your shoulders up towards your ears, hold, then relax."),
    (
        "2. Shoulder retraction",
        "Draw your shoulders back, as though you were squeezing your shoulder blades together behind "
        "you, hold for 5 seconds, then relax.",
    ),
    (
        "3. Assisted shoulder flexion",
        "Clasp your hands together with your elbows straight. Raise your hands as far as shoulder "
        "level, hold for 5 seconds, and then lower them.",
    ),
    (
        "4. Elbow push",
        "Put your fingers behind your ears. Keep your head up, open your elbows out to the sides, then "
        "bring them back to the middle.",
    ),
)


def breast_surgery_pdf() -> bytes:
    pdf = _Booklet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    _lines(
        pdf,
        [
            "# Exercises after your operation",
            "To get the full use of your arm back, it is important to do the exercises in this booklet. "
            "You may feel some stretching and pulling around the operation site while you exercise. Some "
            "discomfort is normal, but the exercises should not be painful. Don't overdo the movements "
            "to begin with; build them up gradually until you can use your arms normally.",
            "- How long - carry on with the exercises for about 6 weeks, until you are free of pain and "
            "your movement is back to normal",
            "- How often - aim to do the exercises 3-4 times a day, starting with 5 repetitions and "
            "building up to 10",
            "- Radiotherapy - if you have radiotherapy you will need to hold your arm above your head "
            "during treatment, so doing your exercises helps you prepare for it. Keep doing them "
            "throughout radiotherapy to keep your flexibility. If the area stays stiff after "
            "radiotherapy ends, you may need to keep stretching the shoulder regularly for longer.",
            "<page>",
            "## Set A Exercises",
            "Start these exercises on the first day after your operation. Do them sitting or standing.",
        ],
    )
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for number, (name, text) in enumerate(_SET_A):
            if number == 2:
                cols.new_column()  # the booklet's right-hand column starts at exercise 3
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=name + "\n")
            pdf.set_font("Helvetica", size=10.5)
            cols.write(text=text + "\n")
            cols.write(text="[picture]\n\n")
    pdf.add_page()
    _lines(
        pdf,
        [
            "## Set B Exercises",
            "These exercises follow on from Set A. Start them once your wound drains have been taken out.",
            "5. Assisted shoulder flexion in lying",
            "Do these exercises lying flat on the bed.",
            "Clasp your hands together with your elbows straight and raise your hands as high as you "
            "can, hold, and then lower them.",
            "[picture]",
            "If you have any questions about your exercises, ask the ward physiotherapist.",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "97-exercisenow-whiplash-handouts.pdf": whiplash_handouts_pdf,
    "99-bouncephysio-nordic-hamstring.pdf": nordic_hamstring_pdf,
    "100-nhsborders-breast-surgery-arm.pdf": breast_surgery_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
