"""Rebuild the part-17 corpus PDFs (needs fpdf2, the test extra): a Canadian health authority's hip
exercise page printed from a browser (running header and footer, two pages, one exercise per table row
beside a picture cell, under a spanning "while LYING" row), an NHS trust's prehabilitation booklet
(running header and footer, two pages, exercises flowing in two columns with Aim / Instructions labels),
a hospital physiotherapy leaflet after hip arthroscopy (running header and footer, unnamed exercises
beside picture boxes), a student's PE training programme notes from a document site (two pages, warm-up
and cool-down lists with doses in brackets, then two tables with column headers that are not exercises)
and a New Zealand physio clinic's ankle rehab sheet (two columns: instructions on the left, exercise names
and picture labels on the right, the clinic's address at the foot of page 1).

    .venv/bin/python tests/articles/real/make_pdf_part17.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed

_HEAD = FontFace(emphasis="BOLD", fill_color=(220, 230, 240))


def nshealth_hip_exercises_pdf() -> bytes:
    pdf = _printed("12/03/2024, 14:05", "Hip Exercises", "http://mysurgery.nshealth.ca/Pages/HipExercises.aspx")
    _lines(pdf, [
        "Nova Scotia Health  |  My Surgery  |  Before Surgery  |  In Hospital  |  After Surgery  |  Exercises",
        "# Hip Exercises",
        "After your operation you will move about less than usual. You will begin deep breathing and coughing "
        "exercises straight away, and it is important to do them every hour that you are awake.",
        "Deep breathing and coughing help to:",
        "    - keep your lungs opening up fully",
        "    - clear mucus from your lungs and throat",
        "    - lower your chance of a chest infection",
        "Try to do the deep breathing and the ankle pumping every hour that you are awake.",
        "While you are in hospital your physiotherapist or nurse will go over some or all of the exercises "
        "with you.",
        "For all the other exercises below, try to repeat them at least 3 times a day (unless indicated "
        "otherwise).",
    ])
    pdf.ln(2)
    pdf.set_font("Helvetica", size=12)  # the page's own type size: a browser prints it larger than a leaflet
    rows = (
        ("**Deep Breathing - Lying or Sitting Position**\n- Put both hands high on your stomach.\n"
         "- Breathe in as deeply as you can. You will feel your stomach push out against your hands.\n"
         "- Hold your breath for 2-3 seconds.\n- Breathe out slowly through an open mouth.\n"
         "- Repeat 3 to 4 times.\n- Give a strong cough. Just clearing your throat is not enough.\n"
         "- After the cough, take another 2-3 deep breaths as before.\n"
         "- Do this exercise every hour you are awake."),
        ("**Foot and Ankle Pumping**\n- Let your leg relax.\n- Gently pull your toes up towards your head.\n"
         "- Then gently push your toes down towards the foot of the bed.\n"
         "- Do the exercise for 1-2 minutes every hour you are awake."),
        ("**Static Quads - Tightening Muscles in Front of Thigh**\n- Lie on your back with both legs straight.\n"
         "- Tighten the muscles on top of the thigh of your operated leg by pushing the knee down into the bed.\n"
         "- Hold 5 seconds and relax.\n- Relax and repeat 10 times."),
        ("**Knee Flexion - Bending the Knee**\n- Lie on your back with your operated leg straight.\n"
         "- Slowly slide the heel of your operated leg up towards your buttocks.\n"
         "- Slowly slide the heel back away from your buttocks, straightening the knee.\n"
         "- Relax and repeat 10 times."),
    )
    with pdf.table(col_widths=(45, 145), text_align="LEFT", line_height=7, markdown=True,
                   headings_style=_HEAD) as table:
        table.row().cell("Exercises to do while LYING", colspan=2)
        for text in rows:
            row = table.row()
            row.cell("[picture]" + "\n" * 6)  # a photo makes each row taller than its text
            row.cell(text)
    pdf.ln(4)
    _lines(pdf, ["Nova Scotia Health  -  Privacy  -  Terms of Use  -  Accessibility"])
    return bytes(pdf.output())


class _Booklet(FPDF):
    """An NHS trust booklet: programme name on top, trust, leaflet reference and folio at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Optimise: cancer prehabilitation programme", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, "North Tees and Hartlepool NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Optimise strength exercises  |  Information for patients")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def _booklet_exercise(cols, pdf, name, aim, instructions, dose):
    pdf.set_font("Helvetica", "B", 12)
    cols.write(text=name + "\n")
    pdf.set_font("Helvetica", "B", 10)
    cols.write(text="Aim\n")
    pdf.set_font("Helvetica", size=10)
    cols.write(text=aim + "\n")
    pdf.set_font("Helvetica", "B", 10)
    cols.write(text="Instructions\n")
    pdf.set_font("Helvetica", size=10)
    cols.write(text=instructions + "\n" + dose + "\n\n")


