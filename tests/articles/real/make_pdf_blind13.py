"""Rebuild the BLIND-13 corpus PDFs (needs fpdf2, the test extra): a hospital's postnatal exercise page
printed from a browser (site navigation printed above the article, image captions, exercises mixed with
posture advice under the same kind of heading, two pages), a podiatry clinic's stretching page printed
from a browser (two stretches under one heading with the dose "relax & then repeat", a variation that
only says "similarly", two pages), and a health site's one-exercise balance page printed from a browser
(ALL-CAPS section labels that look like exercise names, a beginner version and a progression with other
holds, two pages). Every page has the browser's running header (date, title) and footer (address,
page count).

    .venv/bin/python tests/articles/real/make_pdf_blind13.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def _bullets(pdf, items, indent=6):
    """A bulleted list as a browser prints it: a bullet sign, the item wrapped under its own start."""
    pdf.set_font("Helvetica", size=10.5)
    for item in items:
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(5, 5.5, "-")
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")


def nygh_postnatal_pdf() -> bytes:
    pdf = _printed("03/05/2024, 21:47", "Postnatal exercises - North York General Hospital",
                   "http://nygh.on.ca/Default.aspx?cid=4338&lang=1")
    _lines(pdf, [
        "North York General Hospital    Find a Doctor    Careers    Donate    Contact Us    Francais",
        "Home > Patients & Visitors > Programs & Services > Maternal, Newborn & Child > Birthing Centre "
        "> After Your Baby Is Born > Postnatal exercises",
        "Birthing Centre    |    Before your baby arrives    |    During your stay    |    After your baby "
        "is born    |    Breastfeeding    |    Postnatal exercises",
        "# Postnatal exercises",
        "[image: mom and baby exercising]",
        "## Level one exercises",
        "## Pelvic tilt",
        "[image: pelvic tilt]",
        "To ease a backache and build up the tummy muscles, lie on your back with the knees bent and the "
        "feet flat on the bed. Tighten your buttocks and your tummy muscles. Press the small of your "
        "back down onto the floor. Hold for a count of five, and remember to keep breathing. Relax. "
        "Repeat 10 times, three times a day.",
        "## Pelvic tilt, standing and sitting",
        "Whenever you stand or sit, do the pelvic tilt by tightening your buttocks and tummy muscles. "
        "Press the small of your back against a wall or the back of a chair.",
        "## Sitting",
        "Keep your upper back and shoulders supported. Sit with your hips well back in the chair and your "
        "feet resting on the floor. For a backache, raise one or both feet on a footstool or a large "
        "book.",
        "[image: example of target posture]",
        "<page>",
        "## Pelvic floor (Kegel) exercises",
        "These exercises build up your pelvic floor and help you keep good bladder control and enjoy sex. "
        "Lie on your back with your legs out straight and your ankles together. Draw in the muscles of "
        "your calves, thighs, buttocks and pelvic floor as if you were trying to stop passing urine. Hold "
        "for a count of five. Relax. Repeat in sets of 20, four times a day, lying down or sitting. You "
        "will benefit from this exercise for the rest of your life.",
        "## Posture",
        "Stand and walk tall. Keep your tummy muscles tight and your \"tail\" tucked in.",
        "## In bed",
        "Try not to sleep on your stomach for long stretches. When you lie on your back, bend the knees a "
        "little; a pillow under the thighs can help. On your side, bend the bottom knee a little more than "
        "the top one. For a backache, put a small pillow between your knees so the spine does not twist.",
        "## Bending, lifting, reaching",
        "When you pick anything up, keep your back straight and bend your knees. Never bend over with the "
        "knees straight. Lift by straightening the knees. Point your feet the way you are going. Never "
        "twist while you carry something, and hold what you carry close to your body.",
        "",
        "Print this page    Email this page    Share",
        "North York General Hospital  |  4001 Leslie Street, Toronto, Ontario  |  Privacy  |  "
        "Accessibility  |  Terms of Use",
    ])
    return bytes(pdf.output())


def highett_podiatry_pdf() -> bytes:
    pdf = _printed("19/09/2023, 11:05", "Strengthening and Stretching Exercises - Highett Podiatry",
                   "http://www.highettpodiatry.com.au/strengthening-and-stretching-exercises")
    _lines(pdf, [
        "HIGHETT PODIATRY    Call us    Book Online",
        "Home    About Us    Services    Conditions    Orthotics    Resources    Contact",
        "# Strengthening and Stretching Exercises",
        "## Calf Stretches",
        "Gastrocnemius:",
    ])
    _bullets(pdf, [
        "Stand facing the wall with one leg in front of the other Slightly bend your front knee, while your "
        "back foot stays flat on the ground",
        "Make sure your heel stays on the floor & tip your bodyweight forward",
        "Hold this stretch for 15-20 seconds, relax & then repeat",
    ])
    _lines(pdf, ["Soleus:"])
    _bullets(pdf, [
        "Stand facing the wall with one leg in front of the other Slightly bend both your front & back leg, "
        "while both feet stay flat on the ground",
        "Make sure your heel stays on the floor & tip your bodyweight forward",
        "Hold this stretch for 15-20 seconds, relax & then repeat",
    ])
    _lines(pdf, ["## Calf Raises"])
    _bullets(pdf, [
        "Start the exercise standing at a table / bench / chair / wall for balance",
        "Keep your feet a shoulder width apart, facing forwards",
        "Rise slowly onto your toes, lifting your heels up to the sky",
        "Tighten your calf muscle & then lower slowly back down",
        "This exercise should be performed 8-10 repetitions of 3 sets or until fatigue",
    ])
    _lines(pdf, ["<page>", "## Single Leg Calf Raises"])
    _bullets(pdf, [
        "Similarly, do this exercise but while standing on one foot",
        "Make sure you are balanced & expect to tire much sooner",
    ])
    _lines(pdf, ["## Theraband Exercises"])
    _bullets(pdf, [
        "While sitting, put a towel or Thera band around the base of the foot Hold onto the band firmly & "
        "stay balanced",
        "Move the foot forwards / back against the resistance",
        "Do this movement 8-10 repetitions of sets of 3 or until fatigue",
    ])
    _lines(pdf, [
        "## Always Consult A Trained Professional",
        "What this resource says is general and only meant to summarise its subject. It does not replace "
        "medical advice, and you should always see a trained professional working in this area of "
        "medicine about any injury or condition. You use or rely on this resource at your own risk; no one "
        "involved in making it accepts responsibility for what it contains.",
        "",
        "Highett Podiatry  |  Highett, Victoria  |  Privacy Policy  |  Sitemap",
    ])
    return bytes(pdf.output())


def morelife_single_leg_pdf() -> bytes:
    pdf = _printed("08/11/2025, 09:30", "Single-Leg Stance Balance Exercise | Standing Balance for Older Adults",
                   "https://morelifehealth.com/single-leg-stance")
    _lines(pdf, [
        "More Life Health    Programmes    Exercise Library    About    Contact    Sign in",
        "Exercise Library > Balance > Standing",
        "# Single-Leg Stance Balance Exercise | Standing Balance for Older Adults",
        "The single-leg stance balance exercise is done standing: one foot comes off the ground while you "
        "keep your balance on the other.",
        "It is one of the best exercises there is for better balance and stability, coordination and "
        "preventing falls in older adults.",
        "Practising it strengthens the ankles, legs and core, and builds the confidence you need for "
        "everyday things such as walking and climbing stairs.",
        "[video: Single-leg stance, 0:48]",
        "## How to Do the Single-Leg Stance Balance Exercise Safely",
        "INSTRUCTIONS:",
        "Stand up tall with your feet together.",
        "Lift one foot slowly off the floor, with a slight bend in the knee.",
        "Balance on the standing leg, chest lifted and core switched on.",
        "Look straight ahead and hold steady.",
        "Hold the position for 20-60 seconds, then switch legs.",
        "TIPS:",
        "Fix your eyes on a point in front of you to help your balance.",
        "Keep the core working and do not lean to one side.",
        "Keep the standing knee soft, not locked.",
        "Stand close to a sturdy chair, wall or table for safety.",
        "<page>",
        "MUSCLES WORKED:",
        "Ankle stabilisers",
        "Quadriceps (front of thigh)",
        "Glutes (hip stabilisers)",
        "Core muscles",
        "Postural muscles of the spine",
        "BENEFITS:",
        "Gives balance and stability a real challenge.",
        "Builds confidence in standing on one leg.",
        "Helps with everyday moves like stepping, walking or climbing stairs.",
        "Helps lower the risk of falls through better control on one leg.",
        "BEGINNER VERSION:",
        "Hold on lightly to a sturdy chair or table for support.",
        "Begin with very short holds (5-10 seconds) and build up bit by bit.",
        "PROGRESSION OF EXERCISE:",
        "Work towards 60 seconds as your balance improves.",
        "Try turning your head from side to side while you balance.",
        "Raise your arms overhead or out to the sides to make it harder.",
        "Move on to moving balance exercises (for example single-leg stance with small leg swings).",
        "",
        "Related exercises:  Tandem Stance  |  Heel-to-Toe Walk  |  Sit to Stand",
        "(c) More Life Health  |  Terms  |  Privacy  |  This library does not replace advice from your "
        "own health professional.",
    ])
    return bytes(pdf.output())


TARGETS = {
    "400-nygh-postnatal-level-one-exercises-printout.pdf": nygh_postnatal_pdf,
    "411-highettpodiatry-strengthening-stretching-printout.pdf": highett_podiatry_pdf,
    "412-morelifehealth-single-leg-stance-printout.pdf": morelife_single_leg_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
