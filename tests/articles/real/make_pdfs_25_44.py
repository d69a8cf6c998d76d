"""Rebuild the generated PDFs among articles 25-44 of the real-layout corpus (needs fpdf2, the test
extra). Each re-creates a real handout's layout (tables with column headers, two-column pages,
running headers and footers, two or more pages) with our own sentences; see each .source.txt.

    .venv/bin/python tests/articles/real/make_pdfs_25_44.py
"""

from __future__ import annotations

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)   # byte-identical rebuilds


def _pdf_class():
    from fpdf import FPDF

    class Handout(FPDF):
        """A page with a running header line and a footer line (page numbers filled in)."""

        running_header = ""
        running_footer = ""

        def header(self):
            if self.running_header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 5, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if self.running_footer:
                self.set_y(-14)
                self.set_font("Helvetica", size=7)
                text = self.running_footer.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
                self.multi_cell(0, 3.5, text, align="C")

    return Handout


def _new(header: str = "", footer: str = ""):
    pdf = _pdf_class()()
    pdf.set_creation_date(FIXED_DATE)
    pdf.running_header, pdf.running_footer = header, footer
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def _para(pdf, text: str, size: float = 10, style: str = "", h: float = 5) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def pilates_table() -> bytes:
    """27: a dance department's beginner mat table, Exercise / Repetitions / Level / Notes, 2 pages."""
    pdf = _new("DANC 1150 Pilates Technique - Handout 1",
               "Department of Dance - Pilates Technique - Page {page} of {pages}")
    _para(pdf, "Table 1   Beginner Mat Exercises", 14, "B", 8)
    _para(pdf, "Precaution: ask your doctor before you try these exercises. Follow the instructions closely "
               "and stop if anything hurts. Learn how to get down to the floor safely and how to lie on "
               "the mat correctly before you start.", 9)
    pdf.ln(3)
    rows = [
        ("100", "10 sets", "Beginner",
         "Sample discussion/topics: keep the upper body quiet while the arms pump; legs held in the right "
         "place; eyes on the navel; bottom tips of the shoulder blades stay on the mat; working from the "
         "powerhouse in technique class.\nGoals: warm-up, circulation, breathing.\nFirst learn with "
         "modifications: feet on the mat and head down, or soft knees with the chin to the chest; start "
         "with 20 repetitions (or 2 sets) and build up to 100 (or 10 sets)."),
        ("Roll - Up", "3-5X", "Beginner",
         "Sample discussion/topics: Pilates stance; arms at 45 degrees overhead; do not tuck the pelvis.\n"
         "Goals: articulate, strengthen and lengthen the spine; hamstring stretch; powerhouse work.\n"
         "First learn with modifications: half roll-up with the knees bent."),
        ("Single Leg Circles", "5/5", "Beginner",
         "Sample discussion/topics: how big the circle is; the breathing pattern; crossing the leg well over; "
         "hips steady and anchored; how the exercise relates to rond de jambe and other rotations.\n"
         "Goals: control of hips and legs; hamstring stretch; moving the leg freely in the hip joint.\n"
         "First learn with modifications: one knee bent with the foot flat; small circles in a short range."),
        ("Rolling Like a Ball", "6X", "Beginner",
         "Sample discussion/topics: start the roll from the powerhouse; breathing pattern; where the hands "
         "go; the shape of the arms.\nGoals: massages the spine; balance; control; powerhouse strength.\n"
         "First learn with modifications: soft knees, hands behind the thighs, roll back only until the "
         "elbows are straight."),
        ("Single Leg Stretch", "Up to 10X", "Beginner",
         "Sample discussion/topics: breathing pattern; knees in line; elbows wide and shoulders square.\n"
         "Goals: hamstring stretch; powerhouse strength; back stretch; coordination.\n"
         "First learn with modifications: head down on the mat; the straight leg higher."),
    ]
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(col_widths=(32, 24, 20, 114), text_align="LEFT", repeat_headings=1,
                   line_height=5.8) as table:
        table.row(("Exercise", "Repetitions", "Level", "Notes"))
        for row in rows:
            table.row(row)
    pdf.ln(4)
    _para(pdf, "Work through the table in order. Do not move on to the intermediate table until every "
               "beginner exercise feels controlled.", 9)
    return bytes(pdf.output())


