"""Key commands without a screen; the clocks (``play.clocks``) wait on ``Keys.poll``.

``Keys`` puts the terminal in cbreak mode (Ctrl-C still works) and restores it on every
exit path; when stdin is not a terminal, keyboard control is off. Other threads (media
keys over MPRIS) ``push`` commands through a pipe, so one ``select`` waits for both and
for the next deadline: no polling thread, keys arrive within the wait.
"""

from __future__ import annotations

import os
import select
from collections import deque

from voicecoach.play.commands import KEYS


class Keys:
    """Commands from the terminal and from ``push``; use as a context manager."""

    def __init__(self, stdin=None):
        self._tty: int | None = None
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

    def __enter__(self) -> Keys:
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

    @property
    def interactive(self) -> bool:
        """Whether keys come from a terminal."""
        return self._tty is not None

    def push(self, command: str) -> None:
        """Queue a command from any thread."""
        try:
            os.write(self._w, (command + "\n").encode())
        except OSError:
            pass

    def poll(self, timeout: float | None) -> str | None:
        """Wait up to ``timeout`` seconds (None: forever) for one command."""
        if self._pending:
            return self._pending.popleft()
        fds = [self._r] + ([self._tty] if self._tty is not None else [])
        ready, _, _ = select.select(fds, [], [], timeout)
        if self._r in ready:
            for line in os.read(self._r, 4096).decode().split():
                self._pending.append(line)
        if self._tty is not None and self._tty in ready:
            command = KEYS.get(os.read(self._tty, 1).decode("utf-8", "ignore").lower())
            if command:
                self._pending.append(command)
        return self._pending.popleft() if self._pending else None

    def answer(self, timeout: float) -> str | None:
        """Wait up to ``timeout`` seconds for a digit typed on the terminal ("0"–"9") or a
        command (a headset's play button arrives as one); None when the time is up."""
        if self._pending:
            return self._pending.popleft()
        fds = [self._r] + ([self._tty] if self._tty is not None else [])
        ready, _, _ = select.select(fds, [], [], max(0.0, timeout))
        if self._tty is not None and self._tty in ready:
            char = os.read(self._tty, 1).decode("utf-8", "ignore").lower()
            if char.isdigit():
                return char
            command = KEYS.get(char)
            if command:
                self._pending.append(command)
        if self._r in ready:
            for line in os.read(self._r, 4096).decode().split():
                self._pending.append(line)
        return self._pending.popleft() if self._pending else None