def nth_prehab_booklet_pdf() -> bytes:
    pdf = _Booklet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(pdf, [
        "Information for patients",
        "This leaflet is available in other formats, including large print, CD and Braille, and in "
        "languages other than English, on request.",
        "# Optimise: strength exercises",
        "This booklet holds sets of exercises for different muscle groups. Some exercises are harder than "
        "others and you are not expected to do all of the exercises in this booklet.",
        "Work your way up the exercises until you can complete the advised sets and repetitions (reps), "
        "rating the final repetition of each set at 8 to 9/10 on the scale below.",
        "[Scale: how hard the last repetition felt, from 0 to 10]",
        "If it is safe for you, add extra weight. If you have no weights at home, tins of beans or bottles "
        "of water will do.",
        "For more information on exercises you can do at home or classes you can join in the community, see: "
        "https://www.southtees.nhs.uk/services/optimise-prehabilitation-programme-2/",
    ])
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        _booklet_exercise(cols, pdf, "Bridging to end of range", "To strengthen your hip muscles.",
                          "Lie on your back with your knees bent. Tighten your bottom muscles and lift your "
                          "bottom off the bed.",
                          "Perform 5 sets of 5 repetitions (reps), every other day.")
        _booklet_exercise(cols, pdf, "Single Leg Bridge", "To strengthen your hip muscles.",
                          "Lie on your back with your knees bent. Lift your bottom off the bed. Move your "
                          "weight onto one leg and straighten the other leg.",
                          "Perform 5 sets of 5 reps, every other day.")
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        _booklet_exercise(cols, pdf, "Hip abductor strengthening in side - lying against a wall",
                          "To strengthen the muscles at the side of your hip.",
                          "Lie on your side with your back and legs against a wall. Begin with your top leg "
                          "resting on the lower leg. Finish with your leg lifted away from the bed to touch "
                          "the target. Keep your whole leg against the wall and your foot pointing forwards.",
                          "Perform 5 sets of 5 reps, every other day.")
        pdf.set_font("Helvetica", "I", 9)
        cols.write(text="[picture: lying on the side against a wall, top leg lifted to a target]\n")
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """A hospital physiotherapy leaflet: leaflet title on top, department and page at the bottom."""

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Hip Arthroscopy Rehabilitation  -  Physiotherapy information and advice", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Physiotherapy Department")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _leaflet_exercise(pdf, text, dose):
    top = pdf.get_y()
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(125, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(125, 5.5, dose, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.rect(145, top, 55, 30)
    pdf.set_xy(147, top + 13)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(50, 4, "[picture]", align="C")
    pdf.set_xy(10, max(bottom, top + 30) + 5)


def hip_arthroscopy_leaflet_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Hip Arthroscopy", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Rehabilitation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 7, "Physiotherapy information and advice", new_x="LMARGIN", new_y="NEXT")
    _lines(pdf, [
        "## General Advice",
        "You will usually come in as a day patient.",
        "The exercises depend on what was done during your operation. You will usually be given crutches to "
        "help you get about.",
        "The hip is often more painful on the day after the operation, as the anaesthetic inside the hip "
        "wears off.",
        "Take your pain relief as prescribed; it will help you exercise more comfortably.",
        "When you leave hospital you will be referred for out-patient physiotherapy close to where you live.",
        "When the referral arrives, the physiotherapist will phone or write to you to arrange a time that "
        "suits you both.",
        "How often you see the physiotherapist will be decided by the out-patient physiotherapist, according "
        "to your needs.",
        "Keep doing the exercises your ward physiotherapist gave you until you see the out-patient "
        "physiotherapist.",
        "Only progress your exercises with your physiotherapist's guidance.",
        "If one of your exercises causes a sharp pain, stop that exercise until your physiotherapist has "
        "reviewed you. Carry on with all the others.",
        "<page>",
        "## Early Phase: 0-4 weeks",
    ])
    pdf.ln(3)
    _leaflet_exercise(pdf, "Lie on your back with something slippery under your leg (a plastic bin liner works "
                      "well). Bend and straighten your hip and knee by sliding your foot up and down.",
                      "Repeat 10 times.")
    _leaflet_exercise(pdf, "Lie on your back with your knees bent and your feet on the floor. Squeeze your "
                      "bottom and slowly lift your pelvis and lower back. Hold this position for 10 seconds. "
                      "Slowly go back to the starting position.", "Repeat 10 times.")
    _leaflet_exercise(pdf, "Lie face down. Bend the knee of your operated leg and pull your ankle towards your "
                      "bottom (if you cannot reach your ankle, loop a towel round it). You will feel a stretch "
                      "in the muscle at the front of your thigh. Hold this for 10 seconds, then let the "
                      "stretch go.", "Repeat this 10 times.")
    return bytes(pdf.output())


class _Notes(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, str(self.page_no()), align="C")


def pe_training_notes_pdf() -> bytes:
    pdf = _Notes()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "P.E. Training program notes", new_x="LMARGIN", new_y="NEXT")
    _lines(pdf, [
        "Warm-up phase:",
        "- 5-minute low intensity jog",
        "Dynamic stretches-",
        "- Forward leg swings (10-15 reps each leg)",
        "- Lateral leg swings (10-15 reps each leg)",
        "- Shoulder twists (10-15 reps each side)",
        "- Full arm circles (10-15 reps each arm)",
        "- Hip rotations (10-15 in each direction)",
        "- Arms across chest (10-20 reps)",
        "- Lunges (8-10 each leg)",
        "- Neck rotations (10-15 in each direction)",
        "- Run throughs 30 metres low intensity (high knees, grape vine, butt flicks, speckies)",
        "- Chest expansions (10-15 reps)",
        "",
        "Conditioning/training phase:",
        "",
        "Cool-down phase:",
        "- Foam roll all fatigued muscles",
        "Static stretches-",
        "- Ab/back stretch (hold 20 seconds)",
        "- Hip flexor stretch (hold 20 seconds each side)",
        "- Cat cow/arching back stretch (hold 20 seconds in each position)",
        "- Lower back stretch (hold 20 seconds)",
        "- Standing forward bend/back and hamstrings (hold 20 seconds)",
        "- Quad stretch (hold 20 seconds each leg)",
        "- Calf stretch (hold 20 seconds each leg)",
        "- Shoulder stretch (hold 20 seconds each side)",
        "- Bicep stretch (hold 20 seconds)",
        "- Childs pose/back stretch (hold 20 seconds)",
        "- Hamstring stretch (hold 20 seconds)",
        "- Glute stretch (hold 20 seconds)",
        "- Groin stretch (hold 20 seconds)",
        "<page>",
    ])
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(34, 26, 26, 30, 36, 38), text_align="CENTER", line_height=5.5,
                   headings_style=_HEAD) as table:
        table.row(("Training method", "Frequency PW", "Intensity", "Recovery days",
                   "Ease on body (1-3) easy to hard", "Simplicity to organise (1-3)"))
        for row in (("Continuous", "3-4", "L", "0-1", "1", "1"), ("Fartlek", "3", "L-H", "1", "1-2", "2"),
                    ("Long-interval", "3-4", "L", "1", "1", "1"), ("Medium-interval", "2-3", "M", "1-2", "2", "1"),
                    ("Short-interval", "2-3", "H", "1-2", "2-3", "1"), ("HIIT", "2-3", "H", "2", "3", "1"),
                    ("Resistance", "2 per muscle group", "Endurance (L) Power (M-H) Strength (H)", "1-2", "1-3", "3"),
                    ("Plyometric", "2", "H", "1-2", "2-3", "2"), ("Circuit", "3", "M-H", "1", "1-2", "2-3"),
                    ("Flexibility", "3-4", "L", "0", "1", "1-2")):
            table.row(row)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Novice and Intermediate", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(36, 30, 28, 18, 38, 40), text_align="CENTER", line_height=5.5,
                   headings_style=_HEAD) as table:
        table.row(("Desired outcome", "Repetition maximum", "Repetition range", "Sets", "Repetition speed",
                   "Rest periods"))
        for row in (("Maximum speed", "", "", "", "", ""),
                    ("Muscular strength", "60-70%", "8-12", "1-3", "Slow and moderate", "2-3 minutes between sets"),
                    ("Muscular hypertrophy", "70-85%", "8-12", "1-3", "Slow to moderate", "1-2 minutes between sets"),
                    ("Muscular power", "30-60%", "3-6", "1-3", "As fast as possible", "2-3 minutes between sets"),
                    ("Muscular endurance", "40-60%", "15-25", "1-3", "Slow to", "1 minute")):
            table.row(row)
    return bytes(pdf.output())


