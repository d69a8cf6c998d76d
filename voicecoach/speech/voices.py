"""Installed speech voices, and resolving what a user wrote (id, name or language code) to one.

``settings.voice`` / ``--voice`` may be an engine voice id (``gmw/de``), a voice
name (``German``) or a language code (``de``, ``en-us``); all are matched
case-insensitively, ``_`` and ``-`` alike. The resolved *id* is what the speech
cache keys, so two spellings of one voice share their clips.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from voicecoach.errors import InputError
from voicecoach.speech.engine import DEFAULT_ENGINE, fork_safe, get_engine


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.id} ({self.name}; {', '.join(self.languages) or 'no language'})"


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
        out.append(VoiceInfo(_text(v.id), _text(getattr(v, "name", "")) or _text(v.id),
                             tuple(lang for lang in languages if lang)))
    return out


def installed_default(engine: str = DEFAULT_ENGINE) -> list[VoiceInfo]:
    """The named engine's voices. While forking is still safe for it (no engine started in this
    process), a forked child lists them, so the parent can still fork render workers."""
    import multiprocessing
    if not fork_safe(engine) or "fork" not in multiprocessing.get_all_start_methods():
        return installed(get_engine(engine))
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(_list_voices, (engine,))


def _list_voices(engine: str) -> list[VoiceInfo]:
    return installed(get_engine(engine))


def _norm(text: str) -> str:
    return text.strip().lower().replace("_", "-")


def for_language(voices: Sequence[VoiceInfo], code: str) -> list[VoiceInfo]:
    """The voices speaking ``code``: ``de`` matches ``de`` and ``de-at``, ``en-us`` only itself."""
    want = _norm(code)
    return [v for v in voices
            if any(_norm(lang) == want or _norm(lang).startswith(want + "-") for lang in v.languages)]


def find(spec: str, voices: Sequence[VoiceInfo]) -> Optional[VoiceInfo]:
    """The voice ``spec`` names, or None. Order: id, id's last part, name, language,
    then a language that starts with ``spec`` (``en`` -> ``en-gb``)."""
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
    return None


def closest(spec: str, voices: Sequence[VoiceInfo], count: int = 5) -> list[VoiceInfo]:
    """The voices whose id, name or language are most like ``spec``."""
    words: dict[str, VoiceInfo] = {}
    for voice in voices:
        for word in (voice.id, voice.id.rsplit("/", 1)[-1], voice.name, *voice.languages):
            words.setdefault(_norm(word), voice)
    matches = difflib.get_close_matches(_norm(spec), list(words), n=count * 3, cutoff=0.4)
    found: list[VoiceInfo] = []
    for word in matches:
        if words[word] not in found:
            found.append(words[word])
    return found[:count]


def resolve(spec: str, voices: Sequence[VoiceInfo], what: str = "voice") -> VoiceInfo:
    """The voice ``spec`` names; InputError listing the closest matches if none does."""
    voice = find(spec, voices)
    if voice is not None:
        return voice
    near = closest(spec, voices)
    hint = ("closest: " + "; ".join(v.describe() for v in near)) if near else \
        "no voice is even close"
    raise InputError(f"unknown {what} {spec!r} — {hint}; 'voicecoach voices' lists them all")


def voice_id_for(explicit: Optional[str], language: str, language_voice: str,
                 voices: Iterable[VoiceInfo]) -> Optional[str]:
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
    raise InputError(f"no installed voice speaks language {language!r} — install one "
                     f"(e.g. espeak-ng's '{language}' voice) or set settings.voice / --voice")
