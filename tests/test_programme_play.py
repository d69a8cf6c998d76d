"""Every play is logged; a live play ends with the two eyes-closed questions. Real playback
into ALSA's file plugin (no sound card) on a pty, as test_play_tty does; the questions'
timing and skipping with fakes alongside."""

import json
import os
import pty
import signal
import subprocess
import sys

from support.alsacapture import appending_capture
from support.cli import voicecoach
from support.processes import drain
from voicecoach.log.questions import EndQuestions

TINY = """title: Tiny knees
settings: {verbosity: brief, countdown: 0, rest_between: 2s, setup: 0s}
exercises:
  - name: Wall squat
    reps: 2
    hold: 2s
    relax: 1s
  - name: Leg raise
    sets: 2
    reps: 4
    pace: 2s
    rest: 3s
"""
PLAN = """title: Tiny plan
start: 2026-12-01
weeks: 2
sessions:
  - routine: tiny.yaml
    progression:
      - exercise: Wall squat
        reps: {add: 1, max: 3}
"""


class FakeKeys:
    def __init__(self, answers):
        self.answers, self.waits = list(answers), []

    def answer(self, timeout):
        self.waits.append(timeout)
        return self.answers.pop(0) if self.answers else None


class FakeClock:
    """Each call moves time on by 1 s: a wait with no key runs out after WAIT_S calls."""

    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 1.0
        return self.t


class Handle:
    def is_playing(self):
        return False

    def stop(self):
        pass


class FakeOutput:
    def __init__(self):
        self.played = []

    def play(self, pcm):
        self.played.append(pcm)
        return Handle()


def tiny_session():
    """The tiny routine's session: real espeak clips (the questions are spoken with them)."""
    from voicecoach.routine.load import load_routine_text
    from voicecoach.session import build_session

    return build_session(load_routine_text(TINY, "tiny.yaml"))


def test_questions_take_a_digit_in_range_and_skip_on_play_or_silence():
    session = tiny_session()
    shown = []
    asked = EndQuestions(now=FakeClock(), show=shown.append)
    answers = asked.ask(session, FakeOutput(), FakeKeys(["7", "4", "play"]))  # 7 is not 1-5: ignored
    assert answers == {"effort": 4} and shown == [
        "How hard was that? Press 1 to 5.",
        "Any pain? Press 0 to 9.",
    ]
    silent = EndQuestions(now=FakeClock())
    keys = FakeKeys([])
    assert silent.ask(session, FakeOutput(), keys) == {}
    assert 8 <= len(keys.waits) <= 30  # each question waited ~10 s, then gave up
    output = FakeOutput()
    assert EndQuestions(now=FakeClock()).ask(session, output, FakeKeys(["2", "0"])) == {
        "effort": 2,
        "pain": 0,
    }
    assert len(output.played) == 3  # question, beep + question, the last beep


def files(tmp_path):
    (tmp_path / "tiny.yaml").write_text(TINY)
    (tmp_path / "plan.yaml").write_text(PLAN)
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_DATA=str(tmp_path / "data"))
    return env, capture


def on_pty(args, env):
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", *args],
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(slave)
    return proc, master


def logged(env, *args):
    shown = voicecoach("log", "--json", "--date", "2026-12-08", *args, env=env)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_a_played_programme_session_is_logged_completed_with_the_rating_keys(tmp_path):
    env, capture = files(tmp_path)
    env["VOICECOACH_CLOCK"] = "virtual"  # the bytes and the log are tested, not pacing
    proc, master = on_pty(["today", str(tmp_path / "plan.yaml"), "--date", "2026-12-08"], env)
    effort, pain = question_audio(tmp_path)
    try:
        drain(master, 90.0, until=b"How hard was that? Press 1 to 5.", proc=proc)
        assert heard(capture, effort, proc)  # answered once it has been said
        os.write(master, b"3")
        drain(master, 15.0, until=b"Any pain? Press 0 to 9.", proc=proc)
        assert heard(capture, pain, proc)
        os.write(master, b"1")
        _, err = proc.communicate(timeout=30)
    finally:
        os.close(master)
    assert proc.returncode == 0, err
    assert "Tiny plan, week 2, Tue 2026-12-08: tiny" in err and "session complete" in err
    [entry] = logged(env, str(tmp_path / "plan.yaml"))["sessions"]
    assert entry["routine"] == "tiny" and entry["title"] == "Tiny knees, week 2"
    assert entry["programme"] == "plan" and entry["week"] == 2 and entry["source"] == "play"
    assert entry["completed"] and (entry["effort"], entry["pain"]) == (3, 1)
    assert entry["exercise"] == entry["exercises"] == 2 and entry["started"] <= entry["ended"]
    assert entry["minutes"] > 0.3


