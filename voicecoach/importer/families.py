"""One function per phrase family; ``read_timing`` runs them in a safe order."""

from __future__ import annotations

import re
from copy import deepcopy
from functools import lru_cache

from .counts import read_sets_and_reps
from .dose_labels import labels_first
from .not_doses import drop_frequency, drop_progressions
from .phases import read_phases
from .repeats import read_repeats
from .timing import APPROX, Text, Timing, Value, count_value, time_value
from .vocabulary import NUM, UNIT

_STATIC_VERB = (
    r"(?:hold|holding|holds|pause|pausing|squeeze|squeezing|stay|staying|remain|sit|rest|"
    r"tighten|tightening|contract|contracting|clench|clenching|brace|bracing|"
    # "Keep it bent for 3-5 seconds", "keep your leg raised for 5 seconds": a position held
    r"keep\s+(?:it|them|this|that|(?:your|the)\s+\w+)\s+(?:bent|straight|up|raised|lifted|tight|tensed|still|there))"
)


def _with_upper_bound(text: Text, m, value: Value) -> Value:
    """ "45 seconds to 1 minute": a range whose ends have their own units takes the lower one."""

    upper = re.match(rf"\s*(?:to|or)\s+(\d+(?:\.\d+)?\s*{UNIT})", text.original[m.end() :], re.I)
    if upper and value.note is None:
        said = f"{text.original[m.start() : m.end()].strip()} to {upper.group(1)}"
        value.note = f'article says "{said}": took {value.number:g} s'
    return value


def read_interval(text: Text, timing: Timing) -> None:
    """ "hold for 20 seconds on, 20 off x 4": work, rest between sets, and the sets."""
    found = text.take(
        rf"{NUM}\s*{UNIT}\s*on\b[\s,/;-]*(?:and\s+|then\s+)?{NUM}\s*(?:{UNIT})?\s*off\b"
        rf"(?:\s*[x×]\s*(\d+)|\s+for\s+(\d+)\s*(?:sets|rounds))?",
        True,
    )
    if found:
        m = found[0]
        timing.duration = timing.duration or time_value(m, 1, 3)
        timing.rest = timing.rest or time_value(m, 4, 6, m.group(3))
        if m.group(7) or m.group(8):
            timing.sets = timing.sets or Value(int(m.group(7) or m.group(8)))


# "hold the squeeze for 5 secs, then rest a few seconds": a short let-go between held reps, no number
_BRIEF_LET_GO = r"(?<=[,;])\s*(?:and\s+|then\s+|and\s+then\s+)?rest\s+(?:for\s+)?(?:a\s+few|a\s+couple\s+of|several)\s+seconds\b"


# "2 x 20 reps, 3 second rest between reps": a rest said between the reps, not the sets
_BETWEEN_REPS = re.compile(r"[^.;\d]{0,12}?\bbetween\s+(?:each\s+|the\s+)?(?:reps?|repetitions?)\b", re.I)


def read_rest(text: Text, timing: Timing) -> None:
    """ "rest 30 seconds between sets", "resting 10 s", "30 seconds of rest", bare "rest"."""
    rests = text.take(
        rf"\brest(?:ing)?\b[^.;\d]{{0,25}}?(?:for\s+)?{APPROX}{NUM}\s*{UNIT}"
    )  # each, so none is a hold
    rests += text.take(  # "60 s jog recovery": a recovery done moving; not "a 2 second pause at the top"
        rf"\b{NUM}[\s-]*{UNIT}'?s?\s*(?:of\s+)?(?:(?:easy\s+)?(?:jog|jogging|walk|walking)\s+)?(?:rest|break|recovery|pause)\b"
        r"(?!\s+(?:at\s+the\s+(?:top|bottom|end)|in\s+(?:the|that|this)\s+position))",
        True,
    )
    rests += text.take(
        rf"\b(?:break|recover|pause)\b[^.;\d]{{0,15}}?(?:for\s+)?{NUM}\s*{UNIT}"
        r"(?=[^.;]*\bbetween\b)",
        True,
    )
    rests += text.take(  # "ease off for 3 seconds, then stretch again": the rest between reps
        rf"\b(?:ease\s+off|let\s+go|release|relax)\b(?:[^.;\d]{{0,15}}?\bfor\s+|\s+){APPROX}{NUM}\s*{UNIT}",
        True,
    )
    rests += text.take(  # "let go for a count of 5": a count is a second
        rf"\b(?:rest|ease\s+off|let\s+go|release|relax)\b[^.;\d]{{0,15}}?\bfor\s+a\s+(?:slow\s+)?count\s+of\s+{NUM}()",
        True,
    )
    if rests:
        timing.rest = time_value(rests[0])
        timing.rest_in_reps = bool(_BETWEEN_REPS.match(text.original[rests[0].end() :]))
    elif text.take(_BRIEF_LET_GO, True):
        pass  # "hold the squeeze for 5 secs, then rest a few seconds": the relax between reps, no number
    elif text.take(
        r"\brest\b(?!\s+(?:your|the|on|it|them|against|in|of|one|each|both|his|her|their|this|that|these|those)\b)"
        r"(?!\s+an?\s+(?!(?:minute|moment|bit|while|little|short|brief|break|breather|second|few|couple)\b)[a-z]+)",
        True,
    ):  # not "rest a barbell across your shoulders": rest with a thing to rest is no rest
        timing.bare_rest = True
    elif text.take(
        r"\b(?:walk|walking|stroll)\s+back\b", True
    ):  # walked back: a recovery (jogged: the bout's)
        timing.bare_rest = True


