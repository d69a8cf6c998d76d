"""What the article states that the import did not read: doses no exercise took ("8 to 10
times" left in a paragraph the structure missed) and a number of exercises ("these 8 neck
exercises") the import does not have.  Signs for the confidence (``confidence.assess``)."""

from __future__ import annotations

import re

from .furniture import is_furniture_heading
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


# A clock time ("Mon-Thu 8:00-5:00", "9.30 am"): opening hours, which ``normalize`` would read as m:ss
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|(?:-|–|to)\s*\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\b\.?)?)",
    re.IGNORECASE,
)
_UNIT_KIND = {"s": "s", "r": "rep", "t": "rep", "b": "breath"}  # seconds, reps/times, breaths


def _dose_key(dose: str) -> str:
    """A dose as compared across spellings: "40sec" and "40 seconds" alike, "8 to 10 times" and
    "8 reps" alike, "3 x 10" as it is."""
    number = re.match(r"\d+", dose)
    unit = re.search(r"[a-z×]+$", dose.lower())
    if "x" in dose.lower() or "×" in dose or not number or not unit:
        return " ".join(re.sub(r"\s*[x×]\s*", " x ", dose.lower()).split())
    word = unit.group(0)
    kind = (
        "set"
        if word.startswith("set")
        else "round"
        if word.startswith("round")
        else _UNIT_KIND.get(word[0], word)
    )
    return f"{number.group(0)} {kind}"


def unread_doses(article: str, read: list[str]) -> int:
    """How many doses the article states ("8 to 10 times", "hold 2 seconds") that are in none of
    the texts the exercises were read from, however spelled ("40sec" is read as "40 seconds"),
    each dose once (a table's rest column says "20sec" on every row): a sign of exercises the
    structure did not find."""
    said = {_dose_key(m.group(0)) for m in _STATED_DOSE.finditer(normalize(" ".join(read)))}
    stated = normalize(_CLOCK.sub(" ", article))
    return len({_dose_key(m.group(0)) for m in _STATED_DOSE.finditer(stated)} - said)


_LINK = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)")


_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def _outside_furniture(text: str) -> str:
    """The text without its furniture sections ("## More sequences" over "5 Poses Before Bed"):
    another page's title there states no count of this one's exercises."""
    kept, level = [], 0
    for line in text.split("\n"):
        head = _MARKDOWN_HEADING.match(line)
        if head and (not level or len(head.group(1)) <= level):
            level = (
                len(head.group(1)) if len(head.group(1)) > 1 and is_furniture_heading(head.group(2)) else 0
            )
        if not level:
            kept.append(line)
    return "\n".join(kept)


def miscounted(text: str, imported: int) -> bool:
    """The article states a number of exercises and the import has none of those numbers (a
    link's text, a related page's title, states none)."""
    said = _LINK.sub(" ", _outside_furniture(text))  # "[10 Hand Exercises …](…)": another page's count
    stated = {int(m.group(1)) for m in _STATED.finditer(normalize(said))}
    return bool(stated) and imported not in stated


__all__ = ["miscounted", "unread_doses"]
