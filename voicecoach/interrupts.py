"""Ctrl-C, SIGTERM and SIGHUP held while library code runs, and raised where the caller chose.

Python raises a signal handler's exception at whatever bytecode the main thread is on.
Inside library code that can leave a lock held or a process half-started: a SIGTERM
that came while ``ProcessPoolExecutor.submit`` waited for the fork server's answer
left a worker the pool did not know of, which took the pool's one stop sentinel, so
the pool's shutdown waited for the other worker forever (docs/platform.md). Held
signals are raised by ``check()`` instead, between steps of our own code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator

from voicecoach.errors import Terminated, raise_terminated


@contextlib.contextmanager
def held_interrupts() -> Iterator[Callable[[], None]]:
    """``with held_interrupts() as check:`` -- Ctrl-C, and SIGTERM/SIGHUP where cli.main turned
    them into ``Terminated``, are held while the block runs; the next ``check()`` raises
    KeyboardInterrupt or ``Terminated`` for the first one held. Only where Python's own
    Ctrl-C handler is in place, in the main thread; elsewhere ``check`` does nothing.
    A signal held after the block's last ``check()`` is dropped: what it interrupted is done.
    The previous handlers come back after the block."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield lambda: None
        return
    held: list[int] = []

    def hold(signum, frame) -> None:
        held.append(signum)

    deferred = [signal.SIGINT] + [
        s for s in (signal.SIGTERM, signal.SIGHUP) if signal.getsignal(s) is raise_terminated
    ]
    previous = {s: signal.signal(s, hold) for s in deferred}
    _holding.add(hold)

    def check() -> None:
        if held:
            raise KeyboardInterrupt if held[0] == signal.SIGINT else Terminated(held[0])

    try:
        yield check
    finally:
        _holding.discard(hold)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


_holding: set[Callable] = set()  # the ``hold`` handlers in place now


def _unheld_in_a_forked_child() -> None:
    """A process forked while signals are held gets the defaults: nothing would ever check
    what it held, so a SIGTERM would never end it."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) in _holding:
            signal.signal(signum, signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL)
    _holding.clear()


os.register_at_fork(after_in_child=_unheld_in_a_forked_child)
