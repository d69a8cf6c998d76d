"""Two signs that what the import holds as one exercise is only a piece of the article's structure
(signs for the confidence, ``confidence.exercise_doubts``):

- a name that says only where the exercises are done ("In bed or sitting", "Standing", "Lying
  down") or with what ("Kettlebell", "Dumbbells"): a section's heading over several exercises,
  read as one of them;
- an exercise with no name of its own ("Exercise 3", named by its place) whose text opens with
  "Then" or only doses what came before ("Repeat 3 times.", "Hold each stretch for 30 seconds",
  "Take 6 seconds to lower the heel"): a step or the dose of the exercise before, read as an
  exercise of its own (the one before then lacks it).
"""

from __future__ import annotations

import re

_PLACE = (
    r"(?:in |on )?(?:bed|a chair|sitting|seated|standing|lying(?: down)?|side[- ]lying|kneeling|supine|prone)"
)
# "Sitting", "In bed or sitting", "Standing / moving about" is no such name: it says a movement
_POSITION_ONLY = re.compile(rf"^{_PLACE}(?:\s*(?:,|or|and|/|&)\s*{_PLACE})*$", re.IGNORECASE)
_BY_PLACE = re.compile(r"^Exercise \d+$")  # the importer's name for an exercise with no name of its own
_THEN = re.compile(r"^\s*then\b", re.IGNORECASE)
# a sentence that doses what came before: "Repeat 3 times", "Do this 10 times", "Hold each stretch
# for 30 seconds", "Take 6 seconds to lower the heel"
_DOSE_OF_BEFORE = re.compile(
    r"^(?:(?:for|to get) [^,.!?]{0,25}?\s+|[^,.!?]{0,30},\s*)?(?:repeat\b|do (?:this|it|that|them|these|both)\b|"
    r"hold (?:each|every|it|this|that|them)\b|take \d+ seconds to\b)[^.!?]*[.!?]?$",
    re.IGNORECASE,
)


# "Kettlebell", "Dumbbells": the kit a section's exercises use, no exercise (a machine, "Bike", may be one)
_KIT_ONLY = re.compile(
    r"^(?:the |your )?(?:kettlebells?|dumbbells?|barbells?|(?:resistance |exercise )?bands?|free weights|weights|"
    r"medicine balls?|foam rollers?)$",
    re.IGNORECASE,
)


def position_only(name: str) -> bool:
    """The name says only a position or place ("In bed or sitting", "Standing") or the kit used
    ("Kettlebell"), no exercise: a section's heading."""
    bare = " ".join(re.sub(r"[^A-Za-z /&,-]", " ", name).split())
    return bool(_POSITION_ONLY.match(bare) or _KIT_ONLY.match(bare))


def _once(text: str) -> str:
    """A text said twice over (the how and the timing read from one place) once."""
    half = len(text) // 2
    return text[:half].strip() if text[:half].strip() == text[half:].strip() else text.strip()


def part_of_the_one_before(name: str, text: str, how: str = "") -> bool:
    """An exercise named by its place whose text opens with "Then" or only doses what came before."""
    if not _BY_PLACE.match(name.strip()):
        return False
    said = _once(text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", said) if s.strip()]
    opens_then = bool(_THEN.match(said) or _THEN.match(how))
    return opens_then or bool(sentences) and all(_DOSE_OF_BEFORE.match(s) for s in sentences)


__all__ = ["part_of_the_one_before", "position_only"]
