"""Rebuild the BLIND-16 corpus PDFs (part 28; needs fpdf2, the test extra): an orthopaedic clinic's
frozen shoulder article printed from a browser (table of contents, numbered headings, bulleted
steps, our copy cut after the second of eight exercises), a surgeon's health-library page on
exercises before hip replacement printed from a browser (a dose stated once for all), a home care
agency's blog post on chair exercises printed from a browser (a numbered list with no doses) and a
sports blog's tai chi post printed from a browser (warm-up named in passing, two moves).

    .venv/bin/python tests/articles/real/make_pdf_blind16.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def resilience_frozen_shoulder_pdf() -> bytes:
    pdf = _printed(
        "2/18/25, 9:04 AM",
        "8 Best Exercises for Frozen Shoulder | Resilience Orthopedics",
        "https://www.resilienceorthopedics.com/shoulder/frozen-shoulder-exercises",
    )
    _lines(
        pdf,
        [
            "Resilience Orthopedics    Conditions    Treatments    About Dr. Mehta    Book an Appointment",
            "# 8 Best Exercises for Frozen Shoulder",
            "Table of Contents",
            "    What is frozen shoulder?    The eight best exercises    Tips    When to see a doctor",
            "Frozen shoulder, also called adhesive capsulitis, leaves the shoulder stiff, painful and short "
            "of movement.",
            "It comes on slowly in three phases, each with its own symptoms:",
            "  - Freezing stage (2-9 months): bad shoulder pain, worst at night.",
            "  - Frozen stage (4-12 months): the pain eases but the stiffness grows and moving gets hard.",
            "  - Thawing stage (5-26 months): the shoulder slowly loosens up again.",
            "Getting over a frozen shoulder can take 1-3 years. Stretching and strengthening, though, may "
            "ease the pain and help the shoulder work better.",
            "Begin slowly and gently so you do not stir the symptoms up.",
            "Below we go through the best exercises for frozen shoulder and how to get the most out of them.",
            "These are the eight best exercises for frozen shoulder:",
            "## 1. Pendulum Exercise",
            "The pendulum, also known as the Codman pendulum, is one of the first exercises to try. It lets "
            "you move the shoulder softly without loading it much.",
            "How to do it:",
            "  - Stand or sit and lean forward a little. Rest your good arm on a table for support.",
            "    (Note: check with your physical therapist which position suits you best.)",
            "  - Let the sore arm relax and hang straight down.",
            "  - Swing the arm gently in small circles, clockwise first and then counterclockwise.",
            "  - Swing the arm forward and back, keeping the movement controlled.",
            "  - Stop if it hurts, and never force it.",
            "It is a safe, gentle stretch for the early stage. It may not do much for the shoulder's "
            "movement in the long run, so your doctor may add other exercises as time goes on.",
            "## 2. Table-Top Arm Slides",
            "Sliding the arm along a table top may win back movement without straining the shoulder.",
            "How to do it:",
            "  - Sit on a chair beside a smooth table.",
            "  - Lift the sore arm with your good arm and lay it on the table.",
            "  - Slowly b",
            "",
            "[Printed copy ends here]",
        ],
    )
    return bytes(pdf.output())


def drhannon_before_hip_replacement_pdf() -> bytes:
    pdf = _printed(
        "11/6/24, 3:22 PM",
        "Exercises Before Hip Replacement: Abduction/Adduction, Heel Slides, Gluteal Sets",
        "https://drhannon.com/contents/health-education/hip-replacement/"
        "exercises-before-abductionadduction-heel-slides-gluteal-sets",
    )
    _lines(
        pdf,
        [
            "Dr. Hannon  |  Hip & Knee  |  Patient Resources  |  Health Education  |  Contact",
            "Welcome to our health education library. What follows is general education and information "
            "only; it does not take the place of an examination, a consultation or advice from your "
            "physician or another medical professional.",
            "# Exercises Before Hip Replacement: Abduction/Adduction, Heel Slides, Gluteal Sets",
            "These exercises do more than make you stronger: you will use them again after surgery to speed "
            "your recovery. Ask your physical therapist (PT) whether to work one leg or both. You may also "
            "get special instructions. Unless you are told otherwise, aim to do each exercise at least "
            "5-10 times, 2 times a day.",
            "## Abduction/Adduction",
            "Lie in bed with your feet a little apart. With your knee and foot pointing at the ceiling, "
            "slowly slide your leg out to the side.",
            "Slide it back to where it started without crossing the middle of your body.",
            "## Heel Slides",
            "Lie down or sit with your legs out straight in front of you.",
            "Keep your heel on the bed and slide it towards your buttocks. A plastic bag or a baking sheet "
            "under the heel helps it slide.",
            "Go as far as is comfortable. Hold for a few seconds, then slide the heel back.",
            "## Gluteal Sets",
            "Squeeze your buttocks together hard.",
            "Your hips will lift a little off the bed. Hold for a few seconds, then let go.",
            "",
            "Related: Exercises After Hip Replacement  |  Preparing Your Home  |  Hip Precautions",
            "(c) Dr. Hannon Orthopaedics. All rights reserved.",
        ],
    )
    return bytes(pdf.output())


def mckenney_chair_pdf() -> bytes:
    pdf = _printed(
        "1/9/2025",
        "Just Pull Up A Chair! - McKenney Home Care",
        "https://mckenneyhomecare.com/2019/12/15/just-pull-up-a-chair/",
    )
    _lines(
        pdf,
        [
            "McKenney Home Care    Services    Careers    Blog    Contact Us    (555) 010-2040",
            "# Just Pull Up A Chair!",
            "December 15, 2019 | Senior Health",
            "Exercise comes in all shapes and sizes, chair exercises among them. They suit seniors who are "
            "frail, who risk falling, or who use a wheelchair very well.",
            "Here are a few easy exercises you can do with a solid, straight-backed chair. Pick one without "
            "arms that does not fold, roll, slide or wobble.",
            "  1. Seated March: Lift one leg and then the other about 2 inches off the floor, at whatever "
            "speed feels comfortable. It helps your walking.",
            "  2. Toe Taps: Tap your toes up and down at a comfortable speed. It strengthens the muscles at "
            "the front and back of the legs.",
            "  3. Shoulder Rolls: Sit up tall, lift both shoulders up towards your ears and roll them slowly "
            "down again, turning them from the front round to the back. It loosens the shoulder joints, "
            "which you need for lifting things.",
            "Before starting any exercise plan, check with your doctor. No fancy equipment needed: just pull "
            "up a chair!",
            "",
            "Share this post:  Facebook   Twitter   Email",
            "Previous: Holiday safety tips for caregivers    Next: Staying warm in winter",
        ],
    )
    return bytes(pdf.output())


def dailysportfix_tai_chi_pdf() -> bytes:
    pdf = _printed(
        "7/22/24, 6:48 PM",
        "Learn Basic Tai Chi Movements - Your Daily Sport Fix",
        "https://yourdailysportfix.com/learn-the-basic-tai-chi-movements/",
    )
    _lines(
        pdf,
        [
            "YOUR DAILY SPORT FIX    Fitness    Martial Arts    Outdoors    Gear    About",
            "# Learn Basic Tai Chi Movements",
            "Always warm up before your tai chi. A quick 5-minute run will do, or a head roll, a stretch "
            "where you bend down to your toes and come slowly back up with your hands on your hips, shoulder "
            "rolls, arm circles, picking fruit, knee circles and hip rolls. Below are some basic tai chi "
            "moves to learn as a beginner.",
            "## Brush The Knee",
            "Raise your left hand while the right hand stays beside your body, the left palm facing forward "
            "and the right palm facing down. Step out with the left foot and turn your body at the waist. "
            "Slowly bring the right hand up as the left hand goes down. Circle round and return your arms to "
            "the starting position.",
            "## Warrior and Scholar",
            "Start with your feet together and your hands relaxed at your sides. Breathe in through the nose "
            "as you bend your knees and sink down, left hand flat and right hand closed in a fist. Still "
            "breathing in, cover the right fist with the left hand and rise up into a straight-legged "
            "stance. Breathe out through the mouth and repeat the process.",
            "",
            "Related posts:  Tai chi for seniors  |  Qigong vs tai chi  |  Best shoes for martial arts",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "539-resilienceorthopedics-frozen-shoulder-exercises-printout.pdf": resilience_frozen_shoulder_pdf,
    "540-drhannon-exercises-before-hip-replacement-printout.pdf": drhannon_before_hip_replacement_pdf,
    "549-mckenneyhomecare-just-pull-up-a-chair-printout.pdf": mckenney_chair_pdf,
    "550-yourdailysportfix-learn-basic-tai-chi-movements-printout.pdf": dailysportfix_tai_chi_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
