"""The music bed under a session: looped, faded, ducked under every cue — as a pure function of the sample.

``MusicBed.block(a, b)`` gives the bed's samples [a, b) computed from the sample
indices alone (table look-ups, multiplications and additions, no state carried
between calls), so rendering from any sample — a resumed play, a span, another
chunk size — yields exactly the samples of a full render: played == exported.

- The source (``music.source``: a user's file or the generated ``ambient`` bed) is
  decoded once, mono, at SAMPLE_RATE, normalized to unit loudness.
- It loops with an equal-power crossfade of ``CROSSFADE_S`` (the generated bed is
  periodic and loops without one), fades in and out at the session's ends.
- Its level is ``level_db`` relative to the session's own speech (the RMS of the
  voiced frames of its clips): the voice is never scaled, the bed is.
- Ducking: every cue (speech and beeps) lowers the bed by ``DUCK_DB``; the bed
  starts going down ``ATTACK_S`` before the cue (the timeline is known in advance)
  and comes back over ``RELEASE_S`` after it, raised-cosine shaped; cues closer
  than ``BRIDGE_S`` are one ducked stretch, so the bed doesn't pump between them.
- The mixer (render.mix) never lets the bed push a sample past full scale.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.music.source import MusicSource, active_rms, load_music

DEFAULT_LEVEL_DB = -18.0  # bed loudness relative to the speech, between cues
DUCK_DB = 15.0  # extra lowering under every cue
ATTACK_S, RELEASE_S = 0.25, 0.6
BRIDGE_S = 1.5  # gaps shorter than this stay ducked
FADE_IN_S, FADE_OUT_S = 3.0, 4.0


def _ramp(n: int) -> np.ndarray:
    """Raised cosine from 0 to 1 over ``n`` samples (float64)."""
    return 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / max(n, 1))


def speech_level(clips, texts: Iterable[str]) -> float:
    """The session's speech loudness: active RMS over all its distinct clips together."""
    parts = [clips.clip(t) for t in sorted(set(texts))]
    parts = [p for p in parts if len(p)]
    if not parts:
        return 3000.0  # a session without speech: a moderate reference (about -21 dBFS)
    return active_rms(np.concatenate(parts).astype(np.float32))


class MusicBed:
    """The bed for one timeline: ``block(a, b)`` -> float64 samples (int16 scale), a pure function of a, b."""

    def __init__(
        self,
        source: MusicSource,
        intervals: list[tuple[int, int]],
        length: int,
        level_db: float,
        speech_rms: float,
    ):
        self.source, self.length = source, length
        self.gain = speech_rms * 10 ** (level_db / 20)
        self.level_db = level_db
        self.ducked = 10 ** (-DUCK_DB / 20)
        self.attack, self.release = int(ATTACK_S * SAMPLE_RATE), int(RELEASE_S * SAMPLE_RATE)
        self._up, self._down = _ramp(self.attack), _ramp(self.release)[::-1].copy()
        self.fade_in, self.fade_out = int(FADE_IN_S * SAMPLE_RATE), int(FADE_OUT_S * SAMPLE_RATE)
        self._fin, self._fout = _ramp(self.fade_in), _ramp(self.fade_out)[::-1].copy()
        x = source.crossfade
        theta = np.pi / 2 * np.arange(x) / max(x, 1)
        self._xin, self._xout = np.sin(theta), np.cos(theta)
        self.stretches = merge(intervals, int(BRIDGE_S * SAMPLE_RATE))
        self._ends = [e for _, e in self.stretches]

    def describe(self) -> str:
        return (
            f"music: {self.source.name} at {self.level_db:g} dB relative to the voice, "
            f"{DUCK_DB:g} dB lower under {len(self.stretches)} stretches of cues"
        )

    def loop(self, n: np.ndarray) -> np.ndarray:
        """The looped music at sample indices ``n`` (int64 array)."""
        src, x = self.source.pcm, self.source.crossfade
        size = len(src)
        if x == 0:
            return src[n % size].astype(np.float64)
        period = size - x
        m = np.where(n < x, n, x + (n - x) % period)
        out = src[m].astype(np.float64)
        seam = m >= size - x  # the tail, crossfaded into the head
        if seam.any():
            k = m[seam] - (size - x)
            out[seam] = src[m[seam]] * self._xout[k] + src[k] * self._xin[k]
        return out

    def duck(self, a: int, b: int) -> np.ndarray:
        """How far ducked each sample of [a, b) is: 0 (full) to 1 (ducked)."""
        d = np.zeros(b - a)
        first = bisect.bisect_right(self._ends, a - self.release)
        for s, e in self.stretches[first:]:
            if s - self.attack >= b:
                break
            lo, hi = max(a, s - self.attack), min(b, s)  # attack, before the cue
            if lo < hi:
                d[lo - a : hi - a] = np.maximum(
                    d[lo - a : hi - a], self._up[lo - (s - self.attack) : hi - (s - self.attack)]
                )
            lo, hi = max(a, s), min(b, e)  # the cue
            if lo < hi:
                d[lo - a : hi - a] = 1.0
            lo, hi = max(a, e), min(b, e + self.release)  # release, after it
            if lo < hi:
                d[lo - a : hi - a] = np.maximum(d[lo - a : hi - a], self._down[lo - e : hi - e])
        return d

    def envelope(self, a: int, b: int) -> np.ndarray:
        g = self.gain * (1.0 - self.duck(a, b) * (1.0 - self.ducked))
        lo, hi = a, min(b, self.fade_in)
        if lo < hi:
            g[: hi - lo] *= self._fin[lo:hi]
        start = self.length - self.fade_out
        lo, hi = max(a, start), b
        if lo < hi:
            g[lo - a :] *= self._fout[lo - start : hi - start]
        return g

    def block(self, a: int, b: int) -> np.ndarray:
        if b <= a:
            return np.zeros(0)
        n = np.arange(a, b, dtype=np.int64)
        return self.loop(n) * self.envelope(a, b)


def merge(intervals: Iterable[tuple[int, int]], bridge: int) -> list[tuple[int, int]]:
    """Sorted, merged intervals; ones closer than ``bridge`` samples become one."""
    out: list[list[int]] = []
    for s, e in sorted(intervals):
        if out and s - out[-1][1] < bridge:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def bed_for(
    spec: str | None, level_db: float, timeline, clips, source: MusicSource | None = None
) -> MusicBed | None:
    """The session's bed (None without music): ducked under every cue of ``timeline``."""
    if not spec:
        return None
    source = source or load_music(spec)
    speech = [c.text for c in timeline.cues if c.kind == "speech"]
    intervals = [(c.start, c.end) for c in timeline.cues]
    return MusicBed(source, intervals, timeline.length, level_db, speech_level(clips, speech))
