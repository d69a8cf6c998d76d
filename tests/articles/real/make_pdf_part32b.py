"""Rebuild the part-32b corpus PDFs (needs fpdf2, the test extra): a district hospital's wrist
fracture page printed from a browser (site menu and breadcrumb, advice on swelling in bullets, one
dose for every exercise in a heading "Exercises - repeat each ten times", then nine exercises with no
names, numbered except the first, which lost its number on the page) and a runner's blog post
printed from a browser (a track session written as plain one-line steps: laps, minutes of
stretching, stride-outs, metres of drills, "6x1200 metres with three minutes break in between each",
a cool-down; blog sidebar and comment count).

    .venv/bin/python tests/articles/real/make_pdf_part32b.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def yeovil_wrist_fracture_pdf() -> bytes:
    pdf = _printed(
        "14/05/2024, 10:07",
        "Wrist fracture or injury - Yeovil District Hospital",
        "https://yeovilhospital.co.uk/wrist-fracture-or-injury/",
    )
    _lines(
        pdf,
        [
            "Yeovil District Hospital NHS Foundation Trust",
            "Home    Our services    Patients and visitors    Work for us    News    Contact us    Search",
            "Home > Our services > Physiotherapy > Patient information > Wrist fracture or injury",
            "# Wrist fracture or injury",
            "This page is for patients who have broken or injured a wrist and have been given exercises "
            "by the physiotherapy team.",
            "Doing the exercises below four to six times a day gives your wrist and hand the best chance "
            "of healing with as much flexibility as possible.",
            "Moving slowly and with control works better, and feels easier, than quick jerky movements.",
            "The exercises may be a little uncomfortable at first. A cold, damp towel wrapped round the "
            "wrist for five to ten minutes can help to settle this.",
            "If the pain does not go away, get in touch with your GP or your physiotherapist.",
            "## Reducing the swelling",
            "Swelling in the hand goes down faster if you follow this advice:",
            "  - When you are standing or walking, keep the hand higher than your heart, in the sling or "
            "collar and cuff if you were given one",
            "  - When you are sitting or lying down, rest the arm on pillows at the level of your heart",
            "  - Keep moving: regular movement helps the swelling go down",
            "## Exercises - repeat each ten times",
            "With the elbow bent to a right angle (90 degrees) and tucked in against your waist, turn the "
            "palm up towards the ceiling and then down towards the floor.",
            "2. Rest the forearm on a table with the thumb pointing up at the ceiling. Let the fingers "
            "relax and bend the wrist forwards and then backwards.",
            "3. Rest the forearm on the table and gently move the wrist down towards the floor and then up "
            "towards the ceiling.",
            "4. Curl the tips of your fingers in to touch the middle of your palm, helping them further "
            "with your other hand. Then straighten the fingers out fully.",
            "<page>",
            "5. Bring the tip of the thumb across the palm to touch the tip of each finger in turn.",
            "6. Make circles with your thumb, as wide as you can, stretching the web between the thumb and "
            "the index finger.",
            "7. Open your fingers wide and then close them.",
            "8. Bend the elbow and then straighten it.",
            "9. Reach the arm up above your head, elbow straight, then make a fist and open the fingers "
            "and thumb out again.",
            "## After the plaster comes off",
            "Once the plaster has been removed you can begin to use the hand for light jobs, as far as "
            "the pain allows.",
            "Driving - your consultant or physiotherapist will tell you when it is safe to drive again.",
            "",
            "Yeovil District Hospital, Higher Kingston, Yeovil    |    Accessibility    |    Privacy    |"
            "    Cookies",
        ],
    )
    return bytes(pdf.output())


def hundred_million_miles_session_pdf() -> bytes:
    pdf = _printed(
        "02/03/2024, 19:44",
        "A Hundred Million Miles: Try this session some time.",
        "http://ahundredmillionmiles.blogspot.com/2003/12/try-this-session-some-time.html",
    )
    _lines(
        pdf,
        [
            "A Hundred Million Miles",
            "One runner, a lot of laps, and the occasional race.",
            "Monday, December 08, 2003",
            "# Try this session some time.",
            "Fair warning: this one hurts.",
            "The warmup I always do:",
            "Run three easy laps (400m), then stretch gently for five minutes.",
            "Run two laps, then stretch for five more minutes, working through every muscle group.",
            "Run one lap. More stretching.",
            "Three stride-outs of 100m (75% effort), walking back to the start each time.",
            "50m high knee lifts (knees up as high as they will go) and 50 high back kicks (heel back "
            "towards your backside as far as it will go). 100m side strides (running sideways, changing "
            "sides so each leg gets to lead).",
            "Right, you're warm.",
            "Main set: 6x1200 metres, with a three minute break between each one.",
            "Go at a strong pace but keep enough back to get you through all of them. When you start to "
            "fade, think about your form: hips high, arms at 90 degrees, head up.",
            "Finish with a ten minute cooldown jog, then stretch for 10 to 15 minutes.",
            "It's a hard session but somebody has to run it.",
            "posted at 9:12 PM    0 comments",
            "",
            "Previous Posts:  Sunday long run  |  Cross country, week 3  |  New shoes",
            "Archives:  November 2003  |  December 2003",
            "Powered by Blogger",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "605-yeovilhospital-wrist-fracture-or-injury-printout.pdf": yeovil_wrist_fracture_pdf,
    "610-ahundredmillionmiles-try-this-session-printout.pdf": hundred_million_miles_session_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
