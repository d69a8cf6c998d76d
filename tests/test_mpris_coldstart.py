"""Issue 24, item 17: the first play with an empty speech cache answers the headset at once,
with the default voice (Piper) as well as espeak: ``playerctl`` against a real ``voicecoach
play`` on a private session bus, sound into ALSA's file plugin, on the real clock.

The routine is tiny (a few clips, rendered in the player's own process): Piper's cold
render is the cost of this test."""

import subprocess
import sys
import time

import pytest

from support.alsacapture import appending_capture
from test_mpris_playerctl import bus, ctl, until  # noqa: F401 - bus is a fixture

pytest.importorskip("dbus_fast")
pytestmark = pytest.mark.skipif(
    not __import__("shutil").which("playerctl"),
    reason="needs playerctl and dbus-daemon (scripts/test installs them)",
)

ROUTINE = """
title: Cold keys
settings: {countdown: 0, verbosity: brief}
exercises:
  - name: Ankle circles
    duration: 20s
"""


def timed(check, timeout):
    """(value, seconds it took) of ``until(check)``."""
    began = time.monotonic()
    value = until(check, timeout=timeout, step=0.05)
    return value, time.monotonic() - began


@pytest.mark.parametrize("engine", ["espeak", "piper"])
def test_a_cold_first_play_answers_pause_play_and_metadata_at_once(tmp_path, bus, engine):  # noqa: F811
    path = tmp_path / "cold.yaml"
    path.write_text(ROUTINE)
    env, _ = appending_capture(tmp_path)
    env.update(
        DBUS_SESSION_BUS_ADDRESS=bus,
        VOICECOACH_STATE=str(tmp_path / "state"),
        VOICECOACH_CACHE=str(tmp_path / "empty-cache"),
    )
    if engine == "piper":
        env.pop("VOICECOACH_ENGINE", None)  # the default voice, as a user gets it
    began = time.monotonic()
    player = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert until(lambda: ctl(env, "status") == "Playing", timeout=20, step=0.05)
        # from the first sight of the player: the intro is a track, with a title and a status
        assert (
            ctl(env, "metadata", "--format", "{{xesam:title}}|{{mpris:trackid}}")
            == "Cold keys|'/org/voicecoach/track/0'"
        )  # a GVariant object path
        time.sleep(max(0.0, 2.0 - (time.monotonic() - began)))
        assert ctl(env, "pause") == ""
        paused, took = timed(lambda: ctl(env, "status") == "Paused", 2.0)
        assert paused, f"not Paused {took:.1f} s after pause"
        # still paused once the session is compiled (its tracks have lengths then) ...
        assert until(lambda: ctl(env, "metadata", "mpris:length").isdigit(), timeout=60)
        assert ctl(env, "status") == "Paused"
        assert ctl(env, "next") == ""  # ... and after Next, which moves on
        assert until(lambda: ctl(env, "metadata", "title").startswith("1/1 Ankle circles"))
        assert ctl(env, "status") == "Paused"
        assert ctl(env, "play") == ""
        playing, took = timed(lambda: ctl(env, "status") == "Playing", 2.0)
        assert playing, f"not Playing {took:.1f} s after play"
        assert ctl(env, "volume", "0.5") == ""  # Volume is writable (MPRIS spec)
        assert until(lambda: ctl(env, "volume").startswith("0.5"))
        assert ctl(env, "stop") == ""
        out, err = player.communicate(timeout=20)
        assert player.returncode == 0, err
        assert "stopped at exercise 1 of 1, Ankle circles" in err, err
    finally:
        if player.poll() is None:
            player.kill()
            player.wait()
