"""Rebuild the part-32a corpus PDFs (needs fpdf2, the test extra): a tai chi teacher's senior balance
page printed from a browser (one dose for the whole page, unnumbered paragraphs that later refer to
"#6" and "#7", one timed item, a last line listing four exercises), and a stroke charity's level 1
online exercise page printed from a browser (section headings, numbered coaching points, no doses but
a condition and a walk of five steps, good and bad sides).

    .venv/bin/python tests/articles/real/make_pdf_part32a.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def taichimentor_senior_balance_pdf() -> bytes:
    pdf = _printed(
        "3/14/25, 9:02 AM",
        "Senior Balance and Relaxation - Tai Chi Mentor",
        "https://taichimentor.com/senior-balance-and-relaxation/",
    )
    _lines(
        pdf,
        [
            "Tai Chi Mentor    Home    Classes    Senior Exercise    Videos    About    Contact",
            "# Senior Balance and Relaxation",
            "Tai chi & Qigong",
            "Practice each exercise in sets of 12 repetitions for each exercise",
            "Eyes closed finger massage - stand with your feet shoulder width apart, cup each hand and "
            "gently rub the closed eyelids. Move inward, counter-clockwise",
            "The back of each hand rubs the small of the back, each hand moving inward toward the spine",
            "Big toes for 30 seconds, while seated, tap the big toes against each other",
            "",
            "Standing, hold onto the top of a counter or a chair. Scoop one toe, lift the other foot and "
            "crunch (flex) the lifted toe, or do it sitting with your feet on the ground",
            "Sitting or standing... flex the big toes of both feet so that the heels come up. For more "
            "resistance press down on your knees as you lift the heels.",
            "Stay in one position (This is the beginning or 1st position of the traditional Yang style "
            "tai chi chuan) of the beginning tai chi form to meditate",
            "Then begin from the start-up position and move into the 2nd position of the Yang style tai "
            "chi form to meditate",
            "After time #6 (above) can flow into the #7 position (above)",
            "More advanced: sitting, bend at the waist, look at your toes and push up to sitting straight "
            "or even to standing",
            "Tai chi ruler for a meditative exercise",
            "Clench toes, Toe raises, Spread toes, Knee massages",
            "",
            "## Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *        Email *        Website",
            "Post Comment",
            "Tai Chi Mentor  |  Tai chi and qigong for every age  |  Copyright (c) Tai Chi Mentor",
        ],
    )
    return bytes(pdf.output())


def healthbyscience_stroke_level1_pdf() -> bytes:
    pdf = _printed(
        "22/09/2025, 14:31",
        "Level 1 - Health By Science",
        "https://www.healthbyscience.co.uk/e-learning/online-exercise-after-stroke/level-1/",
    )
    _lines(
        pdf,
        [
            "Health By Science    Home    About    Services    E-learning    Blog    Contact",
            "E-learning > Online Exercise After Stroke > Level 1",
            "# Online Exercise After Stroke: Level 1",
            "Everybody who uses our Online Exercise After Stroke programme begins at this level.",
            "Do every exercise with a carer who can keep you safe.",
            "After each exercise, write on the programme checklist how hard you found it. If a movement "
            "is too easy, you will do level 2 of that movement next time.",
            "Then do the same with level 2 at the next workout. If that is still too easy, you would do "
            "level 3.",
            "So after a few workouts you might find that your walking is at level 3 while your upper "
            "body is at level 1.",
            "[Video: Level 1 workout]",
            "## Walking intervals <10 steps",
            "1. If you can do 15 assisted sit to stands, try without a walking aid; if not, use a "
            "walking aid if you need one, with a carer guiding you.",
            "2. For balance, lean forward as you step onto your heels. It is tempting to lean back "
            "otherwise.",
            "3. Try to look straight ahead at the far wall while you walk.",
            "4. Try to turn each foot out at 45 degrees with each step.",
            "5. Aim to walk 5 steps, turn around and come back to your seat.",
            "## Lower Body",
            "Assisted Sit To Stands",
            "1. Feet shoulder width apart and even.",
            "2. Bring your nose over your toes and push the floor away.",
            "3. Let your good side help you.",
            "<page>",
            "## Upper Body (Seated or Standing)",
            "Shoulder Passive Assisted Flexion",
            "1. Hold your bad hand firmly in the good one.",
            "2. Try to lift the arm to just above your head (not straight up).",
            "3. At the top, lower the bad arm slowly with as little help from the good arm as you can.",
            "4. Do not let the bad arm drop like a dead weight.",
            "Step Tos (Floor, Assisted)",
            "1. Begin with your good leg.",
            "2. Lift the knee straight up as high as you can, lean forward and point your toes forward "
            "in front of you.",
            "3. To step back, lean onto your bad leg, lift the knee straight up and kick the heel back "
            "to where you started.",
            "4. Repeat with your bad leg, holding a chair or wall for support if you need to.",
            "",
            "Health By Science Ltd  |  Exercise and rehabilitation for long-term conditions",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "602-taichimentor-senior-balance-and-relaxation-printout.pdf": taichimentor_senior_balance_pdf,
    "604-healthbyscience-exercise-after-stroke-level-1-printout.pdf": healthbyscience_stroke_level1_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
