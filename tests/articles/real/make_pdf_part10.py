"""Rebuild the part-10 corpus PDFs (needs fpdf2, the test extra): a falls-prevention page of a home
physical therapy practice printed from a browser (two pages, running header and footer, a numbered
list whose numbers are doubled and whose items have no names), a hospital physiotherapy leaflet on
pelvic floor exercises (two pages, running header and footer, a fill-in table with column headers
left blank), a pelvic floor leaflet folded in three (three columns read as one page, the dose in the
middle column's bullets) and a magazine's HIIT page printed from a browser (a table with the column
headers Exercise Name / Time, the moves repeated as headings on the second page).

    .venv/bin/python tests/articles/real/make_pdf_part10.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def suresteps_falls_pdf() -> bytes:
    pdf = _printed(
        "02/05/2024, 16:41",
        "5 Simple Exercises to Reduce Your Risk of Falling",
        "http://www.suresteps.net/5-simple-exercises-to-reduce-your-risk-of-falling.html",
    )
    _lines(
        pdf,
        [
            "Sure Steps  |  Home  |  Services  |  Fall Risk Check  |  Exercises  |  Contact",
            "In-Home Evaluation, Treatment, and Prevention of Falls",
            "# 5 Simple Exercises to Reduce Your Risk of Falling",
            "Do the 5 exercises below every other day, or 3 days a week:",
            "1. 1. Push an armchair back against something that will not move, such as a wall or the "
            "kitchen cabinets. Sit far enough forward that your calves are clear of the front of the "
            "seat. Fold your arms and stand up, 10 times. If you cannot stand with your arms folded, push "
            "on the armrests, but let your legs do as much of the work as they can. Work toward standing "
            "10 times with your arms folded. (Leave this one out if it makes arthritis in your knees or "
            "hips much more painful.)",
            "2. 2. Hold the kitchen sink with both hands, feet about shoulder width apart. Squat down only "
            "as far as you are sure you can come back up from, and rise using your legs rather than "
            "pulling with your arms. Do it 10 times.",
            "3. 3. Holding the sink with both hands, kick one leg out backwards on a diagonal 10 times. "
            "Then do 10 with the other leg.",
            "<page>",
            "4. 4. Holding the sink with both hands, lift the toes and the balls of both feet off the "
            "floor so you are standing on your heels, 10 times. Keep the movement at the ankles rather "
            "than rocking back from the hips.",
            "5. 5. Holding the sink with both hands, rise as high as you can onto the tips of your toes, "
            "heels off the floor, 10 times.",
            "## 5 Simple Exercises to Reduce Your Risk of Falling",
            "In-Home Evaluation, Treatment, and Prevention of Falls",
            "These 5 exercises usually suit people who can still walk on their own or with a cane or "
            "walker and whose heart and lungs are in good shape. If you are not sure they are right for "
            "you, print this page and ask your physical therapist or doctor.",
            "If you get chest pain, or more than slight shortness of breath, stop and call your doctor.",
            "Call Sure Steps to book an in-home fall risk evaluation.",
        ],
    )
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """A hospital leaflet: the trust's name on top, the leaflet's title and page number at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "South Tees Hospitals NHS Foundation Trust", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Physiotherapy  |  Pelvic floor exercises  |  Information for patients")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def southtees_pelvic_floor_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(
        pdf,
        [
            "# Pelvic floor exercises",
            "Physiotherapy - information for patients",
            "To tighten the pelvic floor, imagine you are stopping yourself passing wind and, at the same "
            "time, stopping the flow of urine. You are aiming for a squeeze and a lift: close and draw up "
            "the back and front passages.",
            "## Long squeezes",
            "Tighten the pelvic floor muscles and hold for as many seconds as you can (10 seconds at most).",
        ],
    )
    _blank_table(pdf, ("Recorded by your physiotherapist", "Result"), [("Length of time held", "........ seconds")])
    _lines(
        pdf,
        [
            "Let go for a few seconds and make sure the muscles have fully relaxed. Then tighten, hold and "
            "relax again, as many times as you can before the muscles tire (10 times at most).",
        ],
    )
    _blank_table(pdf, ("Recorded by your physiotherapist", "Result"), [("Number of repetitions completed", "........")])
    _lines(
        pdf,
        [
            "## Short squeezes",
            "Tighten the pelvic floor muscles quickly for 1 second, then let go straight away. Keep going "
            "until the muscles tire (10 times at most).",
        ],
    )
    _blank_table(pdf, ("Recorded by your physiotherapist", "Result"), [("Repeated", "........ times")])
    _lines(
        pdf,
        [
            "This trains the muscles to react fast when you laugh, cough or sneeze.",
            "<page>",
            "## Home exercises",
        ],
    )
    _blank_table(
        pdf,
        ("Your programme", "Fill in with your physiotherapist"),
        [
            ("Hold the long squeezes for", "........ seconds"),
            ("Repeat this long squeeze", "........ times"),
            ("Repeat this short squeeze", "........ times"),
        ],
    )
    _lines(
        pdf,
        [
            "Do at least three sets of these exercises every day.",
            "As the pelvic floor gets stronger you will be able to hold for longer and do more repetitions.",
            "Do not hold your breath, press your legs together, clench your buttocks or tense up anywhere "
            "else. Draw up around the back passage, then carry the tightening forward to the muscles "
            "around the vagina: the feeling is a squeeze and a lift inside.",
            "Also tighten the pelvic floor every time you lift something heavy, sneeze or cough. This is "
            "called 'the knack'; it stops the rise in pressure in your tummy from straining the pelvic "
            "floor.",
            "Questions? Contact the Physiotherapy Department and ask for the pelvic health team.",
        ],
    )
    return bytes(pdf.output())


