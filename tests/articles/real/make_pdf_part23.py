"""Rebuild the part-23 corpus PDFs (needs fpdf2, the test extra): a sports medicine practice's ankle
sprain rehabilitation page printed from a browser (three sections, each with its technique and
frequency in a lead paragraph over the exercises, basic and advanced versions as short headings), an
orthopaedic foot and ankle surgeon's Achilles eccentric handout printed from a browser (the dose in
an "Instructions" line above numbered steps with a sub-step), a health magazine's page on men's
pelvic floor training (two columns, numbered steps, references and a contact box in the way) and a
flip-book booklet's ankle sprain exercise page (ALL-CAPS names, a SETS / REPS box under each
exercise, a disclaimer between the exercises).

    .venv/bin/python tests/articles/real/make_pdf_part23.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def sportsdoc_ankle_sprain_pdf() -> bytes:
    pdf = _printed(
        "22/05/2024, 08:17",
        "Ankle Sprain Rehabilitation - Sportsdoc",
        "https://sportsdoc.com.au/education/ankle-exercises.html",
    )
    _lines(
        pdf,
        [
            "SPORTSDOC    Home    Our Doctors    Services    Education    Contact    Book online",
            "Education > Exercises > Ankle",
            "# Ankle Sprain Rehabilitation",
            "To Restore Normal Ankle Function After an Ankle Sprain",
            "## Range of Motion Exercises",
            "These get the normal movement of the ankle back. For a simple sprain you can begin them "
            "straight away. Do check with your doctor first that nothing is broken!",
            "Technique: Sit with the knee straight and keep the foot in each position for as long as you "
            "can. Do them as often as you can over the first 3-10 days.",
            "Pullback",
            "Bend your foot back toward you.",
            "## Flexibility (Stretching) Exercises",
            "These loosen tight leg muscles. Tight muscles make stairs, walking, running and jumping hard "
            "work.",
            "Technique: Hold each exercise 20 seconds at a gentle stretch. No bouncing!",
            "Frequency: 6-10 repetitions/exercise, 5-7 days per week",
            "Calf Stretch - Basic",
            "Sit with the knee straight and a towel looped round the ball of your foot. Pull back slowly "
            "until the upper calf stretches.",
            "Calf Stretch - Advanced",
            "When you can stand, do the stretch with your hands on a wall instead. Put the injured foot "
            "behind the other, toes facing forward. Heels stay down and the back leg stays straight. Bend "
            "the front knee slowly until the calf of the back leg stretches.",
            "<page>",
            "Heel Stretch - Basic",
            "Sit with the knee a little bent and loop a towel round the ball of your foot. Pull back slowly "
            "until you feel the stretch low in the calf and in the heel.",
            "Heel Stretch - Advanced",
            "When you can stand, put the injured foot behind the other with the toes facing forward. Keep "
            "both heels down and slowly bend the back knee until the heel of that leg stretches.",
            "## Strengthening Exercises",
            "Strong leg muscles help the ligaments hold the ankle together.",
            "Frequency: Three sets of 20 repetitions, 5-7 days per week",
            "Front of Shin Basic - Push Out",
            "With the foot flat on the floor, press it outward against a wall, a filing cabinet or a "
            "bookcase. Hold for three seconds.",
            "Front of Shin Advanced - Band",
            "Tie the band to a desk or a chest of drawers. Sit with your foot and knee in line and loop the "
            "band over the outside of the foot.",
        ],
    )
    return bytes(pdf.output())


def miller_achilles_eccentric_pdf() -> bytes:
    pdf = _printed(
        "10/9/24, 6:52 AM",
        "Achilles Tendinitis Eccentric Exercises - Christopher P. Miller, MD",
        "https://christopherpmillermd.com/achilles-tendinitis-eccentric-exercises-2/",
    )
    _lines(
        pdf,
        [
            "Christopher P. Miller, MD  |  Foot & Ankle Orthopaedic Surgery",
            "Home    About Dr. Miller    Conditions    Patient Education    Locations    Request an "
            "Appointment",
            "# Achilles Tendinitis Eccentric Exercises",
            "Instructions: Perform 3 sets of 15 heel drops 2-3 times per day, every day for 12 weeks",
            "  1. Stand on a stair with only your toes on it. Hold the rail or the wall for balance.",
            "  2. Rise up onto your tiptoes using your good leg.",
            "  3. Move your weight off the good leg onto the painful side.",
            "  4. Keeping the knee straight, lower your heel slowly as far as it will go.",
            "      a. Modification: if the pain is close to where the Achilles attaches to the heel, stop "
            "when the foot is level.",
            "  5. Then bend the knee to stretch a little further.",
            "  6. Use the good leg to push back up onto your tiptoes to start again.",
            "Progression: Keep doing the exercises until they no longer hurt. Then add weight (in a "
            "backpack, for example) until they are painful again. Keep adding weight step by step as the "
            "pain settles.",
            "",
            "Related: Achilles Tendon Rupture  |  Insertional Achilles Tendinitis  |  Plantar Fasciitis",
            "(c) Christopher P. Miller, MD. This page is for education and is not medical advice.",
        ],
    )
    return bytes(pdf.output())


class _Magazine(FPDF):
    """A printed magazine page: running head with the section, folio at the foot."""

    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 5, "OH! MAGAZINE  |  JANUARY 2017")
        self.cell(0, 5, "MEN'S ISSUE", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "31", align="C")


def _column(pdf, x, y, width, blocks):
    """Write blocks (style, text) down one column from (x, y); return the y where it ends."""
    for style, text in blocks:
        pdf.set_xy(x, y)
        size = {"H": 13, "B": 9.5, "": 9.5, "S": 7.5}[style]
        pdf.set_font("Helvetica", "B" if style in ("H", "B") else "", size)
        pdf.multi_cell(width, 4.6 if style != "S" else 3.6, text, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 2.5
    return y


def oh_magazine_pelvic_floor_pdf() -> bytes:
    pdf = _Magazine()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.ln(2)
    top = pdf.get_y()
    _column(
        pdf,
        10,
        top,
        92,
        [
            ("", "(continued from page 30)"),
            ("B", "The Continence Foundation of Australia suggests this technique for men:"),
            (
                "",
                "1. Squeeze and draw in the muscles around your urine tube and your back passage at the "
                "same time. Lift them UP inside. Each time you squeeze, you should feel the muscles "
                "'lift'. Keep them strong and tight while you count to eight. Then let them go and relax: "
                "you should clearly feel them 'let go'.",
            ),
            ("H", "References"),
            (
                "S",
                "- Pastore A.L. et al (2014). Pelvic floor muscle rehabilitation for patients with "
                "lifelong premature ejaculation: a novel therapeutic approach. Abstract, 29th Annual EAU "
                "Congress.",
            ),
            (
                "S",
                "- Dorey G, Speakman MJ, Feneley RC, Swinkels A, Dunn CD (2005). Pelvic floor exercises "
                "for erectile dysfunction. BJU Int. Sep;96(4):595-7.",
            ),
            (
                "S",
                "- Chang JI, Lam V, Patel MI (2016). Preoperative pelvic floor muscle exercise and "
                "postprostatectomy incontinence: a systematic review and meta-analysis. Eur Urol. "
                "Mar;69(3):460-7.",
            ),
            ("S", "- Deloitte Access Economics (2011). The economic impact of incontinence in Australia."),
        ],
    )
    end = _column(
        pdf,
        108,
        top,
        92,
        [
            (
                "",
                "2. Do the 'squeeze and lift' again and let go. Resting for about eight seconds between "
                "one lift and the next works best. If you cannot hold for eight, hold for as long as you "
                "can.",
            ),
            (
                "",
                "3. Keep repeating the 'squeeze and lift' as many times as you can, up to 8 to 12 squeezes.",
            ),
            ("", "4. Aim for three sets of 8 to 12 squeezes, with a rest between sets."),
            (
                "",
                "5. Do this whole plan (three sets of 8 to 12 squeezes) every day, lying down, sitting or "
                "standing.",
            ),
            (
                "B",
                "Remember: while you train your pelvic floor, keep breathing; only squeeze and lift; do "
                "NOT tighten your buttocks; and keep your thighs relaxed.",
            ),
        ],
    )
    pdf.set_fill_color(230, 236, 245)
    pdf.set_xy(108, end + 2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.multi_cell(
        92, 4.6, "CONTACT THE CONTINENCE FOUNDATION OF AUSTRALIA", fill=True, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_x(108)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(
        92,
        4.6,
        "For more information ring the free, confidential National Continence "
        "Helpline on 1800 33 00 66 to talk to a continence nurse adviser, or visit "
        "continence.org.au",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def _sets_reps_box(pdf, sets, reps):
    pdf.set_font("Helvetica", size=9)
    with pdf.table(
        width=40,
        col_widths=(20, 20),
        align="LEFT",
        text_align="CENTER",
        line_height=5.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
    ) as table:
        table.row(("SETS", "REPS"))
        table.row((sets, reps))
    pdf.ln(3)


def yudu_ankle_sprain_pdf() -> bytes:
    pdf = _printed(
        "03/02/2015 21:40",
        "HoEePALsPremium2 - Page 11 - YUDU",
        "http://content.yudu.com/A1wlhr/HoEePALsPremium2/resources/11.htm",
    )
    _lines(
        pdf,
        [
            "YUDU  |  Publish  |  Library  |  Log in        < Prev page    Page 11 of 48    Next page >",
            "This page holds a Flash digital edition of a book.",
            "# Exercises for ankle sprain",
            "## STRENGTHENING, BALANCE AND STABILITY EXERCISES",
            "DORSI AND PLANTAR FLEXION STRETCH",
            "Sit with your legs out in front of you and one knee bent. With a rolled-up towel under the "
            "affected ankle so the heel is off the floor, point your toes away from you, then pull them up "
            "so they point at the ceiling.",
        ],
    )
    _sets_reps_box(pdf, "1", "5")
    _lines(
        pdf,
        [
            "EVERTOR STRETCH",
            "Sit on a chair with the affected ankle resting on the knee of your other leg. Hold the affected "
            "ankle and turn it gently so the sole of the foot faces up toward the ceiling. You should feel "
            "a stretch in the muscles on the outside of the affected leg. Hold for 20-30 seconds.",
        ],
    )
    _sets_reps_box(pdf, "1", "5")
    _lines(
        pdf,
        [
            "GASTROCNEMIUS STRETCH",
            "Lean on a wall or a chair for support and take a small step forward with one leg, both heels "
            "on the floor. Bend the front knee (the back knee stays straight), keep your head up and push "
            "your hips forward. You should feel the stretch in your calf. Hold for 20-30 seconds.",
        ],
    )
    _sets_reps_box(pdf, "1", "8")
    _lines(
        pdf,
        [
            "SOLEUS STRETCH",
            "Stand as above, but bend the back knee instead of keeping it straight, heels still on the "
            "floor. You should again feel this in the calf, although it works a different muscle. Hold for "
            "20-30 seconds.",
        ],
    )
    _sets_reps_box(pdf, "1", "8")
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(
        0,
        3.8,
        "The information in this article is general guidance only and should not be relied on for "
        "planning individual medical care or in place of specialist medical advice in any individual "
        "case. As far as the law allows, the publisher, editors and contributors accept no liability "
        "for any loss, injury or damage however caused (including negligence) as a direct or indirect "
        "result of using the contents of this article.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


TARGETS = {
    "460-sportsdoc-ankle-sprain-rehabilitation-printout.pdf": sportsdoc_ankle_sprain_pdf,
    "462-christopherpmillermd-achilles-eccentric-printout.pdf": miller_achilles_eccentric_pdf,
    "464-ohmagazine-pelvic-floor-men-page-31.pdf": oh_magazine_pelvic_floor_pdf,
    "468-yudu-exercises-for-ankle-sprain-page-11.pdf": yudu_ankle_sprain_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
