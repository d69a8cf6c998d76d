"""Two ways of one exercise in one text, done one after the other ("Balance on your heels …
Switch to walking on your toes"): where the second way starts, and what to call each."""

from __future__ import annotations

import re

from .sides import find_sides

_I = re.IGNORECASE
# "Switch to walking on your toes": a second way of the same exercise ("move on to X" is the next one)
_VARIANT_START = re.compile(
    r"^(?:then\s+|now\s+|next,?\s+)?(?:switch|change|move(?!\s+on\s+to\b)|progress|repeat)\s+(?:over\s+)?"
    r"(?:to|on|with)\s+(?!(?:(?:the|your|each)\s+)?(?:(?:other|opposite|left|right|second|2nd)\b|breath|inhal|exhal|control|ease\b)"
    r"|alternat|both\b|each\b)",
    _I,
)
_ON_WHAT = re.compile(r"\bon\s+(?:your|the)\s+((?:\w+\s+)?(?:heels|toes|\w+))", _I)


_BACK_AND_FORTH = re.compile(
    r"\b(?:keep|continue|carry on)\s+(?:switching|swapping|alternating|changing)\b|\bback\s+and\s+forth\s+between\b",
    _I,
)


def split_variants(text: str) -> tuple[str, str] | None:
    """Text before and from a "Switch to walking on your toes" sentence, or None (also when the
    text keeps switching between the two: "Keep switching between the two for a minute")."""
    if _BACK_AND_FORTH.search(text):
        return None
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    for i, sentence in enumerate(sentences[1:], start=1):
        if _VARIANT_START.match(sentence) and not find_sides(sentence):
            return " ".join(sentences[:i]), " ".join(sentences[i:])
    return None


def variant_names(name: str, first: str, second: str) -> tuple[str, str]:
    """Names of two variants: "on your heels" / "on your toes", else from "Heel/Toe Walks"."""
    a, b = _ON_WHAT.search(first), _ON_WHAT.search(second)
    if a and b and a.group(1).lower() != b.group(1).lower():
        return a.group(1).lower(), b.group(1).lower()
    parts = re.split(r"\s*(?:/|\band\b|&)\s*", name, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0].split()[-1].lower(), parts[1].split()[0].lower()
    return "first way", "second way"


__all__ = ["split_variants", "variant_names"]
