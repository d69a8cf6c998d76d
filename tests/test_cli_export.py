"""CLI export: overwrite rules, never over the input, no partial file on failure."""

import signal
import subprocess
import sys
import time

import pytest

from support.cli import run_cli as run_main
from support.processes import restore_sigint

SMALL = "title: Small\nexercises:\n  - name: Toe spread\n    reps: 2\n    hold: 3s\n"


def test_export_refuses_to_overwrite_without_force(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text(SMALL)
    out = tmp_path / "s.wav"
    out.write_bytes(b"precious")
    code, _, err = run_main(["export", str(routine), "-o", str(out)])
    assert code == 2 and "already exists" in err and "--force" in err
    assert out.read_bytes() == b"precious"
    code, _, err = run_main(["export", str(routine), "-o", str(out), "--force"])
    assert code == 0, err
    assert out.read_bytes()[:4] == b"RIFF"


def test_subtitles_refuse_to_overwrite_an_existing_srt(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text(SMALL)
    out, srt = tmp_path / "s.wav", tmp_path / "s.srt"
    srt.write_text("mine")
    code, _, err = run_main(["export", str(routine), "-o", str(out), "--subtitles"])
    assert code == 2 and "s.srt already exists" in err and "--force" in err
    assert srt.read_text() == "mine" and not out.exists()  # refused before any audio
    code, _, err = run_main(["export", str(routine), "-o", str(out), "--subtitles", "--force"])
    assert code == 0, err
    assert srt.read_text().startswith("1\n") and out.read_bytes()[:4] == b"RIFF"


def test_export_never_writes_over_its_input(tmp_path, capsys):
    routine = tmp_path / "r.wav"  # a routine oddly named .wav is still the input
    routine.write_text(SMALL)
    code, _, err = run_main(["export", str(routine), "-o", str(routine), "--force"])
    assert code == 2 and "input" in err
    assert routine.read_text() == SMALL


def test_unknown_format_is_a_clear_error(tmp_path, capsys):
    code, _, err = run_main(["export", "foot-strength", "-o", str(tmp_path / "x.xyz")])
    assert code == 2 and ".wav" in err and "Traceback" not in err


def test_no_temp_files_left_after_success(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text(SMALL)
    code, _, _ = run_main(["export", str(routine), "-o", str(tmp_path / "s.wav")])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.yaml", "s.wav"]


@pytest.mark.parametrize("name, extra", [("long.wav", []), ("long.mp3", ["--subtitles"])])
def test_ctrl_c_leaves_no_partial_file(tmp_path, name, extra):
    # an 11-hour routine: still writing when SIGINT arrives
    routine = tmp_path / "long.yaml"
    routine.write_text(
        "title: Long\nexercises:\n"
        + "".join(f"  - name: Hold {i}\n    sets: 5\n    reps: 10\n    hold: 70s\n" for i in range(11))
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "export", str(routine), "-o", str(tmp_path / name), *extra],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=restore_sigint,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        time.sleep(0.01)
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir()), "export never started writing"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.yaml"]


def test_ctrl_c_inside_the_writers_set_up_stops_at_the_next_chunk_quietly(tmp_path, monkeypatch):
    """Ctrl-C that lands inside wave.open (a WAV writer's set-up) is acted on at the next
    chunk: raised there, it left a half-made Wave_write whose __del__ printed "Exception
    ignored … AttributeError" on the terminal (the subprocess test above, under load)."""
    import gc
    import os
    import threading
    import wave

    from voicecoach.export.writer import export_session
    from voicecoach.routine.load import load_routine_text
    from voicecoach.session import build_session

    assert threading.current_thread() is threading.main_thread()  # where Ctrl-C lands
    session = build_session(load_routine_text(SMALL, "small.yaml"))
    setup = wave.Wave_write.initfp

    def pressed_during_set_up(self, file):
        os.kill(os.getpid(), signal.SIGINT)
        return setup(self, file)

    monkeypatch.setattr(wave.Wave_write, "initfp", pressed_during_set_up)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        export_session(session, out / "small.wav")
    gc.collect()
    assert [u.exc_value for u in unraisable] == [] and list(out.iterdir()) == []
