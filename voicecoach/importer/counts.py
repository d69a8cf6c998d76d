"""Counts: sets and reps in every way an article writes them ("3 sets of 10", "3 x 10", "10
reps", "do 15, rest, do 15 more", a lone "x 12"); ``families.read_timing`` runs them after the
timed families."""

from __future__ import annotations

import re

from .timing import Text, Timing, Value, count_value, time_value
from .vocabulary import NUM, UNIT

# "rest 20 seconds between one set of 15 and the next": where the rest falls, not a count of sets
_BETWEEN_ONE_AND_NEXT = (
    rf"\bbetween\s+(?:1|a|one)\s+(?:sets?|rounds?|series|circuits?)(?:\s+of\s+{NUM}\s*(?:reps?|repetitions|times)?)?"
    r"\s+and\s+the\s+next\b"
)


def read_sets_and_reps(text: Text, timing: Timing) -> None:
    """ "3 sets of 10", "3 x 10", "3 x 30 seconds", "10 reps", "a total of 3 sets", "5 rounds"."""
    text.take(_BETWEEN_ONE_AND_NEXT)
    _more_of_the_same(text, timing)
    _sets_with_counts(text, timing)
    _another_set(text, timing)
    _lone_counts(text, timing)


# "20 fast, 20 slow", "10 quick ones then 10 slow ones": the same count twice at two paces
_PACED_TWICE = re.compile(
    r"\b(\d+)\s+(?:times\s+|reps\s+)?(?:fast|quick|rapid|slow|explosive|controlled)\w*(?:\s+(?!and\b|then\b)[a-z-]+)?"
    r"\s*(?:,|;|and|then|followed\s+by)\s*(?:then\s+|and\s+)?\s*\1\s+(?:times\s+|reps\s+)?"
    r"(?:fast|quick|rapid|slow|explosive|controlled)\w*\b",
    re.I,
)


def _more_of_the_same(text: Text, timing: Timing) -> None:
    """ "do 15, rest a minute, do 15 more, rest, then a last 15": 3 sets of 15; "20 fast, 20 slow":
    2 sets of 20 (the paces are said in the how)."""
    for m in text.take(_PACED_TWICE.pattern, True):
        timing.reps, timing.sets = Value(int(m.group(1))), Value(2)
    first = re.search(
        r"\b(?:do|perform|complete|start\s+with|begin\s+with)\s+(\d+)\b(?!\s*(?:seconds?|secs?|minutes?|mins?|sets?|times|more\s+sets?\b))",
        text.text,
        re.I,
    )
    if first:
        n = first.group(1)
        more = text.take(rf"\b(?:{n}\s+more|another\s+{n}|a\s+(?:last|final)\s+{n})\b")
        if more:
            timing.reps, timing.sets = Value(int(n)), Value(1 + len(more))
            text.take(re.escape(first.group(0)), True)


# "4 x 400m", "6 x 200 metres": repeats over a distance, not 400 reps (the distance is no dose here)
_DISTANCE_UNIT = r"\s*(?:m|metres?|meters?|km|yards?|yds?|miles?)\b"
_DISTANCE, _NOT_DISTANCE = f"(?={_DISTANCE_UNIT})", f"(?!{_DISTANCE_UNIT})"


