"""The live player's scheduler: plays the session (``SpanPlayer``: spans on absolute
deadlines) and obeys key commands: pause and resume with a recap, next and back, repeat,
where, louder and softer, quit, and the "wait for me" steps that go on when the listener is
ready. Pure logic, like its base: the clock, output and keys are given.

Each command returns what is said first (inserts) and where the stream continues, or None
to quit; a paused or waiting player still obeys volume, where and repeat, and stays paused.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from voicecoach import SAMPLE_RATE as SR
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Insert, Speaker
from voicecoach.play.commands import Command, volume_level
from voicecoach.play.navigate import Where
from voicecoach.play.span_player import IDLE_POLL_S, PAUSED, PLAYING, SPAN_S, STOPPED, Clock, SpanPlayer

GAIN_STEP, GAIN_MIN, GAIN_MAX = 1.25, 0.1, 2.0
REMIND_S = 30  # "wait for me" steps: a gentle reminder this often


class Scheduler(SpanPlayer):
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
        super().__init__(session, output, clock, keys, span_s, on_status)
        phrases = Phrases(session.routine.settings.language)
        self.phrases, self.speaker = phrases, Speaker(session.routine, session.sources, phrases)

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
