"""Renderer: Timeline -> PCM chunks (SAMPLE_RATE, mono, 16-bit little-endian), streaming.

Memory stays flat: only one chunk buffer and the clips of the cues that
overlap it are touched at a time, so a 2-hour session is never held whole.
Every cue's first sample lands exactly at ``cue.start``. An optional music bed
(voicecoach.music) is mixed in as a pure function of the sample index, so any
start and chunk size give the same samples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.timeline import Cue, Timeline

CHUNK = 10 * SAMPLE_RATE


class Sources:
    """Where cue audio comes from: speech clips and beeps (both give int16 arrays)."""

    def __init__(self, clips, beeps):
        self.clips, self.beeps = clips, beeps

    def pcm(self, cue: Cue) -> np.ndarray:
        return self.clips.clip(cue.text) if cue.kind == "speech" else self.beeps.pcm(cue.sound)


def render_chunks(
    timeline: Timeline,
    sources: Sources,
    start: int = 0,
    end: int | None = None,
    chunk: int = CHUNK,
    gain: Callable[[], float] = lambda: 1.0,
    bed=None,
) -> Iterator[bytes]:
    """Yield the mixed stream from sample ``start`` to ``end`` (default: the end) in chunks;
    ``bed`` (a music.MusicBed) is mixed under the cues."""
    end = timeline.length if end is None else min(end, timeline.length)
    cues = sorted(timeline.cues, key=lambda c: c.start)
    pending = iter(c for c in cues if c.end > start)
    upcoming = next(pending, None)
    active: list[Cue] = []
    for a in range(start, end, chunk):
        b = min(a + chunk, end)
        while upcoming is not None and upcoming.start < b:
            active.append(upcoming)
            upcoming = next(pending, None)
        active = [c for c in active if c.end > a]
        yield mix(active, sources, a, b, gain(), bed)


def mix(cues: list[Cue], sources: Sources, a: int, b: int, gain: float = 1.0, bed=None) -> bytes:
    """Mix the parts of ``cues`` that fall in samples [a, b), and the bed's samples if any.

    The bed is limited per sample so that it never takes a sample past full scale:
    the music can't make the voice clip.
    """
    buf = np.zeros(b - a, dtype=np.int32)
    for cue in cues:
        lo, hi = max(a, cue.start), min(b, cue.end)
        if lo >= hi:
            continue
        pcm = sources.pcm(cue)
        part = pcm[lo - cue.start : hi - cue.start]
        buf[lo - a : lo - a + len(part)] += part
    if bed is not None:
        music = np.round(bed.block(a, b)).astype(np.int32)
        # one step short of full scale: a sample at +-32767 reads as clipped to any meter
        buf += np.clip(music, np.minimum(-32766 - buf, 0), np.maximum(32766 - buf, 0))
    return to_pcm16(buf, gain)


def to_pcm16(buf: np.ndarray, gain: float = 1.0) -> bytes:
    """An int32 mix scaled by ``gain`` and clipped to 16-bit little-endian PCM bytes.

    The one place samples are scaled and clipped, so the player's inserts and the
    session's stream use the same arithmetic."""
    if gain != 1.0:
        buf = (buf * gain).astype(np.int32)
    return np.clip(buf, -32768, 32767).astype("<i2").tobytes()
