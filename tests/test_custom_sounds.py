"""Custom sounds from settings.sounds: any WAV, converted; bad files named before any audio."""

import json
import struct
import wave

import numpy as np
import pytest

from support.cli import run_cli as run_main
from voicecoach import SAMPLE_RATE
from voicecoach.beeps import Beeps
from voicecoach.errors import InputError
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session
from voicecoach.wav import read_wav_pcm

ROUTINE = """title: Custom
settings:
  sounds: {{start: {start}}}
exercises:
  - name: Toe spread
    sides: [right foot, left foot]
    reps: 2
    hold: 3s
  - name: Curls
    reps: 3
"""


def write_stereo_44k(path, seconds=0.25):
    t = np.arange(int(44100 * seconds)) / 44100
    left = (np.sign(np.sin(2 * np.pi * 523 * t)) * 9000).astype("<i2")
    right = (np.sin(2 * np.pi * 1234 * t) * 12000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(np.column_stack([left, right]).tobytes())


def write_float_48k(path, seconds=0.5):
    data = (0.5 * np.sin(2 * np.pi * 440 * np.arange(int(48000 * seconds)) / 48000)).astype("<f4")
    fmt = struct.pack("<HHIIHH", 3, 1, 48000, 48000 * 4, 4, 32)
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", data.nbytes)
        + data.tobytes()
    )
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


def test_custom_start_beep_at_every_start_cue_of_the_export(tmp_path, capsys):
    write_stereo_44k(tmp_path / "my start.wav")
    routine = tmp_path / "r.yaml"
    routine.write_text(ROUTINE.format(start='"my start.wav"'))  # relative to the routine
    out = tmp_path / "o.wav"
    code, _, err = run_main(["export", str(routine), "-o", str(out)])
    assert code == 0, err
    code, preview, _ = run_main(["preview", str(routine), "--json"])
    assert code == 0
    custom = read_wav_pcm(tmp_path / "my start.wav")
    assert abs(len(custom) - 0.25 * SAMPLE_RATE) <= 1  # 44.1 kHz stereo -> 22.05 kHz mono
    assert len(custom) != len(Beeps().pcm("start"))
    audio = read_wav_pcm(out)
    starts = [c for c in json.loads(preview)["cues"] if c["role"] == "work_start"]
    assert len(starts) == 2 * 2 + 1
    for cue in starts:
        at = round(cue["start"] * SAMPLE_RATE)
        assert round(cue["end"] * SAMPLE_RATE) - at == len(custom)
        assert np.array_equal(audio[at : at + len(custom)], custom)


def test_float_wav_is_converted(tmp_path):
    write_float_48k(tmp_path / "f.wav")
    pcm = Beeps({"end": str(tmp_path / "f.wav")}).pcm("end")
    assert abs(len(pcm) - 0.5 * SAMPLE_RATE) <= 1
    assert 0.45 * 32767 < np.abs(pcm.astype(int)).max() <= 0.51 * 32767


@pytest.mark.parametrize("content, reason", [(None, "not found"), (b"not a wav at all", "cannot read")])
def test_bad_sound_file_is_one_line_naming_it(tmp_path, capsys, content, reason):
    sound = tmp_path / "beep.wav"
    if content is not None:
        sound.write_bytes(content)
    routine = tmp_path / "r.yaml"
    routine.write_text(ROUTINE.format(start="beep.wav"))
    out = tmp_path / "o.wav"
    code, stdout, err = run_main(["export", str(routine), "-o", str(out)])
    assert code == 2 and err.count("\n") == 1
    assert reason in err and str(sound) in err and "Traceback" not in err
    assert not out.exists()
    code, stdout, err = run_main(["preview", str(routine)])
    assert code == 2 and stdout == "" and str(sound) in err


def test_unused_sound_is_checked_at_session_build(tmp_path):
    # ticks never play in counted reps, yet a broken tick file is reported up front
    text = "settings: {sounds: {tick: gone.wav}}\nexercises: [{name: Curls, reps: 3}]\n"
    routine = load_routine_text(text, str(tmp_path / "r.yaml"))
    with pytest.raises(InputError, match="gone.wav"):
        build_session(routine)
