"""A web page read the same however it marks its headings and lists (docs/design.md, importer
item 8, "The same article marked another way"). Our own wording."""

from __future__ import annotations

from voicecoach.importer import import_source


def _read(html: str, tmp_path) -> list[tuple]:
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return [(e["name"], e.get("duration"), e.get("reps")) for e in import_source(path).exercises]


def _page(body: str) -> str:
    return (
        "<html><head><title>Warming up for netball | Club blog</title></head><body><main>"
        "<h1>Warming up for netball</h1>"
        "<p>A good warm-up before a match does not need to be long, but it should get every player "
        "moving and breathing harder before the whistle goes.</p>"
        f"{body}"
        "<p>After that the coach split us into pairs for passing drills, which I will write about "
        "another week.</p></main><footer>© Club blog</footer></body></html>"
    )


_WARM_UP = [
    "Brisk walk for 3 minutes",
    "Bear crawls to the end of the hall and back",
    "Fast feet for 20 seconds",
]


def test_a_list_typed_as_bullet_paragraphs_reads_as_the_list(tmp_path):
    # "<p>• Brisk walk …</p>" one after another: the list a reader sees, not paragraphs
    listed = (
        "<p>Before Saturday's match we did:</p><ul>" + "".join(f"<li>{x}</li>" for x in _WARM_UP) + "</ul>"
    )
    typed = "<p>Before Saturday's match we did:</p>" + "".join(f"<p>• {x}</p>" for x in _WARM_UP)
    read = _read(_page(listed), tmp_path)
    assert [name for name, *_ in read] == ["Brisk walk", "Bear crawls", "Fast feet"]
    assert _read(_page(typed), tmp_path) == read
