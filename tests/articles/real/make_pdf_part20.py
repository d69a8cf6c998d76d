"""Rebuild the part-20 corpus PDFs (needs fpdf2, the test extra): a fitness blog's strength plan
printed from a browser (running header and footer, two pages, a prescription table with column
headers whose first column is a label), a guide site's cycling strength chapter printed from a
browser (a chapter list before the text, ALL-CAPS exercise names over one paragraph each), a sports
reference site's hockey warm-up printed from a browser (a bulleted list whose doses are laps, runs
and minutes, related pages on page 2) and a coaching site's swim-and-dryland workout printed from
a browser (two columns: the swim set beside the dryland circuit, the circuit's rounds in a lead line).

    .venv/bin/python tests/articles/real/make_pdf_part20.py
"""

from fpdf.fonts import FontFace
from make_pdf_part3 import HERE, _lines, _printed


def frugal_strength_plan_pdf() -> bytes:
    pdf = _printed(
        "3/11/25, 7:41 PM",
        "3-Day Strength Plan for People Who Hate Programs | Frugal Fitness",
        "https://frugal.fitness/posts/3-day-strength-plan-for-people-who-hate-programs",
    )
    _lines(pdf, [
        "Frugal Fitness    Posts    Gear on a budget    About    RSS",
        "# 3-Day Strength Plan for People Who Hate Programs",
        "Most plans do not fail because people give up; they fail because they are written for people "
        "who already like following plans. Day 1 is a warm-up, Day 2 is accessories, Day 3 is a deload "
        "from something you have not done yet, and then there is an A week and a B week. You need a "
        "spreadsheet.",
        "If that sounds like a second job, you are right to think so.",
        "The research does not ask for that much complexity either. A meta-analysis in the Journal of "
        "Strength and Conditioning Research found two to three training days a week gave most people "
        "about the same strength gains as four or more, once the total volume was equal. Showing up "
        "matters more than adding days.",
        "So this plan has one rule, five movements and no spreadsheet.",
        "## The One Rule#",
        "Do a little more than last week.",
        "That is all. More might be one or two extra reps in a set, or a slightly harder version of the "
        "exercise. It does not mean twice the volume or training until you drop. Just a small step.",
        "This is linear progression, the idea under every serious beginner plan, with everything else "
        "taken away.",
        "## The Program#",
        "Three days a week, never two in a row: Monday, Wednesday, Friday; or Tuesday, Thursday, "
        "Saturday; anything that leaves a rest day between sessions.",
        "Every session is the same workout. No A day and B day, no rotating split. Do these five "
        "movements every time, in this order.",
        "<page>",
    ])
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(
        col_widths=(45, 75, 30, 30),
        text_align="LEFT",
        line_height=7,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
    ) as table:
        table.row(("Movement Pattern", "Starting Exercise", "Sets", "Reps"))
        for row in (
            ("Push", "Push-up", "3", "8"),
            ("Pull", "Table or doorframe row", "3", "8"),
            ("Squat", "Bodyweight squat", "3", "10"),
            ("Hinge", "Hip hinge", "3", "10"),
            ("Core", "Dead bug or plank", "2", "30 sec"),
        ):
            table.row(row)
    pdf.ln(4)
    _lines(pdf, [
        "Take 90 seconds of rest between sets. A whole session lasts 30 to 40 minutes.",
        "## How to Progress Each Movement#",
        "Once all three sets reach the top of the rep range without much of a fight, move on to the "
        "next step for that movement.",
        "",
        "Tags: strength  beginners  home-workouts",
        "Previous: Cheap adjustable dumbbells, ranked    Next: Walking is training",
    ])
    return bytes(pdf.output())


