"""Article inputs: saved web pages, PDFs, URLs; every bad input is one line naming it."""

from __future__ import annotations

import socket

import pytest

from support.importer_inputs import PAGE, pdf_bytes, serve
from voicecoach.errors import InputError
from voicecoach.importer import ARTICLE_SUFFIXES, fetch, import_source, is_article


def one_line_error(spec, match: str) -> str:
    with pytest.raises(InputError) as info:
        import_source(spec)
    text = str(info.value)
    assert "\n" not in text and str(spec) in text and match in text, text
    assert " — " in text  # every message says what to do
    return text


def test_article_suffixes_and_urls():
    assert set(ARTICLE_SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".pdf"}
    for spec in ("a.TXT", "b.md", "c.html", "d.HTM", "e.pdf", "http://x.org/a", "https://x.org/a?b=1"):
        assert is_article(spec), spec
    for spec in ("c.yaml", "foot-strength", "page.html.bak"):
        assert not is_article(spec), spec


def test_saved_web_page_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    path = tmp_path / "knee.html"
    path.write_text(PAGE, "utf-8")
    result = import_source(path)
    assert result.title == "Knee strengthening exercises"
    assert [e["name"] for e in result.exercises] == ["Straight leg raise", "Wall squat", "Step-ups"]
    leg, wall, step = result.exercises
    assert (leg["reps"], leg["hold"], leg["sides"]) == (10, 5, ["right leg", "left leg"])
    assert (wall["reps"], wall["hold"]) == (5, 10)
    assert (step["sets"], step["reps"], step["rest"]) == (3, 12, 30)
    spoken = " ".join(str(e.get("how")) for e in result.exercises)
    for furniture in ("Skip to content", "Contact us", "Tel", "rights reserved", "tracking", "dataLayer"):
        assert furniture not in spoken


def test_htm_suffix_is_a_web_page_too(tmp_path):
    path = tmp_path / "knee.HTM"
    path.write_bytes(PAGE.encode("latin-1"))
    assert len(import_source(path).exercises) == 3


def test_pdf_handout(tmp_path):
    path = tmp_path / "shoulder.pdf"
    path.write_bytes(pdf_bytes())
    result = import_source(path)
    assert result.title == "Shoulder exercises"
    assert [e["name"] for e in result.exercises] == ["Pendulum", "Wall slide", "Band row"]
    pendulum, slide, row = result.exercises
    assert pendulum["duration"] == 30 and slide["reps"] == 10 and (row["sets"], row["reps"]) == (3, 15)


def test_every_page_of_a_pdf_is_read(tmp_path):
    """A handout whose exercises go on over the page: the second page's are imported too."""
    lines = [
        "Shoulder exercises",
        "",
        "1. Pendulum",
        "Let the arm hang and swing it gently in small circles for 30 seconds.",
        "",
        "2. Wall slide",
        "Slide your hands up the wall and back down. Repeat 10 times.",
        "\f",
        "3. Band row",
        "Pull the band towards you, squeezing the shoulder blades. Do 3 sets of 15.",
    ]
    path = tmp_path / "two-pages.pdf"
    path.write_bytes(pdf_bytes(lines))
    result = import_source(path)
    assert [e["name"] for e in result.exercises] == ["Pendulum", "Wall slide", "Band row"]
    assert (result.exercises[2]["sets"], result.exercises[2]["reps"]) == (3, 15)


def test_pdf_with_an_empty_user_password_opens(tmp_path):
    path = tmp_path / "open.pdf"
    path.write_bytes(pdf_bytes(password=""))
    assert len(import_source(path).exercises) == 3


@pytest.mark.parametrize(
    "name, data, match",
    [
        ("scan.pdf", lambda: pdf_bytes(text=False), "no text layer"),
        ("locked.pdf", lambda: pdf_bytes(password="secret"), "encrypted"),
        ("broken.pdf", lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage", "damaged"),
        ("truncated.pdf", lambda: pdf_bytes()[:300], "damaged"),
        ("notpdf.pdf", lambda: b"<html>hello</html>", "not a PDF"),
        (
            "menu.html",
            lambda: b"<html><body><nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav></body></html>",
            "no article text",
        ),
        ("empty.html", lambda: b"   ", "empty"),
    ],
)
def test_bad_files_are_one_line(tmp_path, name, data, match):
    path = tmp_path / name
    path.write_bytes(data())
    one_line_error(path, match)


def test_html_article_without_exercises_is_refused_not_empty(tmp_path):
    path = tmp_path / "essay.html"
    path.write_text(
        "<html><body><article><h1>Why I run</h1><p>"
        + "Running makes me happy. " * 30
        + "</p></article></body></html>",
        "utf-8",
    )
    one_line_error(path, "no exercises found")


def test_url_serves_html_pdf_and_text():
    routes = {
        "/knee": ("text/html; charset=utf-8", PAGE.encode(), 0, None),
        "/shoulder.pdf": ("application/pdf", pdf_bytes(), 0, None),
        "/plain": (
            "text/plain",
            b"## Squat\n\nSquat 10 times.\n\n## Lunge\n\nLunge 8 times per leg.\n",
            0,
            None,
        ),
    }
    with serve(routes) as base:
        assert len(import_source(f"{base}/knee").exercises) == 3
        assert [e["name"] for e in import_source(f"{base}/shoulder.pdf").exercises][0] == "Pendulum"
        assert [e["name"] for e in import_source(f"{base}/plain").exercises] == ["Squat", "Lunge"]


def test_url_errors_are_one_line(monkeypatch):
    monkeypatch.setattr(fetch, "FETCH_TIMEOUT_S", 0.5)
    monkeypatch.setattr(fetch, "FETCH_MAX_BYTES", 1000)
    routes = {
        "/slow": ("text/html", PAGE.encode(), 2.0, None),
        "/big": ("text/html", b"<p>x</p>" * 400, 0, None),
        "/liar": ("text/html", b"<p>x</p>", 0, 50_000_000),
        "/image": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, 0, None),
    }
    with serve(routes) as base:
        one_line_error(f"{base}/missing", "404")
        one_line_error(f"{base}/slow", "no answer within 0.5 s")
        one_line_error(f"{base}/big", "larger than")
        one_line_error(f"{base}/liar", "larger than")
        one_line_error(f"{base}/image", "image/png")


def test_refused_connection_is_one_line():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    one_line_error(f"http://127.0.0.1:{port}/article", "cannot connect")
