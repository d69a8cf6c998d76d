"""A printed sheet's blanks: a dose left for the therapist to write in ("Repeat ____ times") and a
question the patient answers on the sheet ("How many seconds can you hold this? _____")."""

from __future__ import annotations

import re

# A blank to fill in on a printed sheet: "_____", "………", ". . . . . ."
_FILL_IN = re.compile(r"_{3,}|…{2,}|(?:\.\s?){6,}")


# A dose left blank for the therapist to write in: "Repeat ____ times", "Hold …… seconds", "Sets: ___"
_BLANK_DOSE = re.compile(
    r"(?:_{3,}|…{2,}|(?:\.\s?){6,})\s*(?:times|reps?|repetitions|seconds?|secs?|minutes?|mins?|sets?|breaths)\b|"
    r"\b(?:reps?|repetitions|sets?|hold|repeat)\s*:?\s*(?:_{3,}|…{2,}|(?:\.\s?){6,})",
    re.IGNORECASE,
)


def blank_doses(text: str) -> int:
    """How many doses the text leaves blank to be filled in ("Repeat ____ times, ____ times a day"
    is one: how often is no dose)."""
    return sum(
        1
        for m in _BLANK_DOSE.finditer(text)
        if not re.match(r"\s*(?:a|per|each|every)\s+(?:day|week)", text[m.end() : m.end() + 12], re.I)
    )


# "Repeat _____ times", "Do ……… repetitions": a count left blank (the blank may come as one "_"), so
# the default count of reps
_BLANK_COUNT = re.compile(
    r"\b(?:repeat|do|perform)\s*(?:_+|…{2,}|(?:\.\s?){6,})\s*(?:times|reps?|repetitions)\b", re.IGNORECASE
)


def blank_count(text: str) -> bool:
    """The text counts its reps on a blank ("Repeat ____ times"): counted, the number not given."""
    return bool(_BLANK_COUNT.search(text))


def is_fill_in_prompt(line: str) -> bool:
    """A question or label the patient answers on the sheet ("How many seconds can you hold this
    position for? _____", "Date started: ……"): a record to keep, neither text nor a dose."""
    if "___" not in line and "……" not in line and line.count(".") < 6:
        return False  # no blank can be there: the search below is most of this test's time
    blank = _FILL_IN.search(line)
    if not blank:
        return False
    asked = line[: blank.start()].strip(" *-•\t")  # a unit may follow the blank: "… for? ____ seconds"
    return asked.endswith(("?", ":")) and len(asked.split()) <= 20


__all__ = ["blank_count", "blank_doses", "is_fill_in_prompt"]
