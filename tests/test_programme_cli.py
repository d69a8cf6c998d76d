"""plan, today, done, log, remind and report from the command line, on a real SQLite log
(VOICECOACH_DATA), the .ics read back with icalendar, the report opened in headless chromium."""

import base64
import json
from datetime import date, timedelta

import pytest

from support.cli import voicecoach
from voicecoach.programme.length import estimated_seconds
from voicecoach.routine.find import load_spec

TINY = """title: Tiny knees
settings: {verbosity: brief, countdown: 0, rest_between: 2s, setup: 0s, lead_in: 0s}
exercises:
  - name: Wall squat
    reps: 2
    hold: 2s
    relax: 1s
  - name: Leg raise
    reps: 3
    pace: 1s
"""

PLAN = """title: Tiny plan
start: 2026-12-01
weeks: 2
sessions:
  - routine: tiny.yaml
    days: daily
    progression:
      - exercise: Wall squat
        reps: {add: 1, max: 3}
"""


@pytest.fixture
def env(tmp_path):
    (tmp_path / "tiny.yaml").write_text(TINY)
    (tmp_path / "plan.yaml").write_text(PLAN)
    import os

    return {**os.environ, "VOICECOACH_DATA": str(tmp_path / "data"), "VOICECOACH_PROG": "voicecoach"}


def vc(env, *args, code=0):
    proc = voicecoach(*args, env=env)
    assert proc.returncode == code, proc.stderr
    return proc


def test_plan_json_lists_every_day_with_doses_and_week_4_differs_from_week_1(env):
    data = json.loads(vc(env, "plan", "knee-plan", "--start", "2026-12-07", "--json").stdout)
    assert data["start"] == "2026-12-07" and len(data["days"]) == 42
    weekdays = [d for d in data["days"] if d["sessions"]]
    assert len(weekdays) == 30 and all(date.fromisoformat(d["date"]).weekday() < 5 for d in weekdays)

    def raises(week):
        day = next(d for d in data["days"] if d["week"] == week and d["sessions"])
        return next(x for x in day["sessions"][0]["doses"] if x["exercise"] == "Straight leg raises")

    assert raises(1)["reps"] == 10 and raises(4)["reps"] == 15  # +2 a week, capped at 15
    one = vc(env, "today", "knee-plan", "--start", "2026-12-07", "--date", "2026-12-07", "--json")
    four = vc(env, "today", "knee-plan", "--start", "2026-12-07", "--date", "2026-12-28", "--json")
    r1, r4 = (json.loads(p.stdout)["sessions"][0]["routine"] for p in (one, four))
    assert r1["title"] == "Knee strengthening, week 1" and r4["title"] == "Knee strengthening, week 4"
    squat1, squat4 = (next(e for e in r["exercises"] if e["name"] == "Wall squat") for r in (r1, r4))
    assert (squat1["hold"], squat4["hold"]) == (10.0, 15.0)  # +5 s every second week
    checked = json.loads(vc(env, "check", "knee-strength", "--json").stdout)
    assert set(r1) == set(checked) and r1["exercises"][0] == checked["exercises"][0]


def test_today_on_a_rest_day_and_outside_the_programme(env):
    sunday = json.loads(
        vc(env, "today", "knee-plan", "--start", "2026-12-07", "--date", "2026-12-13", "--json").stdout
    )
    assert sunday["sessions"] == [] and sunday["week"] == 1 and sunday["in_programme"]
    shown = vc(env, "today", "knee-plan", "--start", "2026-12-07", "--date", "2026-12-13")
    assert (
        shown.stderr
        == "Six-week knee plan: Sun 2026-12-13 is a rest day — next: Mon 2026-12-14, knee-strength\n"
    )
    after = vc(env, "today", "knee-plan", "--start", "2026-12-07", "--date", "2027-03-01")
    assert "outside the programme (it ended Sun 2027-01-17)" in after.stderr


def test_todays_session_is_an_ordinary_routine_for_check_preview_and_export(env, tmp_path):
    plan = tmp_path / "plan.yaml"
    routine = tmp_path / "today.yaml"
    vc(env, "today", plan, "--date", "2026-12-08", "-o", routine)
    assert "Tiny knees, week 2" in vc(env, "check", routine).stdout
    preview = json.loads(vc(env, "preview", routine, "--json").stdout)
    assert (
        sum(1 for c in preview["cues"] if c["kind"] == "speech" and c["text"] == "3 of 3.") == 1
    )  # reps 2 -> 3
    audio = tmp_path / "today.wav"
    vc(env, "today", plan, "--date", "2026-12-08", "-o", audio)
    import wave

    with wave.open(str(audio)) as w:
        assert abs(w.getnframes() / w.getframerate() - preview["duration"]) < 0.01
    again = vc(env, "today", plan, "--date", "2026-12-08", "-o", routine, code=2)
    assert "already exists — use --force" in again.stderr


