"""End to end: export foot-strength with real speech and check the WAV against the timeline."""

import json
import subprocess
import sys
import wave

import numpy as np
import pytest

from voicecoach import SAMPLE_RATE
from voicecoach.beeps import Beeps


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "voicecoach", *args], capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "foot.wav"
    proc = run("export", "foot-strength", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    preview = run("preview", "foot-strength", "--json")
    assert preview.returncode == 0, preview.stderr
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, SAMPLE_RATE)
        audio = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    return audio, json.loads(preview.stdout)


def test_length_equals_timeline_to_the_sample(exported):
    audio, timeline = exported
    assert len(audio) == round(timeline["duration"] * SAMPLE_RATE)


def test_every_beep_starts_on_its_cue_sample(exported):
    audio, timeline = exported
    beeps = Beeps()
    cues = timeline["cues"]
    checked = 0
    for cue in cues:
        if cue["kind"] != "beep":
            continue
        start = round(cue["start"] * SAMPLE_RATE)
        pcm = beeps.pcm(cue["sound"])
        overlaps = [c for c in cues if c is not cue and c["start"] < cue["end"] and c["end"] > cue["start"]]
        if not overlaps:
            assert np.array_equal(audio[start:start + len(pcm)], pcm), cue
            assert audio[start - 1] == 0
            checked += 1
    assert checked > 300


def test_silence_wherever_no_cue_plays(exported):
    audio, timeline = exported
    covered = np.zeros(len(audio), bool)
    for cue in timeline["cues"]:
        covered[round(cue["start"] * SAMPLE_RATE): round(cue["end"] * SAMPLE_RATE)] = True
    assert not covered.all()
    assert (audio[~covered] == 0).all()
    assert np.abs(audio[covered].astype(int)).max() > 10000   # and sound where cues play


def test_speech_is_real_voice(exported):
    audio, timeline = exported
    cue = next(c for c in timeline["cues"] if c["kind"] == "speech")
    seg = audio[round(cue["start"] * SAMPLE_RATE): round(cue["end"] * SAMPLE_RATE)].astype(float)
    assert np.sqrt(np.mean(seg ** 2)) > 500
    assert len(seg) > SAMPLE_RATE  # the intro sentence lasts over a second


def _level_db(audio, cues, test):
    """RMS (dB re full scale) over every cue ``test`` picks, each cue's span alone, where no
    other cue overlaps (a beep under speech would measure the mix)."""
    power, count = 0.0, 0
    for cue in cues:
        if not test(cue):
            continue
        if any(c is not cue and c["start"] < cue["end"] and c["end"] > cue["start"] for c in cues):
            continue
        seg = audio[round(cue["start"] * SAMPLE_RATE): round(cue["end"] * SAMPLE_RATE)].astype(float)
        power += float(np.sum(seg ** 2))
        count += len(seg)
    assert count > SAMPLE_RATE // 10
    return 10 * np.log10(power / count / 32768.0 ** 2)


def test_beeps_and_ticks_at_least_as_loud_as_speech_less_6_db(exported):
    # Measured on the real export (espeak-ng voice): start/end beeps about +5 dB, ticks about
    # +3 dB over speech. A louder voice or quieter beeps must not bury them under the coaching.
    audio, timeline = exported
    cues = timeline["cues"]
    speech = _level_db(audio, cues, lambda c: c["kind"] == "speech" and not c["text"].isdigit())
    beeps = _level_db(audio, cues, lambda c: c["role"] in ("work_start", "work_end"))
    ticks = _level_db(audio, cues, lambda c: c["role"] == "tick")
    print(f"speech {speech:.1f} dBFS, beeps {beeps - speech:+.1f} dB, ticks {ticks - speech:+.1f} dB")
    assert beeps >= speech - 6 and ticks >= speech - 6
