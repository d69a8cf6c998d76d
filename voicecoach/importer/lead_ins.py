"""Exercises the introduction tells the reader to start with, named inside a sentence before the
listed ones: "Start with 50 jumping jacks to get the blood going.", "Spend 5-10 minutes on the Sun
Salutation to lift your heart rate." (a timed warm-up activity, "5 minutes easy jog, then:", is
``session_parts.with_lead_in_activity``'s)."""

from __future__ import annotations

import re

from .blocks import Block
from .furniture import strip_markup
from .vocabulary import EXERCISE_WORDS, HOW_OFTEN_WORDS, SESSION_PART

_WORDS = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?"
# "Start with 50 jumping jacks", "Begin with 20 star jumps", "Warm up with 30 skips"
_COUNTED = re.compile(
    rf"^(?:start|begin|warm\s+up|kick\s+off)\s+(?:off\s+)?(?:with|by\s+doing)\s+(\d+)\s+"
    r"(?!(?:minutes?|mins?|seconds?|secs?|hours?|sets?|rounds?|laps?|times|reps?|metres|meters|yards|km|miles)\b)"
    rf"({_WORDS})"
    r"(?=\s+(?:to|for|so|as|before|and\s+then|then)\b|\s*[,.!;]|$)",
    re.IGNORECASE,
)
# "Spend 5-10 minutes on the Sun Salutation", "Spend two minutes doing arm circles"
_SPENT = re.compile(
    r"^(?:then\s+|next,?\s+)?spend\s+(?:about\s+|around\s+)?(\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:minutes?|mins?|seconds?|secs?))"
    rf"\s+(?:on|doing)\s+(?:the\s+|a\s+|some\s+|your\s+)?({_WORDS})"
    r"(?=\s+(?:to|for|so|as|before|and\s+then|then)\b|\s*[,.!;]|$)",
    re.IGNORECASE,
)


def _named(name: str) -> bool:
    """An exercise's name: an exercise word ("jumping jacks") or a proper name ("Sun Salutation")."""
    return bool(EXERCISE_WORDS.search(name)) or all(w[:1].isupper() for w in name.split())


def with_named_lead_ins(best: list[Block], lines: list[str]) -> list[Block]:
    """The listed exercises (two or more) with, before them in the text's order, the exercises
    the introduction's sentences start with or spend a time on, each with its sentence."""
    if len(best) < 2 or any(SESSION_PART.match(b.name) for b in best):
        return best
    known = {b.name.lower() for b in best}
    leads = []
    for i, line in enumerate(lines[: best[0].start]):
        text = strip_markup(line).strip()
        if text.startswith("#"):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            m = _COUNTED.match(sentence) or _SPENT.match(sentence)
            if m is None or HOW_OFTEN_WORDS.search(sentence) or not _named(m.group(2)):
                continue
            name = m.group(2)[:1].upper() + m.group(2)[1:]
            if name.lower() not in known:
                known.add(name.lower())
                leads.append(Block(name, [sentence], i))
    return [*leads, *best]


__all__ = ["with_named_lead_ins"]
