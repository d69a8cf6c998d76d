"""Rebuild the BLIND-15 (part 25) corpus PDFs (needs fpdf2, the test extra): a homeopathy clinic's
frozen shoulder page printed from a browser, a hospital health library's knee osteoarthritis page
printed from a browser (two pages), a yoga magazine's back pain sequence printed from a browser (pose
names over Sanskrit names and a dose line) and an orthopaedic clinic's carpal tunnel blog post printed
from a browser (bullets with numbered positions).

    .venv/bin/python tests/articles/real/make_pdf_blind15.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def askdrmakkar_frozen_shoulder_pdf() -> bytes:
    pdf = _printed(
        "5/2/24, 10:12 AM",
        "Frozen Shoulder (Adhesive Capsulitis) - Homeopathic Treatment | Dr. Makkar",
        "http://askdrmakkar.com/frozen_shoulder_adhensive_capsulitis_shoulder_homeopathic_treatment.aspx",
    )
    _lines(
        pdf,
        [
            "Home   About Dr. Makkar   Diseases We Treat   Testimonials   Book Online Consultation",
            "# Frozen Shoulder (Adhesive Capsulitis) Exercises",
            "Along with homeopathic treatment, gentle exercise keeps the stiff shoulder moving. Stop any "
            "exercise that causes sharp pain.",
            "## Supine (lying down) flexion",
            "This one uses your healthy arm to help the injured one.",
            "Lie on a flat surface such as a physical therapy table, legs straight so your body makes a line.",
            "Let your arms rest at your sides.",
            "With the help of the healthy arm, lift the injured arm straight up into the air and on back "
            "toward the floor. The healthy arm holds the elbow of the injured arm and guides it overhead.",
            "Keep reaching until you feel a stretch.",
            "## Cross-body reach",
            "Sit or stand. With your good arm, lift the affected arm at the elbow and bring it up and across "
            "your body, pressing gently to stretch the shoulder. Hold the stretch for 15 to 20 seconds. Do "
            "this 10 to 20 times per day.",
            "## Shoulder wand exercises",
            "These are also called shoulder cane exercises, and because they are so simple older patients "
            "with a frozen shoulder like them a lot. You can combine cane exercises with the others for a "
            "better effect. I recommend the following:",
            "1) Standing Flexion Wand Exercise",
            "[image: wand exercise shoulder flexion]",
            "Hold the wand in front of you at shoulder height, level with the ground.",
            "Raise the wand slowly above your head with the arms straight, no bend at the elbow if you can.",
            "Hold for 2-5 seconds and lower the wand slowly.",
            "10-20 repetitions",
            "2) Extension Wand Exercise",
            "[image: shoulder extension with wand]",
            "Stand with your feet shoulder-width apart and hold the wand behind you, palms up.",
            "Slowly lift the wand up and back until you feel a stretch at the front of the shoulder.",
            "Hold for 5-10 seconds",
            "Do 10-20 reps",
            "Beginners should start with fewer reps and add more gradually.",
            "3) External Rotation Wand Exercises",
            "[image: shoulder external rotation]",
            "Hold the wand in front of you, level with the floor, elbows touching your sides, palms up and "
            "hands shoulder-width apart.",
            "Slowly move the wand sideways away from your body in one directio",
        ],
    )
    return bytes(pdf.output())


def stfrancis_knee_oa_pdf() -> bytes:
    pdf = _printed(
        "11/8/23, 3:27 PM",
        "Knee exercises for osteoarthritis - Health Library | St. Francis Health",
        "http://www.stfrancishealth.org/health-library.html?documentID=zm6410",
    )
    _lines(
        pdf,
        [
            "St. Francis Health    Find a Doctor    Locations    Health Library    Patients & Visitors",
            "# Knee exercises for osteoarthritis",
            "Here are some exercises to stretch and strengthen the muscles of your legs and to ease knee pain "
            "and stiffness. Talk to your doctor or physical therapist before you try any of them. They can "
            "help you plan the exercise that suits you best.",
            "If an exercise hurts, stop. Ask your doctor or physical therapist whether there are other "
            "exercises you can do to keep your muscles flexible and strong.",
            "## Quadriceps (thigh) strengthening exercises",
            "[Picture of a woman doing a thigh strengthening exercise]",
            "1. Sitting in a chair, straighten your leg and hold it for 6 seconds. Then lower the leg and "
            "rest for up to 10 seconds.",
            "2. Repeat 8 to 12 times with each leg.",
            "3. When it gets easy, you can add a light weight at your ankle.",
            "## Straight-leg raise to the front",
            "[Picture of straight leg raise exercise 1]",
            "1. Lie on your back with one knee bent and that foot flat on the floor. Keep the other leg "
            "straight.",
            "2. Tighten the thigh of the straight leg by pressing the back of the knee down flat to the "
            "floor. Keep the knee straight.",
            "3. With the thigh still tight, lift the straight leg until your heel is about 12 inches off "
            "the floor. Hold for 6 seconds, then lower the leg slowly back to the floor.",
            "4. Do 8 to 12 repetitions with each leg.",
            "<page>",
            "## Knee-to-chest",
            "[Picture of the knee-to-chest exercise]",
            "1. Lie on your back with your knees bent and your feet flat on the floor.",
            "2. Bring one knee up to your chest with the other foot staying flat on the floor. Keep your "
            "lower back pressed to the floor. Hold for at least 15 to 30 seconds.",
            "3. Relax and lower the knee back to where it started.",
            "4. Repeat 2 to 4 times with each leg.",
            "5. For a bigger stretch, lay the other leg flat on the floor while you pull the knee to your "
            "chest.",
            "## Heel dig bridging",
            "[Picture of heel dig bridging exercise]",
            "1. Lie on your back with both knees bent and your ankles bent so that only your he",
        ],
    )
    return bytes(pdf.output())


def yogajournal_back_pain_pdf() -> bytes:
    pdf = _printed(
        "2/19/24, 7:05 AM",
        "20-Minute Sequence to Ease Back Pain - Yoga Journal",
        "https://www.yogajournal.com/practice/yoga-sequences/20-minute-sequence-ease-back-pain/",
    )
    _lines(
        pdf,
        [
            "YOGA JOURNAL    Practice    Poses    Lifestyle    Teach    Subscribe    Sign In",
            "Yoga Sequences",
            "# 20-Minute Sequence to Ease Back Pain",
            "Yoga teacher Andrea Ferretti gives you 20 minutes of poses to release tension in your back and "
            "find better posture.",
            "## Half Knees-to-Chest Pose",
            "Ardha Apanasana",
            "5 rounds, 2 breaths each, 1 minute total",
            "Lie on your back. Breathing out, draw your right knee in toward your chest and hold the right "
            "shin with both hands. In this pose and the next 4, don't flatten your lower back into the "
            "floor; keep its natural curve. Breathe in slowly as you lower the right leg to the floor, then "
            "breathe out and draw in the left knee; breathe in to release. Keep alternating right and left, "
            "4 more times.",
            "## Reclining Hand-to-Big-Toe Pose A",
            "Supta Padangusthasana A",
            "5 breaths, 30 seconds, each side",
            "Slide a hand under your lower back to check there is a gentle curve. Loop a strap around the "
            "arch of your right foot. Breathing out, straighten the right leg, ankle over hip, or as high as "
            "it will go, easing off the strap until you feel a gentle stretch in the hamstring. Push through "
            "both heels with the feet flexed. Breathe out to release, then change sides.",
            "## Reclining Hand-to-Big-Toe Pose B",
            "Supta Padangusthasana B",
            "5 breaths, 30 seconds, each side",
            "Back on the right side, take both ends of the strap in your right hand and stretch your left "
            "arm out along the floor. Breathe out and lower the right leg out to the right. Keep the left hip "
            "down and the left kneecap pointing up. You should feel the stretch in the inner right thigh, "
            "with no strain in the lower back. Breathe in to bring the leg back up; breathe out to lower it "
            "to the floor. Change sides.",
            "## Reclining Hand-to-Big-Toe Pose C",
            "Supta Padangusthasana C",
            "5 breaths, 30 seconds, each side",
            "Breathe in to bring the right leg back to vertical. With the strap round the arch of the foot, "
            "take both ends in your left hand. Put your right thumb in the right hip crease and ease the hip "
            "down a little to keep length and space in the lower bac",
        ],
    )
    return bytes(pdf.output())


def orthoep_carpal_tunnel_pdf() -> bytes:
    pdf = _printed(
        "6/14/24, 9:48 PM",
        "Therapeutic Exercises for Carpal Tunnel Syndrome | Orthopaedic Specialists",
        "https://orthoep.com/blog/therapeutic-exercises-for-carpal-tunnel-syndrome",
    )
    _lines(
        pdf,
        [
            "Home  Our Physicians  Specialties  Patient Resources  Blog  Request an Appointment",
            "# Therapeutic Exercises for Carpal Tunnel Syndrome",
            "Carpal tunnel syndrome is a common problem that brings pain, numbness and tingling to the hand "
            "and arm. It happens when one of the main nerves to the hand, the median nerve, gets squeezed "
            "where it passes through a narrow channel in the wrist called the carpal tunnel.",
            "## 1. Wrist Extension Stretch",
            '  - Straighten your arm and bend the wrist back as if telling someone to "stop."',
            "  - With your other hand, press gently across the palm and draw it toward you until you feel a "
            "stretch along the inside of the forearm.",
            "  - Hold the stretch for 15 seconds.",
            "  - Repeat 5 times, then do the stretch on the other arm.",
            "NOTE: Don't lock your elbow.",
            "## 2. Wrist Flexion Stretch",
            "  - Straighten your arm, palm down, and bend the wrist so your fingers point down.",
            "  - Gently pull the hand toward you until you feel a stretch along the outside of the forearm.",
            "  - Hold the stretch for 15 seconds.",
            "  - Repeat 5 times, then do the stretch on the other arm.",
            "NOTE: Don't lock your elbow.",
            "## 3. Medial Nerve Glides",
            "  - Make a fist with your thumb outside your fingers (1)",
            "  - Straighten your fingers, keeping the thumb close to the side of the hand (2)",
            "  - With the fingers straight, bend the wrist back toward the forearm (3)",
            "  - Keeping fingers and wrist where they are, straighten the thumb out (4)",
            "  - With fingers, wrist and thumb all extended, turn the forearm palm up (5)",
            "  - Keeping everything extended, use the other hand to stretch the thumb gently (6)",
            "NOTE: Don't press too hard on the thumb in position 6.",
            "## 4. Tendon Glides",
            "Step-by-step directions for Series A",
            "  - Hand in front of you, wrist straight, straighten all your fingers fully (1)",
            '  - Bend the fingertips down into a "hook", knuckles pointing up (2)',
            "  - Make a tight fist with the thumb over the fingers (3)",
            "Step-by-step directions for Series B",
            "  - Wit",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "492-askdrmakkar-frozen-shoulder-exercises-printout.pdf": askdrmakkar_frozen_shoulder_pdf,
    "499-stfrancishealth-knee-exercises-for-osteoarthritis-printout.pdf": stfrancis_knee_oa_pdf,
    "503-yogajournal-20-minute-sequence-ease-back-pain-printout.pdf": yogajournal_back_pain_pdf,
    "504-orthoep-therapeutic-exercises-carpal-tunnel-printout.pdf": orthoep_carpal_tunnel_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
