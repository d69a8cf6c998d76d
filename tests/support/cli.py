"""``voicecoach ARGS`` run in this process, reported as ``subprocess.run`` reports a process.

A new interpreter costs ~0.3 CPU-s (Python, numpy, click) and ~300 of them were most of the
suite's time, so tests of what a command prints and writes run it here; where the process is
the point (play, signals, exit status of the real entry point, the set-up scripts) tests still
start one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from support import REPO

Arg = object  # anything with a str(): str, Path, int


@dataclass(frozen=True)
class Environment:
    """What one in-process run sees of the world: ``variables`` replace the environment for
    the run (None: this process's, as a subprocess inherits it), ``cwd`` is its working folder
    (None: this process's), ``stdin`` what it reads from standard input."""

    variables: Mapping[str, str] | None = None
    cwd: Path | str | None = None
    stdin: str = ""


def voicecoach(
    *args: Arg, env: Mapping[str, str] | None = None, cwd: Path | str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``voicecoach ARGS`` in this process: (returncode, stdout, stderr) as ``subprocess.run``
    with ``capture_output=True, text=True`` gives them. ``env`` replaces the environment for
    the call, ``cwd`` the working folder; both are restored after it."""
    return run(Environment(env, cwd, stdin), *args)


def run_cli(args: Sequence[Arg]) -> tuple[int, str, str]:
    """``voicecoach ARGS`` in-process as (exit status, stdout, stderr)."""
    proc = voicecoach(*args)
    return proc.returncode, proc.stdout, proc.stderr


def run(environment: Environment, *args: Arg) -> subprocess.CompletedProcess[str]:
    """``voicecoach ARGS`` in this process under ``environment``, through ``main()`` (the
    entry point's error mapping: one line and an exit status, never a traceback)."""
    from voicecoach.cli.main import main

    argv = [str(a) for a in args]
    runner = CliRunner()
    with (
        process_globals(environment),
        runner.isolation(input=environment.stdin, env=_replacing(environment.variables)) as streams,
    ):
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = (stream.getvalue().decode("utf-8") for stream in streams[:2])
    return subprocess.CompletedProcess(["voicecoach", *argv], code, out, err)


def _replacing(variables: Mapping[str, str] | None) -> dict[str, str | None] | None:
    """CliRunner's ``env`` (keys to set, None to unset) that makes the environment ``variables``."""
    if variables is None:
        return None
    return {**{key: None for key in os.environ if key not in variables}, **variables}


@contextmanager
def process_globals(environment: Environment) -> Iterator[None]:
    """The one place the runner swaps process state that click's isolation leaves alone,
    because voicecoach truly reads it there: the working folder (relative paths, the default
    export name) and ``sys.argv`` (``environment.prog_name`` names the command a message
    suggests, from how the process was started: here ``python -m voicecoach``). Both are
    restored, also when the run raises; click's ``CliRunner.isolation`` swaps the standard
    streams and the variables it was given. The whole environment is restored too, so a
    variable the program itself sets cannot leak into the next test."""
    saved = (os.getcwd(), sys.argv, dict(os.environ))
    try:
        if environment.cwd is not None:
            os.chdir(environment.cwd)
        sys.argv = [str(REPO / "voicecoach" / "__main__.py")]
        yield
    finally:
        os.chdir(saved[0])
        sys.argv = saved[1]
        os.environ.clear()
        os.environ.update(saved[2])
