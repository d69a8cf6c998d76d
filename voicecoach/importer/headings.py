"""Recognise the lines that start an exercise, in each style articles use.

A *style* is one way of marking exercises: ``Exercise 3: Name``, ``Step 2: …``,
markdown ``## Name``, a numbered list ``1. Name — text``, a bold title line, a
``Name — text`` dash line, or a short title line on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dose_names import DOSE_AFTER as _DOSE_AFTER
from .dose_names import dose_first
from .dose_names import name_then_dose as _name_then_dose
from .dose_names import name_then_sets as _name_then_sets
from .dose_names import name_then_time as _name_then_time
from .furniture import label_of, strip_markup
from .name_split import LABEL_ONLY, NAME_SPLIT, split_name
from .naming import TIMING_WORDS as _TIMING_WORDS
from .naming import amrap_name, clean_name, is_schedule_label
from .naming import short_name as _short_name
from .naming import without_brackets as _without_brackets
from .numbers import UNITS_WORDS
from .run_in_names import run_in_name
from .vocabulary import BULLET, DOSE, EXERCISE_WORDS, IMPERATIVE, INSTRUCTION

STRONG_STYLES = ("exercise", "step", "markdown", "numbered")
WEAK_STYLES = ("bold", "dash", "short")  # plus "colon" and "title" (see structure)
_I = re.IGNORECASE
_SEP = r"[:.)\-–—]"
_COUNT = (
    r"(\d+|" + "|".join(UNITS_WORDS) + r")(?:\s+of\s+(?:\d+|" + "|".join(UNITS_WORDS) + r"))?"
)  # "Two", "1 of 3"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNITS_WORDS.index(word.lower()) + 1


_EXERCISE = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*|__)?(?:exercise|ex\.?|move|stretch|drill|pose|movement|station|activity)\s*(?:#|no\.?\s*)?"
    rf"{_COUNT}\s*(?:\*\*|__)?\s*{_SEP}\s*(.+)$",
    _I,
)
# A short name, a colon, then a title-case qualifier of one to three words and nothing else
_QUALIFIED = re.compile(
    r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: (?:On |In |Of |With )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$"
)
_STEP = re.compile(rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*|__)?step\s*{_COUNT}\s*(?:\*\*|__)?\s*{_SEP}\s*(.+)$", _I)
_MARKDOWN = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = re.compile(
    r"^\s*(?:\*\*|__)?\(?(\d+)\s*[.)/]\s+(.+)$"
)  # "1. Name", "(3) Name", "**4. Name**", "1/ Name"
_BOLD = re.compile(r"^\s*(?:[-*•]\s+)?(\*\*|__)(.+?)\1\s*[:.\-–—]?\s*(.*)$")


@dataclass(frozen=True)
class Heading:
    style: str
    name: str
    inline: str = ""  # text after the name on the same line
    level: int = 0  # markdown level, else 0
    number: int | None = None


# "Exercise 3" or "Exercise 3 of 6" alone on its line: the name follows on the next
_EXERCISE_BARE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(exercise|move|stretch|station)\s*(\d+)(?:\s+of\s+\d+)?(?:\*\*|__)?\s*$",
    _I,
)


def exercise_heading(line: str) -> Heading | None:
    m = _EXERCISE.match(line)
    if not m and (bare := _EXERCISE_BARE.match(line)):
        return Heading("exercise", f"{bare.group(1).capitalize()} {bare.group(2)}", number=int(bare.group(2)))
    if not m:
        return None
    rest = m.group(2).strip()  # "EXERCISE 1: Range of Motion: Alphabet" is one name (_QUALIFIED)
    named = (None if _QUALIFIED.match(strip_markup(rest)) else split_name(rest)) or (clean_name(rest), "")
    return Heading("exercise", named[0], named[1], number=_count(m.group(1)))


def step_heading(line: str) -> Heading | None:
    m = _STEP.match(line)
    if not m:
        return None
    named = (
        run_in_name(m.group(2).strip())
        or split_name(m.group(2))
        or (f"Step {_count(m.group(1))}", m.group(2).strip())
    )
    return Heading("step", named[0], named[1], number=_count(m.group(1)))


# A number before a singular noun is part of the name, not its place: "5 Finger Breathing", "3 Part
# Breath", "7 Minute Workout" ("### 2 Bridges" is the second heading)
_COUNTED_NOUN = r"(?:Finger|Part|Minute|Second|Point|Count|Square|Step|Way|Move)\b(?!s)"


def markdown_heading(line: str) -> Heading | None:
    m = _MARKDOWN.match(line)
    if not m:
        return None
    level, text = len(m.group(1)), m.group(2)
    if level > 1:  # "### 1 Quad sets": a section heading's bare number before a name numbers it
        text = re.sub(r"^\d{1,2}\s+(?=[A-Z][a-z])(?!" + _COUNTED_NOUN + r")", "", text)
        text = re.sub(
            r"^(?:1[1-9]|[2-9]\d)\s+(?=Finger\b)", "", text
        )  # "20 Finger Flicks": no 20-finger hand
    return Heading("markdown", clean_name(text), level=level)


def bold_name(text: str) -> str:
    """ "Lying down, do **heel slides**: …": the one short bold phrase of an unnamed item names it."""
    bold = re.findall(r"\*\*([^*]{2,60}?)\*\*", text)
    if len(bold) != 1 or len(bold[0].split()) > 6 or label_of(bold[0].strip() + ":"):
        return ""
    name = bold[0].strip(" :.,")
    return name[:1].upper() + name[1:]


def numbered_heading(line: str) -> Heading | None:
    m = _NUMBERED.match(line)
    if not m or _MARKDOWN.match(line):
        return None
    text = m.group(2).strip()
    if not re.match(r"^(?:\*\*|__)", text) and (bold := bold_name(text)):  # "Lie down and do **bridges**: …"
        return Heading("numbered", bold, strip_markup(text), number=int(m.group(1)))
    named = split_name(text) or _subject_name(text)
    if named is None and (counted := amrap_name(text)):  # "2. As many lunges as you can in 1 minute"
        named = counted, text
    if named is None:
        return Heading("numbered", "", text, number=int(m.group(1)))
    return Heading("numbered", named[0], named[1], number=int(m.group(1)))


# "Shavasana or the Corpse Pose is very simple. Lie …": a pose or exercise named as the subject
_SUBJECT = re.compile(r"^([A-Z][^.,;:!?]{2,50}?)\s+(?:is|are)\s+[^.]*\.\s+(\S.*)$")


def _subject_name(text: str) -> tuple[str, str] | None:
    m = _SUBJECT.match(strip_markup(text))
    if (
        m
        and _short_name(m.group(1), 6)
        and EXERCISE_WORDS.search(m.group(1))
        and not INSTRUCTION.match(m.group(1))
    ):
        return clean_name(m.group(1)), m.group(2)
    return None


# A bold lead that gives its dose after the name and a stop or colon: "**Front Plank. 3 x 30 seconds.**"
_BOLD_DOSED = re.compile(r"^(.{2,60}?)[.:]\s+(\d.*)$")


def bold_heading(line: str) -> Heading | None:
    m = _BOLD.match(line)
    if not m or label_of(m.group(2).rstrip(":") + ":") is not None:
        return None
    bold, inline = m.group(2), m.group(3).strip()
    if (dosed := _BOLD_DOSED.match(bold)) and DOSE.search(dosed.group(2)):
        bold, inline = dosed.group(1), f"{dosed.group(2).rstrip('.')}. {inline}".strip()
    name = clean_name(bold)
    if _DOSE_SENTENCE.match(name) and DOSE.search(name):
        return None  # "**Perform 1 to 3 sets of 15 repetitions.**": the dose, said in bold
    return Heading("bold", name, inline) if _short_name(name, 9) else None


_BUILDING_UP = re.compile(r"^(?:build|work|progress|increase)\s+(?:up|on|slowly|gradually)\b", re.IGNORECASE)
_DOSE_SENTENCE = re.compile(r"^(?:do|perform|complete|repeat|aim for|try)\s+\d", re.IGNORECASE)


_ORDER_CODE = re.compile(r"[A-Z]{1,2}\s?\d{1,2}[a-z]?")  # "A1", "B2", "C 3": a superset's place, no name


def dash_heading(line: str) -> Heading | None:
    text = BULLET.sub("", line)
    if _MARKDOWN.match(line) or _NUMBERED.match(line) or label_of(text):
        return None
    m = NAME_SPLIT.match(strip_markup(text).strip())
    if m and _ORDER_CODE.fullmatch(m.group(1).strip()):  # "A1 – Squat – 60 seconds": a tri-set's code
        m = NAME_SPLIT.match(m.group(2).strip()) or m
    if (
        not m
        or not _short_name(m.group(1), 6)
        or _TIMING_WORDS.search(m.group(1))
        or LABEL_ONLY.match(m.group(1))
    ):
        return None  # "Exercise — Bridge": a label line, named by what follows the label
    if not re.search(r"\s[—–-]\s|[—–]|[a-z]-\s+[A-Z]|\S\t+\S", text):  # a tab parts columns
        return None  # "Name: text" only counts in a list of dash lines
    if _SENTENCE_GOES_ON.match(m.group(2)):
        return None  # "Everyone says never skip leg day - but what …?": a sentence's dash, no name
    return Heading("dash", clean_name(m.group(1)), m.group(2).strip())


_SENTENCE_GOES_ON = re.compile(r"^(?:but|and|so|or|because|which|though|although)\b")


def short_heading(line: str) -> Heading | None:
    text = strip_markup(line).strip()
    name, _, qualifier = text.partition(" – ")  # "Hip abduction in side – lying against a wall"
    if (
        BULLET.match(line)
        or _MARKDOWN.match(line)
        or not (_short_name(text, 7) or (qualifier and _short_name(name, 6) and _short_name(qualifier, 6)))
        or _TIMING_WORDS.search(_without_brackets(text))
    ):
        return None
    return Heading("short", clean_name(text))


def dosed_heading(line: str) -> Heading | None:
    """ "3 x 15 Biceps Curls" or "Push-up Plus x 10 reps": a line that is a dose and a name, the
    whole exercise."""
    if _MARKDOWN.match(line):
        return None
    text = re.sub(r"^\(?\d+[.)]\s+", "", strip_markup(BULLET.sub("", line)).strip())  # "1. Squats x 15"
    if named := dose_first(text, bulleted=bool(BULLET.match(line))):  # "- 5 Pull-Ups": a count
        return Heading("dosed", named[0], named[1])
    named = _name_then_dose(text) or _name_then_sets(text)
    if not named and re.match(r"^\s*(?:[-*•]|\(?\d+[.)])\s", line):  # "- Plank 30 seconds" in a dosed list
        named = _name_then_time(text)
    return Heading("dosed", *named) if named else None


def colon_heading(line: str) -> Heading | None:
    """ "Plank Row:  Get into a plank …": a short name, a colon, then the instructions."""
    text = BULLET.sub("", line)
    if _MARKDOWN.match(line) or _NUMBERED.match(line) or label_of(text):
        return None
    m = re.match(r"^(.{2,60}?):\s+(\S.*)$", strip_markup(text).strip())
    if not m and (named := _name_then_dose(strip_markup(text).strip())):
        return Heading("colon", *named)  # "Push-up Plus x 10 reps" in a list of "Name: dose"
    if (
        not m
        or not _short_name(m.group(1), 9 if m and _DOSE_AFTER.match(m.group(2)) else 6)
        or _TIMING_WORDS.search(m.group(1))
        or not re.match(r"^[A-Z]", m.group(1))
        or (len(m.group(2).split()) < 3 and not _DOSE_AFTER.match(m.group(2)))  # "Squats: 30 seconds"
        # "March on the spot: for 3 minutes" names a movement by its verb, its line a dose
        or (
            IMPERATIVE.match(m.group(1))
            and not _DOSE_AFTER.match(re.sub(r"^(?:for|about)\s+", "", m.group(2)))
        )
        or _BUILDING_UP.match(m.group(1))  # "Build up bit by bit: start with 1 set …": a progression's advice
        or re.search(r"[.!?]\s", m.group(1))  # "Sit tall. Inhale: 4 seconds": a sentence before a label
    ):
        return None  # "Get into a plank: elbows under …" is an instruction
    return Heading("colon", clean_name(m.group(1)), m.group(2).strip())


DETECTORS = {
    "exercise": exercise_heading,
    "step": step_heading,
    "markdown": markdown_heading,
    "numbered": numbered_heading,
    "bold": bold_heading,
    "dash": dash_heading,
    "short": short_heading,
    "colon": colon_heading,
    "dosed": dosed_heading,
    "title": short_heading,
}
# Pure, and asked of the same lines by every style's splitter and by the readers after it: each
# detector cached (a Heading is frozen)
_CACHED = {detector: lru_cache(maxsize=16384)(detector) for detector in set(DETECTORS.values())}
DETECTORS = {style: _CACHED[detector] for style, detector in DETECTORS.items()}

__all__ = [
    "Heading",
    "DETECTORS",
    "STRONG_STYLES",
    "WEAK_STYLES",
    "clean_name",
    "bold_name",
    "is_schedule_label",
]
