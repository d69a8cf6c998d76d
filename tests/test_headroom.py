"""Issue 24, item 16: no sample at full scale in an export, with the default (Piper) voice,
with and without music. Clips are scaled below full scale as they are rendered into the cache,
so play (which reads the same clips) stays equal to export."""

from __future__ import annotations

import numpy as np
import soundfile

from support.cli import voicecoach
from voicecoach.speech.clips import PEAK_CEILING, limit_peak

# A tiny routine (a handful of clips): its point is the real voice, which Piper normalizes to
# full scale in every clip, so any clip would show cut peaks.
ROUTINE = """
title: Heel check
settings: {countdown: 0, verbosity: brief}
exercises:
  - name: Heel raise
    duration: 5s
"""


def full_scale(path) -> int:
    data, _ = soundfile.read(str(path), dtype="int16")
    return int((np.abs(data.astype(np.int32)) >= 32767).sum())


def test_limit_peak_scales_loud_clips_down_and_leaves_quiet_ones():
    loud = np.array([0, 32767, -32768, 16000], np.int16)
    limited = limit_peak(loud)
    assert np.abs(limited.astype(int)).max() == PEAK_CEILING
    assert limited[3] == round(16000 * PEAK_CEILING / 32768)  # scaled, not cut
    quiet = np.array([0, 12000, -9000], np.int16)
    assert limit_peak(quiet) is quiet


def test_a_piper_export_has_no_sample_at_full_scale_with_or_without_music(neural, tmp_path, monkeypatch):
    monkeypatch.setenv("VOICECOACH_CACHE", str(tmp_path / "cache"))  # rendered here, not an older cache
    routine = tmp_path / "heel.yaml"
    routine.write_text(ROUTINE)
    plain, mixed = tmp_path / "plain.wav", tmp_path / "mixed.wav"
    assert voicecoach("export", routine, "-o", plain).returncode == 0
    assert voicecoach("export", routine, "--music", "ambient", "-o", mixed).returncode == 0
    assert "piper" in voicecoach("preview", routine, "--json").stdout
    assert (full_scale(plain), full_scale(mixed)) == (0, 0)
    data, _ = soundfile.read(str(plain), dtype="int16")
    assert PEAK_CEILING - 200 < np.abs(data.astype(np.int32)).max() <= PEAK_CEILING  # speech near -1 dBFS
