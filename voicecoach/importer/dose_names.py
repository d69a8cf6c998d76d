"""A name and its dose on one line, in either order: "3 x 15 Biceps Curls", "10 squats", "Heel
slides 10x", "Push-up Plus x 10 reps", "Ankle Circles 2-3 sets of 10 reps", "Calf Pumps Sets: 2"."""

from __future__ import annotations

import re

from .furniture import strip_markup
from .naming import TIMING_WORDS, clean_name, short_name, without_brackets
from .vocabulary import EXERCISE_WORDS, IMPERATIVE, INSTRUCTION

_I = re.IGNORECASE

# "3 x 15 Biceps Curls", "8 repetitions side to side", "10x Plié – knees over toes", "5 minutes
# jogging", "8min Run for distance" (in minutes: "4 seconds lowering" is a tempo's phase): the dose in front of the name
# (group 1), the name (2), a bracket (3), the text after a dash (4)
_DOSE_FIRST = re.compile(
    r"^(\d+\s*[x×]\s*\d+(?:\s*(?:reps?|repetitions)\b)?|\d+\s*[x×](?=\s)|\d+\s+(?:reps?|repetitions|times)\b|"
    r"\d+\s+sets?\s+of\s+\d+(?:\s*(?:reps?|repetitions)\b)?|"  # "3 sets of 15 Biceps curls", as "3 x 15"
    r"\d+\s*(?:minutes?|mins?)\b(?=\s+(?:of\s+)?(?!(?:rest|work|break|each|per|on|off|or|to|and|in|at|"
    r"the|a|an|your|before|after|between|later|total)\b)[A-Za-z]))"
    # "10 reps – Squats: sit back …": a dash after the dose, a colon after the name
    r"\s*(?:of\s+|[–—-]\s+)?([A-Za-z][^.!?:;–—()]{2,80}?)\s*(\([^()]*\))?\s*(?:(?:\s[–—-]|:)\s+(.+))?$",
    _I,
)
_CLOSING_STOP = re.compile(r"(?<=[A-Za-z)])\.$")  # a list item's full stop after its name or note
_EXAMPLE_TAIL = re.compile(r"\s+(?:eg|e\.g\.|such as|for example)\s.*$", _I)  # "… exercises eg 1 or 2 touch"
_REMARK_WORDS = 5  # a trailing bracket this long is a remark ("(this one is harder than it sounds)")


def dose_first(text: str, bulleted: bool = False) -> tuple[str, str] | None:
    """``"3 x 15 Biceps Curls"`` -> ``("Biceps Curls", "3 x 15")``; None unless a dose leads a short name.
    The dose comes first in what is returned after the name, then any text after a dash.
    ``bulleted``: the text was a bullet item's, so its leading number counts (see ``_count_first``)."""
    m = _DOSE_FIRST.match(_EXAMPLE_TAIL.sub("", strip_markup(text).strip()))
    if not m or not short_name(m.group(2), 9) or TIMING_WORDS.search(m.group(2)):
        plain = strip_markup(text).strip()
        return _labelled_by_dose(plain) or _count_first(
            _CLOSING_STOP.sub("", plain), bulleted
        )  # "- 5 zigzag runs."
    bracket = m.group(3) or ""
    name = m.group(2) if len(bracket.split()) >= _REMARK_WORDS else f"{m.group(2)} {bracket}"
    name = clean_name(name)
    dose = re.sub(r"^(\d+)\s*[x×]$", r"\1 times", m.group(1))  # "10x" alone: ten times
    return name[:1].upper() + name[1:], f"{dose}. {m.group(4)}" if m.group(4) else dose


# "30 seconds: neck stretch", "10 reps – squats": a dose as the line's label; "0:30-1:00 Squats": an
# interval timer's slot, its length the dose
_DOSE_LABEL = re.compile(
    r"^(\d+\s*(?:seconds?|secs?|s|minutes?|mins?|reps?|repetitions|times|x))\s*[:–—-]\s+([A-Za-z][^.!?:;]{2,60})$",
    _I,
)
_TIME_SLOT = re.compile(
    r"^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*[:–—-]?\s+([A-Za-z][^.!?:;]{2,60})$"
)


def _labelled_by_dose(text: str) -> tuple[str, str] | None:
    if (m := _DOSE_LABEL.match(text)) and short_name(m.group(2), 6) and not TIMING_WORDS.search(m.group(2)):
        name = clean_name(m.group(2))
        return name[:1].upper() + name[1:], re.sub(r"^(\d+)\s*x$", r"\1 times", m.group(1))
    if (m := _TIME_SLOT.match(text)) and short_name(m.group(5), 6):
        seconds = (int(m.group(3)) - int(m.group(1))) * 60 + int(m.group(4)) - int(m.group(2))
        name = clean_name(m.group(5))
        return (name[:1].upper() + name[1:], f"{seconds} seconds") if seconds > 0 else None
    return None