def _blank_table(pdf, headings, rows):
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(95, 75),
        text_align="LEFT",
        line_height=6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 236, 246)),
    ) as table:
        table.row(headings)
        for row in rows:
            table.row(row)
    pdf.ln(2)


def docstoc_pelvic_floor_pdf() -> bytes:
    """A tri-fold leaflet's outside: three panels side by side, the title panel on the right."""
    pdf = FPDF(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    with pdf.text_columns(ncols=3, gutter=12, text_align="LEFT") as cols:
        pdf.set_font("Helvetica", "B", 12)
        cols.write(text="Are you working the right muscles?\n")
        pdf.set_font("Helvetica", size=10)
        cols.write(
            text="You can check in two ways:\n"
            "1) While passing urine, try to stop the flow halfway and then let it go again. Only do this "
            "once a fortnight: doing it more often can upset normal bladder emptying.\n"
            "2) Put one finger about an inch into the vagina and feel the lift and squeeze. You should not "
            "feel any pushing down.\n"
            "If you cannot feel the pelvic floor working at all, talk to your Women's Health "
            "Physiotherapist.\n\n"
        )
        pdf.set_font("Helvetica", "B", 12)
        cols.write(text="Fast and slow squeezes\n")
        pdf.set_font("Helvetica", size=10)
        cols.write(
            text="The pelvic floor has to switch on fast and hard, but it also needs stamina, because it "
            "holds up the bladder, womb and bowel all day long.\n"
        )
        cols.new_column()
        cols.write(
            text="After each squeeze you should clearly feel the muscles let go. If you do not, hold for a "
            "shorter time.\n\n"
        )
        pdf.set_font("Helvetica", "B", 12)
        cols.write(text="How much exercise is enough?\n")
        pdf.set_font("Helvetica", size=10)
        cols.write(
            text="Everyone is different, but this is a good place to start -\n"
            "  -  10 fast, strong squeezes - with 2 seconds rest between squeezes\n"
            "  -  10 long holds (up to 10 seconds) - with 4 seconds rest between holds\n"
            "Do the 10 short and 10 long contractions 5-6 times a day. Lying down is the easiest position, "
            "but sitting or standing is fine too.\n\n"
            "Make them part of your day and link them to something you do anyway - brushing your teeth, "
            "the adverts on television, after going to the toilet.\n"
        )
        cols.new_column()
        pdf.set_font("Helvetica", "B", 20)
        cols.write(text="\n\nPelvic floor\nexercises for\nwomen\n\n")
        pdf.set_font("Helvetica", size=10)
        cols.write(text="Women's Health Physiotherapy\nPatient information\n\n[logo]\n")
    return bytes(pdf.output())


def popsugar_lower_body_hiit_pdf() -> bytes:
    pdf = _printed(
        "09/01/2024, 19:20",
        "20-Minute Lower-Body HIIT Workout | POPSUGAR Fitness",
        "https://www.popsugar.com/fitness/20-minute-lower-body-hiit-workout-48470324",
    )
    _lines(
        pdf,
        [
            "Update Consent",
            "POPSUGAR  |  Entertainment  |  Fashion  |  Beauty  |  Fitness  |  Food  |  Living",
            "# Leg Day Is Calling: Try This 20-Minute Lower-Body HIIT Workout From an Under Armour Trainer",
            "[Image Source: Matthew Kelly]",
            "Leg day can be short: ACE-certified personal trainer and Under Armour trainer Ariel Belgrave "
            "built this 20-minute lower-body HIIT session for the Under Armour 21 Days to a Stronger Self "
            "challenge. Explosive moves get the heart going while the quads, glutes, hamstrings and "
            "calves get stronger, and your stability is tested too.",
            "## 20-Minute Lower-Body HIIT Workout",
            "Equipment needed: comfortable shoes, a mat for support, and water.",
            "Directions: Belgrave suggests a two-minute dynamic warmup first: jumping jacks, knee hugs, hip "
            "circles, inchworms, rotational lunges and hamstring scoops (or some of the warmup exercises "
            "linked here). For the workout, do each of the five exercises below for 40 seconds with 10 "
            "seconds of recovery between them. Do three rounds in all, with one minute of rest between "
            "rounds. Finish with full-body stretches, giving the legs a proper stretch.",
        ],
    )
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(70, 100),
        text_align="LEFT",
        line_height=6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
    ) as table:
        table.row(("Exercise Name", "Time"))
        for name in ("Speed skater", "Squat jump", "Explosive sprinter's lunge", "Curtsy lunge", "Squat jack"):
            table.row((name, "40 seconds, followed by a 10-second rest"))
    pdf.ln(3)
    _lines(
        pdf,
        [
            "Belgrave told POPSUGAR that going from speed skaters to squat jumps, two explosive moves, "
            "with a shorter break between them gets the heart rate up sooner. Read on for how to do each "
            "move, and get ready to sweat!",
            "<page>",
            "## Speed Skater",
            "    - Stand with your feet a little wider than your shoulders, arms by your sides.",
            "    - Leap sideways onto one foot, sweeping the other leg behind you, then leap back the other way.",
            "## Squat Jump",
            "    - Squat down with your chest up, then jump straight up and land softly back into the squat.",
            "## Explosive Sprinter's Lunge",
            "    - From a lunge, drive the back knee up as you jump off the front foot, then land back in the lunge.",
            "## Curtsy Lunge",
            "    - Step one foot behind and across the other and bend both knees, then come back up.",
            "## Squat Jack",
            "    - Stay low in a squat and jump the feet out and in, like a jumping jack.",
            "Latest Fitness:  The Best Walking Shoes  |  A 10-Minute Core Workout  |  What Is Zone 2 Training?",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "189-suresteps-five-exercises-reduce-falling.pdf": suresteps_falls_pdf,
    "190-southtees-pelvic-floor-exercises-leaflet.pdf": southtees_pelvic_floor_pdf,
    "191-docstoc-pelvic-floor-women-trifold.pdf": docstoc_pelvic_floor_pdf,
    "192-popsugar-lower-body-hiit.pdf": popsugar_lower_body_hiit_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
