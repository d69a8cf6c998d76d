"""CLI by feature: list, check, preview, version, errors as one line per problem."""

import json
import os
import re
import subprocess
import sys

import pytest

from support.cli import run_cli as run_main
from support.cli import voicecoach


def test_version(capsys):
    code, out, _ = run_main(["--version"])
    assert code == 0 and "voicecoach" in out and "0." in out


def test_list_shows_builtins(capsys):
    code, out, _ = run_main(["list"])
    assert code == 0 and "foot-strength" in out and "11 exercises" in out


def test_a_wait_for_me_step_is_no_exercise_in_any_count(capsys, tmp_path):
    """The session says "2 exercises"; list, check, import's table and the closing line say the
    same (list said 4 for lower-back, whose first step waits on the mat, while it said 3)."""
    from voicecoach.cli.nextstep import finished_line
    from voicecoach.routine.load import load_routine

    code, out, _ = run_main(["list"])
    assert code == 0 and [row for row in out.splitlines() if row.startswith("lower-back ")][0].count(
        " 3 exercises"
    )
    path = tmp_path / "mat.yaml"
    path.write_text(
        "title: Mat\nexercises:\n  - {name: Get on the floor, until: ready, fallback: 20s}\n"
        "  - {name: Knee rolls, reps: 5, hold: 2s}\n  - {name: Pelvic tilt, reps: 5, hold: 2s}\n"
    )
    code, out, _ = run_main(["check", str(path)])
    assert code == 0 and "Mat, 2 exercises" in out
    code, out, _ = run_main(["preview", str(path)])
    assert "2 exercises, about" in out
    assert finished_line(load_routine(path), 95.0).startswith("session complete: 2 exercises, ")


def test_check_json_is_the_normalized_routine(capsys):
    code, out, _ = run_main(["check", "foot-strength", "--json"])
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Foot strength for runners"
    first = data["exercises"][0]
    assert first["name"] == "Toe spread" and first["hold"] == 5.0 and first["reps"] == 10
    assert first["sides"] == ["right foot", "left foot"] and first["duration"] is None
    walks = data["exercises"][6]
    assert walks["name"] == "Heel walks" and walks["duration"] == 60.0 and walks["sets"] == 3


def test_check_reports_every_problem_one_line_each(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nexercises:\n  - name: A\n    hodl: 5s\n    reps: 0\n    sets: two\n")
    code, out, err = run_main(["check", str(bad)])
    lines = err.strip().splitlines()
    assert code == 2 and out == ""
    assert lines[0].startswith(f"{bad}:4:5: ") and 'did you mean "hold"' in lines[0]
    assert lines[1].startswith(f"{bad}:5:") and lines[2].startswith(f"{bad}:6:")
    assert lines[-1].startswith("voicecoach: error: 3 problems")


def test_preview_text_one_line_per_cue(capsys):
    code, out, _ = run_main(["preview", "foot-strength"])
    lines = out.splitlines()
    assert code == 0
    assert lines[1] == "00:00  Foot strength for runners."
    assert re.fullmatch(
        r"00:02  11 exercises, about 3[23] minutes\.", lines[2]
    )  # the length moves with content
    assert any(line.endswith("Switch to the left foot.") for line in lines)
    assert lines[-1].endswith("Session complete. Well done.")


def test_preview_json_contract(capsys):
    code, out, _ = run_main(["preview", "foot-strength", "--json"])
    data = json.loads(out)
    assert code == 0 and data["duration"] > 600
    kinds = {c["kind"] for c in data["cues"]}
    assert kinds == {"speech", "beep"}
    assert all(c["start"] <= c["end"] <= data["duration"] for c in data["cues"])


def test_unknown_routine_name_suggests(capsys):
    code, _, err = run_main(["play", "foot-strenght"])
    assert code == 2 and 'did you mean "foot-strength"' in err


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02binary",
        b"title: \xff\xfe bad utf8\n",
        b"",
        b"- just\n- a list\n",
        b"title: [unclosed\n",
        b"exercises: !!python/object:os.system {}\n",
    ],
)
def test_bad_files_never_traceback(tmp_path, content):
    path = tmp_path / "r.yaml"
    path.write_bytes(content)
    for command in ("check", "preview", "export"):
        extra = ["-o", str(tmp_path / "o.wav")] if command == "export" else []
        proc = voicecoach(command, path, *extra)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert proc.stderr.strip().splitlines()[0].startswith(f"{path}:1:") or str(path) in proc.stderr
    assert not (tmp_path / "o.wav").exists()


def test_usage_error_exit_2(capsys):
    code, _, err = run_main(["export", "foot-strength", "-o", "x.mp3", "-d", "out"])
    assert code == 2 and "-o" in err


def test_german_builtin_speaks_german(capsys):
    code, out, _ = run_main(["list"])
    assert "ruecken-pause" in out and "Rückenpause" in out
    code, out, _ = run_main(["preview", "ruecken-pause"])
    assert code == 0
    assert "Übung 1 von 4: Schulterkreisen." in out and "Mach dich bereit." in out
    assert "Get ready." not in out


def test_a_command_starts_no_blas_threads_unless_the_user_asks():
    """numpy starts OpenBLAS's thread pool on import, a thread a core; voicecoach multiplies no
    matrices, so its processes start one (each command ~0.04 CPU-s less). A user's setting stands."""
    probe = "import voicecoach, numpy, os; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    ours = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert ours.stdout.strip() == "1"
    theirs = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "OPENBLAS_NUM_THREADS": "4"},
        capture_output=True,
        text=True,
    )
    assert theirs.stdout.strip() == "4"
