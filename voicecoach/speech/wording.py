"""A cue's text as the engine is handed it: marks a voice would read out as words become pauses.

espeak-ng, and Piper through espeak-ng's phonemizer, read a slash between words as the word
"slash": "Heel/Toe Walks" was said "heel slash toe walks", "Cat/Cow" "cat slash cow". Between two
words a slash joins alternatives or a pair done in turn; a comma's pause says that in any
language, where "and" or "or" would each be wrong for some names. A slash beside a digit ("4/10",
"3/4") is left as written: the importer already words the ones it reads ("4 out of 10").
"""

from __future__ import annotations

import re

_WORD_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")


def said_text(text: str) -> str:
    """``text`` with each slash between two words said as a pause ("Heel/Toe Walks" -> "Heel,
    Toe Walks"); any other text is returned unchanged, so its clip and cache key stay the same."""
    return _WORD_SLASH.sub(", ", text) if "/" in text else text


__all__ = ["said_text"]
