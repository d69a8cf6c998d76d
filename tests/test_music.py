"""The music bed, measured on real exports: ducked under every cue, never clipping, voice unchanged,
seamless loops, play == export, and one clear line for every bad music input."""

import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest
import soundfile

from support.alsacapture import appending_capture
from support.cli import run_cli, voicecoach
from voicecoach import SAMPLE_RATE as SR
from voicecoach.music.bed import MusicBed, merge
from voicecoach.music.source import ambient, load_music

SHORT = """
title: Quick check
settings: {rest_between: 3s, countdown: 2, verbosity: brief}
exercises:
  - name: Toe hold
    reps: 2
    hold: 8s
    relax: 2s
  - name: Reach
    duration: 12s
"""


def song(path, seconds=3.3, rate=44100, channels=2, noise=0.02):
    """A stand-in for a user's music: a chord with a slow swell and a little noise, stereo 44.1 kHz."""
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(3)
    x = sum(np.sin(2 * np.pi * f * t + i) for i, f in enumerate((196.0, 246.9, 293.7))) / 3
    x = x * (0.7 + 0.3 * np.sin(2 * np.pi * 0.5 * t)) + noise * rng.standard_normal(len(t))
    data = np.stack([0.3 * x] * channels, axis=1)
    soundfile.write(str(path), data, rate)
    return path


def db(x) -> float:
    x = np.asarray(x, dtype=np.float64)
    return 20 * np.log10(np.sqrt(np.mean(x * x)) / 32768)


def export(args, out, env=None):
    proc = voicecoach("export", *args, "-o", out, "--force", env=env)  # in this process
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


def cues(spec, env=None):
    proc = voicecoach("preview", spec, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["cues"]


def masks(cue_list, length, margin_s=2.5):
    """(during every cue, well between cues): the second leaves out attack, release and the ends."""
    inside, near = np.zeros(length, bool), np.zeros(length, bool)
    for c in cue_list:
        s, e = int(round(c["start"] * SR)), int(round(c["end"] * SR))
        inside[s:e] = True
        near[max(0, s - int(margin_s * SR)) : e + int(margin_s * SR)] = True
    near[: 5 * SR] = near[-5 * SR :] = True
    return inside, ~near


def measure(with_music, without, cue_list):
    mixed, _ = soundfile.read(str(with_music), dtype="int16")
    plain, _ = soundfile.read(str(without), dtype="int16")
    assert len(mixed) == len(plain)  # length unchanged
    music = mixed.astype(np.int64) - plain  # exact: the voice isn't touched
    inside, between = masks(cue_list, len(mixed))
    return {
        "music_under_cues_dbfs": db(music[inside]),
        "music_between_dbfs": db(music[between]),
        "voice_dbfs": db(plain[inside]),
        "mixed_under_cues_dbfs": db(mixed[inside]),
        "clipped": int(np.sum(np.abs(mixed.astype(np.int32)) >= 32767)),
        "clipped_without": int(np.sum(np.abs(plain.astype(np.int32)) >= 32767)),
        "music": music,
    }


def test_a_session_with_ambient_is_ducked_clean_and_keeps_the_voice(tmp_path):
    """On plantar-fasciitis (9 minutes with 30-second holds: long stretches between cues);
    the mix is the same per sample whatever the length (foot-strength's 32 minutes cost 3
    more CPU seconds a run)."""
    with_music, without = tmp_path / "m.wav", tmp_path / "n.wav"
    export(["plantar-fasciitis", "--music", "ambient"], with_music)
    export(["plantar-fasciitis"], without)
    m = measure(with_music, without, cues("plantar-fasciitis"))
    depth = m["music_between_dbfs"] - m["music_under_cues_dbfs"]
    print(
        f"ducking {depth:.1f} dB; music between cues {m['music_between_dbfs']:.1f} dBFS, "
        f"under cues {m['music_under_cues_dbfs']:.1f} dBFS; voice {m['voice_dbfs']:.1f} dBFS"
    )
    assert depth >= 10
    assert m["clipped"] == m["clipped_without"] == 0
    assert abs(m["mixed_under_cues_dbfs"] - m["voice_dbfs"]) <= 1
    # the bed sits well under the voice between cues too (default -18 dB relative to speech)
    assert -24 <= m["music_between_dbfs"] - m["voice_dbfs"] <= -12


def test_the_mp3_export_with_music_keeps_length_voice_and_headroom(tmp_path):
    """On a 2-minute routine: LAME's time grows with length (foot-strength's two 32-minute
    MP3s took 21 CPU seconds, desk-neck-shoulders' 7 minutes 7); the mix itself is tested on
    plantar-fasciitis above."""
    routine = "box-breathing"
    with_music, without = tmp_path / "m.mp3", tmp_path / "n.mp3"
    export([routine, "--music", "ambient"], with_music)
    export([routine], without)

    def decoded(path):
        raw = subprocess.run(
            ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(SR), "-"],
            capture_output=True,
            check=True,
        ).stdout
        return np.frombuffer(raw, "<i2")

    mixed, plain = decoded(with_music), decoded(without)
    assert len(mixed) == len(plain)
    inside, _ = masks(cues(routine), len(mixed))
    assert abs(db(mixed[inside]) - db(plain[inside])) <= 1
    assert np.sum(np.abs(mixed.astype(np.int32)) >= 32767) == 0


