"""Rebuild the part-5 corpus PDFs (needs fpdf2, the test extra): a vertigo patient handout (one
exercise's steps in two columns, the dose stated once under them), a wiki page printed from a
browser (running header and footer, two pages, programme headings over bullet lists), a college
massage programme's self-care page printed from a browser (one exercise's numbered steps, the dose
in the last), an exercise library page printed from a browser (a prescription table with column
headers whose REPS cell is a hold in breaths) and an exercise app's one-page printout (each exercise's
dose line above its numbered title).

    .venv/bin/python tests/articles/real/make_pdf_part5.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def brandt_daroff_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "Dr Prince Modayil  |  ENT & Vertigo Clinic", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 17)
    pdf.cell(0, 10, "Brandt & Daroff Exercises", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, "Patient handout", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        pdf.set_font("Helvetica", size=10.5)
        for step in (
            "- Start sitting up straight on the bed (position 1).",
            "- Go down onto one side, taking only 1-2 seconds over it.",
            "- Keep the head turned up at 45 degrees: picture a person about six feet in front of "
            "you and keep your eyes on their head the whole time (position 2).",
            "- Stay on this side for thirty seconds, or until the dizziness settles.",
            "- Come back up to sitting and wait thirty seconds (position 3).",
        ):
            cols.write(text=step + "\n")
        cols.new_column()
        for step in (
            "- Now go down onto the other side.",
            "- Again, take one or two seconds to get there.",
            "- Keep the head at 45 degrees (position 4).",
            "- Stay down for another thirty seconds, or until the spinning settles.",
            "- Come back up to sitting and wait another thirty seconds.",
        ):
            cols.write(text=step + "\n")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "That is one cycle. Do the cycle 5 times to make one set. Do 3 sets a day for 14 days.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", size=9)
    pdf.ln(3)
    pdf.multi_cell(
        0, 5, "[figures: positions 1 to 4, sitting and lying on each side]", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_y(-15)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "princemodayil.com  -  for patients of the clinic; ask before starting", align="C")
    return bytes(pdf.output())


def physiopedia_elbow_pdf() -> bytes:
    pdf = _printed(
        "02/05/2024, 21:40",
        "Lateral Epicondyle Tendinopathy Toolkit: Appendix C - Physiopedia",
        "https://www.physio-pedia.com/Lateral_Epicondyle_Tendinopathy_Toolkit:_Appendix_C",
    )
    _lines(
        pdf,
        [
            "Physiopedia    Courses    Plus    Conditions    Techniques    Log in    Donate",
            "# Lateral Epicondyle Tendinopathy Toolkit: Appendix C - Details of Exercise Prescription",
            "Original Editor - the Lateral Epicondyle Tendinopathy Toolkit team   Top Contributors - 3 editors",
            "## Concentric/Eccentric Home Exercise Program (Peterson et al 2011[1])",
            "  - Every day, for a 3-month programme.",
            "  - Forearm rested palm down (pronation), elbow slightly bent.",
            "  - Load 1 kg for women, 2 kg for men (1 litre of water weighs 1 kg).",
            "  - 3 sets of 15 once daily.",
            "  - Add 0.1 kg (100 ml of water) each week.",
            "  - Pain during the exercise was not discussed.",
            "  - Raise the weight by bending the wrist back, then let it down.",
            "  - The study used a water container not sold in North America; a water bottle in a bag "
            "stands in for it here.",
            "[Figure 1]",
            "<page>",
            "## Supervised Eccentric Exercise and Stretching Program (Stasinopoulos et al 2006[2])",
            "  - 3 times a week, for 4 weeks.",
            "  - Forearm rested palm down with the elbow straight.",
            "  - Bring the wrist up as far as it goes, then lower it into flexion slowly while counting to "
            "30; use the other hand to bring it back to the start.",
            "  - 3 sets of 10, 1 minute rest between sets.",
            "  - Load: free weights.",
            "  - Add load once the exercise no longer hurts.",
            "  - Mild pain is allowed; stop if the pain becomes disabling.",
            "  - Passive stretching of the extensor carpi radialis brevis tendon (ECRB), done by the "
            "therapist 3 times before and 3 times after the eccentric exercise: forearm pronated, elbow "
            "straight, wrist bent and tilted towards the little finger. Hold 30-45 seconds. 30 second rest "
            "between stretches.",
            "[Figure 2A]   [Figure 2B]",
            "## References",
            "1. Peterson M, et al. 2011.   2. Stasinopoulos D, et al. 2006.",
            "Categories: Elbow | Tendinopathy | Toolkits",
        ],
    )
    return bytes(pdf.output())


def fullcoll_flossing_pdf() -> bytes:
    pdf = _printed(
        "11/09/2023, 08:03",
        "Self-care: lumbar spine",
        "http://massage.fullcoll.edu/self-tips/SH-lumbar-spine.html",
    )
    _lines(
        pdf,
        [
            "Fullerton College Massage Therapy Program  |  Home  |  Clinic  |  Self-Care Tips",
            "# Self-Care Tips: Lumbar Spine",
            "## Sciatic Flossing",
            "Purpose:: to improve sciatic nerve mobility.",
            "1. Patient lies on the back, knees bent.",
            "2. Patient clasps the hands behind the right knee.",
            "3. Draw the right knee up to 90 degrees of hip flexion.",
            "4. Patient straightens the right leg toward the ceiling until a light stretch is felt "
            "(a 2-3 on the stretching scale).",
            "5. Then point the toes to the ceiling.",
            "6. Patient rocks between knee straight with toes to the ceiling and knee bent with toes "
            "drawn back toward the chest; only about 10-15 degrees of movement.",
            "7. After 30 seconds change legs and repeat the steps. 1 minute in all for both legs.",
            "Precautions: keep the neck neutral; a pillow under the head if needed.",
            "Variations: add hip internal rotation with adduction, or external rotation with abduction, "
            "to stretch in other planes.",
        ],
    )
    return bytes(pdf.output())


def heart_health_twist_pdf() -> bytes:
    pdf = _printed(
        "20/06/2024, 07:55",
        "Twist 1: Seated on Chair - Heart Health by Design",
        "https://hearthealthbydesign.com/exercise/twist-1-seated-on-chair/",
    )
    _lines(
        pdf,
        [
            "Heart Health by Design  |  Programs  |  Exercise Library  |  Recipes  |  Login",
            "Exercise Library > Mobility > Twists",
            "# Twist 1: Seated on Chair",
        ],
    )
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(20, 15, 30, 85, 30),
        text_align="LEFT",
        line_height=5.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 235, 245)),
    ) as table:
        table.row(("LOAD", "SETS", "REPS", "TEMPO", "REST"))
        table.row(
            (
                "n/a",
                "1",
                "5 Breaths",
                "Inhale Extend the spine: Exhale Twist further each breath",
                "Your Choice",
            )
        )
    pdf.ln(3)
    _lines(
        pdf,
        [
            "    - Helps the spine line up and move well.",
            '    - Calms the sympathetic ("fight or flight") response.',
            "## Targeted Muscles",
            "    - Para Spinal Muscles",
            "    - Waist Musculature",
            "## How to Perform",
            "1. Sit on a chair facing forward.",
            "2. Breathe in and lengthen the spine, as if a string drew the back of your head toward the ceiling.",
            "3. Breathe out, bring your right hand to your left knee and twist, looking over your left shoulder. "
            "Keep the spine tall and straight.",
            "4. Every breath in, lengthen the spine; every breath out, turn a little further.",
            "5. Keep going until you reach the end of your range.",
            "6. Repeat on the other side.",
            "## Common Challenges",
            "    - Losing the long spine is common in this stretch. Lengthen on every breath in, and do not "
            "round the upper back as you breathe out.",
            "Previous: Cat-Cow    Next: Twist 2: Lying",
            "(c) Heart Health by Design  -  Medical disclaimer  -  Privacy",
        ],
    )
    return bytes(pdf.output())


def covid_breathing_printout_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Covid 19: Breathing techniques (early\nrehab phase)", new_x="LMARGIN", new_y="NEXT")
    exercises = (
        (
            "1 Set / 5 Reps / 10 sec duration",
            "1. Breathing exercise",
            (
                "Lie on your back, knees bent, feet flat on the floor.",
                "Put your hands on the lower part of your tummy.",
                "Breathe in deeply through your nose, taking the air right down to the bottom of your lungs.",
                "Your tummy should push out against your hands.",
                "Breathe out through your mouth, gently tightening the tummy muscles under your hands until "
                "your lungs are empty.",
                "Feel the tummy push out into your hands as you breathe in and draw in as you breathe out.",
                "Repeat the deep breath in and out.",
            ),
        ),
        (
            "1 Set / 1 Rep / 10 sec duration",
            "2. Diaphragm breathing - sitting",
            (
                "Sit in a chair, hands on your knees.",
                "Shuffle forward so you sit on the front of the chair, and slump with the shoulders a little forward.",
                "Roll forward on your sitting bones and lengthen up through your spine, shoulders back.",
                "Open your feet and knees.",
                "Rest your hands at the top of your thighs, palms up.",
                "Breathe in deeply through your nose, following the air down the windpipe to the diaphragm.",
                "Breathing out, let go completely and use no muscles: let the chest's spring push the air out.",
                "Breathe in again with the diaphragm and tummy; breathe out with the chest's spring only.",
                "Carry on for two more cycles.",
                "Return to the start position.",
            ),
        ),
        (
            "1 Set / 5 Reps",
            "3. Pursed-lips breathing",
            (
                "Breathe in through your nose, as if smelling something.",
                "Purse your lips as if about to blow out birthday candles.",
                "Breathe out very slowly through pursed lips, taking two to three times as long as the breath in.",
                "Carry on as directed.",
            ),
        ),
    )
    for dose, title, steps in exercises:
        pdf.ln(4)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 5, dose, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, "\n".join(steps), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-15)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "Covid 19: Breathing techniques (early rehab phase)")
    pdf.cell(0, 5, "Page 1 of 1", align="R")
    return bytes(pdf.output())


TARGETS = {
    "109-princemodayil-brandt-daroff-handout.pdf": brandt_daroff_pdf,
    "111-physiopedia-lateral-elbow-exercise-prescription.pdf": physiopedia_elbow_pdf,
    "114-fullcoll-sciatic-flossing-self-care.pdf": fullcoll_flossing_pdf,
    "120-hearthealthbydesign-seated-chair-twist.pdf": heart_health_twist_pdf,
    "121-scribd-covid-breathing-early-rehab-printout.pdf": covid_breathing_printout_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
