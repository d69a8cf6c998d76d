"""Cold cache: only the intro is synthesized before sound; the rest renders meanwhile."""

import threading

import numpy as np

from voicecoach.compiler.timing import GAP
from voicecoach.play.coldstart import open_session
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session

# The intro says the length in minutes: with the fake engine's fast speech and with the
# estimate alike, this routine must round to the same minute (61 s and 85 s: "one minute").
ROUTINE = """
title: Cold
settings: {setup: 0s}
exercises:
  - name: Stretch
    how: Reach up slowly.
    reps: 3
    hold: 4s
  - name: Squat
    reps: 3
"""


class SlowEngine:
    """A deterministic stand-in for pyttsx3 that waits for permission after the first clip."""

    name = "fake"

    def __init__(self):
        self.texts = []
        self.go = threading.Event()

    def voices(self):
        from voicecoach.speech.pyttsx3_engine import Pyttsx3Engine

        return Pyttsx3Engine.shared().voices()

    def synthesize(self, text, voice):
        if self.texts:
            assert self.go.wait(10)
        self.texts.append(text)
        return np.full(len(text) * 300, 5000, np.int16)


def test_cold_opening_synthesizes_only_the_intro_then_equals_the_full_build(tmp_path):
    routine = load_routine_text(ROUTINE, "cold.yaml")
    engine = SlowEngine()
    opening = open_session(routine, cache_dir=tmp_path, engine=engine)  # returns at once
    assert opening.intro_pcm and opening.intro_ready() and not opening.ready()
    assert opening.session is None and len(engine.texts) == 1  # sound can start now
    assert engine.texts[0] == "Cold."  # the title alone: a short first clip
    engine.go.set()
    session = opening.wait()
    again = build_session(routine, cache_dir=tmp_path, engine=engine)  # all cached now
    assert session.timeline == again.timeline
    full = b"".join(again.chunks())
    assert full.startswith(opening.intro_pcm)
    intro = session.timeline.cues[0]
    assert opening.resume_sample() == intro.end + GAP // 2 == len(opening.intro_pcm) // 2


def test_warm_cache_compiles_at_once(tmp_path):
    routine = load_routine_text(ROUTINE, "cold.yaml")
    engine = SlowEngine()
    engine.go.set()
    build_session(routine, cache_dir=tmp_path, engine=engine)
    count = len(engine.texts)
    opening = open_session(routine, cache_dir=tmp_path, engine=engine)
    assert opening.session is not None and opening.intro_pcm is None
    assert len(engine.texts) == count