def _two_columns(pdf, blocks: list[tuple[str, str]], size: float = 9.5, balance: bool = False) -> None:
    """Heading + body blocks flowing down two columns (and on to the next page)."""
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", balance=balance) as cols:
        for heading, body in blocks:
            if heading:
                with cols.paragraph(text_align="LEFT") as par:
                    pdf.set_font("Helvetica", "B", size + 1)
                    par.write(heading + "\n")
            with cols.paragraph(text_align="LEFT", bottom_margin=2) as par:
                pdf.set_font("Helvetica", size=size)
                par.write(body + "\n")


def hand_rom() -> bytes:
    """34: an NHS rheumatology OT hand programme: dose once at the top, seven exercises, two columns."""
    pdf = _new("University Hospitals Sussex NHS Foundation Trust - Rheumatology Occupational Therapy",
               "Range of movement hand exercises - Ref 2051 - Issue 2 - Review date: 2026 - Page {page} of {pages}")
    _para(pdf, "Range of movement hand exercises", 16, "B", 9)
    _para(pdf, "Name and contact number of therapist: ______________________________", 9)
    _para(pdf, "Date issued: ______________     Therapist comments: ______________________", 9)
    pdf.ln(3)
    _two_columns(pdf, [
        ("What is this exercise programme for?",
         "Your therapist has put this programme together so that you can keep the joints, muscles and "
         "tendons of your hands and wrists moving. Following it helps you keep your range of movement, "
         "your grip and your strength."),
        ("How often should I do these exercises?",
         "Do them every day.\nDo 3 to 5 repetitions of each, holding each one for 3 to 5 seconds.\n"
         "If that does not make the pain worse, go up to 10 repetitions (date: ________).\n"
         "If that is still comfortable, go up to 10 second holds (date: ________)."),
        ("Be aware",
         "The exercises may be a little uncomfortable. If your hands stay sore for more than half an "
         "hour afterwards, you have probably done too much. Warm water can help: try the exercises with "
         "your hands in a bowl of it.\nWriggle your fingers to relax between exercises."),
        ("Do not",
         "- exercise a joint while it is flaring (red, hot, swollen and painful). Rest it, though gentle "
         "stretches during a flare are fine."),
        ("Exercise 1: finger walking",
         "Rest your hand flat on a table. Lift and move each finger in turn towards the thumb side, as "
         "if the fingers were walking across the table."),
        ("Exercise 2: finger bends",
         "Keep the big knuckles straight and curl the two end joints of the fingers down into a hook. "
         "Straighten them again."),
        ("Exercise 3: thumb flexion",
         "Bend the thumb across the palm towards the base of the little finger, then take it back out."),
        ("Exercise 4: thumb opposition",
         "Make an O by touching the tip of the thumb to the tip of each finger in turn."),
        ("Exercise 5: wrist stretch",
         "Press the palms together in front of your chest and lower the hands slowly until you feel the "
         "stretch in the wrists."),
        ("Exercise 6: wrist handshake",
         "Rest the forearm on the table with the thumb on top, as if to shake hands. Bend the wrist up "
         "and then down."),
        ("Exercise 7: forearm rotation",
         "Keep the elbow tucked in at your side and bent to a right angle. Turn the palm up to the "
         "ceiling, then down to the floor."),
        ("Who can I contact for further information and advice?",
         "Your Rheumatology Occupational Therapist:\nBrighton General Hospital 01273 696011 Ext. 4071\n"
         "Princess Royal Hospital 01444 441881 Ext. 68266"),
    ], size=10, balance=True)
    return bytes(pdf.output())


