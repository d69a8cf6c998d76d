"""Rebuild the part-15 corpus PDFs (needs fpdf2, the test extra): a hospital system's health-library
page printed from a browser (running header and footer, two pages, the dose stated once for all
three exercises), a teacher's circuit-workout document (a two-column station table with column
headers, one minute a station stated once), a baby booklet's page (two columns: the exercise in one,
general advice in the other, running header and page number) and a physical therapy clinic's
programme page printed from a browser (two pages, sets, reps, rest and "on each leg" inside prose).

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


TARGETS = {
    "296-baycare-pre-hip-replacement-exercises.pdf": baycare_pre_hip_pdf,
    "297-docsbay-kids-circuit-workout-stations.pdf": docsbay_circuit_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
