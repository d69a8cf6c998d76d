"""Rebuild the part-23 corpus PDFs (needs fpdf2, the test extra): a sports medicine practice's ankle
sprain rehabilitation page printed from a browser (three sections, each with its technique and
frequency in a lead paragraph over the exercises, basic and advanced versions as short headings), an
orthopaedic foot and ankle surgeon's Achilles eccentric handout printed from a browser (the dose in
an "Instructions" line above numbered steps with a sub-step), a health magazine's page on men's
pelvic floor training (two columns, numbered steps, references and a contact box in the way) and a
flip-book booklet's ankle sprain exercise page (ALL-CAPS names, a SETS / REPS box under each
exercise, a disclaimer between the exercises).

    .venv/bin/python tests/articles/real/make_pdf_part23.py
"""

from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed

from fpdf import FPDF


def sportsdoc_ankle_sprain_pdf() -> bytes:
    pdf = _printed(
        "22/05/2024, 08:17",
        "Ankle Sprain Rehabilitation - Sportsdoc",
        "https://sportsdoc.com.au/education/ankle-exercises.html",
    )
    _lines(pdf, [
        "SPORTSDOC    Home    Our Doctors    Services    Education    Contact    Book online",
        "Education > Exercises > Ankle",
        "# Ankle Sprain Rehabilitation",
        "To Restore Normal Ankle Function After an Ankle Sprain",
        "## Range of Motion Exercises",
        "These get the normal movement of the ankle back. For a simple sprain you can begin them "
        "straight away. Do check with your doctor first that nothing is broken!",
        "Technique: Sit with the knee straight and keep the foot in each position for as long as you "
        "can. Do them as often as you can over the first 3-10 days.",
        "Pullback",
        "Bend your foot back toward you.",
        "## Flexibility (Stretching) Exercises",
        "These loosen tight leg muscles. Tight muscles make stairs, walking, running and jumping hard "
        "work.",
        "Technique: Hold each exercise 20 seconds at a gentle stretch. No bouncing!",
        "Frequency: 6-10 repetitions/exercise, 5-7 days per week",
        "Calf Stretch - Basic",
        "Sit with the knee straight and a towel looped round the ball of your foot. Pull back slowly "
        "until the upper calf stretches.",
        "Calf Stretch - Advanced",
        "When you can stand, do the stretch with your hands on a wall instead. Put the injured foot "
        "behind the other, toes facing forward. Heels stay down and the back leg stays straight. Bend "
        "the front knee slowly until the calf of the back leg stretches.",
        "<page>",
        "Heel Stretch - Basic",
        "Sit with the knee a little bent and loop a towel round the ball of your foot. Pull back slowly "
        "until you feel the stretch low in the calf and in the heel.",
        "Heel Stretch - Advanced",
        "When you can stand, put the injured foot behind the other with the toes facing forward. Keep "
        "both heels down and slowly bend the back knee until the heel of that leg stretches.",
        "## Strengthening Exercises",
        "Strong leg muscles help the ligaments hold the ankle together.",
        "Frequency: Three sets of 20 repetitions, 5-7 days per week",
        "Front of Shin Basic - Push Out",
        "With the foot flat on the floor, press it outward against a wall, a filing cabinet or a "
        "bookcase. Hold for three seconds.",
        "Front of Shin Advanced - Band",
        "Tie the band to a desk or a chest of drawers. Sit with your foot and knee in line and loop the "
        "band over the outside of the foot.",
    ])
    return bytes(pdf.output())


def miller_achilles_eccentric_pdf() -> bytes:
    pdf = _printed(
        "10/9/24, 6:52 AM",
        "Achilles Tendinitis Eccentric Exercises - Christopher P. Miller, MD",
        "https://christopherpmillermd.com/achilles-tendinitis-eccentric-exercises-2/",
    )
    _lines(pdf, [
        "Christopher P. Miller, MD  |  Foot & Ankle Orthopaedic Surgery",
        "Home    About Dr. Miller    Conditions    Patient Education    Locations    Request an "
        "Appointment",
        "# Achilles Tendinitis Eccentric Exercises",
        "Instructions: Perform 3 sets of 15 heel drops 2-3 times per day, every day for 12 weeks",
        "  1. Stand on a stair with only your toes on it. Hold the rail or the wall for balance.",
        "  2. Rise up onto your tiptoes using your good leg.",
        "  3. Move your weight off the good leg onto the painful side.",
        "  4. Keeping the knee straight, lower your heel slowly as far as it will go.",
        "      a. Modification: if the pain is close to where the Achilles attaches to the heel, stop "
        "when the foot is level.",
        "  5. Then bend the knee to stretch a little further.",
        "  6. Use the good leg to push back up onto your tiptoes to start again.",
        "Progression: Keep doing the exercises until they no longer hurt. Then add weight (in a "
        "backpack, for example) until they are painful again. Keep adding weight step by step as the "
        "pain settles.",
        "",
        "Related: Achilles Tendon Rupture  |  Insertional Achilles Tendinitis  |  Plantar Fasciitis",
        "(c) Christopher P. Miller, MD. This page is for education and is not medical advice.",
    ])
    return bytes(pdf.output())


TARGETS = {
    "460-sportsdoc-ankle-sprain-rehabilitation-printout.pdf": sportsdoc_ankle_sprain_pdf,
    "462-christopherpmillermd-achilles-eccentric-printout.pdf": miller_achilles_eccentric_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