def hip_replacement() -> bytes:
    """38: a South African orthopaedic practice's hip replacement exercises, two columns, 2 pages."""
    pdf = _new("Orthopaedic Health - Hip Replacement Exercises",
               "Orthopaedic Health | Hip & Knee Surgery | orthopaedichealth.co.za | Page {page}")
    _para(pdf, "Hip Replacement Exercises", 16, "B", 9)
    _para(pdf, "These exercises will help you recover. Your surgeon may sometimes want you to wait before "
               "you start them after the operation; if so, your physiotherapist will let you know.", 10)
    pdf.ln(3)
    pic = "\n[picture]\n\n\n\n\n\nHip exercises\n"
    _two_columns(pdf, [
        ("1. Ankle Pumps:", "Move your ankles up and down and circle them around. This gets the blood in "
                            "your legs moving and lowers the chance of a clot.\nRepeat: 10-20 times\n" + pic),
        ("2. Static Quads:", "Toes pointing to the ceiling, push the back of the knee down into the bed "
                             "and tighten the thigh muscle. Hold for 5 seconds, then relax.\nRepeat: 10 times\n" + pic),
        ("3. Static Gluts:", "Squeeze your buttock muscles together, hold 3-5 seconds and relax.\n"
                             "Repeat: 10 times\n" + pic),
        ("4. Hip Flexion:", "Bend the hip and knee up and straighten them again. Do not bend too far: a "
                            "right angle between trunk and thigh is the limit.\nDo 2 sets of 10.\n" + pic),
        ("5. Hip Abduction:", "Lying on the bed, slide the leg out to the side and back in.\n"
                              "Repeat: 2 sets of 10.\n" + pic),
        ("6. Hip Abduction:", "Standing, hold on to something steady such as the back of a chair. Keep "
                              "the trunk upright and still and lift the leg out to the side. Hold for 3-5 "
                              "seconds, then relax (hold longer as it gets easier).\nRepeat: 10 times.\n" + pic),
        ("7. Hip Extension:", "Standing and holding on to something steady, keep the trunk still and "
                              "upright and take the leg backwards. Hold for 3-5 seconds, then relax (hold "
                              "longer as it gets easier).\nRepeat: 10 times.\n" + pic),
        ("8. Hip Flexion:", "Standing and holding on to something steady, bend the knee and hip as if "
                            "stepping up onto a stair. Hold for 3-5 seconds, then relax (hold longer as it "
                            "gets easier).\nRepeat: 10 times.\n" + pic),
        ("", "Your physiotherapist will be there to teach you these exercises and to guide you through "
             "them in hospital; keep doing them at home until your follow-up visit."),
    ], size=12)
    return bytes(pdf.output())