def _sets_with_counts(text: Text, timing: Timing) -> None:
    """A count of sets said with what each holds: "10 reps x 3", "3 rounds of 10", "2 series of
    10", "5 reps with 10 sec hold x 2", "2 sets of 40 secs", "3 x 10", "3 x 30 seconds"."""
    for m in text.take(
        rf"\b{NUM}\s*(?:reps?|repetitions)\s*[x×]\s*{NUM}\b(?:\s*sets?\b)?(?!\s*(?:{UNIT}|reps?\b))", True
    ):  # "10 reps x 3 sets", "10 reps x 3"
        timing.reps, timing.sets = count_value(m, 1), count_value(m, 3)
    for m in text.take(rf"\b{NUM}\s*[x×]\s*{NUM}\s*{UNIT}\s*(?:holds?|squeezes?)\b", True):  # "6 x 10 s hold"
        timing.reps, timing.static = count_value(m, 1), time_value(m, 3, 5)
    for m in text.take(
        rf"\b{NUM}\s*rounds?\s*of\s*{NUM}\b(?!\s*{UNIT})\s*(?:reps?|repetitions|times)?", True
    ):
        timing.sets, timing.reps = count_value(m, 1), count_value(m, 3)  # "3 rounds of 10"
    for m in text.take(rf"\b{NUM}\s*(?:reps?|repetitions)\s+of\s+{NUM}\b(?!\s*(?:{UNIT}|%))", True):
        timing.sets, timing.reps = count_value(m, 1), count_value(m, 3)  # "2-4 reps of 15 kicks": sets of 15
    for m in text.take(  # "5 reps with 10 sec hold x 2": the count after the hold is the sets
        rf"\b{NUM}\s*(?:reps?|repetitions)\s+(?:with\s+(?:an?\s+)?)?{NUM}[\s-]*{UNIT}\s*(?:holds?|pauses?)\s*[x×]\s*{NUM}\b",
        True,
    ):
        timing.reps, timing.static, timing.sets = count_value(m, 1), time_value(m, 3, 5), count_value(m, 6)
    for m in text.take(rf"\b{NUM}\s*sets?\s*of\s*{NUM}[\s-]*{UNIT}", True):  # "2 sets of 40 secs"
        timing.sets, timing.duration = count_value(m, 1), time_value(m, 3, 5)
    for m in text.take(rf"\b{NUM}\s*(?:sets?|series)\s*of\s*{NUM}\s*(?:reps?|repetitions|times)?", True):
        timing.sets, timing.reps = count_value(m, 1), count_value(m, 3)
    for m in text.take(rf"\b(?:in\s+)?sets\s+of\s+{NUM}\b(?!\s*{UNIT})\s*(?:reps?|repetitions|times)?", True):
        timing.reps = timing.reps or count_value(m)  # "do them in sets of 20": no count of sets
    for m in text.take(rf"\b{NUM}\s*[x×]\s*{NUM}(?!\d){_DISTANCE}", True):
        timing.sets = timing.sets or count_value(m, 1)  # "4 x 400m": 4 runs, as a drill list's "2 x 20 m" is
    for m in text.take(
        rf"\b{NUM}\s*[x×]\s*{NUM}(?!\d){_NOT_DISTANCE}[\s-]*(?:{UNIT}|reps?|repetitions)?", True
    ):
        timing.sets = count_value(m, 1)
        if m.group(5):
            timing.duration = time_value(m, 3, 5)
        else:
            timing.reps = count_value(m, 3)


# "Rest. Then do another set of 25", "rest a minute, then do a second set of 10": the set said
# again in words, after one set ("that is one set of 10"): two sets ("a third set": three)
_ANOTHER_SET = re.compile(
    rf"\b(?:another|an?\s+(?:extra|further)|a\s+([234])(?:nd|rd|th)|1\s+more)\s+set\b"
    rf"(?:\s+of\s+{NUM}\b(?!\s*(?:{UNIT}|%)))?",
    re.I,
)


def _another_set(text: Text, timing: Timing) -> None:
    """ "Then do another set of 25", "then do a second set of 10": one set more than the one said
    (the count in it, when given, each set's reps)."""
    for m in text.take(_ANOTHER_SET.pattern):
        sets = int(m.group(1) or 2)  # normalized: "a second set" is "a 2nd set"
        if timing.sets is None or timing.sets.number < sets:
            timing.sets = Value(sets)
        if m.group(2) and timing.reps is None:
            timing.reps = count_value(m, 2)


