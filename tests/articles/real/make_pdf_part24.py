"""Rebuild the part-24 corpus PDFs (needs fpdf2, the test extra): a cycling magazine's core workout
printed from a browser (a bracketed dose line under each exercise name: sets, reps and rest between
sets), a beauty and wellness magazine's Tabata workout printed from a browser (the work/rest rule
stated once, numbered exercises), a yoga teacher's yin sequence saved from a document-sharing site
(pose name, a dash and a time or a count of rounds in one line) and a cycling coach's blog core routine
printed from a browser (holds, sets and reps inside the prose, a side plank held as long as you can).

    .venv/bin/python tests/articles/real/make_pdf_part24.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


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


def yin_sequence_pdf() -> bytes:
    """A teacher's own handout (no browser furniture): title, pose lines with a dash and a dose."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, "Yin Yoga  |  Winter Solstice Class", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _lines(
        pdf,
        [
            "# A Yin Sequence",
            "## Simhasana - 5 rounds, seated",
            "Sit in a comfortable posture with the spine upright. Close the eyes, rest the hands palms "
            "down on the knees and breathe in deeply. On the exhale, open the jaw as wide as it will go "
            "and roar the breath out with the tongue stretched out. Make the exhale as long as you can, "
            "then close the jaw gently and take two soft breaths. Do this four more times, then move on "
            "to the next posture.",
            "## Meditation Seat - Watch Breath - 2 minutes",
            "Ground yourself with an upright spine. Close your eyes and take a moment to look back on "
            "everything that happened in this crazy and stressful year, and feel some gratitude for your "
            "body as it is right now. Watch the breath without asking it to change, and let the mind "
            "settle before the first pose.",
            "## Butterfly Pose - 2 minutes",
            "From sukhasana, stretch the legs forward, then bring the soles of the feet together and let "
            "the knees fall out to the sides toward the floor. As the spine starts to fold forward, close "
            "your eyes and let sensation lead you rather than the look of the shape. Let the upper body "
            "drop forward without pulling or pushing. When you find a comfortable place to rest, support "
            "the fold by resting your forearms on your inner calves. To come out, slowly roll the spine "
            "back up and straighten the legs. Move slowly and carefully, as the sensation in the legs "
            "and lower back grows.",
            "## Melting Heart - 2 minutes",
            "From table position, come down onto your forearms and let your heart soften between your "
            "shoulders, keeping the hips stacked over the knees. Reach the arms forward, or bend the "
            "elbows and bring the palms together in prayer, or take them back toward your shoulder "
            "blades.",
            "This shape can be strong for the shoulders, so stay aware of your edge and change the arm "
            "position if you need to. See if you can relax here for the next few minutes.",
        ],
    )
    return bytes(pdf.output())


def rideharder_core_pdf() -> bytes:
    pdf = _printed(
        "23/01/2022, 18:40",
        "Cycling Core Routine In Less Than 10mins - Ride Harder",
        "https://rideharder.co.uk/cycling-core-routine-in-less-than-10mins/",
    )
    _lines(
        pdf,
        [
            "RIDE HARDER    Training    Nutrition    Kit    Routes    Coaching    Contact",
            "# Cycling Core Routine In Less Than 10mins",
            "Posted in Training",
            "The core gets neglected, but if you want to take your cycling up a level it gives your legs a "
            "solid base to push from. It often helps with back and neck pain on the bike too, especially "
            "once the distances start to grow.",
            "Try to fit the routine below in at least once a week, and don't worry if you can't finish all "
            "the reps yet: you can work up to them over the weeks.",
            "## Plank",
            "Planks are one of the simplest exercises there are and one of the best for building core "
            "strength. You can do them anywhere, all year round. They work your shoulders, stomach and "
            "lower back. Lifting one leg makes each set harder and works the lower back more.",
            "Start with holds of 30-60 seconds per round and build to 60-90 second holds as the "
            "offseason goes on.",
            "## Side Plank",
            "As well as building useful core strength, it targets the core muscles that are often weaker "
            "and lowers your risk of lower back pain.",
            "-Keep your body in a straight line from head to feet with your elbow right under your shoulder.",
            "-Hold the position for as long as you can without letting the hips drop, then repeat on the "
            "other side.",
            "<page>",
            "## Leg lifts",
            "Leg lifts work the abdominals and the hip flexors. Put your hands above your head for an "
            "easy variation that hits the upper abs. Do 15-25 reps per set, aiming for 3-5 sets.",
            "-Lie flat on the floor with your legs as straight as you can keep them.",
            "-Slowly lift your legs until they are perpendicular to the floor. Hold the squeeze at the top "
            "for a second, then lower your legs slowly to the start.",
            "## Supermans",
            "These build strength and range of movement in the lower back while teaching the glutes and "
            "hamstrings to fire when the hips extend.",
            "-Lie face down with your arms stretched wide above your head.",
            "-Gently squeeze your glutes, lifting your hands and feet off the floor.",
            "-Hold at the top for 5 secs and return to the start.",
            "Aim for 3 sets of 8 r",
            "",
            "Share this:  Twitter  Facebook  Strava club",
            "(c) Ride Harder    Privacy    Cookies",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "476-bicycling-core-workout-printout.pdf": bicycling_core_pdf,
    "485-beautyheaven-20-minute-tabata-printout.pdf": beautyheaven_tabata_pdf,
    "487-docslib-yin-sequence-handout.pdf": yin_sequence_pdf,
    "488-rideharder-cycling-core-routine-printout.pdf": rideharder_core_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
