"""The status line on a terminal: exercise, side, set/rep, elapsed/total, one self-overwriting line."""

from __future__ import annotations

from typing import TextIO

from voicecoach.play.navigate import Where
from voicecoach.timeline import format_clock


class StatusLine:
    """One self-overwriting line: exercise, side, set/rep, elapsed/total."""

    def __init__(self, stream: TextIO, routine, total_s: float):
        self.stream, self.routine, self.total_s = stream, routine, total_s
        self._last = ""

    def __call__(self, where: Where, paused: bool) -> None:
        line = self.format(where, paused)
        if line != self._last:
            self.stream.write("\r\x1b[K" + line)
            self.stream.flush()
            self._last = line

    def format(self, where: Where, paused: bool) -> str:
        parts = []
        if where.exercise:
            units = self.routine.units()
            ex = units[where.exercise - 1].exercise
            parts.append(f"{where.exercise}/{len(units)} {units[where.exercise - 1].title}")
            if where.side:
                parts.append(where.side)
            if where.set and ex.sets > 1:
                parts.append(f"set {where.set}/{ex.sets}")
            if where.rep and ex.rep_count > 1:
                parts.append(f"rep {where.rep}/{ex.rep_count}")
        else:
            parts.append(self.routine.title)
        parts.append(f"{format_clock(where.elapsed_s)}/{format_clock(self.total_s)}")
        if paused:
            parts.append("PAUSED (space to resume)")
        return " · ".join(parts)

    def end(self) -> None:
        if self._last:
            self.stream.write("\n")
            self.stream.flush()
