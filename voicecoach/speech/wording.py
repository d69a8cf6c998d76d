"""A cue's text as the engine is handed it: marks a voice would read out as words become pauses.

espeak-ng, and Piper through espeak-ng's phonemizer, read a slash between words as the word
"slash": "Heel/Toe Walks" was said "heel slash toe walks", "Cat/Cow" "cat slash cow". Between two
words a slash joins alternatives or a pair done in turn; a comma's pause says that in any
language, where "and" or "or" would each be wrong for some names. A slash beside a digit ("4/10",
"3/4") is left as written: the importer already words the ones it reads ("4 out of 10").
A chain of three or more numbers joined by hyphens ("4-7-8 breathing", a tempo "3-1-1") was said
"four dash seven dash eight" ("vier Strich sieben Strich acht"): its numbers are said one after
another. (A range of two, "2-3 times", the importer and the routines word as "2 to 3".)
"""

from __future__ import annotations

import re

_WORD_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")
_NUMBER_CHAIN = re.compile(r"(?<![\w.-])\d{1,2}(?:-\d{1,2}){2,}(?![\w.]|-\d)-?")


def said_text(text: str) -> str:
    """``text`` with each slash between two words said as a pause ("Heel/Toe Walks" -> "Heel,
    Toe Walks") and a chain of numbers said number by number ("4-7-8 breathing" -> "4 7 8
    breathing"); any other text is returned unchanged, so its clip and cache key stay the same."""
    if "/" in text:
        text = _WORD_SLASH.sub(", ", text)
    if "-" in text:  # "4-7-8-Atmung": the chain's own hyphens and the one before a word alike
        text = _NUMBER_CHAIN.sub(
            lambda m: " ".join(m.group(0).strip("-").split("-")) + " " * m.group(0).endswith("-"), text
        )
    return text


__all__ = ["said_text"]