# A whole line of a count or a time and an exercise's name in lower case: "10 squats", "20 second
# plank" ("1 Overhead Reach" is a numbered name, "5 chair exercises" a title)
_COUNT_FIRST = re.compile(
    r"^(\d+)\s+(?:(seconds?|secs?)\s+(?:of\s+)?)?['‘\"“]?([A-Za-z][\w'’\"” /-]{2,50}?)"  # "10 seconds of 'fast-feet' …"
    r"(\s+(?:each|per|on\s+each)\s+(?:leg|side|arm|foot|hand))?\s*$",  # "10 front lunges each leg"
    _I,
)


# "20 Russian twists": a capital then lower case is a name led by a proper noun, not a numbered
# name in title case ("1 Overhead Reach")
_SENTENCE_CASED = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w'-]*)+$")
# A swim or ride set's distance before a bare verb: "400 swim, every fourth 25 fast", "200 kick"
_SET_DISTANCE = re.compile(r"^(?:swim|kick|pull|run|row|bike|ride|jog|walk|paddle|scull|drill)\b(?!s)", _I)
_SEVERAL = re.compile(r"\b(?:exercises|stretches|workouts?|routines?|moves|poses|tips|ways)\b", _I)


# A note in brackets after a counted name: "5 zigzag runs (75% effort)"
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)$")


def _count_first(text: str, bulleted: bool = False) -> tuple[str, str] | None:
    """``bulleted``: the line is a bullet item ("- 5 Pull-Ups"), whose leading number is no
    numbering, so a name in title case is counted too."""
    note = _NOTE_AFTER.search(text)
    m = _COUNT_FIRST.match(text[: note.start()] if note else text)
    if not m or not short_name(m.group(3), 8) or not EXERCISE_WORDS.search(m.group(3)):
        return None
    if TIMING_WORDS.search(m.group(3)) or IMPERATIVE.match(m.group(3)):  # "10 push-ups", not "10 Lie on …"
        return None
    if int(m.group(1)) >= 50 and _SET_DISTANCE.match(
        m.group(3)
    ):  # "300 swim", "200 kick": metres of a swim set
        return None
    counts = bulleted or int(m.group(1)) >= 10  # "30 Mtn Climbers" on a whiteboard: no list numbers 30 items
    if not (counts or m.group(3)[:1].islower() or _SENTENCE_CASED.match(m.group(3))) or _SEVERAL.search(
        m.group(3)
    ):  # "1 Overhead Reach": a number
        return None
    name = clean_name(m.group(3))
    dose = f"{m.group(1)} {'seconds' if m.group(2) else 'times'}{m.group(4) or ''}"
    return name[:1].upper() + name[1:], f"{dose}. {note.group(0).strip()}" if note else dose


# A labelled dose after a name on its line, as exercise-sheet printouts give it ("… Sets: 2 / Reps: 10")
LABELLED_DOSE_AFTER = re.compile(
    r"^(.{2,60}?)\s+((?:sets?|reps?|repetitions?|hold(?: time)?|duration|time)\s*:\s*\d.*)$", _I
)
# A dose at the end of a name: "10x", "x 10", "(10)", "10 reps", "(30 seconds)"
_TRAILING_DOSE = re.compile(
    r"\s*(\(\s*[^()]*\d[^()]*\)|[x×]\s*\d+|\d+\s*[x×]|\d+(?:\s*(?:-|–|to)\s*\d+)?\s*"
    r"(?:reps?|repetitions|times|seconds?|secs?|s|minutes?|mins?)?)\s*$",
    _I,
)


def name_and_dose(text: str) -> tuple[str, str] | None:
    """ "Heel slides 10x" -> ("Heel slides", "10x"): a short name with a dose after it."""
    m = _TRAILING_DOSE.search(text)
    head = text[: m.start()].strip() if m else ""
    if not m or not head or not short_name(head) or TIMING_WORDS.search(without_brackets(head)):
        return None
    dose = re.sub(r"^(\d+)\s*[x×]$|^[x×]\s*(\d+)$", r"\1\2 times", m.group(1).strip(" ()"))
    return clean_name(head), (f"{dose} times" if re.fullmatch(r"\d+", dose) else dose)


# What follows a name when the dose comes after it: "x 10-12 reps", "30-40 second hold"
DOSE_AFTER = re.compile(
    r"^(?:[x×]\s*)?\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:reps?|repetitions|times|sec\w*|min\w*)\b", _I
)
_NAME_THEN_DOSE = re.compile(r"^([A-Za-z][^:.!?;]{2,60}?)\s+([x×]\s*\d.*)$")


