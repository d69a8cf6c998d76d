"""Key commands without a screen, and the real clock whose wait doubles as the key poll.

``Keys`` puts the terminal in cbreak mode (Ctrl-C still works) and restores it on every
exit path; when stdin is not a terminal, keyboard control is off. Other threads (media
keys over MPRIS) ``push`` commands through a pipe, so one ``select`` waits for both and
for the next deadline: no polling thread, keys arrive within the wait.
"""

from __future__ import annotations

import math
import os
import select
import time
from collections import deque
from typing import Optional

COMMANDS = {" ": "pause", "n": "next", "p": "back", "r": "repeat", "w": "where",
            "+": "louder", "=": "louder", "-": "softer", "q": "quit"}
SLICE_S = 0.1          # longest single select(); its timer slack is 0.1% of the timeout
HELP = "space pause/resume · n next · p back · r repeat · w where · +/- volume · q quit"


class Keys:
    """Commands from the terminal and from ``push``; use as a context manager."""

    def __init__(self, stdin=None):
        self._tty: Optional[int] = None
        if stdin is not None:
            try:
                if stdin.isatty():
                    self._tty = stdin.fileno()
            except (AttributeError, OSError, ValueError):
                pass
        self._saved = None
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        self._pending: deque[str] = deque()

    @property
    def keyboard(self) -> bool:
        return self._tty is not None

    def __enter__(self) -> "Keys":
        if self._tty is not None:
            import termios
            import tty
            try:
                self._saved = termios.tcgetattr(self._tty)
                tty.setcbreak(self._tty, termios.TCSANOW)
            except termios.error:
                self._tty = None
        return self

    def __exit__(self, *exc) -> None:
        self.restore()
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass

    def restore(self) -> None:
        """Put the terminal back as it was (idempotent)."""
        if self._saved is not None and self._tty is not None:
            import termios
            try:
                termios.tcsetattr(self._tty, termios.TCSADRAIN, self._saved)
            except termios.error:
                pass
            self._saved = None

    def push(self, command: str) -> None:
        """Queue a command from any thread."""
        try:
            os.write(self._w, (command + "\n").encode())
        except OSError:
            pass

    def poll(self, timeout: Optional[float]) -> Optional[str]:
        """Wait up to ``timeout`` seconds (None: forever) for one command."""
        if self._pending:
            return self._pending.popleft()
        fds = [self._r] + ([self._tty] if self._tty is not None else [])
        ready, _, _ = select.select(fds, [], [], timeout)
        if self._r in ready:
            for line in os.read(self._r, 4096).decode().split():
                self._pending.append(line)
        if self._tty is not None and self._tty in ready:
            command = COMMANDS.get(os.read(self._tty, 1).decode("utf-8", "ignore").lower())
            if command:
                self._pending.append(command)
        return self._pending.popleft() if self._pending else None


class VirtualClock:
    """Time that jumps to each deadline at once: the real player, as fast as the output
    takes the audio (``VOICECOACH_CLOCK=virtual``). For memory benchmarks and tests
    into ALSA's null device; never for listening.

    A wait of at most ``POLL_S`` is the scheduler polling a device that is still busy:
    that one is slept for real and virtual time stands still, so a fast device is never
    seen as late."""

    POLL_S = 0.002

    def __init__(self) -> None:
        self._now = time.monotonic()

    def now(self) -> float:
        return self._now

    def wait_until(self, deadline: float, keys) -> Optional[str]:
        if math.isinf(deadline):
            return keys.poll(None)
        key = keys.poll(0)
        if key is not None:
            return key
        if deadline - self._now <= self.POLL_S * 1.5:   # (float slack on now + POLL_S)
            time.sleep(max(0.0, deadline - self._now))
        else:
            self._now = deadline
        return None


def clock_from_env():
    """The player's clock: real (``time.monotonic``) unless VOICECOACH_CLOCK=virtual."""
    return VirtualClock() if os.environ.get("VOICECOACH_CLOCK") == "virtual" else MonotonicClock()


class MonotonicClock:
    """Absolute deadlines on ``time.monotonic()``; the wait is the key poll."""

    def now(self) -> float:
        return time.monotonic()

    def wait_until(self, deadline: float, keys) -> Optional[str]:
        while True:
            if math.isinf(deadline):
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
            # Linux lets select() overshoot by 0.1% of its timeout (14 ms on a 14 s wait):
            # wait in short slices so the slack stays under 0.1 ms.
            key = keys.poll(remaining if remaining is None else min(remaining, SLICE_S))
            if key is not None:
                return key