def question_audio(tmp_path):
    """The two questions as the session's own voice says them (the same clips)."""
    from voicecoach.phrases import Phrases
    from voicecoach.play.announcements import Speaker
    from voicecoach.routine.load import load_routine_text
    from voicecoach.session import build_session

    session = build_session(load_routine_text(TINY, str(tmp_path / "tiny.yaml")))
    speaker = Speaker(session.routine, session.sources, Phrases())
    return (
        speaker.speech(["How hard was that? Press 1 to 5."]).pcm[:8000],
        speaker.speech(["Any pain? Press 0 to 9."]).pcm[:8000],
    )


def heard(capture, pcm, proc, seconds=20.0):
    """Whether ``pcm`` reached the (instantly consuming) capture within ``seconds``."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end and proc.poll() is None:
        if pcm in capture.read_bytes():
            return True
        time.sleep(0.02)
    return pcm in capture.read_bytes()


def test_a_play_stopped_with_q_is_logged_with_where_it_stopped(tmp_path):
    env, _ = files(tmp_path)
    proc, master = on_pty(["play", str(tmp_path / "tiny.yaml"), "--from", "2"], env)
    try:
        drain(master, 90.0, until=b"2/2 Leg raise", proc=proc)  # the status line is at exercise 2
        os.write(master, b"q")
        _, err = proc.communicate(timeout=30)
    finally:
        os.close(master)
    assert proc.returncode == 0, err
    shown = voicecoach("log", "--json", env=env)
    [entry] = json.loads(shown.stdout)["sessions"]
    assert entry["routine"] == "tiny" and not entry["completed"] and entry["ended"]
    assert (entry["exercise"], entry["exercises"], entry["exercise_name"], entry["set"]) == (
        2,
        2,
        "Leg raise",
        1,
    )
    assert entry["effort"] is None and entry["pain"] is None  # no questions after a stop
    assert 0 < entry["minutes"] < 2 and entry["options"] == {"from": 2}


def test_a_damaged_log_does_not_stop_a_session_from_playing(tmp_path):
    env, capture = files(tmp_path)
    env["VOICECOACH_CLOCK"] = "virtual"
    db = tmp_path / "data" / "log.sqlite3"
    db.parent.mkdir()
    db.write_bytes(b"not a database " * 200)
    proc = subprocess.run(
        [sys.executable, "-m", "voicecoach", "play", str(tmp_path / "tiny.yaml")],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[0] == (
        f"voicecoach: warning: this session is not logged: the log {db} is damaged (file is "
        "not a database) — it was left as it is: move it aside to start a new log, or restore a backup"
    )
    assert "session complete" in lines[-1] and capture.stat().st_size > 0
    assert db.read_bytes() == b"not a database " * 200


def test_ctrl_c_during_the_questions_skips_them_and_keeps_the_first_answer():
    class Interrupting(FakeKeys):
        def answer(self, timeout):
            if not self.answers:
                raise KeyboardInterrupt
            return super().answer(timeout)

    asked = EndQuestions(now=FakeClock())
    assert asked.ask(tiny_session(), FakeOutput(), Interrupting(["5"])) == {"effort": 5}
