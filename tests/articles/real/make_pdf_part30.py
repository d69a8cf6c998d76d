"""Rebuild the part-30 corpus PDFs (needs fpdf2, the test extra): a Scottish health board's falls
page printed from a browser (safety bullets, then named exercises whose steps are short lines, a
tempo in counts), a chiropractic clinic's ankle blog post printed from a browser (ALL-CAPS
"EXERCISE N:" headings, no doses at all), a sports therapy clinic's shoulder page printed from a
browser (numbered steps under each name, doses inside the steps, later steps repeating the
exercise in another position) and a soft tissue clinic's back page printed from a browser (Start position / Action
bullets, holds counted in breaths, a range with "alternating sides").

    .venv/bin/python tests/articles/real/make_pdf_part30.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def rightdecisions_tayside_pdf() -> bytes:
    pdf = _printed(
        "02/10/2024, 09:18",
        "Exercises to try at home | Right Decisions",
        "https://rightdecisions.scot.nhs.uk/being-a-partner-in-my-care-realistic-medicine-together/"
        "local-resources/nhs-tayside/exercises-to-try-at-home",
    )
    _lines(
        pdf,
        [
            "Right Decisions    Toolkits    Apps    Help    Log in",
            "Home > Being a partner in my care > Local resources > NHS Tayside > Exercises to try at home",
            "# Exercises to try at home",
            "## Safety Check",
            "  - Hold on to a sturdy, stable chair or something solid like a kitchen worktop.",
            "  - Wear comfortable clothes and shoes that support your feet.",
            "  - If an exercise hurts your joints or muscles, STOP, check your position and try once more. "
            "If it still hurts, ask a physiotherapist for advice.",
            "  - Muscles that feel worked, or a little sore the next day, are normal.",
            "  - Chest pain, bad shortness of breath or dizziness: STOP STRAIGHT AWAY and contact your GP, "
            "or call 111 when the practice is closed.",
            "  - Keep breathing normally; try not to hold your breath.",
            "## The super six steps",
            "To help you stay steady on your feet, do the 'super six' three times a week, on top of a walk "
            "every day.",
            "## Sit to stand",
            "Sit tall towards the front of the chair, feet hip-width apart and a little back.",
            "Lean forward a little and stand up slowly, pushing on the chair with your hands if you need to.",
            "Step backwards until the backs of your legs touch the chair.",
            "Lower your bottom slowly back onto the seat, using your hands if you need to.",
            "Repeat up to 10 times.",
            "## Heel raises",
            "Stand tall, feet hip-width apart.",
            "Hold on to your support.",
            "Rise slowly onto your toes, keeping your weight over the big toes.",
            "Keep the knees soft rather than locked.",
            "Aim to go up for a slow count of 3 and come down for a slow count of 5 each time.",
            "Repeat up to 10 times.",
            "<page>",
            "## Toe raises",
            "Stand tall, feet hip-width apart.",
            "Hold on to your support.",
            "Lift the fronts of your feet slowly, knees soft.",
            "Keep your bottom tucked in rather than pushed out.",
            "Lower the toes slowly.",
            "Aim to go up for a slow count of 3 and come down for a slow count of 5 each time.",
            "Repeat up to 10 times.",
            "## Heel toe stand",
            "Stand tall, holding on; let go if you can.",
            "Put one foot in front of the other so your feet make a straight line.",
            "Look straight ahead and balance for 10 seconds, with your hands off if you can.",
            "Bring your feet back to hip-width apart.",
            "Do it again with the other foot in front, balancing for another 10 seconds.",
            "",
            "Was this page helpful?    Yes    No",
            "Right Decisions is provided by Healthcare Improvement Scotland.    Accessibility    Privacy",
        ],
    )
    return bytes(pdf.output())


def romanchiro_ankle_pdf() -> bytes:
    pdf = _printed(
        "5/14/24, 6:02 PM",
        "Easy Ankle Stretches You Can Do At Home - Roman Chiropractic",
        "https://romanchiro.com/easy-ankle-stretches-you-can-do-at-home/",
    )
    _lines(
        pdf,
        [
            "Roman Chiropractic    Home    About    Services    New Patients    Blog    Contact",
            "Call today: Book an appointment",
            "# Easy Ankle Stretches You Can Do At Home",
            "Posted in Blog",
            "The right exercises can keep a weak or sensitive joint, such as your ankle, from being hurt in "
            "the first place, or hurt again. After an ankle sprain these are the ones we suggest:",
            "## EXERCISE 1: Range of Motion: Alphabet",
            "Sit comfortably in a chair. Sit up straight without straining; a towel or cushion behind the "
            "small of your back can help. A chair beside a wall lets you steady yourself with one hand.",
            "Hold the leg out in front of you and imagine your big toe is a pencil. Slowly 'write' every "
            "letter of the alphabet in the air. This moves the joint in every direction. Why letters? Ask "
            "people to 'draw shapes' and they often spend their effort deciding what to draw next, instead "
            "of on the movement.",
            "## EXERCISE 2: Range of Motion: Towel",
            "A floor without carpet makes this one easier. Use a towel - a kitchen towel or a hand towel is "
            "best, though a bigger one helps if reaching the floor is hard, since you can keep one end in "
            "your hand.",
            "Sit up straight in your chair and lay the towel on the floor in front of you. With the ankle "
            "flexed, draw the towel towards you with your toes, a little at a time. Then push it away from "
            "you with your toes, lengthening the ankle. As you get stronger, make it harder by putting a "
            "weight, such as a can of soup or soda, on the far end of the towel.",
            "<page>",
            "## EXERCISE 3: Calf Stretch",
            "Once you can stand and take your weight, you may be ready for a calf stretch.",
            "Pick a wall with a floor in front of it that will not let you slip. Face the wall and put your "
            "hands flat on it at eye level. Place the leg you are going to stretch straight behind you, feet "
            "as far apart as in a normal step. Do not set them too far apart at first; that may stretch too "
            "much.",
            "",
            "Share:  Facebook  Twitter  Email",
            "Recent posts:  Is your pillow the problem?  |  Sitting at work without the ache",
            "Roman Chiropractic  |  Hours  |  Directions  |  (c) Roman Chiropractic",
        ],
    )
    return bytes(pdf.output())


def pulse_shoulder_pdf() -> bytes:
    pdf = _printed(
        "17/09/2023, 21:40",
        "Moving into fitness - Pulse Sports Therapy",
        "https://pulsesportstherapy.com/injury-index/shoulder-injury/moving-into-fitness/",
    )
    _lines(
        pdf,
        [
            "Pulse Sports Therapy    Home    Treatments    Injury Index    Prices    Book Online    Contact",
            "Injury Index > Shoulder Injury > Moving into fitness",
            "# Moving into fitness",
            "With or without an operation, a good recovery rests on getting your shoulder working properly "
            "again. Your rotator cuff muscles need exercise for flexibility and strength, both while you "
            "recover and afterwards. Your orthopaedic surgeon or physical therapist will say whether you "
            "need other exercises than these, how often to do them and where to buy suitable tubing or hand "
            "weights.",
            "These are only a small sample of the work you may be given, depending on your injury.",
            "Please check with your Therapist before trying any of them.",
            "## Restore Your Flexibility with Stretching",
            "## Back Scratcher",
            "1: Stand tall and lay the back of the hand on your injured side flat across your back.",
            "2: With your 'good' hand, throw one end of a towel over your good shoulder and catch it with "
            "the hand behind your back.",
            "3: Pull the towel gently with the good arm, taking the injured arm as high as is comfortable. "
            "Hold for 5 seconds, then let go slowly. Repeat 5-10 times.",
            "## Pretzel Twist",
            "1: Reach your injured arm across to your good shoulder. With the good hand, ease the injured "
            "elbow gently towards your good side. Hold for 10 seconds. Repeat 3-5 times.",
            "2: Reaching behind your head with the injured arm, do the exercise again 3-5 times.",
            "3: Reaching behind your back with the injured arm and clasping your hands, do the exercise "
            "again 3-5 times.",
            "<page>",
            "## Wall Walk",
            "1: Stand with your injured shoulder about 2 feet from a wall.",
            "2: Shoulders level, walk your fingers gently up the wall as high as you can.",
            "3: Hold for a few seconds, then walk them back down. Repeat 5 times.",
            "4: Move closer to the wall and, with the arm straight, do the exercise again 5 times.",
            "",
            "More in Shoulder Injury:    Rotator cuff tears    Frozen shoulder    Shoulder impingement",
            "Pulse Sports Therapy  |  Clinic hours  |  Privacy  |  Terms",
        ],
    )
    return bytes(pdf.output())


def ls_back_pain_pdf() -> bytes:
    pdf = _printed(
        "11/03/2022, 13:27",
        "Back Pain - LS Musculoskeletal Clinic",
        "https://www.lsmusculoskeletalclinic.co.uk/back-pain/",
    )
    _lines(
        pdf,
        [
            "LS Musculoskeletal Clinic    Home    Treatments    Conditions    Fees    Contact",
            "# Back Pain",
            "ALWAYS talk to your Soft Tissue Therapist before doing these exercises!",
            "A set of routines to help ease lower back pain (sometimes called low back pain), including "
            "tension, stiffness and soreness.",
            "Start gently to learn the movements and find how far into each position you can go without "
            "pain.",
            "Do these exercises at least once a day if the pain allows. Walking, cycling and exercise in "
            "water can be added for mobility.",
            "Stop straight away if you feel pain. Always check with your therapist or doctor before going "
            "on.",
            "## Knee rolls",
            "  - Start position: Lie on your back, knees bent and together. Keep the upper body relaxed and "
            "the chin gently tucked in.",
            "  - Action: Let your knees roll to one side, the pelvis following, with both shoulders staying "
            "on the floor. Hold the stretch for one deep breath and come back to the start.",
            "  - Repeat 8 to 10 times, alternating sides.",
            "Only go as far as is comfortable.",
            "A pillow between your knees can make it more comfortable.",
            "## Bottom to heels stretch",
            "Stretches and mobilises the spine",
            "  - Start position: On all fours, knees under hips and hands under shoulders. Do not let the "
            "lower back sag. Keep the neck long and the shoulders back, and do not lock your elbows.",
            "  - Action: Take your bottom slowly back, keeping the natural curve of the spine. Hold the "
            "stretch for one deep breath and come back to the start.",
            "  - Repeat 8 to 10 times.",
            "Do not sit right back on your heels if you have a knee problem.",
            "A mirror helps you check your position.",
            "Only stretch as far as is comfortable.",
            "",
            "Book an appointment    Call us    Find us",
            "(c) LS Musculoskeletal Clinic    Privacy policy",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "565-rightdecisions-nhs-tayside-exercises-to-try-at-home-printout.pdf": rightdecisions_tayside_pdf,
    "577-romanchiro-easy-ankle-stretches-printout.pdf": romanchiro_ankle_pdf,
    "578-pulsesportstherapy-moving-into-fitness-printout.pdf": pulse_shoulder_pdf,
    "579-lsmusculoskeletalclinic-back-pain-printout.pdf": ls_back_pain_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
