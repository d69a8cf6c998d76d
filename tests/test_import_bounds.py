"""Issue 24, items 2 and 13: a URL fetch ends by a deadline whatever the server does (a real
HTTP server on 127.0.0.1 dripping bytes), and a huge page is refused before it is parsed."""

from __future__ import annotations

import http.server
import threading
import time
from contextlib import contextmanager

import pytest

from support.importer_inputs import PAGE
from voicecoach.errors import InputError
from voicecoach.importer import fetch, import_source, sources


class _Drip(http.server.BaseHTTPRequestHandler):
    """Sends its status line, headers or body one byte every STEP_S seconds."""

    STEP_S = 0.05
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 - http.server's name
        body = PAGE.encode()
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        whole = head + body if self.path == "/head" else body
        if self.path != "/head":
            self.wfile.write(head)
        try:
            for byte in whole:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(self.STEP_S)
        except OSError:
            pass  # the client gave up: what the test wants

    def log_message(self, *args):
        pass


@contextmanager
def dripping_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("path", ["/body", "/head"])
def test_a_dripping_server_is_refused_by_the_whole_fetch_deadline(monkeypatch, path):
    # every read gets a byte within 0.05 s, so a timeout per read never fires (issue 24, item 2)
    monkeypatch.setattr(fetch, "FETCH_TIMEOUT_S", 0.3)
    monkeypatch.setattr(fetch, "FETCH_DEADLINE_S", 0.4)
    with dripping_server() as base:
        began = time.monotonic()
        with pytest.raises(InputError) as info:
            import_source(f"{base}{path}")
        took = time.monotonic() - began
    text = str(info.value)
    assert "\n" not in text and f"{base}{path}" in text and "within 0.4 s" in text, text
    assert took < 3.0, took


def test_the_default_deadline_refuses_a_drip_within_45_s():
    # the bound; the per-read timeout must not outlast it either
    assert fetch.FETCH_DEADLINE_S + 5 <= 45
    assert fetch.FETCH_TIMEOUT_S <= fetch.FETCH_DEADLINE_S


def _page_of(size: int) -> bytes:
    """PAGE with its exercise sections repeated up to ``size`` bytes (text-dense, the costly kind)."""
    head, rest = PAGE.split("<h2>", 1)
    body, tail = ("<h2>" + rest).split("</article>", 1)
    return (head + body * (size // len(body) + 1) + "</article>" + tail).encode()


def test_a_huge_web_page_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    # issue 24 item 13: a 9.7 MB page took 202 s and 1 GB before a refusal; now the size
    # alone refuses it (no parser runs: trafilatura is made to fail if it is reached)
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: pytest.fail("the page was parsed"))
    page = tmp_path / "huge.html"
    page.write_bytes(_page_of(int(9.7 * 1024 * 1024)))
    with pytest.raises(InputError, match=r"huge.html: the web page is 9.7 MB, over the 4.0 MB .* — "):
        import_source(page)


def test_an_article_text_over_the_bound_is_refused_before_importing(tmp_path, monkeypatch):
    # the importer's time grows with the text: a long text is refused before it runs
    from voicecoach.importer import article_blocks

    monkeypatch.setattr(article_blocks, "split_article", lambda *a: pytest.fail("the text was imported"))
    text = tmp_path / "long.txt"
    text.write_text("## Squat\n\nSquat 10 times, slowly, keeping the knees over the toes.\n\n" * 3000)
    with pytest.raises(
        InputError, match=r"long.txt: the article text is [\d,]+ characters, over the 150,000"
    ):
        import_source(text)


def test_an_article_file_over_the_byte_budget_or_not_a_file_is_refused_unread(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(sources.FETCH_MAX_BYTES + 1)  # sparse: nothing to read if it is refused
    with pytest.raises(InputError, match=r"big.txt: the file is 10.0 MB, over the 10.0 MB"):
        import_source(big)
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block for ever
    with pytest.raises(InputError, match=r"pipe.txt: not a regular file — "):
        import_source(fifo)


def test_a_long_pdf_is_refused_once_its_pages_exceed_the_text_bound(tmp_path, monkeypatch):
    # pages are read until the bound is passed, not to the end of a book
    from support.importer_inputs import pdf_bytes

    monkeypatch.setattr(sources, "ARTICLE_MAX_CHARS", 1500)
    book = tmp_path / "book.pdf"
    book.write_bytes(pdf_bytes(["Squat ten times, slowly, with your knees over your toes."] * 200))
    import pdfplumber

    from voicecoach.importer import pdfread

    read = []
    original = pdfread._page_items
    monkeypatch.setattr(pdfread, "_page_items", lambda page: read.append(1) or original(page))
    with pytest.raises(
        InputError, match=r"book.pdf: the article text is at least [\d,]+ characters, over the 1,500"
    ):
        import_source(book)
    with pdfplumber.open(book) as pdf:
        pages = len(pdf.pages)
    assert 0 < len(read) < pages / 2, (len(read), pages)
