"""Command line: the ``cli`` group, and ``main()``/``run()``, which map every error to one line
and an exit status. The commands live in ``*_cmds`` modules by what they do and join the group
through their ``register``; they never catch."""

from __future__ import annotations

import os
import signal
import sys

import click

from voicecoach import __version__, environment
from voicecoach.cli import history_cmds, import_cmd, inspect_cmds, programme_cmds, session_cmds
from voicecoach.cli.signals import terminate_like_ctrl_c
from voicecoach.errors import ExitStatus, InputProblems, RoutineError, Terminated, VoicecoachError
from voicecoach.escape import terminal_text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="voicecoach")
def cli():
    """Voice-guided exercise sessions: play a routine hands-free, or export it as audio.

    ROUTINE is a routine file (.yaml), an article (.txt/.md/.html/.pdf file or http(s) URL)
    or a built-in name (see 'list').
    """


for commands in (inspect_cmds, import_cmd, session_cmds, programme_cmds, history_cmds):
    commands.register(cli)


def _report(err: VoicecoachError) -> None:
    if isinstance(err, RoutineError):
        for problem in err.problems:
            click.echo(terminal_text(str(problem)), err=True)
        count = len(err.problems)
        click.echo(
            f"voicecoach: error: {count} problem{'s' * (count != 1)} in the routine — fix them and run again",
            err=True,
        )
    elif isinstance(err, InputProblems):
        for message in err.messages:
            click.echo(terminal_text(f"voicecoach: error: {message}"), err=True)
    else:
        click.echo(terminal_text(f"voicecoach: error: {err}"), err=True)


def main(argv=None) -> None:
    """Entry point: run the CLI, turn every error into one line and an exit status."""
    try:
        with terminate_like_ctrl_c():
            code = cli.main(args=argv, prog_name="voicecoach", standalone_mode=False)
        status = code if isinstance(code, int) else ExitStatus.OK  # ctx.exit(N) returns N
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        status = ExitStatus.BAD_INPUT
    except (Terminated, click.Abort) as exc:
        stop = exc if isinstance(exc, Terminated) else exc.__cause__  # click wraps it in Abort
        if isinstance(stop, Terminated):
            click.echo(f"voicecoach: stopped ({signal.Signals(stop.signum).name})", err=True)
            status = 128 + stop.signum
        else:
            click.echo("voicecoach: interrupted", err=True)
            status = ExitStatus.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("voicecoach: interrupted", err=True)
        status = ExitStatus.INTERRUPTED
    except VoicecoachError as err:
        _report(err)
        status = err.exit_code
    except BrokenPipeError:
        status = ExitStatus.OK
    except Exception as exc:  # never a traceback for a user
        if environment.debug():
            raise
        click.echo(
            f"voicecoach: error: internal error: {exc.__class__.__name__}: {exc} "
            "(set VOICECOACH_DEBUG=1 for details)",
            err=True,
        )
        status = ExitStatus.FAILURE
    sys.exit(int(status))


def run() -> None:
    """The program's entry point (``voicecoach``, ``python -m voicecoach``): ``main()``, then
    the process ends. When a Piper voice was loaded here, it ends with the exit handlers run
    (the engines' own ``close`` among them) but without the interpreter's finalization:
    onnxruntime's native threads, torn down there, aborted the process now and then on a
    loaded machine ("terminate called without an active exception", exit -6 from a play
    that had just reported its one-line error). In-process callers use ``main()``."""
    try:
        main()
    except SystemExit as exc:
        if not _native_engine_loaded():
            raise
        import atexit
        import threading

        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        # what the interpreter does before finalizing: join the other threads, run the handlers
        getattr(threading, "_shutdown", lambda: None)()
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                status = status or ExitStatus.FAILURE
        os._exit(int(status))


def _native_engine_loaded() -> bool:
    """Piper opened a model here: its own answer, as for forking (onnxruntime's threads)."""
    if "voicecoach.speech.piper_engine" not in sys.modules:
        return False
    from voicecoach.speech.engine import fork_safe

    return not fork_safe("piper")
