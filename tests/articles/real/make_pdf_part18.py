"""Rebuild the part-18 corpus PDFs (needs fpdf2, the test extra): a physical therapy clinic's sleep
breathing page printed from a browser (two pages, running header and footer, a bullet list breaking
across the page), a university course's yoga pose table (landscape, a table with five column headers
and a spanning "Option to:" row), a workplace-wellness publisher's two-page stretch-break handout (two
columns, a copyright footer on every page) and a health visiting site's pregnancy page printed from a
browser (two pages, running header and footer).

    .venv/bin/python tests/articles/real/make_pdf_part18.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def onsite_breathwork_pdf() -> bytes:
    pdf = _printed("3/14/24, 9:52 PM", "Breathwork for Sleep - On-Site Solutions Physical Therapy",
                   "https://onsitesolutionspt.com/breathwork-for-sleep/")
    _lines(pdf, [
        "On-Site Solutions    Services    Locations    Insights    About    Contact    Request Appointment",
        "[On-Site Insights Header]",
        "# Breathwork for Sleep",
        "Posted in Insights, Sleep",
        "The breathing exercises below lower stress and help you relax so that you can fall asleep. "
        "Give each of them a try and see which one suits you best.",
        "## 4-7-8 Breathing Technique",
        "    -  Let your lips part gently.",
        "    -  Breathe out completely, with a breathy whoosh as you do.",
        "    -  Close your lips and breathe in silently through your nose for a count of 4 seconds.",
        "    -  Hold your breath for a count of 7 seconds.",
        "    -  Breathe out through your mouth for 8 seconds, with a soft whoosh the whole way.",
        "    -  Repeat 4 times when you are starting out. In time, work up to 8 repetitions.",
        "## Box Breathing",
        "    -  Breathe in deeply through your nose, feeling your lungs fill, slowly counting to 4.",
        "    -  Hold your breath for 4 seconds.",
        "<page>",
        "    -  Breathe out slowly through your mouth for 4 seconds, letting the air go steadily. Picture "
        "your stresses and worries leaving your body with the breath.",
        "    -  Rest for 4 seconds.",
        "    -  Repeat the cycle 3-4 times.",
        "## Double Breathing",
        "    -  Breathe in through your nose until your lungs are full.",
        "    -  Pause, then take a second, short breath in.",
        "    -  Breathe out slowly through your mouth until all the air is gone.",
        "",
        "[A man sleeping soundly in bed.]",
        "[insights footer with phone number 763-657-7547]",
        "Physical therapy at your workplace, school or home  |  Privacy Policy  |  Accessibility",
    ])
    return bytes(pdf.output())


class _CourseHandout(FPDF):
    """A course handout: course and topic on top, page number at the bottom."""

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Kinesiology 351")
        self.cell(0, 5, "YOGA", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"{self.page_no()}", align="C")


def kin351_yoga_table_pdf() -> bytes:
    pdf = _CourseHandout(orientation="L")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Kinesiology 351 YOGA", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=9.5)
    with pdf.table(col_widths=(30, 80, 60, 60, 47), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 210))) as table:
        table.row(("Pose", "Description", "Benefits", "Modifications", "Be Careful"))
        table.row(("Easy Pose",
                   "Sit cross-legged in a comfortable position. Rest your hands on your knees. Let your "
                   "hips, knees, shoulders and face relax. Remain in this pose for as long as comfortable.",
                   "Gently stretches the hips, knees and ankles.\nStrengthens the back and improves "
                   "posture.\nRelaxes and calms the mind.",
                   "Advanced variation: for a deeper hip stretch, move your ankles a little forward and "
                   "away from your pelvis.",
                   "If you have hip, knee or ankle inflammation, you may want to avoid this pose."))
        row = table.row()
        row.cell("Option to: Easy Pose with Twist and Easy Pose with Forward Fold", colspan=5)
        table.row(("Eagle arms",
                   "Sit cross-legged in Easy pose. Breathe in and stretch your arms out to the sides, then "
                   "cross them in front of your body, the right or the left arm on top. Wrap the arms "
                   "further so the palms face each other. Lift your elbows a little and reach your "
                   "fingers toward the ceiling. Hold for 30 seconds to one minute. To come out, unwind "
                   "the arms and let them relax down as you return to Easy pose.",
                   "Stretches the upper back and shoulders. Gently stretches the hips, knees and ankles.",
                   "If you cannot bring your palms together, press the backs of your hands against each "
                   "other.",
                   "If you have hip, knee, ankle, or shoulder inflammation, you may want to avoid this "
                   "pose."))
    return bytes(pdf.output())


class _HandoutPage(FPDF):
    """A wellness publisher's handout: its copyright line at the foot of every page."""

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "\xa92010 Health Enhancement Systems", align="C")


def _numbered(cols, pdf, name, steps):
    pdf.set_font("Helvetica", "B", 11)
    cols.write(text=name + "\n")
    pdf.set_font("Helvetica", size=10)
    for number, step in enumerate(steps, 1):
        cols.write(text=f"{number}. {step}\n")
    cols.write(text="\n")


