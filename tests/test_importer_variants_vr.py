"""A web page read the same whatever boxes it sets its paragraphs in (docs/design.md, importer
item 8, "The same article marked another way"). Our own wording."""

from __future__ import annotations

from voicecoach.importer import import_source


def _names(html: str, tmp_path) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return [e["name"] for e in import_source(path).exercises]


def _short_names_page(box: str) -> str:
    lines = [
        "After my operation the physio gave me a short list to work through twice a day, and I keep it here.",
        "I do them slowly and stop before anything hurts, which the physio was very firm about.",
        "<strong>Lying down:</strong>",
        "1. Ankle pumps",
        "2. Heel slides",
        "<strong>Sitting:</strong>",
        "3. Knee straightening",
        "4. Seated marching",
        "That is the whole routine for now; more will come at the next appointment.",
    ]
    body = "".join(f"<{box}>{line}</{box}>" for line in lines)
    return (
        "<html><head><title>My knee list | A runner's notes</title></head><body><main>"
        f"<h1>My knee list</h1>{body}</main><footer>© A runner's notes</footer></body></html>"
    )


def test_short_numbered_names_in_bare_divs_read_as_in_paragraphs(tmp_path):
    # a page that sets every paragraph in a bare <div>: its short lines are paragraphs too, not widgets
    names = ["Ankle pumps", "Heel slides", "Knee straightening", "Seated marching"]
    assert _names(_short_names_page("p"), tmp_path) == names
    assert _names(_short_names_page("div"), tmp_path) == names