def stroke_arm() -> bytes:
    """40: a hospital rehabilitation department's caregiver sheet, dose once in the instructions."""
    pdf = _new("Physiotherapy - Department of Rehabilitation",
               "Arm Exercises for Stroke Patients - Page {page} of {pages} - For patient education only")
    _para(pdf, "Arm Exercises for Stroke Patients", 16, "B", 9)
    _para(pdf, "Instructions", 12, "B", 7)
    for line in [
        "The patient should exercise 2-3 times a day, repeating each exercise 5-10 times or as the "
        "physiotherapist advises.",
        "While the patient is in hospital, it is fine for the caregiver to wake them for exercise.",
        "The patient should always exercise with someone watching.",
        "For exercises done sitting, use a steady chair, ideally with arm rests.",
        "For exercises done standing, keep a chair behind the patient and something firm to hold.",
        "When standing, never let the weaker knee bend backwards (hyperextend).",
        "Never pull on the weaker arm.",
        "The patient should breathe normally and not hold the breath.",
        "Only do the exercises the physiotherapist has chosen.",
        "When you supervise, stand on the patient's weaker side.",
        "If an exercise hurts, stop at once and speak to the doctor or physiotherapist.",
        "Do not exercise if the patient is unwell, e.g. giddy, short of breath, with chest pain or very tired.",
    ]:
        _para(pdf, "- " + line, 10)
    pdf.add_page()
    _para(pdf, "Upper limb exercise instructions for caregivers", 12, "B", 7)
    for name, steps in [
        ("Shoulder flexion and extension", ["Support the patient's elbow and wrist.",
                                            "Raise the arm forwards and lower it; stop before it hurts.",
                                            "Take care not to pull on the arm."]),
        ("Shoulder abduction", ["Bend the patient's elbow to 90\u00b0.",
                                "Supporting the bent elbow and the wrist, take the arm out to the side.",
                                "Do not pull on the shoulder or go past 90\u00b0 at the shoulder."]),
        ("Elbow extension", ["Bend the patient's elbow and straighten it again.",
                             "Support the elbow and wrist throughout."]),
        ("Elbow supination and pronation", ["Keep the elbow bent at 90\u00b0 and support the wrist.",
                                            "Turn the forearm so the palm faces up, then down."]),
        ("Wrist flexion and extension", ["Support the forearm just above the wrist and hold the hand.",
                                         "Bend the wrist forwards, then backwards."]),
    ]:
        _para(pdf, name, 11, "B", 6)
        for step in steps:
            _para(pdf, "- " + step, 10)
        _para(pdf, "[photo]", 8, "I", 4)
        pdf.ln(2)
    return bytes(pdf.output())


def activity_stations() -> bytes:
    """41: a county nutrition programme's classroom stations, the agency footer on every page."""
    footer = ("Alameda County Public Health Department - Nutrition Services - 3600 Telegraph Ave., Oakland, "
              "CA 94609. Partly funded by the U.S. Department of Agriculture's Food Stamp Program, an equal "
              "opportunity provider and employer, through the California Nutrition Network for Healthy, "
              "Active Families. Food Stamp information: 1-888-999-4772.")
    pdf = _new("", footer)
    _para(pdf, "Physical Activity Stations", 16, "B", 9)
    _para(pdf, "Directions: set up 10 stations around the classroom, or outdoors if you can. Cut this handout "
               "into its sections and post one at each station (in a small room, use as many as fit). Start "
               "2-3 students at each station and have the groups move round clockwise together, doing each "
               "challenge, then return to their seats or a meeting spot after all 10. Show each station "
               "(or have a student show it) while you explain it, and allow a practice round if needed. Offer "
               "water whenever you can.", 10)
    pdf.ln(4)
    stations = ["Jump as high as you can 5 times.", "Hop on one foot 5 times.", "Hop like a rabbit 5 times.",
                "Do 5 jumping jacks.", "Run in place as fast as you can for 5 seconds.",
                "Flap your arms like a chicken for 5 seconds.",
                "Stand on your toes, then flat on your feet, 5 times.",
                "Balance on one foot, like a flamingo, for 5 seconds.",
                "Reach your arms straight up as high as you can. Keep them there for 5 seconds.",
                "Bend forward and try to touch your toes and hold for 5 seconds. (Keep your legs straight "
                "if you can.)"]
    for number, text in enumerate(stations, 1):
        if number == 6:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 8, f"{number}. {text}", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    return bytes(pdf.output())


PDFS = {
    "27-studylib-pilates-beginner-mat.pdf": pilates_table,
    "34-uhsussex-hand-range-of-movement.pdf": hand_rom,
    "38-orthopaedichealth-hip-replacement.pdf": hip_replacement,
    "40-stroke-arm-exercises-caregivers.pdf": stroke_arm,
    "41-alameda-activity-stations.pdf": activity_stations,
}


if __name__ == "__main__":
    for name, build in PDFS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
