"""Rebuild the part-12 corpus PDFs (needs fpdf2, the test extra): a journal's exercise table printed
from a browser (running header and footer, a table with column headers that runs onto page 2), a
hospital's postnatal exercise leaflet in two columns (running header and footer, two pages), one page
of an NHS trust's wellbeing booklet (breathing counts in bullets, booklet header and page number) and
a health wiki's hip replacement page printed from a browser (two pages, sidebar and comment form).

    .venv/bin/python tests/articles/real/make_pdf_part12.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed

HEADINGS = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))


def bmc_rotator_cuff_table_pdf() -> bytes:
    pdf = _printed("12/05/2023, 09:14", "Table 2 Description of specific exercises | BMC Musculoskeletal Disorders",
                   "https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-8-86/tables/2")
    _lines(pdf, [
        "Skip to main content",
        "BMC Musculoskeletal Disorders      Home   About   Articles   Submission Guidelines   Submit manuscript",
        "# Table 2 Description of specific exercises",
        "From: Efficacy and cost-effectiveness of a physiotherapy program for chronic rotator cuff pathology: "
        "A protocol for a randomised, double-blind, placebo-controlled trial",
    ])
    pdf.ln(3)
    pdf.set_font("Helvetica", size=11)
    rows = (
        ("Scapular setting", "Sitting; the shoulder blade held still in a drawn-back, lowered position "
         "(isometric)", "5 sec hold x 5 reps", "Week 1 then maintained in all exercises"),
        ("Self-resisted isometric ER", "Standing side-on to a wall. The upper arm presses a rolled towel "
         "against the body; elbow bent, forearm pushing into the wall", "5 sec hold x 5 reps", "Weeks 1&2"),
        ("Active ER", "Sitting, shoulder in 45° Abd, elbow and forearm resting on a table in IR. The "
         "shoulder is turned out into ER", "10 reps x 2", "Week 1&2"),
        ("Shoulder shrugs", "Standing, arms a little away from the sides; the shoulder blades are lifted, "
         "then lowered slowly", "10 reps x 2 handweight", "Week 1&2"),
        ("Pectoralis minor stretch", "Lying on the back, arms in 45° Abd, elbows bent to 90°. The "
         "shoulders turn out into ER to stretch the muscle", "5 reps with 10 sec hold x 2", "Weeks 2-6"),
        ("Wall push up", "Standing an arm's length from a wall, hands at shoulder height, shoulders in 45° "
         "Abd. The body is lowered to the wall, then pushed away", "5 reps x 2", "Weeks 2-10"),
        ("Chin tuck", "Standing with the head and back against a wall. The chin is drawn in toward the "
         "neck", "5 reps x 10 sec holds", "Week 2"),
        ("Resisted external rotation", "Lying on the side, the painful shoulder uppermost, elbow bent to "
         "90° and a weight in the hand. The weight is lifted toward the ceiling, upper arm kept against "
         "the body", "10 reps x 2 using hand weight", "Week 2"),
        ("Thoracic extension over towel", "Lying on the back on a firm surface, arms by the sides, over a "
         "towel roll laid across the spine where the upper back curves most", "1-3 mins hold", "Weeks 3-6"),
    )
    with pdf.table(col_widths=(38, 82, 36, 34), text_align="LEFT", line_height=8,
                   headings_style=HEADINGS) as table:
        table.row(("Name", "Description", "Dosage", "Weeks performed"))
        for row in rows:
            table.row(row)
    pdf.ln(3)
    _lines(pdf, [
        "ER external rotation, IR internal rotation, Abd abduction",
        "Back to article page",
        "ISSN: 1471-2474      Contact us      Privacy statement      Cookies      Accessibility",
    ])
    return bytes(pdf.output())


class _Leaflet(FPDF):
    """A hospital leaflet: the hospital's name on top of each page, the department and page at the foot."""

    def header(self):
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 6, "The Portland Hospital for Women and Children", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 17, 200, 17)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, "Physiotherapy Department  |  Postnatal Exercises")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def _leaflet_items(pdf, items):
    """Numbered items in two columns: (title, [lines]); a line starting '- ' is a bullet."""
    with pdf.text_columns(ncols=2, gutter=10, text_align="LEFT") as cols:
        for title, body in items:
            pdf.set_font("Helvetica", "B", 11.5)
            cols.write(text=title + "\n")
            pdf.set_font("Helvetica", size=10.5)
            cols.write(text="".join(("  \x95 " + line[2:] if line.startswith("- ") else line) + "\n"
                                    for line in body) + "\n")


