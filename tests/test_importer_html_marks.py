"""A web page read the same whatever marks its site builder gives its headings, bold, lists and
accordions (docs/design.md, importer item 8, "The same article marked another way"). Our own
wording."""

from __future__ import annotations

from voicecoach.importer import import_source
from voicecoach.importer.htmlread import page_text

_HEAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
    "<title>Garden bench routine | Slow and steady</title></head>\n<body>\n<main>\n<article>\n"
)
_FOOT = "\n</article>\n</main>\n</body>\n</html>"

_INTRO = (
    "<h1>Garden bench routine</h1>\n"
    "<p>Our Tuesday group does these by the pond before the walk, and a few of you asked for them in writing:</p>\n"
)
_EXERCISES = [
    ("Tall Tree", "With one hand on the bench, reach the other arm up high.", "Do 2 sets of 10."),
    (
        "Rocking Boat",
        "Sitting on the bench, rock slowly forward and back from your hips.",
        "Do 3 sets of 12.",
    ),
    (
        "Open Book",
        "Lying on your side on the bench, knees bent, open your top arm across.",
        "Keep going for 30 seconds.",
    ),
]


def _fields(html: str, tmp_path) -> list[tuple]:
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return [
        (e.get("name"), e.get("sets"), e.get("reps"), e.get("duration"))
        for e in import_source(path).exercises
    ]


def _page(heading: str = "<h2>{}</h2>") -> str:
    body = "\n".join(heading.format(name) + f"\n<p>{how} {amount}</p>" for name, how, amount in _EXERCISES)
    return _HEAD + _INTRO + body + _FOOT


def test_headings_given_as_boxes_with_a_heading_role(tmp_path):
    plain = _fields(_page(), tmp_path)
    assert [f[0] for f in plain] == [name for name, _, _ in _EXERCISES]
    boxed = _page('<div role="heading" aria-level="2" class="heading-title">{}</div>')
    assert _fields(boxed, tmp_path) == plain


def test_bold_given_as_a_styled_span(tmp_path):
    # a text editor's export sets each exercise's name, run into its text, in bold by a style
    def page(bold: str) -> str:
        body = "\n".join(f"<p>{bold.format(name)} {how} {amount}</p>" for name, how, amount in _EXERCISES)
        return _HEAD + _INTRO + body + _FOOT

    plain = _fields(page("<strong>{}</strong>"), tmp_path)
    assert [f[0] for f in plain] == [name for name, _, _ in _EXERCISES]
    assert _fields(page('<span style="font-weight: 700;">{}</span>'), tmp_path) == plain


_LINES = ("Tall Tree: 10 times", "Rocking Boat: 12 times", "Open Book: 30 seconds")


def test_list_items_given_as_classed_boxes(tmp_path):
    # short dosed lines in a page builder's icon list
    def page(items: str) -> str:
        lead = "<p>Three rounds of these, resting a minute between rounds:</p>\n"
        return _HEAD + _INTRO + lead + items.format(*_LINES) + _FOOT

    plain = _fields(page("<ul>\n<li>{}</li>\n<li>{}</li>\n<li>{}</li>\n</ul>"), tmp_path)
    assert [f[0] for f in plain] == [name for name, _, _ in _EXERCISES]
    boxed = '<div class="icon-list">' + '\n<div class="icon-list-item"><span>{}</span></div>' * 3 + "\n</div>"
    assert _fields(page(boxed), tmp_path) == plain


def test_exercises_folded_in_accordions(tmp_path):
    # each exercise a card, folded under its name, its text in a small table beside a picture
    def page(fold: bool) -> str:
        body = "\n".join(
            '<div class="exercise-card">\n'
            + (f"<details><summary>{name}</summary>" if fold else f"<h2>{name}</h2>")
            + f'<table class="exercise-row"><tr>\n<td class="media"><img src="{n}.jpg" alt=""></td>\n'
            + f'<td class="dose">{how} {amount}</td>\n</tr></table>\n'
            + ("</details>\n" if fold else "")
            + "</div>"
            for n, (name, how, amount) in enumerate(_EXERCISES)
        )
        return _HEAD + _INTRO + body + _FOOT

    plain = _fields(page(False), tmp_path)
    assert [f[0] for f in plain] == [name for name, _, _ in _EXERCISES]
    assert _fields(page(True), tmp_path) == plain


def test_a_page_with_no_charset_keeps_its_dashes(tmp_path):
    # a page saved without <meta charset>, its paragraphs in boxes: rewritten before it is read
    page = _page().replace('<meta charset="utf-8">', "").replace("<p>", "<div>").replace("</p>", "</div>")
    page = page.replace("arm up high.", "arm up high – then higher.")
    assert [f[0] for f in _fields(page, tmp_path)] == [name for name, _, _ in _EXERCISES]
    assert "–" in import_source(tmp_path / "page.html").exercises[0]["how"]


def test_headings_given_as_paragraphs_set_large(tmp_path):
    # a text editor's headings: short paragraphs whose whole text is a span set large, each over
    # its exercise's steps in a list
    def page(name: str) -> str:
        body = "\n".join(
            name.format(title)
            + f"\n<ul>\n<li>{how}</li>\n<li>{amount}</li>\n<li>If you feel wobbly, keep a hand on the bench.</li>\n</ul>"
            for title, how, amount in _EXERCISES
        )
        return _HEAD + _INTRO.replace(":</p>", ".</p>") + body + _FOOT

    plain = page("<h2>{}</h2>")
    sized = page('<p class="font_4"><span style="font-size: 24px;">{}</span></p>')
    assert page_text(sized) == page_text(plain)  # read as the same headings
    assert _fields(sized, tmp_path) == _fields(plain, tmp_path)
    # a short line at the body's size stays a line
    assert "## " not in page_text(page('<p><span style="font-size: 16px;">{}</span></p>'))


def test_a_list_of_one_classed_box_is_a_list(tmp_path):
    # one more line added below the round, in its own one-item list
    def page(items: str, extra: str) -> str:
        lead = "<p>Three rounds of these, resting a minute between rounds:</p>\n"
        more = "\n<p>Then, when the last round is done, one more:</p>\n" + extra.format("Tall Tree: 20 times")
        return _HEAD + _INTRO + lead + items.format(*_LINES[1:]) + more + _FOOT

    plain = page("<ul>\n<li>{}</li>\n<li>{}</li>\n</ul>", "<ul><li>{}</li></ul>")
    boxed = page(
        '<div class="icon-list">' + '\n<div class="icon-list-item"><span>{}</span></div>' * 2 + "\n</div>",
        '<div class="icon-list"><div class="icon-list-item"><span>{}</span></div></div>',
    )
    assert page_text(boxed) == page_text(plain)
