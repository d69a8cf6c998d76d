"""Pure timeline queries for the live player: where to cut spans, where to jump, where we are.

Positions are sample indices on the session timeline (SAMPLE_RATE).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from voicecoach import SAMPLE_RATE as SR
from voicecoach.timeline import COUNT_ROLES, Cue, Role, Timeline

MIN_CUT_GAP = int(0.3 * SR)  # only cut spans in silences at least this long
BACK_AGAIN = 3 * SR  # 'p' within 3 s of an exercise start goes to the one before
NOT_INSTRUCTIONS = COUNT_ROLES  # bare numbers are not worth repeating


class Navigator:
    """Answers the player's questions about one timeline."""

    def __init__(self, timeline: Timeline):
        self.timeline = timeline
        self.cues = sorted(timeline.cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.cues]
        self.gaps = silences(self.cues, timeline.length)
        self.exercises = timeline.exercise_starts()

    # -- spans ---------------------------------------------------------------
    def spans(self, start: int, max_len: int, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Consecutive [a, b) covering start..end (default: the timeline's end), each at most
        ``max_len``, cut inside silence."""
        a, end = start, self.timeline.length if end is None else end
        while a < end:
            b = min(self.cut_after(a, max_len), end)
            yield a, b
            a = b

    def cut_after(self, a: int, max_len: int) -> int:
        limit = a + max_len
        if limit >= self.timeline.length:
            return self.timeline.length
        best = None
        for lo, hi in self.gaps:
            mid = (lo + hi) // 2
            if mid > limit:
                break
            if mid > a and hi - lo >= MIN_CUT_GAP:
                best = mid
        return best if best is not None else limit

    def silence_at(self, pos: int) -> int:
        """How many samples of silence start at ``pos`` (0 if a cue is sounding there)."""
        for lo, hi in self.gaps:
            if lo <= pos < hi:
                return hi - pos
        return 0

    # -- jumps ---------------------------------------------------------------
    def exercise_at(self, pos: int) -> int:
        """1-based exercise playing at ``pos`` (0 before the first)."""
        current = 0
        for number, _, start in self.exercises:
            if start <= pos:
                current = number
        return current

    def exercise_start(self, number: int) -> int:
        for n, _, start in self.exercises:
            if n == number:
                return start
        return 0

    def next_exercise(self, pos: int) -> int:
        current = self.exercise_at(pos)
        for n, _, start in self.exercises:
            if n > current:
                return start
        ending = [c.start for c in self.cues if c.role == Role.COMPLETE]
        return ending[0] if ending else self.timeline.length

    def back(self, pos: int) -> int:
        """Start of this exercise; if already within BACK_AGAIN of it, the one before."""
        current = self.exercise_at(pos)
        start = self.exercise_start(current) if current else 0
        if pos - start < BACK_AGAIN and current > 1:
            return self.exercise_start(current - 1)
        if pos - start < BACK_AGAIN and current == 1:
            return 0
        return start

    def restart_point(self, pos: int) -> int:
        """Where to continue after an interruption: an interrupted work interval (hold,
        timed work) restarts at its start beep; interrupted speech restarts at its start."""
        work = self.work_around(pos)
        if work is not None:
            return work
        cue = self.speech_around(pos)
        return cue.start if cue is not None else pos

    def work_around(self, pos: int) -> int | None:
        last_start = None
        for cue in self.cues[: bisect.bisect_right(self.starts, pos)]:
            if cue.role == Role.WORK_START:
                last_start = cue
            elif cue.role == Role.WORK_END and cue.end <= pos:
                last_start = None
        if last_start is not None and last_start.start < pos:
            return last_start.start
        return None

    def speech_around(self, pos: int) -> Cue | None:
        for cue in reversed(self.cues[: bisect.bisect_right(self.starts, pos)]):
            if cue.kind == "speech" and cue.start <= pos < cue.end:
                return cue
        return None

    # -- where am I ----------------------------------------------------------
    def last_instruction(self, pos: int) -> Cue | None:
        for cue in reversed(self.cues[: bisect.bisect_right(self.starts, pos)]):
            if cue.kind == "speech" and cue.role not in NOT_INSTRUCTIONS:
                return cue
        return None

    def state(self, pos: int) -> Where:
        """Exercise, side, set and rep at ``pos`` (taken from the latest cue that started)."""
        upto = self.cues[: bisect.bisect_right(self.starts, pos)]
        last = upto[-1] if upto else None
        exercise = self.exercise_at(pos)
        rep = next(
            (
                c.rep
                for c in reversed(upto)
                if c.rep is not None and c.exercise == exercise and c.set == (last.set if last else None)
            ),
            None,
        )
        return Where(
            exercise=exercise,
            side=last.side if last and last.exercise else None,
            set=last.set if last and last.exercise else None,
            rep=rep,
            left_s=max(0, self.timeline.length - pos) / SR,
            elapsed_s=pos / SR,
        )


@dataclass(frozen=True)
class Where:
    exercise: int  # 0: before the first exercise
    side: str | None
    set: int | None
    rep: int | None
    left_s: float
    elapsed_s: float


def silences(cues: list[Cue], length: int) -> list[tuple[int, int]]:
    """[lo, hi) stretches where no cue sounds, in order."""
    gaps, covered = [], 0
    for cue in cues:
        if cue.start > covered:
            gaps.append((covered, cue.start))
        covered = max(covered, cue.end)
    if length > covered:
        gaps.append((covered, length))
    return gaps
