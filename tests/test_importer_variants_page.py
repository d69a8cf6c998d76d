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


def _sections_page(heading) -> str:
    """A page of two sections of two exercises each, its headings marked by ``heading(level, text)``."""
    sections = [
        (
            "Station work",
            [
                ("Rocket Launch", "Squat down low, then jump as high as you can with your arms overhead."),
                ("Crab Scuttle", "Sit, lift your hips off the floor and scuttle sideways on hands and feet."),
                ("Wheelbarrow Race", "One partner holds the other's ankles while they walk on their hands."),
            ],
        ),
        (
            "Cooling down",
            [
                ("Starfish", "Lie on your back, arms and legs wide, and breathe slowly."),
                ("Sleeping Lions", "Lie still with your eyes closed until the music ends."),
            ],
        ),
    ]
    body = "".join(
        heading(2, phase) + "".join(heading(4, name) + f"<p>{how}</p>" for name, how in moves)
        for phase, moves in sections
    )
    return (
        "<html><head><title>Back to strength | Class blog</title></head><body><main>"
        "<h1>Sports day stations</h1><p>Our class moved round the hall in teams of five, a station at a time, "
        f"then cooled down together.</p>{body}</main><footer>© Class blog</footer></body></html>"
    )


def _styled(level: int, text: str) -> str:
    # a site builder's heading: a paragraph of one span at a browser's own size for that level, bold
    return f'<p class="font_4"><span style="font-size:{ {2: 24, 3: 19, 4: 16}[level] }px;font-weight:700">{text}</span></p>'


def test_a_heading_set_bold_at_the_body_size_under_larger_styled_headings_reads_as_one(tmp_path):
    # the builder's h4 is set at 16px, the body's size: under its 24px headings it is a heading too
    marked = _read(_sections_page(lambda level, text: f"<h{level}>{text}</h{level}>"), tmp_path)
    assert [name for name, *_ in marked] == [
        "Rocket Launch",
        "Crab Scuttle",
        "Wheelbarrow Race",
        "Starfish",
        "Sleeping Lions",
    ]
    assert _read(_sections_page(_styled), tmp_path) == marked


def _counted_page(heading) -> str:
    drills = [
        (
            "20 Finger rolls",
            "Curl your fingers into a loose fist and open them again, one knuckle at a time.",
        ),
        ("15 Wrist turns", "Hold your forearms still and turn your palms up, then down."),
        ("10 Arm swings", "Swing both arms forwards and back, letting them go a little higher each time."),
    ]
    body = "".join(heading(name) + f"<p>{how}</p>" for name, how in drills)
    return (
        "<html><head><title>Before the wall | Bouldering club</title></head><body><main>"
        "<h1>Before the wall</h1><p>Three quick drills we do by the benches before anyone climbs.</p>"
        f"{body}</main><footer>© Bouldering club</footer></body></html>"
    )


def test_a_heading_set_bold_as_a_whole_reads_as_the_heading(tmp_path):
    # "<h3><strong>20 Finger rolls</strong></h3>": the heading's own bold, not a bold name in it
    plain = _read(_counted_page(lambda name: f"<h3>{name}</h3>"), tmp_path)
    assert [name for name, *_ in plain] == ["Finger rolls", "Wrist turns", "Arm swings"]
    assert _read(_counted_page(lambda name: f"<h3><strong>{name}</strong></h3>"), tmp_path) == plain
