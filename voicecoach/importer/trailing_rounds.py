"""Rounds said once after the last exercise: "Do 2-3 rounds." or "Repeat 3 times." as a paragraph
of its own after a list whose exercises each give a dose is the whole list again (a routine
``circuit`` with ``rounds``), not the last exercise's sets."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import has_dose
from .circuit import SessionDose
from .numbers import normalize
from .paragraph_lists import alone
from .timing import count_value
from .vocabulary import NUM

_I = re.IGNORECASE


# "Do 2-3 rounds." as its own paragraph after the last exercise: rounds of the whole list
_TRAILING_ROUNDS = re.compile(
    r"^\W*(?:then\s+)?(?:do|complete|perform|repeat(?:\s+(?:this|these|them|it|all))?(?:\s+for)?)\s+"
    rf"(?:a\s+total\s+of\s+)?{NUM}\s*(more\s+)?rounds?\W*$",
    _I,
)


# "Repeat 3 times." / "Go through this twice." / "Repeat x3" as its own paragraph after a list whose
# exercises each give a dose, the last one a count: the whole list again, not the last one's sets
_TRAILING_REPEAT = re.compile(
    r"^\W*(?:then\s+)?(?:repeat|go\s+through|do|complete)\s+(?:(?:this|these|them|it|all|everything|"
    r"the\s+(?:list|lot|above|set))\s+)?(?:[x×]\s*(\d+)()|(\d+)\s*(more\s+)?times)\W*$",
    _I,
)


_COUNTED = re.compile(r"\b\d+\s*(?:reps?|repetitions|times|sets?)\b|\d\s*[x×]|[x×]\s*\d", _I)


def _repeat_rounds(blocks: list, said: str) -> int:
    """Rounds from a trailing "Repeat 3 times" when every exercise gives its own dose, the last
    one a count (else it is the last one's count: "Hold for 5 seconds. ¶ Repeat 10 times."); 0
    when it says none."""
    m = _TRAILING_REPEAT.match(normalize(said.strip(" -*•")))
    last = "\n".join(line for line in blocks[-1].lines if line.strip() != said.strip())
    if not m or not _COUNTED.search(normalize(last)) or not all(has_dose(b.text()) for b in blocks[:-1]):
        return 0  # "Hold for 5 seconds. ¶ Repeat 10 times." is the last one's count
    return int(m.group(1) or m.group(3)) + (1 if m.group(4) else 0)


def trailing_rounds(blocks: list, session: SessionDose) -> SessionDose:
    """A paragraph of its own after the last of several exercises that says only "Do 2-3
    rounds", or "Repeat 3 times" after exercises that each give a dose: rounds of the whole
    list (taken out of the last exercise's lines), not its sets."""
    if len(blocks) < 2 or session.rounds is not None:
        return session
    lines = blocks[-1].lines
    filled = [i for i, line in enumerate(lines) if line.strip()]
    # its own paragraph after the exercise's text, perhaps before the article's closing words
    # ("Repeat for 4 more rounds. ¶ It really is that simple …")
    for i in filled[1:]:
        if not alone(lines, i):
            continue
        said = normalize(lines[i].strip(" -*•"))
        m = _TRAILING_ROUNDS.match(said)
        last = i == filled[-1]
        rounds = (
            int(count_value(m, 1).number) + bool(m.group(3))  # "2 more rounds": 3 in all
            if m
            else _repeat_rounds(blocks, lines[i])
            if last
            else 0
        )
        if rounds >= 2:
            break
    else:
        return session
    said = lines[i].strip()
    lines[i] = ""
    return replace(
        session,
        rounds=rounds,
        notes=(*session.notes, f'the whole circuit {rounds} rounds (article: "{said}")'),
    )


__all__ = ["trailing_rounds"]
