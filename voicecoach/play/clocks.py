"""The player's clocks: absolute deadlines on ``time.monotonic()``, whose wait doubles as the
key poll, and a virtual clock for benchmarks and tests into a device that never blocks."""

from __future__ import annotations

import math
import time

from voicecoach import environment

SLICE_S = 0.1  # longest single select(); its timer slack is 0.1% of the timeout


class VirtualClock:
    """Time that jumps to each deadline at once: the real player, as fast as the output
    takes the audio (``VOICECOACH_CLOCK=virtual``). For memory benchmarks and tests
    into ALSA's null device; never for listening.

    ``idle`` is the scheduler polling a device that is still busy: slept for real while
    virtual time stands still, so a fast device is never seen as late. Every
    ``wait_until`` reaches its deadline, however close it is, so play never hangs on a
    deadline taken for such a poll (docs/platform.md, Timing)."""

    def __init__(self) -> None:
        self._now = time.monotonic()

    def now(self) -> float:
        return self._now

    def wait_until(self, deadline: float, keys) -> str | None:
        if math.isinf(deadline):
            return keys.poll(None)
        key = keys.poll(0)
        if key is not None:
            return key
        self._now = max(self._now, deadline)
        return None

    def idle(self, seconds: float, keys) -> str | None:
        key = keys.poll(0)
        if key is not None:
            return key
        time.sleep(seconds)
        return None


def clock_from_env():
    """The player's clock: real (``time.monotonic``) unless VOICECOACH_CLOCK=virtual."""
    return VirtualClock() if environment.virtual_clock() else MonotonicClock()


class MonotonicClock:
    """Absolute deadlines on ``time.monotonic()``; the wait is the key poll."""

    def now(self) -> float:
        return time.monotonic()

    def wait_until(self, deadline: float, keys) -> str | None:
        while True:
            if math.isinf(deadline):
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:  # a key already waiting is still answered, as the virtual clock does
                    return keys.poll(0)
            # Linux lets select() overshoot in proportion to its timeout: short slices keep
            # the slack under 0.1 ms.
            key = keys.poll(remaining if remaining is None else min(remaining, SLICE_S))
            if key is not None:
                return key

    def idle(self, seconds: float, keys) -> str | None:
        return self.wait_until(time.monotonic() + seconds, keys)
