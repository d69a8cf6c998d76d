"""The live player's scheduler: plays the session stream in spans on absolute deadlines and
obeys key commands. Pure logic: the clock, the audio output and the key source are given,
so tests run it in simulated time with fakes.

Timing: a program is a list of pieces (inserted speech or beeps, then spans of the rendered
stream, cut inside silence). Piece k starts at ``t_start + (samples before k) / SAMPLE_RATE``
on the clock, never after chained sleeps; the next span is rendered while one plays. A
device that ends each play late (open and drain latency: milliseconds on hardware, far more
through PulseAudio) would push every later span back; a span that starts more than
CATCH_UP_S late skips that much of its leading silence instead. A key
stops the playing piece; the command decides what is inserted and where the stream continues.

Observers (``add_observer``) hear a PlayState — playing, paused or stopped, the position and
where that is — on every status change and every STATUS_EVERY_S while sound plays. They are
called on the scheduler's thread and must return at once (the MPRIS service hands the state
to its own loop).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from voicecoach import SAMPLE_RATE as SR
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Insert, Speaker
from voicecoach.play.commands import Command, volume_level
from voicecoach.play.navigate import Navigator, Where

SPAN_S = 30  # longest span played with one play_buffer
STATUS_EVERY_S = 0.5  # status refresh while waiting
IDLE_POLL_S = 0.002  # poll step while the device finishes a span late
CATCH_UP_S = 0.005  # a span starting later than this skips leading silence to catch up
SETTLE_S = 0.1  # let the audio thread start before rendering ahead (GIL)
GAIN_STEP, GAIN_MIN, GAIN_MAX = 1.25, 0.1, 2.0
REMIND_S = 30  # "wait for me" steps: a gentle reminder this often


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


class Scheduler:
    """``Scheduler(session, output, clock, keys).run(start)`` -> "done" | "quit"."""

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
        phrases = Phrases(session.routine.settings.language)
        self.phrases, self.speaker = phrases, Speaker(session.routine, session.sources, phrases)
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

    # -- the loop ------------------------------------------------------------
    def run(
        self,
        start: int = 0,
        get_ready: bool = False,
        at: float | None = None,
        lead_in: bool = False,
        paused: bool = False,
    ) -> str:
        """Play from timeline sample ``start`` (its first piece at clock time ``at``, default
        now) to the end or a quit; ``lead_in``: silence first (a start midway, e.g. --resume);
        ``paused``: begin paused there (paused during a cold start), as if paused by a key."""
        inserts = [self.speaker.recap(self.nav.state(start))] if get_ready else []
        inserts = [self._lead_in()] + inserts if lead_in else inserts
        pos: int | None = start
        self._set_status(PAUSED if paused else PLAYING)
        try:
            if paused:
                step = self._pause(start, announce=False)
                if step is None:
                    return "quit"
                inserts, pos = step
                self._set_status(PLAYING)
            while True:
                key = self._play(inserts, pos, at)
                at = None
                if key is None and self._stop_at is not None:
                    step = self._ready(self._stop_at)
                elif key is None:
                    self.position = self.session.timeline.length
                    return "done"
                else:
                    step = self._command(key)
                if step is None:
                    return "quit"
                inserts, pos = step
                self._set_status(PLAYING)
        except BaseException:  # Ctrl-C, SIGTERM, a crash: remember where it stopped
            self.position = self.here()
            raise
        finally:
            self._stop()
            self._set_status(STOPPED)

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

    def _ready(self, wait: tuple[int, int]):
        """A "wait for me" step: the stream stopped after its instruction. Wait for space, n
        or play/pause (a reminder every REMIND_S), then go on after the export's fallback
        silence. Other keys work as while paused. Returns (inserts, continue-from) or None."""
        self.position, self._stop_at = wait[0], None
        key = None
        while True:
            while key is None:
                self._status(True)
                key = self.clock.wait_until(self.clock.now() + REMIND_S, self.keys)
                if key is None:
                    key = self._play(
                        [self.speaker.speech([self.phrases.say("ready_reminder")], self.gain)], None
                    )
                    self.position = wait[0]
            self.log.append((self.clock.now(), f"key {key} at {wait[0]} (waiting)"))
            if key in (Command.PAUSE, Command.NEXT):
                self._waited = wait
                return [self.speaker.beep(self.gain)], wait[1]
            if key == Command.QUIT:
                return self._command(Command.QUIT)
            if key == Command.BACK:
                return [self.speaker.beep(self.gain)], self.nav.back(wait[0])
            key = self._while_paused(key, wait[0])

    # -- commands ------------------------------------------------------------
    def _command(self, key: str):
        """Decide (inserts, continue-from) for a key, or None to quit."""
        pos, say = self.position, self.speaker
        if key == Command.QUIT:
            self._play([say.speech([self.phrases.say("quit")], self.gain)], None)
            return None
        if key in (Command.PAUSE, Command.PAUSE_ONLY):
            return self._pause(pos)
        if key == Command.NEXT:
            return [say.beep(self.gain)], self.nav.next_exercise(pos)
        if key == Command.BACK:
            return [say.beep(self.gain)], self.nav.back(pos)
        if key is not None and (key in (Command.LOUDER, Command.SOFTER) or volume_level(key) is not None):
            self._volume(key)
            cue = self.nav.speech_around(pos)
            return [say.beep(self.gain)], cue.start if cue else pos
        restart = self.nav.restart_point(pos)
        ready = [say.get_ready(self.gain)] if self.nav.work_around(pos) is not None else []
        if key == Command.REPEAT:
            return [self._repeat(pos)] + ready, restart
        if key == Command.WHERE:
            return [say.where(self.nav.state(pos), self.gain)] + ready, restart
        return [], pos

    def _lead_in(self) -> Insert:
        """settings.lead_in_s of silence: headphones that wake on sound keep the first syllable."""
        return Insert("lead-in", bytes(2 * int(round(self.session.routine.settings.lead_in_s * SR))))

    def _repeat(self, pos: int) -> Insert:
        cue = self.nav.last_instruction(pos)
        texts = [cue.text] if cue and cue.text else self.speaker.where_texts(self.nav.state(pos))
        return self.speaker.speech(texts, self.gain)

    def _volume(self, key: str) -> None:
        """Louder or softer by a step (within GAIN_MIN..GAIN_MAX), or a level set (0..GAIN_MAX)."""
        level = volume_level(key)
        if level is not None:
            self.gain = min(GAIN_MAX, level)
        else:
            factor = GAIN_STEP if key == Command.LOUDER else 1 / GAIN_STEP
            self.gain = min(GAIN_MAX, max(GAIN_MIN, self.gain * factor))
        self._notify()

    def _pause(self, pos: int, announce: bool = True):
        """Say 'Paused', wait for a command; resume with a recap and a 3-2-1 countdown.
        Next and back move the paused position and say where it is now, still paused (as
        MPRIS wants: "if playback is paused, it remains like this")."""
        self.position = pos
        self._set_status(PAUSED)
        key = (
            self._play([self.speaker.speech([self.phrases.say("paused")], self.gain)], None)
            if announce
            else None
        )
        self.position = pos
        while True:
            if key is None:
                self._status(True)
                key = self._key(math.inf)
            if key == Command.QUIT:
                return self._command(Command.QUIT)
            if key in (Command.PAUSE, Command.PLAY):
                target = self.nav.restart_point(pos)
                self.position = target
                self._set_status(PLAYING)  # at once: the recap may still need synthesizing
                return [self._lead_in(), self.speaker.recap(self.nav.state(target), self.gain)], target
            if key in (Command.NEXT, Command.BACK):
                pos = self.nav.next_exercise(pos) if key == Command.NEXT else self.nav.back(pos)
                self.position = pos
                self._notify()
                said, key = self._built_while_listening(self._moved_to(pos))
                if key is None:
                    key = self._play(said, None)
                self.position = pos
                continue
            key = self._while_paused(key, pos)

    def _moved_to(self, pos: int) -> Callable[[], list[Insert]]:
        """What Next or Back while paused says: a confirming beep and where ``pos`` is."""
        return lambda: [self.speaker.beep(self.gain), self.speaker.where(self.nav.state(pos), self.gain)]

    def _built_while_listening(self, build: Callable[[], list[Insert]]):
        """(``build()``, None), built on a helper thread while keys are still read; (None, key)
        when a key comes first (its clips still land in the cache). With a cold cache and the
        neural voice a clip takes seconds to synthesize, and a Play pressed meanwhile must not
        wait for it."""

        built: dict = {}
        done = threading.Event()

        def run() -> None:
            try:
                built["inserts"] = build()
            except BaseException as exc:  # handed to this thread below
                built["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="voicecoach-say", daemon=True).start()
        while not done.wait(IDLE_POLL_S):  # real time, so a simulated clock stays put
            key = self._key(self.clock.now())
            if key is not None:
                return None, key
        if "error" in built:
            raise built["error"]
        return built["inserts"], None

    def _while_paused(self, key: str | None, pos: int) -> str | None:
        if key is not None and (key in (Command.LOUDER, Command.SOFTER) or volume_level(key) is not None):
            self._volume(key)
            key = self._play([self.speaker.beep(self.gain)], None)
        elif key == Command.WHERE:
            key = self._play([self.speaker.where(self.nav.state(pos), self.gain)], None)
        elif key == Command.REPEAT:
            key = self._play([self._repeat(pos)], None)
        else:
            key = None
        self.position = pos
        return key