def time_out_handout_pdf() -> bytes:
    pdf = _HandoutPage()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 13, "Time-Out!", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        pdf.set_font("Helvetica", size=10)
        cols.write(text="Our bodies are not built to sit still for long stretches. Even so, hours can easily "
                        "slip by without you getting up from your chair. In the short run that may not matter, "
                        "but as the day goes on your muscles can start to tighten, and you end up tired, "
                        "unfocused and less productive. 2-minute time-outs can head off all of this. Plan "
                        "short breaks in which you actively stretch and move your muscles.\n\n")
        pdf.set_font("Helvetica", "B", 10)
        cols.write(text="Some guidelines:\n")
        pdf.set_font("Helvetica", size=10)
        for item in ("Schedule at least 2 in the morning and 2 in the afternoon.",
                     "Space them 1-2 hours apart. 90-minute intervals suit many people; others need to "
                     "stretch and move more often.",
                     "What you do matters less than doing it. The idea is to switch off from work "
                     "mentally while you switch on physically.",
                     "Vary what you do through the day. If you can, leave your workstation, even if only "
                     "by a few yards."):
            cols.write(text="\x95 " + item + "\n")
        pdf.set_font("Helvetica", "B", 10)
        cols.write(text="\nIdeas:\n")
        pdf.set_font("Helvetica", size=10)
        for item in ("Get up and take a water break", "Walk up and down the stairs",
                     "Deliver messages in person", "Do 10 jumping jacks in the conference room or your office",
                     "Visit a coworker and ask about their latest vacation",
                     "Go and tell someone how much you appreciate their help",
                     "Step outside or look out a window."):
            cols.write(text="\x95 " + item + "\n")
        cols.new_column()
        pdf.set_font("Helvetica", "B", 13)
        cols.write(text="Stretches for Relieving Tension:\n\n")
        _numbered(cols, pdf, "Arms Behind Back Stretch", (
            "Clasp your hands behind your back.", "Draw your shoulder blades back and down.",
            "Hold for 20-30 seconds.", "Relax and repeat."))
        _numbered(cols, pdf, "Chair Rotation Stretch", (
            "Hook your feet around the legs of the chair.",
            "Reach across your body and take hold of the back of the chair.",
            "Pull gently to deepen the stretch in the middle of your back.",
            "Hold for 20-30 seconds.", "Relax and repeat."))
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        _numbered(cols, pdf, "Side Neck Stretch", (
            "Face forward with your head upright.",
            "Tip your head to one side, easing your ear toward your shoulder; hold for 20-30 seconds.",
            "Bring your head back upright.", "Relax and repeat on other side."))
        cols.new_column()
        _numbered(cols, pdf, "Arm and Shoulder Stretch", (
            "Lace your fingers together and turn your palms outward.", "Push your arms out straight.",
            "Hold for 20-30 seconds."))
    return bytes(pdf.output())


def healthforunder5s_pregnancy_pdf() -> bytes:
    pdf = _printed("02/05/2023, 14:06", "Exercise in pregnancy - Health for Under 5s",
                   "https://healthforunder5s.co.uk/?p=4982")
    _lines(pdf, [
        "Health for Under 5s      Pregnancy   Birth to 1   Toddler   Pre-school   Parents   Search",
        "Home > Pregnancy > Keeping well > Exercise in pregnancy",
        "# Exercise in pregnancy",
        "These simple exercises are worth trying: they help keep your body healthy, strengthen your muscles "
        "and get you ready for pregnancy and labour.",
        "## Pelvic floor exercises",
        "Every woman should do pelvic floor exercises to keep her pelvic floor healthy. During and after "
        "pregnancy it matters even more, because these muscles are put under a lot of strain by pregnancy "
        "and childbirth.",
        "If your pelvic floor muscles are weak, you may be more likely to leak urine when you cough, sneeze "
        "or strain. This common problem is called stress incontinence.",
        "Pelvic floor exercises are recommended from the moment you find out that you are pregnant, even if "
        "you are young and do not have stress incontinence now.",
        "[video: pelvic floor exercises]",
        "This video was not produced by Health for Under 5's and may contain adverts.",
        "<page>",
        "The exercises below strengthen your tummy muscles and may help ease backache in pregnancy:",
        "## Pelvic tilt exercises",
        "stand with your shoulders and bottom against a wall",
        "keep your knees soft",
        "pull your tummy button in towards your spine, so that your back flattens against the wall: hold for "
        "4 seconds then release",
        "repeat up to 10 times",
        "## Stomach strengthening exercises",
        "start in a box position (on all 4s), knees under hips, hands under shoulders, fingers facing "
        "forward and tummy muscles lifted so that your back stays straight",
        "pull in your stomach muscles and lift your back up towards the ceiling, curling your trunk and "
        "letting your head relax gently forward. Do not let your elbows lock",
        "hold for a few seconds then slowly return to the box position",
        "take care not to hollow your back: it should always come back to a straight (neutral) position",
        "do this slowly and rhythmically 10 times, making your muscles work hard and moving your back "
        "carefully",
        "",
        "Was this page helpful?   Yes   No",
        "Health for Under 5s is brought to you by your local NHS 0-19 healthy child programme.",
    ])
    return bytes(pdf.output())


def main() -> None:
    for name, build in (
        ("389-onsitesolutionspt-breathwork-for-sleep-printout.pdf", onsite_breathwork_pdf),
        ("392-kin351-yoga-pose-table.pdf", kin351_yoga_table_pdf),
        ("393-healthenhancement-time-out-stretches.pdf", time_out_handout_pdf),
        ("396-healthforunder5s-exercise-in-pregnancy-printout.pdf", healthforunder5s_pregnancy_pdf),
    ):
        (HERE / name).write_bytes(build())
        print("wrote", name)


if __name__ == "__main__":
    main()
