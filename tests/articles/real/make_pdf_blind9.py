"""Rebuild the BLIND-9 corpus PDFs (needs fpdf2, the test extra): a charity's folded neck pain
leaflet (A4 landscape, three panels: two columns of exercises and the cover panel, a second page of
text), a podiatry clinic's stretching handout (addresses set against the title, a bordered dose box
in the margin beside each stretch's steps, two pages, a footer), and a community physiotherapy
service's shoulder booklet (two columns that the reading order interleaves, a version line, lettered
exercises, two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind9.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def _panel(pdf, x, y, width, blocks):
    """Blocks of (heading, text) set one under another in a column starting at (x, y)."""
    pdf.set_xy(x, y)
    for heading, text in blocks:
        if heading:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(width, 6, heading, new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(width, 5, text, new_x="LEFT", new_y="NEXT")
        pdf.ln(4)


def arthritis_neck_leaflet_pdf() -> bytes:
    pdf = FPDF(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(12, 14)
    pdf.cell(180, 8, "Simple exercises")
    _panel(pdf, 12, 26, 85, [
        ("Neck tilt", "Tilt your head forwards until your chin rests on your chest. Tense the neck "
         "muscles gently and hold for 5 seconds. Come back to a neutral position and repeat 5 times."),
        ("", "[picture]"),
        ("Neck tilt (side to side)", "Tilt your head down towards your shoulder, ear first. Tense the "
         "neck muscles gently and hold for 5 seconds. Bring your head back to the centre and repeat on "
         "the other side. Repeat 5 times on each side."),
        ("", "[picture]"),
        ("Neck turn", "Turn your head to one side, keeping your chin level and moving only as far as is "
         "comfortable. Tense the neck muscles gently and hold for 5 seconds. Bring your head back to the "
         "centre and repeat on the other side. Repeat 5 times on each side."),
    ])
    _panel(pdf, 104, 26, 85, [
        ("Neck stretch", "Keep the rest of your body straight and push your chin forwards so that your "
         "throat is stretched. Tense the neck muscles gently and hold for 5 seconds. Bring your head back "
         "to the centre and push it backwards, chin up. Hold for 5 seconds. Repeat 5 times."),
        ("", "[picture]"),
    ])
    pdf.set_xy(200, 14)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(85, 12, "Neck pain", new_x="LEFT", new_y="NEXT")
    _panel(pdf, 200, 30, 85, [
        ("", "This leaflet gives general information about neck pain and some simple exercises that may "
         "help."),
        ("Summary", "- Neck pain is common, and most of it is not caused by anything serious.\n"
         "- Most neck pain gets better by itself within a few weeks.\n"
         "- Keep active. More than a couple of days in bed makes it harder to get going again. Build "
         "your normal activities back up bit by bit and exercise regularly.\n"
         "- Take painkillers if you need them so that you can stay active."),
        ("", "Your pain should ease within 2 weeks, and you should be over it in about 4-6 weeks. Keep "
         "doing the suggested exercises for at least 6-8 weeks to help stop the symptoms coming back."),
        ("", "If your neck pain is severe, or your arms or hands feel weak, contact your doctor."),
    ])
    pdf.set_xy(200, 190)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(85, 5, "www.arthritisresearchuk.org      2305/P-NECK/12-9")
    pdf.add_page()
    _panel(pdf, 12, 14, 85, [
        ("How does the neck work?", "The neck is formed by 7 bones, called the cervical vertebrae. ..."),
    ])
    _panel(pdf, 104, 14, 85, [
        ("", "... the changes are very like those seen in osteoarthritis. Painkillers can help you keep "
         "moving."),
        ("", "Regular exercise will:\n- build up muscle strength and stamina\n- improve your flexibility"),
    ])
    return bytes(pdf.output())


def _stretch_card(pdf, title, dose, steps):
    """One stretch: the title, a narrow margin box with the dose ('40 secs', 'x3') beside the steps."""
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(22, 5.5, dose, border=1, align="C", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(40, top)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5.5, "\n".join(f"- {s}" for s in steps), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def foot_injury_clinic_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(120, 9, "plantar fasciitis and calf/achilles")
    pdf.set_font("Helvetica", size=7.5)
    pdf.multi_cell(0, 3.6, "18/108 ebley street, bondi junction nsw 2022  t 9386 5400\n7/219 mona vale road, st ives "
                   "nsw 2075  t 9440 4600\nsuite 3, level 1, 400 barangaroo ave, barangaroo nsw 2000  t 8599 9811\n"
                   "e info@footinjuryclinic.com  w www.footinjuryclinic.com  f 9386 0184", align="R",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(10, 19)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, "tendon stretches", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5.5, "Stretching is an important, useful part of treatment when you are struggling to manage "
                   "plantar fasciitis and its pain. Below are several stretches for the fascia and for the calf "
                   "muscle and Achilles tendon.\n\nPain from plantar fasciitis can be slow to settle, which is "
                   "frustrating, but a patient with plantar fasciitis has a very good chance of getting completely "
                   "better.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "wall stretch", new_x="LMARGIN", new_y="NEXT")
    _stretch_card(pdf, "a", "40 secs\nx3", [
        "Face the wall and use it for support as you take one leg back.",
        "Put both hands on the wall for support.",
        "Take a big step forward with your front foot, about 20 cm from the wall.",
        "Stagger the feet, one in front of the other, without letting them turn out.",
        "Move your weight onto the front leg and bend at the knee.",
        "Lean into the wall and feel the stretch down the back of your leg. Hold this stretch for 40 seconds "
        "on each leg. Work up to 3 sets each leg.",
        "Come back to a neutral position and repeat on the other side."])
    _stretch_card(pdf, "b", "40 secs\nx3", [
        "This stretch works the soleus.",
        "Put your hands on the wall for balance.",
        "Stagger the feet, one in front of the other, without letting them turn out.",
        "Bend both knees, thinking mostly about the back knee.",
        "Bring your weight forward onto your toes, keeping the back heel down. Hold this stretch for 40 "
        "seconds on each leg. Work up to 3 sets each leg."])
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "towel/band stretch", new_x="LMARGIN", new_y="NEXT")
    _stretch_card(pdf, "", "30 secs\nx3", [
        "Do this stretch first thing in the morning, before you get out of bed.",
        "Put a rolled towel or band under the ball of your foot and hold one end in each hand.",
        "Pull the towel gently towards you, keeping your knee straight. Hold this position for 30 seconds. "
        "Work up to 3 sets each leg."])
    pdf.set_auto_page_break(False)
    pdf.set_y(-18)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "foot injury clinic  |  podiatry  |  www.footinjuryclinic.com", align="C")
    return bytes(pdf.output())


def dynamichealth_shoulder_pdf() -> bytes:
    pdf = FPDF(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=7.5)
    pdf.set_xy(12, 8)
    pdf.cell(0, 4, "0523 - Oct 2018 (v1.2)      Date of issue: April 2018      Review date: April 2021")
    _panel(pdf, 12, 16, 128, [
        ("", "This booklet was written by senior physiotherapists working for DynamicHealth. It gives simple "
         "advice and exercises to help you manage your shoulder problem safely; often the right advice and "
         "exercises are all you need. Your GP has this leaflet too and may ask you to try the advice and "
         "exercises before you are referred for physiotherapy."),
        ("About the Shoulder", "The shoulder is the most mobile joint in the body. The main joint is a ball "
         "and socket, which lets it move a long way in every direction. A tough fibrous sleeve, the capsule, "
         "surrounds the joint and helps support it. Four muscles and their tendons make up the rotator cuff, "
         "which controls movement and also helps support the joint. A smaller joint sits where the top of "
         "the shoulder blade meets the collarbone."),
        ("Causes of Shoulder Pain", "Shoulder pain has many causes, but most affect only a small area and "
         "do not last long. Pain in the shoulder is not always a shoulder problem: trouble in the neck can "
         "cause pain felt over the shoulder blade or in the upper arm."),
    ])
    _panel(pdf, 155, 16, 128, [
        ("", "Please note: if your shoulder pain began after a recent injury, please contact your GP."),
        ("Simple Exercises", "Do all the exercises below as far as your symptoms allow; aim for no more "
         "than 10-15 repetitions of each exercise, 2-3 times a day. Some exercises may be uncomfortable but "
         "they should not cause a lot of pain. If your symptoms are no better in 6 - 8 weeks, or are getting "
         "worse, please call our Physio Advice Line for more help on 0300 555 0210."),
        ("A. Shoulder Rolls", "1. Sit or stand.\n2. Roll your shoulders backwards.\n3. Repeat up to 10-15 "
         "times.\nFrequency: 2-3 times per day.\n[picture]"),
        ("B. Arm Lifts (Active Assisted Flexion)", "1. Stand with your hands clasped loosely in front of "
         "you.\n2. Lift both arms straight forward over your head, then lower them back to where you "
         "started.\n3. Repeat up to 10-15 times.\nFrequency: 2-3 times per day.\n[picture]"),
    ])
    pdf.set_xy(12, 196)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 4, "DynamicHealth  |  Shoulder Pain: Advice and Exercises")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_xy(155, 40)
    pdf.multi_cell(128, 12, "Shoulder Pain\nAdvice and Exercises", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(128, 5, "DynamicHealth - musculoskeletal physiotherapy", new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


TARGETS = {
    "280-arthritisresearchuk-neck-pain-leaflet.pdf": arthritis_neck_leaflet_pdf,
    "284-footinjuryclinic-plantar-fasciitis-calf-stretches.pdf": foot_injury_clinic_pdf,
    "291-dynamichealth-shoulder-pain-advice.pdf": dynamichealth_shoulder_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
