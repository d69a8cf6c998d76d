"""Rebuild the part-19 corpus PDFs (needs fpdf2, the test extra): a regional health site's printable
topic (running header and footer, two pages, the dose stated once above a borderless two-column grid of
pictures and exercise names), a sports medicine journal's patient page printed from a browser (two
pages, exercises as figure captions, a main exercise's alternative), a therapy provider's two-page
strengthening flyer (each name run into its "Target Area" line, numbered steps in one paragraph, sets
with rest) and a health library sheet printed from a browser (three exercises in two columns, picture
captions).

    .venv/bin/python tests/articles/real/make_pdf_part19.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _HealthInfo(FPDF):
    """HealthInfo's printable topic: site name on top, review key and page count at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "HealthInfo Waitaha Canterbury", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Health information you can trust", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Care of your wrist & hand following a fracture", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "HealthInfo clinical advisers: June 2022. Review key HIWAH-240323")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def healthinfo_wrist_pdf() -> bytes:
    pdf = _HealthInfo()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(
        pdf,
        [
            "# Care of your wrist & hand following a fracture",
            "Te manaaki i to kawititanga o te ringa me to ringa i muri i te tawhatiwhati",
            "Wrist and hand fractures differ from one person to the next. Follow the advice the medical "
            "staff give you.",
            "If you have questions, ask your hand therapist, physiotherapist, doctor or orthopaedic nurse.",
            "Once the cast is off, you may find that your wrist and fingers are weaker and move less, that "
            "the skin of your hand and fingers is dry and scaly, and that your wrist aches.",
            "If your forearm is dry and flaky, wash the hand and forearm in warm soapy water, then rub in "
            "some hand cream.",
            "## Splints and bandages",
            "A splint or bandage, if you are given one, is only for a short time (up to two weeks if you "
            "need it). Take it off for your exercise sessions and at night.",
            "## Movement and strength",
            "Your wrist and hand may feel weak and sore, but it matters that you use the hand for light "
            "jobs, then gradually heavier ones. Over four to six weeks your movement and strength should "
            "come back and everyday tasks should get easier.",
            "At first, lifting something heavy such as a pot of potatoes will be hard, but as you use the "
            "hand more and more it will improve.",
            "Little and often is best to begin with. If your arm aches a lot after an activity, soaking it "
            "in warm water may ease it.",
            "## Hand exercises",
            "These exercises help the wrist and hand move further, and so work better.",
            "Do every exercise 10 times, resting in between. Do them four to six times a day, sitting at a "
            "table.",
            "The finger exercise can be done with the splint on; take the splint off for the other "
            "exercises. Move as far as you comfortably can without causing too much pain.",
            "<page>",
        ],
    )
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(45, 50, 45, 50),
        first_row_as_headings=False,
        borders_layout="NONE",
        text_align="LEFT",
        line_height=5.5,
    ) as table:
        table.row(
            (
                "[picture: a hand curling into a full fist]",
                "Finger exercise\n(you can do this exercise with your splint on)",
                "[picture: the thumb bending across the palm]",
                "Thumb exercise",
            )
        )
        table.row(
            (
                "[picture: the wrist bending down and up over the table edge]",
                "Wrist flexion and extension",
                "[picture: the forearm turning palm up, then palm down]",
                "Pronation and supination",
            )
        )
    pdf.ln(6)
    _lines(
        pdf,
        [
            "Written by Orthopaedic Outpatients and Physiotherapy Departments, Canterbury DHB. Adapted by "
            "HealthInfo clinical advisers. Last reviewed June 2022.",
            "www.healthinfo.org.nz",
        ],
    )
    return bytes(pdf.output())


def petrella_knee_oa_pdf() -> bytes:
    pdf = _printed(
        "03/02/2024, 09:14",
        "Exercises for Patients With Knee Osteoarthritis",
        "https://physsportsmed.com/issues/1999/10_15_99/petrella_pa.html",
    )
    _lines(
        pdf,
        [
            "THE PHYSICIAN AND SPORTSMEDICINE    Home    Current Issue    Past Issues    Personal Health    Search",
            "PATIENT ADVISER",
            "# Exercises for Patients With Knee Osteoarthritis",
            "Robert J. Petrella, MD, PhD",
            "Osteoarthritis needs rest, but rest has to be balanced with regular exercise, for two reasons: "
            "exercise stops the joints from getting stiffer, and it builds up the muscles around them. "
            "Strong muscles support the joint, so moving is easier and hurts less.",
            "This knee osteoarthritis program has five main exercises (figures 1, 2, 4, 5, and 7) and three "
            "alternatives (figures 3, 6, and 8) for when a main exercise is too hard.",
            "For the best results, build up the number of repetitions and sets little by little over 7 "
            "weeks. Use the chart (table 1) as a guide for the strength exercises, and note the date you "
            "start each new stage.",
            "## Stretching Exercises",
            "Figure 1: Unloading the knee. Strap a light weight (5 to 10 pounds) to your ankle and sit where "
            "the leg can hang freely (for example a bench, a tall stool or the edge of the bed). Stay like this "
            "for 5 to 15 minutes, 1 to 3 times a day, then do the other knee.",
            "[Figure 1]",
            "Figure 2: Knee extension. Sit on a chair with your foot resting on a second chair facing you, so "
            "the knee is a little raised. Using only your leg muscles, press the raised knee gently down "
            "toward the floor. Keep the stretch 5 to 10 seconds, then rest for a minute. Do it 10 times, "
            "every day, up to 3 times a day.",
            "[Figure 2]",
            "<page>",
            "Figure 3: Alternative knee extension exercise. Sit on the floor or the bed with your legs out "
            "straight and a rolled-up towel under your Achilles tendon. Press the raised knee gently toward "
            "the floor. Keep the stretch 5 to 10 seconds, then rest for a minute; do it 10 times. Every day, "
            "up to 3 times.",
            "[Figure 3]",
        ],
    )
    return bytes(pdf.output())


