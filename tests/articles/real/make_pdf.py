"""Rebuild 07-thunder-bay-tkr-booklet.pdf, the corpus's generated PDF (needs fpdf2, the test extra).

    .venv/bin/python tests/articles/real/make_pdf.py
"""

from pathlib import Path


def _tkr_pdf():
    from fpdf import FPDF
    lines = [
        "Total Knee Replacement", "Exercise Book", "",
        "Patient's Name: ___________________________",
        "Surgeon's Name: ___________________________",
        "Date of Surgery: __________________________", "",
        "Immediate Postoperative Exercises",
        "You can start these exercises straight after your operation, because they help:",
        "- to stop chest problems with your breathing,",
        "- to prevent blood clots in your legs,",
        "- to improve your circulation.", "",
        "1. Deep Breathing and Coughing Exercises",
        "Until you are up and walking well, take at least 10 deep breaths followed by a cough,",
        "every hour that you are awake.",
        "2. Ankle Pumping",
        "Move your feet up and down and round in circles.",
        "Repeat 50 times every hour that you are awake.",
        "3. Buttock Contractions",
        "Squeeze your buttock muscles and hold for a count of 5 seconds.",
        "Repeat five to ten times, three to four times each day.",
        "2",
        "THUNDER BAY REGIONAL HEALTH SCIENCES CENTRE", "",
        "Learning to Move",
        "Plan ahead after surgery. Take your pain medication before you need it.",
    ]
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    target = Path(__file__).with_name("07-thunder-bay-tkr-booklet.pdf")
    target.write_bytes(_tkr_pdf())
    print(f"wrote {target}")
