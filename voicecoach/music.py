"""A music bed under the session: looped, faded, ducked under every cue — as a pure function of the sample.

``MusicBed.block(a, b)`` gives the bed's samples [a, b) computed from the sample
indices alone (table look-ups, multiplications and additions, no state carried
between calls), so rendering from any sample — a resumed play, a span, another
chunk size — yields exactly the samples of a full render: played == exported.

- The source (a user's file through soundfile, or ffmpeg for M4A/AAC; or the
  generated ``ambient`` bed) is decoded once, mixed to mono, resampled with soxr
  and normalized to unit loudness (RMS over its non-silent 50 ms frames).
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
import contextlib
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.errors import InputError

AMBIENT = "ambient"
DEFAULT_LEVEL_DB = -18.0  # bed loudness relative to the speech, between cues
DUCK_DB = 15.0  # extra lowering under every cue
ATTACK_S, RELEASE_S = 0.25, 0.6
BRIDGE_S = 1.5  # gaps shorter than this stay ducked
FADE_IN_S, FADE_OUT_S = 3.0, 4.0
CROSSFADE_S = 3.0
MAX_MUSIC_S = 10 * 60  # decode at most this much of a file (about 53 MB at 22050 Hz; it loops)
MIN_MUSIC_S = 1.0
SILENT_PEAK = 10 ** (-60 / 20)  # a file whose peak is below -60 dBFS counts as silent
FRAME = SAMPLE_RATE // 20  # 50 ms frames for loudness
SUFFIXES = "MP3, OGG, FLAC, WAV or M4A"


@dataclass(frozen=True)
class MusicSource:
    """Decoded music: mono float32 at SAMPLE_RATE with unit loudness; ``crossfade`` samples at the seam."""

    name: str
    pcm: np.ndarray
    crossfade: int


def frame_rms(x: np.ndarray, frame: int = FRAME) -> np.ndarray:
    n = len(x) // frame
    if n == 0:
        return np.sqrt(np.mean(np.square(x, dtype=np.float64)))[None] if len(x) else np.zeros(1)
    f = x[: n * frame].astype(np.float64).reshape(n, frame)
    return np.sqrt(np.mean(f * f, axis=1))


def active_rms(x: np.ndarray, floor_db: float = 40.0) -> float:
    """Loudness: the power mean of the frames within ``floor_db`` of the loudest frame."""
    rms = frame_rms(x)
    top = float(rms.max()) if rms.size else 0.0
    if top <= 0:
        return 0.0
    loud = rms[rms >= top * 10 ** (-floor_db / 20)]
    return float(np.sqrt(np.mean(loud * loud)))


def load_music(spec: str) -> MusicSource:
    """The music ``spec`` names (a file, or ``ambient``), normalized; one-line InputError otherwise."""
    if spec == AMBIENT:
        return ambient()
    path = Path(spec)
    hint = f"give an audio file ({SUFFIXES}) or --music ambient"
    if not path.exists():
        raise InputError(f"music file {spec}: no such file — {hint}")
    if path.is_dir():
        raise InputError(f"music file {spec} is a folder — {hint}")
    if not path.is_file():  # reading a FIFO or a device would wait for ever
        raise InputError(f"music file {spec} is not a regular file (a pipe or a device) — {hint}")
    try:
        with open(path, "rb") as f:
            f.read(1)
    except OSError as err:
        raise InputError(
            f"music file {spec} cannot be read ({err.strerror}) — check its permissions"
        ) from err
    pcm, rate = _decode(path, hint)
    if len(pcm) < MIN_MUSIC_S * rate:
        raise InputError(f"music file {spec} is shorter than {MIN_MUSIC_S:g} s — give a longer piece")
    if float(np.max(np.abs(pcm))) < SILENT_PEAK:
        raise InputError(f"music file {spec} is silent — give a file with music in it")
    if rate != SAMPLE_RATE:
        import soxr

        pcm = soxr.resample(pcm, rate, SAMPLE_RATE).astype(np.float32)
    pcm = (pcm / active_rms(pcm)).astype(np.float32)
    crossfade = min(int(CROSSFADE_S * SAMPLE_RATE), len(pcm) // 4)
    return MusicSource(path.name, pcm, crossfade)


def _decode(path: Path, hint: str) -> tuple[np.ndarray, int]:
    """Mono float32 samples and their rate: soundfile first, ffmpeg for what libsndfile can't read."""
    import soundfile

    try:
        with quiet_stderr(), soundfile.SoundFile(str(path)) as f:
            rate = f.samplerate
            parts = [
                block.mean(axis=1, dtype=np.float32)  # mono block by block: bounded memory
                for block in f.blocks(
                    blocksize=1 << 16, dtype="float32", always_2d=True, frames=MAX_MUSIC_S * rate
                )
            ]
        return (np.concatenate(parts) if parts else np.zeros(0, np.float32)), rate
    except RuntimeError:  # soundfile.LibsndfileError: a format libsndfile doesn't read
        pass
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise InputError(
            f"music file {path} is not a format soundfile reads (MP3, OGG, FLAC, WAV); "
            "M4A/AAC needs ffmpeg — install ffmpeg or convert the file to MP3"
        )
    run = subprocess.run(
        [
            ffmpeg,
            "-nostdin",
            "-v",
            "error",
            "-i",
            str(path),
            "-t",
            str(MAX_MUSIC_S),
            "-vn",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "-f",
            "f32le",
            "-",
        ],
        capture_output=True,
    )
    if run.returncode != 0 or not run.stdout:
        raise InputError(f"music file {path} is not audio voicecoach can read — {hint}")
    return np.frombuffer(run.stdout, dtype="<f4").astype(np.float32), SAMPLE_RATE


