"""A full disk and a read-only folder, for real (issue 24 item 11): each is a tmpfs mounted in a
private mount namespace (``unshare -rm``: no root needed, nothing outside the test sees it),
where one interpreter runs every command in-process and reports what each printed."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.cli import voicecoach

REPO = Path(__file__).resolve().parents[1]
ROUTINE = (
    "title: Sit\nsettings: {verbosity: brief, countdown: 0}\nexercises:\n  - name: Wall sit\n    hold: 20s\n"
)

RUNNER = r"""
import json, os, subprocess, sys
sys.path.insert(0, sys.argv[1])
from support.cli import voicecoach
work, cases = sys.argv[2], json.loads(sys.argv[3])
for name, opts in (("full", "size=8k"), ("ro", "ro,size=64k")):
    os.makedirs(f"{work}/{name}", exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", f"{work}/{name}"], check=True)
results = []
for args in cases:
    proc = voicecoach(*[a.replace("WORK", work) for a in args], cwd=work)
    left = sorted(os.listdir(f"{work}/full"))
    results.append({"args": args, "code": proc.returncode, "err": proc.stderr, "left": left})
print(json.dumps(results))
"""


def run_in_namespace(tmp_path, cases):
    if not shutil.which("unshare"):
        pytest.skip("no unshare(1)")
    (tmp_path / "sit.yaml").write_text(ROUTINE)
    (tmp_path / "article.txt").write_text((REPO / "tests/articles/calm-breathing-steps.txt").read_text())
    proc = subprocess.run(
        [
            "unshare",
            "-rm",
            sys.executable,
            "-c",
            RUNNER,
            str(REPO / "tests"),
            str(tmp_path),
            json.dumps(cases),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0 and ("unshare" in proc.stderr or "mount" in proc.stderr):
        pytest.skip(f"no private mount namespace here: {proc.stderr.strip()[-200:]}")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_full_disk_and_a_read_only_folder_are_one_designed_line(tmp_path):
    cases = [
        ["export", "sit.yaml", "-o", f"WORK/full/s{ext}"]
        for ext in (".mp3", ".wav", ".ogg", ".flac", ".opus")
    ]
    cases += [["export", "sit.yaml", "-o", f"WORK/ro/s{ext}"] for ext in (".mp3", ".ogg")]
    cases += [["feed", "sit.yaml", "-d", "WORK/full", "--base-url", "http://127.0.0.1:8000/"]]
    cases += [
        ["export", "sit.yaml", "-d", "WORK/ro", "--format", "wav"],
        ["import", "article.txt", "-o", "WORK/ro/a.yaml"],
        ["feed", "sit.yaml", "-d", "WORK/ro", "--base-url", "http://127.0.0.1:8000/"],
    ]
    for result in run_in_namespace(tmp_path, cases):
        args = result["args"]
        err = [line for line in result["err"].splitlines() if not line.startswith("voicecoach: assumed:")]
        assert result["code"] == 1, result
        assert len(err) == 1, result
        if args[0] == "feed" and args[3].endswith("/full"):  # what it made is recorded
            assert err[0].endswith("the disk is full — free some space, or choose another folder"), result
            assert [n for n in result["left"] if n.endswith(".part")] == [], result
            assert "episodes.json" in result["left"], result
        elif "/full/" in args[3]:
            assert (
                err[0] == f"voicecoach: error: cannot write {tmp_path}/full/s{Path(args[3]).suffix}: "
                "the disk is full — free some space, or choose another folder"
            )
            assert result["left"] == [], result  # no temp file left behind
        else:
            assert "is read-only for you — choose another folder" in err[0], result


def test_a_write_refused_for_another_reason_still_says_what_to_do(tmp_path):
    """/proc refuses a new file with ENOENT though the folder exists: the line says what to do next."""
    out = Path("/proc/voicecoach-session.wav")
    result = voicecoach("export", "box-breathing", "-o", out)
    err = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(err) == 1, result.stderr
    assert err[0].startswith(f"voicecoach: error: cannot write {out}: ") and err[0].endswith(
        " — choose another folder"
    ), err[0]
