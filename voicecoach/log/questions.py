"""The two eyes-closed questions at the end of a live session: effort (1–5) and pain (0–9).

Spoken through the session's own speech clips (same voice, same language table), answered
with one digit key; a question is skipped after ``WAIT_S`` seconds of silence or with the
headset's play/pause button (or space, ``n``). The audio output and the keys are the
player's, passed in; nothing here prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from voicecoach import SAMPLE_RATE
from voicecoach.phrases import Phrases

WAIT_S = 10.0
QUESTIONS = (("effort", "ask_effort", range(1, 6)), ("pain", "ask_pain", range(0, 10)))
SKIP = {"play", "pause", "pause-only", "next", "quit"}


class EndQuestions:
    """``ask(session, output, keys)`` after a completed session; ``answers`` holds what was
    answered ({"effort": 3, "pain": 0}, a skipped question left out)."""

    def __init__(
        self,
        wait_s: float = WAIT_S,
        now: Callable[[], float] = time.monotonic,
        show: Callable[[str], None] | None = None,
    ):
        self.wait_s, self.now, self.show = wait_s, now, show  # show: the question as text too
        self.answers: dict[str, int] = {}

    def ask(self, session, output, keys) -> dict:
        """Ask both questions; Ctrl-C here skips the rest (the session was played to its end)."""
        try:
            return self._ask(session, output, keys)
        except KeyboardInterrupt:
            return self.answers

    def _ask(self, session, output, keys) -> dict:
        from voicecoach.play.announcements import Speaker

        phrases = Phrases(session.routine.settings.language)
        speaker = Speaker(session.routine, session.sources, phrases)
        confirm = b""  # the beep for an answer, played before the next question
        for name, key, allowed in QUESTIONS:
            question = speaker.speech([phrases.say(key)])
            if self.show is not None:
                self.show(phrases.say(key))
            handle = output.play(confirm + question.pcm)
            value = self._wait(keys, allowed, (len(confirm) + len(question.pcm)) / 2 / SAMPLE_RATE)
            if handle.is_playing():
                handle.stop()
            confirm = b"" if value is None else speaker.beep().pcm
            if value is not None:
                self.answers[name] = value
        if confirm:
            self._finish(output.play(confirm), len(confirm) / 2 / SAMPLE_RATE)
        return self.answers

    def _finish(self, handle, length_s: float) -> None:
        """Let the last beep sound out (the process may end right after)."""
        end = self.now() + length_s + 0.5
        while handle.is_playing() and self.now() < end:
            time.sleep(0.02)

    def _wait(self, keys, allowed: range, speaking_s: float) -> int | None:
        """A digit in ``allowed`` (others are ignored), or None: time up or skipped."""
        deadline = self.now() + speaking_s + self.wait_s
        while True:
            left = deadline - self.now()
            if left <= 0:
                return None
            got = keys.answer(left)
            if got is None:
                continue
            if got.isdigit() and int(got) in allowed:
                return int(got)
            if got in SKIP:
                return None