def guides_cycling_strength_pdf() -> bytes:
    pdf = _printed(
        "21/04/2019",
        "Strength Training Plan For Cycling - The Men's Health Triathlon Training Guide",
        "https://guides.co/g/the-men-s-health-triathlon-training-guide/20037",
    )
    _lines(pdf, [
        "Guides    Explore    Create a guide    Log in    Sign up",
        "The Men's Health Triathlon Training Guide",
        "    Introduction",
        "    Swim Training Basics",
        "    Bike Training Basics",
        "    > Strength Training Plan For Cycling",
        "    Run Training Basics",
        "    Race Day",
        "# Strength Training Plan For Cycling",
        "Flat roads are tempting, but a cycling workout pays off most when the ground changes. A study in "
        "the Journal of Sports Sciences put the effort of a 3-mile hill climb equal to 24 miles on the "
        "flat, and half a mile off-road equal to a mile on the road. Get your quads, glutes and "
        "hamstrings ready for the extra load. For the gym side of your cycling plan, try these moves "
        "from Robert dos Remedios, M.A., C.S.C.S., director of speed, strength and conditioning at the "
        "College of the Canyons in Santa Clarita, California.",
        "## SPLIT SQUAT",
        "Rest a barbell across the backs of your shoulders and put your right foot back. With the chest "
        "up, lower yourself until your left thigh is level with the floor. Pause, then press back up. Do "
        "three or four sets of eight to 10 repetitions on each leg.",
        "## DROP LUNGE",
        "With the barbell across your shoulders, step back with your right foot and put it down outside "
        "your left foot. Bend the knees and drop a few inches. Press back up to the start and repeat with "
        "the other leg. Do eight to 10 repetitions with each leg.",
        "<page>",
        "## SWISS-BALL LEG CURL",
        "Lie with your upper back and shoulders on the floor, arms out to the sides and calves on a Swiss "
        "ball. Lift your hips and roll the ball in until your feet are flat on it. Pause, then push it "
        "away until your legs are straight. Do five to 10 repetitions.",
        "## JUMP LANDING",
        "Stand with your feet shoulder-width apart on a slightly soft surface such as a rubber mat. Jump "
        "straight up and land on the front two-thirds of your feet, heels just off the floor, knees bent, "
        "shoulders a little forward and hips back. Do five jumps.",
        "",
        "< Bike Training Basics                                   Run Training Basics >",
        "Guides.co  |  Terms  |  Privacy  |  Help",
    ])
    return bytes(pdf.output())


def topend_hockey_warm_up_pdf() -> bytes:
    pdf = _printed(
        "8/2/2023, 16:05",
        "Hockey Warm Up",
        "https://mail.topendsports.com/sport/hockey/warm-up.htm",
    )
    _lines(pdf, [
        "Topend Sports    Sports    Fitness Testing    Nutrition    Science    Events    Search",
        "Home > Sports > Field Hockey > Warm Up",
        "# Hockey Warm Up",
        "Before any exercise the body needs the right warm up. Warming up gets you ready to perform and "
        "can lower the chance of injury. A hockey warm up belongs before every session: matches, "
        "training on the field and gym work alike.",
        "## Example Hockey Game Warm-Up",
        "Field hockey asks a lot of the body and needs players in top physical condition. Play is long "
        "spells of continuous running broken by bursts of hard running, with sudden accelerations and "
        "changes of direction, so a full warm up is needed first.",
        "Start gently and build up bit by bit, from general, simple movements to faster, more "
        "hockey-specific ones. Below is one example; change the details to suit the space, the time "
        "and the conditions you have.",
        "  - 2 laps of the field at a slow run (mix in running sideways and backwards, knee lifts and "
        "heel kicks).",
        "  - 10 minutes of stretching - both dynamic and static stretches.",
        "  - 5 x 20m length runs (build from a 50% effort sprint to a flat-out sprint).",
        "  - 5 zigzag runs (75% effort).",
        "  - Hockey drills, such as tackling and passing drills.",
        "<page>",
        "## Special Considerations",
        "  - Goalkeepers have their own fitness demands. Their warm up should focus on explosive power "
        "and flexibility, and before a match they also spend time in goal to sharpen their reflexes.",
        "  - After a long break with no exercise, for example sitting on the bench, players may need to "
        "go through parts of the warm up again to keep muscles and joints ready.",
        "## Related Pages",
        "  - Warm up for Sprinting",
        "  - Warming Up For Sports",
        "  - List of Stretches",
        "  - Fitness for Sports section",
        "",
        "About    Contact    Privacy    Disclaimer        (c) Topend Sports Network",
    ])
    return bytes(pdf.output())


