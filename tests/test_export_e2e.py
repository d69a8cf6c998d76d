"""End to end: export a built-in with real speech and check the WAV against the timeline
(espeak: foot-strength, the 32-minute session; Piper: desk-neck-shoulders, see ``exported``)."""

import json
import os
import subprocess
import sys
import wave

import numpy as np
import pytest

from support.cpus import one_cpu
from support.workers import built_once
from voicecoach import SAMPLE_RATE
from voicecoach.beeps import Beeps


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "voicecoach", *args], capture_output=True, text=True, **kw)


@pytest.fixture(scope="module", params=["espeak", "piper"])
def exported(request, tmp_path_factory):
    """A built-in exported with an empty cache, in each engine (piper: the default voice a
    user gets; the clips a second cold export shares with it must be byte-identical).
    Made once per run (built_once), whichever worker gets there first.

    Piper renders desk-neck-shoulders (6 minutes, 7 exercises, ticks) at brief verbosity: 850
    characters of speech. Piper's cost is per character (docs/platform.md, test suite).
    scripts/bench checks byte-identity of three cold exports of foot-strength at normal
    verbosity on every run."""
    with built_once(tmp_path_factory, f"export-{request.param}") as (folder, build):
        if build:
            make_exports(folder, request.param)
        timeline = json.loads((folder / "timeline.json").read_text())
        if (folder / "session.mp3").exists():
            timeline["mp3"] = folder / "session.mp3"
        with wave.open(str(folder / "session.wav")) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, SAMPLE_RATE)
            audio = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    return audio, timeline


ROUTINE = {"espeak": "foot-strength", "piper": "desk-neck-shoulders"}
EXERCISES = {"foot-strength": 11, "desk-neck-shoulders": 7}


def make_exports(folder, engine):
    env = {**os.environ, "VOICECOACH_CACHE": str(folder / "cache")}
    routine, options = ROUTINE[engine], []
    if engine == "piper":
        env.pop("VOICECOACH_ENGINE", None)
        options = ["--verbosity", "brief"]
    out = folder / "session.wav"
    proc = run("export", routine, "-o", str(out), *options, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (
        proc.stderr.strip()
        .splitlines()[-1]
        .endswith("voice piper:en_US-joe-medium)" if engine == "piper" else "voice espeak:gmw/en-us)")
    )
    preview = run("preview", routine, "--json", *options, env=env)
    assert preview.returncode == 0, preview.stderr
    timeline = json.loads(preview.stdout)
    assert timeline["voice"]["engine"] == engine
    timeline["routine"] = routine
    if engine == "piper":
        # Another cold export, of a one-exercise routine, into another empty cache: every clip
        # both caches hold (sounds, get ready, the close…) was synthesized by the export's own
        # process here (on one CPU: no render workers, one Piper load), by the worker processes
        # there, at other places in their queues, and must be byte-identical.
        # (scripts/bench exports foot-strength cold three times and compares the files.)
        other = folder / "other.yaml"
        other.write_text("title: Wall sit\nexercises: [{name: Wall sit, duration: 10s}]\n")
        again = run(
            "export",
            str(other),
            "-o",
            str(folder / "again.wav"),
            *options,
            env={**env, "VOICECOACH_CACHE": str(folder / "cache2")},
            preexec_fn=one_cpu,
        )
        assert again.returncode == 0, again.stderr
        first, second = (
            {p.relative_to(folder / c): p for p in (folder / c).rglob("*.wav")} for c in ("cache", "cache2")
        )
        both = first.keys() & second.keys()
        assert len(both) >= 3, sorted(second)  # 8 today
        assert all(first[k].read_bytes() == second[k].read_bytes() for k in both)
        mp3 = run("export", routine, "-o", str(folder / "session.mp3"), *options, env=env)
        assert mp3.returncode == 0, mp3.stderr
    (folder / "timeline.json").write_text(json.dumps(timeline))


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
            assert np.array_equal(audio[start : start + len(pcm)], pcm), cue
            assert audio[start - 1] == 0
            checked += 1
    assert checked > 0.8 * sum(
        c["kind"] == "beep" for c in cues
    )  # foot-strength: 332, desk-neck-shoulders: 61


def test_silence_wherever_no_cue_plays(exported):
    audio, timeline = exported
    covered = np.zeros(len(audio), bool)
    for cue in timeline["cues"]:
        covered[round(cue["start"] * SAMPLE_RATE) : round(cue["end"] * SAMPLE_RATE)] = True
    assert not covered.all()
    assert (audio[~covered] == 0).all()
    assert np.abs(audio[covered].astype(int)).max() > 10000  # and sound where cues play


def test_speech_is_real_voice(exported):
    audio, timeline = exported
    cue = next(c for c in timeline["cues"] if c["kind"] == "speech")
    seg = audio[round(cue["start"] * SAMPLE_RATE) : round(cue["end"] * SAMPLE_RATE)].astype(float)
    assert np.sqrt(np.mean(seg**2)) > 500
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
        seg = audio[round(cue["start"] * SAMPLE_RATE) : round(cue["end"] * SAMPLE_RATE)].astype(float)
        power += float(np.sum(seg**2))
        count += len(seg)
    assert count > SAMPLE_RATE // 10
    return 10 * np.log10(power / count / 32768.0**2)


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


def test_mp3_chapters_follow_the_exercise_starts(exported):
    """The neural voice changes every clip length; chapters still start at each exercise's first cue."""
    audio, timeline = exported
    if "mp3" not in timeline:
        pytest.skip("checked for the piper export (espeak's in test_export_formats)")
    from mutagen.id3 import ID3

    chaps = sorted(ID3(str(timeline["mp3"])).getall("CHAP"), key=lambda c: c.start_time)
    firsts = {}
    for cue in timeline["cues"]:
        if cue["exercise"] is not None:
            firsts.setdefault(cue["exercise"], cue["start"])
    assert len(chaps) == len(firsts) == EXERCISES[timeline["routine"]]
    starts = [firsts[n] * 1000 for n in sorted(firsts)]
    assert all(abs(c.start_time - ms) <= 1 for c, ms in zip(chaps, starts, strict=True))
    assert chaps[-1].end_time == round(timeline["duration"] * 1000)
