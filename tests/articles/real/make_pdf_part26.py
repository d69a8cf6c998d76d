"""Rebuild the part-26 corpus PDFs (needs fpdf2, the test extra): a journal's table page printed from
a browser (a rotator cuff programme as a four-column table: name, description, dosage, weeks; the
stored copy breaks off in the last row), an NHS community trust's pelvic floor page printed from a
browser (long holds and short holds under headings, doses as advice), an ENT surgeon's vestibular
exercise sheet printed from a browser (Cawthorne-Cooksey lists with no doses, grouped by position)
and a podiatry clinic's one-stretch page printed from a browser (numbered steps, dose in the steps).

    .venv/bin/python tests/articles/real/make_pdf_part26.py
"""

from fpdf.fonts import FontFace
from make_pdf_part3 import HERE, _lines, _printed


def bmc_rotator_cuff_table_pdf() -> bytes:
    pdf = _printed(
        "2/9/24, 9:15 AM",
        "Table 2 Description of specific exercises | BMC Musculoskeletal Disorders",
        "https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-8-86/tables/2",
    )
    _lines(
        pdf,
        [
            "BMC Musculoskeletal Disorders    Home    About    Articles    Submission Guidelines    Submit manuscript",
            "Skip to main content",
            "# Table 2 Description of specific exercises",
            "From: Efficacy and cost-effectiveness of a physiotherapy program for chronic rotator cuff "
            "pathology: A protocol for a randomised, double-blind, placebo-controlled trial",
        ],
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", size=9)
    with pdf.table(
        col_widths=(38, 80, 38, 24),
        text_align="LEFT",
        line_height=5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
    ) as table:
        table.row(("Name", "Description", "Dosage", "Weeks performed"))
        for row in (
            (
                "Scapular setting",
                "Seated; the shoulder blade held still, drawn back and down",
                "5 sec hold \xd7 5 reps",
                "Week 1, then kept in all exercises",
            ),
            (
                "Self-resisted isometric ER",
                "Standing side-on to a wall. A rolled towel squeezed between upper arm and "
                "body, elbow bent, forearm pressing into the wall",
                "5 sec hold \xd7 5 reps",
                "Weeks 1&2",
            ),
            (
                "Active ER",
                "Seated, shoulder at 45\xb0 Abd, elbow and forearm resting on a table in IR. The shoulder "
                "turned out into ER",
                "10 reps \xd7 2",
                "Week 1&2",
            ),
            (
                "Shoulder shrugs",
                "Standing, arms a little away from the sides; shoulder blades lifted, then lowered slowly",
                "10 reps \xd7 2 handweight",
                "Week 1&2",
            ),
            (
                "Pectoralis minor stretch",
                "Lying on the back, arms at 45\xb0 Abd, elbows bent to 90\xb0. Shoulders "
                "turned out into ER to stretch the muscle",
                "5 reps with 10 sec hold \xd7 2",
                "Weeks 2-6",
            ),
            (
                "Wall push up",
                "Standing an arm's length from a wall, hands at shoulder height, shoulders at 45\xb0 "
                "Abd. Body lowered toward the wall, then pushed away",
                "5 reps \xd7 2",
                "Weeks 2-10",
            ),
            (
                "Chin tuck",
                "Standing with head and back against a wall. Chin drawn in toward the neck",
                "5 reps \xd7 10 sec holds",
                "Week 2",
            ),
            (
                "Resisted external rotation",
                "Lying on the side, affected shoulder on top, elbow bent to 90\xb0 and a "
                "weight in the hand. Weight lifted toward the ceiling, upper arm kept against the body",
                "10 reps \xd7 2 using hand weight",
                "Week 2",
            ),
            (
                "Thoracic extension over towel",
                "Lying on the back on a firm surface, arms by the sides, over a towel "
                "roll laid across the floor at the level of the greatest thoracic curve",
                "1-3 mins hold",
                "Weeks 3-6",
            ),
            (
                "Resisted scapular setting - elbow extension with shoulder neutral",
                "Standing, arm by the side, elbow "
                "bent, holding theraband fixed in front at shoulder height. Elbow straightened and slowly bent again "
                "while the shoulder blade stays set",
                "10 reps \xd7",
                "",
            ),
        ):
            table.row(row)
    return bytes(pdf.output())


def wchc_pelvic_floor_pdf() -> bytes:
    pdf = _printed(
        "11/3/24, 8:02 PM",
        "Pelvic floor exercises :: Wirral Community Health and Care NHS Foundation Trust",
        "https://wchc.nhs.uk/services/pelvic-health/pelvic-floor-exercises",
    )
    _lines(
        pdf,
        [
            "NHS  Wirral Community Health and Care NHS Foundation Trust",
            "Home    Services    About us    Work for us    Get involved    News    Contact us",
            "Home > Services > Pelvic health > Pelvic floor exercises",
            "# Pelvic floor exercises",
            "Try to do as many sets each day as your specialist physiotherapist has advised, and do them in "
            "different positions.",
            "## Long holds",
            "When the above feels easy, move on to some small holds. Can you squeeze and lift gently and keep "
            "hold for several seconds without holding your breath, and then let go and relax completely?",
            "## Short holds",
            "Your pelvic floor muscles also have to react fast to sudden pressure on the bladder from coughing, "
            "laughing or exercise. So practise some quick contractions: draw the pelvic floor in, hold it for "
            "just one second, then relax. Aim for a strong tightening of the muscle, with up to ten quick "
            "contractions one after another.",
            "    - Make the exercises part of your everyday routine, for example while you brush your teeth or "
            "wait for the kettle to boil.",
            "    - If you are not sure you are using the right muscles, place your thumb in the vagina and try the "
            "exercises to check. You should feel a gentle squeeze as the pelvic floor muscle tightens.",
            "    - Tighten your pelvic floor when you feel a leak might be coming: pull the muscles up before you "
            "cough, laugh, sneeze or lift something heavy. Your control will get better bit by bit.",
            "",
            "Page last reviewed: 2024    Accessibility    Privacy notice    Cookies    (c) Wirral Community Health "
            "and Care NHS Foundation Trust",
        ],
    )
    return bytes(pdf.output())


def ops4ent_cawthorne_cooksey_pdf() -> bytes:
    pdf = _printed(
        "5/22/23, 4:47 PM",
        "Cawthorne Cooksey Exercises | Mr Vincent Cumberworth, ENT Surgeon",
        "http://www.ops4ent.com/information/cawthorne-cooksey-exercises/",
    )
    _lines(
        pdf,
        [
            "Home    About    Conditions    Information    Fees    Contact",
            "Vincent Cumberworth BSc FRCS Consultant Ear, Nose and Throat Surgeon",
            "Clementine Churchill Hospital Sudbury Hill Harrow Middlesex HA1 3RX",
            "Private Secretary: Tel: 020 8872 3866 Fax: 0208872 3861",
            "This information is given only on the understanding that readers will decide for themselves "
            "whether it suits their purposes before they use it. No responsibility is accepted for information "
            "that is misused or misread, and it must not take the place of a consultation with a health care "
            "professional. Questions about individual cases cannot be answered, and no individual "
            "correspondence can be entered into.",
            "# Cawthorne Cooksey Exercises",
            "(Adopted from Dix and Hood - 1984 and Herdman 1994)",
            "## In bed or sitting",
            "Eye movements - at first slow, then quick",
            "    - Up and down",
            "    - From side to side",
            "    - Focussing on finger moving from 3 feet to 1 foot away from face",
            "Head movements at first slow, then quick, later with eyes closed",
            "    - Bending forward and backward",
            "    - Turning from side to side",
            "",
            "Eye movements and head movements as above",
            "Shoulder shrugging and circling",
            "Bending forward and picking up objects from the ground",
            "",
            "Eye, head and shoulder movements as before",
            "Changing from sitting to standing position with eyes open and shut",
            "Throwing a small ball from hand to hand (above eye level)",
            "Throwing a ball from hand to hand under knee",
            "Changing from sitting to standing and turning around in between",
            "",
            "The sooner and the more regularly you do these exercises, the quicker and more complete your "
            "return to normal activity will be. Keep at it and it will pay off. A friend or relative who learns "
            "the exercises too can be a real help.",
        ],
    )
    return bytes(pdf.output())


def kilmore_calf_stretch_pdf() -> bytes:
    pdf = _printed(
        "8/14/24, 7:20 AM",
        "Calf Stretch - Kilmore Wallan Podiatry",
        "https://www.kilmorewallanpodiatry.com.au/calf-stretch/",
    )
    _lines(
        pdf,
        [
            "Kilmore Wallan Podiatry    Home    Our Services    Orthotics    Exercises    Book Online    Contact",
            "Exercises > Calf Stretch",
            "# Calf Stretch",
            "1. Calf-Stretch",
            "Sit comfortably on the floor with your back against a wall and your affected leg stretched out in "
            "front of you.",
            "2. Put a towel around the ball of your foot and hold both ends firmly so it cannot slip. If a towel "
            "is awkward, a belt or a band will do.",
            "3. Draw the towel slowly toward you, keeping the leg straight.",
            "4. For the best results hold each stretch for 30 seconds, unless it hurts.",
            "5. Repeat three times.",
            "",
            "Kilmore Wallan Podiatry  |  Kilmore & Wallan, Victoria  |  Contact us  |  Privacy",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "509-biomedcentral-rotator-cuff-programme-table-printout.pdf": bmc_rotator_cuff_table_pdf,
    "514-wchcnhs-pelvic-floor-exercises-printout.pdf": wchc_pelvic_floor_pdf,
    "517-ops4ent-cawthorne-cooksey-exercises-printout.pdf": ops4ent_cawthorne_cooksey_pdf,
    "519-kilmorewallanpodiatry-calf-stretch-printout.pdf": kilmore_calf_stretch_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
