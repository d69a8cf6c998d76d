"""SIGTERM and SIGHUP while a command runs: unwound like Ctrl-C, never in a forked child.

A terminal closed under ``play`` (SIGHUP) or a ``kill`` of an export (SIGTERM) must
leave what Ctrl-C leaves: no temp file, no worker, the play's place saved.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading

from voicecoach.errors import raise_terminated


def _default_signals_in_a_forked_child() -> None:
    """A process forked while a command runs (a Pool of one, a render worker) dies of SIGTERM
    as by default: its parent ends it that way, and it has nothing of ours to unwind."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is raise_terminated:
            signal.signal(signum, signal.SIG_DFL)


os.register_at_fork(after_in_child=_default_signals_in_a_forked_child)


@contextlib.contextmanager
def terminate_like_ctrl_c():
    """SIGTERM and SIGHUP raise ``Terminated`` (a KeyboardInterrupt) in the main thread while
    a command runs, so they unwind as Ctrl-C does: temp files removed, workers cancelled,
    a play's place saved. The previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, raise_terminated) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
