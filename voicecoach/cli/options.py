"""The options preview, play and export share: voice, pace, verbosity, language, optional cues, music.

``@session_options`` adds them to a click command and hands the command one
``overrides`` dict (setting name -> value, only what was given);
``routine.find.load_spec`` puts them over the routine's own settings. ``DATE`` is the
keywords of a YYYY-MM-DD option (the programme and log commands' ``--date`` and ``--start``).
"""

from __future__ import annotations

import functools
import os
from datetime import date
from typing import Any

import click

from voicecoach.model import VERBOSITIES, Settings

_DEFAULTS = Settings()


def _default(name: str, shown=None) -> str:
    """What an unset option means: the routine's setting, else voicecoach's default."""
    value = getattr(_DEFAULTS, name) if shown is None else shown
    if isinstance(value, bool):
        value = f"--{name.replace('_', '-')}" if value else f"--no-{name.replace('_', '-')}"
    return f"from the routine, else {value}"


_OPTIONS = [
    click.option(
        "--voice",
        show_default=_default("voice", "the language's voice"),
        help="Voice id, name or language code (see 'voicecoach voices').",
    ),
    click.option(
        "--rate",
        type=click.IntRange(80, 450),
        show_default=_default("rate"),
        help="Speech rate in words per minute.",
    ),
    click.option(
        "--volume",
        type=click.FloatRange(0, 1),
        show_default=_default("volume"),
        help="Speech loudness, 0 to 1.",
    ),
    click.option(
        "--verbosity",
        type=click.Choice(VERBOSITIES),
        show_default=_default("verbosity"),
        help="brief: names, counts, switches (and how, where the body moves); normal: + get ready and how, once; "
        "detailed: + how every set and form reminders.",
    ),
    click.option(
        "--language", show_default=_default("language"), help="Language of voicecoach's own phrases (en, de)."
    ),
    click.option(
        "--count-reps/--no-count-reps",
        default=None,
        show_default=_default("count_reps"),
        help="Say rep numbers aloud.",
    ),
    click.option(
        "--halfway/--no-halfway",
        default=None,
        show_default=_default("halfway"),
        help='Say "Halfway" in long work.',
    ),
    click.option(
        "--ten-left/--no-ten-left",
        default=None,
        show_default=_default("ten_left"),
        help='Say "10 seconds left" in long work.',
    ),
    click.option(
        "--music",
        metavar="FILE|ambient",
        callback=lambda ctx, param, v: _music_path(v),
        help="Music under the session, lowered under every cue: an audio file "
        "(MP3, OGG, FLAC, WAV, M4A) or 'ambient' (a soft generated bed).",
    ),
    click.option(
        "--music-level",
        type=click.FloatRange(-60, 0),
        metavar="DB",
        help="Music loudness relative to the voice, in dB (default -18).",
    ),
]
_NAMES = (
    "voice",
    "rate",
    "volume",
    "verbosity",
    "language",
    "count_reps",
    "halfway",
    "ten_left",
    "music",
    "music_level",
)


def _music_path(value):
    """A --music file is taken from the current folder (a routine's from the routine's folder)."""
    from voicecoach.music.source import AMBIENT

    if value is None or value == AMBIENT:
        return value
    return os.path.abspath(os.path.expanduser(value))


def session_options(command):
    """Decorator: add the shared options; the command receives them as ``overrides``."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        given = {name: kwargs.pop(name) for name in _NAMES}
        overrides = {name: value for name, value in given.items() if value is not None}
        return command(*args, overrides=overrides, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def language_notes(routine) -> list[str]:
    """Warnings when the routine's text is in one language and an explicitly chosen voice
    speaks another (text and phrases in two languages are refused on loading:
    ``routine.find.check_one_language``)."""
    from voicecoach.phrases import Phrases, guess_language, routine_texts

    text = guess_language(routine_texts(routine))
    if text is None:
        return []
    name = Phrases(text).table.get("_language", text)
    voice = routine.settings.voice
    spoken = _voice_language(voice) if voice else None
    if spoken and spoken != text:
        return [
            f"the routine's text is in {name} ({text}) but the voice {voice!r} speaks "
            f"{spoken}: choose a voice for {text} (see 'voicecoach voices') or leave "
            "settings.voice / --voice out"
        ]
    return []


def _voice_language(voice: str):
    """The primary language of a voice spec (a code like ``en-us``, or an installed voice's)."""
    import re

    if re.fullmatch(r"[a-zA-Z]{2,3}([-_][a-zA-Z0-9]+)*", voice):
        return (
            voice[: voice.replace("_", "-").find("-")].lower()
            if "-" in voice.replace("_", "-")
            else voice.lower()
        )
    from voicecoach.errors import VoicecoachError
    from voicecoach.speech import voices

    try:
        found = voices.find(voice, voices.installed_default())
    except VoicecoachError:
        return None
    if found is None or not found.languages:
        return None
    return found.languages[0].replace("_", "-").split("-")[0].lower()


def examples(*lines: str) -> str:
    """A command's epilog: example command lines, kept as written (click's \\b)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _date(ctx, param, value) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date — write YYYY-MM-DD, e.g. 2026-12-07") from None


DATE: dict[str, Any] = dict(metavar="YYYY-MM-DD", callback=_date)  # click.option's keywords
