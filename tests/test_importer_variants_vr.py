"""A web page that marks its names as bold paragraphs instead of headings reads as the same page
with ``<h3>`` names (docs/design.md, importer item 8). Our own wording."""

from __future__ import annotations

from voicecoach.importer import import_source
from voicecoach.importer.htmlread import xml_to_text

GAMES = [
    ("Bench Steppers", "Pupils step up and down on a low bench, changing feet each time."),
    ("Skip Along", "Pupils jump rope without stopping, in any style they like."),
    ("Reach for the Sky", "Pupils stretch both arms up high, then stretch down to touch their toes."),
    ("Tummy Curls", "Pupils curl up and down slowly from lying on their backs."),
]


def _page() -> str:
    named = "".join(f"<h3>{name}</h3><p>{how}</p>" for name, how in GAMES)
    return (
        "<html><head><title>Station games | Lakeside Primary PE</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/pe'>PE</a></nav><main><h1>Station games</h1>"
        "<p>Set up four stations around the hall. Groups spend two minutes at each one, then "
        "move on when the whistle blows.</p>"
        f"{named}</main><footer>© Lakeside Primary · Contact us</footer></body></html>"
    )


def _names(html: str, tmp_path) -> list[str]:
    path = tmp_path / "games.html"
    path.write_text(html, "utf-8")
    return [e["name"] for e in import_source(path).exercises]


def test_names_in_bold_paragraphs_read_as_names_in_headings(tmp_path):
    headed = _names(_page(), tmp_path)
    assert headed == [name for name, _ in GAMES]
    bold = _page().replace("<h3>", "<p><strong>").replace("</h3>", "</strong></p>")
    assert _names(bold, tmp_path) == headed


def test_a_counted_run_of_bold_names_sits_under_the_bold_part_names():
    # "Warm-up" and "Cool-down" name parts, the counted names the exercises inside them
    xml = (
        "<doc><main><p><hi rend='#b'>Warm-up</hi></p><p>Ease in gently.</p>"
        "<p><hi rend='#b'>1. Arm circles</hi></p><p>Circle both arms 10 times.</p>"
        "<p><hi rend='#b'>2. Marching</hi></p><p>March on the spot for 1 minute.</p>"
        "<p><hi rend='#b'>Cool-down</hi></p><p>Slow down.</p>"
        "<p><hi rend='#b'>3. Calf stretch</hi></p><p>Hold for 20 seconds.</p></main></doc>"
    )
    heads = [line for line in xml_to_text(xml).split("\n") if line.startswith("#")]
    assert heads == [
        "## Warm-up",
        "### 1. Arm circles",
        "### 2. Marching",
        "## Cool-down",
        "### 3. Calf stretch",
    ]


def test_bold_paragraphs_stay_bold_on_a_page_that_has_headings():
    xml = (
        "<doc><main><head rend='h2'>Knee exercises</head><p><hi rend='#b'>Heel slides</hi></p>"
        "<p>Slide your heel towards you 10 times.</p><p><hi rend='#b'>Quad sets</hi></p>"
        "<p>Press your knee down for 5 seconds.</p></main></doc>"
    )
    assert "**Heel slides**" in xml_to_text(xml)


def test_a_bold_remark_in_brackets_stays_a_remark_over_the_bold_names():
    xml = (
        "<doc><main><p><hi rend='#b'>(Do these three times a day)</hi></p>"
        "<p><hi rend='#b'>Heel slides</hi></p><p>Slide your heel towards you 10 times.</p>"
        "<p><hi rend='#b'>Quad sets</hi></p><p>Press your knee down for 5 seconds.</p></main></doc>"
    )
    heads = [line for line in xml_to_text(xml).split("\n") if line.startswith("#")]
    assert heads == ["### Heel slides", "### Quad sets"]


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
