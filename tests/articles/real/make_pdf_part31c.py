"""Rebuild the part-31c corpus PDFs (needs fpdf2, the test extra): an NHS trust's maternity page on
pelvic floor exercises printed from a browser (bulleted steps under two bold headings with colons, a
range and a goal in the same list, frequencies) and a personal blog's kettlebell training log printed
from a browser (one lead sentence with the sets and rest for a whole list of "Name x 5" lines, a move
listed twice, the sidebar printed after the post).

    .venv/bin/python tests/articles/real/make_pdf_part31c.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def somerset_pelvic_floor_pdf() -> bytes:
    pdf = _printed(
        "11/06/2024, 14:27",
        "Pelvic Floor Exercises - Somerset NHS Foundation Trust",
        "https://somersetft.nhs.uk/maternity-new/maternity/after-your-babys-birth/for-you/pelvic-floor-exercises",
    )
    _lines(
        pdf,
        [
            "NHS  Somerset NHS Foundation Trust    Our services    Maternity    Work for us    Contact us",
            "Home > Maternity > After your baby's birth > For you > Pelvic Floor Exercises",
            "# Pelvic Floor Exercises:",
            "Your pelvic floor is a group of muscles that hold up your bladder, uterus and bowel. Pregnancy "
            "and birth stretch these muscles, and afterwards they can be weak or not work as well as they "
            "should.",
            "Making your pelvic floor muscles stronger will help with:",
            "  \xb7 Better control when you go to the toilet.",
            "  \xb7 Preventing problems such as organs slipping down in your pelvis.",
            "  \xb7 Keeping your hip and back joints steady.",
            "There are 2 ways to squeeze your pelvic floor muscles:",
            "## Long Squeezes:",
            "  \xb7 Breathe in, then breathe out.",
            "  \xb7 As you breathe out, squeeze and lift your pelvic floor muscles. Hold for 8-10 seconds, "
            "then relax.",
            "  \xb7 Let the muscles relax fully before you take the next breath.",
            "  \xb7 Do your long squeezes again, resting between each one, until your muscles feel tired.",
            "  \xb7 Do this 8 - 10 times, twice a day.",
            "  \xb7 Aim to hold for 10 seconds, and to repeat 10 times.",
            "## Short Squeezes:",
            "  \xb7 Squeeze and lift your pelvic floor muscles quickly and strongly, then relax and let them "
            "go straight away.",
            "  \xb7 Do this 8 times, twice a day.",
            "  \xb7 If 8 times is too hard, start with 4 or 6 times.",
            "If you had a tube (called a catheter) to help you wee, start these exercises once it has been "
            "taken out.",
            "Try to do them three times a day. It can take up to three months for your muscles to become "
            "strong again.",
            "Download the NHS Squeezy app for an exercise guide and to set yourself reminders",
            "Home Page - Squeezy (squeezyapp.com)",
            "",
            "Was this page useful?   Yes   No",
            "Somerset NHS Foundation Trust    Accessibility    Privacy notice    Cookies    (c) 2024",
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
    "593-somersetft-pelvic-floor-exercises-printout.pdf": somerset_pelvic_floor_pdf,
    "594-tomdenham-kettlebell-muscle-week-4-printout.pdf": tomdenham_kettlebell_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
