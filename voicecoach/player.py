"""Plain playback: the rendered stream played in spans through an AudioOutput."""

from __future__ import annotations

from typing import Iterable, Optional

from voicecoach import SAMPLE_RATE
from voicecoach.audio import AudioOutput

SPAN_S = 60


def play_chunks(chunks: Iterable[bytes], output: AudioOutput, span_s: int = SPAN_S) -> None:
    """Play ``chunks`` in spans of about ``span_s`` seconds, rendering the next while one plays."""
    limit = span_s * SAMPLE_RATE * 2
    buffer = bytearray()
    current: Optional[object] = None
    try:
        for chunk in chunks:
            buffer += chunk
            if len(buffer) >= limit:
                if current is not None:
                    current.wait_done()
                current = output.play(bytes(buffer))
                buffer.clear()
        if current is not None:
            current.wait_done()
        if buffer:
            current = output.play(bytes(buffer))
            current.wait_done()
    except BaseException:
        if current is not None:
            current.stop()
        raise
