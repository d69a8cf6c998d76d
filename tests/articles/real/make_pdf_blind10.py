"""Rebuild the BLIND-10 corpus PDFs (needs fpdf2, the test extra): a cancer centre's circuit-training
newsletter page printed from a browser (running header and footer, numbered steps with a dose line and
an advanced option each, two pages), a college of GPs' ankle-sprain patient sheet (one table per
exercise with the column headers Starting position / Exercise / Difficulty level, running header and
footer, two pages), and a physiotherapy clinic's wrist-fracture page printed from a browser (a dose
line under every exercise name, a list of tendon glides with no dose, two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind10.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def mdanderson_circuit_pdf() -> bytes:
    pdf = _printed(
        "09/02/2010, 13:05",
        "Tuesday: Circuit Training - Focused on Health - MD Anderson Cancer Center",
        "http://www.mdanderson.org/publications/focused-on-health/issues/2010-february/circuittraining.html",
    )
    _lines(pdf, [
        "MD Anderson Cancer Center    Patients & Public    Publications    Focused on Health    Donate",
        "Publications > Focused on Health > February 2010",
        "# Tuesday: Circuit Training",
        "Focused on Health - February 2010",
        "Equipment needed: mat, jump rope (optional)",
        "[photo: woman doing a push-up]",
        "If you cannot manage all of the suggested repetitions in this program, start with fewer and add "
        "more little by little until you reach the recommended number. If you are only now starting to "
        "exercise, you might begin with activity on two to four days of the week and slowly build up to "
        "the recommended seven days a week. Some exercise is better than none.",
        "Take a 1 - 2 minute break after each set.",
        "## Step 1: Warm-up",
        "5 - 10 minutes",
        "Jog, march in place or jump rope.",
        "## Step 2: Push-ups",
        "1 set of 15",
        "Depending on how fit you are, do ordinary push-ups on the floor, push-ups against a wall or "
        "push-ups on your knees.",
        "Advanced option: Do 3 sets of 25.",
        "View Video",
        "## Step 3: Jumping Jacks",
        "1 set of 50",
        "Advanced option: Do 3 sets of 50.",
        "## Step 4: Crunches",
        "[photo: crunches]",
        "1 set of 25",
        "    - Lie on your back, knees bent and hands clasped behind your neck.",
        "    - Lift your shoulders until they come off the floor, then go back down to the start.",
        "Advanced option: Do 3 sets of 50.",
        "View Video",
        "<page>",
        "## Step 5: Jogging in Place",
        "1 two-minute set",
        "Advanced option: Do 3 three-minute sets.",
        "## Step 6: Squats",
        "[photo: squats]",
        "1 set of 25",
        "    - Stand with your feet wider than your shoulders.",
        "    - Turn your toes out, and your knees with them.",
        "    - Stand tall, your posture neutral and lined up.",
        "    - Bend at the knees and hips and sit back into a squat.",
        "    - Keep your knees in line with your toes or behind them.",
        "    - Lower your hips as far as you can without pain and without losing the position.",
        "    - Push back up through your heels, with your toes staying on the floor.",
        "    - Keep your chest up the whole time.",
        "Advanced option: Do 3 sets of 50.",
        "View Video",
        "## Step 7: Jump Rope",
        "1 one-minute set",
        "Advanced option: Do 3 two-minute sets.",
        "## Step 8: Cool Down",
        "5 - 10 minutes",
        "Jog, walk or march in place at a low intensity.",
        "## Step 9: Stretching",
        "10 - 15 minutes",
        "More in this issue:  Healthy Recipes    Ask the Expert    Subscribe",
        "Print    Email    Share",
    ])
    return bytes(pdf.output())


class _HandiSheet(FPDF):
    """The college's patient sheet: a banner on every page and a publication line with the page count."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(95, 5, "RACGP  Royal Australian College of General Practitioners")
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "HANDI  Making non-drug interventions easier to find and use", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "Patient instruction sheet: 8-week training program for preventing recurrent ankle sprain")
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "First published: November 2014")


def _handi_exercise(pdf, title, start, movement, levels):
    """One exercise: its numbered title, then a three-column table whose Difficulty level column is a
    numbered list of easier-to-harder surfaces."""
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9.5)
    heading = FontFace(emphasis="BOLD", fill_color=(222, 235, 222))
    with pdf.table(col_widths=(55, 70, 55), text_align="LEFT", line_height=5,
                   headings_style=heading) as table:
        table.row(("Starting position", "Exercise", "Difficulty level"))
        table.row((start, movement, "\n".join(f"{n}. {lvl}" for n, lvl in enumerate(levels, 1))))
    pdf.ln(6)


