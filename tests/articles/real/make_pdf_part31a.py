"""Rebuild the part-31a corpus PDFs (needs fpdf2, the test extra): a Meniere's disease patient site's
balance exercise page printed from a browser (an old hand-made page: numbered items with no names,
later items building on earlier ones by number, one time range, an eye exercise section whose own
list did not survive), and a Pilates studio blog's wall workout printed from a browser (bold-led
paragraphs with "Name:" leads, holds, relax times and reps inside run-on prose, progressions after
the dose).

    .venv/bin/python tests/articles/real/make_pdf_part31a.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def menieres_balance_pdf() -> bytes:
    pdf = _printed(
        "11/02/2024, 19:47",
        "Jacki's Page - Exercises",
        "https://www.menieres.org/jacki/jackis7.htm",
    )
    _lines(
        pdf,
        [
            "Meniere's.org    Home    Stories    Links    Jacki's Page:  1  2  3  4  5  6  7",
            "# Balance and Eye Exercises",
            "Do the following exercises two times every day:",
            "1. Practise standing with your feet close together. Once this feels easy, practise it "
            "with your eyes shut.",
            "2. Practise standing on one foot. Repeat with the other foot. NOTE: If you cannot stand "
            "on one foot for even a few seconds, you may need to put your weight on one foot and rise "
            "onto the toes of the other foot until your balance gets better, then try standing on one "
            "foot again.",
            "3. Once exercise #2 is easy, practise standing on one foot while you turn your head "
            "slowly from side to side. Repeat on the other foot.",
            "4. Stand with one foot straight in front of the other (the heel of the front foot "
            "touching the toes of the back foot). Change feet and repeat.",
            "5. Once exercise #4 is easy, repeat it, but shut your eyes first.",
            "6. Stand with your back to the corner of a room and your feet about 12 to 18 inches "
            "apart. Hold a beach ball in both hands. Keeping your back, hips and arms straight, move "
            "the ball round in large circles, watching the ball the whole time (it is fine to move "
            "your head). Practise for 30 seconds to one minute at a time. Speed the exercise up as you "
            "are able. NOTE: if you can do this one fairly fast, you will feel dizzy when you stop. "
            "Lean back into the corner until the dizziness goes, which is usually only a few seconds.",
            "7. Once exercise #6 is easy, repeat it, but make the circles bigger by bending at the "
            "hips. NOTE: if this gives you back pain, DO NOT do this exercise.",
            "<page>",
            "Do the following eye exercises 3 to 4 times every day. Make a target by drawing a dark "
            '"R" on a small index card. Put the target against a "plain" background, such as a '
            "white wall or a white sheet hung over the back of a wing chair.",
            "Practise exercises 1 through 3 in each of the following situations:",
            "Do exercises 1 through 3 quickly enough that they make you uncomfortable, but slowly "
            "enough that you can keep them up for at least 1 to 3 minutes. If you do not perform "
            "these exercises for at least one minute at",
            "",
            "<< Back    Next >>",
            "Meniere's.org is run by volunteers. Nothing on this site is medical advice.",
        ],
    )
    return bytes(pdf.output())


def pilatesplus_wall_pdf() -> bytes:
    pdf = _printed(
        "6/3/24, 8:15 AM",
        "The Wall Workout: Exercises to Improve Strength, Balance, Flexibility and Posture - Pilates Plus for Boomers",
        "https://pilatesplusforboomers.com/the-wall-workout-exercises-to-improve-strength-balance-flexibility-and-posture/",
    )
    _lines(
        pdf,
        [
            "Pilates Plus for Boomers    Home    About    Classes    Blog    Contact",
            "# The Wall Workout: Exercises to Improve Strength, Balance, Flexibility and Posture",
            "Posted in Exercise Tips",
            "A wall workout is a good place to begin for anyone who is not used to exercise... people "
            "living with physical limits (back pain/knee arthritis) or getting over surgery or another "
            "physical problem.",
            "Imaginary chair: Stand with your back to a wall and keep it touching the wall as you "
            "slide slowly down and walk your feet forward. Only go as far as feels comfortable for "
            "your knees. If they start to ache, stop walking forward. Once you are 'sitting', breathe "
            "out and draw your belly button towards your spine, chin up, head over the shoulders; hold "
            "for 10 seconds, then breathe in and relax for 10 seconds as you come back to the starting "
            "position. repeat 5 times, slowly make the hold longer and repeat 8 reps",
            "Ankle strengthening: Stand facing a wall, feet hip width apart, hands on the wall for "
            "support. Rise up onto your toes as high as you can. Lift one foot off the floor and stay "
            "up on the toes of the other foot for 10 seconds, then lower slowly. Rise onto your toes "
            "with both feet again, lift the other foot off the floor and stay on the toes of the "
            "standing foot, holding 10 seconds. Repeat 6 reps. each time you exercise try and add on 1 "
            "minutes , set goal 20 or 30 seconds.",
            "Calf stretches: stand facing the wall with your arms out straight but slightly bent, and "
            "keep them like that all through the exercise. Step back with your right foot, reaching as "
            "far as you can with the toes, then lower the heel to stretch the calf. Bend the left knee "
            "forward to stretch the right calf more. Relax into the stretch and hold it for 30 "
            "seconds. Then change legs and stretch the left calf. Repeat 3 reps.",
            'Bridging: Lie on your back with your buttocks 12"-18" from the wall. Begin by placing '
            "the soles of your feet flat on the wall so your legs form a right angle.. Breathe out and "
            "draw your belly button to the spine, lift your hips while your shoulder blades stay flat "
            "on the floor. Lift all the way up until your knees and shoulders are in a straight line, "
            "then drop down one i",
            "",
            "Share this:  Facebook  Twitter  Pinterest  Email",
            "Pilates Plus for Boomers  |  Mat and reformer classes for the over-50s  |  (c) Pilates Plus for Boomers",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "585-menieres-balance-exercises-printout.pdf": menieres_balance_pdf,
    "586-pilatesplusforboomers-wall-workout-printout.pdf": pilatesplus_wall_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
