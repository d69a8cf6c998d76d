"""The messages a new user meets, on their exact text: each says what to do next."""

import re
import sys

import pytest

from support.cli import run_cli, voicecoach
from voicecoach.cli.main import cli

SMALL = "title: Small\nexercises:\n  - name: Toe spread\n    reps: 2\n    hold: 2s\n"


def run(*args, cwd=None):
    return voicecoach(*args, cwd=cwd)  # in this process (support.cli.voicecoach)


def test_sides_written_as_one_string_is_an_error_with_the_line_and_the_fix(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    path.write_text("title: T\nexercises:\n  - name: Lunge\n    sides: right, left\n    reps: 5\n")
    code, out, err = run_cli(["check", str(path)])
    assert code == 2
    assert err.splitlines() == [
        f"{path}:4:12: \"sides\" in exercise 1 is one text, 'right, left', but names 2 sides "
        "— write them as a list: sides: [right, left]",
        "voicecoach: error: 1 problem in the routine — fix them and run again",
    ]
    path.write_text("title: T\nexercises:\n  - name: Lunge\n    sides: right leg\n    reps: 5\n")
    assert run_cli(["check", str(path)])[0] == 0  # one named side is fine


def test_check_states_a_default_that_changes_meaning(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    path.write_text("title: T\nexercises:\n  - name: Squat\n  - name: Plank\n    duration: 30s\n")
    code, out, err = run_cli(["check", str(path)])
    assert code == 0, err
    assert out.splitlines() == [
        f"{path}: ok — T, 2 exercises",
        f"{path}: note: exercise 1 (Squat): no reps, hold, duration or phases given — 10 reps assumed; "
        'add "reps: N" to change it',
    ]


def test_check_states_no_reps_default_where_an_interval_block_times_the_work(capsys):
    """A tabata's exercises are timed by its work and rest: no "10 reps assumed" note."""
    code, out, err = run_cli(["check", "tabata"])
    assert code == 0, err
    assert "note:" not in out


def test_export_without_o_writes_name_mp3_here_and_never_overwrites(tmp_path):
    (tmp_path / "small.yaml").write_text(SMALL)
    proc = run("export", "small.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(
        r"wrote small\.mp3 \(\d+\.\d s of audio in \d+\.\d\d s, \d+x real time; "
        r"voice espeak:[\w/-]+\)\n",
        proc.stderr,
    )
    first = (tmp_path / "small.mp3").read_bytes()
    assert first[:3] == b"ID3"
    proc = run("export", "small.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        "voicecoach: error: small.mp3 already exists — use --force to overwrite it, or choose another name\n"
    )
    assert (tmp_path / "small.mp3").read_bytes() == first
    assert run("export", "small.yaml", "--force", cwd=tmp_path).returncode == 0


def test_export_d_creates_the_folder_and_reports_every_problem_at_once(tmp_path):
    (tmp_path / "small.yaml").write_text(SMALL)
    # the README's example with its file missing and the folder missing: one report, nothing made
    proc = run("export", "foot-strength", "my.yaml", "nosuch.yaml", "-d", "out", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "voicecoach: error: my.yaml: no such file or built-in routine — give a routine file, or a "
        "built-in name ('python -m voicecoach list' shows them)",
        "voicecoach: error: nosuch.yaml: no such file or built-in routine — give a routine file, or a "
        "built-in name ('python -m voicecoach list' shows them)",
    ]
    assert not (tmp_path / "out").exists()
    proc = run("export", "small.yaml", "-d", "out/nested", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "nested").iterdir()) == ["playlist.m3u", "small.mp3"]
    (tmp_path / "two.yaml").write_text(SMALL)
    proc = run("export", "small.yaml", "two.yaml", "gone.yaml", "-d", "out/nested", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "voicecoach: error: gone.yaml: no such file or built-in routine — give a routine file, or a "
        "built-in name ('python -m voicecoach list' shows them)",
        "voicecoach: error: out/nested/small.mp3 already exists — use --force to overwrite it, or choose "
        "another name",
        "voicecoach: error: out/nested/playlist.m3u already exists — use --force to overwrite it, or "
        "choose another name",
    ]
    assert not (tmp_path / "out" / "nested" / "two.mp3").exists()


def test_help_summaries_fit_and_every_command_has_an_example_and_its_defaults():
    proc = run("--help")
    listed = proc.stdout.split("Commands:\n", 1)[1].splitlines()
    assert {line.split()[0] for line in listed} == set(cli.commands)
    for line in listed:
        assert not line.endswith("..."), line  # not cut off
        assert len(line) <= 80
    for name in cli.commands:
        text = run(name, "--help").stdout
        examples = text.split("Examples:\n", 1)[1].splitlines()
        assert examples and all(e.startswith(f"    voicecoach {name}") for e in examples), (name, text)
    play = " ".join(run("play", "--help").stdout.split())
    assert (
        "--count-reps / --no-count-reps Say rep numbers aloud. "
        "[default: (from the routine, else --count-reps)]" in play
    )
    assert (
        "--rate INTEGER RANGE Speech rate in words per minute. [default: (from the routine, else 150);"
        in play
    )
    assert "space pause/resume, n next" in play


@pytest.mark.parametrize(
    "prog, argv0, expected",
    [
        ("scripts/voicecoach", "x", "scripts/voicecoach"),
        ("", "/usr/lib/python3/site-packages/voicecoach/__main__.py", "python -m voicecoach"),
        ("", "/home/u/.local/bin/voicecoach", "voicecoach"),
    ],
)
def test_commands_are_shown_as_the_user_runs_voicecoach(monkeypatch, prog, argv0, expected):
    from voicecoach.cli import nextstep

    monkeypatch.setenv("VOICECOACH_PROG", prog)
    monkeypatch.setattr(sys, "argv", [argv0])
    assert (
        nextstep.export_instead("my routine.yaml", {"voice": "de", "count_reps": False, "rate": 150})
        == f"{expected} export 'my routine.yaml' --voice de --rate 150 --no-count-reps -o 'my routine.mp3'"
    )