def portland_postnatal_pdf() -> bytes:
    pdf = _Leaflet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    _lines(pdf, [
        "# Physiotherapy Postnatal Exercises following vaginal delivery or caesarean section",
        "Use this leaflet together with the advice your Portland Hospital physiotherapist gives you; it is "
        "meant as a guide only.",
        "The exercises help your body get back to the way it was before you were pregnant.",
        "## Day 1 onwards",
        "Get in and out of bed by rolling, just as you did while you were pregnant.",
    ])
    pdf.ln(2)
    _leaflet_items(pdf, [
        ("1) Deep breathing and core stability", [
            "- Rest your hands on your lower ribs.",
            "- Breathe in through the nose and feel the bottom of your lungs fill.",
            "- On the out-breath, draw your lower tummy muscles gently in toward your spine.",
            "- Repeat 3 times.",
            "- Have a rest and repeat again 3 times.",
            "- To progress: keep the lower tummy drawn in while you take 5 easy breaths in and out. Relax "
            "and repeat 3 times."]),
        ("2) Circulation", [
            "Foot and ankle movements:",
            "- Move feet up and down briskly 20 times.",
            "- Circle the feet from the ankles in both directions 20 times."]),
        ("3) Static quads", [
            "- Pull your feet up toward you.",
            "- Press both knees down into the bed.",
            "- Hold for a count of 4 and relax.",
            "- Repeat 5-10 times."]),
    ])
    pdf.add_page()
    _leaflet_items(pdf, [
        ("4) Hip and knee bending", [
            "- Keeping the foot on the mattress, bend one knee up toward you, then straighten it.",
            "- Repeat 5-10 times on both sides."]),
        ("5) Arm stretches", [
            "- Knees bent, stretch your arms up above your head while you stretch one leg out.",
            "- Repeat 3 times on both sides.",
            "- Bring your hands back down by your sides and press your elbows into the mattress to open "
            "out the chest.",
            "- Hold for 3 seconds. Repeat 5 times."]),
    ])
    pdf.ln(6)
    _lines(pdf, [
        "## Questions?",
        "Please ask your physiotherapist on the ward, or call the Physiotherapy Department on 020 5550 1234 "
        "(Monday to Friday, 8am to 6pm).",
        "Your physiotherapist's notes: ______________________________________________",
        "Leaflet ref. PHY/PN/07      Review date: see intranet",
    ])
    return bytes(pdf.output())


class _Booklet(FPDF):
    """A booklet page: the section and booklet name on top, the page number and trust at the foot."""

    def header(self):
        self.set_font("Helvetica", "I", 9)
        self.cell(0, 5, "Looking after your wellbeing")
        self.cell(0, 5, "The Yellow Book 2017-18", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "Leicestershire Partnership NHS Trust")
        self.cell(0, 5, "49", align="R")


