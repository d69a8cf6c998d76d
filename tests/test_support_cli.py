"""The in-process runner (support.cli): what a run sees is what it was given, and nothing of
it stays behind for the next test, also when the command fails."""

import importlib
import os
import sys

from support.cli import voicecoach


def test_env_replaces_the_environment_for_the_call_and_is_restored(tmp_path, monkeypatch):
    importlib.import_module("voicecoach.cli.main")  # sets OPENBLAS_NUM_THREADS once, for the process

    monkeypatch.setenv("VOICECOACH_TEST_MARK", "before")
    cache = tmp_path / "cache"
    env = {
        "PATH": os.environ["PATH"],
        "VOICECOACH_ENGINE": "espeak",
        "VOICECOACH_CACHE": str(cache),
        "VOICECOACH_STATE": str(tmp_path / "state"),
        "VOICECOACH_PROG": "vc-under-test",
    }
    before = dict(os.environ)
    proc = voicecoach("preview", tmp_path / "missing.yaml", env=env)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("voicecoach: error:") and "missing.yaml" in proc.stderr
    assert dict(os.environ) == before  # the mark is back, nothing of env stayed


def test_cwd_argv_and_streams_are_restored_also_after_a_failure(tmp_path):
    here, argv, streams = os.getcwd(), sys.argv, (sys.stdin, sys.stdout, sys.stderr)
    (tmp_path / "two.yaml").write_text("title: Two\nexercises:\n  - name: Reach\n    duration: 5s\n")
    ok = voicecoach("check", "two.yaml", cwd=tmp_path)  # a relative path, read in cwd
    assert ok.returncode == 0 and "two.yaml: ok — Two, 1 exercises" in ok.stdout
    bad = voicecoach("check", "two.yaml")  # not found from the suite's folder
    assert bad.returncode == 2 and "two.yaml" in bad.stderr
    assert (os.getcwd(), sys.argv, (sys.stdin, sys.stdout, sys.stderr)) == (here, argv, streams)


def test_a_message_names_the_command_as_python_m_voicecoach(tmp_path):
    """sys.argv is set for the run as ``python -m voicecoach`` sets it, which prog_name reads."""
    env = {k: v for k, v in os.environ.items() if k != "VOICECOACH_PROG"}
    shown = voicecoach("preview", "no-such-routine", env=env)
    assert shown.returncode == 2
    assert "('python -m voicecoach list' shows them)" in shown.stderr, shown.stderr
    given = voicecoach("preview", "no-such-routine", env={**env, "VOICECOACH_PROG": "vc"})
    assert "('vc list' shows them)" in given.stderr, given.stderr
