"""Builders for importer input tests: web pages and PDFs made in the test, a local HTTP server."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# path -> (content type, body, delay in s, Content-Length to declare or None for the body's)
Routes = dict[str, tuple[str, bytes, float, int | None]]

PAGE = """<!doctype html><html><head><title>Knee exercises | Example Clinic</title>
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
<style>nav{display:flex}</style></head><body>
<a class="skip" href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav></header>
<main id="main"><article>
<h1>Knee strengthening exercises</h1>
<p>Your physiotherapist has chosen these exercises for you. Stop if anything hurts.</p>
<h2>1. Straight leg raise</h2>
<p>Lie on your back with one knee bent. Tighten the thigh of the straight leg and lift it a
hand's width off the bed. Hold for 5 seconds, then lower slowly.</p>
<p>Repeat 10 times on each leg.</p>
<h2>2. Wall squat</h2>
<ul><li>Stand with your back against a wall, feet a step forward.</li>
<li>Slide down until your knees are slightly bent and hold for 10 seconds.</li>
<li>Slide back up. Repeat 5 times.</li></ul>
<h2>3. Step-ups</h2>
<p>Step up onto the bottom stair with one leg and down again. Do 3 sets of 12,
resting 30 seconds between sets.</p>
</article></main>
<aside><h3>Related articles</h3><ul><li><a href="/hip">Hip exercises</a></li></ul></aside>
<footer><p>Example Clinic, 12 High Street, Townsville AB1 2CD. Tel 01234 567890</p>
<p>&copy; 2024 Example Clinic Ltd. All rights reserved.</p></footer>
<script>console.log("tracking")</script></body></html>"""

PDF_LINES = [
    "Shoulder exercises",
    "",
    "1. Pendulum",
    "Lean on a table and let your arm hang. Swing it in small circles for 30 seconds.",
    "",
    "2. Wall slide",
    "Stand facing a wall and slide your hands up it. Repeat 10 times.",
    "",
    "3. Band row",
    "Pull a band towards you, squeezing your shoulder blades. 3 sets of 15.",
]


def pdf_bytes(lines: list[str] | None = None, text: bool = True, password: str | None = None) -> bytes:
    """A PDF made here with fpdf2: the lines as a text layer (a line ``"\\f"`` starts a new
    page), or (``text=False``) only a drawing."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if text:
        for line in lines if lines is not None else PDF_LINES:
            if line == "\f":
                pdf.add_page()
                continue
            pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_fill_color(120, 120, 120)  # a "scan": shapes, no text layer
        for row in range(20):
            pdf.rect(20, 20 + row * 10, 150 - row * 3, 5, style="F")
    if password is not None:
        from fpdf.enums import EncryptionMethod

        pdf.set_encryption(
            owner_password="owner", user_password=password, encryption_method=EncryptionMethod.RC4
        )
    return bytes(pdf.output())


# A dance department's Pilates handout, re-created: labels above an Exercise / Repetitions /
# Level / Notes table (issue 23's example; read as flattened text it gave "Goals" as an exercise).
PILATES_INTRO = [
    "Sample discussion/topics",
    "- Breathing into the back ribs",
    "- Neutral spine versus imprint",
    "Goals",
    "Build a strong centre for turns and jumps.",
    "First learn with modifications",
    "Keep the head down and knees bent until the abdominals can hold the shape.",
    "",
]
PILATES_ROWS = [
    ("Exercise", "Repetitions", "Level", "Notes"),
    ("The Hundred", "10 breaths", "Beginner", "Pump the arms, breathing in for 5 pumps and out for 5."),
    ("Roll Up", "6", "Beginner", "Peel the spine off the mat one bone at a time."),
    ("Single Leg Circles", "5 each leg", "Beginner", "Circle the raised leg from the hip, pelvis still."),
    ("Rolling Like a Ball", "8", "Intermediate", "Hug the shins and roll back to the shoulder blades."),
    ("Swimming", "3 sets of 10", "Advanced", "Lie face down and flutter opposite arm and leg."),
]


def table_pdf() -> bytes:
    """The Pilates handout as a PDF: a large title, the labels, and a ruled table."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.cell(0, 10, "Dance 210: Pilates Mat Handout", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in PILATES_INTRO:
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(40, 30, 30, 90)) as table:
        for row in PILATES_ROWS:
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


# A two-column leaflet over two pages with a running header and footer (re-created content).
TWO_COLUMN = [  # (name, instructions), in reading order: page 1 left, page 1 right, page 2 left, …
    ("Heel raises", "Stand holding a chair. Rise up onto your toes, then lower slowly. Repeat 10 times."),
    (
        "Sit to stand",
        "Sit near the front of a chair. Stand up without using your hands, then sit back "
        "down. Repeat 8 times.",
    ),
    ("Side leg lift", "Stand holding a chair. Lift one leg out to the side and lower it. Do 10 on each leg."),
    ("Tandem stand", "Stand with one foot right in front of the other, heel to toe. Hold for 10 seconds."),
    ("Marching", "Hold a chair and march on the spot, lifting your knees. Keep going for 30 seconds."),
    ("Calf stretch", "Step one foot back and press the heel down. Hold for 20 seconds on each leg."),
    (
        "Toe raises",
        "Stand holding a chair and lift your toes off the floor, then lower them. Repeat 12 times.",
    ),
    (
        "Wall push-up",
        "Stand an arm's length from a wall, hands flat on it. Bend your elbows to bring your "
        "chest to the wall and push back. Repeat 10 times.",
    ),
]


def two_column_pdf(pages: int = 2) -> bytes:
    """Each page: a running header, two columns of numbered exercises, a footer with the page
    number; the left column's lines sit beside the right column's, as in a folded leaflet."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    per_column = len(TWO_COLUMN) // (2 * pages)
    number = 0
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "Falls Prevention Service - Strength and Balance at Home")
        pdf.set_font("Helvetica", size=11)
        for column, x in enumerate((10, 110)):
            pdf.set_xy(x, 25)
            first = (page * 2 + column) * per_column
            for name, how in TWO_COLUMN[first : first + per_column]:
                number += 1
                pdf.set_x(x)
                pdf.set_font("Helvetica", style="B", size=11)
                pdf.multi_cell(85, 6, f"{number}. {name}", new_x="LEFT", new_y="NEXT")
                pdf.set_font("Helvetica", size=11)
                pdf.multi_cell(85, 6, how, new_x="LEFT", new_y="NEXT")
                pdf.ln(4)
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 280)
        pdf.cell(0, 5, f"Leaflet FP-12 - page {page + 1} of {pages}")
    return bytes(pdf.output())


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: Routes = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        kind, body, delay, length = route
        if delay:
            time.sleep(delay)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length if length is not None else len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@contextmanager
def serve(routes: Routes) -> Iterator[str]:
    """Serve ``{path: (content type, body, delay s, content-length or None)}`` on 127.0.0.1."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
