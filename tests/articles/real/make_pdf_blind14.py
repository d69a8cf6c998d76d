"""Rebuild the BLIND-14 (part 22) corpus PDFs (needs fpdf2, the test extra): a physical therapy
clinic's frozen shoulder page printed from a browser (numbered headings over one paragraph each,
doses as times a day), a senior living site's fall prevention article printed from a browser (bold
names with the purpose in brackets, the rest between sets in every paragraph), a parenting site's
copy of a hospital's postnatal physiotherapy leaflet printed from a browser (numbered items with
bulleted steps, two columns) and a surgeon's knee replacement exercise page printed from a browser
("Exercise N" headings, the name inside the first sentence or on its own line).

    .venv/bin/python tests/articles/real/make_pdf_blind14.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def pittman_frozen_shoulder_pdf() -> bytes:
    pdf = _printed(
        "2/9/24, 9:14 AM",
        "Top 5 Frozen Shoulder Exercises | Pittman Physical Therapy",
        "https://pittmanpt.com/top-5-frozen-shoulder-exercises/",
    )
    _lines(
        pdf,
        [
            "PITTMAN PHYSICAL THERAPY    Home    About    Services    Blog    Contact    Request an Appointment",
            "Blog > Shoulder",
            "# Top 5 Frozen Shoulder Exercises",
            "When you do the frozen shoulder exercises below, stretch only until you feel tension, never "
            "pain. A warm shower or a warm towel beforehand will loosen the muscles up. Keep every one of "
            "these exercises inside a pain free range. If you need help, or would like a natural way to "
            "relieve shoulder pain, contact Pittman Physical Therapy in Collierville, TN.",
            "## 1. Pendulum stretch",
            "Start with this one. Stand and lean forward a little, letting the affected arm hang down with "
            "the shoulder relaxed. Swing the arm in small, easy movements: clockwise, counter clockwise and "
            "side to side. Perform 10 revolutions in each direction, once a day. As your symptoms get "
            "better you can make the swing bigger, but never force it. The shoulder stays relaxed the whole "
            "time: let your legs and the momentum of your body swing the arm, not the shoulder.",
            "## 2. Towel stretch",
            "Take a three-foot-long towel, hold one end behind your back and hang the rest of it over your "
            "good shoulder. Pull gently with the good arm to draw the affected arm upward into a stretch. "
            "If that position is hard to get into, hold the towel horizontally instead, as in the picture "
            "above. Do this 10 to 20 times a day. Once more, work only up to the point of discomfort, "
            "never into pain.",
            "<page>",
            "## 3. Finger walk",
            "Stand facing a wall and put the hand of the affected arm on it. Keeping the elbow slightly "
            "bent, creep your fingers slowly up the wall as far as is comfortable. When you have gone as "
            "high as you can tolerate, lower the arm slowly back down to about waist height.",
            "Note: the fingers do the work in this exercise, NOT the shoulder muscles. Perform this "
            "exercise 10 to 20 times a day.",
            "## 4. Cross-body reach",
            "Use your good arm to lift the affected arm at the elbow and bring it up and across your body. "
            "Press gently to stretch the shoulder. Hold the stretch for 15 to 20 seconds.",
        ],
    )
    return bytes(pdf.output())


def wesley_fall_prevention_pdf() -> bytes:
    pdf = _printed(
        "11/5/2022, 3:48 PM",
        "Fall Prevention Series: Lower Body Exercises Part II - Wesley Choice",
        "https://wesleychoice-old.dcclients.com/fall-prevention-series-lower-body-exercises-part-ii/",
    )
    _lines(
        pdf,
        [
            "WESLEY CHOICE    Home    In-Home Care    Wellness    Resources    Blog    Contact",
            "# Fall Prevention Series: Lower Body Exercises Part II",
            "by Dr. Harry Papadopoulos",
            "Falls can be prevented, and every health organization recommends steps to prevent them. Here "
            "are some more exercises that help.",
        ],
    )

    def item(name, purpose, text):
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"{name} ({purpose})", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.ln(2)
    item(
        "Leg Lift - Side",
        "strengthens hips",
        "Stand tall, holding the back of a sturdy chair for balance, feet shoulder width apart and "
        "knees slightly bent. Breathe out and move one leg straight out to the side, keeping the toes "
        "pointing forward. Do not lean to the side or lift the leg too high. Breathe in and lower the "
        "leg slowly back to the start without touching the floor, keeping some tension in the leg. "
        "Repeat 10 times on each side. Rest for a minute and perform another set of 10.",
    )
    item(
        "Standing Calf Raises",
        "strengthens muscles at the back of the lower legs",
        "Stand tall, holding the back of a sturdy chair for balance, feet shoulder width apart and "
        "facing forward. With straight legs, breathe out and rise up onto your toes. Hold for one "
        "second. Breathe in and lower your heels to the floor. Repeat 10 times. Rest for a minute and "
        "perform another set of 10.",
    )
    item(
        "Chair Rise",
        "strengthens thighs and buttocks",
        "Sit near the front of your sturdy chair, knees bent, feet flat on the floor and shoulder "
        "width apart. Rest your hands lightly on the seat beside you, with your back and neck straight "
        "and your chest a little forward. Breathe out and stand up slowly, using your hands as little "
        "as you can. Breathe in as you sit back down slowly. Do not drop into the chair; control the "
        "lowering as much as you can. Repeat 10 times. Rest for a minute and perform another set of "
        "10.",
    )
    _lines(
        pdf,
        [
            "Dr. Harry Papadopoulos is an Associate Professor of Exercise Science at Pacific Lutheran "
            "University and a Health and Fitness Instructor certified by the American College of Sports "
            "Medicine. His research looks at fall prevention and physical activity programs for older "
            "adults.",
            "",
            "< Fall Prevention Series: Lower Body Exercises Part I        Fall Prevention Series: Balance >",
            "Wesley Choice  |  Privacy  |  Non-Discrimination Notice",
        ],
    )
    return bytes(pdf.output())


def _column_lines(pdf, cols, lines):
    """'## ' bold label, '- ' bullet, anything else a plain line, written into the current column."""
    for line in lines:
        if line.startswith("## "):
            pdf.set_font("Helvetica", "B", 11)
            cols.write(text=line[3:] + "\n")
        else:
            pdf.set_font("Helvetica", "", 10)
            cols.write(text=("  - " + line[2:] if line.startswith("- ") else line) + "\n")


def mybaba_postnatal_pdf() -> bytes:
    pdf = _printed(
        "24/08/2021, 21:02",
        "Physiotherapy Postnatal Exercises | MyBaba",
        "https://www.mybaba.com/physiotherapy-postnatal-exercises/",
    )
    _lines(
        pdf,
        [
            "MyBaba    Pregnancy    Birth    Baby    Toddler    Health    Shop",
            "Home > Health > Physiotherapy Postnatal Exercises",
            "# Physiotherapy Postnatal Exercises",
            "Use this leaflet together with the advice of your Portland Hospital Physiotherapist; it is a "
            "guide only.",
            "The exercises are designed to help your body get back to how it was before pregnancy.",
            "## Physiotherapy Postnatal Exercises following vaginal delivery or caesarean section.",
            "Day 1 onwards",
            "Get in and out of bed by rolling, just as you did while you were pregnant.",
        ],
    )
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        _column_lines(
            pdf,
            cols,
            [
                "## 1) Deep breathing and core stability",
                "- Rest your hands on your lower ribs",
                "- Breathe in through your nose and feel the air fill the bottom of your lungs.",
                "- As you breathe out, draw your lower tummy muscles gently in towards your spine.",
                "- Repeat 3 times.",
                "- Rest, then repeat another 3 times.",
                "- To progress, keep your lower tummy drawn in while you take 5 easy breaths in and out. "
                "Relax and repeat 3 times.",
                "",
                "## 2) Circulation",
                "Foot and ankle movements:",
                "- Move your feet up and down briskly 20 times.",
                "- Circle your feet from the ankles in both directions 20 times.",
                "",
                "## 3) Static quads",
                "- Pull your feet up towards you.",
                "- Press both knees down into the bed.",
                "- Hold for a count of 4 and relax.",
                "- Repeat 5-10 times.",
            ],
        )
        cols.new_column()
        _column_lines(
            pdf,
            cols,
            [
                "## 4) Hip and knee bending",
                "- Keeping your foot on the mattress, bend one knee up towards you, then straighten it.",
                "- Repeat 5-10 times on both sides.",
                "",
                "## 5) Arm stretches",
                "- With your knees bent, stretch your arms above your head as you stretch one leg out.",
                "- Repeat 3 times on both sides.",
                "- Bring your hands back down by your sides and press your elbows into the mattress to open "
                "your chest.",
                "- Hold for 3 seconds. Repeat 5 times.",
            ],
        )
    return bytes(pdf.output())


def bagaria_knee_replacement_pdf() -> bytes:
    pdf = _printed(
        "17/01/2025, 10:27",
        "Exercises after knee replacement | Dr Vaibhav Bagaria",
        "https://vaibhavbagaria.com/knee-replacement/exercises-after-knee-replacement",
    )
    _lines(
        pdf,
        [
            "Dr Vaibhav Bagaria    Home    Knee Replacement    Hip Replacement    Sports Injuries    Contact",
            "Knee Replacement > Exercises after knee replacement",
            "# Exercise for knee replacement",
            "Working the main muscle groups around the knee matters a great deal, both before and after a "
            "total knee replacement.",
            "Exercise regularly, for instance for 10 minutes 6-8 times a day. Do not spend all your time "
            "exercising, or the knee may become inflamed, swollen and painful.",
            "It needs a mix of rest and regular exercise, and the exercise will be uncomfortable. These "
            "exercises are for the first period straight after the operation; many more may be suitable "
            "later on.",
            "## Exercise 1.",
            "Static quadriceps exercise. You can do this one when you cannot do the others, for example "
            "while you have visitors, while standing, or just after the operation. It works the big "
            "quadriceps muscles at the front of the thigh and helps the knee stay stable when it is nearly "
            "straight.",
            "To perform - keep the knee straight and tighten the muscles at the front of the thigh as if "
            "you were trying to straighten the knee further and lift the heel. Hold for a few seconds then "
            "relax. Try not to tense the buttock muscles or to try too hard. Doing it with both legs at "
            "once sometimes gives the affected knee the right idea.",
            "## Exercise 2",
            "Sit with your knee bent over a rolled up towel that is high enough for you to lift the heel "
            "off the ground. Tighten the knee muscles and lift the heel off the ground, keeping the knee "
            "pressed down on the roll. Hold for a few seconds, lifting the heel as high as you can, then "
            "relax and repeat. If you have kneecap (patellar) problems you may need to leave this one out "
            "if it hurts.",
            "<page>",
            "## Exercise 3",
            "Straight leg raise",
            "Sit or lie with the leg straight out. Tighten the thigh muscles, straighten the knee and lift "
            "the whole leg six inches (15cm) off the bed or floor. Hold for three seconds then lower "
            "slowly.",
            "DO NOT do this if you have a total hip replacement on the same side.",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "445-pittmanpt-top-5-frozen-shoulder-exercises-printout.pdf": pittman_frozen_shoulder_pdf,
    "451-wesleychoice-fall-prevention-lower-body-printout.pdf": wesley_fall_prevention_pdf,
    "453-mybaba-portland-postnatal-exercises-printout.pdf": mybaba_postnatal_pdf,
    "457-vaibhavbagaria-exercises-after-knee-replacement-printout.pdf": bagaria_knee_replacement_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
