"""MP3 gapless info: the LAME "Info" frame that tells decoders the encoder delay and padding.

lameenc returns bare MPEG audio frames: the first decoded sample is preceded by
the encoder delay (576 samples) plus the decoder delay (529), and the last
frame is padded. Players that read the LAME tag (ffmpeg, iTunes, foobar2000,
Rockbox, Android) trim both, so the decoded audio starts at timeline time 0 and
has exactly the exported length. Layout: Xing/Info header, then the LAME tag
(https://wiki.hydrogenaud.io/index.php?title=LAME#VBR_header_and_LAME_tag).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

TAG_BYTES = 120 + 36  # Xing/Info fields with TOC and quality, then the LAME tag
ENCODER_DELAY = 576  # samples LAME adds before the first input sample (decoders add 529 more)

# kbps by bitrate index, for MPEG-1 and for MPEG-2/2.5 layer III
BITRATES = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}  # by version bits


def frame_info(header: bytes) -> tuple[int, int, int]:
    """(frame length in bytes, samples per frame, side-info length) of a layer III frame header."""
    b1, b2, b3 = header[1], header[2], header[3]
    if header[0] != 0xFF or (b1 & 0xE0) != 0xE0 or (b1 >> 1) & 3 != 1:
        raise ValueError("not an MPEG layer III frame header")
    version = (b1 >> 3) & 3
    mpeg1 = version == 3
    kbps = BITRATES[1 if mpeg1 else 2][b2 >> 4]
    rate = RATES[version][(b2 >> 2) & 3]
    padding = (b2 >> 1) & 1
    mono = (b3 >> 6) == 3
    side = (17 if mono else 32) if mpeg1 else (9 if mono else 17)
    spf = 1152 if mpeg1 else 576
    return (spf // 8) * kbps * 1000 // rate + padding, spf, side


def count_frames(f: BinaryIO, start: int) -> int:
    """Walk the frames from byte ``start`` to the end of ``f``; return how many there are."""
    f.seek(start)
    frames = 0
    while True:
        header = f.read(4)
        if len(header) < 4:
            return frames
        length, _, _ = frame_info(header)
        frames += 1
        f.seek(length - 4, 1)


def _crc16(data: bytes) -> int:
    """CRC-16/ARC (reflected polynomial 0xA001), as LAME computes its tag checksum."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def info_frame(template: bytes, frames: int, total_bytes: int, samples: int) -> bytes:
    """An "Info" frame shaped like ``template`` (first audio frame) describing the stream.

    ``frames`` counts the audio frames after it, ``total_bytes`` includes it,
    ``samples`` is the number of input samples the encoder was given.
    """
    header = tag_header(template)
    length, spf, side = frame_info(header)
    padding = frames * spf - ENCODER_DELAY - samples
    if not 0 <= padding < 4096:
        raise ValueError(f"padding {padding} out of range for the LAME tag")
    toc = bytes(min(255, i * 256 // 100) for i in range(100))  # constant bitrate: linear
    xing = b"Info" + struct.pack(">III", 0x0F, frames, total_bytes) + toc + struct.pack(">I", 0)
    lame = (
        b"LAME3.100"
        + bytes([0x01, 0])
        + bytes(4)
        + bytes(4)
        + bytes([0, 0])
        + bytes([(ENCODER_DELAY >> 4) & 0xFF, ((ENCODER_DELAY & 0xF) << 4) | (padding >> 8), padding & 0xFF])
        + bytes([0, 0])
        + bytes(2)
        + struct.pack(">I", total_bytes)
        + bytes(2)
    )
    frame = bytearray(header + bytes(side) + xing + lame)
    frame += struct.pack(">H", _crc16(bytes(frame)))  # over every byte before it
    return bytes(frame) + bytes(length - len(frame))


def write_info_frame(path: Path, samples: int) -> None:
    """Fill the placeholder frame at the start of ``path`` with the tag (the encoder writes
    ``placeholder()`` first, before it knows the frame count)."""
    with open(path, "r+b") as f:
        first = f.read(4)
        tag_length, _, _ = frame_info(first)
        f.seek(tag_length)
        template = f.read(4)
        frames = count_frames(f, tag_length)
        total = f.seek(0, 2)
        f.seek(0)
        f.write(info_frame(template, frames, total, samples))


def placeholder(first_frame: bytes) -> bytes:
    """A silent frame of the tag frame's size, written first and filled in at the end."""
    header = tag_header(first_frame)
    length, _, _ = frame_info(header)
    return header + bytes(length - 4)


def tag_header(template: bytes) -> bytes:
    """The audio's frame header without CRC and padding, at the lowest bitrate the tag fits in."""
    for index in range(1, 15):
        header = bytes([0xFF, template[1] | 1, (index << 4) | (template[2] & 0x0C), template[3]])
        length, _, side = frame_info(header)
        if length >= 4 + side + TAG_BYTES:
            return header
    raise ValueError("no bitrate fits the LAME tag")
