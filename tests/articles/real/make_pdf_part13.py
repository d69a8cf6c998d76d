"""Rebuild the part-13 corpus PDFs (needs fpdf2, the test extra): a health library page printed from
a browser (one exercise in nested bullets, two pages, running header and footer), a lesson-planning
app's PDF export of a Year 3 PE lesson (a station table with column headers and a second table that
is not exercises, running header and footer, two pages), a spine surgeon's neck exercise page printed
from a browser (two pages, a heading per exercise) and a health newsletter page printed from a browser
with its sidebar printed as a second column beside the article.

    .venv/bin/python tests/articles/real/make_pdf_part13.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def vanderbilt_pendulum_pdf() -> bytes:
    pdf = _printed(
        "6/12/24, 2:05 PM",
        "Pendulum Exercise for Use with Shoulder Repair Surgeries | Health Library Explorer",
        "https://healthlibrary.vanderbilthealth.com/RelatedItems/3,86541",
    )
    _lines(
        pdf,
        [
            "Vanderbilt Health    Find a Doctor    Locations    Patients & Visitors    Health Library",
            "Health Library Explorer",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z    A-Z Listings    Contact Us",
            "# Pendulum Exercise for Use with Shoulder Repair Surgeries",
            "Stretching the shoulder, for example with the pendulum exercise, can make it more flexible, "
            "give it more range of motion and ease pain. Your healthcare provider or physical therapist has "
            "suggested this exercise to help you heal faster. Keep breathing normally while you exercise, "
            "and keep your movements smooth and flowing.",
            "## Doing the pendulum exercise",
            "  \u00b7 Follow any special instructions you were given. If the exercise hurts, stop. If the "
            "pain goes on after you stop, call your healthcare provider or physical therapist.",
            "  \u00b7 Start this exercise with your affected arm as soon as you are told you may:",
            "        o Bend forward and support yourself with your good arm on a table or chair.",
            "        o Let the arm on the painful side go loose and hang straight down.",
            "        o Move your body slowly so that the loose arm begins to swing. Swing it in a circle, "
            "then the other way round. Next swing it backward and forward. Last, swing it from side "
            "to side.",
            "        o Let gravity do the swaying. Do not lift or move the arm with your shoulder muscles.",
            "        o Do the exercise 3 times a day, for 5 to 10 minutes each time, or as your healthcare "
            "provider told you to do. Change the direction of your movement after 1 minute of motion.",
            "[Image: man bent over a table, one arm hanging and swinging in a circle]",
            "## Home care",
            "  \u00b7 Wear your sling as you were told to.",
            "  \u00b7 Take pain medicine as your healthcare provider directed.",
            "<page>",
            "## Follow-up care",
            "Go to a follow-up visit with your healthcare provider, or as advised.",
            "## Call 911",
            "Call 911 right away if you have:",
            "  \u00b7 Chest pain",
            "  \u00b7 Shortness of breath",
            "## When to call your healthcare provider",
            "Call your healthcare provider right away if you have:",
            "  \u00b7 Fever of 100.4\u00b0 F (38\u00b0C) or higher, or as your provider told you",
            "  \u00b7 Shaking chills",
            "  \u00b7 Shoulder pain that keeps getting worse",
            "  \u00b7 Pain that medicine does not ease",
            "  \u00b7 Pain or swelling in the arm that gets worse",
            "Online Medical Reviewer: a physical therapist and a registered nurse",
            "Date Last Reviewed: 1/1/2023",
            "\u00a9 2000-2024 The StayWell Company, LLC. All rights reserved. This information is not "
            "intended as a substitute for professional medical care.",
        ],
    )
    return bytes(pdf.output())


class _AppExport(FPDF):
    """A lesson-planning app's PDF export: app name and plan title on top, footer with page count."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Kuraplan")
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, "Energising Fitness Circuit  |  PE  |  Year 3", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "kuraplan.com  -  Created with AI, reviewed by the teacher")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def kuraplan_circuit_pdf() -> bytes:
    pdf = _AppExport()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(
        pdf,
        [
            "# Energising Fitness Circuit",
            "PE  \u00b7  Year 3  \u00b7  45 minutes  \u00b7  30 students  \u00b7  6 November 2025",
            "## Teaching Instructions",
            "Start with the warm-up game Four Corners: pupils move round the hall in the way I call out, "
            "then run to the corner I shout. Then five groups, each with one leader in charge of their "
            "line. Each group starts at a different activity. The stations are shuttle runs, star jumps, "
            "bench step ups, arm circles and lunges. Pupils have 1 minute to do as many as they can, "
            "record their result, then move on to the next activity.",
            "## Overview",
            "A 45-minute session for Year 3 pupils that builds heart and lung fitness, muscle strength "
            "and coordination through active stations, and practises leading a group, measuring your "
            "own performance and assessing yourself.",
            "## Curriculum for Excellence Links",
            "  - I can use warm up and cool down activities to prepare my body and help it recover. (EXA 2-16a)",
            "  - I can show I understand the need for safety in physical activities. (EXA 2-16b)",
            "  - I can develop strength, endurance and flexibility through regular activity. (EXA 2-15a)",
            "  - I can work in a small group to organise and lead games or activities. (EXA 2-17a)",
            "## WALT (We Are Learning To)",
            "  - Move safely in different ways during a fitness circuit",
            "  - Work together in groups to complete timed challenges",
            "  - Record our results accurately and use them to set a target",
            "## Warm-up: Four Corners",
            "Pupils travel round the hall skipping, hopping, side-stepping or jogging as the teacher calls. "
            "On \"Corners!\" the teacher shouts a corner number and everyone runs to it.",
            "<page>",
            "## Main Activity: Fitness Stations",
            "Structure: pupils start at different stations working in their groups; each station lasts "
            "1 minute and pupils record their results immediately after.",
            "Stations:",
        ],
    )
    pdf.set_font("Helvetica", size=10)
    heading = FontFace(emphasis="BOLD", fill_color=(225, 235, 245))
    with pdf.table(col_widths=(18, 38, 90, 44), text_align="LEFT", headings_style=heading, line_height=6) as table:
        table.row(("Station", "Activity", "Teaching points", "Record"))
        table.row(("1", "Shuttle runs", "Run between the two cones, touch the line, turn quickly.", "Number of lengths"))
        table.row(("2", "Star jumps", "Land softly with bent knees, arms and legs out together.", "Number of jumps"))
        table.row(("3", "Bench step ups", "Whole foot on the bench, step up and down, swap the lead leg.", "Number of steps"))
        table.row(("4", "Arm circles", "Arms out straight at shoulder height; forwards then backwards.", "Number of circles"))
        table.row(("5", "Lunges", "Long step forward, back knee towards the floor, push back.", "Number of lunges"))
    pdf.ln(3)
    _lines(
        pdf,
        [
            "Rotate clockwise after each minute with 30 seconds transition time.",
            "Differentiation: offer modified movements to pupils with mobility needs (half lunges, stepping "
            "instead of jumping). Use peer support where it helps.",
            "Extension: advanced learners try to raise their speed or reps, or hold a static lunge for longer.",
            "## Support and Challenge",
        ],
    )
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(38, 52, 50, 50), text_align="LEFT", headings_style=heading, line_height=5.5) as table:
        table.row(("Learner Needs", "Strategies", "Extension/Challenge", "Dyslexia-Friendly Supports"))
        table.row(("Physical difficulties", "Modified movements, peer buddy system", "Hold positions longer, increase reps", "Clear fonts, sheets with pictures, simple words"))
        table.row(("Leadership/Confidence", "Rotating leader roles, positive feedback", "Encourage spoken instructions", "Picture cards for each station"))
    pdf.ln(3)
    _lines(pdf, ["## Plenary", "Pupils compare their results with a partner and choose one station to improve next week."])
    return bytes(pdf.output())


