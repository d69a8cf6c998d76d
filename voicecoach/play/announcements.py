"""What the live player says on its own: confirmations, recaps, where-am-I, get-ready.

Inserted audio goes through the session's own SpeechClips and Beeps, so it is the
same voice and the same sounds as the session. Each piece is mono int16 PCM bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from voicecoach.compiler.timing import BEEP_GAP, GAP
from voicecoach.compiler.work import countdown_step
from voicecoach.model import Routine
from voicecoach.phrases import Phrases
from voicecoach.play.navigate import Where
from voicecoach.render import to_pcm16

COUNTDOWN = 3


@dataclass(frozen=True)
class Insert:
    """One inserted piece: what it is (for logs and tests) and its audio."""

    label: str
    pcm: bytes

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2


class Speaker:
    """Builds inserted pieces from a session's sources."""

    def __init__(self, routine: Routine, sources, phrases: Phrases):
        self.routine, self.sources, self.phrases = routine, sources, phrases

    def _clip(self, text: str) -> np.ndarray:
        return self.sources.clips.clip(text)

    def speech(self, texts: list[str], gain: float = 1.0, tail: int = GAP) -> Insert:
        """The texts spoken one after another, GAP apart, then ``tail`` samples of silence."""
        parts = []
        for text in texts:
            parts += [self._clip(text), np.zeros(GAP, np.int16)]
        if parts:
            parts[-1] = np.zeros(tail, np.int16)
        return Insert("say: " + " ".join(texts), _pcm(parts, gain))

    def beep(self, gain: float = 1.0, name: str = "confirm") -> Insert:
        pcm = self.sources.beeps.pcm(name)
        return Insert(f"beep: {name}", _pcm([pcm, np.zeros(BEEP_GAP, np.int16)], gain))

    def get_ready(self, gain: float = 1.0) -> Insert:
        """'Get ready.' then 3-2-1 on a one-second grid, like the compiled countdown."""
        ready = self.speech([self.phrases.say("get_ready")], gain, tail=BEEP_GAP)
        numbers = [str(n) for n in range(COUNTDOWN, 0, -1)]
        step = countdown_step(numbers, lambda n: len(self._clip(n)))
        grid = np.zeros(step * len(numbers), np.int32)
        for i, number in enumerate(numbers):
            clip = self._clip(number)
            grid[i * step : i * step + len(clip)] = clip
        count = _pcm([grid], gain)
        return Insert("say: " + self.phrases.say("get_ready") + " " + " ".join(numbers), ready.pcm + count)

    def recap(self, where: Where, gain: float = 1.0) -> Insert:
        """One line saying what continues, then the get-ready countdown."""
        name = self.exercise_name(where.exercise)
        line = self.speech([self.phrases.say("recap", name=name)], gain)
        ready = self.get_ready(gain)
        return Insert(line.label + " | " + ready.label, line.pcm + ready.pcm)

    def where(self, where: Where, gain: float = 1.0) -> Insert:
        return self.speech(self.where_texts(where), gain)

    def where_texts(self, where: Where) -> list[str]:
        say, texts = self.phrases.say, []
        units = self.routine.units()
        if where.exercise == 0:
            texts.append(say("where_intro"))
        else:
            unit = units[where.exercise - 1]
            ex = unit.exercise
            if unit.round is not None:  # in a circuit: the round, then the place in it
                texts.append(say("round_of", round=unit.round, rounds=unit.rounds))
                texts.append(say("in_round", name=ex.name, n=unit.position, total=unit.count))
            else:
                texts.append(
                    say(
                        "where",
                        n=unit.item,
                        total=len(self.routine.exercises),
                        name=unit.block.name if unit.block else ex.name,
                    )
                )
            if where.side:
                texts.append(say("where_side", side=where.side[:1].upper() + where.side[1:]))
            if where.set and ex.sets > 1:
                texts.append(say("where_set", set=where.set, sets=ex.sets))
            if where.rep and ex.rep_count > 1:
                texts.append(say("where_rep", rep=where.rep, reps=ex.rep_count))
        texts.append(time_left(self.phrases, where.left_s))
        return texts

    def player_texts(self, nav) -> list[str]:
        """Every text this player may say on its own during the session, in the order a
        listener is likely to need it: 'Paused', the get-ready countdown, then for each
        exercise where it is and the recap at its start (what Next, Back and Play say)."""
        texts = [self.phrases.say("paused"), self.phrases.say("get_ready")]
        texts += [str(n) for n in range(COUNTDOWN, 0, -1)]
        for number, _, start in nav.exercises:
            texts += self.where_texts(nav.state(start))
            texts.append(self.phrases.say("recap", name=self.exercise_name(number)))
        return list(dict.fromkeys(texts))

    def warm(self, nav, stop) -> None:
        """Synthesize ``player_texts`` into the clip cache until ``stop`` is set (a daemon
        thread's body): with a cold cache and the neural voice, a key pressed later answers
        at once instead of after a clip is synthesized. Quiet: a clip that fails now is said
        (or fails) when it is needed."""
        from voicecoach.errors import VoicecoachError

        clips = self.sources.clips
        for text in self.player_texts(nav):
            if stop.is_set():
                return
            try:
                if not clips.is_cached(text):
                    clips.clip(text)
            except VoicecoachError:
                return

    def exercise_name(self, number: int) -> str:
        return self.routine.units()[number - 1].title if number else self.routine.title


def time_left(phrases: Phrases, seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes >= 2:
        return phrases.say("left_minutes", minutes=minutes)
    if seconds >= 45:
        return phrases.say("left_minute")
    return phrases.say("left_seconds", seconds=max(1, int(round(seconds / 5.0)) * 5))


def _pcm(parts: list, gain: float) -> bytes:
    if not parts:
        return b""
    return to_pcm16(np.concatenate([np.asarray(p, np.int32) for p in parts]), gain)
