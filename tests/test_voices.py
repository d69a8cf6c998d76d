"""Voice resolution (id, name, language code), closest matches, the voices command."""

import pytest

from support.cli import run_cli as run_main
from voicecoach.errors import InputError
from voicecoach.speech.pyttsx3_engine import Pyttsx3Engine
from voicecoach.speech.voices import VoiceInfo, closest, find, installed, resolve, voice_id_for

VOICES = [
    VoiceInfo("gmw/de", "German", ("de",)),
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("roa/es", "Spanish (Spain)", ("es",)),
]


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("gmw/de", "gmw/de"),
        ("GMW/DE", "gmw/de"),
        ("German", "gmw/de"),
        ("de", "gmw/de"),
        ("en-us", "gmw/en-us"),
        ("en_US", "gmw/en-us"),
        ("en-gb", "gmw/en"),
        ("en", "gmw/en"),
        ("english (america)", "gmw/en-us"),
        ("es", "roa/es"),
    ],
)
def test_id_name_or_language_resolves_to_the_engine_id(spec, expected):
    assert resolve(spec, VOICES).id == expected


def test_unknown_voice_lists_closest_matches():
    with pytest.raises(InputError) as err:
        resolve("germn", VOICES)
    message = str(err.value)
    assert "'germn'" in message and "gmw/de (German; de)" in message
    assert "roa/es" not in message
    assert find("klingon", VOICES) is None and [v.id for v in closest("spanish", VOICES)] == ["roa/es"]


def test_explicit_voice_wins_over_the_language_voice():
    assert voice_id_for(None, "de", "de", VOICES) == "gmw/de"
    assert voice_id_for("en-us", "de", "de", VOICES) == "gmw/en-us"
    assert voice_id_for(None, "en", "en-us", VOICES) == "gmw/en-us"
    with pytest.raises(InputError, match="no installed voice speaks language 'fr'"):
        voice_id_for(None, "fr", "fr", VOICES)


def test_real_engine_lists_german_and_english():
    voices = installed(Pyttsx3Engine.shared())
    assert resolve("de", voices).id == "gmw/de"
    assert resolve("en-us", voices).name == "English (America)"


def test_voices_command_lists_id_engine_quality_name_languages(capsys):
    code, out, err = run_main(["voices"])
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) > 20
    german = next(line for line in lines if line.startswith("espeak:gmw/de "))
    assert german.split()[1:] == ["robotic", "German", "de"]
    code, out, _ = run_main(["voices", "--language", "de"])
    assert code == 0 and out.split() == ["espeak:gmw/de", "robotic", "German", "de"]
    code, out, err = run_main(["voices", "--language", "xx"])
    assert code == 2 and out == "" and "no installed voice for language 'xx'" in err


def test_unknown_voice_option_is_one_clear_line(capsys):
    code, out, err = run_main(["preview", "foot-strength", "--voice", "germn"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unknown voice 'germn'" in err and "espeak:gmw/de" in err
    assert "Traceback" not in err


def test_unknown_voice_in_routine_settings(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text("settings: {voice: Klingonese}\nexercises: [{name: Squat, reps: 2}]\n")
    code, _, err = run_main(["export", str(routine), "-o", str(tmp_path / "o.wav")])
    assert code == 2 and "unknown voice 'Klingonese'" in err and "closest" in err
    assert not (tmp_path / "o.wav").exists()


def test_an_engine_lists_its_voices_once_a_process(monkeypatch):
    """Listing forks a child (it starts the engine); a batch export resolving a voice for each
    routine forked one a routine. Each caller gets its own list."""
    from voicecoach.speech import voices

    calls = []
    german = VoiceInfo("gmw/de", "German", ("de",), "espeak", "robotic")
    monkeypatch.setattr(voices, "_LISTED", {})
    monkeypatch.setattr(voices, "fork_safe", lambda engine: False)
    monkeypatch.setattr(voices, "installed", lambda engine: calls.append(engine) or [german])
    first = voices.installed_default()
    first.clear()
    assert voices.installed_default() == [german] and len(calls) == 1