def spinalsurgeon_neck_pdf() -> bytes:
    pdf = _printed(
        "21/08/2023, 19:41",
        "Neck Exercise Program | Spinal Surgeon",
        "http://www.spinalsurgeon.com/treatments/non-surgical-treatments/neck-exercise-program/",
    )
    _lines(
        pdf,
        [
            "Home    About    Treatments    Conditions    Patient Information    Contact",
            "Treatments > Non-Surgical Treatments > Neck Exercise Program",
            "# Neck Exercise Program",
            "## Neck Exercises",
            "These exercises stretch and strengthen the neck and can help with simple neck ache.",
            "Read all of an exercise's instructions before you start it. Keep breathing normally and do not "
            "bounce! If anything hurts, stop the exercise straight away and tell your health care provider.",
            "## The Neck Stretch",
            "Stand or sit with a straight back. Without moving your back, take your head slowly backwards "
            "until you are looking at the ceiling.",
            "Hold this position for 5 seconds. Bring your head back to where it started. Let your head drop "
            "forward so your chin rests on your chest. Hold this position for 5 seconds and go back to the "
            "start. Useful at a desk, or whenever you sit still for a long time, which makes neck strain "
            "more likely.",
            "## Neck Side to Side",
            "Begin with your back and neck straight, looking straight ahead. Slowly turn your head to look "
            "left. Hold for 10 seconds and then come back to the centre.",
            "Slowly turn your head to look right and hold this for 10 seconds. Repeat this left/right turn "
            "10 times.",
            "Especially good for people who work at a computer for long stretches.",
            "<page>",
            "## The Sideways Stretch",
            "Begin with your back and neck straight, looking ahead with the chin slightly tucked in.",
            "Slowly tip your head to the left with your chin down, then slowly move it towards the right.",
            "Put your left hand on the upper right side of your head and gently draw the head to the left "
            "until you feel a gentle stretch in the neck muscles.",
            "Hold this for 5 seconds and then return to the starting position. Repeat 5 times on each side.",
            "Book a consultation    Find us    Patient stories",
            "Related: Lower Back Exercise Program  |  Posture at Work  |  Physiotherapy",
        ],
    )
    return bytes(pdf.output())