def test_done_and_log_json_keep_the_database_in_voicecoach_data(env, tmp_path):
    vc(env, "done", tmp_path / "tiny.yaml", "--effort", "3", "--pain", "1", "--date", "2026-12-02")
    vc(
        env,
        "done",
        "knee-strength",
        "--effort",
        "5",
        "--pain",
        "4",
        "--minutes",
        "20",
        "--date",
        "2026-12-03",
    )
    assert (tmp_path / "data" / "log.sqlite3").is_file()
    rows = json.loads(vc(env, "log", "--json", "--date", "2026-12-03").stdout)["sessions"]
    tiny_minutes = round(estimated_seconds(load_spec(str(tmp_path / "tiny.yaml")).routine) / 60, 1)
    assert 0.5 <= tiny_minutes <= 1.5  # logged with its estimated length
    assert [
        (r["date"], r["routine"], r["title"], r["minutes"], r["completed"], r["effort"], r["pain"])
        for r in rows
    ] == [
        ("2026-12-02", "tiny", "Tiny knees", tiny_minutes, True, 3, 1),
        ("2026-12-03", "knee-strength", "Knee strengthening", 20.0, True, 5, 4),
    ]
    bad = vc(env, "done", "tiny.yaml", "--effort", "6", "--pain", "1", code=2)
    assert "--effort" in bad.stderr and "Traceback" not in bad.stderr
    typo = vc(env, "done", "knee-strenght", "--effort", "2", "--pain", "0", code=2)
    assert 'did you mean "knee-strength"' in typo.stderr
    future = vc(
        env,
        "done",
        "knee-strength",
        "--effort",
        "2",
        "--pain",
        "0",
        "--date",
        (date.today() + timedelta(days=1)).isoformat(),
        code=2,
    )
    assert "is in the future" in future.stderr


def simulate_ten_days(env, tmp_path):
    """Dec 1-10 of the tiny daily plan: done 1-3, stopped on the 4th (exercise 2, set 1),
    nothing on the 5th, done 6-10; ratings on every session."""
    from voicecoach.log.store import Entry, Log

    ratings = {
        1: (2, 0),
        2: (3, 0),
        3: (3, 1),
        4: (5, 6),
        6: (4, 2),
        7: (3, 1),
        8: (3, 0),
        9: (2, 0),
        10: (2, 0),
    }
    with Log(tmp_path / "data" / "log.sqlite3") as log:
        for day, (effort, pain) in ratings.items():
            stopped = day == 4
            log.add(
                Entry(
                    day=f"2026-12-{day:02d}",
                    routine="tiny",
                    title="Tiny knees, week 1",
                    source="play",
                    completed=not stopped,
                    programme="plan",
                    week=1 + (day > 7),
                    started=f"2026-12-{day:02d}T08:00:00+00:00",
                    ended=f"2026-12-{day:02d}T08:01:00+00:00",
                    planned_s=60.0,
                    played_s=25.0 if stopped else 60.0,
                    exercise=2 if stopped else 2,
                    exercises=2,
                    exercise_name="Leg raise" if stopped else None,
                    set_number=1 if stopped else None,
                    effort=effort,
                    pain=pain,
                )
            )
    return ratings


def test_ten_simulated_days_give_streak_adherence_csv_and_report(env, tmp_path):
    ratings = simulate_ten_days(env, tmp_path)
    plan = tmp_path / "plan.yaml"
    data = json.loads(vc(env, "log", plan, "--json", "--date", "2026-12-10").stdout)
    assert data["streak"] == 5  # the 6th to the 10th
    weeks = data["programme"]["weeks"]
    assert [(w["week"], w["planned"], w["done"], w["stopped"], w["adherence"]) for w in weeks] == [
        (1, 7, 5, 1, 0.714),
        (2, 3, 3, 0, 1.0),
    ]
    assert data["programme"]["total"] == {"planned": 10, "done": 8, "adherence": 0.8}
    text = vc(env, "log", plan, "--date", "2026-12-10").stdout
    assert "streak: 5 days" in text and "  week 1   2026-12-01  5/7 done  71%, 1 stopped early" in text
    csv = vc(env, "log", "--csv", "--date", "2026-12-10").stdout.splitlines()
    assert csv[0].startswith("date,routine,title,minutes,completed,effort,pain") and len(csv) == 10
    assert csv[4].startswith('2026-12-04,tiny,"Tiny knees, week 1",0.4,False,5,6')
    assert (
        vc(env, "log", plan, "--json", "--date", "2026-12-11").stdout.count('"streak": 5') == 1
    )  # the 11th not over

    report = tmp_path / "report.html"
    vc(env, "report", plan, "-o", report, "--date", "2026-12-10")
    page = report.read_text()
    assert "<script" not in page and "<svg" in page
    assert "exercise 2 of 2: Leg raise, set 1" in page and "reached in week 2" in page
    open_report_in_chromium(report, tmp_path, efforts=len(ratings))


