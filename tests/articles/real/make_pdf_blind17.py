"""Rebuild the part-29 (BLIND-17) corpus PDFs (needs fpdf2, the test extra): a news site's frozen
shoulder article printed from a browser (ads, a trending bar and a byline around the text, bold
exercise headings over one paragraph each), an NHS trust's knee replacement page printed from a
browser (a dose stated once for all, an "Instructions" label under every exercise heading, an aims
list), an NHS trust's postnatal leaflet page printed from a browser (one long exercise in prose, two
numbers that are frequencies) and a tai chi site's qigong instructions printed from a browser (named
blocks of indented actions with "repeat ... thru ... 4 times" lines, left and right halves).

    .venv/bin/python tests/articles/real/make_pdf_blind17.py
"""

from make_pdf_part3 import HERE, _lines, _printed


def ndtv_frozen_shoulder_pdf() -> bytes:
    pdf = _printed(
        "11/20/25, 8:14 AM",
        "7 Stretching Exercises For Frozen Shoulder Recommended By Harvard",
        "https://www.ndtv.com/health/7-stretching-exercises-for-frozen-shoulder-recommended-by-harvard-9655434",
    )
    _lines(
        pdf,
        [
            "NDTV    Latest    India    World    Business    Health    Entertainment    Sports    Videos",
            "TRENDING:  Winter Health Tips  |  Air Pollution  |  Diabetes Diet  |  Heart Health",
            "Advertisement",
            "Health > Fitness",
            "# 7 Stretching Exercises For Frozen Shoulder Recommended By Harvard",
            "Harvard Medical School suggests a set of gentle stretches for people with a frozen shoulder.",
            "Written by: NDTV Health Desk  |  Updated: November 19, 2025 18:40 IST",
            "Frozen shoulder, or adhesive capsulitis, is a condition that limits how far your shoulder can "
            "move. It happens when the connective tissue around the joint turns stiff, thick and inflamed. "
            "Some groups of people get it more often than others, and it is more common in people with "
            "diabetes. The winter months also tend to make it worse.",
            "If you have a frozen shoulder, some exercises can bring relief. Stretching helps treat the "
            "condition, and your doctor may also suggest physical therapy or pain relief depending on how "
            "far along and how severe it is. Although it can clear up by itself within 12 to 18 months, "
            "exercise and other treatment are advised to speed recovery and ease the pain. Harvard Medical "
            "School recommends the stretches below for a frozen shoulder.",
            "Advertisement",
            "## Harvard-Recommended Stretching Exercises For Frozen Shoulder",
            "## Pendulum Stretch",
            "Start with this one if you have a frozen shoulder. Stand and lean forward so the affected arm "
            "hangs loose. Swing the arm gently in small circles about a foot across, 10 revolutions in each "
            "direction. Do this once every day. As the shoulder loosens you can make the circles wider for "
            "a better stretch. It relaxes the shoulder muscles and helps the joint move without straining it.",
            "## Cross-Body Stretch",
            "Sit or stand up straight. With your good arm, lift the affected arm at the elbow and bring it "
            "across your chest, pressing gently to stretch the back of the shoulder. Hold the stretch for 15 "
            "to 20 seconds and repeat 10 to 20 times daily. This stretch targets the shoulder and can help "
            "redu",
            "",
            "Promoted    Listen to the latest songs, only on JioSaavn.com",
        ],
    )
    return bytes(pdf.output())


def ulh_knee_replacement_pdf() -> bytes:
    pdf = _printed(
        "03/02/2024, 14:22",
        "Total Knee Replacement Exercises | United Lincolnshire Hospitals NHS Trust",
        "https://ulh.nhs.uk/patients/patient-information-library/total-knee-replacement-exercises",
    )
    _lines(
        pdf,
        [
            "NHS  United Lincolnshire Hospitals NHS Trust",
            "Home    Services    Patients    Visitors    Jobs    About us    Contact us    Search",
            "Home > Patients > Patient information library > Total Knee Replacement Exercises",
            "# Total Knee Replacement Exercises",
            "This patient information teaches you all the exercises and activities you will be expected to "
            "do before and after your surgery.",
            "[PDF] Total Knee Replacement Exercises  -  To view a PDF you may need to download Adobe Reader.",
            "The pre-operative and post-operative exercises aim:",
            "    - to improve how the knee joint moves and to strengthen the muscles around the knee",
            "    - to improve the circulation in your leg, helping healing and the recovery of soft tissues",
            "    - to make weight bearing easier and so improve your mobility and your overall function",
            "    - to reduce swelling (please note that swelling can last for 3 to 6 months).",
            "Sticking to your exercise programme before and after the operation is vital for your recovery. "
            "It leads to better outcomes and benefits from surgery.",
            "## Pre and post op exercises",
            "You will do the same exercises before and after surgery.",
            "Each exercise should be performed 10 times every couple of hours. (You can do more repetitions "
            "if you find them easy, or fewer if you find them harder.)",
            "## Bed exercises",
            "These exercises help the circulation in your legs and feet and so help prevent blood clots.",
            "## Ankle Pumps",
            "Instructions",
            "Keep your leg still and push your foot slowly up and down.",
            "You can start this exercise straight after surgery and carry on until you have fully recovered.",
            "## Ankle Rotations",
            "Instructions",
            "Keep your leg still and make small circles with your ankle, clockwise and anticlockwise.",
            "<page>",
            "## Static Quads (thigh muscle) contractions",
            "Instructions",
            "Tighten your thigh muscle (push the back of your knee into the bed as if squashing something "
            "under it).",
            "Hold for 5 seconds then relax.",
            "## Knee flexion in lying",
            "Instructions",
            "Slide your foot towards your bottom to bend your knee, then straighten your leg.",
            "Only go as far as you comfortably can.",
            "",
            "Was this page helpful?   Yes   No",
            "Accessibility    Privacy    Cookies    Freedom of information    (c) United Lincolnshire Hospitals NHS Trust",
        ],
    )
    return bytes(pdf.output())


