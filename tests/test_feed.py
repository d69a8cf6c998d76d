"""The private podcast feed and its server, read back with real clients: feedparser, urllib,
ffprobe, Pillow and a headless chromium for the page."""

import base64
import html
import json
import shutil
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from support.cli import run_cli, voicecoach

ROUTINES = {
    "squats.yaml": "title: Squats and calves\nsettings: {verbosity: brief, countdown: 2, rest_between: 3s}\n"
    "exercises:\n  - name: Squats\n    reps: 3\n    pace: 2s\n"
    "  - name: Calf raises\n    reps: 2\n    hold: 3s\n",
    "breath.yaml": "title: Box breathing\nsettings: {verbosity: brief, countdown: 2, rest_between: 3s}\n"
    "exercises:\n  - name: Box breath\n    reps: 2\n"
    "    phases: [{say: In, seconds: 3}, {say: Out, seconds: 3}]\n"
    "  - name: Neck roll\n    duration: 6s\n  - name: Shoulder shrug\n    reps: 2\n    pace: 2s\n",
    "extra.yaml": "title: Extra\nsettings: {verbosity: brief, countdown: 2}\n"
    "exercises:\n  - name: Toe spread\n    hold: 3s\n",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vc(*args, check=True):
    proc = voicecoach(*args)  # in this process (support.cli.voicecoach)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Two routines made into a feed and served on 127.0.0.1: (folder, base URL, routine files)."""
    tmp = tmp_path_factory.mktemp("feed")
    files = {}
    for name, text in ROUTINES.items():
        files[name] = tmp / name
        files[name].write_text(text)
    folder = tmp / "podcast"
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    vc("feed", files["squats.yaml"], files["breath.yaml"], "-d", folder, "--base-url", base)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voicecoach",
            "serve",
            str(folder),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=(tmp / "serve.log").open("w"),
        text=True,
    )  # the request log
    lines = [server.stdout.readline() for _ in range(3)]
    assert f"podcast feed: {base}feed.xml" in lines[1], lines
    yield folder, base, files
    server.send_signal(signal.SIGINT)
    server.wait(10)


def ffprobe_chapters(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(c["start_time"]), c["tags"]["title"]) for c in json.loads(out)["chapters"]]


def test_feedparser_reads_one_episode_per_routine_with_enclosures_chapters_and_covers(served):
    import feedparser
    from PIL import Image

    folder, base, _ = served
    feed = feedparser.parse(base + "feed.xml")  # fetched over HTTP from `serve`
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert sorted(e.title for e in feed.entries) == ["Box breathing", "Squats and calves"]
    assert feed.feed.image.href == base + "cover.png"
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        name = enclosure.href[len(base) :]
        mp3 = folder / name
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) == mp3.stat().st_size
        assert entry.itunes_duration.count(":") == 2
        assert entry.id and entry.guidislink is False
        # the Podcasting 2.0 chapters JSON, fetched like an app would, equals the MP3's ID3 chapters
        assert entry.podcast_chapters["type"] == "application/json+chapters"
        doc = json.load(urllib.request.urlopen(entry.podcast_chapters["url"], timeout=10))
        assert doc["version"] == "1.2.0"
        assert [(c["startTime"], c["title"]) for c in doc["chapters"]] == [
            (pytest.approx(s, abs=0.0015), t) for s, t in ffprobe_chapters(mp3)
        ]
        assert len(doc["chapters"]) == (2 if entry.title.startswith("Squats") else 3)
        # each episode has its own cover: a square PNG made by the program
        cover = urllib.request.urlopen(entry.image.href, timeout=10)
        assert cover.headers["Content-Type"] == "image/png"
        with Image.open(cover) as img:
            assert img.format == "PNG" and img.size == (1400, 1400)


