"""Small WAV helpers (stdlib ``wave`` + numpy): read any PCM WAV, write atomically."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.export import write_atomic


def read_wav_pcm(path, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Read a PCM WAV as mono int16 at ``rate`` (mixing channels down, resampling if needed)."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, src_rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except wave.Error:       # float or extensible WAV: parse the chunks ourselves
        from voicecoach.wavfmt import read_any
        data, src_rate = read_any(path)
        return np.clip(np.round(resample(data, src_rate, rate) * 32767), -32768, 32767).astype(np.int16)
    if width == 1:
        data = (np.frombuffer(raw, np.uint8).astype(np.float64) - 128) / 128
    elif width == 2:
        data = np.frombuffer(raw, "<i2").astype(np.float64) / 32768
    elif width == 3:
        b = np.frombuffer(raw, np.uint8).reshape(-1, 3)
        ints = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        data = ints.astype(np.float64) / (1 << 23)
    elif width == 4:
        data = np.frombuffer(raw, "<i4").astype(np.float64) / (1 << 31)
    else:
        raise ValueError(f"unsupported sample width {width}")
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    if src_rate != rate:
        data = resample(data, src_rate, rate)
    if width == 2 and channels == 1 and src_rate == rate:
        return np.frombuffer(raw, "<i2").astype(np.int16)
    return np.clip(np.round(data * 32767), -32768, 32767).astype(np.int16)


def resample(data: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Band-limited resampling of float samples (soxr, the same resampler export uses)."""
    if src_rate == dst_rate or len(data) == 0:
        return data
    import soxr
    return soxr.resample(np.asarray(data, dtype=np.float64), src_rate, dst_rate)


def write_wav_atomic(path, pcm: np.ndarray, rate: int = SAMPLE_RATE) -> None:
    """Write mono int16 ``pcm`` to ``path`` through a temp file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(np.asarray(pcm, dtype="<i2").tobytes())

    write_atomic(path, write)
