"""Where an exercise puts the body (lying, sitting, kneeling, standing), read from its
words; shared by the compiler (more set-up time on a change) and the review (which checks
it). The words are each phrase table's ``_positions`` (every language's, so a German word in
an English routine is read too); the earliest found wins: "Kneel and sit back on your
heels" is kneeling."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

POSITIONS = ("lying", "sitting", "kneeling", "standing")


@lru_cache(maxsize=1)
def position_words() -> tuple[tuple[str, str], ...]:
    """(word, position) from every phrase table; matched inside " " + text + " ", so a
    leading or trailing space marks a word edge."""
    from voicecoach.phrases import Phrases, available_languages
    pairs = []
    for language in available_languages():
        table = Phrases(language).table.get("_positions", {})
        pairs += [(word.lower(), position) for position in POSITIONS for word in table.get(position, [])]
    return tuple(pairs)


def position_of(text: Optional[str]) -> Optional[str]:
    """The body position ``text`` puts a person in, or None when it names none."""
    if not text:
        return None
    low = " " + " ".join(text.lower().split()) + " "
    found = [(low.find(word), position) for word, position in position_words() if word in low]
    return min(found)[1] if found else None


def exercise_position(ex) -> Optional[str]:
    """Where ``ex`` puts the body: its ``position`` (when the model has that key and it is
    set), else read from its instructions, then its name (None when they name none)."""
    explicit = getattr(ex, "position", None)
    if explicit:
        return explicit
    return position_of(ex.how) or position_of(ex.name)