# "Keep moving between cat and cow for five breaths": a movement per breath, no hold
_MOVING = (
    r"(?:moving|flowing|alternating|rocking|switching|rolling|circling|swaying|going\s+(?:back|up|between))\b"
)


def read_breath_holds(text: Text, timing: Timing, breath_s: float) -> None:
    """ "hold for 5 breaths", "stay here for five deep breaths": a hold timed in breaths, at
    ``breath_s`` seconds a breath (a movement done per breath, "flow for 5 breaths", is reps)."""

    found = text.take(
        rf"\b(?:{_STATIC_VERB}|holding|remaining|staying|keep(?!\s+{_MOVING})|breathe|pose)\w*\b[^.;\d]{{0,40}}?"
        rf"(?:\bfor\s+)?{APPROX}{NUM}\s*(?:[a-z]+[,&]?\s+(?:&\s+)?){{0,4}}?breaths?\b",
        True,
    )
    if not found:  # "breathe in and out 3 times": three breaths held in the pose
        found = text.take(rf"\bbreathe\s+in\s+and\s+out\s+{APPROX}{NUM}\s*times\b", True)
    if not found:
        found = [
            m
            for m in re.finditer(
                rf"(?:^|[.:;]\s*|\(|\btake\s+{APPROX}){NUM}\s*(?:(?:slow|deep|full|long|abdominal|belly|big)\s+){{0,2}}"
                r"breaths?\b(?=\s*(?:[.;),]|$|each|per|on each|hold|in\b|through\b|breathing\b|here\b|there\b))",
                text.text,
                re.I,
            )
        ][:1]
        if found:
            text.take(re.escape(found[0].group(0)), True)
    if found:
        count = count_value(found[0], 1)
        seconds = count.number * breath_s
        note = (
            f'article says "{found[0].group(0).strip(" .:;(")}": {seconds:g} s at {breath_s:g} s a breath'
            + (f" ({count.note})" if count.note else "")
        )
        timing.static = Value(int(seconds) if float(seconds).is_integer() else seconds, note)


def read_static(text: Text, timing: Timing) -> None:
    """ "hold for 5 seconds", "hold this position for 30 seconds", "stay here for 2 minutes"."""
    if timing.static is not None:
        return
    text.take(
        r"\b(?:do\s+not|don'?t|never|without|no)\s+hold(?:ing)?\b(?:\s+(?:your|the)\s+breath)?"
    )  # no hold
    pattern = (
        rf"\b{_STATIC_VERB}\b[^.;\d]{{0,45}}?\bfor\s+{APPROX}(?:a\s+)?(?:count\s+of\s+)?"
        rf"{NUM}\s*{UNIT}"
    )
    found = text.take(pattern, True)
    found = found or text.take(
        rf"\b(?:hold|holding)\s+(?:it\s+|this\s+|there\s+)?{APPROX}{NUM}\s*{UNIT}", True
    )
    found = found or text.take(rf"\b{_STATIC_VERB}\b[^.;\d]{{0,30}}?\bcount\s+of\s+{NUM}()", True)
    found = found or text.take(  # "after 10 seconds, put it down": the position is held that long
        rf"\bafter\s+{NUM}\s*{UNIT}\s*,?\s*(?:slowly\s+)?(?:put|come|return|lower|release|relax|let|bring|go)\b",
        True,
    )
    if found:
        m = found[0]
        timing.static = _with_upper_bound(text, m, time_value(m, 1, 3, None if m.group(3) else "counts"))
        return
    held = text.take(rf"\b{NUM}[\s-]*(?:sec|second|s)\s*(?:hold|squeeze|pause)s?\b", True)
    if held:
        timing.static = time_value(held[0], unit="s")
    elif (
        text.take(
            r"\bhold(?:ing)?\b(?=\s*(?:[,.;!]|$|and\b|then\b|it\b|this\b|that\b|"
            r"there\b|briefly|at the|for a (?:moment|beat|second|few)|for (?:several|a couple of) seconds|"
            r"for a count(?: of)?\s*(?:[,.;]|$)|the (?:stretch|position|pose|contraction|squeeze|tension|shape)|for \d|"
            r"(?:for\s*)?(?:_+|…{2,}|(?:\.\s?){6,})))",  # "Hold for _____ seconds" (the blank may come as one "_"): its time left blank
            True,
        )
        or text.take(_STAY_A_MOMENT, True)
    ):
        timing.bare_hold = True


