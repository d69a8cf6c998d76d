"""Audio encoders, the writers ``export.formats`` names: WAV (stdlib), MP3 (lameenc), OGG Vorbis / FLAC / Opus (soundfile).

Every encoder consumes the rendered stream — 16-bit mono little-endian chunks
at ``in_rate`` — and writes one file, so memory stays flat. ``--sample-rate``
is done by a band-limited streaming resampler (soxr, "HQ").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

from voicecoach import SAMPLE_RATE
from voicecoach.export.formats import EncodeOptions, Format, check_options

Progress = Callable[[int], None] | None
SF_BLOCK = 65536  # frames per soundfile write: one big OGG write crashed libsndfile (soundfile #426)


def resampled(chunks: Iterable[bytes], src_rate: int, dst_rate: int) -> Iterator[np.ndarray]:
    """Yield int16 arrays at ``dst_rate`` from int16 byte chunks at ``src_rate``."""
    if src_rate == dst_rate:
        for chunk in chunks:
            yield np.frombuffer(chunk, "<i2")
        return
    import soxr

    stream = soxr.ResampleStream(src_rate, dst_rate, 1, dtype="float32", quality="HQ")
    for chunk in chunks:
        x = np.frombuffer(chunk, "<i2").astype(np.float32) / 32768
        yield _to_int16(stream.resample_chunk(x))
    yield _to_int16(stream.resample_chunk(np.zeros(0, np.float32), last=True))


def _to_int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32768), -32768, 32767).astype("<i2")


def _counted(blocks: Iterable[np.ndarray], chunks_in: list, progress: Progress) -> Iterator[np.ndarray]:
    """Pass blocks through, reporting input samples consumed to ``progress``."""
    done = 0
    for block in blocks:
        if progress and chunks_in[0] != done:
            progress(chunks_in[0] - done)
            done = chunks_in[0]
        yield block
    if progress and chunks_in[0] != done:
        progress(chunks_in[0] - done)


def _metered(chunks: Iterable[bytes], seen: list) -> Iterator[bytes]:
    for chunk in chunks:
        seen[0] += len(chunk) // 2
        yield chunk


def encode(
    path: Path,
    chunks: Iterable[bytes],
    fmt: Format,
    options: EncodeOptions = EncodeOptions(),
    in_rate: int = SAMPLE_RATE,
    progress: Progress = None,
) -> int:
    """Encode the stream into ``path``; return the number of output samples.

    ``progress(n)`` is called with the number of input samples consumed since the last call.
    A failed write is an OSError (libsndfile's errors too), for ``files.write_atomic`` to report.
    """
    rate = check_options(fmt, options)
    seen = [0]
    blocks = _counted(resampled(_metered(chunks, seen), in_rate, rate), seen, progress)
    return fmt.write(path, blocks, rate, options)


def write_wav_blocks(path: Path, blocks, fmt: Format, rate: int, options: EncodeOptions) -> int:
    from voicecoach.files import write_wav

    return write_wav(path, (b.tobytes() for b in blocks), rate)


MP3_QUALITY = 5  # LAME's speed/quality knob (2 = best, 7 = fast): 5 encodes speech 1.6x faster than 2


def write_mp3(path: Path, blocks, fmt: Format, rate: int, options: EncodeOptions) -> int:
    import lameenc

    from voicecoach.export import mp3info

    enc = lameenc.Encoder()
    enc.set_channels(1)
    enc.set_in_sample_rate(rate)
    enc.set_out_sample_rate(rate)
    enc.set_bit_rate(options.bitrate_kbps or fmt.default_kbps)
    enc.set_quality(MP3_QUALITY)
    total, pending = 0, b""
    with open(path, "wb") as f:
        for block in blocks:
            total += len(block)
            pending = _write_mp3_data(f, pending + bytes(enc.encode(block.tobytes())), mp3info)
        _write_mp3_data(f, pending + bytes(enc.flush()), mp3info)
    mp3info.write_info_frame(path, total)
    return total


def _write_mp3_data(f, data: bytes, mp3info) -> bytes:
    """Write encoded bytes, preceded by the tag placeholder once the first header is known."""
    if f.tell() == 0:
        if len(data) < 4:
            return data
        f.write(mp3info.placeholder(data[:4]))
    f.write(data)
    return b""


def write_soundfile(path: Path, blocks, fmt: Format, rate: int, options: EncodeOptions) -> int:
    import soundfile

    container, subtype = fmt.sf_container, fmt.sf_subtype
    # Opus without --bitrate: libsndfile's default (about 30 kbps on speech, and 4x faster than
    # an explicit level below 40 kbps, where libopus switches to its slower speech mode)
    level = _opus_level(options.bitrate_kbps) if options.bitrate_kbps else None
    total = 0
    try:
        with soundfile.SoundFile(
            str(path),
            "w",
            samplerate=rate,
            channels=1,
            format=container,
            subtype=subtype,
            compression_level=level,
        ) as out:
            for block in blocks:
                for i in range(0, len(block), SF_BLOCK):
                    out.write(block[i : i + SF_BLOCK])
                total += len(block)
    except soundfile.LibsndfileError as exc:  # "System error." on a full disk: no errno
        raise OSError(None, f"libsndfile: {exc.error_string}") from exc
    return total


def _opus_level(kbps: int) -> float:
    """libsndfile's Opus bitrate is linear in its compression level: 1.0 = 6 kbps, 0.0 = 256 kbps (mono)."""
    return min(1.0, max(0.0, 1.0 - (kbps * 1000 - 6000) / 250000))
