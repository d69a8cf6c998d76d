"""Circuits, intervals, "wait for me" steps and the routine library end to end: the real CLI,
real speech, ffprobe on the MP3, beeps found in the exported WAV, play captured through ALSA."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
import wave
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
import yaml

from support.alsacapture import appending_capture
from support.cli import voicecoach
from support.durations import FakeDurations
from support.processes import drain
from voicecoach import SAMPLE_RATE as SR
from voicecoach.beeps import Beeps
from voicecoach.compiler.compile import compile_routine
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Speaker
from voicecoach.routine.find import builtin_names, builtin_path
from voicecoach.routine.load import load_routine, load_routine_text
from voicecoach.session import build_session

CIRCUIT = """\
title: Core circuit demo
settings: {rest_between: 5s, countdown: 2, verbosity: brief}
exercises:
  - circuit: Core circuit      # its name
    rounds: 3
    rest: 20s                  # between rounds (optional); 2:50, far from a minute's rounding edge
    exercises:
      - name: Plank
        hold: 6s
      - name: Squats
        reps: 3
        pace: 2s
"""

EMOM = """\
title: EMOM check
settings: {countdown: 2, verbosity: brief}
exercises:
  - emom: Burpees
    minutes: 3
    exercises: [{name: Burpees, reps: 5}]
"""

READY = """\
title: Ready check
settings: {rest_between: 2s, countdown: 0, verbosity: brief, setup: 0s}
exercises:
  - name: Fetch a towel
    until: ready
    fallback: 20s
  - name: Towel pull
    duration: 4s