# "Stay there a moment", "pause for a moment at the top", "remain in this position briefly": a hold
# with no number (not a rest: "rest for a few seconds" is the relax between reps)
_STAY_A_MOMENT = (
    r"\b(?:stay|remain|pause)\s+(?:there\s+|here\s+|(?:in|at)\s+(?:this|that|the)\s+(?:position|point|top|shape)\s+)?"
    r"(?:for\s+)?(?:a\s+(?:moment|beat|second)|a\s+few\s+seconds|several\s+seconds|briefly)\b|"
    # "keep it in the air for a few seconds, then lower it": the lifted part held, no number
    r"\bkeep\s+(?:it|them|this|that)\s+(?:(?:up\s+)?(?:in\s+the\s+air|up|there|raised|lifted|still)\s+)?"
    r"for\s+(?:a\s+(?:moment|beat|second)|a\s+few\s+seconds|several\s+seconds|a\s+couple\s+of\s+seconds)\b"
)


def read_distance(text: Text, timing: Timing) -> None:
    """ "over 25-50 meters", "run 100 m", "20 yards": a distance, which is no time."""
    found = text.take(
        rf"\b{NUM}\s*(?:m|meters?|metres?|yards?|yds?|km|kilometers?|kilometres?|miles?)\b", True
    )
    if found:
        timing.distance = " ".join(found[0].group(0).split())


# "keep rolling for 10-15 seconds in each direction", "circles forwards for 30 seconds, then reverse for
# 30 seconds": one movement timed one way, then the other: its time is both (directions are no sides)
_EACH_DIRECTION = rf"\bfor\s+{APPROX}{NUM}\s*{UNIT}\s*(?:in\s+)?(?:each|either|both)\s+directions?\b"
_THEN_REVERSED = (
    rf"\bfor\s+{APPROX}{NUM}\s*{UNIT}\s*,?\s*(?:and\s+)?then\s+(?:reverse|change\s+direction|switch\s+direction)"
    rf"[^.;\d]{{0,25}}?\bfor\s+{APPROX}{NUM}\s*{UNIT}"
)


def read_both_directions(text: Text, timing: Timing) -> None:
    """A time said for each of two directions of one movement: the two together."""
    each = text.take(_EACH_DIRECTION, True)
    if each:
        one = time_value(each[0])
        timing.duration = Value(one.number * 2, f"{one.note or f'{one.number:g} s'} in each direction: both")
        return
    reversed_ = text.take(_THEN_REVERSED, True)
    if reversed_:
        first, second = time_value(reversed_[0]), time_value(reversed_[0], 4, 6)
        timing.duration = Value(first.number + second.number, "one way, then reversed: both times")


# A count to reach within a time ("aim for 60 heel digs in 60 seconds"): a pace, the work is timed
_PACE = re.compile(
    r"\b(?:aim for|aim to do|try for|try to do|try to get|complete|do|get)\s+(?:about\s+|around\s+)?"
    rf"\d+(?:\s*(?:to|-)\s*\d+)?\s+(?:[a-z-]+\s+){{0,3}}?in\s+(?:about\s+|around\s+|under\s+)?{NUM}\s*{UNIT}",
    re.IGNORECASE,
)


