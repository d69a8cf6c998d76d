"""Builders for importer input tests: web pages and PDFs made in the test, a local HTTP server."""

from __future__ import annotations

import http.server
import threading
import time
from contextlib import contextmanager

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
<p>Step up onto the bottom stair with one leg and down again. Do 3 sets of 12, resting 30 seconds between sets.</p>
</article></main>
<aside><h3>Related articles</h3><ul><li><a href="/hip">Hip exercises</a></li></ul></aside>
<footer><p>Example Clinic, 12 High Street, Townsville AB1 2CD. Tel 01234 567890</p>
<p>&copy; 2024 Example Clinic Ltd. All rights reserved.</p></footer>
<script>console.log("tracking")</script></body></html>"""

PDF_LINES = ["Shoulder exercises", "",
             "1. Pendulum", "Lean on a table and let your arm hang. Swing it in small circles for 30 seconds.",
             "", "2. Wall slide",
             "Stand facing a wall and slide your hands up it. Repeat 10 times.", "",
             "3. Band row",
             "Pull a band towards you, squeezing your shoulder blades. 3 sets of 15."]


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
        pdf.set_fill_color(120, 120, 120)          # a "scan": shapes, no text layer
        for row in range(20):
            pdf.rect(20, 20 + row * 10, 150 - row * 3, 5, style="F")
    if password is not None:
        from fpdf.enums import EncryptionMethod
        pdf.set_encryption(owner_password="owner", user_password=password,
                           encryption_method=EncryptionMethod.RC4)
    return bytes(pdf.output())


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's name
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

    def log_message(self, *args):  # keep test output quiet
        pass


@contextmanager
def serve(routes: dict):
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