def harvard_balance_pdf() -> bytes:
    pdf = _printed(
        "03/02/2024, 11:26",
        "Simple exercises to keep you on your feet - Harvard Health",
        "http://www.health.harvard.edu/healthbeat/simple-exercises-to-keep-you-on-your-feet",
    )
    _lines(pdf, ["Harvard Health Publishing    Health A-Z    Staying Healthy    Newsletters    Shop    Subscribe"])
    main = [
        ("h1", "Simple exercises to keep you on your feet"),
        ("p", "Healthbeat"),
        ("p", "Good balance and coordination can decide whether you take a tumble, and maybe break a bone, "
              "or stay on your feet. Regular activity cuts falls by nearly a third in older adults at higher "
              "risk. Even if your risk is low, balance keeps you at your best in the things you enjoy."),
        ("p", "If strength training is already part of your routine, much of it helps balance too; doing "
              "some moves on a Bosu or stability ball adds balance and agility work."),
        ("p", "The exercises below train balance directly. Most people can do them safely, but you may want "
              "to check with your doctor first, especially if you have not been active."),
        ("h2", "Chair stand"),
        ("p", "Put a small pillow against the back of a chair and stand the chair with its back against a "
              "wall. Sit at the front of the seat, knees bent, feet flat and a little apart. Lean back on the "
              "pillow half reclining, arms crossed, hands on your shoulders. Keeping back and shoulders "
              "straight, bring your upper body forward until you sit upright. Stand up slowly, using your "
              "hands as little as you can. Slowly sit back down. Aim for eight to 12 repetitions. Rest and "
              "repeat."),
        ("h2", "Side leg raise"),
        ("p", "With an ankle weight on, stand behind a sturdy chair with your feet together, holding the "
              "chair back for balance. Slowly lift your right leg straight out to the side until the foot is "
              "eight inches off the floor, knee straight. Pause. Slowly lower the foot to the floor. Do eight "
              "to 12 repetitions. Repeat with your left leg. Rest and repeat the sets."),
    ]
    side = [
        ("h2", "Get your copy of Better Balance"),
        ("p", "Easy exercises to improve stability and prevent falls. Read more"),
        ("h2", "Free Healthbeat Signup"),
        ("p", "Get the latest in health news delivered to your inbox! Your email address  [Sign up]"),
        ("h2", "Most popular"),
        ("p", "1. Exercise and aging\n2. Easy ways to walk more\n3. Tai chi for balance"),
    ]
    top = pdf.get_y() + 2
    for x, width, blocks in ((10, 118, main), (136, 64, side)):
        pdf.set_xy(x, top)
        pdf.set_left_margin(x)
        for kind, text in blocks:
            size = {"h1": 15, "h2": 11.5 if width > 100 else 10}.get(kind, 10 if width > 100 else 8.5)
            pdf.set_font("Helvetica", "B" if kind != "p" else "", size)
            pdf.multi_cell(width, 6 if kind != "p" else 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.set_left_margin(10)
    return bytes(pdf.output())


TARGETS = {
    "251-vanderbilthealth-pendulum-exercise-printout.pdf": vanderbilt_pendulum_pdf,
    "252-kuraplan-year3-fitness-circuit-plan.pdf": kuraplan_circuit_pdf,
    "253-spinalsurgeon-neck-exercise-program-printout.pdf": spinalsurgeon_neck_pdf,
    "254-harvard-healthbeat-balance-printout.pdf": harvard_balance_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
