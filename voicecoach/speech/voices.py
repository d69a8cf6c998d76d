"""Installed speech voices across engines, and resolving what a user wrote to one.

``settings.voice`` / ``--voice`` may be an id with its engine (``piper:en_US-joe-medium``,
``espeak:gmw/en-US``), a bare engine voice id (``gmw/de``), a voice name (``German``,
``joe``), a word of a name (``english``), a language code (``de``, ``en-us``) or the path
of a Piper ``.onnx`` file; all are matched case-insensitively, ``_`` and ``-`` alike.
Within each kind of match the preferred engine's voices come first: the neural (Piper)
voice, unless VOICECOACH_ENGINE=espeak. The resolved engine and *id* are what the
speech cache keys, so two spellings of one voice share their clips.

Defaults (no voice given): English gets the first Piper voice speaking it when the
neural extra is installed (else espeak, with one line saying how to get it); every
other language gets espeak's voice for it (``_voice`` in the phrase table).
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from voicecoach import environment
from voicecoach.errors import InputError
from voicecoach.speech.engine import BY_LABEL, DEFAULT_ENGINE, ENGINES, fork_safe, get_engine, label

ESPEAK_QUALITY = "robotic"  # formant synthesis: clear at any speed, but not natural


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()
    engine: str = DEFAULT_ENGINE  # a name in ENGINES
    quality: str = ESPEAK_QUALITY

    @property
    def qualified(self) -> str:
        """The id with its engine, e.g. ``piper:en_US-joe-medium``: what ``voices`` shows."""
        return f"{label(self.engine)}:{self.id}"

    def describe(self) -> str:
        return f"{self.qualified} ({self.name}; {', '.join(self.languages) or 'no language'})"


def _text(value) -> str:
    if isinstance(value, bytes):
        # some drivers give espeak's raw language record: a priority byte, then the code
        value = value.lstrip(b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a")
        return value.decode("utf-8", errors="ignore").strip("\x00")
    return str(value or "")


def installed(engine) -> list[VoiceInfo]:
    """The engine's voices as VoiceInfo, in the engine's order."""
    out = []
    for v in engine.voices():
        languages = tuple(_text(lang) for lang in (getattr(v, "languages", None) or ()))
        out.append(
            VoiceInfo(
                _text(v.id),
                _text(getattr(v, "name", "")) or _text(v.id),
                tuple(lang for lang in languages if lang),
            )
        )
    return out


def piper_voices() -> list[VoiceInfo]:
    """The Piper voices (bundled first, then the user's folder); none without the extra.
    Reads only their JSON configs: no model is loaded."""
    from voicecoach.speech import piper_engine

    out = []
    for model in piper_engine.models():
        name, languages, quality = model.describe()
        out.append(VoiceInfo(model.id, name, languages, "piper", f"neural, {quality}"))
    return out


def piper_path_voice(spec: str) -> VoiceInfo:
    """A Piper voice given as the path of its .onnx file (InputError if unusable)."""
    from voicecoach.speech import piper_engine

    model = piper_engine.model_for(spec)
    if not piper_engine.available():
        raise InputError(f"the Piper voice {spec} needs the neural extra — {piper_engine.NEURAL_HINT}")
    name, languages, quality = model.describe()
    return VoiceInfo(model.id, name, languages, "piper", f"neural, {quality}")


def espeak_voices() -> list[VoiceInfo]:
    return installed_default(DEFAULT_ENGINE)


def engine_order() -> tuple[str, ...]:
    """Engines in order of preference: Piper first unless VOICECOACH_ENGINE says espeak."""
    preferred = BY_LABEL.get(environment.preferred_engine() or "", environment.preferred_engine())
    if preferred in ENGINES:
        return (preferred,) + tuple(e for e in ("piper", DEFAULT_ENGINE) if e != preferred)
    return ("piper", DEFAULT_ENGINE)


_LISTERS: dict[str, Callable[[], list[VoiceInfo]]] = {"piper": piper_voices, DEFAULT_ENGINE: espeak_voices}


def all_voices() -> list[VoiceInfo]:
    """Every voice of every engine, the preferred engine's first."""
    return [v for engine in engine_order() for v in _LISTERS[engine]()]


_LISTED: dict[str, tuple[VoiceInfo, ...]] = {}


def installed_default(engine: str = DEFAULT_ENGINE) -> list[VoiceInfo]:
    """The named engine's voices, listed once a process: they do not change while it runs, and a
    batch export resolved a voice for every routine it exported. While forking is still safe for the engine (none started in this
    process), a forked child lists them, so the parent can still fork render workers."""
    import multiprocessing

    if engine not in _LISTED:
        if not fork_safe(engine) or "fork" not in multiprocessing.get_all_start_methods():
            _LISTED[engine] = tuple(installed(get_engine(engine)))
        else:
            with multiprocessing.get_context("fork").Pool(1) as pool:
                _LISTED[engine] = tuple(pool.apply(_list_voices, (engine,)))
    return list(_LISTED[engine])


def _list_voices(engine: str) -> list[VoiceInfo]:
    return installed(get_engine(engine))


def _norm(text: str) -> str:
    return text.strip().lower().replace("_", "-")


def for_language(voices: Sequence[VoiceInfo], code: str) -> list[VoiceInfo]:
    """The voices speaking ``code``: ``de`` matches ``de`` and ``de-at``, ``en-us`` only itself."""
    want = _norm(code)
    return [
        v
        for v in voices
        if any(_norm(lang) == want or _norm(lang).startswith(want + "-") for lang in v.languages)
    ]


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", name.lower().replace("_", " ")) if w]


def split_engine(spec: str) -> tuple[str | None, str]:
    """``espeak:gmw/de`` -> ("pyttsx3", "gmw/de"); a spec without a known engine prefix -> (None, spec)."""
    prefix, sep, rest = spec.strip().partition(":")
    engine = BY_LABEL.get(prefix.lower(), prefix.lower() if prefix.lower() in ENGINES else None)
    return (engine, rest.strip()) if sep and engine else (None, spec)


def find(spec: str, voices: Sequence[VoiceInfo]) -> VoiceInfo | None:
    """The voice ``spec`` names, or None. Order: id, id's last part, name, language,
    a language that starts with ``spec`` (``en`` -> ``en-gb``), then a word of the name
    (``english`` -> the English voices, ``joe``). Within each, the list's order (the
    preferred engine first). An ``engine:`` prefix keeps to that engine's voices."""
    engine, spec = split_engine(spec)
    if engine is not None:
        voices = [v for v in voices if v.engine == engine]
    want = _norm(spec)
    if not want:
        return None
    tests = (
        lambda v: _norm(v.id) == want,
        lambda v: _norm(v.id).rsplit("/", 1)[-1] == want,
        lambda v: _norm(v.name) == want,
        lambda v: want in (_norm(lang) for lang in v.languages),
        lambda v: any(_norm(lang).startswith(want + "-") for lang in v.languages),
    )
    for test in tests:
        for voice in voices:
            if test(voice):
                return voice
    named = by_name_word(want, voices)
    return named[0] if named else None


def by_name_word(spec: str, voices: Sequence[VoiceInfo]) -> list[VoiceInfo]:
    """Voices with a word of ``spec`` in their name, the obvious first: the list's engine
    order, then names that start with it (``English (…)`` before ``Chinese (… as English)``),
    then the plainest language code (``en-gb`` before ``en-029``)."""
    wanted = set(_words(spec))
    engines = list(dict.fromkeys(v.engine for v in voices))
    hits = [v for v in voices if wanted & set(_words(v.name))]
    return sorted(
        hits,
        key=lambda v: (
            engines.index(v.engine),
            _words(v.name)[0] not in wanted,
            len(v.languages[0]) if v.languages else 99,
        ),
    )


def closest(spec: str, voices: Sequence[VoiceInfo], count: int = 5) -> list[VoiceInfo]:
    """The voices whose id, name, a word of the name, or language are most like ``spec``, most
    alike first; the voices sharing a name word in ``by_name_word``'s order (``englsh`` ->
    the English voices, before Welsh)."""
    _, spec = split_engine(spec)
    words: dict[str, list[VoiceInfo]] = {}
    for voice in voices:
        for word in (
            voice.id,
            voice.id.rsplit("/", 1)[-1],
            voice.name,
            *voice.languages,
            *_words(voice.name),
        ):
            words.setdefault(_norm(word), []).append(voice)
    want = _norm(spec)
    matches = difflib.get_close_matches(want, list(words), n=count * 3, cutoff=0.4)
    if matches:  # only the near-best: "spanish" is close to "english" too, but closer to "spanish"
        best = difflib.SequenceMatcher(None, want, matches[0]).ratio()
        matches = [w for w in matches if difflib.SequenceMatcher(None, want, w).ratio() >= best - 0.25]
    found: list[VoiceInfo] = []
    for word in matches:
        for voice in by_name_word(word, words[word]) or words[word]:
            if voice not in found:
                found.append(voice)
    return found[:count]


def resolve(spec: str, voices: Sequence[VoiceInfo], what: str = "voice") -> VoiceInfo:
    """The voice ``spec`` names; InputError listing the closest matches if none does."""
    voice = find(spec, voices)
    if voice is not None:
        return voice
    near = closest(spec, voices)
    hint = ("closest: " + "; ".join(v.describe() for v in near)) if near else "no voice is even close"
    raise InputError(f"unknown {what} {spec!r} — {hint}; 'voicecoach voices' lists them all")


_notified = False


def notify_no_neural() -> None:
    """Once per process: English falls back to espeak because the neural extra is missing."""
    global _notified
    if not _notified:
        from voicecoach.speech.piper_engine import NEURAL_HINT

        _notified = True
        print(f"voicecoach: speaking with espeak — {NEURAL_HINT}", file=sys.stderr, flush=True)


def choose(explicit: str | None, language: str, language_voice: str) -> VoiceInfo:
    """The voice to speak with, across engines: the explicit one if given (resolved in the
    preferred engine's voices first), else the language's default (module docstring)."""
    if explicit:
        engine, rest = split_engine(explicit)
        if (engine in (None, "piper")) and rest.strip().lower().endswith(".onnx"):
            return piper_path_voice(rest.strip())
        order = (engine,) if engine else engine_order()
        listed: list[VoiceInfo] = []
        for name in order:  # espeak is only listed when Piper has no such voice
            listed += _LISTERS[name]()
            voice = find(explicit, listed)
            if voice is not None:
                return voice
        return resolve(explicit, listed)
    if engine_order()[0] == "piper":
        neural = for_language(piper_voices(), language)
        if neural:
            return neural[0]
        from voicecoach.speech.piper_engine import available

        if language == "en" and not available():
            notify_no_neural()
    espeak = espeak_voices()
    voice_id = voice_id_for(None, language, language_voice, espeak)
    return VoiceInfo(voice_id, voice_id or "default") if voice_id else VoiceInfo("", "default")


def voice_id_for(
    explicit: str | None, language: str, language_voice: str, voices: Iterable[VoiceInfo]
) -> str | None:
    """The engine voice id to speak with: the explicit voice if given, else the phrase
    table's voice for ``language``. English falls back to the engine default (None)."""
    voices = list(voices)
    if explicit:
        return resolve(explicit, voices).id
    voice = find(language_voice, voices) or find(language, voices)
    if voice is not None:
        return voice.id
    if language == "en" or not voices:
        return None
    raise InputError(
        f"no installed voice speaks language {language!r} — install one "
        f"(e.g. espeak-ng's '{language}' voice) or set settings.voice / --voice"
    )
