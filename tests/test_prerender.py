"""Parallel pre-rendering of speech clips: same session as serial rendering, graceful fallback."""

import json
import os
import subprocess
import sys

from support.cli import voicecoach
from voicecoach import SAMPLE_RATE
from voicecoach.beeps import Beeps
from voicecoach.phrases import Phrases
from voicecoach.routine.find import load_spec
from voicecoach.session import build_session, make_clips
from voicecoach.speech import prerender
from voicecoach.speech.clips import SpeechClips
from voicecoach.speech.pyttsx3_engine import Pyttsx3Engine

ROUTINE = "desk-neck-shoulders"  # 55 distinct texts: enough for the pool, a third of foot-strength's cost


def _routine():
    return load_spec(ROUTINE).routine


def _samples(session) -> int:
    return sum(len(chunk) // 2 for chunk in session.chunks())


def _clip_files(folder):
    return sorted(p.name for p in folder.rglob("*.wav"))


def _layout(session):
    """The cue sequence without times: what is said or played, where, in which order."""
    return [
        (c.kind, c.role, c.text, c.sound, c.exercise, c.side, c.set, c.rep) for c in session.timeline.cues
    ]


def test_parallel_cache_gives_same_session_as_serial(tmp_path):
    # espeak-ng's output depends by a few ms on what the engine said before (platform
    # notes), so clip lengths from fresh worker engines match a serial render only closely.
    routine = _routine()
    serial = build_session(routine, cache_dir=tmp_path / "serial", engine=Pyttsx3Engine.shared())
    # espeak runs here now: forking would be unsafe, the workers come from a fork server
    assert prerender._start_method(serial.sources.clips.voice.engine) == "forkserver"
    parallel = build_session(routine, cache_dir=tmp_path / "parallel")
    assert serial.sources.clips.rendered > 30
    assert parallel.sources.clips.rendered == 0  # the workers rendered every clip
    assert _clip_files(tmp_path / "parallel") == _clip_files(tmp_path / "serial")
    assert _layout(parallel) == _layout(serial)
    for text in {c.text for c in serial.timeline.cues if c.kind == "speech"}:
        a, b = serial.sources.clips.samples(text), parallel.sources.clips.samples(text)
        assert abs(a - b) <= 0.08 * SAMPLE_RATE + 0.03 * a, text
    assert abs(parallel.timeline.length - serial.timeline.length) < 0.001 * serial.timeline.length
    assert _samples(parallel) == parallel.timeline.length


def test_cold_parallel_export_is_byte_identical_to_warm_and_close_to_another_cold(tmp_path):
    outs, timelines = [], []
    for name, cache in (("cold1", "a"), ("warm", "a"), ("cold2", "b")):
        out = tmp_path / f"{name}.wav"
        env = {**os.environ, "VOICECOACH_CACHE": str(tmp_path / cache)}
        proc = voicecoach("export", ROUTINE, "-o", out, env=env)  # in this process
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
        preview = voicecoach("preview", ROUTINE, "--json", env=env)
        assert preview.returncode == 0, preview.stderr
        timelines.append(json.loads(preview.stdout))
    assert len(outs[0]) > 300 * SAMPLE_RATE * 2
    assert outs[0] == outs[1]  # the cache holds exactly what the cold run used
    # another empty cache: espeak output may differ by a few samples with engine history,
    # never in what is said or in the timing rules
    assert [c["text"] for c in timelines[2]["cues"]] == [c["text"] for c in timelines[0]["cues"]]
    assert abs(len(outs[2]) - len(outs[0])) < 0.01 * len(outs[0])


def test_estimated_texts_cover_the_real_compile(tmp_path):
    routine = _routine()
    phrases = Phrases(routine.settings.language)
    texts = prerender.speech_texts(routine, Beeps(), phrases)
    session = build_session(routine, cache_dir=tmp_path)
    used = {c.text for c in session.timeline.cues if c.kind == "speech"}
    assert used <= set(texts)


def _near_a_minute_boundary():
    """foot-strength and a walk whose length puts the estimate just under a minute's boundary:
    the session said "about N minutes" where 4 % longer speech says N + 1 (found by search, so
    the test keeps its boundary case whatever the routine's content becomes)."""
    from dataclasses import replace

    from voicecoach.compiler.compile import compile_routine
    from voicecoach.model import Exercise

    base = load_spec("foot-strength", {}).routine
    phrases = Phrases("en")
    for seconds in range(5, 125, 2):
        routine = replace(base, exercises=(*base.exercises, Exercise("Walk", duration_s=float(seconds))))
        said = {}
        for longer in (1.0, 1.04):
            real = prerender.EstimatedDurations(Beeps(), routine.settings.rate, scale=longer)
            compile_routine(routine, real, phrases)
            said[longer] = {text for text in real.texts if "minutes." in text and "about" in text}
        if said[1.0] != said[1.04]:
            return routine
    raise AssertionError("no walk length puts foot-strength near a minute's boundary")


def test_named_texts_cover_speech_a_few_percent_longer_than_estimated():
    # Real speech runs 2-5 % longer than the estimate, and foot-strength's length then said
    # "about 32 minutes" where the estimate said 31: a text no batch rendered, rendered alone later.
    from voicecoach.compiler.compile import compile_routine

    routine = _near_a_minute_boundary()
    phrases = Phrases("en")
    named = set(prerender.speech_texts(routine, Beeps(), phrases))
    lengths = {}
    for longer in (1.0, 1.02, 1.04):
        real = prerender.EstimatedDurations(Beeps(), routine.settings.rate, scale=longer)
        compile_routine(routine, real, phrases)
        assert set(real.texts) <= named, sorted(set(real.texts) - named)
        lengths[longer] = {text for text in real.texts if "minutes." in text and "about" in text}
    assert lengths[1.04] - lengths[1.0]  # the boundary case: longer speech says another length
    # a warm session (its estimate's texts all cached) compiles no longer timeline at start-up
    warm = set(prerender.speech_texts(routine, Beeps(), phrases, cached=lambda text: True))
    assert lengths[1.0] and lengths[1.0] <= warm
    assert not (lengths[1.02] | lengths[1.04]) - lengths[1.0] & warm


def test_worker_failure_falls_back_to_serial(tmp_path, monkeypatch):
    def broken(voice, cache_dir, texts):
        raise OSError("worker exploded")

    monkeypatch.setattr(prerender, "_render_batch", broken)
    monkeypatch.setattr(prerender, "_start_method", lambda engine: "fork")
    routine = _routine()
    clips = make_clips(routine, Phrases("en"), tmp_path)
    assert (
        prerender.render_parallel(clips, ["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven."]) == 0
    )
    session = build_session(routine, cache_dir=tmp_path)
    assert session.sources.clips.rendered > 30  # rendered one by one instead
    assert _samples(session) == session.timeline.length


def test_few_or_cached_texts_skip_the_pool(tmp_path):
    clips = SpeechClips(cache_dir=tmp_path)
    assert prerender.render_parallel(clips, ["Go.", "Stop."]) == 0

    class OtherEngine:  # workers can only make pyttsx3 engines: another engine renders in-process
        name = "other"

    custom = SpeechClips(cache_dir=tmp_path, engine=OtherEngine())
    assert prerender.render_parallel(custom, [f"Word {n}." for n in range(20)]) == 0


def test_split_by_length_balances_and_keeps_every_text():
    texts = [f"text number {n}" * (n % 5 + 1) for n in range(40)]
    batches = prerender.split_by_length(texts, 3)
    assert sorted(t for b in batches for t in b) == sorted(texts)
    loads = [sum(len(t) for t in b) for b in batches]
    assert max(loads) - min(loads) <= max(len(t) for t in texts)


def test_voice_resolution_leaves_the_parent_engine_free(tmp_path):
    # listing voices must not start an engine here, or render workers could no longer be forked
    code = (
        "from voicecoach.speech import voices; from voicecoach.speech.pyttsx3_engine import Pyttsx3Engine; "
        "v = voices.installed_default(); "
        "print(len(v) > 10, Pyttsx3Engine._shared is None, any('de' in x.languages for x in v))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]


def test_a_shared_queue_hands_each_text_to_one_worker_longest_first():
    import multiprocessing

    texts = sorted([f"text {i}" * (i % 7 + 1) for i in range(20)], key=len, reverse=True)
    taken = multiprocessing.get_context("fork").Value("i", 0)
    first, second = prerender._next_of(texts, taken), prerender._next_of(texts, taken)
    got = {"first": [], "second": []}
    for turn in range(40):  # two workers, interleaved as their clips finish
        name, queue = ("first", first) if turn % 3 else ("second", second)
        got[name].extend(next(queue, None) for _ in range(1))
    handed = [t for t in got["first"] + got["second"] if t is not None]
    assert sorted(handed) == sorted(texts) and len(handed) == len(set(handed))
    assert got["first"][0] == texts[1] and got["second"][0] == texts[0]  # in queue order


def test_once_the_process_is_exiting_no_render_worker_starts(monkeypatch, tmp_path):
    """At exit the start lock is taken for good (a worker whose start the exit cut short printed
    a traceback on the user's terminal): render_parallel then starts none and renders nothing."""
    import threading

    from voicecoach.speech import prerender
    from voicecoach.speech.clips import SpeechClips
    from voicecoach.speech.engine import Voice

    monkeypatch.setattr(prerender, "_EXITING", threading.Event())
    started = []
    monkeypatch.setattr(
        "multiprocessing.process.BaseProcess.start", lambda self: started.append(self), raising=True
    )
    prerender._no_more_workers()
    clips = SpeechClips(Voice("gmw/en-US"), cache_dir=tmp_path)
    assert prerender._STARTING.acquire(blocking=False)  # nothing holds the start lock afterwards
    prerender._STARTING.release()
    assert prerender.render_parallel(clips, [f"Line number {i}." for i in range(12)], workers=2) == 0
    assert started == []
