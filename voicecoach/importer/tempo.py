"""A lifting tempo: the seconds one rep takes, the exercise's ``pace``, never a dose.

Said as counts ("tempo 3-1-1", "a 4-1-2-1 tempo") or explained phase by phase in one sentence
("Lower for 3 seconds, lift for 1", "take 3 seconds to lower and 1 to lift", "slow tempo (3 s
down)"): the phases' seconds add up to the pace, and the sentence is taken out of the text the
doses are read from (its "3 seconds" is no hold).
"""

from __future__ import annotations

import re

from .numbers import normalize
from .timing import Value
from .vocabulary import TEMPO

# The tempo explained phase by phase after its counts ("4 seconds lowering", "a one-second pause")
_TEMPO_PARTS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|a)[\s-]*(?:seconds?|secs?|s|count)\b\s*(?:to\s+|on\s+the\s+way\s+)?"
    r"(?:lower\w*|down\w*|up\b|lift\w*|rais\w*|paus\w*|hold\w*|at the (?:top|bottom)|eccentric|concentric|"
    r"squeez\w*|descen\w*|ascen\w*)|\b(?:a\s+)?(?:\d+|one|two)[\s-]*(?:seconds?|secs?)\s+pause\b",
    re.I,
)
_DIRECTION = (
    r"(?:lower\w*|down(?:ward)?|up(?:ward)?|lift\w*|rais\w*|return\w*|descen\w*|ascen\w*|push\w*|pull\w*)"
)
_SECONDS = r"(\d+(?:\.\d+)?)(?!\s*(?:minutes?|mins?|hours?|reps?|times)\b)\s*(?:seconds?|secs?|s|counts?)?"
# One timed phase of a rep: "lower for 3 seconds", "3 s down", "take 3 seconds to lower", "and 1 to lift"
_PHASE = re.compile(
    rf"(?<!stay )(?<!hold )(?<!keep )(?<!remain )\b{_DIRECTION}\b"
    rf"(?:(?!\b(?:rest|hold|stay|pause|relax|remain|keep)\b)[^.;,\d]){{0,20}}?\b(?:for|over|in)\s+{_SECONDS}|"
    rf"\b{_SECONDS}\s+(?:to\s+|on\s+the\s+way\s+)?{_DIRECTION}\b",
    re.I,
)

# One phase said as the time a movement takes, "take 6 seconds to lower the heel", "taking 5 seconds
# to extend your head": how slowly each rep moves, never a hold or timed work
_TAKEN = re.compile(
    rf"\btak(?:e|es|ing)\s+(?:about\s+|around\s+)?{_SECONDS}\s+to\s+(?:slowly\s+)?"
    rf"(?:{_DIRECTION}|extend\w*|bend\w*|straighten\w*|curl\w*|uncurl\w*|sink\w*|drop\w*|bring\w*|roll\w*)\b",
    re.I,
)


def _explained(text: str) -> tuple[str, Value | None]:
    """A sentence with two timed phases of one rep, or one with the word tempo: their sum; or
    one phase said as the time it takes ("take 6 seconds to lower")."""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        phases = list(_PHASE.finditer(normalize(sentence)))
        taken = _TAKEN.search(normalize(sentence))
        if len(phases) < 2 and taken and not re.search(r"\btempo\b", sentence, re.I):
            said = " ".join(sentence.split())
            seconds = float(taken.group(1))
            return text.replace(sentence, _TAKEN.sub(" ", normalize(sentence))), Value(
                int(seconds) if seconds.is_integer() else seconds, f'tempo "{said}": {seconds:g} s a rep'
            )
        if len(phases) >= 2 or (phases and re.search(r"\btempo\b", sentence, re.I)):
            seconds = float(sum(float(m.group(1) or m.group(2)) for m in phases))
            said = " ".join(sentence.split())
            rest = _PHASE.sub(" ", normalize(sentence))
            return text.replace(sentence, rest), Value(
                int(seconds) if seconds.is_integer() else seconds, f'tempo "{said}": {seconds:g} s a rep'
            )
    return text, None


def read_tempo(text: str) -> tuple[str, Value | None]:
    """ "tempo 3-1-1", "a 4-1-2-1 tempo": the seconds of one rep (each phase's count, "x" as 1)
    as the exercise's ``pace``, and the text without the tempo and the rest of its sentence
    ("three seconds down, one up" explains the tempo; it is not a dose); else a tempo explained
    phase by phase ("Lower for 3 seconds, lift for 1")."""
    m = TEMPO.search(text)
    if not m:
        return _explained(text)
    said = m.group(1) or m.group(2)
    counts = [1 if c.lower() == "x" else int(c) for c in re.findall(r"[\dxX]", said)]
    seconds = max(1, sum(counts))
    note = f'tempo "{said}": {seconds} s a rep'
    end = m.end() + next(re.finditer(r"[.!?](?:\s|$)|$", text[m.end() :])).start()  # "$" always matches
    rest = _TEMPO_PARTS.sub(" ", text[: m.start()] + " " + text[end:])
    return rest, Value(seconds, note)


__all__ = ["read_tempo"]
