"""Rebuild the BLIND-12 corpus PDFs (needs fpdf2, the test extra): a rehabilitation site's wrist page
printed from a browser (two columns, stretches left and strength right, ALL-CAPS names, progressions
numbered I-IV), a surgeon's rotator cuff page printed from a browser (one dose for all in a bullet,
figure placeholders, two pages), and a college of GPs' patient instruction sheet for ankle sprain (a
table with the column headers Exercise / Starting position / Difficulty level, its rows across two
pages, a running header and footer).

    .venv/bin/python tests/articles/real/make_pdf_blind12.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def _two_columns(pdf, left, right):
    """Two text columns as a two-column page layout prints: the left column's paragraphs first, then a
    forced break to the right column."""
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for column, paragraphs in enumerate((left, right)):
            if column:
                cols.new_column()
            for para in paragraphs:
                bold = para.isupper()
                pdf.set_font("Helvetica", "B" if bold else "", 11 if bold else 10.5)
                cols.write(text=para + "\n")
                if not bold:
                    cols.write(text="\n")


def oops_wrist_pdf() -> bytes:
    pdf = _printed("21/08/2023, 07:15", "OOPS Rehabilitation - Wrist - Strong",
            "https://daseintropic.au/oops-rehab-wr-stng.html")
    _lines(pdf, [
        "DASEIN TROPIC    Home    Treatments    OOPS Rehabilitation    Bookings    Contact",
        "# OOPS REHABILITATION",
        "## WRIST - STRONG",
        "",
    ])
    _two_columns(pdf, [
        "STRETCH & MOBILITY",
        "Do every exercise only as far as discomfort or a feeling of tension.",
        "WRIST EXTENSION STRETCH",
        "Press the palms together. Raise the elbows until the wrists feel tight. Hold 10 seconds. Relax. "
        "Take turns with Wrist Flexion (next). Repeat alternately 5x. Repeat 3 sets daily.",
        "WRIST FLEXION STRETCH",
        "Turn the hands over so the backs touch. Keep the wrists pressed together and lift the hands, "
        "elbows level with the shoulders, until the wrists feel tight. Hold 10 seconds. Relax. Take turns "
        "with Wrist Extension (previous). Repeat alternately 5x. Repeat 3 sets daily.",
        "WRIST SUPINATION STRETCH",
        "Elbow on the table, hand pointing up. Bring the other hand round the back of the wrist so its "
        "fingers wrap the front just below the wrist and its heel sits at the back. Pull back with that "
        "hand and turn the palm towards your face until it feels tight and uncomfortable. Hold 10 seconds. "
        "Relax. Take turns with Wrist Pronation (next). Repeat 10x. Repeat 3 - 5 sets daily.",
        "WRIST PRONATION STRETCH",
        "Elbow on the table, hand up. With the other hand take hold round the front of the wrist: heel of "
        "the hand at the wrist, thumb up into the palm, fingers wrapped round the back. Using the heel of "
        "the hand and the fingertips as levers, twist the affected wrist so the palm turns away from your "
        "face. Hold 10 seconds. Relax. Take turns with Wrist Supination (previous). Repeat 10x, Repeat 3 "
        "- 5 sets daily.",
    ], [
        "STRENGTH",
        "Do every exercise only up to moderate pain.",
        "WRIST EXTENSOR STRENGTH",
        "Forearm resting on the table, hand hanging over the edge, palm down.",
        "I) Hold a 500gm weight. Lift the wrist up and back. Hold 5 seconds. Relax. Repeat 10 x. Repeat "
        "3 sets daily.",
        "II) Once I) is easy, hold every repetition for 10 seconds.",
        "III) Once II) is easy, change to a 1 kg weight and hold 5 seconds.",
        "IV) Once III) is easy, hold every repetition for 10 seconds.",
    ])
    return bytes(pdf.output())


def holloway_rotator_cuff_pdf() -> bytes:
    pdf = _printed("09/02/2024, 16:40", "Phase 1 Stretching Exercises After Rotator Cuff Surgery | Brian Holloway, MD",
            "https://brianhollowaymd.com/phase-1-stretching-exercises-after-rotator-cuff-surgery")
    _lines(pdf, [
        "Brian Holloway, MD  -  Orthopaedic Surgery & Sports Medicine    Request an Appointment",
        "About    Shoulder    Knee    Patient Education    Forms    Contact",
        "# Phase 1 Stretching Exercises After Rotator Cuff Surgery",
        "The aim of these exercises is to win back movement after your rotator cuff has been repaired. In "
        "each of them the stiff shoulder gets help, from your good arm, from gravity or from a pulley.",
        "-  Put moist heat on the shoulder and take your pain medicine half an hour before you start.",
        "-  Perform three to five repetitions of each exercise.",
        "-  Go through the exercises two to three times a day, and keep each session to 5 minutes or less.",
        "-  Leave two hours between exercising and going to bed.",
        "## Pendulum Exercise",
        "[Figure 1]",
        "Steady yourself with your good arm on the edge of a table or bed. Bend forward at the waist until "
        "your back is about level with the floor. Let the stiff arm relax and hang straight down like a "
        "pendulum. Swing it gently in a small circle, level with the floor, for 10-15 seconds. Then let it "
        "swing forwards and backwards, as if you were bowling, for the same length of time.",
        "## Assisted Elevation",
        "[Figure 2]",
        "Lie flat on your back on a bed or couch, with no pillow. Take hold of the wrist of your operated "
        "arm with your good hand and lift it up towards the ceiling, then gently on over your head. Hold "
        "this position for five seconds.",
        "<page>",
        "## Assisted External Rotation",
        "[Figure 3A]    [Figure 3B]",
        "Lie flat on your back again, on a bed or couch with no pillow. Put a folded towel under the elbow "
        "of the stiff arm, so the whole upper arm lies level with the floor and the elbow is bent to 90 "
        "degrees (see figure 3A). Hold a stick about 1 1/2 feet long in both hands (see figure 3B). Let "
        "your good arm do the work and rock the stiff arm to the left and to the right, as the picture "
        "shows. Keep the elbow at 90 degrees and move it no more than 2 - 4 inches either way.",
        "",
        "Share:  Facebook  Twitter  Email  Print",
        "Related: Phase 2 Exercises After Rotator Cuff Surgery  |  Sling Instructions  |  Shoulder FAQ",
        "(c) Brian Holloway, MD  |  Privacy Policy  |  Disclaimer: for patients of the practice; not a "
        "substitute for your surgeon's instructions.",
    ])
    return bytes(pdf.output())


class _HandiSheet(FPDF):
    """The college's patient sheet: title band on every page, publication line and page count below."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Patient instruction sheet: 8-week training program for preventing recurrent ankle sprain")
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "RACGP  |  HANDI", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=7.5)
        self.cell(0, 4, "HANDI - Making non-drug interventions easier to find and use")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "First published: November 2014")


