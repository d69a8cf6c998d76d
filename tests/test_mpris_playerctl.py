"""MPRIS as a real client sees it: ``playerctl`` against a real ``voicecoach play`` on a private
session bus (``dbus-daemon --session``, what ``dbus-run-session`` starts), sound into ALSA's
file plugin (tests/alsacapture.py), on the real clock."""

import shutil
import subprocess
import sys
import time

import pytest

from support.alsacapture import appending_capture
from voicecoach import SAMPLE_RATE as SR
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session

pytest.importorskip("dbus_fast")
pytestmark = pytest.mark.skipif(
    not (shutil.which("playerctl") and shutil.which("dbus-daemon")),
    reason="needs playerctl and dbus-daemon (scripts/test installs them)",
)

ROUTINE = """
title: Media key check
settings: {rest_between: 2s, countdown: 0, verbosity: brief}
exercises:
  - name: Calf raise
    sides: [right leg, left leg]
    duration: 40s
  - name: Heel walk
    duration: 40s
  - name: Toe spread
    duration: 40s
"""


@pytest.fixture
def bus():
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(5)


def ctl(env, *args, timeout=5):
    proc = subprocess.run(
        ["playerctl", "-p", "voicecoach", *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    return proc.stdout.strip() if proc.returncode == 0 else f"ERROR {proc.stderr.strip()}"


def until(check, timeout=20.0, step=0.1):
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


def test_playerctl_sees_and_steers_a_playing_session(tmp_path, bus):
    path = tmp_path / "keys.yaml"
    path.write_text(ROUTINE)
    env, _ = appending_capture(tmp_path)
    # the test run's speech cache: the session built below has the player's clip lengths
    env.update(DBUS_SESSION_BUS_ADDRESS=bus, VOICECOACH_STATE=str(tmp_path / "state"))
    player = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    follow = None
    try:
        assert until(lambda: ctl(env, "status") == "Playing"), ctl(env, "status")
        fmt = "{{xesam:title}}|{{xesam:album}}|{{xesam:artist}}"
        first = until(
            lambda: (lambda m: m if "right leg" in m else None)(ctl(env, "metadata", "--format", fmt))
        )
        assert first == "1/3 Calf raise · right leg|Media key check|voicecoach", first
        assert ctl(env, "metadata", "mpris:trackid") == "'/org/voicecoach/track/1'"  # a GVariant object path
        session = build_session(load_routine_text(ROUTINE, str(path)))
        starts = {n: s for n, _, s in session.timeline.exercise_starts()}
        length_us = int(ctl(env, "metadata", "mpris:length"))
        assert length_us == (starts[2] - starts[1]) * 1_000_000 // SR

        a = float(ctl(env, "position"))
        time.sleep(1.0)
        b = float(ctl(env, "position"))
        assert 0.7 < b - a < 1.6, (a, b)

        # PropertiesChanged: a following client hears every status change without asking
        follow = subprocess.Popen(
            ["playerctl", "-p", "voicecoach", "status", "--follow"],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.5)
        assert ctl(env, "pause") == ""
        assert until(lambda: ctl(env, "status") == "Paused")
        held = float(ctl(env, "position"))
        assert ctl(env, "pause") == ""  # Pause is idempotent
        time.sleep(1.0)
        assert ctl(env, "status") == "Paused"
        assert abs(float(ctl(env, "position")) - held) < 0.01
        assert ctl(env, "play") == ""
        assert until(lambda: ctl(env, "status") == "Playing")
        assert ctl(env, "play") == ""  # Play while playing: stays playing
        time.sleep(1.0)
        assert ctl(env, "status") == "Playing"
        assert ctl(env, "play-pause") == ""  # PlayPause toggles
        assert until(lambda: ctl(env, "status") == "Paused")
        assert ctl(env, "play-pause") == ""
        assert until(lambda: ctl(env, "status") == "Playing")

        assert ctl(env, "next") == ""
        second = until(lambda: (lambda m: m if m.startswith("2/3") else None)(ctl(env, "metadata", "title")))
        assert second == "2/3 Heel walk"
        assert ctl(env, "metadata", "mpris:trackid") == "'/org/voicecoach/track/2'"  # a GVariant object path
        assert ctl(env, "metadata", "xesam:album") == "Media key check"
        assert ctl(env, "metadata", "mpris:length") == str((starts[3] - starts[2]) * 1_000_000 // SR)

        assert ctl(env, "stop") == ""
        out, err = player.communicate(timeout=20)
        assert player.returncode == 0, err
        assert "stopped at exercise 2 of 3, Heel walk" in err, err
        assert f"play {path} --resume" in err, err
        followed = follow.stdout.read() if follow.poll() is not None else None
    finally:
        if player.poll() is None:
            player.kill()
            player.wait()
        if follow is not None and follow.poll() is None:
            follow.terminate()
            followed, _ = follow.communicate(timeout=5)
    statuses = [s for s in followed.split() if s]
    assert statuses[:1] == ["Playing"] and "Paused" in statuses, statuses
    # Playing, Paused, Playing, Paused, Playing, then Stopped (or the player left the bus)
    transitions = [s for i, s in enumerate(statuses) if i == 0 or s != statuses[i - 1]]
    assert transitions[:5] == ["Playing", "Paused", "Playing", "Paused", "Playing"], statuses