def glos_postnatal_pdf() -> bytes:
    pdf = _printed(
        "5/14/24, 9:03 PM",
        "Postnatal exercises - Gloucestershire Hospitals NHS Foundation Trust",
        "https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/postnatal-exercises/",
    )
    _lines(
        pdf,
        [
            "Gloucestershire Hospitals NHS Foundation Trust",
            "Our services    Your visit    Work for us    About us    Get involved    Contact us",
            "Your visit > Patient information leaflets > Postnatal exercises",
            "# Postnatal exercises",
            "Reference number GHPI0000_00_00    Department: Physiotherapy    Review due: 2026",
            "## Introduction",
            "The exercises and advice below will help you get back into shape after having your baby. They "
            "are suitable after a caesarean section as well. Remember to start gently and build up slowly.",
            "## Pelvic floor muscle exercise",
            "The pelvic floor is a sling of muscles stretching between your coccyx (tailbone) and your pubic "
            "bone. It keeps you continent, supports the pelvic organs and steadies the pelvis.",
            "Making these muscles stronger with exercise matters. It can help with any incontinence you "
            "already have, or lower your chance of incontinence later on. Toned pelvic floor muscles can "
            "also help prevent a prolapse of the bladder, womb or bowel later in life.",
            "Starting the exercises soon after the birth helps the muscles recover quickly. They are safe "
            "even if you have stitches, and working the muscles will ease any discomfort or swelling. We "
            "recommend starting gently on the day after you give birth.",
            "Some women struggle to feel these muscles at this stage. If that is you, try the exercise each "
            "day after the birth to notice when the feeling comes back.",
            "To tighten the pelvic floor muscles, imagine you are trying to stop passing wind and, at the "
            "same time, trying to stop your flow of urine midstream. You should feel a 'squeeze and lift' as "
            "you close and draw up the back and front passages. Hold this for as many seconds as you can, up "
            "to a maximum of 10 seconds. At the end of the hold you should clearly feel yourself 'let go'. "
            "We recommend 24 exercises a day: try 4 or 5 holds every time you feed your baby, which helps "
            "them become a routine. Carry on exercising these muscles every day for the rest of your life.",
            "",
            "Content disclaimer    Print this page    Share",
            "(c) Gloucestershire Hospitals NHS Foundation Trust",
        ],
    )
    return bytes(pdf.output())


def everyday_taichi_shibashi_pdf() -> bytes:
    pdf = _printed(
        "2/27/24, 7:35 AM",
        "Tai Chi Qigong Shibashi - step by step",
        "http://www.everyday-taichi.com/tai-chi-qigong.html",
    )
    _lines(
        pdf,
        [
            "Everyday Tai Chi    Home    Tai Chi Basics    Tai Chi Qigong    Tai Chi Instruction    About",
            "# Tai Chi Qigong Shibashi",
            "Moves you do at the same time are grouped in small blocks. Each block has a name, such as "
            "transition move, and the actions for you to do are indented beneath it.",
            "For more help with the basic techniques and with how the instructions are laid out, see tai "
            "chi instruction.",
            "- enjoy your tai chi qigong shibashi",
            "## position check",
            "    body facing 12:00;",
            "    feet shoulder width apart; weight on right leg;",
            "    left hand pushed out - palm to 12:00; right hand palm up at right side waist",
            "## cloud hands in a horse-riding stance",
            "overall effect",
            "It looks as if your arms are drawing rounded rectangles. BUT the arms only seem to wave from "
            "side to side: the effect comes from turning the waist and letting the arms simply follow!",
            "[image: tai chi qigong move cloud hands]",
            "transition move:",
            "    turn to left:",
            "    change arm to right on top:",
            "    return to center from left:",
            "    turn to right:",
            "    change arm to left on top:",
            "    return to center from right:",
            "Repeat: turn to left thru return to center from right 4 times",
            "end of this tai chi qigong shibashi instruction",
            "<page>",
            "## Scooping the Sea and Looking at the Horizon",
            "overall effect",
            "Like bending down to scoop up a handful of water, lifting it to your head, then fanning the "
            "arms out and down again ready for the next scoop.",
            "[image: tai chi qigong move scoop the sea]",
            "transition move",
            "    left bend forwards:",
            "    left scoop up",
            "    separate hands left:",
            "repeat left bend forwards thru separate hands left 4 times",
            "scooping the sea",
            "    center from left:",
            "    turn to right:",
            "    right bend forwards:",
            "looking at the horizon",
            "    right scoop up:",
            "    separate hands right",
            "repeat right bend forwards thru separate arms right 4 times",
            "end of this tai chi qigong shibashi instruction",
            "",
            "Return from Tai Chi Qigong to Everyday Tai Chi home page",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "553-ndtv-stretching-exercises-frozen-shoulder-printout.pdf": ndtv_frozen_shoulder_pdf,
    "554-ulh-total-knee-replacement-exercises-printout.pdf": ulh_knee_replacement_pdf,
    "562-gloshospitals-postnatal-exercises-printout.pdf": glos_postnatal_pdf,
    "564-everydaytaichi-tai-chi-qigong-shibashi-printout.pdf": everyday_taichi_shibashi_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
