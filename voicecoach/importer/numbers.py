"""Number words and idioms -> digits, so the timing rules only see digits.

``normalize("Hold for five seconds, repeat twice")`` gives
``"Hold for 5 seconds, repeat 2 times"``.  Spelled numbers go through the
maintained ``text2num`` library (``alpha2digit``); the idioms it does not know
("twice", "a minute", "one and a half", "a couple of", "fifteen-twenty") are
rewritten around it.  The result is for parsing only, never shown to the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from text_to_num import alpha2digit

UNITS_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()  # UNITS_WORDS[n - 1] spells n
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
_NUMBER_WORDS = set(UNITS_WORDS) | set(_TENS_WORDS)
_NOT_A_TIME_AFTER = r"(?!\s+(?:set|round|time|rep|side|leg|foot|arm|hand|variation|position|exercise))"
# "a second" then a thing ("a second chair", "a second job", "a second 200 m run") is the ordinal;
# then a time's own words ("for a second, then", "a second or two", "a second at the top") the time
_ORDINAL_AFTER = (
    r"(?=[ \t]+(?!(?:or|and|then|to|at|in|on|of|for|from|before|after|between|while|until|as|so|longer|more|less|each|"
    r"per|every|there|here|with|when|if|is|it|you|your|the|this|that|pause|hold|rest|break|later|only|now)\b)[a-z\d])"
)

# What re.IGNORECASE also matches to an ASCII letter but str.lower() leaves apart
_CASELESS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def _caseless(text: str) -> str:
    """``text`` as re.IGNORECASE compares it with ASCII words (translate only when needed: slow)."""
    if "ſ" in text or "ı" in text or "İ" in text:
        text = text.translate(_CASELESS)
    return text.lower()


def _second(match: re.Match[str]) -> str:
    """ "5 second", "five-second" -> "5 sec", "five-sec"; other words before "second" stay (a
    word, then a test, is 5x faster than the pattern listing every number word)."""
    word = match.group(1)
    if word.isdecimal() or _caseless(word) in _NUMBER_WORDS:
        return f"{word}{match.group(2)}sec"
    return match.group(0)


Replacement = str | Callable[[re.Match[str]], str]
# (pattern, replacement, words): applied in order, case-insensitively, before alpha2digit; each
# runs only on a text holding one of its words (every match holds one), as most sentences hold none.
_IDIOMS_BEFORE: list[tuple[str, Replacement, tuple[str, ...]]] = [
    (r"\bhalf an? (minute|min)\b", "30 seconds", ("half a",)),
    (r"\ba half[- ](minute|min)\b", "30 seconds", ("a half",)),
    (r"\ban? (minute|hour) and a half\b", r"1.5 \1s", (" and a half",)),
    (r"\ba second\b" + _ORDINAL_AFTER, "a 2nd", ("second",)),  # "a second chair": the ordinal
    (r"\ba (?:full |whole |good )?(minute|second)\b" + _NOT_A_TIME_AFTER, r"1 \1", ("minute", "second")),
    (r"\ban hour\b", "1 hour", ("an hour",)),
    (r"\b(\w+)([ -])second\b", _second, ("second",)),  # "five-second": a length, no count
    (r"\btwice\b", "2 times", ("twice",)),
    (r"\bthrice\b", "3 times", ("thrice",)),
    (r"\bonce more\b", "1 more time", ("once more",)),
    (r"\b(repeat|do|perform)((?: it| this| the \w+)?) once\b", r"\1\2 1 time", (" once",)),
    (r"\ba couple(?: of)?\b", "2", ("a couple",)),
    (
        r"\b(each|this|that|every|which|the other|another|the next|the same|the first|the last) one\b",
        r"\1 item",
        (" one",),
    ),  # a pronoun, not a count
    (r"\ba dozen\b", "12", ("a dozen",)),
]
_IDIOMS_AFTER: list[tuple[str, Replacement, tuple[str, ...]]] = [
    (r"\b(\d+) and a half\b", lambda m: f"{m.group(1)}.5", (" and a half",)),
    (r"\b(\d+)\s*(?:½)", lambda m: f"{m.group(1)}.5", ("½",)),
    (r"(?<=\d) ?(?<!\*)\*(?!\*) ?(?=\d)", " x ", ("*",)),  # "3*15 repetitions": a star for times
    (r"(?<![\d/])\b(\d+)\s*/\s*\1\b(?![/\d])", r"\1 on each side", ("/",)),  # "5/5": five with each side
    (
        r"\b(count(?:ing|s)?)\s+(?:from\s+)?1\s+(?:to|through|until)\s+(\d+)\b",
        r"\1 to \2",
        ("count",),
    ),  # counting up: no range
    (r"\bea\.?\s+(?=(?:side|leg|arm|foot|hand|way|direction)s?\b)", "each ", ("ea",)),  # "10 ea. side"
    (
        r"\b(\d+)\s+(?:full|whole|complete|good)\s+(?=(?:seconds?|minutes?)\b)",
        r"\1 ",
        ("full", "whole", "complete", "good"),
    ),  # "1 full minute"
]
_IDIOMS = [
    [(re.compile(pattern, re.IGNORECASE), repl, words) for pattern, repl, words in idioms]
    for idioms in (_IDIOMS_BEFORE, _IDIOMS_AFTER)
]


def _idioms(text: str, idioms: list[tuple[re.Pattern[str], Replacement, tuple[str, ...]]]) -> str:
    """``text`` with each idiom replaced in turn; an idiom none of whose words ``text`` holds
    (compared caselessly, as its pattern) cannot match, and is not run."""
    caseless = _caseless(text)
    for pattern, repl, words in idioms:
        if any(word in caseless for word in words):
            replaced = pattern.sub(repl, text)
            if replaced != text:
                text, caseless = replaced, _caseless(replaced)
    return text


# A seconds mark ('30"', "30''", "30″", "1'30\""), a clock time ("0:30", "1:15") and a bare ":30"
# said as a time; not inches ('a 12" box', '6" off the floor', 'beat them 6-8" up and down') nor a number
# closing a quotation
_MARK = r"(?:\"|''|″|”|’’)"
_MIN_SEC_MARK = re.compile(rf"\b(\d{{1,2}})\s*['’′]\s*([0-5]?\d)\s*{_MARK}")
_SEC_MARK = re.compile(rf"\b(\d+(?:\s*(?:-|–|to)\s*\d+)?)\s*{_MARK}")
_INCHES_AFTER = re.compile(
    r"\s*(?:high|tall|wide|long|deep|apart|away|thick|step|diameter|above|below|in front|off the|from|inch|"
    r"(?:[a-z]+\s+)?(?:box|bench|block|platform|ball|band|roller|dowel|stick|cone|hurdle)s?\b|"
    r"(?:up|down|higher|lower|forwards?|upwards?|downwards?|further|farther|towards?)\b)",  # '6-8" up and down'
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?<![\d:.,])(?<!\bat )\b(\d{1,2}):([0-5]\d)\b(?![:.]?\d)(?!\s*(?:a\.?m|p\.?m)\b)", re.I)
_BARE_CLOCK = re.compile(r"(?<![\w:]):([0-5]\d)\b(?![:.]?\d)")


def _closes_quote(line: str) -> bool:
    """A straight or curly double quote opened before and not closed: a mark here closes it."""
    line = re.sub(rf"\d\s*{_MARK}", "", line)  # an earlier mark after a number opened nothing
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _seconds_mark(match: re.Match[str]) -> str:
    before = match.string[match.string.rfind("\n", 0, match.start()) + 1 : match.start()]
    if _closes_quote(before) or re.search(r"\b(?:an?|the)\s*$", before, re.I):
        return match.group(0)  # 'say "one"', 'a 12" box'
    if _INCHES_AFTER.match(match.string, match.end()):
        return match.group(0)
    return f"{match.group(1)} seconds"


# "1 min 30 s", "1m30s", "1 minute and 30 seconds": one time in two units
_MIN_AND_SEC = re.compile(
    r"\b(\d{1,2})(?:\s*(?:minutes?|mins?)\s*(?:and\s+)?|m(?=\d))([0-5]?\d)\s*(?:seconds?|secs?|s)\b",  # not "50 m 20 s"
    re.IGNORECASE,
)


def time_marks(text: str) -> str:
    """'30"' -> "30 seconds", "1'30\"" -> "90 seconds", "0:45" -> "45 seconds", ":30" -> "30 seconds",
    "1 min 30 s" -> "90 seconds"."""
    text = _MIN_AND_SEC.sub(lambda m: f"{60 * int(m.group(1)) + int(m.group(2))} seconds", text)
    if any(mark in text for mark in "\"'″”’′"):  # every mark holds one of these
        text = _MIN_SEC_MARK.sub(lambda m: f"{60 * int(m.group(1)) + int(m.group(2))} seconds", text)
        text = _SEC_MARK.sub(_seconds_mark, text)
    if ":" not in text:
        return text
    text = _CLOCK.sub(lambda m: f"{60 * int(m.group(1)) + int(m.group(2))} seconds", text)
    return _BARE_CLOCK.sub(r"\1 seconds", text)


_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b", re.IGNORECASE)
_DIGIT_RANGE = re.compile(r"(\d)\s*[–—-]\s*(\d)")
# Three or more numbers joined by dashes are no range: a work-rest-work pattern ("20-10-20"), a
# ladder ("1-2-3-2-1"), a tempo ("3-1-1"), a date ("12-07-2026")
_NUMBER_CHAIN = re.compile(r"\d+(?:\s*[–—-]\s*\d+){2,}")


def _ranges(text: str) -> str:
    """ "8-12" -> "8 to 12", outside chains of three or more numbers."""
    if not any(dash in text for dash in "-–—"):
        return text
    out, last = [], 0
    for chain in _NUMBER_CHAIN.finditer(text):
        out += [_DIGIT_RANGE.sub(r"\1 to \2", text[last : chain.start()]), chain.group(0)]
        last = chain.end()
    return "".join([*out, _DIGIT_RANGE.sub(r"\1 to \2", text[last:])])


def _hyphen(match: re.Match) -> str:
    """``fifteen-twenty`` -> ``fifteen to twenty``; ``five-second`` -> ``five second``."""
    first, second = match.group(1), match.group(2)
    lo_first, lo_second = first.lower(), second.lower()
    if lo_first in _NUMBER_WORDS and lo_second in _NUMBER_WORDS:
        if lo_first in _TENS_WORDS and lo_second in UNITS_WORDS[:9]:
            return f"{first} {second}"  # twenty-five: one number
        return f"{first} to {second}"  # fifteen-twenty: a range
    if lo_first in _NUMBER_WORDS:
        return f"{first} {second}"
    return match.group(0)


@lru_cache(maxsize=8192)  # the same sentences are normalized by several readers of one article
def normalize(text: str) -> str:
    """Return ``text`` with spelled numbers and number idioms as digits (pure: cached)."""
    out = _HYPHENATED.sub(_hyphen, text) if "-" in text else text
    out = _convert_words(_idioms(out, _IDIOMS[0]))
    return _ranges(time_marks(_idioms(out, _IDIOMS[1])))


def _convert_words(text: str) -> str:
    """Spelled numbers -> digits through text2num, line by line (it keeps punctuation)."""
    return "\n".join(
        alpha2digit(line, "en", threshold=0) if line.strip() else line for line in text.split("\n")
    )


# A count spelled before its unit ("three minutes jogging", "Eight repetitions floor to ceiling")
_SPELLED_COUNT = re.compile(
    rf"\b((?:{'|'.join(_TENS_WORDS[:-1])})(?:[- ](?:{'|'.join(UNITS_WORDS[:9])}))?|{'|'.join(UNITS_WORDS)})"
    r"(?=\s+(?:seconds?|secs?|minutes?|mins?|reps?|repetitions|times|sets?|breaths|rounds)\b)",
    re.IGNORECASE,
)


def _count_value(spelled: str) -> int:
    words = re.split(r"[- ]", spelled.lower())
    tens = (_TENS_WORDS.index(words[0]) + 2) * 10 if words[0] in _TENS_WORDS else 0
    return tens + (UNITS_WORDS.index(words[-1]) + 1 if words[-1] in UNITS_WORDS else 0)


# Sets to failure written as a sets x reps product: "3 x max", "3 x AMRAP", "3 x as many reps as possible"
_SETS_TO_FAILURE = re.compile(
    r"\b(\d+)\s*[x×]\s*(?:max(?:imum)?(?:\s+reps)?|amrap|as\s+many(?:\s+reps)?\s+as\s+(?:possible|you\s+can))\b",
    re.IGNORECASE,
)


# A unit abbreviated with a full stop inside a line ("30 sec. jumping jacks", "2 min. set rest",
# "5-10 min. of stretching"), and "ea." for each: the stop is the abbreviation's, not a sentence end
_ABBREVIATED_UNIT = re.compile(r"(?<=\d)(\s*(?i:secs?|mins?|hrs?))\.(?=[ \t]+[a-z(])")
_EACH_ABBREVIATED = re.compile(r"(?<=\s)ea\.(?=[ \t]+[a-z])")


def spelled_counts(text: str) -> str:
    """``text`` with a count spelled before its unit in digits ("three minutes jogging" -> "3
    minutes jogging"), so a line led by a dose reads as one however the number is written, and sets
    to failure spelled as sets ("3 x max" -> "3 sets of as many reps as you can"); other spelled
    numbers are left to ``normalize``."""
    text = _SETS_TO_FAILURE.sub(r"\1 sets of as many reps as you can", text)
    text = _ABBREVIATED_UNIT.sub(r"\1", text)  # "30 sec. plank hold": no sentence ends at the unit
    text = _EACH_ABBREVIATED.sub("each", text)  # "10 front lunges ea. leg"
    return _SPELLED_COUNT.sub(lambda m: str(_count_value(m.group(1))), text)


def to_number(text: str) -> float:
    """``"10"`` -> 10, ``"1.5"`` -> 1.5 (ints stay ints)."""
    value = float(text)
    return int(value) if value.is_integer() else value


__all__ = ["normalize", "spelled_counts", "to_number", "time_marks", "UNITS_WORDS"]
