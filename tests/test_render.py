"""Renderer: every cue at its exact sample, chunked streaming equals one-shot mixing."""

import numpy as np

from voicecoach.render import Sources, render_chunks
from voicecoach.timeline import Cue, Timeline


class ArraySource:
    def __init__(self, table):
        self.table = table

    def clip(self, text):
        return self.table[text]

    def pcm(self, name):
        return self.table[name]


def make(length=1000):
    table = {
        "a": np.full(100, 1000, np.int16),
        "b": np.full(50, -2000, np.int16),
        "beep": np.arange(1, 31, dtype=np.int16),
    }
    cues = (
        Cue(10, 110, "speech", "x", text="a"),
        Cue(95, 125, "beep", "tick", sound="beep"),
        Cue(500, 550, "speech", "y", text="b"),
        Cue(990, 1020, "beep", "tick", sound="beep"),
    )
    src = ArraySource(table)
    return Timeline(cues, length), Sources(src, src)


def stream(timeline, sources, **kw):
    return np.frombuffer(b"".join(render_chunks(timeline, sources, **kw)), "<i2")


def test_cues_land_on_their_samples_and_mix():
    t, s = make()
    out = stream(t, s, chunk=64)
    assert len(out) == 1000
    assert (out[:10] == 0).all() and out[10] == 1000
    assert out[95] == 1000 + 1 and out[124] == 30 and out[125] == 0
    assert (out[500:550] == -2000).all() and (out[550:990] == 0).all()
    assert out[990] == 1 and out[999] == 10  # cut at the timeline's end


def test_chunk_size_does_not_change_the_stream():
    t, s = make()
    assert np.array_equal(stream(t, s, chunk=7), stream(t, s, chunk=100000))


def test_partial_range():
    t, s = make()
    full = stream(t, s)
    assert np.array_equal(stream(t, s, start=100, end=600, chunk=33), full[100:600])


def test_clipping_not_wrapping():
    table = {"loud": np.full(10, 30000, np.int16)}
    src = ArraySource(table)
    t = Timeline((Cue(0, 10, "speech", "x", text="loud"), Cue(0, 10, "beep", "b", sound="loud")), 10)
    assert (stream(t, Sources(src, src)) == 32767).all()