def open_report_in_chromium(report, tmp_path, efforts):
    from PIL import Image

    from support.cdp import Browser

    browser = Browser(tmp_path / "profile")
    try:
        for domain in ("Runtime.enable", "Page.enable", "Log.enable"):
            browser.call(domain)
        browser.call(
            "Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True
        )
        browser.call("Page.navigate", url=report.as_uri())
        browser.wait_event("Page.loadEventFired")
        assert browser.js("document.querySelectorAll('#chart svg').length") == 1
        assert browser.js("document.querySelectorAll('#effort use').length") == efforts
        assert browser.js("document.querySelectorAll('#pain use').length") == efforts
        assert browser.js("document.getElementById('card-adherence').textContent").startswith("adherence80%")
        assert browser.js("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
        shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path = tmp_path / "report-390px.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        with Image.open(path) as img:
            assert img.size[0] == 390
        pdf = base64.b64decode(browser.call("Page.printToPDF", preferCSSPageSize=True)["data"])
        assert _pages(pdf) == 1  # printable on one page
        errors = [
            e
            for e in browser.events
            if e.get("method") == "Runtime.exceptionThrown"
            or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
        ]
        assert errors == []
    finally:
        browser.close()


def _pages(pdf: bytes) -> int:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def test_remind_writes_one_event_per_planned_session_read_back_with_icalendar(env, tmp_path):
    import icalendar

    out = tmp_path / "plan.ics"
    shown = vc(
        env,
        "remind",
        tmp_path / "plan.yaml",
        "-o",
        out,
        "--time",
        "07:30",
        "--base-url",
        "http://192.168.1.20:8000/",
    )
    assert shown.stderr == f"wrote {out}: 14 sessions from Tue 2026-12-01 at 07:30\n"
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 14 and len({str(e["uid"]) for e in events}) == 14
    first = events[0]
    from datetime import datetime

    assert first.decoded("dtstart") == datetime(2026, 12, 1, 7, 30)
    assert timedelta(seconds=20) < first.decoded("duration") < timedelta(minutes=3)
    assert (
        str(first["summary"]) == "Tiny knees, week 1" and str(events[-1]["summary"]) == "Tiny knees, week 2"
    )
    assert str(first["url"]).startswith("http://192.168.1.20:8000/#ep-")
    assert "Wall squat: 2, hold 2 s" in str(first["description"])
    assert list(first.walk("VALARM"))
    knee = tmp_path / "knee.ics"
    vc(env, "remind", "knee-plan", "-o", knee, "--start", "2026-12-07")
    assert len(list(icalendar.Calendar.from_ical(knee.read_bytes()).walk("VEVENT"))) == 30


def test_a_damaged_log_is_one_line_exit_1_and_left_as_it_was(env, tmp_path):
    db = tmp_path / "data" / "log.sqlite3"
    db.parent.mkdir()
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 16
    db.write_bytes(damaged)
    for args in (
        ("log",),
        ("done", "knee-strength", "--effort", "2", "--pain", "0"),
        ("report", "knee-plan", "-o", str(tmp_path / "r.html")),
    ):
        shown = vc(env, *args, code=1)
        assert len(shown.stderr.splitlines()) == 1, shown.stderr
        assert shown.stderr.startswith(f"voicecoach: error: the log {db} is damaged (")
        assert "move it aside" in shown.stderr
    assert db.read_bytes() == damaged
    assert not (tmp_path / "r.html").exists()


def test_today_knows_from_the_log_what_is_already_done(env, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.replace("    days: daily\n", "    days: daily\n    times: 2\n"))
    day = (date.today() - timedelta(days=1)).isoformat()
    plan.write_text(plan.read_text().replace("start: 2026-12-01", f"start: {day}"))
    first = json.loads(vc(env, "today", plan, "--date", day, "--json").stdout)["sessions"][0]
    assert (first["name"], first["times"], first["done"]) == ("tiny", 2, 0)
    for _ in range(2):
        vc(env, "done", tmp_path / "tiny.yaml", "--effort", "2", "--pain", "0", "--date", day)
    assert json.loads(vc(env, "today", plan, "--date", day, "--json").stdout)["sessions"][0]["done"] == 2
    shown = vc(env, "today", plan, "--date", day)
    assert "all 2 sessions of" in shown.stderr and "are done — well done" in shown.stderr
    wrong = vc(env, "today", plan, "--date", day, "--session", "other", code=2)
    assert "--session other: not planned on" in wrong.stderr
