"""Phrase tables (one per language) and a German routine spoken by a German voice."""

import json
import re
import subprocess
import wave
from importlib import resources

import pytest

from voicecoach.cli.main import main
from voicecoach.phrases import Phrases, available_languages
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session
from voicecoach.speech.pyttsx3_engine import ESPEAK_RATE_PER_WPM, Pyttsx3Engine

GERMAN = """title: Füße
settings: {language: de, rest_between: 2.5s}
exercises:
  - name: Zehen spreizen
    how: Spreize die Zehen.
    sides: [rechter Fuß, linker Fuß]
    sets: 2
    rest: 5s
    reps: 2
    hold: 3s
"""


def table(language):
    path = resources.files("voicecoach") / "lang" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_english_and_german_tables():
    assert {"en", "de"} <= set(available_languages())


@pytest.mark.parametrize("language", available_languages())
def test_every_table_has_every_key_with_the_same_placeholders(language):
    english, other = table("en"), table(language)
    assert set(other) >= set(english)
    for key, text in english.items():
        if key.startswith("_"):
            continue
        if isinstance(text, list):  # varied wordings: the same placeholders among them
            assert isinstance(other[key], list) and all(w.strip() for w in other[key]), key
            assert placeholders(other[key]) == placeholders(text), key
        else:
            assert re.findall(r"{(\w+)}", other[key]) == re.findall(r"{(\w+)}", text), key
            assert other[key].strip()


def placeholders(wordings):
    return set().union(*(re.findall(r"{(\w+)}", w) for w in wordings))


def test_numbers_read_the_language_way():
    assert Phrases("de").say("rest", seconds=2.5) == "2,5 Sekunden Pause."
    assert Phrases("en").say("rest", seconds=2.5) == "Rest 2.5 seconds."
    assert Phrases("de").say("set_of", set=2, sets=3) == "Satz 2 von 3."


class Recording:
    """The real pyttsx3 engine, noting which voice id each clip was spoken with."""

    name = "pyttsx3"

    def __init__(self):
        self.real, self.spoken = Pyttsx3Engine.shared(), []

    def voices(self):
        return self.real.voices()

    def synthesize(self, text, voice):
        self.spoken.append((voice.voice, text))
        return self.real.synthesize(text, voice)


def german_session(tmp_path, text=GERMAN):
    engine = Recording()
    routine = load_routine_text(text, str(tmp_path / "r.yaml"))
    return build_session(routine, cache_dir=tmp_path / "cache", engine=engine), engine


def test_german_routine_is_spoken_by_the_german_voice(tmp_path):
    session, engine = german_session(tmp_path)
    said = [c.text for c in session.timeline.speech()]
    for phrase in (
        "Füße.",
        "Eine Übung, etwa 2 Minuten.",
        "Übung 1 von 1: Zehen spreizen.",
        "Zuerst: rechter Fuß.",
        "Mach dich bereit.",
        "Lösen.",
        "1 von 2. Jetzt die letzte.",
        "5 Sekunden Pause.",
        "Letzter Satz, 2 von 2.",
        "Wechsel: linker Fuß.",
        "Einheit beendet. Gut gemacht.",
    ):
        assert phrase in said
    assert not {"Get ready.", "Release.", "Set 2 of 2."} & set(said)
    assert engine.spoken and {voice for voice, _ in engine.spoken} == {"gmw/de"}
    assert set(said) <= {text for _, text in engine.spoken}


def test_numbers_spoken_in_german_like_espeak_german(tmp_path):
    # "siebenundsiebzig, achtundachtzig, neunundneunzig" is ~24% longer than in English
    engine = Recording()
    text = "77, 88, 99."
    from voicecoach.speech.engine import Voice

    ours = len(engine.synthesize(text, Voice("gmw/de", 160)))
    lengths = {}
    for voice in ("de", "en-us"):
        # the engine asks espeak for 0.915 x rate (calibrated: rate is the pace heard)
        subprocess.run(
            [
                "espeak-ng",
                "-v",
                voice,
                "-s",
                str(round(160 * ESPEAK_RATE_PER_WPM)),
                "-w",
                str(tmp_path / "x.wav"),
                text,
            ],
            check=True,
        )
        with wave.open(str(tmp_path / "x.wav")) as w:
            lengths[voice] = w.getnframes()
    assert abs(ours - lengths["de"]) < 0.03 * lengths["de"]
    assert abs(ours - lengths["en-us"]) > 0.15 * lengths["de"]


def test_explicit_english_voice_is_respected_with_german_phrases(tmp_path):
    session, engine = german_session(tmp_path, GERMAN.replace("language: de", "language: de, voice: en-us"))
    assert {voice for voice, _ in engine.spoken} == {"gmw/en-us"}
    assert "Mach dich bereit." in [c.text for c in session.timeline.speech()]


def test_cache_keys_the_resolved_voice_id(tmp_path):
    by_code, _ = german_session(tmp_path)
    by_name, engine = german_session(tmp_path, GERMAN.replace("language: de", "language: de, voice: German"))
    assert by_code.sources.clips.voice == by_name.sources.clips.voice
    assert engine.spoken == []  # every clip came from the first session's cache


def test_language_option_reaches_preview(capsys):
    """--language de on a built-in plays its German version (library/NAME.de.yaml)."""
    with pytest.raises(SystemExit) as exc:
        main(["preview", "foot-strength", "--language", "de", "--verbosity", "brief"])
    out = capsys.readouterr().out
    assert exc.value.code == 0
    assert "Übung 1 von 11: Zehen spreizen." in out and "Exercise 1" not in out
    with pytest.raises(SystemExit) as exc:
        main(["preview", "foot-strength", "--language", "xx"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "no phrase table for language 'xx'" in err


def test_unknown_language_in_a_routine_is_reported_at_its_line(tmp_path, capsys):
    routine = tmp_path / "r.yaml"
    routine.write_text("title: T\nsettings: {language: fr}\nexercises: [{name: A, reps: 2}]\n")
    with pytest.raises(SystemExit) as exc:
        main(["check", str(routine)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and f"{routine}:2:" in err and "de, en" in err
