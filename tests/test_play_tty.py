"""Keys on a real terminal (a pty): cbreak while playing, restored after; status line; q quits."""

import os
import pty
import re
import signal
import subprocess
import sys
import termios

from support.alsacapture import appending_capture
from support.processes import drain
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Speaker
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session

ROUTINE = """
title: Terminal check
settings: {verbosity: brief, setup: 0s}
exercises:
  - name: Wall sit
    duration: 30s
"""


def test_keys_status_line_and_terminal_restored(tmp_path):
    path = tmp_path / "tty.yaml"
    path.write_text(ROUTINE)
    env, capture = appending_capture(tmp_path)
    env["VOICECOACH_STATE"] = str(tmp_path / "state")
    session = build_session(load_routine_text(ROUTINE, str(path)))  # a warm cache: the status
    master, slave = pty.openpty()  # line shows from the intro on
    before = termios.tcgetattr(slave)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", str(path)],
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    shown = drain(master, 60.0, until=b"1/1 Wall sit")  # the status line reached the work
    during = termios.tcgetattr(slave)
    os.write(master, b"w")  # where am I
    shown += drain(master, 1.0)
    os.write(master, b"q")  # quit
    shown += drain(master, 1.0)
    _, err = proc.communicate(timeout=10)
    after = termios.tcgetattr(slave)
    os.close(master)
    os.close(slave)
    assert proc.returncode == 0, err
    assert not during[3] & termios.ICANON and not during[3] & termios.ECHO  # cbreak while playing
    assert after == before  # and restored
    text = shown.decode("utf-8", "replace")
    assert "\x1b[K" in text and "Terminal check" in text and "1/1 Wall sit" in text
    from voicecoach.play.commands import key_help

    assert text.lstrip().startswith("keys: " + key_help())  # one hint at the start
    assert re.match(r"voicecoach: stopped at exercise 1 of 1, Wall sit, \d\d:\d\d in — ", err), err
    assert err.endswith(f" in — continue with: python -m voicecoach play {path} --resume\n"), err
    speaker = Speaker(session.routine, session.sources, Phrases())
    played = capture.read_bytes()
    assert played.endswith(speaker.speech(["Stopping."]).pcm)
    assert speaker.speech(["Exercise 1 of 1, Wall sit."]).pcm[:2000] in played  # the where answer
