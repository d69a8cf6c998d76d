"""The cold start's first seconds: the intro plays while the rest of the session renders, and
keys and media keys work from the start.

``IntroPlayer(opening, output, clock, keys).run()`` waits for the session (coldstart.Opening)
on the caller's thread, playing the intro as soon as its clip is there. Meanwhile pause and
play act at once (the intro stops where it is and goes on from there), and every state change
goes to the observers, so MPRIS shows the intro as track 0 with its status. Quit ends at once
(nothing was played to save a position for). Any other command (next, back, …) stops the
intro at once and is handed to the scheduler, which carries it out as soon as the session is
ready (it needs the session's timeline).

Invariant: the intro bytes are the timeline's opening span, so where the intro stood is a
timeline sample: a paused intro becomes a paused scheduler at that sample.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voicecoach import SAMPLE_RATE as SR
from voicecoach.play.commands import Command
from voicecoach.play.navigate import Where
from voicecoach.play.span_player import PAUSED, PLAYING, STOPPED, PlayState

POLL_S = 0.05  # longest wait between looks at the renderer (keys wake it at once)


@dataclass
class Handover:
    """What the scheduler takes over: the intro still playing (``handle`` and when it
    started), or the sample it was paused at, and the commands it has still to carry out."""

    handle: object | None = None
    started: float | None = None
    paused_at: int | None = None
    pending: list = field(default_factory=list)
    quit: bool = False  # quit before the session was ready: nothing to take over


class IntroPlayer:
    def __init__(self, opening, output, clock, keys):
        self.opening, self.output, self.clock, self.keys = opening, output, clock, keys
        self.observers: list[Callable[[PlayState], None]] = []
        self.status = PLAYING
        self._handle, self._started, self._offset = None, None, 0  # offset: bytes played
        self._pending: list[str] = []
        self._stopped = False  # a command other than pause/play stopped the intro

    def here(self) -> int:
        """The timeline sample playing now (the intro is the timeline's opening span)."""
        if self._handle is not None and self._started is not None:
            return min(len(self._pcm()) // 2, int((self.clock.now() - self._started) * SR))
        return self._offset // 2

    def state(self) -> PlayState:
        return PlayState(self.status, self.here(), Where(0, None, None, None, 0.0, self.here() / SR))

    def run(self) -> Handover:
        """Until the session is ready: play the intro, obey pause and play, keep the rest."""
        self._notify()
        try:
            while not self.opening.ready():
                if (
                    self.opening.intro_ready()
                    and self._handle is None
                    and self.status == PLAYING
                    and not self._stopped
                    and self._offset == 0
                ):
                    self._play_from(0)
                key = self.keys.poll(POLL_S)  # real time: a virtual clock stands still meanwhile
                if key == Command.QUIT:
                    self._stop()
                    self.status = STOPPED
                    self._notify()
                    return Handover(quit=True)
                if key is not None:
                    self._command(key)
            self.opening.wait()  # raises what stopped the renderer
        except BaseException:
            self._stop()
            raise
        return self._handover()

    def _handover(self) -> Handover:
        if self.status == PAUSED:
            return Handover(paused_at=self.here(), pending=self._pending)
        if self._stopped or self._handle is None and self._offset:
            return Handover(pending=self._pending)
        if self._handle is None:  # ready before the intro could start: play it now
            self._play_from(0)
        return Handover(self._handle, self._started, pending=self._pending)

    def _command(self, key: str) -> None:
        if key in (Command.PAUSE, Command.PAUSE_ONLY) and self.status == PLAYING:
            self._offset = 2 * self.here()
            self._stop()
            self.status = PAUSED
        elif key in (Command.PAUSE, Command.PLAY) and self.status == PAUSED:
            self.status = PLAYING
            if self.opening.intro_ready() and not self._stopped:
                self._play_from(self._offset)
        elif key not in (Command.PLAY, Command.PAUSE_ONLY):
            self._pending.append(key)
            if key in (Command.NEXT, Command.BACK):
                self._offset = 2 * self.here()
                self._stop()
                self._stopped = True
        self._notify()

    def _play_from(self, offset: int) -> None:
        pcm = self._pcm()
        if offset < len(pcm):
            self._handle = self.output.play(pcm[offset:])
            self._started = self.clock.now() - offset / 2 / SR

    def _stop(self) -> None:
        if self._handle is not None:
            handle, self._handle, self._started = self._handle, None, None
            if handle.is_playing():
                handle.stop()

    def _pcm(self) -> bytes:
        return self.opening.intro_pcm or b""

    def _notify(self) -> None:
        state = self.state()
        for observer in self.observers:
            observer(state)
