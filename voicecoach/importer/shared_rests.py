"""The rests in a dose stated once for every exercise: the rest between sets ("Take 2 minutes
between each set") given to each exercise done in sets, and the rest between exercises (the
session's, not an exercise's) taken out of what each exercise adds from the shared text."""

from __future__ import annotations

import re

from .families import read_timing
from .numbers import normalize
from .timing import Value

# The clause of a rest between sets: "Take 2 minutes between each set.", ", resting 30 s between sets"
_BETWEEN_SETS = re.compile(
    r"(?:(?<=[,;])|^|(?<=[.!?])\s)[^.;!?,]*\bbetween\s+(?:each\s+|the\s+|all\s+|your\s+)?sets?\b[^.;!?,]*[.;!?]?",
    re.I,
)


# "… between sets and about 2 minutes of rest between exercises": the second rest is the session's
_BETWEEN_EXERCISES = re.compile(
    r"\b(?:and|but|with|then)\b[^.;!?]*\bbetween\s+(?:each\s+|the\s+|all\s+|your\s+)?"
    r"(?:exercises?|stations?|moves?|movements?|drills?|rounds?|circuits?)\b[^.;!?]*",
    re.I,
)


def set_rest_of(shared: str) -> tuple[str, Value | None]:
    """The shared text without its rest-between-sets sentence, and that rest (None if none)."""
    text = normalize(shared) if shared else ""
    m = _BETWEEN_SETS.search(text)
    if not m:
        return shared, None
    said = read_timing(_BETWEEN_EXERCISES.sub("", m.group(0)))
    rest = said.rest or said.duration
    return (text[: m.start()] + text[m.end() :]).strip(), rest


# "10 seconds of rest for 8 rounds of each exercise": the rest comes between one exercise's rounds
_ROUNDS_OF_EACH = re.compile(r"\b\d+\s*(?:rounds?|sets?)\s+(?:of|for)\s+(?:each|every)\b", re.I)


def without_rest(shared: str) -> str:
    """The shared dose without its rest between exercises (a session setting, not a set rest),
    unless it gives each exercise its rounds: then the rest is between those rounds."""
    text = normalize(shared)
    if _ROUNDS_OF_EACH.search(text):
        return text
    text = re.sub(
        r"\b(?:with\s+)?(?:an?\s+)?\d+(?:\.\d+)?[\s-]*(?:seconds?|secs?|s|minutes?)\s+(?:of\s+)?"
        r"(?:rest|break|recovery|pause)\b[^.;]*",
        " ",
        text,
        flags=re.I,
    )
    return re.sub(
        r"\b(?:rest|break|recover)\w*\s+(?:for\s+)?\d+\s*(?:seconds?|secs?|s)\b[^.;]*", " ", text, flags=re.I
    )


__all__ = ["set_rest_of", "without_rest"]
