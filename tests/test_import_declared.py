"""What a server declares is believed, and what it does wrong is one line (issue 24 item 15):
a real HTTP server on 127.0.0.1, the import run in-process."""

import http.server
import threading
from contextlib import contextmanager

from support.cli import voicecoach

ARTICLE = (
    "Fußgymnastik nach dem Lauf\n\nStep 1: Zehenspreizen\nSpread your toes wide and hold for 5 seconds. "
    "Repeat 10 times.\n\nStep 2: Fersenheben\nRise onto the balls of your feet, slowly, 12 times.\n"
)


@contextmanager
def server(routes):
    """``{path: (status, headers, body)}`` answered as given."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            status, headers, body = routes[self.path]
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_declared_latin_1_charset_is_honoured():
    with server(
        {
            "/a": (200, {"Content-Type": "text/plain; charset=iso-8859-1"}, ARTICLE.encode("latin-1")),
            "/h": (
                200,
                {"Content-Type": "text/html; charset=ISO-8859-1"},
                f"<html><body><article><h1>Fußgymnastik</h1><p>{ARTICLE}</p></article></body></html>".encode(
                    "latin-1"
                ),
            ),
        }
    ) as base:
        text = voicecoach("import", f"{base}/a")
        page = voicecoach("preview", f"{base}/h")
    assert text.returncode == 0, text.stderr
    assert "Fußgymnastik nach dem Lauf" in text.stdout and "Zehenspreizen" in text.stdout
    assert page.returncode == 0, page.stderr
    assert "Zehenspreizen" in page.stdout and "Ã" not in page.stdout


def test_an_unknown_charset_and_a_redirect_loop_are_one_line_each():
    with server(
        {
            "/x": (200, {"Content-Type": "text/plain; charset=klingon-8"}, b"Squats 10 times"),
            "/loop": (302, {"Location": "/loop"}, b""),
        }
    ) as base:
        unknown = voicecoach("import", f"{base}/x")
        loop = voicecoach("import", f"{base}/loop")
    assert unknown.returncode == 2 and unknown.stderr.strip().splitlines() == [
        f"voicecoach: error: {base}/x: the server declares the unknown charset 'klingon-8' — save the "
        "article as UTF-8 text and import the file"
    ]
    assert loop.returncode == 2 and loop.stderr.strip().splitlines() == [
        f"voicecoach: error: {base}/loop: the server redirects in a loop (or too often) — open the "
        "address in a browser, and import the page it ends at"
    ]
