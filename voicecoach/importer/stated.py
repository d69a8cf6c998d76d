"""What the article states that the import did not read: doses no exercise took ("8 to 10
times" left in a paragraph the structure missed) and a number of exercises ("these 8 neck
exercises") the import does not have.  Signs for the confidence (``confidence.assess``)."""

from __future__ import annotations

import re

from .numbers import normalize
from .vocabulary import EXERCISE_UNITS, RATIO_WORDS

# "8 neck exercises", "these 4 activation drills" (not "for 5 minutes of exercises", "every 2 moves",
# "3 exercises a day")
_STATED = re.compile(
    r"(?<!\bof )(?<!\bevery )(?<!\bfor )\b([2-9]|[12]\d)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:exercises|stretches|moves|drills|poses|movements|stations)\b"
    r"(?!\s+(?:a|per|each|every)\s+(?:day|week))",
    re.IGNORECASE,
)


# A count or a time the article prescribes; minutes are left out (a session's length, "about 10
# minutes") and so are frequencies ("3 times a day", "10 reps daily") and ratios ("2 times as long").
_STATED_DOSE = re.compile(
    rf"\b\d+(?:\s*(?:to|or|-)\s*\d+)?\s*(?:[x×]\s*\d+|{EXERCISE_UNITS})\b"
    rf"(?!\s*(?:a|per|each|every)\s+(?:day|week))(?!\s+daily)(?!\s+{RATIO_WORDS})",
    re.IGNORECASE,
)


def unread_doses(article: str, read: list[str]) -> int:
    """How many doses the article states ("8 to 10 times", "hold 2 seconds") that are in none of
    the texts the exercises were read from: a sign of exercises the structure did not find."""
    said = " ".join(normalize(" ".join(read)).lower().split())
    return sum(
        " ".join(m.group(0).lower().split()) not in said for m in _STATED_DOSE.finditer(normalize(article))
    )


def miscounted(text: str, imported: int) -> bool:
    """The article states a number of exercises and the import has none of those numbers."""
    stated = {int(m.group(1)) for m in _STATED.finditer(normalize(text))}
    return bool(stated) and imported not in stated


__all__ = ["miscounted", "unread_doses"]
