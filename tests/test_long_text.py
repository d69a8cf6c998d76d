"""Issue 24, item 1: long spoken text. Names, titles and instructions have a documented maximum
(one line naming file:line:col), and text longer than one synthesis piece is spoken in pieces of
bounded length, whatever the engine."""

from __future__ import annotations

import numpy as np
import pytest

from support.cli import voicecoach
from voicecoach import SAMPLE_RATE
from voicecoach.routine.fieldcheck import NAME_MAX_CHARS, TEXT_MAX_CHARS
from voicecoach.speech.clips import SpeechClips
from voicecoach.speech.engine import Voice
from voicecoach.speech.pieces import CLAUSE_PAUSE_S, PIECE_MAX_CHARS, SENTENCE_PAUSE_S, spoken_pieces

RUN_ON = ", ".join(["lift the heel and hold it there"] * 200)  # 6,800 characters, no full stop


def routine(tmp_path, name="Heel raise", how=None):
    path = tmp_path / "long.yaml"
    lines = ["title: Long text", "exercises:", f"  - name: {name}"]
    lines += [f"    how: {how}"] if how else []
    path.write_text("\n".join(lines + ["    duration: 5s", ""]))
    return path


@pytest.mark.parametrize(
    "field, length, line, col, limit",
    [
        ("name", 30_000, 3, 11, NAME_MAX_CHARS),  # espeak crashed (SIGSEGV) on this
        ("how", 5_000, 4, 10, TEXT_MAX_CHARS),
    ],
)  # Piper needed 5.7 GB for this
def test_an_overlong_name_or_instruction_is_one_line_with_its_place(
    tmp_path, field, length, line, col, limit
):
    text = ("heel " * length)[:length].strip() + "x"
    path = routine(tmp_path, **{field: text})
    for command in ("check", "preview"):
        proc = voicecoach(command, path)
        assert proc.returncode == 2, proc.stderr
        first = proc.stderr.splitlines()[0]
        assert first.startswith(f"{path}:{line}:{col}: ") and f"over the {limit:,} it may have — " in first
        assert len(proc.stderr.splitlines()) <= 2 and "Traceback" not in proc.stderr


def test_a_long_text_is_split_at_sentences_then_clauses_then_words():
    short = "Rise onto your toes, then lower slowly."
    assert spoken_pieces(short) == [(short, 0.0)]  # ordinary texts: one piece, as written
    pieces = spoken_pieces(RUN_ON)
    assert all(len(p) <= PIECE_MAX_CHARS for p, _ in pieces)
    assert " ".join(p for p, _ in pieces) == RUN_ON  # nothing lost, nothing reordered
    assert [pause for _, pause in pieces] == [0.0] + [CLAUSE_PAUSE_S] * (len(pieces) - 1)
    sentences = " ".join(["Breathe in slowly through the nose and let the belly rise."] * 10)
    assert {pause for _, pause in spoken_pieces(sentences)[1:]} == {SENTENCE_PAUSE_S}
    assert [len(p) for p, _ in spoken_pieces("x" * 600)] == [250, 250, 100]


class Recording:
    """An engine that records what it is asked to say (one second of tone per call)."""

    name = "recording"

    def __init__(self):
        self.texts = []

    def synthesize(self, text, voice):
        self.texts.append(text)
        return (np.sin(np.arange(SAMPLE_RATE) / 5) * 8000).astype(np.int16)

    def voices(self):
        return []


def test_every_engine_gets_pieces_of_bounded_length(tmp_path):
    engine = Recording()
    pcm = SpeechClips(Voice(), cache_dir=tmp_path, engine=engine).clip(RUN_ON[:TEXT_MAX_CHARS])
    assert len(engine.texts) > 1 and max(map(len, engine.texts)) <= PIECE_MAX_CHARS
    pauses = len(engine.texts) - 1
    assert len(pcm) / SAMPLE_RATE == pytest.approx(len(engine.texts) + pauses * CLAUSE_PAUSE_S, abs=0.1)


def test_espeak_speaks_a_long_run_on_instruction_whole(tmp_path):
    text = RUN_ON[:700]
    clips = SpeechClips(Voice("gmw/en-US"), cache_dir=tmp_path)
    pcm = clips.clip(text)
    one_piece = clips.clip(RUN_ON[: PIECE_MAX_CHARS - 20])
    assert len(pcm) > 2.5 * len(one_piece)  # all of it is said
