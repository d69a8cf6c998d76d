"""A programme day published to the feed, rated on the phone page: headless chromium posts
the two answers to a real 'serve', and 'log --json' reads them back. The POST is strict."""

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from support.cli import voicecoach
from test_feed import free_port
from test_programme_play import PLAN, TINY


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("programme-page")
    (tmp_path / "tiny.yaml").write_text(TINY)
    (tmp_path / "plan.yaml").write_text(PLAN)
    env = {**os.environ, "VOICECOACH_DATA": str(tmp_path / "data")}
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    folder = tmp_path / "pod"
    made = voicecoach(
        "today", tmp_path / "plan.yaml", "--date", "2026-12-08", "--feed", folder, "--base-url", base, env=env
    )
    assert made.returncode == 0, made.stderr
    assert "wrote 1 episode for 2026-12-08" in made.stderr
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
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for _ in range(3):
        server.stdout.readline()
    yield folder, base, env
    server.send_signal(signal.SIGINT)
    server.wait(10)


def post(base, body, content_type="application/json", path="rating"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(
        base + path, data=data, method="POST", headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        body = err.read()
        return err.code, json.loads(body) if err.headers.get("Content-Type") == "application/json" else None


def test_the_page_posts_the_two_answers_to_serve_and_the_log_has_them(served, tmp_path):
    from support.cdp import Browser

    folder, base, env = served
    manifest = json.loads((folder / "episodes.json").read_text())
    assert list(manifest["episodes"]) == ["tiny@2026-12-08"]
    assert manifest["episodes"]["tiny@2026-12-08"]["title"] == "Tiny knees, week 2, Tuesday 8 December"
    browser = Browser(tmp_path / "profile")
    try:
        for domain in ("Runtime.enable", "Page.enable", "Log.enable"):
            browser.call(domain)
        browser.call(
            "Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True
        )
        browser.call("Page.navigate", url=base)
        browser.wait_event("Page.loadEventFired")
        browser.js(
            "document.querySelector('article audio').dispatchEvent(new Event('ended'))"
        )  # session over
        browser.wait_for("document.querySelector('.rate') !== null")
        browser.click(".scale[data-q='effort'] button:nth-child(4)")  # 4
        browser.click(".scale[data-q='pain'] button:nth-child(3)")  # 2
        browser.click(".rate .send")
        said = browser.wait_for(
            "(() => { const t = document.querySelector('.rate .said').textContent; return t && t; })()"
        )
        assert said == "Saved. Well done."
        errors = [
            e
            for e in browser.events
            if e.get("method") == "Runtime.exceptionThrown"
            or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
        ]
        assert errors == []
    finally:
        browser.close()
    shown = voicecoach("log", "--json", "--date", "2030-01-01", env=env)
    entry = json.loads(shown.stdout)["sessions"][-1]
    assert (entry["routine"], entry["source"], entry["effort"], entry["pain"], entry["completed"]) == (
        "tiny",
        "page",
        4,
        2,
        True,
    )
    assert entry["title"] == "Tiny knees, week 2, Tuesday 8 December" and entry["options"] == {
        "episode": "tiny@2026-12-08"
    }
    # the calendar's reminder for that day links to this episode on the page
    import icalendar

    ics = tmp_path / "plan.ics"
    made = voicecoach("remind", folder.parent / "plan.yaml", "-o", ics, "--base-url", base, env=env)
    assert made.returncode == 0, made.stderr
    event = next(
        e
        for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
        if e.decoded("dtstart").date().isoformat() == "2026-12-08"
    )
    assert str(event["url"]) == f"{base}#ep-{manifest['episodes']['tiny@2026-12-08']['guid']}"


def test_serve_takes_only_well_formed_ratings(served):
    _, base, env = served
    before = len(json.loads(voicecoach("log", "--json", "--date", "2030-01-01", env=env).stdout)["sessions"])
    good = {"episode": "tiny@2026-12-08", "effort": 3, "pain": 0}
    assert post(base, good, content_type="text/plain") == (
        415,
        {"error": "send the rating as application/json"},
    )
    assert post(base, {**good, "effort": 6})[0] == 400
    assert post(base, {**good, "effort": True})[0] == 400
    assert post(base, {**good, "pain": -1})[0] == 400
    assert post(base, {**good, "episode": "../log"}) == (400, {"error": "no such episode in this feed"})
    assert post(base, {**good, "sql": "DROP TABLE sessions"})[0] == 400
    assert post(base, {"episode": "tiny@2026-12-08"}) == (400, {"error": "give effort or pain"})
    assert post(base, b"[1, 2") == (400, {"error": "the body is not JSON"})
    assert post(base, b" " * 5000)[0] == 413
    assert post(base, good, path="feed.xml")[0] == 404

    def count():
        return len(
            json.loads(voicecoach("log", "--json", "--date", "2030-01-01", env=env).stdout)["sessions"]
        )

    assert count() == before  # none of those was logged
    status, answer = post(base, good)
    assert status == 201 and set(answer) == {"logged"} and count() == before + 1


def test_the_next_day_is_a_new_episode_and_the_earlier_one_stays(served):
    folder, base, env = served
    made = voicecoach(
        "today",
        folder.parent / "plan.yaml",
        "--date",
        "2026-12-09",
        "--feed",
        folder,
        "--base-url",
        base,
        env=env,
    )
    assert made.returncode == 0, made.stderr
    episodes = json.loads((folder / "episodes.json").read_text())["episodes"]
    assert sorted(episodes) == ["tiny@2026-12-08", "tiny@2026-12-09"]
    import feedparser

    feed = feedparser.parse((folder / "feed.xml").read_text())
    assert sorted(e.title for e in feed.entries) == [
        "Tiny knees, week 2, Tuesday 8 December",
        "Tiny knees, week 2, Wednesday 9 December",
    ]
    assert len({e.id for e in feed.entries}) == 2
