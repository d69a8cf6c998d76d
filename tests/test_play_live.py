"""Real playback through simpleaudio and ALSA, captured with a temporary HOME/.asoundrc."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import wave

import numpy as np
import pytest

from alsacapture import PacedCapture, appending_capture, write_asoundrc
from voicecoach import SAMPLE_RATE as SR
from voicecoach.routine.load import load_routine_text
from voicecoach.play.navigate import Navigator
from voicecoach.phrases import Phrases
from voicecoach.session import build_session
from voicecoach.play.announcements import Speaker

SHORT = """
title: Quick check
settings: {rest_between: 3s, countdown: 2, verbosity: brief}
exercises:
  - name: Toe hold
    reps: 2
    hold: 3s
    relax: 2s
  - name: Reach
    duration: 5s
"""

MINUTE = """
title: One minute
settings: {rest_between: 5s, countdown: 3, verbosity: brief}
exercises:
  - name: Calf hold
    reps: 3
    hold: 5s
  - name: Heel walk
    duration: 12s
"""


def routine_file(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def player(args, env, **kw):
    env = {**env, "VOICECOACH_STATE": env.get("VOICECOACH_STATE", "")}
    return subprocess.Popen([sys.executable, "-m", "voicecoach", "play", *args], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)


def exported(tmp_path, routine, env=None):
    out = tmp_path / "export.wav"
    proc = subprocess.run([sys.executable, "-m", "voicecoach", "export", str(routine), "-o", str(out), "--force"],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    with wave.open(str(out)) as w:
        return w.readframes(w.getnframes())


def test_play_puts_out_exactly_the_export_even_from_a_cold_cache(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_SPAN_S="8",   # several spans
               VOICECOACH_CACHE=str(tmp_path / "cold-cache"))     # intro first, the rest meanwhile
    proc = player([str(routine)], env)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert err == ""
    expected = exported(tmp_path, routine, env)     # same cache, now warm
    played = capture.read_bytes()
    assert len(played) == len(expected)
    assert played == expected


def test_paced_playback_keeps_the_wall_clock(tmp_path):
    routine = routine_file(tmp_path, MINUTE)
    expected = exported(tmp_path, routine)
    assert 50 * SR * 2 < len(expected) < 75 * SR * 2
    paced = PacedCapture(tmp_path)
    env = {**paced.env, "VOICECOACH_STATE": str(tmp_path / "state"), "VOICECOACH_SPAN_S": "15"}
    started = time.monotonic()
    proc = player([str(routine)], env)
    _, err = proc.communicate(timeout=180)
    time.sleep(0.2)
    paced.close()
    assert proc.returncode == 0, err
    stats = paced.summary()
    stats["first_sound_s"] = paced.first_byte_at - started
    print("paced playback:", json.dumps(stats))
    # every sound sample as exported, in order; a span that starts late may skip a few ms of
    # its leading silence to stay on time (scheduler CATCH_UP_S), never anything audible
    played, wanted = np.frombuffer(bytes(paced.data), "<i2"), np.frombuffer(expected, "<i2")
    assert np.array_equal(played[played != 0], wanted[wanted != 0])
    assert 0 <= len(wanted) - len(played) < 0.1 * SR
    assert stats["max_ms"] <= 20
    assert abs(stats["drift_ms"]) <= 5


def test_ctrl_c_stops_fast_saves_and_resume_picks_up(tmp_path):
    routine = routine_file(tmp_path, MINUTE)
    exported(tmp_path, routine)
    state = tmp_path / "state"
    paced = PacedCapture(tmp_path)
    proc = player([str(routine)], {**paced.env, "VOICECOACH_STATE": str(state)})
    session = build_session(load_routine_text(MINUTE, str(routine)))
    nav = Navigator(session.timeline)
    first_work = next(c for c in nav.cues if c.role == "work_start")
    while paced.first_byte_at is None or time.monotonic() - paced.first_byte_at < first_work.start_s + 1:
        time.sleep(0.01)
        assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=5)
    exited = time.monotonic() - sent
    time.sleep(0.3)
    last_sound = paced.first_byte_at + len(paced.data) / (2 * SR)   # when the last byte is heard
    paced.close()
    print(f"ctrl-c: exit after {exited:.3f} s, stream stopped {last_sound - sent:+.3f} s after SIGINT")
    assert proc.returncode == 130
    assert "Traceback" not in err and err.strip() == "voicecoach: interrupted"
    assert exited < 1.0
    assert last_sound - sent < 0.5
    saved = json.loads((state / "positions.json").read_text())
    assert [entry["exercise"] for entry in saved.values()] == [1]

    env, capture = appending_capture(tmp_path / "again")
    proc = player([str(routine), "--resume"], {**env, "VOICECOACH_STATE": str(state)})
    time.sleep(8)                                  # recap and countdown, then the exercise
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=5)
    assert proc.returncode == 130, err
    start = nav.exercise_start(1)
    recap = Speaker(session.routine, session.sources, Phrases()).recap(nav.state(start)).pcm
    stream = b"".join(session.chunks(start, start + SR))
    played = capture.read_bytes()
    lead_in = bytes(2 * int(session.routine.settings.lead_in_s * SR))   # headphones wake on sound
    assert played[:len(lead_in)] == lead_in and len(lead_in) == SR
    played = played[len(lead_in):]
    assert len(played) > len(recap) + len(stream)
    assert played[:len(recap)] == recap
    assert played[len(recap):len(recap) + len(stream)] == stream


def test_from_n_starts_at_that_exercise(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    session = build_session(load_routine_text(SHORT, str(routine)))
    start = Navigator(session.timeline).exercise_start(2)
    env, capture = appending_capture(tmp_path)
    proc = player([str(routine), "--from", "2"], {**env, "VOICECOACH_STATE": str(tmp_path / "s")})
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lead_in = bytes(2 * int(session.routine.settings.lead_in_s * SR))   # silence first: headphones wake
    assert capture.read_bytes() == lead_in + b"".join(session.chunks(start))


def test_from_out_of_range_is_a_clear_error(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    proc = player([str(routine), "--from", "7"], dict(os.environ, VOICECOACH_STATE=str(tmp_path)))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.strip() == "voicecoach: error: --from 7: the routine has exercises 1 to 2"


def test_no_audio_device_is_one_line_suggesting_export(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    env = write_asoundrc(tmp_path / "home", "/nonexistent/dir/capture.raw")
    (tmp_path / "home" / ".asoundrc").write_text('pcm.!default { type hw; card 9 }\n')
    proc = player([str(routine)], {**env, "VOICECOACH_STATE": str(tmp_path / "s")})
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("voicecoach: error: no audio output device") and "voicecoach export" in err
    assert "ALSA" not in err and "Traceback" not in err


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="dbus-run-session not installed")
def test_media_key_next_over_mpris(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    exported(tmp_path, routine)
    env, capture = appending_capture(tmp_path)
    script = tmp_path / "next.sh"
    script.write_text(f"""
