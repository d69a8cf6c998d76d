"""Playing a session stream on the wall clock: inserted pieces (speech, beeps) and then spans
of the rendered stream, each on an absolute deadline, until the end, a "wait for me" step,
or a key. Pure logic: the clock, the audio output and the key source are given, so tests
run it in simulated time with fakes. What a key then does is the ``Scheduler``'s.

Timing: a program is a list of pieces (inserted speech or beeps, then spans of the rendered
stream, cut inside silence). Piece k starts at ``t_start + (samples before k) / SAMPLE_RATE``
on the clock, never after chained sleeps; the next span is rendered while one plays. A
device that ends each play late (open and drain latency: milliseconds on hardware, far more
through PulseAudio) would push every later span back; a span that starts more than
CATCH_UP_S late skips that much of its leading silence instead. A key stops the playing piece.

Observers (``add_observer``) hear a PlayState — playing, paused or stopped, the position and
where that is — on every status change and every STATUS_EVERY_S while sound plays. They are
called on the player's thread and must return at once (the MPRIS service hands the state
to its own loop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from voicecoach import SAMPLE_RATE as SR
from voicecoach.play.announcements import Insert
from voicecoach.play.commands import Command
from voicecoach.play.navigate import Navigator, Where

SPAN_S = 30  # longest span played with one play_buffer
STATUS_EVERY_S = 0.5  # status refresh while waiting
IDLE_POLL_S = 0.002  # poll step while the device finishes a span late
CATCH_UP_S = 0.005  # a span starting later than this skips leading silence to catch up
SETTLE_S = 0.1  # let the audio thread start before rendering ahead (GIL)


PLAYING, PAUSED, STOPPED = "playing", "paused", "stopped"


@dataclass(frozen=True)
class PlayState:
    """What a listener (MPRIS, a status widget) may show: status, timeline position, where."""

    status: str  # PLAYING | PAUSED | STOPPED
    position: int  # timeline sample
    where: Where
    gain: float = 1.0


class Clock(Protocol):
    def now(self) -> float: ...
    def wait_until(self, deadline: float, keys) -> str | None:
        """Return at ``deadline`` (None) or earlier with a key command."""

    # optional: idle(seconds, keys) -> Optional[str], a short poll of a busy device


@dataclass(frozen=True)
class Piece:
    label: str
    pcm: bytes
    span: tuple[int, int] | None = None  # timeline samples, for stream pieces

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2


class SpanPlayer:
    """Plays inserts and the stream from a position on deadlines (``_play``), keeps where it
    is (``here``) and tells observers; the base of the ``Scheduler``, which decides what
    each key does."""

    def __init__(
        self,
        session,
        output,
        clock: Clock,
        keys,
        span_s: float = SPAN_S,
        on_status: Callable[[Where, bool], None] | None = None,
    ):
        self.session, self.output, self.clock, self.keys = session, output, clock, keys
        self.nav = Navigator(session.timeline)
        self.span_len = int(span_s * SR)
        self.on_status = on_status
        self.gain = 1.0
        self.position = 0  # timeline sample being played (or to continue from)
        self.log: list[tuple[float, str]] = []  # (clock time, what started or stopped)
        self.lateness: list[float] = []  # seconds each piece started late
        self._current: tuple[Any, Piece, float] | None = None  # (output handle, piece, started)
        self._stop_at: tuple[int, int] | None = None  # the wait the stream stops at
        self._waited: tuple[int, int] | None = None  # the wait just left (not again)
        # With no key source (stdin not a terminal, no media keys) nobody can say "ready":
        # play then goes through the fallback silence, exactly like the export.
        self.can_wait = True
        self.status = PLAYING
        self.observers: list[Callable[[PlayState], None]] = []

    def add_observer(self, observer: Callable[[PlayState], None]) -> None:
        """``observer(PlayState)`` on every change of status and while playing (see module doc)."""
        self.observers.append(observer)
        observer(self.state())

    def state(self) -> PlayState:
        pos = self.here()
        return PlayState(self.status, pos, self.nav.state(pos), self.gain)

    def _set_status(self, status: str) -> None:
        self.status = status
        self._notify()

    def _notify(self) -> None:
        if self.observers:
            state = self.state()
            for observer in self.observers:
                observer(state)

    def adopt(self, handle, pcm: bytes, started: float) -> None:
        """Take over a piece already playing (the cold-start intro): wait for it, stop it."""
        self._current = (handle, Piece("intro", pcm), started)

    def _play(self, inserts: list[Insert], pos: int | None, at: float | None = None) -> str | None:
        """Play inserts then the stream from ``pos`` (None: inserts only); a key interrupts."""
        if pos is not None:
            self.position = pos
        program = self._program(inserts, pos)
        piece = next(program, None)
        deadline = self.clock.now() if at is None else at
        while piece is not None:
            key = self._wait(deadline)
            if key is not None:
                return self._interrupt(key)
            self._start(piece, deadline)
            deadline += piece.samples / SR
            key = self._key(min(deadline, self.clock.now() + SETTLE_S))
            if key is not None:
                return self._interrupt(key)
            piece = next(program, None)  # render ahead while this one plays
        key = self._wait(deadline)
        self._current = None if key is None else self._current
        return None if key is None else self._interrupt(key)

    def _program(self, inserts: list[Insert], pos: int | None) -> Iterator[Piece]:
        if pos is not None:
            if self._waited is not None and pos < self._waited[0]:
                self._waited = None  # went back before it: wait there again
            waits = [
                w for w in self.session.timeline.waits if w[0] >= pos and w != self._waited and self.can_wait
            ]
            self._stop_at = waits[0] if waits else None
        for insert in inserts:
            yield Piece(insert.label, insert.pcm)
        if pos is None:
            return
        end = self._stop_at[0] if self._stop_at else None
        for a, b in self.nav.spans(pos, self.span_len, end):
            pcm = b"".join(self.session.chunks(a, b, gain=lambda: self.gain))
            yield Piece(f"span {a}-{b}", pcm, (a, b))

    def _start(self, piece: Piece, deadline: float) -> None:
        now = self.clock.now()
        late = max(0.0, now - deadline)
        pcm, started = piece.pcm, max(now, deadline)
        if piece.span and late > CATCH_UP_S:
            # The device finished the last span late (its open/drain latency): drop that much
            # of this span's leading silence so lateness never accumulates across spans.
            skip = min(int(late * SR), self.nav.silence_at(piece.span[0]))
            pcm, started = pcm[2 * skip :], now - skip / SR
        handle = self.output.play(pcm)
        self.lateness.append(late)
        self._current = (handle, piece, started)
        self.log.append((now, piece.label))
        if piece.span:
            self.position = piece.span[0]
        self._notify()

    def _wait(self, deadline: float) -> str | None:
        """Wait for ``deadline`` and for the playing piece to finish; return a key if one came."""
        while True:
            now = self.clock.now()
            watched = self.on_status or self.observers
            step = min(deadline, now + STATUS_EVERY_S) if watched else deadline
            if now >= deadline:
                if self._current is None or not self._current[0].is_playing():
                    return None
                key = self._key(now + IDLE_POLL_S, idle=True)
            else:
                key = self._key(step)
            if key is not None:
                return key
            self._status(False)
            self._notify()

    def _key(self, deadline: float, idle: bool = False) -> str | None:
        """Wait for ``deadline`` or a key; a key that asks for the state we are in already
        (Play while playing, Pause-only while paused) changes nothing and is dropped.
        ``idle``: a poll of a busy device, which a simulated clock may sleep for real
        without moving its time (``Clock.idle``)."""
        idle_wait = getattr(self.clock, "idle", None) if idle else None
        while True:
            if idle_wait is not None:
                key = idle_wait(max(0.0, deadline - self.clock.now()), self.keys)
            else:
                key = self.clock.wait_until(deadline, self.keys)
            if key is None or key != (Command.PAUSE_ONLY if self.status == PAUSED else Command.PLAY):
                return key

    def _interrupt(self, key: str) -> str:
        self.position = self.here()
        self._stop()
        self.log.append((self.clock.now(), f"key {key} at {self.position}"))
        return key

    def _stop(self) -> None:
        if self._current is not None:
            handle = self._current[0]
            self._current = None
            if handle.is_playing():
                handle.stop()

    def here(self) -> int:
        """Timeline sample playing now."""
        if self._current is None:
            return self.position
        _, piece, started = self._current
        if piece.span is None:
            return self.position
        a, b = piece.span
        return min(b, a + int((self.clock.now() - started) * SR))

    def _status(self, paused: bool) -> None:
        if self.on_status:
            self.on_status(self.nav.state(self.here()), paused)
