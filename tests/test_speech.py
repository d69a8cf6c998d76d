"""Real pyttsx3 speech through the cache (needs libespeak-ng, as users have)."""

import subprocess
import sys

import numpy as np
import pytest

from voicecoach import SAMPLE_RATE
from voicecoach.speech.clips import SpeechClips, trim_silence
from voicecoach.speech.engine import Voice


def test_real_clip_has_voice_and_is_trimmed(tmp_path):
    clips = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    pcm = clips.clip("Get ready.")
    assert pcm.dtype == np.int16
    assert 0.3 * SAMPLE_RATE < len(pcm) < 2 * SAMPLE_RATE
    assert np.abs(pcm[:50].astype(int)).max() < 2000  # starts near silence, trimmed close
    assert np.sqrt(np.mean(pcm.astype(float) ** 2)) > 500  # has energy: a voice


def test_cache_hit_does_not_render_again(tmp_path):
    first = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    pcm = first.clip("Halfway.")
    assert first.rendered == 1
    second = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    again = second.clip("Halfway.")
    assert second.rendered == 0 and np.array_equal(pcm, again)


def test_cache_key_covers_voice_rate_volume_text(tmp_path):
    keys = {
        SpeechClips(v, cache_dir=tmp_path).key(t)
        for v in (Voice(None, 160), Voice("en-us", 160), Voice(None, 200), Voice(None, 160, 0.5))
        for t in ("One", "Two")
    }
    assert len(keys) == 8


def test_rate_changes_length(tmp_path):
    slow = SpeechClips(Voice(rate=120), cache_dir=tmp_path).samples("Switch to the left foot.")
    fast = SpeechClips(Voice(rate=260), cache_dir=tmp_path).samples("Switch to the left foot.")
    assert slow > fast * 1.5


def test_many_clips_in_a_row_each_complete(tmp_path):
    # runAndWait returns before synthesis ends (pyttsx3 #219): every clip must still be whole
    clips = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    texts = [f"{n} of 10." for n in range(1, 11)]
    lengths = [clips.samples(t) for t in texts]
    assert min(lengths) > 0.4 * SAMPLE_RATE
    assert max(lengths) < 1.6 * min(lengths)


def test_nothing_printed_on_stdout(tmp_path, capfd):
    SpeechClips(Voice(rate=170), cache_dir=tmp_path).clip("Quiet please.")
    assert capfd.readouterr().out == ""


def test_trim_silence_keeps_margin():
    pcm = np.zeros(10000, np.int16)
    pcm[4000:5000] = 3000
    out = trim_silence(pcm)
    assert 1000 < len(out) < 2500 and out[0] == 0


def test_missing_espeak_is_one_clear_line(tmp_path):
    code = (
        "import ctypes\n"
        "real = ctypes.cdll.LoadLibrary\n"
        "def fake(name, *a, **k):\n"
        "    if 'espeak' in str(name): raise OSError('cannot open ' + str(name))\n"
        "    return real(name, *a, **k)\n"
        "ctypes.cdll.LoadLibrary = fake\n"
        "from voicecoach.cli.main import main\n"
        f"main(['export', 'foot-strength', '-o', r'{tmp_path / 'x.wav'}'])\n"
    )
    env = {
        "VOICECOACH_CACHE": str(tmp_path / "empty-cache"),
        "PATH": "/usr/bin:/bin",
        "VOICECOACH_ENGINE": "espeak",
    }  # espeak is the engine under test
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "libespeak-ng" in lines[0] and "apt-get install libespeak-ng1" in lines[0]
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "x.wav").exists()


def test_memory_keeps_few_clips_but_every_length(tmp_path, monkeypatch):
    import voicecoach.speech.clips as speech

    monkeypatch.setattr(speech, "MEMO_CLIPS", 3)
    clips = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    texts = [f"Exercise {n}." for n in range(6)]
    lengths = [clips.samples(t) for t in texts]
    assert len(clips._memo) == 3 and clips.rendered == 6
    again = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    assert [len(clips.clip(t)) for t in texts] == lengths == [again.samples(t) for t in texts]
    assert clips.rendered == 6  # evicted clips come back from the disk cache