set -e
"{sys.executable}" -m voicecoach play "{routine}" </dev/null &
pid=$!
for i in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\
    org.freedesktop.DBus.NameHasOwner string:org.mpris.MediaPlayer2.voicecoach | grep -q true && break
  sleep 0.05
done
sleep 6
dbus-send --session --type=method_call --dest=org.mpris.MediaPlayer2.voicecoach \\
  /org/mpris/MediaPlayer2 org.mpris.MediaPlayer2.Player.Next
wait $pid
""")
    started = time.monotonic()
    proc = subprocess.run(["dbus-run-session", "--", "bash", str(script)], capture_output=True, text=True,
                          env={**env, "VOICECOACH_STATE": str(tmp_path / "s")}, timeout=120)
    took = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    session = build_session(load_routine_text(SHORT, str(routine)))
    nav = Navigator(session.timeline)
    ex2 = nav.exercise_start(2)
    confirm = session.sources.beeps.pcm("confirm").astype("<i2").tobytes()
    played = capture.read_bytes()
    tail = b"".join(session.chunks(ex2))
    assert played.endswith(tail)                      # jumped to exercise 2 and played it out
    assert confirm in played[:-len(tail)]             # after the confirmation beep
    assert took < session.timeline.duration_s - 8     # skipped most of exercise 1


def test_whole_foot_strength_played_on_a_virtual_clock_equals_the_export(tmp_path):
    # the real player (spans, render-ahead) over the full 30-minute built-in, without waiting
    # 30 minutes: VOICECOACH_CLOCK=virtual jumps to each deadline; the null device takes it all
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_CLOCK="virtual")
    proc = player(["foot-strength"], env)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    expected = exported(tmp_path, "foot-strength", env)
    played = capture.read_bytes()
    assert len(played) == len(expected) > 1500 * SR * 2
    assert played == expected
