"""Glue for the pipeline: a Routine becomes a compiled, renderable Session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from voicecoach.beeps import Beeps
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import Routine
from voicecoach.phrases import Phrases
from voicecoach.render import Sources, render_chunks
from voicecoach.speech import voices
from voicecoach.speech.clips import SpeechClips
from voicecoach.speech.engine import Voice, label
from voicecoach.speech.prerender import render_parallel, speech_texts
from voicecoach.timeline import Sink, Timeline

if TYPE_CHECKING:  # music (numpy, soxr) loads only for a session with music
    from voicecoach.music.bed import MusicBed


class ClipDurations:
    """The compiler's view of clip lengths, in samples."""

    def __init__(self, clips: SpeechClips, beeps: Beeps):
        self.clips, self.beeps = clips, beeps

    def speech(self, text: str) -> int:
        return self.clips.samples(text)

    def sound(self, name: str) -> int:
        return self.beeps.samples(name)


@dataclass
class Session:
    routine: Routine
    timeline: Timeline
    sources: Sources
    bed: MusicBed | None = None  # mixed under the cues

    def chunks(self, start: int = 0, end: int | None = None, **kw) -> Iterator[bytes]:
        return render_chunks(self.timeline, self.sources, start, end, bed=self.bed, **kw)

    def voice(self) -> dict:
        """Who speaks: ``{"engine": "piper", "id": "piper:en_US-joe-medium"}``."""
        return describe_voice(self.sources.clips.voice)


def describe_voice(voice: Voice) -> dict:
    name = label(voice.engine)
    return {"engine": name, "id": f"{name}:{voice.voice or 'default'}"}


def voice_for(routine: Routine, phrases: Phrases, engine) -> Voice:
    """The Voice to speak with: the explicit voice, else the language's (English: the neural
    voice when installed); resolved to an engine and its voice id (what the cache keys).
    An injected engine (tests) resolves among its own voices only."""
    s = routine.settings
    if engine is not None:
        voice_id = voices.voice_id_for(
            s.voice, phrases.language, phrases.default_voice, voices.installed(engine)
        )
        return Voice(voice=voice_id, rate=s.rate, volume=s.volume)
    info = voices.choose(s.voice, phrases.language, phrases.default_voice)
    return Voice(voice=info.id or None, rate=s.rate, volume=s.volume, engine=info.engine)


def sound_names(routine: Routine) -> list[str]:
    """Every sound the session may play: the overridden ones and each exercise's own."""
    names = [name for name, _ in routine.settings.sounds]
    return names + [ex.sound for ex in routine.all_exercises() if ex.sound]


def make_clips(routine: Routine, phrases: Phrases, cache_dir: Path | None = None, engine=None) -> SpeechClips:
    """The routine's speech clips, in its resolved voice."""
    clips = SpeechClips(cache_dir=cache_dir, engine=engine)
    clips.voice = voice_for(routine, phrases, engine)
    return clips


def load_music_for(routine: Routine):
    """The routine's music source (None without music); a bad music file fails before any audio."""
    from voicecoach.music.source import load_music

    return load_music(routine.settings.music) if routine.settings.music else None


def music_bed(routine: Routine, timeline: Timeline, clips: SpeechClips, source=None):
    from voicecoach.music.bed import bed_for

    return bed_for(routine.settings.music, routine.settings.music_level, timeline, clips, source)


def session_parts(
    routine: Routine, cache_dir: Path | None = None, engine=None, music=None
) -> tuple[Phrases, Beeps, SpeechClips, object]:
    """The routine's phrases, beeps (its sound files checked), music source (None without
    music; a bad music file fails here, before any audio) and speech clips."""
    phrases = Phrases(routine.settings.language)
    beeps = Beeps(routine.settings.sound_overrides())
    beeps.check(sound_names(routine))  # a bad sound file fails before any audio
    music = music or load_music_for(routine)
    return phrases, beeps, make_clips(routine, phrases, cache_dir, engine), music


def build_session(
    routine: Routine, cache_dir: Path | None = None, engine=None, music=None, sink: Sink = Sink.PLAY
) -> Session:
    """Render any missing speech clips, then compile the timeline for ``sink`` (live play or a
    file: a file never asks for a key); ``music``: an already loaded source."""
    phrases, beeps, clips, music = session_parts(routine, cache_dir, engine, music)
    render_parallel(clips, speech_texts(routine, beeps, phrases, sink, cached=clips.is_cached))
    timeline = compile_routine(routine, ClipDurations(clips, beeps), phrases, sink)
    return Session(routine, timeline, Sources(clips, beeps), music_bed(routine, timeline, clips, music))