def racgp_ankle_pdf() -> bytes:
    pdf = _HandiSheet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Patient instruction sheet: 8-week training program for preventing recurrent "
                   "ankle sprain", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    surfaces = ["Perform the exercise on an even surface.",
                "Perform the exercise on an even surface with your eyes closed.",
                "Perform the exercise on a balance board."]
    _handi_exercise(
        pdf, "Exercise 1. One-legged knee flexion",
        "Stand with your body weight on your right leg. Keep your thighs parallel, bend your left knee and "
        "lift your left foot off the floor.",
        "Keep your right knee centred over the ball of your foot. Bend your right knee to lower yourself "
        "into a one-legged squat while lifting your left arm. Straighten your right knee to come back to "
        "the starting position.\nPerform two sets of 15 repetitions for each leg.",
        surfaces)
    _handi_exercise(
        pdf, "2. Toe raise",
        "Stand on a raised surface (such as a high step) with your feet a comfortable distance apart and "
        "your heels over the edge. Keep your knees straight (but not locked) and your body upright.",
        "Drop your heels as far as you can to get a good stretch. Rise up onto the balls of your feet, "
        "moving only at the ankles. Lower your heels slowly back to the starting position.\nPerform two "
        "sets of 15 repetitions for each leg.",
        ["Perform the exercise on a high surface while holding on to something (e.g. a wall or a chair) "
         "for balance.",
         "Perform the exercise on a high surface without holding on."])
    pdf.add_page()
    _handi_exercise(
        pdf, "3. One-legged stance",
        "Stand with your body weight on your right leg. Keep your thighs parallel, bend your left knee and "
        "lift your left foot off the floor.",
        "Keep your right knee centred over the ball of your foot. Bend your right knee to lower yourself "
        "into a one-legged squat position. Hold the position for 1 minute.\nPerform three 1-minute sets for "
        "each leg.\nChange legs and repeat.",
        surfaces)
    return bytes(pdf.output())


def _dosed(name, dose):
    return [f"## {name}", dose]


def rebuildphysio_wrist_pdf() -> bytes:
    pdf = _printed(
        "27/11/2026, 16:48",
        "Wrist Fractures Treatment Exercises | Rebuild Physiotherapy",
        "https://www.rebuildphysio.co.uk/advice/wrist-fractures-treatment-exercises",
    )
    cast = "Complete 10 -15 repetitions, 3 sets, 2 -5 times a day"
    hold = "Hold each exercise for 10 - 45 seconds and repeat 5 times, 2 - 3 times a day"
    lines = [
        "Rebuild Physiotherapy    Home    Treatments    Conditions    Advice    Book Online    Contact",
        "Advice > Wrist Fractures > Treatment Exercises",
        "# Wrist Fractures Treatment Exercises",
        "## Treatment Exercises",
        "## Cast Phase",
        "While you are in the cast it really matters that you keep your fingers moving: it cuts down "
        "stiffness, keeps the blood flowing well and lowers the risk of developing CRPS.",
    ]
    for name in ("Hook Fist", "Full Grip", "MCP Grip", "Thumb Range (As cast allows)"):
        lines += _dosed(name, cast)
    lines += [
        "## Post cast removal",
        "If you are in a removable splint, put your effort into these exercises; the cast phase exercises "
        "can still be done little and often through the day.",
        "Now and then, after a hand or wrist injury, the fingers become stiff. The tendon gliding "
        "exercises below are meant to ease that stiffness and get your hand working normally again.",
        "## Tendon glides",
        "Make sure you come back to full extension on every repetition",
        "    Hook Grip",
        "    Full Fist",
        "    MCP Grip",
        "    MCP Full Flexion",
        "    Thumb Extension & Opposition",
        "<page>",
        "## Level One - Range of movement",
    ]
    for name in ("Wrist Flexion/Extension", "Radial/Ulna Deviation: Slide Across Table",
                 "Pronation/Supination: Rotate Palm Down & Up"):
        lines += _dosed(name, cast)
    lines += ["## Level Two - Muscle activation/control & proprioception"]
    for name in ("Isometric Wrist Extension", "Isometric Wrist Flexion", "Grip Sponge/Small Ball",
                 "Squeeze Ball Lowering Into Elbow Flexion & Wrist Extension", "Wringing a Cloth"):
        lines += _dosed(name, hold)
    lines += [
        "Book a physiotherapy assessment    Call 0161 000 0000",
        "Related advice: Scaphoid Fractures  |  Carpal Tunnel Syndrome  |  Hand Stiffness",
    ]
    _lines(pdf, lines, heading_size=11.5)
    return bytes(pdf.output())


TARGETS = {
    "327-mdanderson-circuit-training-printout.pdf": mdanderson_circuit_pdf,
    "328-racgp-handi-ankle-sprain-programme.pdf": racgp_ankle_pdf,
    "333-rebuildphysio-wrist-fracture-exercises-printout.pdf": rebuildphysio_wrist_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
