"""A numbered list whose items are each one exercise, some given by a name only ("6. Butterflies",
"9. Forearm stretches (front and back)"), the others told as an instruction with no name ("1. Take
your neck forward and to both sides. Hold 15 seconds."): neither a list of names nor one of
unnamed exercises, but both at once."""

from __future__ import annotations

import re

from .blocks import Block, looks_like_exercise
from .furniture import is_furniture_heading, strip_markup
from .headings import DETECTORS, Heading
from .lists import CONTINUES, steps_of_one
from .vocabulary import EXERCISE_WORDS, IMPERATIVE

# What the text above the list calls its items ("## Some basic stretches for every session")
_CALLS_THEM = re.compile(r"\b(?:exercises|stretches|drills|moves|poses|movements|warm[- ]?ups?)\b", re.I)


def _whole(head: Heading) -> str:
    return strip_markup(
        f"{head.name} ({head.inline})" if head.name and head.inline else head.name or head.inline
    )


def _bare_name(head: Heading, below: list[str]) -> bool:
    """ "Butterflies", "Forearm stretches" (with a short gloss in brackets), nothing under it: a
    name and no instruction."""
    name = strip_markup(head.name or head.inline).strip()
    gloss = head.inline.strip() if head.name else ""
    return (
        bool(name)
        and not any(line.strip() for line in below)
        and len(name.split()) <= 4
        and not re.search(r"[.!?:;,]$|\byour\b", name, re.I)
        and not IMPERATIVE.match(name)
        and not is_furniture_heading(name)
        and (not gloss or (len(gloss.split()) <= 8 and not re.search(r"[.!?]$", gloss)))
    )


def _told(head: Heading) -> bool:
    """ "Take your neck forward and to both sides. Go slowly …": one or more sentences."""
    text = _whole(head).strip()
    return bool(re.search(r"[.!?]$|[.!?]\s+[A-Z]", text)) or len(text.split()) >= 8


def mixed_list(lines: list[str], bulleted: bool = False) -> list[Block]:
    """Each item of one numbered list (1, 2, 3 … with no restart, four or more) as an exercise,
    where two or more are bare names and two or more are instructions with no name, the
    instructions read as exercises (a movement or a dose) and the text above calls the items
    exercises or stretches, or half the names hold an exercise word. The named ones keep their
    names; the others are unnamed ("Exercise N" by their place). ``bulleted``: the list's bullets
    numbered in order, where no instruction may have a name (a dose-led item's, "2 laps of …")."""
    items = [(i, h) for i in range(len(lines)) if (h := DETECTORS["numbered"](lines[i])) is not None]
    numbers = [h.number for _, h in items]
    if len(items) < 4 or numbers != list(range(1, len(items) + 1)) or steps_of_one(lines):
        return []
    ends = [i for i, _ in items[1:]] + [items[-1][0] + 1]
    bare = [_bare_name(h, lines[i + 1 : end]) for (i, h), end in zip(items, ends, strict=True)]
    told = [not b and _told(h) for b, (_, h) in zip(bare, items, strict=True)]
    if bulleted and any(t and h.name for t, (_, h) in zip(told, items, strict=True)):
        return []  # "- 2 laps of the field … (mix in …)": named by its dose, a list of doses
    if any(bare[k] and told[k + 1] and told[k + 2] for k in range(len(items) - 2)):
        return []  # "- Neck Stretch:" over "- Sit up straight." "- Tilt your head …": a name over its steps
    if sum(bare) < 2 or sum(told) < 2 or sum(bare) + sum(told) < len(items):
        return []  # a name with its how under it: a list of named exercises, read as such
    section = next(
        (
            strip_markup(line).lstrip("#").strip()
            for line in reversed(lines[: items[0][0]])
            if line.startswith("#")
        ),
        "",
    )
    blocks = []
    for n, ((i, head), is_name) in enumerate(zip(items, bare, strict=True)):
        end = items[n + 1][0] if n + 1 < len(items) else i + 1
        if is_name:
            name = strip_markup(head.name or head.inline).strip()
            blocks.append(Block(name, [head.inline] if head.name and head.inline else [], i, section))
            continue
        body = [_whole(head), *(line for line in lines[i + 1 : end] if line.strip())]
        blocks.append(Block(f"Exercise {head.number}", body, i, section, unnamed=True))
    instructions = [b for b in blocks if b.unnamed]
    if sum(bool(CONTINUES.search(b.lines[0])) for b in instructions) >= 2:
        return []  # "2. Then …", "3. Keep going …": one exercise's steps
    if 2 * sum(looks_like_exercise(b, strict=True) for b in instructions) < len(instructions):
        return []
    above = [strip_markup(line) for line in lines[max(0, items[0][0] - 6) : items[0][0]] if line.strip()]
    names = [b.name for b in blocks if not b.unnamed]
    if not (
        any(_CALLS_THEM.search(line) for line in above[-3:])
        or 2 * sum(bool(EXERCISE_WORDS.search(x)) for x in names) >= len(names)
    ):
        return []
    return blocks


__all__ = ["mixed_list"]
