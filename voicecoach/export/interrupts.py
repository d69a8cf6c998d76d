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
from dataclasses import dataclass, field

from voicecoach.errors import Terminated, raise_terminated


@dataclass
class Held:
    """The signals held so far. ``check()`` raises KeyboardInterrupt or ``Terminated`` for the
    first; ``at_once``, when set, is called from the handler at the first, for what must not
    wait for a check (workers told to stop while this process waits in library code)."""

    signals: list[int] = field(default_factory=list)
    at_once: Callable[[], None] | None = None

    def hold(self, signum, frame) -> None:
        self.signals.append(signum)
        if len(self.signals) == 1 and self.at_once is not None:
            self.at_once()

    def check(self) -> None:
        if self.signals:
            raise KeyboardInterrupt if self.signals[0] == signal.SIGINT else Terminated(self.signals[0])


@contextlib.contextmanager
def held_interrupts() -> Iterator[Held]:
    """``with held_interrupts() as held:`` -- Ctrl-C, and SIGTERM/SIGHUP where cli.main turned
    them into ``Terminated``, are held while the block runs, until ``held.check()``. Only
    where Python's own Ctrl-C handler is in place, in the main thread; elsewhere nothing is
    held. A signal held after the block's last ``check()`` is dropped: what it interrupted
    is done. The previous handlers come back after the block."""
    held = Held()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield held
        return
    deferred = [signal.SIGINT] + [
        s for s in (signal.SIGTERM, signal.SIGHUP) if signal.getsignal(s) is raise_terminated
    ]
    previous = {s: signal.signal(s, held.hold) for s in deferred}
    _holding.append(held)
    try:
        yield held
    finally:
        _holding.remove(held)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


_holding: list[Held] = []  # whose ``hold`` handlers are in place now


def _unheld_in_a_forked_child() -> None:
    """A process forked while signals are held gets the defaults: nothing would ever check
    what it held, so a SIGTERM would never end it."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if any(signal.getsignal(signum) == held.hold for held in _holding):
            signal.signal(signum, signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL)
    _holding.clear()


os.register_at_fork(after_in_child=_unheld_in_a_forked_child)
