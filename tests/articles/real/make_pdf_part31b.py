"""Rebuild the part-31b corpus PDFs (needs fpdf2, the test extra): a chiropractic clinic's "Mother and
Baby" pelvic floor page printed from a browser (general rules numbered 1-6 with one dose for every
exercise, then numbered exercises with Position / Action / Progression bullets, one range "with each
leg") and an NHS trust's maternity pelvic floor page printed from a browser (two bold-led squeeze
types as bullet lists, ranges of holds and counts, frequencies "twice a day" and "three times a day",
an easier start and a target).

    .venv/bin/python tests/articles/real/make_pdf_part31b.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def shortchiro_pelvic_floor_pdf() -> bytes:
    pdf = _printed(
        "3/22/24, 8:41 AM",
        "Pelvic Floor Rehabilitation | Short Chiropractic",
        "https://www.shortchiro.com/pelvic-floor-rehabilitation",
    )
    _lines(
        pdf,
        [
            "Short Chiropractic    Home    About    Services    Mother and Baby    New Patients    Contact",
            "Book Now",
            "Mother and Baby",
            "# Pelvic Floor Rehabilitation",
            "## Pelvic Floor/Lumbar Spine/Abdominal Rehabilitation",
            "1. When you get up, roll onto one side first. Do not strain your abs or your neck.",
            "2. Stay away from inverted poses and from lifting both legs at once.",
            "3. Always do the effort of an exercise as you breathe out, and never hold your breath!!!",
            "4. Repeat a few times, often during the day. Never tire the muscles out. Move from one muscle "
            "group to the next rather than piling up repetitions - a circuit.",
            "5. Quality counts for more than quantity.",
            "6. Do each exercise 5x, slowly, through its whole range of motion. Make a sequence of them and "
            "repeat it 1-3x.",
            "## 1. Tighten on outward breathing",
            "  - Position: Lie on your back, or on your side, knees bent. Rest your hands on your abdomen "
            "just below the ribs.",
            "  - Action: Breathe in deeply through your nose, ribs still, letting the wall of the abdomen "
            "expand. Breathe out through your mouth, drawing the abs in until you are completely empty.",
            "## 2. Pelvic Tilt",
            "  - Position: Lie on your back, knees bent.",
            "  - Action: Roll the pelvis back so the low back flattens to the ground. Tighten the ab muscles "
            "as you breathe out and squeeze your butt. Hold for 3 seconds and relax.",
            "  - Progression: Move on to keeping a correct pelvic tilt while you slide your heels down, back "
            "flat, and repeat.",
            "<page>",
            "## 3. Curl-Up---Postpartum only",
            "  - Position: Lie on your back, knees bent, in a correct pelvic tilt. If your abs have separated, "
            "cross your hands over them for support.",
            "  - Action: Bring your chin to your chest, breathe out as you rise up, then go back down to the "
            "ground.",
            "  - Progression: The arms can be held out straight, folded, or behind the head. Try diagonals. "
            "If you are weak and have back pain, do sit-backs instead.",
            "## 4. Leg Tap",
            "  - Position: Lie on your back, both legs bent to 90 degrees, shins parallel to the floor.",
            "  - Action: Lower one foot and tap the toe on the floor, lift it back to the start and change "
            "feet. Tap the toe of the other foot and bring it back to neutral. Repeat 10-15 times with each "
            "leg.",
            "",
            "Short Chiropractic  |  Hours  |  Directions  |  Privacy Policy",
        ],
    )
    return bytes(pdf.output())


def somerset_pelvic_floor_pdf() -> bytes:
    pdf = _printed(
        "14/05/2025, 19:06",
        "Pelvic Floor Exercises - Somerset NHS Foundation Trust",
        "https://somersetft.nhs.uk/maternity-new/maternity/after-your-babys-birth/for-you/pelvic-floor-exercises",
    )
    _lines(
        pdf,
        [
            "NHS  Somerset NHS Foundation Trust    Our services    Maternity    Patients and visitors    "
            "Work for us    Search",
            "Maternity > After your baby's birth > For you > Pelvic floor exercises",
            "# Pelvic Floor Exercises:",
            "Your pelvic floor is a group of muscles that hold up your bladder, uterus and bowel. Pregnancy "
            "and birth stretch these muscles, and this can sometimes leave them weak or not working well "
            "after the birth.",
            "Working your pelvic floor muscles will help with:",
            "  - Better control when you go to the toilet.",
            "  - Stopping problems such as organs moving down in your pelvis.",
            "  - Keeping your hip and back joints steady.",
            "There are 2 ways to squeeze your pelvic floor muscles:",
            "## Long Squeezes:",
            "  - Breathe in, then breathe out.",
            "  - As you breathe out, squeeze and lift your pelvic floor muscles. Hold for 8-10 seconds, then "
            "relax.",
            "  - Let the muscles relax fully before the next breath.",
            "  - Do another long squeeze. Rest between each one, until your muscles feel tired.",
            "  - Do this 8 - 10 times, twice a day.",
            "  - Work towards holding for 10 seconds and repeating 10 times.",
            "## Short Squeezes:",
            "  - Squeeze and lift your pelvic floor muscles quickly and strongly. Then relax and let them "
            "down straight away.",
            "  - Do this 8 times, twice a day.",
            "  - If 8 times is too hard, begin with 4 or 6 times.",
            "If you had a tube (a catheter) to help you wee, start these exercises once it has been taken "
            "out.",
            "Try to do them three times a day. Your muscles may take up to three months to get strong again.",
            "Download the NHS Squeezy app for an exercise guide and to set reminders",
            "Home Page - Squeezy (squeezyapp.com)",
            "",
            "Was this page useful?    Yes    No",
            "Somerset NHS Foundation Trust    Accessibility    Privacy    Cookies    Contact us",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "589-shortchiro-pelvic-floor-rehabilitation-printout.pdf": shortchiro_pelvic_floor_pdf,
    "592-somersetft-pelvic-floor-exercises-printout.pdf": somerset_pelvic_floor_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
