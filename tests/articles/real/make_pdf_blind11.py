"""Rebuild the BLIND-11 corpus PDFs (needs fpdf2, the test extra): an NHS trust's amputee exercise
leaflet page printed from a browser (picture captions in a left column beside the instructions, blank
"Repeat ___ times" fields, two pages), a wellness clinic's low-back exercise page printed from a browser
(lines broken mid-sentence, the first exercise without a name, two pages), and a care charity's seated
exercise page for the over-60s printed from a browser (sections repeated twice, "4 on each side" lines,
two pages).

    .venv/bin/python tests/articles/real/make_pdf_blind11.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def _captioned(pdf, rows):
    """Picture captions in a narrow left column beside the instruction bullets, as a browser prints a
    page whose pictures float left; no borders."""
    pdf.set_font("Helvetica", size=10.5)
    with pdf.table(col_widths=(45, 145), text_align="LEFT", first_row_as_headings=False,
                   borders_layout="NONE", line_height=5.5) as table:
        for caption, bullets in rows:
            table.row((f"[picture: {caption}]", "\n".join(f"-  {b}" for b in bullets)))
    pdf.ln(3)


def ncic_amputee_pdf() -> bytes:
    pdf = _printed(
        "04/11/2024, 09:47",
        "Amputee physiotherapy exercises following trans-femoral (above knee) amputation | NCIC",
        "https://ncic.nhs.uk/patients-visitors/patient-information-leaflets/amputee-physiotherapy-"
        "exercises-following-trans-femoral-above-knee-amputation",
    )
    _lines(pdf, [
        "North Cumbria Integrated Care NHS Foundation Trust",
        "Home    Our services    Patients and visitors    Work for us    About us    Contact us",
        "Home > Patients and visitors > Patient information leaflets > Amputee physiotherapy exercises",
        "# Amputee physiotherapy exercises following trans-femoral (above knee) amputation",
        "This sheet is here to remind you of the exercises your physiotherapist has taught you. Do every "
        "exercise slowly and smoothly. If anything hurts, stop and tell your physiotherapist or doctor. "
        "Exercise keeps up your strength and mobility and helps your circulation.",
        "These exercises will help you stay independent, whether you use a wheelchair or walk with an "
        "artificial leg (prosthesis). Please keep doing them after you have been discharged from treatment.",
        "We strongly recommend keeping these exercises up for the long term, so that weak muscles do not "
        "spoil the way you walk.",
        "## Static gluteal contractions",
    ])
    _captioned(pdf, [("Static Gluteal Contractions man on bed", [
        "Lie on your back",
        "Have both legs straight and side by side",
        "Tighten your buttocks together as firmly as you can",
        "Hold for 5 seconds",
        "Repeat ___ times",
    ])])
    _lines(pdf, ["## Hip extension in prone lying"])
    _captioned(pdf, [("Hip Ext Prone exercise", [
        "Lie flat on your stomach",
        "Lift your leg off the bed as high as you can",
        "Your hips stay flat on the bed; do not let your body roll",
        "Hold for 5 seconds, then lower slowly",
        "Repeat ___ times. Then do the same with the other leg.",
    ])])
    _lines(pdf, ["<page>", "## Hip flexor stretch"])
    _captioned(pdf, [("Hip Flex Stretch", [
        "Lie on your back, ideally without a pillow",
        "Draw one thigh up to your chest and keep it there with your hands",
        "Push the other leg down flat against the bed",
        "Hold for 30 - 60 seconds, then relax",
        "Repeat ___ times. Then do the same with the other leg",
    ])])
    _lines(pdf, ["## Hip adduction with resistance"])
    _captioned(pdf, [("Hip Adduction with resistance exercise", [
        "Sit with both legs out in front of you",
        "Place a pillow or a rolled towel between your thighs",
        "Press your legs together.",
        "Hold for 5 seconds",
        "Repeat ___ times",
    ])])
    _lines(pdf, [
        "Was this page helpful?    Yes    No",
        "Accessibility    Privacy notice    Cookies    Freedom of information    (c) NCIC NHS Foundation Trust",
    ])
    return bytes(pdf.output())


def fitforlife_low_back_pdf() -> bytes:
    pdf = _printed("18/05/2023, 21:02", "Exercises for the Low Back - Fit For Life Wellness Clinic",
                   "https://www.fitforlifewellnessclinic.com/exercises-for-the-low-back/")
    _lines(pdf, [
        "Fit For Life Wellness Clinic    Home    Services    About    Patient Forms    Blog    Contact",
        "Book an appointment: 000-000-0000",
        "# Exercises for the Low Back",
        "Do these exercises slowly, without forcing the movement. Keep breathing throughout the exercises.",
        "You should feel a mild stretch, but do not move into pain. Your symptoms should not get worse",
        "because of your exercises. Do the exercises 2-3 times a day.",
        "",
        "[picture]",
        "Lying on the floor, pull your thigh towards your chest to about 90 .",
        "Straighten your knee until you feel a stretch in the back of the thigh.",
        "Hold 1 minute. Repeat with the opposite leg.",
        "",
        "Single Knee to Chest",
        "[picture]",
        "Draw your knee in towards your chest until the hip and lower back feel a",
        "comfortable stretch. Hold 15 seconds. Repeat with the opposite leg.",
        "Repeat 5-10 times each leg.",
        "",
        "Pelvic Tilt",
        "[picture]",
        "Tighten your stomach and buttock muscles so that your back flattens.",
        "Hold 10 seconds. Repeat 10 times.",
        "",
        "Cat and Camel",
        "[picture]",
        "On all fours, arch the back up into a \"hump\". Hold briefly, then slowly",
        "let the back sag down. Repeat 10-15 times.",
        "<page>",
        "Hip Flexors",
        "[picture]",
        "On your back, hug one knee to your chest so that the back stays flat. Let the",
        "other thigh hang down over the side of the bed, without letting it drift outwards",
        "or roll. Hold 30 seconds. Repeat 2 times each leg.",
        "",
        "Prop Up on Elbows",
        "[picture]",
        "Lie face down on something firm and raise yourself onto your elbows. Let the",
        "pelvis, hips and legs stay loose. If coming up onto the elbows hurts, simply lie face",
        "down, or put a pillow under your tummy. Hold 30 seconds. Repeat 3-5 times.",
        "",
        "Tail Wag",
        "[picture]",
        "On all fours with the back held level, gently move your hips towards the rib cage",
        "to bend the trunk sideways. Hold briefly, then swap and do the other side.",
        "Repeat 10-15 times.",
        "",
        "Lumbar Rotation",
        "[picture]",
        "Let your knees sway slowly from one side to the other, staying within a range",
        "that does not hurt, so the back twists a little. Repeat 10-15 times.",
        "",
        "Dr. Luciano Di Loreto",
        "Share:    Facebook    Twitter    LinkedIn",
        "Fit For Life Wellness Clinic  |  Privacy Policy  |  Site Map",
    ])
    return bytes(pdf.output())


def nationalcareforum_seated_pdf() -> bytes:
    pdf = _printed("02/03/2021, 11:26",
                   "Free, fun and simple at-home exercise programmes for the over 60s - National Care Forum",
                   "https://www.nationalcareforum.org.uk/partners-news/free-fun-and-simple-at-home-"
                   "exercise-programmes-for-the-over-60s/")
    _lines(pdf, [
        "National Care Forum    About    Membership    Events    Resources    News    Contact",
        "Home > Partners' news",
        "# Free, fun and simple at-home exercise programmes for the over 60s",
        "Knowing where to begin with exercise at home is not always easy, so we have put together some "
        "simple weekly exercise programmes for the over 60s that are easy to follow. More stages, each a "
        "step on from the last, will be added over time, so keep an eye on this page! You can follow the "
        "programmes below, or download them and print them out to use at home.",
        "IMPORTANT NOTE:",
        "If you have any pain or discomfort, please do not take part. If you are new to exercise, or have "
        "not exercised for a while, start with small movements and work up to bigger, harder ones over time.",
        "WEEK 1: EXERCISE SESSION PLAN    WEEK 2: EXERCISE SESSION PLAN    WEEK 3: EXERCISE SESSION PLAN    "
        "WEEK 4: EXERCISE SESSION PLAN",
        "## Stretch and Flex - Repeat this section twice",
        "1. Shoulder Roll",
        "4 on each side. Roll your shoulders forwards in big circles, then roll them backwards. Keep your "
        "back straight and breathe normally.",
        "2. Buttercup Stretch",
        "4 on each side. Reach out to the side, one arm reaching down and the other reaching over your head. "
        "You will feel the stretch along the raised arm.",
        "3. Knee Push Away",
        "4 on each side. Lift one knee and straighten the leg, slowly and under control, concentrating on "
        "stretching the leg out.",
        "<page>",
        "4. Chair Pull with Rotation",
        "4 on each side. Hold the side of the chair with one hand and turn your whole upper body round as far "
        "as is comfortable.",
        "## Strength Movements - Repeat this section twice",
        "1. Diagonal Toe Tap",
        "8 on each leg. Bring one knee up towards you and kick out diagonally across to the other side. Put the "
        "toe down on the floor and bring the foot back to the middle. Alternate the legs as you go.",
        "2. Knee lifts",
        "8 on each leg. Lift each knee in turn as high as is comfortable.",
        "3. Rowing",
        "With your feet firmly on the floor, lean forward from the hips and reach both arms out. 16 times. "
        "Bring your body back to the middle and pull your arms in as if you were rowing.",
        "",
        "Share this:    Twitter    LinkedIn    Facebook    Email",
        "National Care Forum  |  Privacy  |  Cookies  |  Accessibility",
    ])
    return bytes(pdf.output())


TARGETS = {
    "339-ncic-above-knee-amputation-exercises.pdf": ncic_amputee_pdf,
    "341-fitforlife-low-back-exercises-printout.pdf": fitforlife_low_back_pdf,
    "351-nationalcareforum-over-60s-week-1-printout.pdf": nationalcareforum_seated_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