def test_a_users_file_from_the_routine_loops_without_a_seam_and_ducks(tmp_path):
    song(tmp_path / "calm.wav")  # 3.3 s: the session loops it many times
    routine = tmp_path / "r.yaml"
    routine.write_text(
        SHORT.replace("verbosity: brief}", "verbosity: brief,\n  music: {file: calm.wav, level: -15}}")
    )
    plain = tmp_path / "plain.yaml"
    plain.write_text(SHORT)
    export([str(routine)], tmp_path / "m.wav")
    export([str(plain)], tmp_path / "n.wav")
    m = measure(tmp_path / "m.wav", tmp_path / "n.wav", cues(str(plain)))
    assert m["music_between_dbfs"] - m["music_under_cues_dbfs"] >= 10
    assert m["clipped"] == 0
    assert abs(m["mixed_under_cues_dbfs"] - m["voice_dbfs"]) <= 1
    # no click anywhere in the bed: its biggest sample-to-sample step stays within what the
    # music itself does (at the bed's gain), seams and duck ramps included
    source = load_music(str(tmp_path / "calm.wav"))
    own_step = np.max(np.abs(np.diff(source.pcm.astype(np.float64))))
    gain = 10 ** ((m["music_between_dbfs"] - db(source.pcm * 32768)) / 20)  # measured bed gain
    steps = np.abs(np.diff(m["music"].astype(np.float64)))
    assert steps.max() <= 1.5 * own_step * gain * 32768 + 2


def test_the_loop_seam_has_no_discontinuity(tmp_path):
    source = load_music(str(song(tmp_path / "s.flac", seconds=2.7123, noise=0)))
    bed = MusicBed(source, [], 60 * SR, 0.0, 1.0)
    looped = bed.loop(np.arange(60 * SR, dtype=np.int64))
    own = np.max(np.abs(np.diff(source.pcm.astype(np.float64))))
    assert np.max(np.abs(np.diff(looped))) <= 1.5 * own  # across every seam
    assert abs(float(source.pcm[0]) - float(source.pcm[-1])) > 3 * own  # a plain repeat would click
    period = len(source.pcm) - source.crossfade
    assert np.array_equal(
        looped[source.crossfade : source.crossfade + period],
        looped[source.crossfade + period : source.crossfade + 2 * period],
    )


