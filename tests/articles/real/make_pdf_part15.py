"""Rebuild the part-15 corpus PDFs (needs fpdf2, the test extra): a hospital system's health-library
page printed from a browser (running header and footer, two pages, the dose stated once for all
three exercises), a teacher's circuit-workout document (a two-column station table with column
headers, one minute a station stated once), a baby booklet's page (two columns: the exercise in one,
general advice in the other, running header and page number) and a physical therapy clinic's
programme page printed from a browser (two pages, sets, reps, rest and "on each leg" inside prose).

    .venv/bin/python tests/articles/real/make_pdf_part15.py
"""

from fpdf import FPDF
from fpdf.fonts import FontFace
from make_pdf_part3 import FIXED_DATE, HERE, _lines, _printed


def baycare_pre_hip_pdf() -> bytes:
    pdf = _printed(
        "3/18/24, 9:41 AM",
        "Pre-Hip Replacement: Ankle Pumps, Quad Sets, Leg Raises | BayCare",
        "https://baycare.org/health-library/pre-hip-replacement-ankle-pumps-quad-sets-leg-raises",
    )
    _lines(
        pdf,
        [
            "BayCare    Find a Doctor    Locations    Services    Health Library    Pay a Bill    MyChart",
            "Health Library > Orthopedics > Hip Replacement",
            "# Pre-Hip Replacement: Ankle Pumps, Quad Sets, Leg Raises",
            "These exercises make you stronger. You will keep doing them after your operation to help you "
            "recover faster. Ask your physical therapist or surgeon whether to work one leg or both. You "
            "may be given instructions of your own as well. Unless you are told something different, do "
            "each exercise at least 5 to 10 times, 2 times a day.",
            "## Ankle pumps",
            "[Image: lower leg showing ankle pumps.]",
            "After surgery, ankle pumps help keep the blood moving and lower the chance of clots. Practise "
            "them now by pointing your feet away and then pulling them back up.",
            "## Quadriceps sets",
            "[Image: lower leg showing quadriceps sets.]",
            "    - Lie in bed with both legs straight. Tighten the muscle on the front of your thigh while "
            "you push the back of your knee down into the bed.",
            "    - Hold for 5 to 10 seconds. Then let the leg relax.",
            "<page>",
            "## Straight leg raises",
            "[Image: lower leg showing a straight leg raise.]",
            "    - Lie in bed. Bend one knee and keep the other leg straight on the bed.",
            "    - Tighten the thigh muscle of the straight leg and lift it as high as you can, but no more "
            "than 12 inches. Hold for 5 to 10 seconds. Lower the leg slowly.",
            "",
            "Online Medical Reviewer: physical therapy reviewer    Date Last Reviewed: 3/1/2023",
            "This information is not intended as a substitute for professional medical care. Always follow "
            "your healthcare professional's instructions.",
            "About BayCare    Careers    Privacy    Nondiscrimination Notice    Contact Us",
        ],
    )
    return bytes(pdf.output())


TARGETS = {
    "296-baycare-pre-hip-replacement-exercises.pdf": baycare_pre_hip_pdf,
}

if __name__ == "__main__":
    for name, build in TARGETS.items():
        (HERE / name).write_bytes(build())
        print(f"wrote {HERE / name}")
