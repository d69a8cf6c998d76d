"""Rebuild the part-27 corpus PDFs (needs fpdf2, the test extra): a kettlebell app's EMOM explainer
printed from a browser (bulleted variables, a minute-by-minute table with column headers whose rows
repeat the three exercises), a climbing tips site's bouldering warm-up printed from a browser (a
joint-by-joint mobility table, then a finger warm-up with Load/Duration/Focus lines), a workout
database's AMRAP page printed from a browser (the workout in one block, ratings and scaling after it)
and a tai chi school's Eight Pieces of Brocade page printed from a browser (numbered headings from 0,
one paragraph each ending in its repetitions, photo placeholders).

    .venv/bin/python tests/articles/real/make_pdf_part27.py
"""

from fpdf.fonts import FontFace
from make_pdf_part3 import HERE, _lines, _printed


def kbemom_what_is_emom_pdf() -> bytes:
    pdf = _printed(
        "2/9/26, 6:12 AM",
        "What Is EMOM Training? | KB EMOM",
        "https://kbemom.com/blog/what-is-emom-training",
    )
    _lines(
        pdf,
        [
            "KB EMOM    Workouts    Timer    Blog    Get the app",
            "# What Is EMOM Training?",
            "EMOM is short for Every Minute On the Minute. When each minute begins you do the exercise you "
            "were given, and whatever is left of that minute is your rest. The next minute starts, the next "
            "exercise begins, and so on.",
            "It is simple, it is structured, and few ways of training get more done in less time.",
            "## How EMOM Training Works",
            "Every basic EMOM workout comes down to three variables:",
            "  - Number of exercises",
            "  - The count of different movements in a round, usually between 3 and 7. Every exercise takes "
            "up one minute of the workout.",
            "  - Number of rounds",
            "  - How often the whole sequence runs again from the top, usually between 3 and 5.",
            "  - One minute per exercise",
            "  - Do the reps as the minute opens and rest until it closes. The workout's total time is the "
            "number of exercises times the number of rounds.",
            "Example: 3 exercises x 4 rounds = 12 minutes total",
        ],
    )
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(
        col_widths=(30, 110),
        width=140,
        align="LEFT",
        text_align="LEFT",
        line_height=7,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
    ) as table:
        table.row(("Minute", "Exercise"))
        for row in (
            ("1", "Goblet Squat x 8 reps"),
            ("2", "Farmer's Carry x 40 meters"),
            ("3", "Russian Swing x 12 reps"),
            ("4", "Goblet Squat x 8 reps"),
            ("5", "Farmer's Carry x 40 meters"),
            ("6", "Russian Swing x 12 reps"),
            ("...", "(continues for 12 minutes)"),
        ):
            table.row(row)
    pdf.ln(4)
    _lines(
        pdf,
        [
            "Each round repeats the same sequence exactly, so you always know what comes next.",
            "## Why EMOM Works",
            "  - Built-in rest",
            "  - The clock sets your rest for you. If an exercise takes 35 seconds, the 25 seconds left "
            "before the next minute are yours. That makes you pace yourself: rushing everything and "
            "collapsing is off the table, and so is resting too long.",
            "  - Fatigue management",
            "  - With a rest inside every 60 seconds, fatigue never piles up far enough to wreck your form. "
            "That counts most for technical lifts such as kettlebell swings and deadlifts.",
            "  - Time efficiency",
            "  - A 15-minute EMOM packs in more total work than most 30-minute gym sessions because nothing "
            "is wasted: no wandering between machines and no phone checks between sets. The timer keeps you "
            "honest.",
            "  - Zero decision fatig",
        ],
    )
    return bytes(pdf.output())


