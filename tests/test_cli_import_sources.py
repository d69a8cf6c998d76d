"""CLI: import / preview / play accept saved web pages, PDFs and URLs; bad ones are one line."""

from __future__ import annotations

import json

from support.cli import run_cli
from support.importer_inputs import PAGE, pdf_bytes, serve


def test_import_and_preview_a_saved_web_page_and_a_pdf(tmp_path, capsys):
    page = tmp_path / "knee.html"
    page.write_text(PAGE, "utf-8")
    handout = tmp_path / "shoulder.pdf"
    handout.write_bytes(pdf_bytes())
    code, out, err = run_cli(["import", str(page), "--json"])
    assert code == 0, err
    assert [e["name"] for e in json.loads(out)["exercises"]] == [
        "Straight leg raise",
        "Wall squat",
        "Step-ups",
    ]
    code, out, err = run_cli(["preview", str(handout)])
    assert code == 0, err
    assert "Exercise 1 of 3: Pendulum." in out


def test_import_a_url_and_write_the_yaml(tmp_path, capsys):
    target = tmp_path / "knee.yaml"
    with serve({"/knee": ("text/html", PAGE.encode(), 0, None)}) as base:
        code, _, err = run_cli(["import", f"{base}/knee", "-o", str(target)])
    assert code == 0, err
    assert "Straight leg raise" in target.read_text() and f"Imported from {base}/knee" in target.read_text()


def test_bad_sources_are_one_line_with_exit_status_2(tmp_path, capsys):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes(text=False))
    with serve({}) as base:
        for command in (
            ["import", str(scan)],
            ["play", str(scan)],
            ["preview", f"{base}/gone"],
            ["import", f"{base}/gone"],
        ):
            code, out, err = run_cli(command)
            lines = err.strip().splitlines()
            assert code == 2 and out == "" and len(lines) == 1, (command, err)
            assert lines[0].startswith("voicecoach: error:") and "Traceback" not in err