# "x 15", "x 10 each leg": a count after a name with no unit, the whole rest of its line
_BARE_TIMES = re.compile(r"[x×]\s*\d+(?:\s*(?:-|–|to)\s*\d+)?(?:\s+(?:each|per)\s+\w+)?\s*", _I)


# "Ankle Circles 2-3 sets of 10 reps", "Bridges: 3 sets of 12": a short name, then sets or reps
_NAME_THEN_SETS = re.compile(
    r"^([A-Za-z][^:.!?;|…\d]{2,50}?)\s*(?::|\s[-–—]|\||,|\.{2,}|…+)?\s*(?<=\s|[:|,.…])"  # "Bridge | 3 x 10"
    r"(\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:sets?|reps?|repetitions)\b[^.!?]*|\d+\s*[x×]\s*\d+\b[^.!?]*)$",
    _I,
)


# "Sit ups", "Step ups", "Run throughs": a verb and a plural particle name a movement, not an instruction
_PARTICLE_NOUN = re.compile(r"^\w+[- ]?(?:ups|downs|outs|throughs|overs|backs|ins|offs)\b", _I)


def _instructs(name: str) -> bool:
    """ "Push-up 3x10" is a name: a verb joined by a hyphen is a noun's first part, not an
    instruction, as are "Sit ups"."""
    return not _PARTICLE_NOUN.match(name) and bool(INSTRUCTION.match(re.sub(r"^(\w+)-(?=\w)", r"\1", name)))


# Before a count of sets, a verb names a lift ("Squat 5x5", "Push press 3 x 8", "Step up: 3 x 10")
# unless it steers the session or its words run on as a sentence's ("Repeat 3 sets of 10", "Lie on
# your back 3 x 10")
_SENTENCE_NAME = re.compile(
    r"^(?:repeat|rest|do|perform|complete|hold|relax|breathe|take|try|keep|start|begin|aim|build|work|"
    r"switch|alternate|continue|finish|go|get|make|use)\b(?!-)|\b(?:your|the|a|an|each|both|then|until|is|are|was|that|this|it|you|we|i)\b",
    _I,
)
# A load or set note in brackets between a name and its dose, a number or four words ("Squat (start
# at 70%) 5x5", "Bench- (same weight as last week) 3 x 5", "… 5 sets of 5"; "Plank (on knees)" is a
# variant's name)
_LOAD_NOTE = re.compile(
    r"\s*\((?:[^()]*\d[^()]*|\s*(?:[^()\s]+\s+){3,}[^()\s]+\s*)\)(?=\s*\d+\s*(?:[x×]|sets?\s+of)\s*\d)", re.I
)


def name_then_sets(text: str) -> tuple[str, str] | None:
    m = _NAME_THEN_SETS.match(_LOAD_NOTE.sub("", text, count=1))
    if (
        m
        and short_name(m.group(1), 6)
        and not IMPERATIVE.match(m.group(1))
        and not _SENTENCE_NAME.search(m.group(1))
    ):
        return clean_name(m.group(1)), m.group(2)
    return None


# "Plank 30 seconds", "Wall sit - 45 s", "Light jog for 2 minutes": a short name, then a time and nothing else
_NAME_THEN_TIME = re.compile(
    r"^([A-Za-z][^:.!?;\d]{2,40}?)(?:\s+for)?\s*(?:[-–—:]\s*)?(\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?)\.?)$",
    _I,
)


def name_then_time(text: str) -> tuple[str, str] | None:
    """ "Plank 30 seconds" -> ("Plank", "30 seconds"): a list item's name and its time."""
    m = _NAME_THEN_TIME.match(text)
    if m and short_name(m.group(1), 5) and not _instructs(m.group(1)) and not TIMING_WORDS.search(m.group(1)):
        return clean_name(m.group(1)), m.group(2)
    return None


def name_then_dose(text: str) -> tuple[str, str] | None:
    """ "Push-up Plus x 10-12 reps" -> ("Push-up Plus", "x 10-12 reps")."""
    m = _NAME_THEN_DOSE.match(text)
    if (
        m
        and (DOSE_AFTER.match(m.group(2)) or _BARE_TIMES.fullmatch(m.group(2)))
        and short_name(m.group(1), 9)
        and not TIMING_WORDS.search(m.group(1))
    ):
        return clean_name(m.group(1)), m.group(2)
    return None


__all__ = [
    "DOSE_AFTER",
    "LABELLED_DOSE_AFTER",
    "dose_first",
    "name_and_dose",
    "name_then_dose",
    "name_then_sets",
    "name_then_time",
]