class _ClinicSheet(FPDF):
    def footer(self):
        if self.page_no() == 1:  # the clinic's address sits at the foot of the first page only
            self.set_y(-18)
            self.set_font("Helvetica", size=8)
            self.multi_cell(0, 4, "50 Gorge Road, Queenstown.\nPhone: (03) 555 0142\nreception@example.co.nz",
                            align="C")


def _sheet_block(pdf, y, left_lines, right_lines, right_offset=0.0):
    """Instructions in the left column from y; names and picture labels in the right column."""
    pdf.set_xy(10, y)
    pdf.set_font("Helvetica", size=10)
    for line in left_lines:
        pdf.set_x(10)
        pdf.multi_cell(110, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    end = pdf.get_y()
    pdf.set_xy(130, y + right_offset)
    for line in right_lines:
        pdf.set_x(130)
        bold = not line.startswith("[")
        pdf.set_font("Helvetica", "B" if bold else "I", 11 if bold else 8.5)
        pdf.multi_cell(70, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    return max(end, pdf.get_y()) + 4


def queenstown_ankle_rehab_pdf() -> bytes:
    pdf = _ClinicSheet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "ANKLE REHAB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Ankle range-of-motion", new_x="LMARGIN", new_y="NEXT")
    y = _sheet_block(pdf, pdf.get_y(), [
        "Start position: Lying with the leg out straight",
        "Dorsiflexion: pull the toes and ankle up towards you",
        "Plantarflexion: point the toes and ankle down",
        "Ankle alphabets: move the ankle and toes to trace the shape of every letter of the alphabet.",
        "Keep within a pain-free range",
        "Progression:-",
        "- Ankle alphabets",
    ], ["[picture]", "Dorsiflexion", "[picture]", "Plantarflexion"])
    pdf.set_xy(10, y)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Theraband", new_x="LMARGIN", new_y="NEXT")
    y = _sheet_block(pdf, pdf.get_y(), [
        "Plantarflexion:-",
        "- Put the theraband round the ball of the foot and hold both ends",
        "- Point the toes and ankle down, pushing into the band",
        "- Let the foot come back slowly to neutral, under control",
        "Sets: 3 Reps 10-15x",
    ], ["[picture]", "Plantarflexion"])
    y = _sheet_block(pdf, y, [
        "Inversion:",
        "- Put the theraband round the ball of the foot and tie the ends round a table leg",
        "- Slowly turn the foot and ankle in against the band",
        "- Let the foot come back slowly to neutral, under control",
        "Sets: 3 Reps 10-15x",
    ], ["[picture]"])
    _sheet_block(pdf, y, [
        "Eversion:",
        "- Put the theraband round the ball of the foot and tie the ends round a table leg",
        "- Slowly turn the foot and ankle out against the band",
        "- Let the foot come back slowly to neutral, under control",
        "Sets: 3 Reps 10-15x",
    ], ["[picture]"])
    pdf.add_page()
    y = _sheet_block(pdf, 15, [
        "Start position: standing on the injured leg",
        "- Lift the uninjured leg & balance on one leg",
        "- Keep the hips level/neutral.",
        "- Hold for 30 seconds.",
        "Tip: keep both hips at the same height",
    ], ["Single leg balance", "Try it while you brush your teeth or wait for the kettle to boil!", "[picture]"],
        right_offset=14)
    _sheet_block(pdf, y + 6, [
        "Start position: standing on the injured leg",
        "- Lift the uninjured leg & balance on one leg",
        "- Keep the hips level/neutral.",
        "- Aim for a 30 sec hold",
        "Tip: keep both hips at the same height",
        "Progression:-",
        "Try closing your eyes",
    ], ["Singe leg balance - uneven surface", "[picture: standing on a cushion]"], right_offset=-6)
    return bytes(pdf.output())


TARGETS = {
    "368-nshealth-hip-exercises-printout.pdf": nshealth_hip_exercises_pdf,
    "376-nth-optimise-prehabilitation-strength-booklet.pdf": nth_prehab_booklet_pdf,
    "377-docest-hip-arthroscopy-physiotherapy-leaflet.pdf": hip_arthroscopy_leaflet_pdf,
    "380-scribd-pe-training-program-notes.pdf": pe_training_notes_pdf,
    "381-paperzz-queenstown-physio-ankle-rehab-sheet.pdf": queenstown_ankle_rehab_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
