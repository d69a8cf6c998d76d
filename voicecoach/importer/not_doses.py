"""What reads as a dose but is none today: how often ("twice a day", "daily") and a progression
("build up to 20", "with more experience, stay for up to a minute") when the text gives today's
dose of its kind elsewhere (CONVENTIONS.md)."""

from __future__ import annotations

import re

from .timing import Text
from .vocabulary import FREQUENCY

# A caution's time limit: "Do not lie on your back for longer than three minutes"
_LIMIT = r"\b(?:do\s+not|don'?t|never|avoid)\b[^.;!]{0,50}?\b(?:longer|more)\s+than\s+(?:about\s+)?\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?)\b"


# How long the whole round takes: "a round takes 5-10 minutes", "the routine only lasts about 15
# minutes", "the whole session should take 20 minutes": the sum of the exercises, none's own time
_TOTAL_TIME = (
    r"\b(?:round|session|routine|workout|circuit|sequence|series|program(?:me)?|whole\s+thing)\s+"
    r"(?:only\s+|should\s+|will\s+|usually\s+|can\s+)?(?:takes?|lasts?)\s+(?:(?:only|just|about|around|"
    r"roughly|approximately|less\s+than|under)\s+){0,2}\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:minutes?|mins?|hours?)\b"
)


# What one rep is: "That is one rep", "this counts as 1 repetition": a definition, not a count of 1
_ONE_REP_IS = (
    r"\b(?:that|this|which|it)(?:'s|’s|\s+is|\s+was|\s+counts\s+as|\s+equals|\s+makes)\s+(?:one|1)\s+"
    r"(?:full\s+|complete\s+|single\s+)?(?:rep|repetition)\b"
)


# A sum worked out: "40x40=1600!", "4 x 400 = 1600 m": a calculation's numbers, not sets of reps
_WORKED_SUM = (
    r"\b\d+\s*[x×*]\s*\d+\s*=\s*\d+\b(?!\s*(?:reps?|repetitions|times|sets?|seconds?|secs?|minutes?|mins?)\b)"
)


def drop_frequency(text: Text) -> None:
    """ "twice a day", "daily", "every morning" say how often, not how many; a caution's limit
    ("do not lie on your back for longer than 3 minutes") is no dose either, nor the time a whole
    round takes ("a round takes 5-10 minutes"), nor what one rep is ("that is one rep")."""
    text.take(FREQUENCY)
    text.take(_LIMIT)
    text.take(_TOTAL_TIME)
    text.take(_ONE_REP_IS)
    text.take(_WORKED_SUM)


# A progression or a ceiling, from its marker to the end of the clause: "adding repetitions over time up to 20",
# "with more experience, stay for up to a minute", "to take the exercise further, do 2-3 sets"
PROGRESSION = (
    r"\b(?:with\s+(?:more\s+)?(?:experience|practice)|as\s+you\s+(?:get|become|grow)\s+(?:stronger|fitter|better|steadier)|"
    r"over\s+time|build(?:ing)?\s+(?:up\s+)?to|work(?:ing)?\s+up\s+to|progress(?:ing)?\s+to|"
    r"(?:to\s+)?take\s+(?:it|this|the\s+exercise)\s+further|"
    # a ceiling of a count ("no more than 10 repetitions") is no more today's count; one of a time
    # ("a short squeeze lasts no more than 2 seconds") is the time
    r"(?:(?:no|not)\s+more\s+than|(?:up\s+to\s+a\s+)?max(?:imum)?(?:\s+of)?\s*[=:]?)(?=\s*\d+\s*(?:reps?|repetitions|times)\b))\b[^.;]*"
)


_KIND_UNITS = {
    "count": r"(?:reps?|repetitions|times|sets?|rounds?)",
    "time": r"(?:seconds?|secs?|minutes?|mins?|breaths?)",
}


def drop_progressions(text: Text) -> None:
    """A progression is not today's dose (CONVENTIONS.md): "build up to 20" and the like, when
    the text gives today's dose of that kind elsewhere ("work up to 10 reps" alone is the count)."""
    for m in list(re.finditer(PROGRESSION, text.text, re.IGNORECASE)):
        rest = text.text[: m.start()] + " " + text.text[m.end() :]
        kinds = [k for k, unit in _KIND_UNITS.items() if re.search(rf"\b{unit}\b", m.group(0), re.I)] or [
            "count"
        ]
        if re.search(r"\d", m.group(0)) and all(
            re.search(rf"\d\s*{_KIND_UNITS[k]}\b", rest, re.I) for k in kinds
        ):
            text.take(re.escape(m.group(0)), True)


__all__ = ["drop_frequency", "drop_progressions", "PROGRESSION"]