def rockclimbingtip_bouldering_warm_up_pdf() -> bytes:
    pdf = _printed(
        "11/3/25, 9:47 PM",
        "Best Warm-Up Routines to Prevent Tendon Injuries in High-Intensity Bouldering Sessions",
        "https://rockclimbingtip101.com/best-warmup-routines-to-prevent-tendon-injuries-in-highintensity-bouldering-sessions.html",
    )
    _lines(
        pdf,
        [
            "Rock Climbing Tip 101    Home    Gear    Technique    Training    Safety",
            "# Best Warm-Up Routines to Prevent Tendon Injuries in High-Intensity Bouldering Sessions",
            "Bouldering asks a lot of your fingers, wrists, elbows and shoulders. A warm-up with a plan is "
            "not just good gym manners: it is how you look after the small tendons behind every dyno, crimp "
            "and sloper. Below is a step-by-step routine that mixes mobility, activation and gradual loading "
            "so your tendons stay happy while you work on your next hard problem.",
            "## General Cardio & Full-Body Activation (5-8 minutes)",
            "  - Purpose: Warm the core of the body, get the blood moving and wake up the nervous system "
            "before the fingers take any load.",
            "  - Examples:",
            "  - Tip: Stay at a low-to-moderate effort, enough for a light sweat but not enough to tire the "
            "muscles you will need later.",
            "## Joint-Specific Mobility (3-5 minutes)",
        ],
    )
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(
        col_widths=(22, 52, 116),
        text_align="LEFT",
        line_height=5.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
    ) as table:
        table.row(("Joint", "Mobility Move", "How-to"))
        for row in (
            (
                "Wrist",
                "Wrist circles & palms-down/-up stretches",
                "Hold one arm out and turn the wrist clockwise 10x, then counter-clockwise 10x. Then 30 s "
                'of "palms-down" stretch (fingers pointing to the floor) and 30 s of "palms-up".',
            ),
            (
                "Elbow",
                "Elbow flexion/extension with a band",
                "Fix a resistance band low, take it palm up and pull gently until the elbow is fully bent, "
                "then let it back. 10 reps each side.",
            ),
            (
                "Shoulder",
                "Scapular wall slides",
                "Back against a wall, elbows bent to 90 degrees, slide the arms up and down without letting "
                "the shoulders rise. 10-12 reps.",
            ),
            (
                "Finger",
                'Finger "spider" flex/extend',
                "Open the fingers wide, then close them into a soft fist. Do 15 slow cycles and keep the "
                "movement smooth.",
            ),
        ):
            table.row(row)
    pdf.ln(4)
    _lines(
        pdf,
        [
            "## Light Finger-Specific Warm-Up (5-7 minutes)",
            "Hard bouldering leans on crimp and open-hand grips, which pile force onto the finger flexor "
            "tendons.",
            '  - Hangboard "Easy" Set - Choose a big, positive edge (25 mm or more) or a sloper.',
            "      - Load: Body weight, or a little added weight (no more than 10 % of body weight).",
            "      - Duration: 3 x 10-second hangs, 30 seconds rest between hangs.",
            "      - Focus: Smooth, controlled ascents and descents; no sw",
        ],
    )
    return bytes(pdf.output())


def przilla_the_2020_pdf() -> bytes:
    pdf = _printed(
        "1/18/26, 5:03 PM",
        "The 2020 - CrossFit WOD | PRzilla",
        "https://www.przilla.app/wod/the-2020",
    )
    _lines(
        pdf,
        [
            "PRzilla    Explore WODs    Movements    My Log    Sign in",
            "# The 2020",
            "Benchmark  |  AMRAP  |  Difficulty: Hard",
            "## Workout Description",
            "AMRAP in 20 minutes",
            "20 Wall Ball Shots (20/14 lb)",
            "20 American Kettlebell Swings (53/35 lb)",
            "20 Box Jumps (24/20 in)",
            "20 Alternating Dumbbell Snatches (53/35 lb)",
            "20 calorie Row",
            "## Why This Workout Is Hard",
            "Twenty minutes of moderate loads, lots of volume and no rest written in. Because it never "
            "stops, fatigue builds up, above all in the legs and shoulders. The 53/35 dumbbell snatches are "
            "especially hard once wall balls and swings have tired you. The row changes your position a "
            "little but keeps the heart working. Most athletes will be splitting their sets by round 2 or 3.",
            "## Training Focus",
            "This workout builds these fitness attributes:",
            "  - Endurance (8/10): Twenty minutes of steady work with moderate loads plus rowing is hard on "
            "the heart and lungs. Mixing the movements stops any one system from failing completely.",
            "  - Stamina (7/10): 20-rep sets over several movements test local muscular endurance, mostly in "
            "the legs and posterior chain. The row adds upper-body endurance.",
            "  - Power (7/10): Box jumps, kettlebell swings, wall balls and snatches are all explosive and "
            "need power all the way through.",
            "<page>",
            "  - Flexibility (6/10): Overhead positions in wall balls and snatches, hips for swings and box "
            "jumps, and ankles for squatting ask for a moderate amount of mobility.",
            "  - Speed (5/10): Transitions between movements and equipment are moderate. Doing well means "
            "cycling moderately heavy implements efficiently while managing fatigue.",
            "  - Strength (4/10): Wall balls, swings and snatches need some strength but not a maximal "
            "effort; you can pick weights you can keep moving.",
            "## Movements",
            "  - Wall Ball",
            "  - Kettlebell Swing",
            "  - Dumbbell Snatch",
            "  - Box Jump",
            "  - Row",
            "## Scaling Options",
            "Wall Balls: 14/10 lb ball, a lower target, or swap in goblet squats",
            "KB Swings: 35/26 lb, Russian style instead of American",
            "Box J",
        ],
    )
    return bytes(pdf.output())