"""


def cli(*args, env=None):
    return voicecoach(*args, env=env)  # in this process (support.cli.voicecoach)


def write(tmp_path, text, name="r.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def wav_samples(path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert w.getframerate() == SR
        return np.frombuffer(w.readframes(w.getnframes()), "<i2")


def find_sound(audio: np.ndarray, sound: np.ndarray) -> list[int]:
    """Every sample offset where ``sound`` occurs exactly in ``audio`` (found, not assumed)."""
    key = int(np.argmax(np.abs(sound)))
    candidates = np.flatnonzero(audio == sound[key]) - key
    return [
        int(i)
        for i in candidates
        if 0 <= i <= len(audio) - len(sound) and np.array_equal(audio[i : i + len(sound)], sound)
    ]


# --- the "done means" ----------------------------------------------------------


def test_example_circuit_previews_rounds_and_exports_six_chapters(tmp_path):
    path = write(tmp_path, CIRCUIT)
    text = cli("preview", str(path))
    assert text.returncode == 0, text.stderr
    assert "Round 2 of 3." in text.stdout and "Last round, 3 of 3." in text.stdout  # issue 22
    timeline = json.loads(cli("preview", str(path), "--json").stdout)
    circuit_cues = [c for c in timeline["cues"] if c["exercise"] is not None]
    assert {c["round"] for c in circuit_cues} == {1, 2, 3}
    assert timeline["cues"][0]["round"] is None
    out = tmp_path / "circuit.mp3"
    done = cli("export", str(path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    info = json.loads(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_format", "-show_chapters", "-of", "json", str(out)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    chapters = info["chapters"]
    assert len(chapters) == 6
    assert [c["tags"]["title"] for c in chapters] == [
        f"Round {r} – {name}" for r in (1, 2, 3) for name in ("Plank", "Squats")
    ]
    firsts = {}
    for cue in timeline["cues"]:
        if cue["exercise"] is not None:
            firsts.setdefault(cue["exercise"], cue["start"])
    bounds = [firsts[n] for n in sorted(firsts)] + [timeline["duration"]]
    for chapter, start, end in zip(chapters, bounds, bounds[1:], strict=False):
        assert abs(float(chapter["start_time"]) - start) < 0.002, chapter
        assert abs(float(chapter["end_time"]) - end) < 0.002, chapter
    # ffprobe counts whole MP3 frames in the file length: the encoder delay (1105 samples) and
    # the last frame's padding (< 1152), so up to two frames (104 ms at 22050 Hz) more
    assert 0 <= float(info["format"]["duration"]) - timeline["duration"] < 2 * 1152 / SR


def test_tabata_start_beeps_are_exactly_30_seconds_apart_in_the_export(tmp_path):
    out = tmp_path / "tabata.wav"
    done = cli("export", "tabata", "-o", str(out))
    assert done.returncode == 0, done.stderr
    starts = find_sound(wav_samples(out), Beeps().pcm("start"))
    # the 2-minute warm-up's beep, the 8 Tabata rounds, the cool-down walk's
    tabata = starts[1:9]
    assert len(starts) == 10
    assert [b - a for a, b in pairwise(tabata)] == [30 * SR] * 7
    ends = find_sound(wav_samples(out), Beeps().pcm("end"))[1:9]
    assert [e - s for s, e in zip(tabata, ends, strict=True)] == [20 * SR] * 8


def test_emom_start_beeps_fall_exactly_on_each_minute_in_the_export(tmp_path):
    path, out = write(tmp_path, EMOM), tmp_path / "emom.wav"
    done = cli("export", str(path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    audio = wav_samples(out)
    starts = find_sound(audio, Beeps().pcm("start"))
    assert len(starts) == 3
    assert [b - a for a, b in pairwise(starts)] == [60 * SR, 60 * SR]
    (end,) = find_sound(audio, Beeps().pcm("end"))
    assert end - starts[0] == 180 * SR


# --- "wait for me" ----------------------------------------------------------------------


def test_export_needs_the_fallback_and_keeps_it_as_silence(tmp_path):
    bare = write(tmp_path, READY.replace("    fallback: 20s\n", ""), "bare.yaml")
    refused = cli("export", str(bare), "-o", str(tmp_path / "bare.wav"))
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        'voicecoach: error: "Fetch a towel" waits for you (until: ready) and has no fallback '
        'time — add e.g. "fallback: 60s" to it, the time an export leaves for it'
    )
    assert not (tmp_path / "bare.wav").exists()
    path, out = write(tmp_path, READY), tmp_path / "ready.wav"
    assert cli("export", str(path), "-o", str(out)).returncode == 0
    timeline = json.loads(cli("preview", str(path), "--json", "--for", "file").stdout)  # as exported
    (wait,) = timeline["waits"]
    a, b = round(wait["start"] * SR), round(wait["end"] * SR)
    audio = wav_samples(out)
    assert b - a == 20 * SR and not audio[a:b].any()


# Played in real time: the ready step alone (no beeps, so no sounds to explain), 22 s of
# audio around the wait instead of 43 s with an exercise after it.
READY_ALONE = READY.split("  - name: Towel pull")[0].replace("rest_between: 2s, ", "")


def test_play_waits_at_a_ready_step_until_space(tmp_path):
    path = write(tmp_path, READY_ALONE)
    env, capture = appending_capture(tmp_path)
    env["VOICECOACH_STATE"] = str(tmp_path / "state")
    session = build_session(load_routine_text(READY_ALONE, str(path)))
    ((a, b),) = session.timeline.waits
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", str(path), "--no-questions"],
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    shown = drain(master, 40.0, until=b"PAUSED")  # the status line while it waits
    waited_from = time.monotonic()
    time.sleep(3.0)  # longer than nothing, shorter than 30 s
    os.write(master, b" ")
    shown += drain(master, 60.0, proc=proc)
    _, err = proc.communicate(timeout=30)
    os.close(master)
    os.close(slave)
    assert proc.returncode == 0, err
    assert b"PAUSED" in shown and time.monotonic() - waited_from >= 3.0
    played = capture.read_bytes()
    export = b"".join(session.chunks())
    confirm = Speaker(session.routine, session.sources, Phrases()).beep().pcm
    # up to the prompt, then the key's confirmation, then on from after the fallback silence:
    # no reminder (the key came within 30 s) and no 20 s of silence
    assert played == export[: 2 * a] + confirm + export[2 * b :]


# --- play of a circuit through ALSA equals its export -----------------------------------


def test_circuit_played_through_alsa_equals_the_export(tmp_path):
    path = write(tmp_path, CIRCUIT)
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_CLOCK="virtual", VOICECOACH_SPAN_S="8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    out = tmp_path / "export.wav"
    assert cli("export", str(path), "-o", str(out), env=env).returncode == 0
    played = capture.read_bytes()
    assert len(played) > 60 * SR * 2
    assert played == wav_samples(out).tobytes()


# --- the library ------------------------------------------------------------------------


@pytest.mark.parametrize("name", builtin_names())
def test_every_builtin_loads_compiles_and_cites_its_source(name):
    path = builtin_path(name)
    routine = load_routine(path)
    timeline = compile_routine(routine, FakeDurations(), Phrases(routine.settings.language))
    assert 30 < timeline.duration_s < 3600
    assert len(timeline.exercise_starts()) == len(routine.units())
    text = path.read_text("utf-8")
    raw = yaml.safe_load(text)
    items = raw["exercises"]
    keys = {k for item in items for k in item} | {
        k for item in items for ex in item.get("exercises", []) for k in ex
    }
    assert "equipment" in keys, "list what is needed (equipment: [] when nothing)"
    if name not in ("foot-strength", "ruecken-pause"):  # the two older ones
        header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
        assert "https://" in header and "own" in header  # source cited, wording our own


def test_at_least_twelve_builtins_and_list_shows_length_count_and_equipment():
    assert len(builtin_names()) >= 12
    shown = cli("list")
    assert shown.returncode == 0, shown.stderr
    line = next(row for row in shown.stdout.splitlines() if row.startswith("plantar-fasciitis"))
    assert "5 exercises" in line and "a towel or a belt, a chair, a stair" in line
    rows = json.loads(cli("list", "--json").stdout)["routines"]
    assert [r["name"] for r in rows] == builtin_names()
    seven = next(r for r in rows if r["name"] == "seven-minute-circuit")
    assert seven["exercises"] == 12 and seven["equipment"] == ["a wall"]
    assert seven["languages"] == ["de", "en"]
    # 1 round x 12 x 30 s of work plus transitions: the estimate is a real compile, and the
    # title's 7 minutes hold within issue 22's 1.3 x 7
    assert 12 * 30 < seven["length_s"] < 1.3 * 7 * 60


@pytest.mark.parametrize("name", ["box-breathing", "balance-older-adults"])
def test_builtins_export_for_real(tmp_path, name):
    out = tmp_path / f"{name}.ogg"
    done = cli("export", name, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000
