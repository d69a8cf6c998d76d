"""Batch export (-d OUTDIR, playlist) and the progress bar (tty only)."""

import json
import os
import pty
import subprocess
import sys

from support.cli import voicecoach

ONE = "title: Small one\nexercises:\n  - name: Toe spread\n    reps: 2\n    hold: 3s\n"
TWO = "title: Small two\nexercises:\n  - name: Calf raise\n    reps: 3\n  - name: Squat\n    duration: 5s\n"


def run(*args, **kw):
    return voicecoach(*args, **kw)  # in this process (support.cli.voicecoach)


def routines(tmp_path):
    (tmp_path / "one.yaml").write_text(ONE)
    (tmp_path / "two.yaml").write_text(TWO)
    out = tmp_path / "out"
    out.mkdir()
    return tmp_path / "one.yaml", tmp_path / "two.yaml", out


def test_batch_exports_each_routine_and_a_playlist(tmp_path):
    one, two, out = routines(tmp_path)
    proc = run("export", one, two, "-d", out, "--format", "mp3", "--subtitles")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "one.mp3",
        "one.srt",
        "playlist.m3u",
        "two.mp3",
        "two.srt",
    ]
    lines = (out / "playlist.m3u").read_text().splitlines()
    assert lines[0] == "#EXTM3U" and lines[2::2] == ["one.mp3", "two.mp3"]
    assert lines[1].endswith(",Small one") and lines[3].endswith(",Small two")
    for name, title, chapters in (("one", "Small one", 1), ("two", "Small two", 2)):
        timeline = json.loads(run("preview", tmp_path / f"{name}.yaml", "--json").stdout)
        info = json.loads(
            subprocess.run(
                [
                    "ffprobe",
                    "-v",
                    "error",
                    "-show_format",
                    "-show_chapters",
                    "-of",
                    "json",
                    out / f"{name}.mp3",
                ],
                capture_output=True,
                text=True,
            ).stdout
        )
        assert abs(float(info["format"]["duration"]) - timeline["duration"]) < 0.1
        assert info["format"]["tags"]["title"] == title and len(info["chapters"]) == chapters
        assert lines[1 + 2 * (name == "two")].startswith(f"#EXTINF:{round(timeline['duration'])},")


def test_batch_refuses_existing_playlist_and_name_clashes(tmp_path):
    one, two, out = routines(tmp_path)
    (out / "playlist.m3u").write_text("mine")
    proc = run("export", one, two, "-d", out)
    assert proc.returncode == 2 and "playlist.m3u already exists" in proc.stderr
    assert [p.name for p in out.iterdir()] == ["playlist.m3u"]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.yaml").write_text(TWO)
    proc = run("export", one, tmp_path / "sub" / "one.yaml", "-d", out, "--force")
    assert proc.returncode == 2 and "both be exported" in proc.stderr


def test_batch_refuses_an_existing_srt_without_force(tmp_path):
    one, two, out = routines(tmp_path)
    (out / "two.srt").write_text("mine")
    proc = run("export", one, two, "-d", out, "--subtitles")
    assert proc.returncode == 2 and "two.srt already exists" in proc.stderr
    assert [p.name for p in out.iterdir()] == ["two.srt"] and (out / "two.srt").read_text() == "mine"
    proc = run("export", one, two, "-d", out, "--subtitles", "--force")
    assert proc.returncode == 0, proc.stderr
    assert (out / "two.srt").read_text().startswith("1\n")


def test_o_and_d_usage_errors(tmp_path):
    one, two, out = routines(tmp_path)
    assert run("export", one, two, "-o", out / "x.mp3").returncode == 2
    assert run("export", one, "-o", out / "x.mp3", "-d", out).returncode == 2
    proc = run("export", one, "-o", out / "x.flac", "--bitrate", "96")
    assert proc.returncode == 2 and "--bitrate" in proc.stderr and "Traceback" not in proc.stderr


def test_no_progress_output_when_stderr_is_not_a_tty(tmp_path):
    one, _, out = routines(tmp_path)
    proc = run("export", one, "-o", out / "one.ogg")
    assert proc.returncode == 0
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(f"wrote {out / 'one.ogg'} (")
    assert "%" not in proc.stderr and "\r" not in proc.stderr


def test_progress_bar_on_a_tty(tmp_path):
    one, _, out = routines(tmp_path)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "export", str(one), "-o", str(out / "one.mp3")],
        stderr=slave,
        stdout=subprocess.DEVNULL,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
    assert proc.wait() == 0
    text = seen.decode()
    assert "exporting one.mp3" in text and "100%" in text and "#" in text
    assert "wrote" in text.splitlines()[-1]


def test_batch_applies_session_options(tmp_path):
    one, two, out = routines(tmp_path)
    proc = run("export", one, two, "-d", out, "--format", "wav", "--verbosity", "brief", "--no-count-reps")
    assert proc.returncode == 0, proc.stderr
    import wave

    for routine, name in ((one, "one"), (two, "two")):
        brief = json.loads(
            run("preview", routine, "--json", "--verbosity", "brief", "--no-count-reps").stdout
        )
        normal = json.loads(run("preview", routine, "--json").stdout)
        assert brief["duration"] < normal["duration"]
        with wave.open(str(out / f"{name}.wav")) as w:
            assert w.getnframes() == round(brief["duration"] * w.getframerate())


def test_batch_workers_get_the_environment_of_each_call(tmp_path, monkeypatch):
    """Workers fork from a fork server started once per process, whose environment is
    the one of its start: each batch hands its own (here: another speech cache)."""
    from voicecoach.export.batch import export_batch, plan_jobs
    from voicecoach.export.formats import EncodeOptions

    for name in ("first", "second"):
        monkeypatch.setenv("VOICECOACH_CACHE", str(tmp_path / f"cache-{name}"))
        (tmp_path / name).mkdir()
        jobs = plan_jobs(["box-breathing"], tmp_path / name, ".wav")
        results, playlist = export_batch(jobs, EncodeOptions(), subtitles=False)
        assert results[0].output.stat().st_size > 100_000 and playlist.exists()
        assert list((tmp_path / f"cache-{name}").rglob("*.wav")), f"the {name} batch used another cache"
