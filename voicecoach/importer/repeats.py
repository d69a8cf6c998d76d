"""Counts said as repeats: "repeat 10 times", "two more times" (3 in all), "then the other way
10 times" (the same count reversed, not sets), "repeat the whole procedure" (a second set)."""

from __future__ import annotations

import re

from .numbers import normalize
from .timing import Text, Timing, Value, count_value
from .vocabulary import FREQUENCY, NUM, RATIO_WORDS, REST_WORD

_REVERSED = (
    r"(?:the\s+)?(?:other|opposite)\s+(?:way|direction)|in\s+reverse|backwards?|"
    r"anti-?clockwise|counter-?clockwise"
)
_OTHER_WAY = rf"\b(?:{_REVERSED})\b[^.;\d]{{0,20}}?{NUM}\s*times?\b|\b{NUM}\s*times?\s+(?:{_REVERSED})\b"


# A count of the movement before "then the other way 10 times" ("10 rolls", "5 times"), not "1 leg"
_A_COUNT = re.compile(
    r"\b\d+\s*(?:times?\b|reps?\b|repetitions\b|x\b|(?:[a-z]+\s+)?(?!(?:back|for|up|down|out|in)wards\b)[a-z]+s\b)",
    re.IGNORECASE,
)
# A ratio, not a count: "make the breath out 2 times as long as the breath in", "3 times longer"
_RATIO = rf"\b{NUM}\s*times\s+{RATIO_WORDS}"


_OF_EACH = rf"\b(?:do|perform|complete|repeat)\s+{NUM}\s+of\s+each\b"


# A count of the movement before "then the other way 10 times" ("10 rolls", "5 times"), not "1 leg"
_A_COUNT = re.compile(
    r"\b\d+\s*(?:times?\b|reps?\b|repetitions\b|x\b|(?:[a-z]+\s+)?(?!(?:back|for|up|down|out|in)wards\b)[a-z]+s\b)",
    re.IGNORECASE,
)


def read_repeats(text: Text, timing: Timing) -> None:
    """ "repeat 10 times", "repeat two more times" (3 in all), "10 to 12 times"; "2 times as
    long as" is a ratio, no count."""
    text.take(_RATIO)
    for m in text.take(_OF_EACH, True):  # "do 10 of each:", a count stated once for every exercise
        timing.repeat = timing.repeat or count_value(m)
    more = text.take(rf"\b{NUM}\s*more\s*times?\b", True)
    for m in more:
        extra = count_value(m)
        total = int(extra.number) + 1
        note = f'article says "{m.group(0).strip()}": {total} in all'
        timing.repeat = Value(total, extra.note or note)
        timing.repeat_with_rest = bool(REST_WORD.search(text.sentence_of(m)))

    reversed_count = re.search(_OTHER_WAY, text.text, re.I)
    if reversed_count and re.search(_A_COUNT, text.original[: reversed_count.start()]):
        text.take(re.escape(reversed_count.group(0)), True)  # "10 rolls, then the other way 10 times"
    whole = (
        rf"\brepeat\s+(?:this|it|that|the\s+(?:whole|sequence|circuit|set)\w*)(?:\s+\w+)?\s+{NUM}\s*times?\b"
    )
    once_more = text.take(
        r"\brepeat\s+(?:the\s+|this\s+)?(?:whole|entire)\s+(?:procedure|exercise|process|cycle)\b(?!\s*\d)",
        True,
    )
    if once_more and timing.sets is None:
        timing.sets = Value(2, f'article says "{once_more[0].group(0)}": done twice')
    _rest_then_again(text, timing)
    found = re.search(whole, text.text, re.I)
    # a count of the movement elsewhere ("5 on one foot, then 5 on the other. Repeat this twice."),
    # not a "one" that only says how many ("in one full circle")
    if found and re.search(
        r"(?<![\d.])(?:[2-9]|\d{2,})(?![\d.])", text.text[: found.start()] + text.text[found.end() :]
    ):
        timing.sets = timing.sets or count_value(
            found
        )  # "5 on one foot, then 5 on the other. Repeat this twice."
        text.take(re.escape(found.group(0)), True)
    for m in text.take(
        rf"\b{NUM}\s*(?:times?\b|[x×](?=\s*(?:[.,;:)]|$|each|per|on\b)))|"
        rf"(?<=\brepeat\s){NUM}(?=\s*(?:[.;!]|$))",  # "5x", "Repeat 10."
        True,
    ):
        if timing.repeat is None:
            timing.repeat = count_value(m, 1 if m.group(1) else 3)
            timing.repeat_with_rest = bool(REST_WORD.search(text.sentence_of(m)))