def _column_block(pdf, cols, lines):
    """'## ' bold label, anything else a plain line, written into the current text column."""
    for line in lines:
        bold = line.startswith("## ")
        pdf.set_font("Helvetica", "B" if bold else "", 11 if bold else 10)
        cols.write(text=(line[3:] if bold else line) + "\n")


def fasttalk_swim_dryland_pdf() -> bytes:
    pdf = _printed(
        "1/16/24, 6:58 AM",
        "Workout of the Week: Swim + Dryland Circuit | Fast Talk Labs",
        "https://fasttalklabs.com/workouts/workout-of-the-week-swim-dryland-circuit",
    )
    _lines(pdf, [
        "FAST TALK LABS    Podcast    Pathways    Workouts    Coaching    Join    Log in",
        "Workouts > Swimming",
        "# Workout of the Week: Swim + Dryland Circuit",
        "As a USA Swimming age-grouper, I had dryland in almost every practice: mostly bodyweight strength "
        "moves with a lot of core and functional work. If you think of yourself as an aqua athlete, land "
        "work matters, because it trains the muscle groups the pool leaves alone.",
        "This dryland set needs no equipment, but a yoga mat and trainers make it safer on a wet pool deck. "
        "Try it before the swim one week and after it the next, and see which feels better. Scale the "
        "intensity and the volume to your fitness, and listen to your body so you do not overdo it.",
        "## Workout of the Week: Swim + Dryland Circuit | 2,200m/yds",
    ])
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        _column_block(pdf, cols, [
            "## Warm-up",
            "300 swim",
            "200 kick",
            "100 pull with a buoy",
            "## Main set",
            "400 swim, every fourth 25 fast",
            "300 swim, every third 25 pull",
            "200 swim, every second 25 kick",
            "100 swim, moderate to fast",
            "2 sets of 4 x 50 as:",
            "25 fast/25 easy",
            "25 easy/25 fast",
            "25 easy/25 easy",
            "25 fast/25 fast",
            "Rest 20 sec. between each 50.",
            "## Swim cooldown",
            "200 easy swim",
        ])
        cols.new_column()
        _column_block(pdf, cols, [
            "## Dryland",
            "Do every exercise back to back, with no rest.",
            "3 sets:",
            "30 sec. jumping jacks",
            "15 bodyweight squats",
            "10 wide push-ups",
            "20 Russian twists",
            "30 sec. running in place",
            "10 front lunges ea. leg",
            "10 regular push-ups",
            "30 sec. plank hold",
            "2 min. set rest.",
            "## Cooldown",
            "5-10 min. of static stretching of the major muscle groups (quads, hamstrings, shoulders, "
            "back, chest)",
        ])
    _lines(pdf, [
        "<page>",
        "## About the author",
        "A former collegiate swimmer and certified coach, she writes the weekly workouts for Fast Talk "
        "Labs members.",
        "## More workouts",
        "  - Workout of the Week: Threshold Ladder",
        "  - Workout of the Week: Hill Repeats for Runners",
        "  - Workout of the Week: Open-Water Sighting Drills",
        "Get the newsletter: training science every week, straight to your inbox.    Subscribe",
        "(c) Fast Talk Laboratories    Privacy    Terms    Contact",
    ])
    return bytes(pdf.output())


TARGETS = {
    "431-frugalfitness-3-day-strength-plan-printout.pdf": frugal_strength_plan_pdf,
    "432-guidesco-mens-health-cycling-strength-printout.pdf": guides_cycling_strength_pdf,
    "436-topendsports-hockey-warm-up-printout.pdf": topend_hockey_warm_up_pdf,
    "442-fasttalklabs-swim-dryland-circuit-printout.pdf": fasttalk_swim_dryland_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
