"""WAV files the stdlib ``wave`` module refuses: IEEE float and WAVE_FORMAT_EXTENSIBLE.

``read_any(path)`` parses the RIFF chunks itself and returns mono float64
samples in [-1, 1] and the file's rate, so custom sounds may be any common WAV.
"""

from __future__ import annotations

import struct

import numpy as np

PCM, FLOAT, EXTENSIBLE = 1, 3, 0xFFFE


def _chunks(data: bytes):
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a WAV file (no RIFF/WAVE header)")
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        yield cid, data[pos + 8: pos + 8 + size]
        pos += 8 + size + (size & 1)


def _fmt(body: bytes) -> tuple[int, int, int, int]:
    if len(body) < 16:
        raise ValueError("WAV format chunk too short")
    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == EXTENSIBLE:
        if len(body) < 26:
            raise ValueError("WAV extensible format chunk too short")
        tag = struct.unpack("<H", body[24:26])[0]   # first two bytes of the sub-format GUID
    return tag, channels, rate, bits


def _samples(raw: bytes, tag: int, bits: int) -> np.ndarray:
    if tag == FLOAT and bits in (32, 64):
        return np.frombuffer(raw[: len(raw) - len(raw) % (bits // 8)], f"<f{bits // 8}").astype(np.float64)
    if tag != PCM:
        raise ValueError(f"unsupported WAV encoding (format {tag}) — use PCM or float")
    if bits == 8:
        return (np.frombuffer(raw, np.uint8).astype(np.float64) - 128) / 128
    if bits in (16, 32):
        width = bits // 8
        return np.frombuffer(raw[: len(raw) - len(raw) % width], f"<i{width}") / float(1 << (bits - 1))
    if bits == 24:
        b = np.frombuffer(raw[: len(raw) - len(raw) % 3], np.uint8).reshape(-1, 3).astype(np.int32)
        ints = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        return np.where(ints >= 1 << 23, ints - (1 << 24), ints) / float(1 << 23)
    raise ValueError(f"unsupported WAV sample size {bits} bits")


def read_any(path) -> tuple[np.ndarray, int]:
    """Mono float64 samples and the sample rate of a PCM or float WAV file."""
    with open(path, "rb") as f:
        data = f.read()
    fmt = body = None
    for cid, chunk in _chunks(data):
        if cid == b"fmt ":
            fmt = _fmt(chunk)
        elif cid == b"data":
            body = chunk
    if fmt is None or body is None:
        raise ValueError("WAV file has no format or no data chunk")
    tag, channels, rate, bits = fmt
    if channels < 1 or rate < 1:
        raise ValueError("WAV file has no channels or no sample rate")
    samples = _samples(body, tag, bits)
    samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    return np.clip(np.nan_to_num(samples), -1.0, 1.0), rate
