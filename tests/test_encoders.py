"""Encoders: format by extension, options, gapless MP3 at several rates, band-limited resampling."""

import subprocess

import numpy as np
import pytest

from voicecoach.errors import InputError
from voicecoach.export.encoders import encode, resampled
from voicecoach.export.formats import FORMATS, EncodeOptions, format_for


def decode(path, rate):
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, "<i2").astype(float)


def burst_at_one_second(rate=22050):
    x = np.zeros(3 * rate, np.int16)
    x[rate : rate + 2000] = (10000 * np.sin(np.arange(2000) * 0.3)).astype(np.int16)
    return x


def test_unknown_extension_lists_the_working_ones(tmp_path):
    with pytest.raises(InputError) as err:
        format_for(tmp_path / "x.aac")
    assert all(s in str(err.value) for s in (".wav", ".mp3", ".ogg", ".flac", ".opus"))


@pytest.mark.parametrize("rate,kbps", [(22050, 64), (22050, 8), (44100, 128), (48000, 32), (16000, 24)])
def test_mp3_is_gapless_at_every_rate(tmp_path, rate, kbps):
    """The LAME tag makes ffmpeg trim the encoder delay: same length, burst at exactly 1 s."""
    x = burst_at_one_second()
    out = tmp_path / "t.mp3"
    n = encode(out, [x.tobytes()], FORMATS[".mp3"], EncodeOptions(kbps, rate))
    y = decode(out, rate)
    assert n == len(y) == round(len(x) * rate / 22050)
    onset = np.argmax(np.abs(y) > 2000) / rate
    assert abs(onset - 1.0) < 0.002


def test_upsampling_has_no_images():
    rate, f = 22050, 10000
    t = np.arange(2 * rate) / rate
    x = (16000 * np.sin(2 * np.pi * f * t)).astype("<i2")
    y = np.concatenate(
        list(resampled([x[i : i + 4096].tobytes() for i in range(0, len(x), 4096)], rate, 44100))
    )
    assert abs(len(y) - 2 * 44100) <= 1
    spectrum = np.abs(np.fft.rfft(y[4000:-4000] * np.hanning(len(y) - 8000)))
    freqs = np.fft.rfftfreq(len(y) - 8000, 1 / 44100)
    image = spectrum[np.abs(freqs - (rate - f)) < 50].max()  # linear interpolation leaves one at 12.05 kHz
    assert 20 * np.log10(image / spectrum.max()) < -80


def test_option_errors(tmp_path):
    with pytest.raises(InputError, match="--bitrate"):
        encode(tmp_path / "x.ogg", [], FORMATS[".ogg"], EncodeOptions(bitrate_kbps=96))
    with pytest.raises(InputError, match="22050"):
        encode(tmp_path / "x.opus", [], FORMATS[".opus"], EncodeOptions(sample_rate=22050))
