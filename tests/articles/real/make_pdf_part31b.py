"""Rebuild the part-31b corpus PDFs (needs fpdf2, the test extra): a chiropractic clinic's "Mother and
Baby" pelvic floor page printed from a browser (general rules numbered 1-6 with one dose for every
exercise, then numbered exercises with Position / Action / Progression bullets, one range "with each
leg") and a physiotherapy shop's ankle sprain exercise page printed from a browser (basket widget at
the top, exercises with no names but "Exercise N" headings, each dose a bare line "20 repetitions, 5
times daily", image placeholders, progressions in prose).

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


def physioroom_ankle_sprain_pdf() -> bytes:
    pdf = _printed(
        "09/02/2024, 17:52",
        "Ankle Sprain Exercises | Physioroom.com",
        "https://www.physioroom.com/injuries/ankle_and_foot/ankle_sprain_exer3.php",
    )
    _lines(
        pdf,
        [
            "Physio Room    Shop by Category    Injuries    Brands    Offers    Basket",
            "Item added to basket",
            "product name",
            "Basket total GBP 0.00",
            "  - product added GBP 0.00",
            "checkout",
            "Injuries > Ankle and Foot > Ankle Sprain > Exercises",
            "# Ankle Sprain - Rehabilitation Exercises",
            "After two weeks, most of the rehabilitation comes from active exercise, though the "
            "physiotherapist may help to win back range of movement with massage and passive mobilising "
            "techniques, in which the physio gently moves the bones of the ankle to restore movement and "
            "ease stiffness.",
            "## Exercise 1",
            "The first exercise helps to bring back the ankle's range of movement.",
            "Sitting on the floor, pump the ankle forwards and back.",
            "20 repetitions, 5 times daily.",
            "Later the patient moves on to the same exercise sitting on a high bench or chair with the feet "
            "hanging down.",
            "## Exercise 2",
            "This exercise uses a Resistance Band to strengthen the dorsiflexor muscles, which pull the toes "
            "back towards the knee.",
            "Sitting on the floor, tie a resistance band round the foot with its other end fixed to something "
            "solid in front of the foot.",
            "[Image: Lateral Ankle Sprain rehab exercise]",
            "Slowly pull the foot back towards the knee.",
            "[Image: Lateral Ankle Sprain rehab exercise]",
            "20 repetitions, 5 times daily.",
            "When this gets easier, change to a Resistance Band that gives more resistance.",
            "Tip: folding the resistance band double is an easy way to get more resistance.",
            "<page>",
            "## Exercise 3",
            "This exercise strengthens the plantar flexor muscles, which push the foot down, as when you press "
            "the pedals of a car.",
            "Sitting on the floor with the legs straight out, tie a Resistance Band round the foot and hold "
            "the other end in your hand. Slowly push the foot forwards, then relax.",
            "[Image: Lateral Ankle Sprain rehab exercise]",
            "20 repetitions, 5 times daily.",
            "Again, as this gets easier, increase the resistance of the band.",
            "",
            "Previous: Ankle sprain - treatment    Next: Ankle sprain - exercises (continued)",
            "Physio Room  |  Delivery  |  Returns  |  Contact us  |  Terms and conditions",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "589-shortchiro-pelvic-floor-rehabilitation-printout.pdf": shortchiro_pelvic_floor_pdf,
    "592-physioroom-ankle-sprain-exercises-printout.pdf": physioroom_ankle_sprain_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
