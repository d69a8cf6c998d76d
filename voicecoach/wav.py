"""Small WAV helpers: read any WAV (soundfile), write mono 16-bit atomically (stdlib ``wave``)."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.files import write_atomic


def read_wav_pcm(path, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Read a sound file as mono int16 at ``rate``: any WAV soundfile reads (PCM 8-32 bit,
    float, extensible), channels mixed down, resampled with soxr if its rate differs.

    A mono 16-bit file at ``rate`` (every speech cache entry) comes back sample for sample.
    Raises FileNotFoundError for a missing file, ``soundfile``'s error for an unreadable one.
    """
    if not Path(path).is_file():
        raise FileNotFoundError(str(path))
    same = _plain_pcm16(path, rate)
    if same is not None:
        return same
    import soundfile  # loading libsndfile costs a command ~50 ms: only for other WAVs

    info = soundfile.info(str(path))
    if info.channels == 1 and info.samplerate == rate and info.subtype == "PCM_16":
        data, _ = soundfile.read(str(path), dtype="int16", always_2d=False)
        return np.ascontiguousarray(data, dtype=np.int16)
    data, src_rate = soundfile.read(str(path), dtype="float64", always_2d=True)
    mono = np.nan_to_num(data.mean(axis=1))
    return np.clip(np.round(resample(mono, src_rate, rate) * 32767), -32768, 32767).astype(np.int16)


def _plain_pcm16(path, rate: int) -> np.ndarray | None:
    """The samples of a plain mono 16-bit PCM WAV at ``rate`` (the beeps, espeak's clips) read
    with the stdlib; None for any other file, which soundfile reads."""
    try:
        with wave.open(str(path), "rb") as w:
            form = (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getcomptype())
            if form != (1, 2, rate, "NONE"):
                return None
            frames = w.readframes(w.getnframes())
    except Exception:  # whatever wave cannot read (or open), soundfile reads or reports as before
        return None
    return np.frombuffer(frames[: len(frames) // 2 * 2], dtype="<i2").astype(np.int16)


def resample(data: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Band-limited resampling of float samples (soxr, the same resampler export uses)."""
    if src_rate == dst_rate or len(data) == 0:
        return data
    import soxr

    return soxr.resample(np.asarray(data, dtype=np.float64), src_rate, dst_rate)


def wav_bytes(pcm: np.ndarray, rate: int = SAMPLE_RATE) -> bytes:
    """Mono int16 ``pcm`` as the bytes of a WAV file (a 44-byte header, then the samples)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.asarray(pcm, dtype="<i2").tobytes())
    return buffer.getvalue()


def pcm_of_wav_bytes(data: bytes) -> np.ndarray:
    """The samples of a WAV file made by ``wav_bytes`` (mono, 16-bit)."""
    with wave.open(io.BytesIO(data), "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise wave.Error("not a mono 16-bit WAV")
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.int16)


def write_wav_atomic(path, pcm: np.ndarray, rate: int = SAMPLE_RATE) -> bytes:
    """Write mono int16 ``pcm`` to ``path`` through a temp file and a rename; return the bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = wav_bytes(pcm, rate)
    write_atomic(path, lambda tmp: tmp.write_bytes(data))
    return data
