"""Rebuild the part-31c corpus PDFs (needs fpdf2, the test extra): a home-care company's falls
brochure, two facing pages saved as one landscape PDF page (two text columns, each exercise a coloured
name over an italic bracketed dose line and numbered steps, sides told by "left" and "the same on your
right side", a range of seconds inside a step) and a personal blog's kettlebell training log printed
from a browser (one lead sentence with the sets and rest for a whole list of "Name x 5" lines, a move
listed twice, the sidebar printed after the post).

    .venv/bin/python tests/articles/real/make_pdf_part31c.py
"""

from fpdf import FPDF
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


class _Spread(FPDF):
    """Two facing pages of a printed brochure saved as one landscape PDF page: page numbers at the
    foot of each half."""

    left_no, right_no = "", ""

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(138, 5, self.left_no)
        self.cell(0, 5, self.right_no, align="R")


def _spread_block(pdf, cols, lines):
    """'# ' big title, '## ' bold exercise name, '### ' coloured dose line, '<col>' next column,
    anything else a plain paragraph, written into the brochure's text columns."""
    for line in lines:
        if line == "<col>":
            cols.new_column()
            continue
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 18)
            pdf.set_text_color(0, 94, 120)
            cols.write(text=line[2:] + "\n")
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.set_text_color(0, 94, 120)
            cols.write(text="\n" + line[3:] + "\n")
        elif line.startswith("### "):
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_text_color(90, 90, 90)
            cols.write(text=line[4:] + "\n")
        else:
            pdf.set_font("Helvetica", size=10)
            pdf.set_text_color(0, 0, 0)
            cols.write(text=line + "\n")


def ipliveincare_stepping_out_pdf() -> bytes:
    pdf = _Spread(orientation="L")
    pdf.left_no, pdf.right_no = "14   Stepping out safely", "Stepping out safely   15"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Stepping out safely - a guide to preventing falls at home")
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=20, text_align="LEFT") as cols:
        _spread_block(
            pdf,
            cols,
            [
                "# Exercises to keep healthy and mobile",
                "A few simple exercises three or four times a week are a good way to stay supple and strong, "
                "and they help your balance too. There are more exercises on www.nhs.uk - type 'exercises "
                "for older people' into the search box at the top of the page. Until then, here are four to "
                "start with.",
                "## Neck rotation",
                "### (Three rotations on each side.)",
                "1. Sit up straight, let your shoulders relax and look ahead.",
                "2. Turn your head slowly towards your left shoulder, as far as is comfortable. Hold for five "
                "seconds, then come slowly back to the start.",
                "3. Do the same on your right side.",
                "## Sideways bend",
                "### (Three rotations on each side.)",
                "1. Stand up straight with your feet hip-width apart and your hands at your sides.",
                "2. Slide your left hand slowly down your side as far as feels comfortable. You will feel a "
                "gentle stretch along your right side. Stay there for two seconds.",
                "3. Come slowly back to the start. Do the same on your right side.",
                "<col>",
                "## Sit to stand",
                "### (Try to do this five times - and remember, slower is better.)",
                "1. Sit on the front edge of a chair, feet apart, leaning forward a little.",
                "2. Stand up slowly with your legs alone - don't push up with your arms. Look ahead of you, "
                "not at the floor.",
                "3. When you are standing straight, sit back down slowly.",
                "## One leg stand",
                "### (Do three stands on each side.)",
                "1. Face a wall with your arms stretched out and your fingertips on the wall.",
                "2. Lift your left leg slowly, keeping your hips level and your right knee slightly bent.",
                "3. Stay like this for five to 10 seconds, then put your foot back down on the floor slowly.",
                "",
                "",
                "To find out how we could help you or someone you love at home, call our care team for a "
                "friendly, no-obligation chat on 0808 278 3171",
            ],
        )
    return bytes(pdf.output())


def tomdenham_kettlebell_pdf() -> bytes:
    pdf = _printed(
        "7/29/12, 9:15 PM",
        "Ending Week 4 of Geoff Neupert's Kettlebell Muscle Plan | Tom Denham",
        "http://www.tomdenham.com/2012/07/ending-week-4-of-geoff-neuperts-kettlebell-muscle-plan/",
    )
    _lines(
        pdf,
        [
            "Tom Denham    Home    About    Kettlebells    Yoga    Contact",
            "# Ending Week 4 of Geoff Neupert's Kettlebell Muscle Plan",
            "Posted on July 28, 2012 by Tom    Leave a comment",
            "The weeks have flown past; today I finished week 4 of the 12 in Geoff Neupert's kettlebell "
            "muscle-building program. For the last two weeks the final sets have been hard for me. I am using "
            "fairly light 26-pound kettlebells, and I would like to blame short nights, but I suspect the "
            "work is simply hard for me.",
            "I have not tested my strength with anything outside the program, but I am fairly sure I am "
            "getting stronger. That is remarkable when the working part of my sessions has been as short as "
            "4 to 6 minutes - about 15 minutes of real work in a whole week. From warm-up to finish my "
            "sessions take under 30 minutes. Before I started this program I trained 5 days a week, usually "
            "for about 90 minutes a time.",
            "Once all 12 weeks are done I expect to train more again, but not back to the punishing amount "
            "I did before. Dan John and Pavel have it right in Easy Strength - you can make good progress "
            "without grinding on endlessly.",
            "I have found a use for all the time the lighter schedule gave back. I started Iyengar Yoga "
            "classes at Mainstreet Yoga and practise at home every day. My kettlebell coach, Michelle Luna, "
            "suggested one yoga class a week, but I enjoy it so much that I go on Mondays, Wednesdays and "
            "Saturdays.",
            "Today was my heavy day - four sets of the following, resting 90 seconds between sets:",
            "Double clean x 5",
            "Double military press x 5",
            "Front squat x 5",
            "Double push press x 5",
            "Front squat x 5",
            "I am using the 12 kg (26-pound) kettlebells. In this 100-rep workout that adds up to 5200 "
            "pounds moved.",
            "Michelle coached me through it, which usually makes things harder. She had me take my cleans "
            "from the floor to keep my hips working, rather than using my knees and swinging the "
            "kettlebells u",
            "<page>",
            "Categories: Kettlebells    Tags: Geoff Neupert, Kettlebell Muscle, Michelle Luna",
            "Leave a Reply",
            "Your email address will not be published.",
            "Recent Posts",
            "Week 3 of Kettlebell Muscle: the volume day",
            "Starting Kettlebell Muscle with light bells",
            "What Iyengar Yoga did for my shoulders",
            "Archives:  July 2012  |  June 2012  |  May 2012",
            "Proudly powered by WordPress",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "593-ipliveincare-stepping-out-safely-exercises.pdf": ipliveincare_stepping_out_pdf,
    "594-tomdenham-kettlebell-muscle-week-4-printout.pdf": tomdenham_kettlebell_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