def fourseasons_eight_pieces_pdf() -> bytes:
    pdf = _printed(
        "4/27/25, 8:15 AM",
        "8 Pieces of Brocade",
        "http://www.fourseasonstaichi.com/8%20pieces.html",
    )
    _lines(
        pdf,
        [
            "Four Seasons Tai Chi    Home    Classes    Schedule    Forms    Contact",
            "# 8 Pieces of Brocade",
            "Eight pieces of brocade comes in many versions. This is the one I was taught and the one we "
            "use at my school.",
            "## 0. Hugging the tree",
            "Feet apart, knees a little bent, arms held at chest height in an oval, palms turned in. Keep to "
            "the Tai Chi principles of the classics. This posture does not move. The form comes back to it "
            "between every movement.",
            "[photo]",
            "## 1. Two hands lifting the sky",
            'From "Hugging the tree" lift the hands above the head with the palms to the sky, elbows not '
            'locked. Then lower both arms slowly to the sides, palms down. Come back to "Hugging the tree" '
            "and repeat 8 times.",
            "[photo]",
            "## 2. Pull the bow left and right to shoot the hawk",
            "Push the left palm away from the body at chest height on the left side, right hand curled as "
            "if hooking a string. Let the waist separate the hands. Left palm open, index finger straight. "
            "Turn the left hand outward, step left into horse stance and push the left hand out, index "
            "finger up and palm away from you, while the right hand draws the string; exhale. Cross the "
            "arms left over right; inhale. Now the left hand draws with the index and middle fingers. Step "
            "right into horse stance and draw the bow; exhale. Close again; inhale. Repeat 8 times each "
            "direction.",
            "[photo]",
            "## 3. Separating heaven and earth",
            "Stand up straight, feet a little apart. Bring the palms up to the chest; the left hand pushes "
            "up to the ceiling first while the right palm pushes down toward the feet. Hands back to the "
            "chest, then the right palm goes to the ceiling and the left to the feet. Repeat 8 times each "
            "side",
            "[photo]",
            "## 4. Embracing the moon",
            "Feet shoulder width apart, palms facing out in front of the solar plexus. Turn to the left as "
            "far as is comfortable and exhale. Face forward and inhale. Turn to the right as far as is "
            "comfortable and exhale. Repeat 8 times each side.",
            "## 5. Closing embracing",
            "Bring the right palm over the head facing down and the left palm to the waist facing up, arms "
            "kept round. Lean to the left. Return upright and reverse, left palm over the head facing down, "
            "right palm to the waist facing up. Lean to the right. Repeat 8 times each sid",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "521-kbemom-what-is-emom-training-printout.pdf": kbemom_what_is_emom_pdf,
    "525-rockclimbingtip101-bouldering-warm-up-printout.pdf": rockclimbingtip_bouldering_warm_up_pdf,
    "529-przilla-the-2020-amrap-printout.pdf": przilla_the_2020_pdf,
    "533-fourseasonstaichi-8-pieces-of-brocade-printout.pdf": fourseasons_eight_pieces_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
