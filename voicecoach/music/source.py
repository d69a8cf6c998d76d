"""A music source: a user's file (soundfile; ffmpeg for M4A/AAC) or the generated ``ambient``
bed, decoded once into mono float32 at SAMPLE_RATE (resampled with soxr) and normalized to
unit loudness (RMS over its non-silent 50 ms frames).

A file that is missing, not regular, unreadable, shorter than MIN_MUSIC_S or silent is a
one-line InputError that says what to give instead; at most MAX_MUSIC_S of it is decoded
(it loops). The ambient bed is periodic and seeded: the same samples in every process.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.errors import InputError

AMBIENT = "ambient"
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
