"""For tests that start a real voicecoach process: reading its terminal, stopping it as a user does."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time


def drain(
    fd: int, seconds: float, until: bytes | None = None, proc: subprocess.Popen[bytes] | None = None
) -> bytes:
    """What a pty shows within ``seconds``, stopping early once ``until`` was shown or
    ``proc`` has exited (and all it wrote was read): waits as long as a loaded machine needs,
    and no longer than an idle one does."""
    out, end = b"", time.monotonic() + seconds
    while time.monotonic() < end and not (until and until in out):
        if select.select([fd], [], [], 0.05)[0]:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
        elif proc is not None and proc.poll() is not None:
            break
    return out


def restore_sigint() -> None:
    """preexec_fn for a child we will Ctrl-C: a shell's background job starts with SIGINT
    ignored, and Python keeps it ignored; a user at a terminal has it on."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