def test_empty_text_is_silence_not_a_hang(tmp_path):
    # pyttsx3's espeak driver loops forever when asked to speak an empty text
    assert SpeechClips(Voice(rate=160), cache_dir=tmp_path).samples("  ") == 0


def test_watchdog_ends_a_stuck_driver_loop(monkeypatch):
    from voicecoach.errors import SpeechError
    from voicecoach.speech import pyttsx3_engine as speech

    engine = speech.Pyttsx3Engine.shared()
    driver = engine._engine.proxy._driver
    monkeypatch.setattr(speech, "SYNTH_TIMEOUT_S", 0.5)
    monkeypatch.setattr(driver, "_start_synthesis", lambda text: None)  # the end event never comes
    import pytest

    with pytest.raises(SpeechError, match="did not finish"):
        engine.synthesize("Stuck.", Voice(rate=161))


# Cues of 3+ words as a session has them (issue 22 measures pace over those): instructions,
# rest lines, announcements.
PACE_TEXTS = (
    "Feet together, knees soft. Step to the side slowly, then bring the other foot to meet it.",
    "Stay close to a wall or a sturdy chair. If you feel dizzy, sit down and rest.",
    "Exercise 2 of 4: Simple grapevine.",
    "Rest 15 seconds.",
    "Next: Heel-to-toe walk.",
    "Take your time to get into position.",
    "Face the wall with fingertips touching it.",
)


def words_per_minute(clips) -> float:
    words = sum(len(text.split()) for text in PACE_TEXTS)
    return 60 * words / sum(clips.samples(text) / SAMPLE_RATE for text in PACE_TEXTS)


@pytest.mark.parametrize("rate", [150, 200])
def test_espeak_speaks_the_words_a_minute_it_is_asked_for(tmp_path, rate):
    """Issue 22: ``rate`` is the pace one hears (espeak alone ran 9% fast: 160 gave 171)."""
    clips = SpeechClips(Voice(voice="gmw/en-US", rate=rate), cache_dir=tmp_path)
    assert rate * 0.9 < words_per_minute(clips) < rate * 1.1


def test_a_slash_between_words_is_said_as_a_pause_not_the_word_slash(tmp_path):
    from voicecoach.speech.wording import said_text

    assert said_text("Heel/Toe Walks") == "Heel, Toe Walks"
    assert said_text("Knee flexion / extension") == "Knee flexion, extension"
    assert said_text("Rate it 4/10.") == "Rate it 4/10."  # beside a digit: the importer words those
    clips = SpeechClips(Voice(rate=160), cache_dir=tmp_path)
    slashed = clips.clip("Cat/Cow")
    assert clips.rendered == 1 and np.array_equal(slashed, clips.clip("Cat, Cow"))
    assert clips.rendered == 1  # one clip: said alike, cached once
    spoken = subprocess.run(["espeak-ng", "-q", "-x", said_text("Cat/Cow")], capture_output=True, text=True)
    assert "sl'aS" not in spoken.stdout and "k'aU" in spoken.stdout  # espeak's own phonemes: no "slash"


def test_a_chain_of_numbers_is_said_number_by_number_not_with_dashes():
    from voicecoach.speech.wording import said_text

    assert said_text("4-7-8 breathing") == "4 7 8 breathing"
    assert said_text("Die 4-7-8-Atmung.") == "Die 4 7 8 Atmung."
    assert said_text("Tempo 3-1-1, slowly.") == "Tempo 3 1 1, slowly."
    assert (
        said_text("Repeat 2-3 times on 2026-12-08.") == "Repeat 2-3 times on 2026-12-08."
    )  # a range, a date
    for text, voice in (("4-7-8 breathing", "en"), ("4-7-8-Atmung", "de")):
        spoken = subprocess.run(
            ["espeak-ng", "-q", "-x", "-v", voice, said_text(text)], capture_output=True, text=True
        )
        assert "d'aS" not in spoken.stdout and "Str'IC" not in spoken.stdout, (
            spoken.stdout
        )  # "dash", "Strich"
