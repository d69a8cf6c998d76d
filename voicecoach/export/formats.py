"""Output formats: one ``Format`` per file extension, carrying its writer and its tagger.

Adding a format is one entry in ``FORMATS``: the writer encodes the rendered
stream into a file, the tagger adds title and chapters to it. Both are named
as ``"module:function"`` and imported when first used, so the command line
starts without loading numpy, lameenc, soundfile or mutagen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from voicecoach import SAMPLE_RATE
from voicecoach.errors import InputError


@dataclass(frozen=True)
class EncodeOptions:
    """``bitrate_kbps`` for lossy formats (None: the format's default); ``sample_rate`` in Hz."""

    bitrate_kbps: int | None = None
    sample_rate: int | None = None


def _resolve(name: str) -> Callable:
    """``"module:attribute"`` -> the attribute (imported on first use, so formats stay light)."""
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class Format:
    """One output format.

    ``writer(path, blocks, fmt, rate, options) -> samples`` writes int16 blocks at ``rate``;
    ``tagger(path, fmt, tags)`` adds tags and chapters in place (None: the format has none).
    """

    suffix: str
    name: str
    writer: str
    tagger: str | None = None
    default_kbps: int | None = None  # None: the encoder's own default
    takes_bitrate: bool = False
    rates: tuple[int, ...] | None = None  # None: any rate
    default_rate: int = SAMPLE_RATE
    sf_container: str | None = None  # soundfile formats: container and subtype
    sf_subtype: str | None = None

    @property
    def short(self) -> str:
        """The name ``--format`` takes: the extension without its dot."""
        return self.suffix[1:]

    def write(self, path: Path, blocks, rate: int, options: EncodeOptions) -> int:
        return _resolve(self.writer)(path, blocks, self, rate, options)

    def tag(self, path: Path, tags) -> None:
        if self.tagger is not None:
            _resolve(self.tagger)(path, self, tags)


_ENC = "voicecoach.export.encoders"
_TAGS = "voicecoach.export.chapters"
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
FORMATS = {
    f.suffix: f
    for f in (
        Format(".wav", "WAV", f"{_ENC}:write_wav_blocks"),
        Format(
            ".mp3",
            "MP3",
            f"{_ENC}:write_mp3",
            f"{_TAGS}:write_id3",
            default_kbps=64,
            takes_bitrate=True,
            rates=MP3_RATES,
        ),
        Format(
            ".ogg",
            "OGG Vorbis",
            f"{_ENC}:write_soundfile",
            f"{_TAGS}:write_vorbis_comments",
            sf_container="OGG",
            sf_subtype="VORBIS",
        ),  # libsndfile: quality level, no bitrate
        Format(
            ".flac",
            "FLAC",
            f"{_ENC}:write_soundfile",
            f"{_TAGS}:write_vorbis_comments",
            sf_container="FLAC",
            sf_subtype="PCM_16",
        ),
        Format(
            ".opus",
            "Opus",
            f"{_ENC}:write_soundfile",
            f"{_TAGS}:write_vorbis_comments",
            takes_bitrate=True,
            rates=(8000, 12000, 16000, 24000, 48000),
            default_rate=48000,
            sf_container="OGG",
            sf_subtype="OPUS",
        ),
    )
}
FORMAT_NAMES = [f.short for f in FORMATS.values()]


def format_for(path: Path) -> Format:
    """The format for ``path``'s extension, or an InputError listing the ones that work."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path}: unsupported format {suffix or '(no extension)'} — use one of {', '.join(FORMATS)}"
        )
    return FORMATS[suffix]


def check_options(fmt: Format, options: EncodeOptions) -> int:
    """Validate options for ``fmt``; return the output sample rate."""
    rate = options.sample_rate or fmt.default_rate
    if fmt.rates is not None and rate not in fmt.rates:
        raise InputError(
            f"{fmt.name} does not support {rate} Hz — use one of {', '.join(map(str, fmt.rates))}"
        )
    if not 8000 <= rate <= 192000:
        raise InputError(f"--sample-rate {rate} is out of range — use 8000 to 192000 Hz")
    if options.bitrate_kbps is not None:
        if not fmt.takes_bitrate:
            raise InputError(
                f"--bitrate works for .mp3 and .opus, not {fmt.suffix} "
                "(Vorbis is encoded at a fixed quality; FLAC and WAV are lossless)"
            )
        if not 8 <= options.bitrate_kbps <= 320:
            raise InputError(f"--bitrate {options.bitrate_kbps} is out of range — use 8 to 320 kbps")
    return rate