def test_the_bed_is_a_pure_function_of_the_sample_index():
    bed = MusicBed(
        ambient(), [(6 * SR, 7 * SR), (7 * SR + 100, 8 * SR), (15 * SR, 16 * SR)], 40 * SR, -18, 3000
    )
    whole = bed.block(0, 40 * SR)
    for chunk in (997, SR // 3, 7 * SR):
        parts = np.concatenate([bed.block(a, min(a + chunk, 40 * SR)) for a in range(0, 40 * SR, chunk)])
        assert np.array_equal(parts, whole)
    one_by_one = np.concatenate([bed.block(a, a + 1) for a in range(SR - 600, SR + 600)])
    assert np.array_equal(one_by_one, whole[SR - 600 : SR + 600])
    assert np.array_equal(bed.block(12345, 23456), whole[12345:23456])
    # ducked under the cues (and the gap of 100 samples between two of them is bridged)
    env = bed.envelope(0, 40 * SR)
    assert np.allclose(env[6 * SR : 8 * SR], bed.gain * bed.ducked)
    assert np.isclose(env[11 * SR], bed.gain) and env[SR] < env[2 * SR] < bed.gain  # fading in
    assert np.max(np.abs(np.diff(env))) < bed.gain / 1000  # smooth: no step in the gain


def test_merge_bridges_short_gaps():
    assert merge([(50, 60), (0, 10), (12, 20)], 5) == [(0, 20), (50, 60)]


def test_ambient_is_the_same_every_time_and_periodic():
    a, b = ambient(), ambient()
    assert np.array_equal(a.pcm, b.pcm) and a.crossfade == 0
    pcm = a.pcm.astype(np.float64)
    assert abs(pcm[0] - pcm[-1]) <= np.max(np.abs(np.diff(pcm)))  # seamless wrap


def test_m4a_through_ffmpeg_and_a_clear_line_without_it(tmp_path, capsys):
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg not installed")
    wav = song(tmp_path / "s.wav")
    m4a = tmp_path / "s.m4a"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(wav), "-c:a", "aac", "-b:a", "96k", str(m4a)], check=True
    )
    source = load_music(str(m4a))
    assert abs(len(source.pcm) / SR - 3.3) < 0.1
    env = dict(os.environ, PATH=str(tmp_path / "nowhere"))
    proc = subprocess.run(
        [sys.executable, "-m", "voicecoach", "preview", "foot-strength", "--music", str(m4a)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"voicecoach: error: music file {m4a} is not a format soundfile reads (MP3, OGG, FLAC, WAV); "
        "M4A/AAC needs ffmpeg — install ffmpeg or convert the file to MP3"
    ]


def bad_inputs(tmp_path):
    soundfile.write(str(tmp_path / "silent.wav"), np.zeros(3 * SR, np.int16), SR)
    (tmp_path / "notes.txt").write_text("not music at all\n" * 50)
    (tmp_path / "broken.mp3").write_bytes(np.random.default_rng(5).bytes(200_000))  # a damaged download
    return {
        "missing.mp3": "no such file — give an audio file (MP3, OGG, FLAC, WAV or M4A) or --music ambient",
        "silent.wav": "is silent — give a file with music in it",
        "notes.txt": "is not audio voicecoach can read — give an audio file (MP3, OGG, FLAC, WAV or M4A) "
        "or --music ambient",
        "broken.mp3": "is not audio voicecoach can read — give an audio file (MP3, OGG, FLAC, WAV or M4A) "
        "or --music ambient",
    }


@pytest.mark.parametrize("command", ["export", "preview", "play"])
def test_bad_music_inputs_are_one_clear_line(tmp_path, capsys, command):
    for name, says in bad_inputs(tmp_path).items():
        path = tmp_path / name
        args = [command, "foot-strength", "--music", str(path)]
        if command == "export":
            args += ["-o", str(tmp_path / "out.wav")]
        code, out, err = run_cli(args)
        assert code == 2, (name, err)
        assert err.strip().splitlines() == [
            f"voicecoach: error: music file {path} {says}"
            if not says.startswith("no such")
            else f"voicecoach: error: music file {path}: {says}"
        ], name
        assert not (tmp_path / "out.wav").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_music_file_is_one_line(tmp_path, capsys):
    path = song(tmp_path / "locked.wav")
    path.chmod(0)
    code, _, err = run_cli(["preview", "foot-strength", "--music", str(path)])
    assert code == 2
    assert (
        err.strip() == f"voicecoach: error: music file {path} cannot be read (Permission denied) "
        "— check its permissions"
    )


def test_a_routines_music_setting_is_checked_with_file_and_line(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text("title: T\nsettings:\n  music: {file: calm.mp3, level: 5}\nexercises: [{name: A}]\n")
    code, _, err = run_cli(["check", str(routine)])
    assert code == 2
    assert f"{routine}:3:" in err and '"level" in settings.music must be between -60 and 0' in err
    routine.write_text("title: T\nsettings:\n  music: calm.mp3\nexercises: [{name: A}]\n")
    code, out, _ = run_cli(["check", str(routine), "--json"])
    settings = json.loads(out)["settings"]
    assert code == 0 and settings["music"] == str(tmp_path / "calm.mp3") and settings["music_level"] == -18


def test_play_with_music_puts_out_exactly_the_export(tmp_path):
    song(tmp_path / "calm.ogg", seconds=4.0)
    routine = tmp_path / "r.yaml"
    routine.write_text(SHORT)
    env, capture = appending_capture(tmp_path)
    env.update(
        VOICECOACH_STATE=str(tmp_path / "state"),
        VOICECOACH_SPAN_S="7",
        VOICECOACH_CLOCK="virtual",
        VOICECOACH_CACHE=str(tmp_path / "cold-cache"),
    )
    music = ["--music", str(tmp_path / "calm.ogg")]
    proc = subprocess.run(
        [sys.executable, "-m", "voicecoach", "play", str(routine), *music],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    export([str(routine), *music], tmp_path / "e.wav", env)
    played = np.frombuffer(capture.read_bytes(), "<i2")
    expected, _ = soundfile.read(str(tmp_path / "e.wav"), dtype="int16")
    assert len(played) == len(expected)
    assert np.array_equal(played, expected)
    # and from exercise 2: the same samples as the export's from that point on
    env2, capture2 = appending_capture(tmp_path / "from2")
    env2.update(
        VOICECOACH_STATE=str(tmp_path / "state2"),
        VOICECOACH_CLOCK="virtual",
        VOICECOACH_CACHE=str(tmp_path / "cold-cache"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "voicecoach", "play", str(routine), *music, "--from", "2"],
        env=env2,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    tail = np.frombuffer(capture2.read_bytes(), "<i2")
    lead = int(0.5 * SR)  # a start midway begins with the lead-in's silence (headphones wake)
    assert not tail[:lead].any()
    tail = tail[lead:]
    assert len(tail) > 10 * SR and np.array_equal(tail, expected[-len(tail) :])


def test_preview_names_the_bed_it_would_mix(capsys):
    code, out, err = run_cli(["preview", "foot-strength", "--music", "ambient", "--music-level", "-22"])
    assert code == 0 and "Exercise 1 of 11" in out
    assert re.fullmatch(
        r"voicecoach: music: ambient at -22 dB relative to the voice, "
        r"15 dB lower under \d+ stretches of cues\n",
        err,
    )
