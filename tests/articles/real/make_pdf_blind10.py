"""Rebuild the BLIND-10 corpus PDFs (needs fpdf2, the test extra): a cancer centre's circuit-training
newsletter page printed from a browser (running header and footer, numbered steps with a dose line and
an advanced option each, two pages), a physiotherapy clinic's shoulder range-of-motion page printed
from a browser (headings ending in a colon, instruction lines, blank "Reps: ___ Sets: ___" fields, two
pages), and a physiotherapy clinic's early ankle-sprain blog post printed from a browser (numbered
headings, the doses inside prose, two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind10.py
"""

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


def activate_shoulder_pdf() -> bytes:
    pdf = _printed(
        "02/12/2026, 08:17",
        "Shoulder Exercises - Range of Motion | Activate Physiotherapy",
        "https://activatephysiotherapy.com.au/shoulder-exercises-range-of-motion/",
    )
    _lines(pdf, [
        "Activate Physiotherapy    Home    Our Team    Services    Exercises    Book Now    Contact",
        "Exercises > Shoulder",
        "# Shoulder Exercises - Range of Motion",
        "Your Physio will choose the exercises from the list below that suit your shoulder condition or "
        "injury. Do not carry on with an exercise if it gives you severe pain or discomfort. If anything "
        "like that happens, stop the exercise straight away and talk it over with your Physio at your next "
        "appointment.",
        "## Posterior Capsule Stretch:",
        "[picture]",
        "Lie on your affected shoulder.",
        "Rest the arm out in front of you, elbow at 90 degrees",
        "With your good arm, push the arm down (towards the bed)",
        "Hold with firm pressure for 20-30 sec",
        "Repeat 3-4 times",
        "## Active Assisted Exercises:",
        "[picture]    [picture]    [picture]",
        "Using a broom stick or walking stick, guide the movement of your affected shoulder with your other "
        "arm",
        "When you reach the end of your range, give it a little extra movement by pushing with your good "
        "shoulder to complete the full movement",
        "Reps: _____ Sets: _____",
        "<page>",
        "## Shoulder Pulley:",
        "[picture]    [picture]",
        "Using the shoulder pulley, guide the movement of your affected shoulder with your other arm",
        "Work the shoulder in all directions; the pictures (Left) show how.",
        "Take the shoulder through as much of its range as you can",
        "Reps: ____ Sets:_____",
        "Book an appointment    Call us    Find a clinic",
        "Related exercises: Shoulder Strengthening  |  Rotator Cuff  |  Neck Mobility",
    ])
    return bytes(pdf.output())


def chelmsford_ankle_pdf() -> bytes:
    pdf = _printed(
        "05/12/2026, 19:32",
        "3 Exercises For Stage 1 Early Ankle Rehab - Post Sprain",
        "https://www.chelmsfordphysio.co.uk/stage-1-early-ankle-rehab-post-sprain",
    )
    _lines(pdf, [
        "Chelmsford Physio    Home    About    Treatments    Blog    Prices    Book Online",
        "< Back",
        "# 3 Exercises For Stage 1 Early Ankle Rehab - Post Sprain",
        "Chelmsford Physio  -  May 30, 2023",
        "[image: ankle strapping]",
        "Plenty of people go over on an ankle, playing sport or just walking down the street. Mild or bad, "
        "a sprained ankle needs rehab done properly so that it does not keep happening, and exercise sits "
        "at the heart of that. These are three of the most useful exercises after a sprain:",
        "## 1. Ankle Range of Motion Exercises",
        "Getting all of the ankle's movement back comes first. Two easy ways to do it are ankle circles, "
        "turning the foot round and round, and the ankle alphabet, tracing the letters of the alphabet in "
        "the air with your foot. Both can be done several times a day and keep the ankle from stiffening.",
        "## 2. Calf Raises",
        "This one builds strength in the lower leg, the calf muscles and those around the ankle. With your "
        "feet shoulder-width apart, come up onto your toes and stay up there for a few seconds before "
        "coming back down. Do several sets of 10-15 repetitions.",
        "<page>",
        "## 3. Balance Training",
        "A sprain often leaves you less steady on your feet, and training your balance both fixes that and "
        "protects you from the next sprain. Try the single-leg balance: stand on one foot for as long as you "
        "can, aiming for 30 seconds or more. Repeat on the other foot. When that gets easy, close your eyes "
        "or stand on something soft and wobbly such as a foam pad.",
        "Check with a medical professional before starting these, because a worse sprain can need different "
        "treatment. Begin gently and make the exercises harder a little at a time.",
        "Share    Facebook    LinkedIn    X",
        "Chelmsford Physio    Call 01245 000000    Book Online    Privacy    Cookies",
    ])
    return bytes(pdf.output())


TARGETS = {
    "327-mdanderson-circuit-training-printout.pdf": mdanderson_circuit_pdf,
    "328-activatephysio-shoulder-range-of-motion-printout.pdf": activate_shoulder_pdf,
    "333-chelmsfordphysio-early-ankle-rehab-printout.pdf": chelmsford_ankle_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