# "Take a few moments rest then repeat", "Rest and repeat.": the bout once more after a rest (no count,
# no side)
_REST_THEN_AGAIN = (
    r"\brest\b[^.;\d]{0,20}?,?\s*(?:and\s+then|then|and)\s+(repeat)(?:\s+(?:the\s+|this\s+)?(?:sets?|set\s+again|it|this))?"
    r"\s*(?=[.,;!]|$)"  # not "repeat nodding"; "rest and repeat the set" is the set again
)


def _rest_then_again(text: Text, timing: Timing) -> None:
    """ "walk 30 metres ... rest then repeat": a second set after a rest (a held position
    repeated after a rest is its reps, left to the counts)."""
    m = re.search(_REST_THEN_AGAIN, text.original, re.I)
    if m and timing.sets is None and timing.static is None and text.text[m.start(1) : m.end(1)].strip():
        timing.sets = Value(2, f'article says "{" ".join(m.group(0).split())}": done twice')
        text.text = text.text[: m.start(1)] + " " * len(m.group(1)) + text.text[m.end(1) :]


def held_then_repeated(t: Timing, text: str) -> bool:
    """ "push against your fist for 15 seconds ... repeat 5 times": a short time with a count and
    no sets is a hold done that many times (a rest before each repeat makes the time a bout, and
    a timed breath is a breath, not a hold)."""
    return (
        t.static is None
        and t.duration is not None
        and t.duration.number <= 30
        and (t.reps is not None or t.repeat is not None)
        and (t.sets is None or t.reps is not None)  # "3 sets of 15 reps … for 5 seconds": held each rep
        and t.rounds is None
        and not t.repeat_with_rest
        and not re.search(_TIMED_BREATH, text, re.I)
    )


# A time that is a breath's or a bout of work ("breathe in for 4 seconds", "work for 20 s"), not any
# breath or work word: "go back to normal breathing, keep it tight for 10 seconds" is a hold, and so
# is one in a text that also says "practise it at work"
_TIMED_BREATH = (
    r"\b(?:breathe|breathing\s+(?:in|out)|exhal\w*|inhal\w*)\b[^.;,\d]{0,40}\d|"
    r"\d+\s*(?:seconds?|secs?|s|counts?)\b[^.;,\d]{0,15}\b(?:breath|exhal|inhal|work)|"
    r"\bwork(?:ing)?\b[^.;,\d]{0,15}\d"
)


# "then do it again", "rest, then repeat", "Repeat (5 times a day)": done again, with no count
_AGAIN = re.compile(
    r"\b(?:do\s+(?:it|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)\s+again|repeat)\b"
    r"(?!\s*(?:\d|on|with|for|to|the\s+other|this\s+\d))",
    re.I,
)


# A short hold ended by letting go ("Hold for 5 seconds and relax", "keep it there for 5 seconds, then
# close slowly"): one repetition of a squeeze or push, not a held position
_HELD_THEN_RELEASED = re.compile(
    r"\b(?:hold|keep|squeeze|push|press|tighten|contract)\w*\b[^.;]{0,40}?\b\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b"
    r"\s*,?\s*(?:and|then)\s+(?:slowly\s+|gently\s+)?(?:relax|release|let\s+go|close|open)\b"
    r"(?![^.;]*\bfor\s+\d)",  # "then let go … for 15 seconds": a timed tense-and-relax, done once
    re.I,
)


def done_again(t: Timing, text: str) -> bool:
    """A short hold or squeeze (10 s or less) with no count that the text says to do again (not
    on the other side: the caller asks that), or ends by letting go ("hold for 5 seconds and
    relax"): each is a rep of the default count; a frequency ("repeat 5 times a day") is no count."""
    time = t.static or t.duration
    if time is None or time.number > 10 or t.sets is not None or t.phases:
        return False
    said = re.sub(FREQUENCY, " ", normalize(text), flags=re.I)
    return bool(_AGAIN.search(said) or _HELD_THEN_RELEASED.search(said))


# "… hold and repeat", "hold, relax, then repeat": a hold done again with no count (not on the other
# side): the default hold in the default count
_HOLD_THEN_REPEAT = re.compile(
    r"\bhold\b[^.;]{0,25}?\b(?:and|then)\s+repeat\b(?!\s*(?:\d|on\b|with\b|for\b|to\b|until\b|the\s+other))",
    re.IGNORECASE,
)


def hold_then_repeat(text: str) -> bool:
    """ "Lean in until the calf stretches; hold and repeat": a bare hold done again, no count."""
    return bool(_HOLD_THEN_REPEAT.search(text))


__all__ = ["read_repeats", "held_then_repeated", "done_again", "hold_then_repeat"]