def read_pace(text: Text, timing: Timing) -> None:
    """A count to reach within a time: that time of work, the count a pace, no reps."""
    pace = text.take(_PACE.pattern, True)
    if pace and timing.duration is None:
        timing.duration = time_value(pace[0])


def read_duration(text: Text, timing: Timing) -> None:
    """Any time left: "walk for up to one minute", "30 seconds each side", "for a count of 10"."""
    per_side = text.take(
        rf"\bafter\s+{NUM}\s*{UNIT}\s*,?\s*(?:change|switch|swap)\s+(?:legs|sides|arms|feet)\b", True
    )  # "after 30 seconds change legs": 30 s on each side
    if per_side and timing.duration is None:
        timing.duration = time_value(per_side[0])
    text.take(rf"\b(?:every|after)\s+{NUM}\s*{UNIT}")  # when something changes, not how long
    text.take(r"\ball\s+4s\b")  # "on all 4s": on hands and knees, no 4 seconds
    found = text.take(rf"{APPROX}(?:a\s+count\s+of\s+)?{NUM}[\s-]*{UNIT}", True)
    if found and timing.duration is None:
        timing.duration = _with_upper_bound(text, found[0], time_value(found[0]))


_EXAMPLE = r"\((?:for example|e\.g\.?|such as)[^()]*\)|\b(?:for example|e\.g\.),?\s+[^.;:]*"


def read_timing(normalized: str, breath_s: float = 5.0) -> Timing:
    """Run every phrase family over one exercise's normalized text (examples are not doses,
    unless the text gives no dose but its example: "repeat it regularly, for example ten
    repetitions"); holds counted in breaths are timed at ``breath_s`` seconds a breath."""
    return deepcopy(_read_timing(normalized, breath_s))  # a copy: callers change what they get


@lru_cache(maxsize=4096)  # pure, and asked of the same text again (an exercise's own dose and its shared one)
def _read_timing(normalized: str, breath_s: float) -> Timing:
    without = re.sub(_EXAMPLE, " ", normalized, flags=re.IGNORECASE)
    timing = _read(labels_first(without), breath_s)
    if without != normalized and not timing.said_anything():
        return _read(labels_first(normalized), breath_s)
    return timing


# "Stay for five breaths, or about 20-30 seconds": the time the article gives wins over breaths
_BREATHS_OR_TIME = re.compile(
    rf"\b\d+\s*(?:[a-z]+\s+){{0,2}}?breaths?\s*,?\s*(?:or|/)\s*(?=(?:about|around|roughly|approximately)?\s*"
    rf"\d+(?:\s*(?:-|–|to)\s*\d+)?\s*{UNIT})|"
    # "take 2-3 breaths and balance for up to 10 seconds": breaths taken during a timed hold, no count
    rf"\btake\s+\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:[a-z]+\s+){{0,2}}?breaths?\b(?=[^.;]{{0,60}}?\bfor\s+"
    rf"(?:up to\s+|about\s+|around\s+)?\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:seconds?|secs?|minutes?|mins?)\b)",
    re.IGNORECASE,
)


# "Hold 30-60 seconds (about 5-10 breaths)": the breaths in brackets after a time only restate it
_TIME_THEN_BREATHS = re.compile(
    rf"(?<=\d)(\s*{UNIT}[^.;()]{{0,20}}?)\s*\(\s*(?:about|around|roughly|approximately|or|~)?\s*\d+"
    r"(?:\s*(?:to|-)\s*\d+)?\s*(?:[a-z]+\s+)?breaths?\s*\)",
    re.IGNORECASE,
)


def _read(normalized: str, breath_s: float) -> Timing:
    said = _TIME_THEN_BREATHS.sub(r"\1", _BREATHS_OR_TIME.sub("", normalized))
    text, timing = Text(said), Timing()
    drop_frequency(text)
    drop_progressions(text)
    read_phases(text, timing)
    if not timing.phases:
        read_breath_holds(text, timing, breath_s)
    read_interval(text, timing)
    read_distance(text, timing)
    read_pace(text, timing)
    read_sets_and_reps(text, timing)
    read_rest(text, timing)
    read_both_directions(text, timing)
    read_static(text, timing)
    read_repeats(text, timing)
    read_duration(text, timing)
    return timing


__all__ = [
    "read_timing",
    "read_breath_holds",
    "drop_frequency",
    "read_phases",
    "read_sets_and_reps",
    "read_repeats",
    "read_rest",
    "read_static",
    "read_duration",
]
