"""Rebuild the part-15 corpus PDFs (needs fpdf2, the test extra): a hospital system's health-library
page printed from a browser (running header and footer, two pages, the dose stated once for all
three exercises), a teacher's circuit-workout document (a two-column station table with column
headers, one minute a station stated once), a physical therapy clinic's programme page printed from
a browser (two pages, sets, reps, rest and "on each leg" inside prose) and a sports clinic's tennis
elbow handout (running header and footer, two pages, the regimen stated once as label lines, four
same-named picture panels in two text columns).

    .venv/bin/python tests/articles/real/make_pdf_part15.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def baycare_pre_hip_pdf() -> bytes:
    pdf = _printed(
        "3/18/24, 9:41 AM",
        "Pre-Hip Replacement: Ankle Pumps, Quad Sets, Leg Raises | BayCare",
        "https://baycare.org/health-library/pre-hip-replacement-ankle-pumps-quad-sets-leg-raises",
    )
    _lines(
        pdf,
        [
            "BayCare    Find a Doctor    Locations    Services    Health Library    Pay a Bill    MyChart",
            "Health Library > Orthopedics > Hip Replacement",
            "# Pre-Hip Replacement: Ankle Pumps, Quad Sets, Leg Raises",
            "These exercises make you stronger. You will keep doing them after your operation to help you "
            "recover faster. Ask your physical therapist or surgeon whether to work one leg or both. You "
            "may be given instructions of your own as well. Unless you are told something different, do "
            "each exercise at least 5 to 10 times, 2 times a day.",
            "## Ankle pumps",
            "[Image: lower leg showing ankle pumps.]",
            "After surgery, ankle pumps help keep the blood moving and lower the chance of clots. Practise "
            "them now by pointing your feet away and then pulling them back up.",
            "## Quadriceps sets",
            "[Image: lower leg showing quadriceps sets.]",
            "    - Lie in bed with both legs straight. Tighten the muscle on the front of your thigh while "
            "you push the back of your knee down into the bed.",
            "    - Hold for 5 to 10 seconds. Then let the leg relax.",
            "<page>",
            "## Straight leg raises",
            "[Image: lower leg showing a straight leg raise.]",
            "    - Lie in bed. Bend one knee and keep the other leg straight on the bed.",
            "    - Tighten the thigh muscle of the straight leg and lift it as high as you can, but no more "
            "than 12 inches. Hold for 5 to 10 seconds. Lower the leg slowly.",
            "",
            "Online Medical Reviewer: physical therapy reviewer    Date Last Reviewed: 3/1/2023",
            "This information is not intended as a substitute for professional medical care. Always follow "
            "your healthcare professional's instructions.",
            "About BayCare    Careers    Privacy    Nondiscrimination Notice    Contact Us",
        ],
    )
    return bytes(pdf.output())


def docsbay_circuit_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Circuit Workout", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=10.5)
    pdf.multi_cell(
        0,
        5.5,
        "Do the circuit workout using the five stations below. Spend 1 minute at each station, then move "
        "on to the next one. The workout is finished once you have been through all four stations, but "
        "after a short break it can be done again, more than once. Do NOT rest between stations. Keep "
        "your heart rate up and your attitude positive: this workout suits kids and adults of every age!",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    with pdf.table(
        col_widths=(45, 145),
        text_align="LEFT",
        line_height=5.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
    ) as table:
        table.row(("Station", "What to do"))
        table.row(("Pushups/Situps", "Do 5 pushups, then\n10 sit-ups. Keep repeating the pair until\nyour 1 minute at this station is up."))
        table.row(("Somersaults", "On a mat or soft floor, do a somersault with good technique. Do not hurry: "
                   "rushing spoils the technique. Tuck your chin to your chest so you do not hurt your neck."))
        table.row(("Jumping Jacks/Line Hops", "Do 15 jumping jacks on the spot and\nthen, using a line, 10 line "
                   "hops forward and back, then\n10 line hops side to side. Keep going round this for the\n"
                   "whole minute at this station."))
        table.row(("Form Running", "Set two cones about 30 feet apart. Do each of these skills out to the far "
                   "cone AND back: (Bunny Hop, Skipping, Galloping, Backpedal, Sprint)"))
    pdf.ln(8)
    _lines(
        pdf,
        [
            "## Physical Fitness Stations Circuit",
            "Purpose of Activity: to give students a taste of several physical fitness activities in a short "
            "time by using stations. Students should concentrate on technique and effort.",
            "Activity cues: ideally the teacher blows a whistle when it is time to move on; music that stops "
            "at each change works too.",
            "Prerequisites: before starting the stations it helps to walk the students through every "
            "station activity, perhaps spending a whole lesson practising them.",
        ],
    )
    pdf.set_auto_page_break(False)  # the footer sits inside the bottom margin
    pdf.set_y(-15)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "PE Department - Fitness Unit", align="L")
    pdf.cell(0, 5, "Page 1", align="R")
    return bytes(pdf.output())


def handsonstl_patellofemoral_pdf() -> bytes:
    pdf = _printed(
        "10/2/23, 7:15 PM",
        "Patellar Femoral Program - Hands On Physical Therapy",
        "http://www.handsonstl.org/home-exercises-1/2015/4/22/patellar-femoral-program",
    )
    _lines(
        pdf,
        [
            "HANDS ON PHYSICAL THERAPY    About    Services    Home Exercises    Blog    Contact",
            "April 22, 2015",
            "# Patellar Femoral Program",
            "## Straight Leg Raise",
            "Lie on your back with one leg bent and the other straight. Tighten the thigh muscle of the "
            "straight leg until the knee is 'rock hard'. Keeping it perfectly straight, lift the leg 6 "
            "inches. Pause at the top and tighten the muscle again. Lower the leg to the ground, still "
            "straight the whole way, and relax once it is down. Do 3 sets of 15 repetitions on each leg, "
            "resting 1 minute between sets. Each time you do this, add 2 repetitions to every set until "
            "you reach 3 sets of 40. Once you reach 3 sets of 40, put on a 1 pound ankle weight and start "
            "again at 3 sets of 20, building back up to 3 sets of 40. Do this once a day.",
            "## Short Arc Quad",
            "Strap an ankle weight onto one leg. Rest that leg over a pillow so the pillow sits under the "
            "knee and the knee is bent about 30 degrees. Straighten the knee all the way, tightening the "
            "muscle of that leg, then let the knee back down to the start. Do 3 sets of 10 repetitions, "
            "twice a day, on each leg. Rest 1 minute between sets.",
            "<page>",
            "## Hip Adductor Strengthening",
            "Lie on one side, bend the knee of the top leg and put that foot flat on the floor in front of "
            "the bottom leg. Keeping the bottom leg straight, lift it up and then lower it to the start. "
            "Try not to let the pelvis move as the leg lifts. Do 3 sets of 20 repetitions, once a day, on "
            "each leg. Rest one minute between sets.",
            "",
            "Share    Tweet    Email",
            "<- Lumbar Stabilization Program        Rotator Cuff Program ->",
            "Hands On Physical Therapy  |  St. Louis, MO  |  (314) 000-0000",
        ],
    )
    return bytes(pdf.output())


class _ClinicHandout(FPDF):
    """An exercise-software handout: department and material type on top, page n of N at the foot."""

    def header(self):
        self.set_font("Helvetica", "B", 11)
        self.cell(0, 6, "Department of Physiotherapy and Rehabilitation", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, "Patient Educational Material & Exercise Instructions", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Dubai Sports Medicine", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _handout_panels(pdf, panels):
    """Numbered picture panels in two columns, number, figure placeholder, name and steps each."""
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for i, (number, name, steps) in enumerate(panels):
            if i:
                cols.new_column()
            pdf.set_font("Helvetica", "B", 12)
            cols.write(text=f"{number}\n")
            pdf.set_font("Helvetica", size=9)
            cols.write(text="[picture]\n\n")
            pdf.set_font("Helvetica", "B", 11)
            cols.write(text=f"{name}\n\n")
            pdf.set_font("Helvetica", size=10)
            cols.write(text=steps + "\n")


def dubai_tennis_elbow_pdf() -> bytes:
    pdf = _ClinicHandout()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "Condition: Lateral Epicondylitis (Tennis Elbow)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _lines(
        pdf,
        [
            "1",
            "## Stretching Techniques:",
            "Begin every stretch by easing into the position and stopping at a moderate stretch for about 4 "
            "breaths. Relax all your muscles as far as you can and focus on the muscle being stretched. "
            "Deepen the stretch carefully while the muscles not involved stay relaxed. Reach an end "
            "position you can keep for another 4 breaths or more. Most exercises need repeating at least "
            "once. Put flexibility work into your weight training and stretch in the breaks between sets!",
            "Keep this principle in mind: the more your body relaxes, the further you can stretch!",
            "## Exercise Regimen :",
            "Repetitions : 10",
            "Sets : 2",
            "Frequency / day : once",
            "Frequency / week : 4-5 times per week",
            "Hold Time during each repetitions: Average of 4-5 secs each repetition. Perform all the exercise carefully!",
        ],
    )
    pdf.ln(4)
    _handout_panels(pdf, [
        ("2", "Wrist Dorsal Flexion", "Stand. Put the backs of your hands together in front of your chest. Draw your "
         "elbows down until the backs of your forearms feel a stretch."),
        ("3", "Wrist Dorsal Flexion", "Stand. Put your palms together in front of your chest. Draw your hands down "
         "until your forearms feel a stretch."),
    ])
    pdf.add_page()
    _handout_panels(pdf, [
        ("4", "Wrist Dorsal Flexion", "Sit on a bench. Straighten your arms with your hands flat on the bench beside "
         "you, fingers pointing backwards. Shift your weight back slowly until the forearm flexors feel a stretch."),
        ("5", "Wrist Dorsal Flexion", "Stand in front of a bench. Straighten your arms and put your hands on the table "
         "with the fingers pointing towards you. Shift your weight back slowly until the forearm flexors feel a "
         "stretch."),
    ])
    return bytes(pdf.output())


TARGETS = {
    "296-baycare-pre-hip-replacement-exercises.pdf": baycare_pre_hip_pdf,
    "297-docsbay-kids-circuit-workout-stations.pdf": docsbay_circuit_pdf,
    "303-handsonstl-patellofemoral-program-printout.pdf": handsonstl_patellofemoral_pdf,
    "307-dubaisportsmedicine-tennis-elbow-handout.pdf": dubai_tennis_elbow_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
