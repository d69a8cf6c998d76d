"""Music files as hostile input (issue 24 item 14): voicecoach's own MP3 decoded without
libmpg123's noise on the terminal, a FIFO refused instead of waited on, the music file never
written over. Real files, the CLI in-process; fd 2 captured (the decoder writes there from C)."""

import os
import threading

import pytest

from support.cli import voicecoach

SIT = "title: Sit\nsettings: {verbosity: brief, countdown: 0}\nexercises:\n  - name: Wall sit\n    hold: 4s\n"


@pytest.fixture
def own_mp3(tmp_path):
    """A 22.05 kHz, 64 kbit/s MP3 as voicecoach exports it: the file libmpg123 complained about."""
    (tmp_path / "sit.yaml").write_text(SIT)
    proc = voicecoach("export", tmp_path / "sit.yaml", "-o", tmp_path / "own.mp3")
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "own.mp3"


def test_voicecoachs_own_mp3_as_music_is_decoded_quietly(own_mp3, capfd):
    capfd.readouterr()
    proc = voicecoach("preview", own_mp3.parent / "sit.yaml", "--music", own_mp3)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        line for line in proc.stderr.strip().splitlines() if line.startswith("voicecoach: ")
    ]
    assert "mpg123" not in capfd.readouterr().err


def test_a_fifo_as_music_is_refused_at_once(tmp_path):
    (tmp_path / "sit.yaml").write_text(SIT)
    fifo = tmp_path / "music.mp3"
    os.mkfifo(fifo)
    done = []
    worker = threading.Thread(
        target=lambda: done.append(voicecoach("preview", tmp_path / "sit.yaml", "--music", fifo)), daemon=True
    )
    worker.start()
    worker.join(15)
    if not done:  # the daemon thread stays blocked on the pipe
        pytest.fail("preview waited on a FIFO given as --music")
    assert done[0].returncode == 2
    assert done[0].stderr.strip() == (
        f"voicecoach: error: music file {fifo} is not a regular file "
        "(a pipe or a device) — give an audio file (MP3, OGG, FLAC, WAV or "
        "M4A) or --music ambient"
    )


@pytest.mark.parametrize("where", ["option", "routine"])
def test_output_equal_to_the_music_file_is_refused_even_with_force(own_mp3, where):
    before = own_mp3.read_bytes()
    routine = own_mp3.parent / "sit.yaml"
    if where == "routine":
        routine.write_text(SIT.replace("settings: {", "settings: {music: own.mp3, "))
        args = ("export", routine, "-o", own_mp3, "--force")
    else:
        args = ("export", routine, "-o", own_mp3, "--force", "--music", own_mp3)
    proc = voicecoach(*args)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"voicecoach: error: {own_mp3}: refusing to write over the input music "
        "file — choose another output name"
    )
    assert own_mp3.read_bytes() == before
