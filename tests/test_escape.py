"""voicecoach.escape against a hostile corpus, each function read back by the parser of its context:
expat for XML, html.parser for HTML, json for JSON, line splitting for M3U, and a look at every
character for the terminal; then the phone page in headless chromium."""

import html
import html.parser
import json
import shutil
import unicodedata
from xml.etree import ElementTree as ET

import pytest

from voicecoach.escape import html_text, json_in_html, m3u_text, terminal_text, xml_text

HOSTILE = [
    "Form\x0cfeed",
    "Clear\x1b[2J\x1b]0;owned\x07screen",
    "]]>",
    "<!--",
    "</script>",
    "<!--<script>",
    "</script><script>alert(1)</script>",
    "line\nbreak\r\n#EXTINF:1,evil\nevil.mp3",
    "\u202eevil.exe\u202c",
    "\u2066isolate\u2069",
    "\ud800lone\udfff",
    "nul\x00byte",
    "&amp; & \"quoted\" 'single'",
    "sep\u2028\u2029",
    "nel\x85csi\x9b31m",
    "del\x7f",
    "\ufffe\uffff",
]
NATURAL = ["שלום עולם", "مرحبا بالعالم", "Fußgewölbe — 3×", "emoji 🏃‍♀️", "tab\tkept"]


@pytest.mark.parametrize("text", HOSTILE + NATURAL)
def test_xml_text_always_parses_back_to_itself(text):
    el = ET.Element("title")
    el.text = xml_text(text)
    el.set("attr", xml_text(text))
    back = ET.fromstring(ET.tostring(el, encoding="unicode"))  # expat: fails on an ill-formed file
    assert (back.text or "") == xml_text(text) == back.get("attr")
    assert "\ud800" not in xml_text(text) and "\x0c" not in xml_text(text)


@pytest.mark.parametrize("text", NATURAL)
def test_natural_text_is_kept_by_every_context(text):
    assert xml_text(text) == text
    assert html.unescape(html_text(text)) == text
    assert json.loads(json_in_html(text)) == text
    assert terminal_text(text) == text
    assert m3u_text(text) == text.replace("\t", " ")


class _Collect(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.data, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.data.append(data)

    def handle_comment(self, data):
        self.tags.append("!--")


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_is_one_text_node_and_one_attribute(text):
    parser = _Collect()
    parser.feed(f'<p title="{html_text(text)}">{html_text(text)}</p>')
    parser.close()
    assert parser.tags == ["p"]
    assert parser.attrs == [("title", xml_text(text))]
    assert "".join(parser.data) == xml_text(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_json_in_html_cannot_end_the_script_or_open_a_comment(text):
    value = {"title": text, "chapters": [{"title": text, "start": 1.5}]}
    data = json_in_html(value)
    assert not set(data) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(data) == {
        "title": xml_text(text),
        "chapters": [{"title": xml_text(text), "start": 1.5}],
    }
    data.encode("utf-8")  # no lone surrogate left to fail the write


@pytest.mark.parametrize("text", HOSTILE)
def test_m3u_text_is_one_line_without_controls(text):
    line = m3u_text(text)
    assert len(f"#EXTINF:1,{line}".splitlines()) == 1
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in line)


@pytest.mark.parametrize("text", HOSTILE)
def test_terminal_text_shows_controls_instead_of_sending_them(text):
    shown = terminal_text(text)
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in shown)
    assert not set(shown) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    if "\x1b" in text:
        assert "\\x1b" in shown


@pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="chromium not installed (scripts/test installs it)",
)
def test_the_page_lists_every_session_whatever_their_titles(tmp_path):
    """Issue 24 item 9: "<!--<script>" in one title turned the rest of the page into script text."""
    from support.cdp import Browser
    from voicecoach.export.page import page_html

    titles = [
        "<!--<script>",
        "</script><script>document.title='owned'</script>",
        "Form\x0cfeed & ]]>",
        "\u202eright to left",
        "Plain walk",
    ]
    manifest = {
        "title": "Mine <!--<script>",
        "episodes": {
            f"e{i}": {
                "guid": f"g{i}",
                "title": t,
                "file": f"e{i}.mp3",
                "cover": f"e{i}.png",
                "duration_s": 60.0,
                "published": 100 - i,
                "chapter_list": [{"start": 0, "title": t}, {"start": 30, "title": "<b>two</b>"}],
            }
            for i, t in enumerate(titles)
        },
    }
    page = tmp_path / "index.html"
    page.write_text(page_html(manifest), encoding="utf-8")
    browser = Browser(tmp_path / "profile")
    try:
        browser.call("Runtime.enable")
        browser.call("Page.enable")
        browser.call("Page.navigate", url=page.as_uri())
        browser.wait_event("Page.loadEventFired")
        shown = browser.js("[...document.querySelectorAll('article h2')].map(h => h.textContent)")
        assert shown == [xml_text(t) for t in titles]
        assert browser.js("document.title") == "Mine <!--<script>"
        assert browser.js("document.querySelectorAll('li button b').length") == 0  # a name stays text
        assert not [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
    finally:
        browser.close()


def test_check_and_preview_show_escape_and_bell_instead_of_sending_them(tmp_path):
    """Issue 24 item 5: a title with ESC and BEL reached the terminal raw."""
    from support.cli import voicecoach

    routine = tmp_path / "esc.yaml"
    routine.write_text(
        'title: "Bad\\e]0;owned\\a\\e[2J"\nsettings: {countdown: 0}\n'
        'exercises:\n  - name: "Sq\\euat"\n    hold: 2s\n'
    )
    for command in ("check", "preview"):
        proc = voicecoach(command, routine)
        assert proc.returncode == 0, proc.stderr
        assert "\x1b" not in proc.stdout + proc.stderr and "\x07" not in proc.stdout + proc.stderr
        assert "Bad\\x1b]0;owned\\x07\\x1b[2J" in proc.stdout


def test_a_lone_surrogate_in_a_routine_is_bad_input(tmp_path):
    """Issue 24 item 11: check of "\\uD800" failed with UnicodeEncodeError, exit 1."""
    from support.cli import voicecoach

    routine = tmp_path / "s.yaml"
    routine.write_text('title: "A\\uD800b"\nexercises:\n  - name: Squat\n    reps: 2\n')
    proc = voicecoach("check", routine)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0].startswith(f"{routine}:1:8: the text has a lone surrogate escape")
