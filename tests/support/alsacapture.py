"""Capture what simpleaudio really plays, with no sound card: a temporary HOME whose
``.asoundrc`` points ALSA's ``default`` at the file plugin (docs/platform.md).

- ``appending_capture(tmp)``: every open appends raw PCM to one file (consumes instantly).
- ``PacedCapture(tmp)``: a FIFO read at the real byte rate, recording when each block
  arrived, so tests and benchmarks can measure lateness and drift against the wall clock.
- ``BurstCapture(tmp)``: the same FIFO reader for players that open the device once per
  sound (``aplay`` per utterance): its clock restarts at the first byte after an idle gap.
Reused by the benchmark scripts: keep it free of pytest.
"""

from __future__ import annotations

import fcntl
import os
import statistics
import threading
import time
from pathlib import Path

RATE = 22050
BYTES_PER_S = RATE * 2
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def write_asoundrc(home: Path, file_spec: str) -> dict[str, str]:
    """Write HOME/.asoundrc sending ``default`` to ``file_spec``; return an env using it."""
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{file_spec}"; format "raw" }}\n'
    )
    env = dict(os.environ)
    env["HOME"] = str(home)
    return env


def appending_capture(tmp: Path) -> tuple[dict[str, str], Path]:
    """(env, path): every playback opened under ``env`` appends its bytes to ``path``."""
    tmp.mkdir(parents=True, exist_ok=True)
    out = tmp / "capture.raw"
    out.write_bytes(b"")
    return write_asoundrc(tmp / "home", f"|cat >> {out}"), out


class PacedCapture:
    """A FIFO that a thread drains at exactly BYTES_PER_S from the first byte on.

    ``lateness`` holds, per block, how many seconds after its due time the block was complete
    (due: first byte's arrival + (offset of the block's last byte) / BYTES_PER_S), as a sound
    card consuming one block at a time would see it. That includes this reader's own wake-up
    delays on a loaded machine; ``waited`` holds the player's part alone: how long the block
    was still missing once the reader was awake and the block was due. Stop with ``close()``.
    """

    def __init__(self, tmp: Path, block: int = 882, pipe_size: int = 4096):
        self.fifo = tmp / "paced.fifo"
        os.mkfifo(self.fifo)
        self.env = write_asoundrc(tmp / "home", str(self.fifo))
        self.block = block
        self.fd = os.open(self.fifo, os.O_RDWR)  # a writer of its own: no EOF between opens
        fcntl.fcntl(self.fd, F_SETPIPE_SZ, pipe_size)
        self.data = bytearray()
        self.lateness: list[float] = []
        self.waited: list[float] = []
        self.first_byte_at: float | None = None  # monotonic time of the first byte
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _read_block(self, size: int) -> bytes:
        import select

        got = b""
        while len(got) < size and not self._stop.is_set():
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                got += os.read(self.fd, size - len(got))
        return got

    def _run(self) -> None:
        import select

        while not self._stop.is_set() and not select.select([self.fd], [], [], 0.05)[0]:
            pass
        if self._stop.is_set():
            return
        first = self.first_byte_at = time.monotonic()
        self.data += os.read(self.fd, self.block)
        while not self._stop.is_set():
            # like a sound card: the next block must be complete when its last byte is due
            due = first + (len(self.data) + self.block) / BYTES_PER_S
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            awake = max(due, time.monotonic())
            got = self._read_block(self.block)
            if len(got) == self.block:
                done = time.monotonic()
                self.lateness.append(max(0.0, done - due))
                self.waited.append(done - awake)
            self.data += got

    def play_time(self, offset: int) -> float:
        """When the byte at ``offset`` of ``data`` was heard (monotonic seconds)."""
        assert self.first_byte_at is not None, "nothing was played"
        index = offset // self.block - 1  # lateness[i] belongs to block i + 1
        late = self.lateness[min(index, len(self.lateness) - 1)] if index >= 0 and self.lateness else 0.0
        return self.first_byte_at + offset / BYTES_PER_S + late

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        os.close(self.fd)

    def summary(self) -> dict[str, float]:
        """Median and max lateness, and drift: lateness over the last second minus the first."""
        late = self.lateness or [0.0]
        per_s = BYTES_PER_S // self.block
        head, tail = late[:per_s], late[-per_s:]
        return {
            "median_ms": statistics.median(late) * 1000,
            "max_ms": max(late) * 1000,
            "drift_ms": (statistics.median(tail) - statistics.median(head)) * 1000,
            "blocks": len(self.lateness),
        }


class BurstCapture(PacedCapture):
    """A paced FIFO reader for one device open per sound: after ``gap`` seconds with no data
    the burst ends, and the next byte starts a new one on its own clock.

    ``bursts`` holds (offset in ``data``, monotonic time of its first byte) per burst; a byte
    at burst offset k is heard at that time + k / BYTES_PER_S (plus any lateness in between).
    """

    def __init__(self, tmp: Path, block: int = 882, pipe_size: int = 4096, gap: float = 0.05):
        self.gap = gap
        self.bursts: list[tuple[int, float]] = []
        super().__init__(tmp, block, pipe_size)

    def _wait_data(self, timeout: float) -> bool:
        import select

        end = time.monotonic() + timeout
        while not self._stop.is_set():
            left = end - time.monotonic()
            if select.select([self.fd], [], [], max(0.0, min(0.05, left)))[0]:
                return True
            if left <= 0:
                return False
        return False

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._wait_data(0.05):
                continue
            start, begin = time.monotonic(), len(self.data)
            self.bursts.append((begin, start))
            self.first_byte_at = self.first_byte_at or start
            while not self._stop.is_set():
                due = start + (len(self.data) - begin + self.block) / BYTES_PER_S
                pause = due - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                if not self._wait_data(self.gap):
                    break  # idle: the burst is over
                got = os.read(self.fd, self.block)
                if len(got) == self.block:
                    self.lateness.append(max(0.0, time.monotonic() - due))
                self.data += got

    def burst_time(self, offset: int) -> float:
        """When the byte at ``offset`` of ``data`` was heard, on its burst's clock."""
        begin, start = max((b for b in self.bursts if b[0] <= offset), default=(0, 0.0))
        return start + (offset - begin) / BYTES_PER_S
