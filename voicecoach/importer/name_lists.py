"""Exercises written as lists of names: a bulleted or numbered list of names (with a dose in
brackets, or how to do it), or the names listed inside one sentence."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import is_furniture_heading, label_of, strip_markup
from .lists import LIST_ITEM_START, SAYS_ITEMS_ARE_EXERCISES
from .shared import as_own_dose
from .vocabulary import EXERCISE_WORDS as _EXERCISE_WORDS
from .vocabulary import INSTRUCTION

_LIST_ITEM = re.compile(LIST_ITEM_START.pattern + r"(.+?)\s*$")


def name_list(lines: list[str]) -> list[Block]:
    """A list of exercise names with no instructions ("• Heel raises", "A1. Jumping Jacks"), or,
    where there is none, the same run of short name lines with its bullets lost in a copy."""
    return _name_run(lines, _LIST_ITEM) or _name_run(lines, _BARE_ITEM, bare=True)


# A list item's length or count in brackets after its name ("Cloud hands (1.5 min)", "Squats (x10)"):
# a list where one item in four has one names exercises, whatever their words
_BRACKET_DOSE = re.compile(
    r"\s*\((\d+(?:\.\d+)?\s*(?:minutes?|mins?|seconds?|secs?|s|reps?|times|breaths?)|[x×]\s*\d+|"
    # a dose phrase: "(10-15 reps each leg)", "(hold 20 seconds each side)", "(8-10 each leg)"
    r"(?:hold\s+(?:for\s+)?)?\d+(?:\s*[-–]\s*\d+)?\s*(?:(?:minutes?|mins?|seconds?|secs?|reps?|times|breaths?)\b)?"
    r"(?:\s+(?:in\s+)?(?:each|per|on\s+each)\s+(?:side|leg|arm|direction|way|position)s?)?)\)$",
    re.IGNORECASE,
)


# "5-minute easy jog", "2 min march on the spot": a time before the item's name is its dose
_TIME_FIRST = re.compile(
    r"^(\d+(?:\s*[-–]\s*\d+)?[- ]?(?:minutes?|mins?|seconds?|secs?))\s+(?:of\s+)?(?=[A-Za-z])", re.I
)


# "Station 2 – ", "Activity 3: ": a place label before the item's name
_PLACE_LABEL = re.compile(
    r"^(?:station|activity|exercise|drill|challenge)\s*\d+\s*(?:[:.)]|\s[–—-])\s*(?=\w)", re.I
)


# A short line that may be a list item whose bullet was lost: no sentence end
_BARE_ITEM = re.compile(r"^\s*([A-Za-z][\w'’()/-]*(?: [\w'’()/&-]+){0,5})\s*$")


def _name_run(lines: list[str], item: re.Pattern[str], bare: bool = False) -> list[Block]:
    best: list[Block] = []
    run: list[Block] = []
    dosed: list[tuple[str, list[Block]]] = []  # each qualifying run and its dosing lead line
    for i, line in enumerate(lines + [""]):
        m = item.match(line)
        text = strip_markup(m.group(1)).strip() if m else ""
        dose = _BRACKET_DOSE.search(text)
        name = text[: dose.start()] if dose else text
        told = None if dose else _TOLD_HOW.match(name)  # "Heel Flicks (Bring the foot up …)": its how
        name = told.group(1) if told else name
        if not dose and (timed := _TIME_FIRST.match(name)):  # "5-minute easy jog": its time, then its name
            name, dose = name[timed.end() :][:1].upper() + name[timed.end() + 1 :], timed
        if labelled := _PLACE_LABEL.match(name):  # "Station 2 – bench step ups": the activity names it
            name = name[labelled.end() :][:1].upper() + name[labelled.end() + 1 :]
        if (
            m
            and len(name.split()) <= (6 if bare else 10)
            and not re.search(r"[.!?:;,]$", name)
            and not is_furniture_heading(name)
            and label_of(name + ":") is None
        ):
            run.append(Block(name, [dose.group(1)] if dose else [told.group(2)] if told else [], i))
            continue
        if not bare and run and _list_goes_on(lines, i, item, run[-1].name):
            continue  # a blank line, "Static stretches-" / "Cool-down phase:", a picture's caption
        before = " ".join(lines[max(0, run[0].start - 12) : run[0].start]) if run else ""
        counted = _counted_before(before, len(run))  # "8 movements, each done six times" over 8 names
        called = bool(run) and (bool(SAYS_ITEMS_ARE_EXERCISES.search(before)) or counted)
        if (any(len(b.name.split(",")[0].split()) > 8 for b in run) and not counted) or 2 * sum(
            map(_step, run)
        ) >= len(run):
            run = []  # a long name is a sentence unless the text counts the names; "Tuck your chin" a step
        if len(run) >= 3 and (_names_exercises(run, bare) or called):
            dosed.append(_dosed_by_lead(lines, run))
            if len(run) > len(best):
                best = (
                    run if 2 * sum(bool(_WHOLE_LINK.match(lines[b.start])) for b in run) < len(run) else best
                )
        run = []
    if len(dosed) < 2 or not all(r for _, r in dosed):
        return best
    return [Block(b.name, [*b.lines, as_own_dose(lead)], b.start) for lead, r in dosed for b in r]


def _dosed_by_lead(lines: list[str], run: list[Block]) -> tuple[str, list[Block]]:
    """The lines right above the run and the run, if they dose them ("Do 2-3 sets of 8 of each:"),
    else ("", []): lists so led each name their part of one session (a warm-up, then the rest), each
    list's lead its own items' dose."""
    above = [line.strip() for line in lines[: run[0].start] if line.strip()]
    start = len(above) - 1  # the line right above, with the lines wrapped onto it ("… sets of 8" / "reps …")
    while start > 0 and len(above[start - 1]) >= 50 and not above[start - 1].endswith((".", "!", "?", ":")):
        start -= 1
    lead = " ".join(above[start:])
    if start < 0 or not has_dose(lead) or any(_LIST_ITEM.match(line) for line in above[start:]):
        return "", []
    return strip_markup(lead).strip(), run


_COUNT_OF = re.compile(
    r"\b(\d{1,2})\s+(?:[a-z-]+\s+)?(?:exercises|movements|moves|stretches|poses|postures|drills|forms|pieces)\b",
    re.I,
)


def _step(block: Block) -> bool:
    """ "Tuck your chin to your chest", "Take the hip back under the chair": an instruction, not a
    name (a qigong movement's imperative name is short: "Hold the moon")."""
    said = re.search(r"\byour\b", block.name, re.I) or (
        re.search(r"\bthe\b", block.name, re.I) and len(block.name.split()) >= 6
    )
    return bool(_DOSE_STEP.match(block.name)) or (bool(INSTRUCTION.match(block.name)) and bool(said))


# "Repeat on the other side", "Relax and hold the stretch": a step that doses, never a name
_DOSE_STEP = re.compile(
    r"^(?:repeat|return|relax|rest|continue|keep|switch|change)\b|^hold\s+(?:the|this|it)\s+(?:stretch|position|pose)\b",
    re.I,
)


def _counted_before(text: str, items: int) -> bool:
    """The text before the list says how many there are, and the list has that many."""
    return any(int(m.group(1)) == items for m in _COUNT_OF.finditer(text))


# A short label line over a list's next part ("Dynamic stretches-", "Cool-down phase:", "**Arms**")
_LABEL_LINE = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:\*\*)?([A-Za-z][\w/' -]{2,40}?)\s*(?:[:–-]|\*\*)\s*(?:\*\*)?\s*$"
)


def _group_label(line: str) -> bool:
    m = _LABEL_LINE.match(line)
    return m is not None and len(m.group(1).split()) <= 4 and not is_furniture_heading(m.group(1))


def _caption_of(line: str, name: str) -> bool:
    """ "Quad sets with towel under knee" under "1. Quad sets": a picture's caption, the name again."""
    text = strip_markup(line).strip()
    return (
        text.lower().startswith(name.lower()) and len(text.split()) <= 10 and not re.search(r"[.!?]$", text)
    )


def _list_goes_on(lines: list[str], i: int, item: re.Pattern[str], last: str) -> bool:
    """Lines ``i``… are blank lines, short group labels and captions that repeat the last name, up
    to the next item: one list of names."""
    j = i
    while j < len(lines) and (not lines[j].strip() or _group_label(lines[j]) or _caption_of(lines[j], last)):
        j += 1
    return j > i and j < len(lines) and bool(item.match(lines[j]))


# A name with how to do it in brackets after it: "Heel Flicks (Bring the foot up underneath you)"
_TOLD_HOW = re.compile(
    r"^(.{3,40}?)\s*\(\s*((?:[^()\s]+\s+){4,}[^()]+)\)\s*$"
)  # five words or more, not a gloss


def _names_exercises(run: list[Block], bare: bool) -> bool:
    """Half the names are exercise words (every one where the bullets were lost), or their doses
    in brackets say they are exercises: one item in four in a list, three in four bare ("Cobra
    (x8)")."""
    words = sum(bool(_EXERCISE_WORDS.search(b.name)) for b in run)
    dosed = sum(bool(b.lines) for b in run)
    if bare:
        return words == len(run) or 4 * dosed >= 3 * len(run)
    return 2 * words >= len(run) or 4 * dosed >= len(run)


# "- [Chin tucks for desk workers](/chin-tucks)": an item that is only a link points to another page
_WHOLE_LINK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+\[[^\]]+\]\([^)]*\)\s*$")