def _lone_counts(text: Text, timing: Timing) -> None:
    """Counts said alone: "x 2 sets", "x8", "walk 10 steps", "3 sets", "10 reps", "5 rounds",
    "do 5 lifts", "15 on each side", "5 each way"."""
    for m in text.take(rf"(?:^|(?<=[\s:,(]))[x×]\s*{NUM}\s*sets?\b", True):  # "8 each leg x 2 sets"
        timing.sets = timing.sets or count_value(m)
    for m in text.take(
        rf"(?:^|(?<=[\s:,(]))[x×]\s*{NUM}(?!\d)(?!\s*{UNIT}){_NOT_DISTANCE}(?:\s*(?:reps?|repetitions))?",
        True,
    ):
        timing.reps = timing.reps or count_value(m)  # "x8", "x 10 reps"
    for m in text.take(
        rf"\b(?:take|walk|do|march|hop|make)\s+(?:(?:this|it)\s+for\s+)?(?:about\s+|up to\s+)?{NUM}\s+(?:\w+\s+)?steps\b",
        True,
    ):
        timing.reps = timing.reps or count_value(m)  # "walk 10-20 steps like this": a count
    for m in text.take(rf"\b(?:a\s+total\s+of\s+)?{NUM}\s*(?:\w+\s+)?sets?\b", True):
        timing.sets = timing.sets or count_value(m)
    for m in text.take(rf"\b{NUM}\s*(?:[a-z-]+\s+)?(?:reps?|repetitions)\b", True):
        timing.reps = timing.reps or count_value(m)
    for m in text.take(
        rf"\b{NUM}\s*(?:of\s+(?:these|those|the)\s+)?(?:[a-z]+\s+)?(?:rounds?|cycles?|breaths|breath\s+counts|circuits?)\b",
        True,
    ):  # not "all of that is 1 breath"
        timing.rounds = count_value(m)
    # "Do 5 lifts with each leg", "perform 10 bicep hammer curls", "start with 50 jumping jacks",
    # "15 on each side"

    doing = (
        rf"\b(?:do|perform|complete|make|aim for|continue with|carry on with|start (?:off )?with|begin with)\s+(?:up to\s+|about\s+|at least\s+|a\s+set\s+of\s+)?{NUM}\s+"
        r"(?!(?:more\s+)?times?\b|sets?\b|rounds?\b|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|"
        r"breaths?\b|steps\b)(?:[a-z-]+\s+){0,2}?[a-z-]+s\b"
    )
    # "Do 12.", "Aim for 12, slowly", "Do 12 of these": a count after "do" that ends its clause
    bare = (
        rf"\b(?:do|perform|complete|aim for)\s+(?:up to\s+|about\s+|at least\s+)?{NUM}"
        r"(?:\s+of\s+(?:these|them|those|each))?(?:\s+(?:slowly|gently|in total|in all))?\s*(?=[.!;,)]|$)"
    )
    for pattern in (doing, bare):  # the first of each outside an "every" sentence
        for m in re.finditer(pattern, text.text, re.I):
            if not re.search(
                r"\bevery\s+\d", text.sentence_of(m), re.I
            ):  # "after every 75 steps do 10 jumps"
                timing.reps = timing.reps or count_value(m)
                text.take(re.escape(m.group(0)), True)
                break
    # "Aim for 20 at a time", "10 in a row" (not "lift them one at a time")
    for m in text.take(rf"\b(?!1\s){NUM}\s+(?:at\s+a\s+time|in\s+a\s+row)\b", True):
        timing.reps = timing.reps or count_value(m)
    for m in text.take(
        rf"\b{NUM}\s+(?!(?:seconds?|secs?|s|minutes?|mins?|hours?|degrees?|cm|mm|inch\w*|feet|metres?|meters?)\b)"
        r"(?:[a-z-]+\s+)?"
        r"(?:(?:on|with|per|for|in)\s+(?:each|every|one|either)|each|per)\s+"
        r"(?:side|leg|arm|foot|way|direction)\b",  # "5 each way": a count in each direction, no sides
        True,
    ):
        timing.reps = timing.reps or count_value(m)


__all__ = ["read_sets_and_reps"]