def test_serve_answers_byte_ranges(served):
    folder, base, _ = served
    mp3 = next(folder.glob("*.mp3"))
    data = mp3.read_bytes()
    url = base + mp3.name

    def get(range_header):
        req = urllib.request.Request(url, headers={"Range": range_header})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as err:
            return err.code, err.headers, err.read()

    status, headers, body = get("bytes=100-1099")
    assert status == 206 and headers["Content-Range"] == f"bytes 100-1099/{len(data)}"
    assert body == data[100:1100] and headers["Content-Length"] == "1000"
    status, headers, body = get(f"bytes={len(data) - 10}-")
    assert status == 206 and body == data[-10:]
    status, headers, body = get("bytes=-500")
    assert status == 206 and body == data[-500:]
    status, headers, _ = get(f"bytes={len(data) + 5}-")
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(data)}"
    with urllib.request.urlopen(url, timeout=10) as r:  # no Range: the whole file
        assert r.status == 200 and r.headers["Accept-Ranges"] == "bytes" and r.read() == data
    with urllib.request.urlopen(base, timeout=10) as r:  # / is the page
        assert r.headers["Content-Type"].startswith("text/html") and b'id="episodes"' in r.read()
    for hidden in ("episodes.json", "nothing.mp3", "../squats.yaml"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base + hidden, timeout=10)
        assert err.value.code == 404


def test_the_running_serve_command_keeps_to_its_folder(served):
    """Issue 24 item 3, against the real command: a symlink out and a dot-folder were served (200)."""
    import os

    folder, base, _ = served
    os.symlink("/etc/passwd", folder / "passwd.txt")
    os.symlink("/etc", folder / "etc")
    (folder / ".private").mkdir()
    (folder / ".private" / "key").write_text("secret")
    try:
        for path in ("passwd.txt", "etc/passwd", ".private/key", "%2e%2e/%2e%2e/etc/passwd"):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(base + path, timeout=10)
            assert err.value.code == 404, path
    finally:
        for name in ("passwd.txt", "etc"):
            (folder / name).unlink()
        shutil.rmtree(folder / ".private")


def test_rerunning_feed_keeps_guids_and_adds_without_duplicating(served, tmp_path):
    import feedparser

    folder, base, files = served
    before = {e.title: (e.id, e.published) for e in feedparser.parse(str(folder / "feed.xml")).entries}
    vc("feed", files["squats.yaml"], files["breath.yaml"], "-d", folder, "--base-url", base)
    vc("feed", files["extra.yaml"], "-d", folder, "--base-url", base)
    after = feedparser.parse(str(folder / "feed.xml"))
    ids = [e.id for e in after.entries]
    assert len(ids) == len(set(ids)) == 3
    by_title = {e.title: (e.id, e.published) for e in after.entries}
    assert {t: by_title[t] for t in before} == before
    assert sorted(p.name for p in folder.glob("*.mp3")) == ["breath.mp3", "extra.mp3", "squats.mp3"]


def test_feed_refuses_to_overwrite_a_file_it_did_not_make(tmp_path):
    (tmp_path / "squats.yaml").write_text(ROUTINES["squats.yaml"])
    out = tmp_path / "pod"
    out.mkdir()
    (out / "squats.mp3").write_bytes(b"my own recording")
    proc = vc(
        "feed", tmp_path / "squats.yaml", "-d", out, "--base-url", "http://127.0.0.1:8000/", check=False
    )
    assert proc.returncode == 2
    assert (
        proc.stderr.strip() == f"voicecoach: error: {out / 'squats.mp3'} already exists — use --force "
        "to overwrite it, or choose another name"
    )
    assert (out / "squats.mp3").read_bytes() == b"my own recording"


@pytest.mark.parametrize("url", ["192.168.1.20:8000", "ftp://host/", "http://", "just words", ""])
def test_a_base_url_that_is_not_a_url_is_one_line(tmp_path, capsys, url):
    code, _, err = run_cli(["feed", "foot-strength", "-d", str(tmp_path / "p"), "--base-url", url])
    assert code == 2
    assert err.strip().splitlines() == [
        f"voicecoach: error: --base-url {url!r} is not a URL — give the address your phone will use, "
        "e.g. http://192.168.1.20:8000/ ('voicecoach serve' prints it)"
    ]
    assert not (tmp_path / "p").exists()


def test_serve_without_a_feed_is_one_line(tmp_path, capsys):
    code, _, err = run_cli(["serve", str(tmp_path), "--port", "0", "--bind", "127.0.0.1"])
    assert code == 2
    assert err.strip().startswith(f"voicecoach: error: {tmp_path} has no feed.xml — make one first")


@pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="chromium not installed (scripts/test installs it)",
)
def test_the_page_in_headless_chromium_lists_episodes_and_seeks_on_a_chapter(served, tmp_path):
    from PIL import Image

    from support.cdp import Browser

    folder, base, _ = served
    manifest = json.loads((folder / "episodes.json").read_text())
    browser = Browser(tmp_path / "profile")
    try:
        for domain in ("Runtime.enable", "Page.enable", "Log.enable"):
            browser.call(domain)
        browser.call(
            "Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True
        )
        browser.call("Page.navigate", url=base)
        browser.wait_event("Page.loadEventFired")
        titles = browser.js("[...document.querySelectorAll('article h2')].map(h => h.textContent)")
        assert sorted(titles) == sorted(ep["title"] for ep in manifest["episodes"].values())
        counts = browser.js(
            "[...document.querySelectorAll('article')].map(a => a.querySelectorAll('li button').length)"
        )
        assert sorted(counts) == sorted(len(ep["chapter_list"]) for ep in manifest["episodes"].values())

        episode = manifest["episodes"]["breath"]
        chapter = episode["chapter_list"][2]  # "Shoulder shrug"
        article = f"#ep-{episode['guid']}"
        browser.wait_for(f"document.querySelector('{article} audio').readyState >= 1")  # metadata, via ranges
        browser.click(f"{article} li:nth-child(3) button")
        now = browser.wait_for(
            f"(() => {{ const a = document.querySelector('{article} audio'); "
            f"return Math.abs(a.currentTime - {chapter['start']}) < 0.5 && a.currentTime; }})()"
        )
        assert now == pytest.approx(chapter["start"], abs=0.5)
        assert browser.wait_for(
            f"document.querySelector('{article} li:nth-child(3) button')"
            ".getAttribute('aria-current') === 'true'"
        )
        # the lock screen's metadata: title, the chapter as the artist line, the cover
        meta = browser.wait_for(
            "navigator.mediaSession.metadata && {title: navigator.mediaSession.metadata.title, "
            "artist: navigator.mediaSession.metadata.artist, "
            "art: navigator.mediaSession.metadata.artwork[0].src}"
        )
        assert meta == {"title": episode["title"], "artist": chapter["title"], "art": base + "breath.png"}

        shot = browser.call("Page.captureScreenshot", format="png")
        path = tmp_path / "page-390px.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        with Image.open(path) as img:
            assert img.size == (780, 1688)  # 390 css px at 2x
        print("screenshot:", path)
        errors = [
            e
            for e in browser.events
            if e.get("method") == "Runtime.exceptionThrown"
            or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
            or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
        ]
        assert errors == []
    finally:
        browser.close()


HOSTILE_ROUTINE = (
    'title: "Form\\ffeed <!--<script> ]]> \\e[2J"\n'
    "settings: {verbosity: brief, countdown: 0}\n"
    'exercises:\n  - name: "Squat\\n#EXTINF:1,evil\\nevil.mp3"\n    hold: 2s\n'
    '  - name: "<b>Bold</b> & <!--x"\n    hold: 2s\n'
)


def test_a_hostile_routine_makes_a_well_formed_feed_and_a_clean_playlist(tmp_path):
    """Issue 24 items 5 and 9: a control character made feed.xml ill-formed (feed exited 0),
    exercise names reached podcast apps as HTML, a newline in a title added playlist entries."""
    from xml.etree import ElementTree as ET

    import feedparser

    routine = tmp_path / "odd.yaml"
    routine.write_text(HOSTILE_ROUTINE)
    out = tmp_path / "pod"
    vc("feed", routine, "-d", out, "--base-url", "http://127.0.0.1:8000/")
    ET.parse(out / "feed.xml")  # expat: well-formed
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo, feed.bozo_exception
    entry = feed.entries[0]
    assert entry.title == "Formfeed <!--<script> ]]> \x1b[2J".replace("\x1b", "")
    # the description is text: read as the HTML a podcast app reads, it shows the names as written
    assert entry.summary_detail.type == "text/html"
    assert "<b>Bold</b> & <!--x" in html.unescape(entry.summary)
    lines = (out / "playlist.m3u").read_text().splitlines()
    assert lines[0] == "#EXTM3U" and len(lines) == 3 and lines[2] == "odd.mp3", lines


@pytest.mark.parametrize(
    "url",
    [
        "http://h:8000/?x=1",
        "http://h:8000/#top",
        'http://h/"><script>',
        "http://h/<x>",
        "http://user@h/",
        "http://h:port/",
    ],
)
def test_a_base_url_with_a_query_fragment_or_markup_is_refused(tmp_path, url):
    proc = vc("feed", "foot-strength", "-d", tmp_path / "p", "--base-url", url, check=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "--base-url" in proc.stderr
    assert not (tmp_path / "p").exists()
