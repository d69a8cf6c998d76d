"""End to end per format: read results back with ffprobe, ffmpeg, mutagen and srt.

On lower-back (5 minutes, 4 exercises): encoding time grows with the session's length
(foot-strength's 32 minutes cost ~70 CPU seconds here in every suite run, desk-neck-shoulders'
7 minutes 17, Opus alone 8 of them). MP3 chapters of a longer session are checked with the
neural voice (test_export_e2e)."""

import json
import os
import subprocess
import wave
from itertools import pairwise

import numpy as np
import pytest
import srt

from support.cli import voicecoach
from support.workers import locked, run_root

RATE = 22050
ROUTINE = "lower-back"
TITLE = "Lower back, gentle"  # a comma in a tag


def run(*args, env=None):
    return voicecoach(*args, env=env)  # in this process (support.cli.voicecoach)


def ffprobe(path):
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def decode(path, rate=RATE):
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, "<i2").astype(float)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One folder for the whole run, with its own speech cache: every worker reads the same
    files (made once, under the folder's lock, so one cache's clips serve them all)."""
    return run_root(tmp_path_factory) / "formats"


def shared_cache(folder):
    return {**os.environ, "VOICECOACH_CACHE": str(folder / "cache")}


def made(folder, name, *args):
    """``folder/name`` from ``voicecoach ARGS`` ({out} in ARGS stands for it; without it,
    the output is what it prints), made once per run by whichever worker asks first."""
    out = folder / name
    with locked(folder):
        if not out.exists():
            proc = run(*[str(out) if a == "{out}" else a for a in args], env=shared_cache(folder))
            assert proc.returncode == 0, proc.stderr
            if "{out}" not in args:
                out.write_text(proc.stdout)
    return out


@pytest.fixture(scope="module")
def timeline(folder):
    # the timeline an export lays out: compiled for a file (its wait step names no key)
    return json.loads(
        made(folder, "timeline.json", "preview", ROUTINE, "--json", "--for", "file").read_text()
    )


@pytest.fixture(scope="module")
def reference(folder):
    with wave.open(str(made(folder, "ref.wav", "export", ROUTINE, "-o", "{out}"))) as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(float)


def exercise_starts(timeline):
    firsts = {}
    for cue in timeline["cues"]:
        if cue["exercise"] is not None:
            firsts.setdefault(cue["exercise"], cue["start"])
    return [firsts[n] for n in sorted(firsts)]


def export(folder, suffix):
    """The routine in one format, with its .srt (several tests read the same file)."""
    return made(folder, f"session-{suffix[1:]}{suffix}", "export", ROUTINE, "-o", "{out}", "--subtitles")


@pytest.mark.parametrize("suffix", [".mp3", ".ogg", ".flac", ".opus"])
def test_format_reads_back_with_chapters_tags_and_subtitles(folder, timeline, suffix):
    out = export(folder, suffix)
    info = ffprobe(out)
    assert abs(float(info["format"]["duration"]) - timeline["duration"]) < 0.1
    chapters = info["chapters"]
    starts = exercise_starts(timeline)
    assert len(chapters) == len(starts) == 4
    names = [c["tags"]["title"] for c in chapters]
    assert names[2:4] == ["Pelvic tilt", "Bottom to heels"]
    for chapter, start in zip(chapters, starts, strict=True):  # stored in ms: exact to the millisecond
        assert chapter["time_base"] == "1/1000" and chapter["start"] == round(start * 1000), chapter
    tags = {
        k.lower(): v
        for k, v in {**info["format"].get("tags", {}), **info["streams"][0].get("tags", {})}.items()
    }
    assert tags["title"] == TITLE
    assert tags["artist"] == "voicecoach" and "voicecoach" in tags["album"]
    assert "voicecoach" in tags["comment"] and "session" in tags["comment"]
    subtitles = list(srt.parse(out.with_suffix(".srt").read_text(encoding="utf-8")))
    speech = [c for c in timeline["cues"] if c["kind"] == "speech"]
    assert len(subtitles) == len(speech)
    for sub, cue in zip(subtitles, speech, strict=True):
        assert sub.content == cue["text"]
        assert abs(sub.start.total_seconds() - cue["start"]) < 0.001
        assert abs(sub.end.total_seconds() - cue["end"]) < 0.001


@pytest.mark.parametrize("suffix", [".mp3", ".ogg", ".flac"])
def test_decoded_audio_lines_up_with_the_wav(folder, timeline, reference, suffix):
    """The chapter lands on sound: decoded audio matches the WAV export at every exercise start."""
    out = export(folder, suffix)
    audio = decode(out)
    assert abs(len(audio) - len(reference)) < 0.02 * RATE
    for start in exercise_starts(timeline):
        a = round(start * RATE)
        ref = reference[a - RATE : a + RATE]
        got = audio[a - RATE : a + RATE]
        lags = np.arange(-2205, 2206)
        corr = [np.dot(ref[2205:-2205], got[2205 + k : len(got) - 2205 + k]) for k in lags[::5]]
        lag = lags[::5][int(np.argmax(corr))]
        assert abs(lag) <= 10, f"{suffix}: audio {lag} samples off at {start:.2f} s"
        onset = slice(a, a + RATE // 10)
        assert np.sqrt(np.mean(audio[onset] ** 2)) > 0.5 * np.sqrt(np.mean(reference[onset] ** 2)) > 100


def test_mp3_id3_frames(folder, timeline):
    from mutagen.id3 import ID3
    from mutagen.mp3 import MP3

    out = export(folder, ".mp3")
    tags = ID3(str(out))
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    (toc,) = tags.getall("CTOC")
    assert len(chaps) == 4 and list(toc.child_element_ids) == [c.element_id for c in chaps]
    assert [c.sub_frames["TIT2"].text[0] for c in chaps][:2] == ["Get on the floor", "Knee rolls"]
    assert all(a.end_time == b.start_time for a, b in pairwise(chaps))
    assert [c.start_time for c in chaps] == [round(s * 1000) for s in exercise_starts(timeline)]
    assert chaps[-1].end_time == round(timeline["duration"] * 1000)
    assert str(tags["TIT2"]) == TITLE and str(tags["TPE1"]) == "voicecoach"
    info = MP3(str(out)).info
    assert info.encoder_info.startswith("LAME") and info.sample_rate == RATE
    assert info.bitrate == 64000


def test_preview_vtt_and_srt_parse(folder, timeline):
    import io

    import webvtt

    proc = run("preview", ROUTINE, "--format", "vtt", "--for", "file", env=shared_cache(folder))
    assert proc.returncode == 0, proc.stderr
    captions = webvtt.from_buffer(io.StringIO(proc.stdout)).captions
    speech = [c for c in timeline["cues"] if c["kind"] == "speech"]
    assert len(captions) == len(speech)
    for caption, cue in zip(captions, speech, strict=True):
        h, m, sec = caption.start.split(":")
        assert abs(int(h) * 3600 + int(m) * 60 + float(sec) - cue["start"]) < 0.001
        assert caption.text == cue["text"]
    proc = run("preview", ROUTINE, "--format", "srt", "--for", "file", env=shared_cache(folder))
    assert len(list(srt.parse(proc.stdout))) == len(speech)