# "the stations included: step ups, jumping jacks and bunny hops": names listed inside a sentence
_LISTED = r"[A-Za-z][\w'-]*(?: [\w'-]+){0,3}"  # one name in a sentence's list: up to four words
_INLINE_LIST = re.compile(
    r"(?:\b(?:include[sd]?|including|are|were|was|is)\b\s*[:;]?|[:;])\s+"
    rf"((?:{_LISTED}, ){{2,}}{_LISTED},? and {_LISTED})\s*[.!]",
    re.IGNORECASE,
)


# "There are two exercises, swings and squats": a sentence that says it names the exercises
_NAMED_LIST = re.compile(
    r"\b(?:exercises|moves|stretches|stations|drills)\b\s*(?:[:,]|\b(?:are|were)\b:?)\s+"
    rf"((?:{_LISTED}, )*{_LISTED},? and {_LISTED})\s*[.!,;]",
    re.IGNORECASE,
)


# "I only did 4 exercises (Push Up, Sumo Squat, Plank & Blurpee)": a count of exercises, then as
# many names in brackets (the sentence says they are exercises; no exercise word needed)
_BRACKETED_LIST = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:exercises|moves|stretches|"
    rf"drills|movements|poses)\s*\(((?:{_LISTED}, )*{_LISTED},? (?:and|&) {_LISTED})\)",
    re.IGNORECASE,
)
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _split_items(listed: str) -> list[str]:
    return [x.strip() for x in re.split(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", listed) if x.strip()]


def _bracketed(text: str) -> list[list[str]]:
    """Each bracketed list whose count of exercises before it is its count of names."""
    found = []
    for m in _BRACKETED_LIST.finditer(text):
        items, count = _split_items(m.group(2)), m.group(1).lower()
        if len(items) == (int(count) if count.isdigit() else _COUNT_WORDS.index(count) + 2):
            found.append(items)
    return found


def inline_names(lines: list[str]) -> list[Block]:
    """The longest list of exercise names written in one sentence (most of them exercise words,
    or as many as the sentence says it names), each with its count where the list gives one
    ("Circuit: 10 burpees, 15 squats and a 30 second plank")."""
    best: list[Block] = []
    for i, line in enumerate(lines):
        text = strip_markup(line)
        lists = [
            _split_items(m.group(1)) for m in [*_INLINE_LIST.finditer(text), *_NAMED_LIST.finditer(text)]
        ]
        for items in lists:
            if 2 * sum(bool(_EXERCISE_WORDS.search(x)) for x in items) >= len(items) > len(best):
                best = [Block(x[:1].upper() + x[1:], [], i) for x in items]
        for items in _bracketed(text):
            if len(items) > len(best):
                best = [Block(x[:1].upper() + x[1:], [], i) for x in items]
        for m in _COUNTED_LIST.finditer(text):
            items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if x.strip()]
            counted = [
                c for x in items if (c := _COUNTED_ITEM.match(x)) and _EXERCISE_WORDS.search(c.group(3))
            ]
            if len(counted) == len(items) >= 3 and len(items) > len(best):
                best = [
                    Block(
                        c.group(3)[:1].upper() + c.group(3)[1:], [f"{c.group(1)} {c.group(2) or 'times'}."], i
                    )
                    for c in counted
                ]
    return best


# "Circuit: 10 burpees, 15 squats and a 30 second plank": counted names after a colon, one sentence
_COUNTED_LIST = re.compile(r"[:;]\s+([^.!?:;]{10,240}?)\s*[.!]")
_COUNTED_ITEM = re.compile(
    r"^(?:an?\s+)?(\d+)(?:\s*-?\s*(seconds?|secs?|minutes?|mins?))?\s+(?:of\s+)?([A-Za-z][\w' -]{2,40})$",
    re.I,
)


__all__ = ["name_list", "inline_names"]