def _handi_rows():
    """(name, starting position with its dose, difficulty levels) of each exercise row."""
    return [
        ("Exercise 1. One-legged knee flexion",
            "[picture]\nPut your weight on your right leg. Keep the thighs side by side, bend the left knee "
            "and lift the left foot off the floor.\n\nKeep the right knee over the ball of the foot. "
            "Bend the right knee to sink into a one-legged squat while you raise the left arm. "
            "Straighten the right knee to come back to the start.\n\nPerform two sets of 15 "
            "repetitions for each leg.",
            ("Perform it on a level surface.", "Perform it on a level surface with your eyes closed.",
             "Perform it on a balance board.")),
        ("2. Toe raise",
            "[picture]\nStand on something raised (a high step, for example) with the feet a "
            "comfortable distance apart and the heels over the edge.\n\nKeep the knees straight but "
            "not locked and the body upright.\n\nLet the heels drop as far as they go for a good "
            "stretch. Rise onto the balls of the feet, moving at the ankles only. Lower the heels "
            "slowly back to the start.\n\nPerform two sets of 15 repetitions for each leg.",
            ("Perform it on a high surface, holding on to something (a wall or chair) for balance.",
             "Perform it on a high surface with no handhold.")),
        ("3. One-legged stance",
            "[picture]\nPut your weight on your right leg. Keep the thighs side by side, bend the left "
            "knee and lift the left foot off the floor.\n\nKeep the right knee over the ball of the "
            "foot. Bend the right knee to sink into a one-legged squat. Stay there for 1 minute."
            "\n\nPerform three 1-minute sets for each leg.\n\nChange legs and repeat.",
            ("Perform it on a level surface.", "Perform it on a level surface with your eyes closed.",
             "Perform it on a balance board.")),
    ]


def _handi_table(pdf, rows):
    pdf.set_font("Helvetica", size=10)
    heading = FontFace(emphasis="BOLD", fill_color=(220, 230, 240))
    with pdf.table(col_widths=(32, 92, 66), text_align="LEFT", line_height=5.2, headings_style=heading) as table:
        table.row(("Exercise", "Starting position", "Difficulty level"))
        for name, start, levels in rows:
            table.row((name, start, "\n".join(f"[picture]  {level}" for level in levels)))


def handi_ankle_pdf() -> bytes:
    pdf = _HandiSheet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, "Patient instruction sheet: 8-week training program for preventing recurrent "
            "ankle sprain", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 6, "HANDI  Making non-drug interventions easier to find and use", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=10)
    rows = _handi_rows()
    _handi_table(pdf, rows[:2])
    pdf.add_page()  # the sheet starts each page with a fresh table under the same column headers
    _handi_table(pdf, rows[2:])
    return bytes(pdf.output())


TARGETS = {
    "356-daseintropic-oops-wrist-strong-printout.pdf": oops_wrist_pdf,
    "357-brianhollowaymd-rotator-cuff-phase-1.pdf": holloway_rotator_cuff_pdf,
    "364-racgp-handi-ankle-sprain-programme.pdf": handi_ankle_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
