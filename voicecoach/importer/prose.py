"""Exercises named only inside running prose ("they did 10 sit ups at a time … then burpees and
a plank"): a school newsletter or a diary-like post with no headings, lists or doses laid out.
The last reading before an article is refused: only well-known exercise names count."""

from __future__ import annotations

import re

from .blocks import Block
from .furniture import strip_markup

# Well-known exercises, by a name common to many publishers (plural, hyphen and space tolerant)
_KNOWN = (
    r"sit[- ]?ups?|press[- ]?ups?|push[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|burpees?|mountain climbers?|"
    r"side planks?|planks?|star jumps?|jumping jacks?|squat jumps?|tuck jumps?|squats?|lunges?|"
    r"bicycle crunch(?:es)?|crunch(?:es)?|high knees|butt kicks|wall sits?|step[- ]?ups?|"
    r"tricep(?:s)? dips?|glute bridges?|calf raises?|leg raises?|russian twists?|bear crawls?|"
    r"crab walks?|inchworms?|shuttle runs?|skipping"
)
_MENTION = re.compile(rf"\b(?:{_KNOWN})\b", re.IGNORECASE)
# A sentence about warming up or cooling down: what it names is not the session's exercises
_WARM_UP = re.compile(r"\b(?:warm(?:ed|ing)?[- ]?up|cool(?:ed|ing)?[- ]?down)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def _key(name: str) -> str:
    return re.sub(r"[- ]|e?s$", "", name.lower())


def prose_mentions(lines: list[str]) -> list[Block]:
    """Each well-known exercise named in the article's sentences, once, in the order first named;
    a sentence naming only one gives it its words (its dose: "did 10 sit ups at a time"). Fewer
    than two names: none (one word in a story is no routine)."""
    found: dict[str, Block] = {}
    for i, line in enumerate(lines):
        for sentence in _SENTENCE.findall(strip_markup(line)):
            names = [m.group(0) for m in _MENTION.finditer(sentence)]
            if not names or _WARM_UP.search(sentence):
                continue
            alone = len({_key(n) for n in names}) == 1
            for m in _MENTION.finditer(sentence):
                if _key(m.group(0)) not in found:
                    count = re.search(r"\b(\d+)\s+$", sentence[: m.start()])  # "did 10 sit ups"
                    body = [f"{count[1]} times." if count else "", sentence.strip()] if alone else []
                    found[_key(m.group(0))] = Block(m.group(0)[:1].upper() + m.group(0)[1:].lower(), body, i)
    return list(found.values()) if len(found) >= 2 else []


__all__ = ["prose_mentions"]
