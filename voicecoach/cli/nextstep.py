"""The exact command to run next, shown the way the user runs voicecoach.

Messages that end a run (no sound device, ``q``, Ctrl-C) name a command the user can paste:
the same routine and the same session options they gave, with ``environment.prog_name()``
(``scripts/voicecoach`` from a checkout, ``voicecoach`` when installed).
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from voicecoach import environment
from voicecoach.errors import ExitStatus
from voicecoach.timeline import format_clock

# session option name -> (flag, --no- flag for booleans)
_FLAGS = {
    "voice": "--voice",
    "rate": "--rate",
    "volume": "--volume",
    "verbosity": "--verbosity",
    "language": "--language",
    "count_reps": "--count-reps",
    "halfway": "--halfway",
    "ten_left": "--ten-left",
}


def option_args(overrides: dict | None) -> list[str]:
    """The command-line options that give these session overrides, in a fixed order."""
    args: list[str] = []
    for name, flag in _FLAGS.items():
        value = (overrides or {}).get(name)
        if value is None:
            continue
        if isinstance(value, bool):
            args.append(flag if value else "--no-" + flag[2:])
        else:
            args += [flag, str(value)]
    return args


def command(*args: str) -> str:
    """``prog args…``, shell-quoted so it can be pasted."""
    return " ".join([environment.prog_name()] + [shlex.quote(a) for a in args])


def default_export_name(spec: str) -> str:
    """``NAME.mp3`` (in the current folder) for a routine spec: the file's stem or the built-in name."""
    return f"{Path(spec).stem or 'session'}.mp3"


def export_instead(spec: str, overrides: dict | None) -> str:
    """The export line that writes this session to an MP3 instead of playing it."""
    return command("export", spec, *option_args(overrides), "-o", default_export_name(spec))


def resume_command(spec: str, overrides: dict | None) -> str:
    return command("play", spec, *option_args(overrides), "--resume")


def stopped_line(spec: str, overrides: dict | None, routine, saved: dict | None) -> str:
    """One line for ``q`` and Ctrl-C: where the session stopped and how to come back; the
    ``--resume`` command only when the place was saved (``saved`` is this run's entry)."""
    units = routine.units()  # saved positions number round-exercises
    count = len(units)
    number = saved.get("exercise", 0) if saved else 0
    at = f", {format_clock(saved['position_s'])} in" if saved and "position_s" in saved else ""
    if saved is None:
        from voicecoach.play.resume import state_dir

        return (
            f"stopped — the place could not be saved ({state_dir()} is not writable), so "
            f"--resume cannot pick up here; to start at exercise N: "
            f"{command('play', spec, *option_args(overrides), '--from', 'N')}"
        )
    if 1 <= number <= count:
        where = f"stopped at exercise {number} of {count}, {units[number - 1].title}{at}"
    else:
        where = f"stopped before the first exercise{at}"
    return f"{where} — continue with: {resume_command(spec, overrides)}"


def finished_line(routine, duration_s: float) -> str:
    count = routine.exercise_count()
    return f"session complete: {count} exercise{'s' * (count != 1)}, {format_clock(duration_s)} — well done"


class Ending:
    result: str | None = None  # play_live's "done" or "quit"


@contextmanager
def play_ending(
    spec: str, overrides: dict | None, routine, path: Path, duration_s: Callable[[], float]
) -> Iterator[Ending]:
    """Around ``play_live``: the one line each way out of ``play`` prints.

    The end: "session complete"; ``q`` and Ctrl-C (exit 130): where it stopped and the exact
    ``--resume`` command; no sound device: the error names the export command to run."""
    from voicecoach.play import resume
    from voicecoach.play.output import NO_DEVICE_HELP, NoDeviceError

    ending = Ending()
    started = time.time()

    def saved_now() -> dict | None:
        """The position this run saved; None if saving failed (an older entry is not it)."""
        entry = resume.load(resume.routine_key(path, routine.title))
        return entry if entry and entry.get("saved", 0) >= started - 1 else None

    try:
        yield ending
    except NoDeviceError as err:
        raise NoDeviceError(
            err.detail, f"{NO_DEVICE_HELP}, or write the session to a file: {export_instead(spec, overrides)}"
        ) from err
    except KeyboardInterrupt:
        click.echo("voicecoach: " + stopped_line(spec, overrides, routine, saved_now()), err=True)
        raise click.exceptions.Exit(int(ExitStatus.INTERRUPTED)) from None
    if ending.result == "done":
        click.echo("voicecoach: " + finished_line(routine, duration_s()), err=True)
    else:
        click.echo("voicecoach: " + stopped_line(spec, overrides, routine, saved_now()), err=True)
