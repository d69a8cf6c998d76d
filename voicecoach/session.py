"""Glue for the pipeline: a Routine becomes a compiled, renderable Session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from voicecoach.beeps import Beeps
from voicecoach.compiler import compile_routine
from voicecoach.model import Routine
from voicecoach.phrases import Phrases
from voicecoach.prerender import render_parallel, speech_texts
from voicecoach.render import Sources, render_chunks
from voicecoach.speech import SpeechClips, Voice
from voicecoach.timeline import Timeline


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

    def chunks(self, start: int = 0, end: Optional[int] = None, **kw) -> Iterator[bytes]:
        return render_chunks(self.timeline, self.sources, start, end, **kw)


def voice_for(routine: Routine, phrases: Phrases) -> Voice:
    s = routine.settings
    return Voice(voice=s.voice or phrases.default_voice, rate=s.rate, volume=s.volume)


def build_session(routine: Routine, cache_dir: Optional[Path] = None, engine=None) -> Session:
    """Render any missing speech clips, then compile the timeline."""
    phrases = Phrases(routine.settings.language)
    clips = SpeechClips(voice_for(routine, phrases), cache_dir=cache_dir, engine=engine)
    beeps = Beeps(routine.settings.sound_overrides())
    if engine is None:  # cold cache: render the missing clips on every core first
        render_parallel(clips, speech_texts(routine, beeps, phrases))
    timeline = compile_routine(routine, ClipDurations(clips, beeps), phrases)
    return Session(routine, timeline, Sources(clips, beeps))