@contextlib.contextmanager
def quiet_stderr():
    """File descriptor 2 sent to /dev/null meanwhile: libsndfile's MP3 decoder (libmpg123)
    writes a warning per odd frame there ("part2_3_length … too large"), 26-53 lines for
    voicecoach's own 22.05 kHz MP3 exports, which it decodes correctly."""
    import os
    import sys

    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, AttributeError, ValueError):
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def ambient(seconds: int = 48, seed: int = 1717) -> MusicSource:
    """A soft generated bed: brown-ish noise band-limited to 40-700 Hz under a slow A-minor pad.

    Built in the frequency domain over exactly ``seconds``, and every partial and
    swell completes whole cycles in it, so the bed is periodic: it loops without a seam.
    Seeded, so every run (and every process) makes the same samples.
    """
    n = seconds * SAMPLE_RATE
    rng = np.random.default_rng(seed)
    freqs = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    spectrum = rng.standard_normal(len(freqs)) + 1j * rng.standard_normal(len(freqs))
    shape = np.zeros_like(freqs)
    band = (freqs >= 40) & (freqs <= 700)
    shape[band] = 1 / freqs[band]  # brown: amplitude falls 6 dB per octave
    noise = np.fft.irfft(spectrum * shape, n)
    noise /= np.sqrt(np.mean(noise**2))
    t = np.arange(n) / SAMPLE_RATE
    pad = np.zeros(n)
    for i, f in enumerate((110.0, 164.8125, 220.0, 261.625, 329.625)):  # A2 E3 A3 C4 E4
        f = round(f * seconds) / seconds  # whole cycles in the loop
        swell = 0.6 + 0.4 * np.sin(2 * np.pi * t * (i + 1) / seconds + i)  # slow, whole cycles
        pad += swell * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi)) / (i + 1)
    pad /= np.sqrt(np.mean(pad**2))
    pcm = 0.55 * noise + 0.45 * pad
    pcm = (pcm / active_rms(pcm)).astype(np.float32)
    return MusicSource(AMBIENT, pcm, 0)


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
