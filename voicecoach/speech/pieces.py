"""Long spoken text in pieces of bounded length, so no engine is handed more than it can take.

Piper's memory grows faster than a sentence's length (a 5,000-character sentence joined by
commas needed 5.7 GB and failed); espeak-ng crashed (SIGSEGV) on a 25,000-character one. A
text longer than PIECE_MAX_CHARS is split at sentence ends first, then at clauses (, ; : and
dashes), then between words, and the pieces are spoken one by one with a short pause between
them (a sentence's pause, a clause's shorter one). A text within the bound is one piece,
exactly as written, so every ordinary clip is synthesized as before.
"""

from __future__ import annotations

import re

PIECE_MAX_CHARS = 250  # longest text one synthesis call gets (a long sentence is ~200)
SENTENCE_PAUSE_S = 0.25  # between pieces cut at a sentence end (Piper's own pause between sentences)
CLAUSE_PAUSE_S = 0.12  # between pieces cut at a comma, semicolon, colon or dash
WORD_PAUSE_S = 0.05  # between pieces cut between words (a clause longer than the bound)

_LEVELS = (
    (re.compile(r"(?<=[.!?…])\s+"), SENTENCE_PAUSE_S),
    (re.compile(r"(?<=[,;:])\s+|\s+(?=[—–-]\s)"), CLAUSE_PAUSE_S),
    (re.compile(r"\s+"), WORD_PAUSE_S),
)


def spoken_pieces(text: str, limit: int = PIECE_MAX_CHARS) -> list[tuple[str, float]]:
    """``[(piece, pause before it in seconds), …]``: every piece at most ``limit`` characters,
    the pieces in order; the first pause is 0. A text within ``limit`` is returned whole."""
    if len(text) <= limit:
        return [(text, 0.0)]
    return _split(" ".join(text.split()), limit, 0)


def _split(text: str, limit: int, level: int) -> list[tuple[str, float]]:
    if len(text) <= limit:
        return [(text, 0.0)]
    if level == len(_LEVELS):  # one "word" longer than the bound: cut it
        return [(text[i : i + limit], 0.0) for i in range(0, len(text), limit)]
    pattern, pause = _LEVELS[level]
    result: list[tuple[str, float]] = []
    for index, chunk in enumerate(_pack(pattern.split(text), limit)):
        pieces = _split(chunk, limit, level + 1)
        if index:
            pieces[0] = (pieces[0][0], pause)
        result.extend(pieces)
    return result


def _pack(parts: list[str], limit: int) -> list[str]:
    """Join neighbouring parts with a space while the result stays within ``limit``."""
    packed: list[str] = []
    for part in (p for p in parts if p):
        if packed and len(packed[-1]) + 1 + len(part) <= limit:
            packed[-1] += " " + part
        else:
            packed.append(part)
    return packed