class _Flyer(FPDF):
    """A provider's exercise flyer: no header, a page number at the bottom."""

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def _flyer_exercise(pdf, name, target, steps):
    pdf.set_font("Helvetica", "B", 13)
    pdf.write(7, name + " ")
    pdf.set_font("Helvetica", "I", 10)
    pdf.write(7, "Target Area: " + target)
    pdf.ln(9)
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(0, 5.5, " ".join(f"{i}. {step}" for i, step in enumerate(steps, 1)),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def banyan_strengthening_pdf() -> bytes:
    pdf = _Flyer()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Exercise Program", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Strengthening Exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Strengthening", new_x="LMARGIN", new_y="NEXT")
    _flyer_exercise(pdf, "Arm Raises", "Deltoids and triceps for lowering items", (
        "Stand with your feet shoulder-width apart (or sit on a chair without arms).",
        "Hold a soup can in each hand, arms by your sides, palms facing your thighs.",
        "Counting to 3, slowly raise the cans until both arms are at shoulder height. Keep the wrists "
        "straight and the cans level with the floor.",
        "Pause. Then, to a count of 3, slowly lower the cans back to the start. That is one set of 10. "
        "Rest one to two minutes, then do a second set of 10.",
    ))
    pdf.cell(0, 5, "[photos: raising two soup cans to shoulder height]", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _flyer_exercise(pdf, "Bicep Curls", "biceps for lifting and carrying", (
        "Stand with your feet shoulder-width apart (or sit on a chair without arms).",
        "Hold a soup can in each hand, arms by your sides, palms facing your thighs.",
        "Counting to 3, slowly lift the cans, turning the forearms so the palms face your shoulders, "
        "with the upper arms and elbows kept close to your sides. Keep the wrists straight and the cans "
        "level with the floor.",
        "Pause. Then, to a count of 3, slowly lower the cans toward your thighs, turning the forearms "
        "back so the palms face your thighs again.",
        "Do this 10 times for one set. Rest one to two minutes, then do a second set of 10.",
    ))
    pdf.add_page()
    _flyer_exercise(pdf, "Knee Curl", "hamstrings for walking and climbing", (
        "Stand behind a sturdy chair with your feet shoulder-width apart.",
        "With the foot flexed, bend your right leg slowly to a count of 3, bringing the heel up toward "
        "your buttocks.",
        "Pause. Then, to a count of 3, slowly lower the foot back to the floor.",
        "Do 10 with the right leg and 10 with the left leg: that is one set. Rest a minute or two, "
        "then do a second set of 10 with each leg.",
    ))
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Tips:", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def fairview_parkinsons_pdf() -> bytes:
    pdf = _printed(
        "11/03/2024, 16:40",
        "Exercise for Parkinson's Disease | Fairview",
        "http://www.fairview.org/HealthLibrary/Article/84421",
    )
    _lines(
        pdf,
        [
            "Fairview    Find a Doctor    Locations    Services    Health Library    Patients & Visitors",
            "Health Library > Article",
            "# Exercise for Parkinson's Disease",
            "These exercises help build up your muscles and keep them loose and supple. Ask your doctor "
            "whether they suit you. Your doctor or physical therapist may add other exercises too.",
            "Start by doing the exercises once a day, then build up to several times a day. Move slowly, "
            "and rest if you feel pain.",
        ],
    )
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT", balance=True) as cols:
        for name, bullets, caption in (
            ("Body Twist", (
                "Sit on a chair facing forward, hands on your shoulders.",
                "Turn your head and body to one side as far as you can, as if to look behind you.",
                "Come back to the start, then turn to the other side.",
                "Repeat 10 times.",
            ), "[Man sitting in a chair doing the body twist]"),
            ("Seated March", (
                "Sit on a chair facing forward.",
                "Slowly lift one knee as high as you can, then put the foot back down on the floor.",
                "Do the same with the other leg.",
                "Repeat 10 times with each leg.",
            ), "[Man sitting in a chair doing the seated march]"),
            ("Back Stretch", (
                "Stand or sit with your back straight.",
                "Hold your arms out in front of you, hands and elbows together, hands pointing up at the ceiling.",
                "Move your arms apart as far as you can, squeezing your shoulder blades together.",
                "Slowly bring your hands back together.",
                "Repeat 10 times.",
            ), "[Woman standing doing the back stretch]"),
        ):
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=name + "\n")
            pdf.set_font("Helvetica", size=10.5)
            for bullet in bullets:
                cols.write(text="- " + bullet + "\n")
            pdf.set_font("Helvetica", "I", 9)
            cols.write(text=caption + "\n\n")
    pdf.ln(6)
    _lines(
        pdf,
        [
            "Online Medical Reviewer: a neurologist and two registered nurses. Date Last Reviewed: 7/1/2021",
            "(c) 2000-2024 The StayWell Company, LLC. All rights reserved. This information does not replace "
            "professional medical care. Always follow your healthcare professional's instructions.",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "416-healthinfo-wrist-hand-fracture-printout.pdf": healthinfo_wrist_pdf,
    "421-physsportsmed-knee-osteoarthritis-patient-adviser-printout.pdf": petrella_knee_oa_pdf,
    "422-banyancbt-strengthening-exercises-flyer.pdf": banyan_strengthening_pdf,
    "423-fairview-exercise-parkinsons-printout.pdf": fairview_parkinsons_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
