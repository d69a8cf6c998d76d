"""Batch workers that die with the process that started them, and leave no temp file behind.

A killed ``voicecoach export -d`` or ``feed`` must not leave processes that go on
rendering and writing files for minutes (SIGTERM, SIGHUP or SIGKILL to the
command: the parent is gone at once). Each worker:

- closes its copy of the fork server's "alive" pipe (every child of a fork
  server gets one), so the fork server sees the parent die and exits at once;
- gets SIGTERM from the kernel when the fork server dies (``PR_SET_PDEATHSIG``);
- watches the parent's pid once a second as well (a killed parent not yet
  reaped, a zombie, counts as gone), where ``prctl`` or the pipe fails.

A worker's SIGTERM or SIGHUP during a job raises ``Terminated`` there, so the job's
temp file is removed (files.write_atomic) before the worker exits; an idle worker
exits at once; a process the job forks has the kernel's default for both.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import Any

from voicecoach.errors import Terminated
from voicecoach.files import alive

PR_SET_PDEATHSIG = 1
_state: dict = {"busy": False, "queue": None, "cancel": None}


def start(parent_pid: int, queue, cancel) -> None:
    """A worker's initializer: die with ``parent_pid``; keep the progress queue and the cancel event."""
    _state.update(queue=queue, cancel=cancel)
    if queue is not None:  # progress a stopped parent no longer reads must not keep us from exiting
        queue.cancel_join_thread()
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _on_signal)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent; it cancels us
    _set_parent_death_signal()
    _let_the_fork_server_see_the_parent_die()
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()
    if not alive(parent_pid):  # died before the signal was set
        os._exit(128 + signal.SIGTERM)


def channels() -> tuple:
    """(progress queue or None, cancel event) given to this worker at its start."""
    return _state["queue"], _state["cancel"]


@contextlib.contextmanager
def busy():
    """While a job runs, SIGTERM raises ``Terminated`` in it; then this worker exits."""
    _state["busy"] = True
    try:
        yield
    except Terminated as stop:
        os._exit(128 + stop.signum)  # the job's temp file is gone by now
    finally:
        _state["busy"] = False


def _on_signal(signum, frame) -> None:
    if _state["busy"]:
        raise Terminated(signum)
    os._exit(128 + signum)


def _default_signals_in_a_forked_child() -> None:
    """A process a job forks (the voice list's Pool) dies of SIGTERM by the kernel's default:
    Python's handler runs only when the child's main thread runs Python, and one blocked in a
    semaphore after the signal was taken (by espeak's thread, or just before the wait) never
    ran it, so the Pool's ``terminate`` joined it, and the job waited, for ever."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is _on_signal:
            signal.signal(signum, signal.SIG_DFL)


os.register_at_fork(after_in_child=_default_signals_in_a_forked_child)


def _set_parent_death_signal() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watch thread is enough


def _let_the_fork_server_see_the_parent_die() -> None:
    """Close this worker's copy of the write end of the fork server's "alive" pipe (its one
    in the parent is the only one then); a fork server this worker needs is started anew."""
    try:
        from multiprocessing import forkserver

        server: Any = forkserver._forkserver  # CPython's private state: not in typeshed
        if server._forkserver_pid is None and server._forkserver_alive_fd is not None:
            os.close(server._forkserver_alive_fd)
            server._forkserver_alive_fd = None
    except (ImportError, AttributeError, OSError):
        pass  # the parent watch still ends this worker


def _watch(parent_pid: int) -> None:
    while True:
        threading.Event().wait(1.0)
        if not alive(parent_pid):
            os.kill(os.getpid(), signal.SIGTERM)
            return