def lpt_relaxed_breathing_pdf() -> bytes:
    pdf = _Booklet()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    _lines(pdf, [
        "# Relaxed breathing for stress",
        "When stress comes with anxiety, breathing exercises and relaxation can ease the symptoms. They help "
        "you calm down and step back from whatever is stressing you. The cause will not vanish, but once the "
        "tension has left your body and your head is clearer you will usually feel better able to handle it.",
        "Don't worry if relaxing is hard at first. It is a skill you learn, and it comes with practice.",
        "Good relaxation always begins with your breathing. Breathe in and out slowly and in a steady rhythm; "
        "this helps you calm down:",
        "   - Fill your lungs right up with air, without forcing it. Picture filling a bottle, so the lungs fill "
        "from the bottom up.",
        "   - Breathe in through your nose and out through your mouth.",
        "   - Breathe in slowly and steadily, counting from one to five (don't worry if you can't get to five "
        "at first).",
        "   - Then let the breath out slowly, counting from one to five.",
        "   - Keep going until you feel calmer. Breathe without pausing or holding your breath.",
        "Practise this relaxed breathing for three to five minutes, two to three times a day (as required).",
        "",
        "Need to talk to someone?  Call the mental health helpline on 0800 555 0199 (24 hours).",
    ])
    return bytes(pdf.output())


def healthpoint_hip_pdf() -> bytes:
    pdf = _printed("03/02/2024, 16:27", "Post-op Exercises After Hip Replacement - HealthPoint",
                   "https://healthpoint.wiki/total-hip-replacement-post-op-exercises/")
    _lines(pdf, [
        "HealthPoint      Home   Conditions   Surgery   Exercises   Nutrition   Contact      Search ...",
        "All About Health Care",
        "# Post-op Exercises After Hip Replacement",
        "Posted by admin  |  Surgery  |  2 Comments",
        "Getting your movement and strength back after a total hip replacement is what lets you return to "
        "your daily activities. The exercises below should be started very soon after the operation. At "
        "first your physical therapist will help you with them, and after that you are expected to keep "
        "them up as instructed. As you improve, some may be stopped and others added. Tell your therapist "
        "or doctor if any of them gives you trouble.",
        "Following are the post-op exercises after hip replacement.",
        "   - Ankle pumps",
        "Lie on your back. Pump the foot of your operated leg gently up and down, pointing and pulling at "
        "the ankle. Do it ten times every hour while you are awake.",
        "   - Thigh squeezes",
        "Lie on your back with both legs straight and tighten the thigh muscle by pressing the knee down "
        "into the bed. Do NOT hold your breath. Repeat 10 times (1 set); also, do 2 sets a day.",
        "<page>",
        "   - Buttock squeezes",
        "Tighten your buttock muscles and squeeze them together. Hold for 5 seconds and relax.",
        "## Strengthing Exercises",
        "Heel Slides(Hip and Knee flexion)",
        "Lie on your back. Bend the operated knee by sliding the heel slowly up toward your buttocks, and "
        "repeat 10 times (1 set); do 2 sets a day.",
        "Your therapist may suggest looping a bed sheet round your foot and pulling on it to help the heel "
        "slide.",
        "Hip abductions",
        "Slide the operated leg out to the side with the kneecap pointing up at the ceiling, then slide it "
        "back to where it started. A plastic bag under the heel can help it slide.",
        "Related Posts:  Knee Replacement Rehab Timeline  |  Walker or Crutches? How to Choose",
        "## 2 thoughts on \"Post-op Exercises After Hip Replacement\"",
        "Margaret P.  -  Very clear, thank you. My physio gave me almost the same list.",
        "Dev  -  How soon can I drive after surgery?",
        "## Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *  ____________________      Name *  ________      Email *  ________      Post Comment",
        "(c) HealthPoint  -  This site is for information only and is not medical advice.",
    ])
    return bytes(pdf.output())


TARGETS = {
    "221-bmc-rotator-cuff-specific-exercises.pdf": bmc_rotator_cuff_table_pdf,
    "222-portland-postnatal-exercises.pdf": portland_postnatal_pdf,
    "223-lpt-relaxed-breathing-for-stress.pdf": lpt_relaxed_breathing_pdf,
    "224-healthpoint-hip-replacement-post-op.pdf": healthpoint_hip_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
