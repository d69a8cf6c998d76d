"""The shared options reach preview, play and export alike (play captured through ALSA)."""

import os
import subprocess
import sys
import wave

import pytest

SMALL = """title: Klein
exercises:
  - name: Zehen
    how: Spreize die Zehen.
    reps: 2
    hold: 3s
"""
OPTIONS = ["--language", "de", "--verbosity", "brief", "--rate", "200", "--no-count-reps"]


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "voicecoach", *args], capture_output=True, **kw)


@pytest.fixture
def routine(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(SMALL)
    return path


def test_preview_applies_every_option(routine):
    plain = run("preview", str(routine), text=True)
    tuned = run("preview", str(routine), *OPTIONS, text=True)
    assert plain.returncode == tuned.returncode == 0, tuned.stderr
    assert "Get ready." in plain.stdout and "Spreize die Zehen." in plain.stdout
    assert "1 of 2." in plain.stdout
    assert "Übung 1 von 1: Zehen." in tuned.stdout
    for gone in ("Mach dich bereit.", "Spreize die Zehen.", "1 von 2."):
        assert gone not in tuned.stdout


def test_play_outputs_exactly_what_export_writes_with_the_same_options(routine, tmp_path):
    capture = tmp_path / "capture.raw"
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "|cat >> {capture}"; format "raw" }}\n'
    )
    env = {**os.environ, "HOME": str(home), "VOICECOACH_CLOCK": "virtual"}  # bytes, not pacing
    played = run("play", str(routine), *OPTIONS, env=env, timeout=120)
    assert played.returncode == 0, played.stderr
    out = tmp_path / "o.wav"
    exported = run("export", str(routine), *OPTIONS, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    with wave.open(str(out)) as w:
        frames = w.readframes(w.getnframes())
    plain = tmp_path / "plain.wav"
    assert run("export", str(routine), "-o", str(plain)).returncode == 0
    with wave.open(str(plain)) as w:
        assert w.getnframes() * 2 != len(frames)  # the options changed the session
    assert capture.read_bytes() == frames
