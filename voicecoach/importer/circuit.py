"""Whole-session doses: rounds of the whole circuit and work/rest intervals.

"Go through the circuit 3 times" is not any one exercise's sets: the exercises become a
routine ``circuit`` block with ``rounds`` (and its ``rest`` between rounds when the article
gives one).  "40 seconds on, 20 seconds off" gives every exercise without a dose of its own
40 s of work, and 20 s becomes the session's ``rest_between``.  Both are found sentence by
sentence over the whole article and taken out of it, so no exercise reads them as its dose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import normalize
from .timing import count_value, time_value
from .vocabulary import FREQUENCY, NUM, UNIT

_I = re.IGNORECASE
_WHOLE = r"(?:the\s+|this\s+|that\s+|these\s+|both\s+(?:the\s+)?|all\s+(?:the\s+|these\s+|of\s+the\s+)?)?(?:whole\s+|entire\s+|full\s+|complete\s+)?"
_GROUP = (
    r"(?:circuit|sequence|routine|workout|series|set of (?:exercises|moves)|exercises|moves|stations|"
    r"list|block|session|program(?:me)?|following(?:\s+exercises)?)"
)
_ROUNDS = [
    rf"\b(?:go|work|run|cycle|move)\s+(?:through|round|around)\s+{_WHOLE}(?:[\w-]+\s+){{0,2}}?{_GROUP}\s+(?:(?:below|above|here)\s+)?{NUM}\s*"
    r"(?:more\s+)?times\b",
    rf"\b(?:repeat|do|complete|perform)\s+{_WHOLE}{_GROUP}\s+(?:(?:below|above|here)\s+)?(?:a\s+total\s+of\s+)?{NUM}\s*"
    r"(?:more\s+)?times\b",
    rf"\b{NUM}\s*(?:rounds?|times|circuits?|laps?|sets)\s+(?:of|through)\s+{_WHOLE}(?:\w+\s+)?{_GROUP}\b",
    # a line that leads the list or heads it: "Complete 3 rounds:", "3 rounds of:", "## 3 rounds"
    rf"^\W*(?:(?:complete|do|perform|repeat)\s+)?{NUM}\s*(?:rounds?|circuits?|times\s+through)\s*(?:of\s*)?:\s*$",
    rf"^\s*(?:#+\s*|\*\*)?{NUM}\s*(?:rounds?|circuits?)\s*(?:\*\*)?\s*$",
    # "Go through 3 times, resting …": through the list, no exercise named ("go through it 8 times" is one's)
    rf"^\W*(?:then\s+)?(?:go|run|cycle|work)\s+through\s+{NUM}\s*(?:more\s+)?times\b",
    rf"\b(?:repeat|do|complete|perform)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:circuit|sequence|routine)\s+"
    rf"(?:for\s+)?(?:a\s+total\s+of\s+)?{NUM}\s*(?:rounds?|circuits?)\b",
    rf"\b(?:for|complete|do|perform)\s+{NUM}\s*(?:total\s+)?(?:rounds?|circuits?)\s+(?:in\s+total|total)\b",
    rf"\b(?:repeat|do|complete|perform|go\s+through)\s+(?:the\s+)?(?:whole|entire)\s+(?:thing|set|lot)\s+"
    rf"(?:a\s+total\s+of\s+)?{NUM}\s*times\b",
    rf"\b{NUM}\s*(?:sets?|x)\s+(?:of|through)\s+(?:the\s+|this\s+)(?:whole\s+)?(?:circuit|workout|routine|sequence)\b",
    # "Repeat for 4 more rounds." on a line of its own, after the list: the list again, 5 rounds in all
    rf"^\W*(?:then\s+)?repeat\s+(?:for\s+)?{NUM}\s*more\s+rounds?\W*$",
]
# "Every minute on the minute for 10 minutes", "EMOM x 12", "EMOM 10 min": one round each minute
_EMOM = [
    rf"\b(?:every\s+minute\s+on\s+the\s+minute|emom)\b\s*(?:for\s+|[x×:]\s*|-\s*)?{NUM}\s*(?:minutes?|mins?|rounds?)?\b",
]
# Said in the introduction, before the first exercise, a sentence that is only the count is the
# whole circuit's ("Complete 3 rounds.", "Repeat for 3 rounds", "Do 3 circuits", "3 rounds, 60 s rest
# between rounds", "Rounds: 3"); under an exercise it is that exercise's sets.
_INTRO_ROUNDS = [
    rf"^\W*(?:(?:complete|do|perform|repeat\s+for|aim\s+for|try|go\s+for)\s+)?{NUM}\s*(?:rounds?|circuits?|laps)"
    r"(?=\s*(?:[.!,;]|$|with\b|in\s+total|total|of\s+(?:the\s+|this\s+)?(?:circuit|workout|routine|sequence)))",
    rf"^\W*rounds?\s*:\s*{NUM}\s*$",
    rf"\b(?:go|work|run|cycle)\s+through\s+(?:it|them|these|all\s+of\s+them)\s+{NUM}\s*times\b",  # "Go through it twice"
]
# "Repeat the series 10 times with each hand": a count per limb is one exercise's, no circuit's rounds
_PER_LIMB = r"\b(?:with|on|for|using)\s+(?:each|either|every)\s+(?:hand|arm|leg|foot|side)\b"
# "then repeat the whole thing": once more, two rounds in all
_ONCE_MORE = (
    r"\b(?:repeat|do)\s+(?:the\s+)?(?:whole|entire)\s+(?:thing|circuit|sequence|routine|workout|set)"
    r"(?:\s+(?:once\s+more|again|one\s+more\s+time))?\s*(?:[.!;]|$)"
)
# "Rest 30 seconds between exercises", "a 10 second break before the next station": the session's
_REST_BETWEEN = (
    rf"(?:\b(?:rest|break|recover|pause)\w*\b[^.;\d]{{0,20}}?{NUM}\s*{UNIT}|"
    rf"\b{NUM}[\s-]*{UNIT}\s*(?:of\s+)?(?:rest|break|recovery|pause))"
    r"[^.;]{0,15}?\b(?:between\s+(?:each\s+|the\s+|all\s+)?(?:exercises?|stations?|moves?|drills?|activities)|"
    r"before\s+(?:the\s+next|moving\s+on|you\s+move\s+on))\b"
)
_ROUND_REST = (  # "rest 1 minute between rounds", "take a 10-second rest in between each round"
    rf"(?:\brest(?:ing)?\b[^.;\d]{{0,30}}?{NUM}\s*{UNIT}|\b{NUM}[\s-]*{UNIT}\s*(?:of\s+)?(?:rest|break|recovery)\b)"
    r"[^.;]{0,15}?\bbetween\s+(?:each\s+)?(?:rounds?|circuits?|laps?)\b"
)
# "Rest 15 seconds between exercises and 2 minutes between rounds": the second rest, its word said once
_ROUND_REST_AFTER_AND = rf"\b(?:rest|break|recover)\w*\b[^.;]*?\band\s+{NUM}\s*{UNIT}\s+between\s+(?:each\s+)?(?:rounds?|circuits?|laps?)\b"
_INTERVAL = (
    rf"\b{NUM}\s*(?:{UNIT})?\s*(?:of\s+)?(?:work\s+)?on\b[\s,/;-]*(?:and\s+|then\s+|with\s+)?{NUM}\s*"
    rf"(?:{UNIT})?\s*(?:of\s+)?(?:rest\s+)?off\b"
)
_WORK_REST = (  # "work 40 s, rest 20", "Work: 40s / Rest: 20s"
    rf"\b(?:work|go|exercise)(?:\s+(?:hard|flat out|all out|as hard as you can))?\s*:?\s+(?:for\s+)?{NUM}\s*"
    rf"{UNIT}\s*[,;/]?\s*(?:and\s+|then\s+)?(?:rest|recover)\s*:?\s+(?:for\s+)?{NUM}\s*(?:{UNIT})?"
)
# "You do one exercise for 40 seconds as fast as you can, and then you rest for 20 seconds",
# "every exercise is done for 20 seconds (the on phase), followed by 10 seconds of rest"
_WORK_GAP = (
    rf"\b(?:exercises?|moves?|movements?|stations?|drills?|activit(?:y|ies)|work|go)\b[^.;\d]{{0,12}}?\s+for\s+{NUM}\s*{UNIT}"
    r"[^.;\d]{0,100}?"
)
_WORK_GAP_REST = (
    rf"{_WORK_GAP}\bthen\s+(?:you\s+)?(?:rest|recover)\s+(?:for\s+)?{NUM}\s*(?:{UNIT})?",
    rf"{_WORK_GAP}\bfollowed\s+by\s+(?:a\s+)?{NUM}[\s-]*(?:{UNIT})?\s*(?:of\s+)?(?:rest|recovery|break)\b",
)
_WORK_THEN_REST = (
    rf"\b{NUM}\s*{UNIT}\s*(?:of\s+)?(?:work|effort|exercise)\b\s*(?:[,;/]|followed by|then|and|with)?\s*"
    rf"{NUM}\s*(?:{UNIT})?\s*(?:of\s+)?(?:rest|recovery)\b"
)


@dataclass(frozen=True)
class SessionDose:
    """What the article says for the whole session (None: not said), with notes."""

    rounds: int | None = None
    round_rest: float | None = None
    work: float | None = None
    rest_between: float | None = None
    notes: tuple[str, ...] = ()


def _seconds(m: re.Match, lo: int, unit: int, default_unit: str | None = None) -> float:
    return time_value(m, lo, unit, None if m.group(unit) else default_unit).number


_DIGIT = re.compile(r"\d")  # every count of rounds and every interval holds a number (NUM)


def _interval(said: str):
    """A work/rest interval in a normalized sentence, unless it is one exercise's sets ("x 4")."""
    if not _DIGIT.search(said):
        return None
    m = (
        re.search(_INTERVAL, said, _I)
        or re.search(_WORK_REST, said, _I)
        or re.search(_WORK_THEN_REST, said, _I)
        or re.search(_WORK_GAP_REST[0], said, _I)
        or re.search(_WORK_GAP_REST[1], said, _I)
    )
    if m and re.match(r"\s*(?:[x×]\s*\d|for\s+\d+\s*(?:sets|rounds))", said[m.end() :], _I):
        return None  # "20 seconds on, 20 off x 4": one exercise's sets (families)
    return m


def _read(
    sentence: str, dose: dict, notes: list[str], intervals: bool, rounds: bool = True, intro: bool = False
) -> bool:
    """Record what one sentence says for the whole session; True if it said anything.
    ``intervals`` / ``rounds``: a work/rest interval, a count of rounds is the session's (it is
    stated once, not per exercise)."""
    if re.match(r"\W*(?:for example|for instance|e\.g\.)", sentence, _I):
        return False  # an example is not the dose
    said, found = re.sub(FREQUENCY, " ", normalize(sentence), flags=_I), False  # "twice a day": how often
    for pattern in (
        (_ROUNDS + _EMOM + _INTRO_ROUNDS if intro else _ROUNDS + _EMOM)
        if rounds and _DIGIT.search(said) and not re.search(_PER_LIMB, said, _I)
        else ()
    ):
        m = re.search(pattern, said, _I)
        if m and "rounds" not in dose:
            more = bool(
                re.search(r"\bmore\s+(?:times|rounds?)\b", m.group(0), _I)
            )  # "2 more times": 3 in all
            dose["rounds"], found = int(count_value(m, 1).number) + more, True
            notes.append(
                f'the whole circuit {dose["rounds"]} rounds (article: "{" ".join(m.group(0).split())}")'
            )
    m = re.search(_ONCE_MORE, said, _I)
    if m and "rounds" not in dose:
        dose["rounds"], found = 2, True
        notes.append(f'the whole circuit 2 rounds (article: "{" ".join(m.group(0).split()).rstrip(".!;")}")')
    if not _DIGIT.search(said):
        return found  # each pattern below holds a number
    m = re.search(_ROUND_REST, said, _I)
    if m:
        dose["round_rest"], found = _seconds(m, *((1, 3) if m.group(1) else (4, 6))), True
    elif m := re.search(_ROUND_REST_AFTER_AND, said, _I):
        dose["round_rest"] = _seconds(m, 1, 3)
    elif found:  # "rest 1 minute, then repeat the whole thing": the rest before the next round
        m = re.search(rf"\b(?:rest|break|recover)\w*\b[^.;\d]{{0,20}}?{NUM}\s*{UNIT}", said, _I)
        if m and "round_rest" not in dose:
            dose["round_rest"] = _seconds(m, 1, 3)
    m = re.search(_REST_BETWEEN, said, _I)
    if m and "rest_between" not in dose:
        lo, unit = (1, 3) if m.group(1) else (4, 6)
        dose["rest_between"] = _seconds(m, lo, unit)
        found = found or not re.search(r"\d", said[: m.start()] + said[m.end() :])  # else it doses too
        notes.append(
            f'{dose["rest_between"]:g} s between exercises (article: "{" ".join(m.group(0).split())}")'
        )
    m = _interval(said) if intervals else None
    if m and "work" not in dose:
        dose["work"], dose["rest_between"], found = _seconds(m, 1, 3), _seconds(m, 4, 6, m.group(3)), True
        notes.append(
            f"every exercise without a dose of its own {dose['work']:g} s of work, {dose['rest_between']:g} s between "
            f'exercises (article: "{" ".join(m.group(0).split())}")'
        )
    return found


_BULLET = r"^\s*(?:[-*•]|\d{1,2}[.)])\s*"  # a bulleted or numbered item
# An item that names an exercise with its dose ("- Goblet squats: x 10", "2. As many lunges as you
# can in 1 minute"), not a step ("- Hold for 6 seconds")
_DOSED_ITEM = re.compile(
    rf"{_BULLET}(?!(?:(?:now|then|next|slowly|gently)\s+)?(?:hold|holding|rest|relax|repeat|keep|stay|breathe|"
    r"inhale|exhale|squeeze|tighten|release|pause|do|count|wait|take|lower|return|go|come)\b)"
    r"(?:[A-Z][^:.]{2,60}?(?::\s*|\s+)(?:[x×]\s*\d|\d+\s*(?:[x×]|reps?\b|seconds?\b|minutes?\b))|"
    r"(?:as\s+many|how\s+many|max(?:imum)?)\b[^.]{2,60}?\bin\s+\d+\s*(?:seconds?|minutes?)\b)",
    _I,
)
_REPEAT_ITEM = re.compile(
    rf"{_BULLET}(?:(?:rest|recover)\w*\b[^.;]*?\b(?:and|then)\s+)?(?:repeat|go\s+(?:a)?round)\b[^.;\d]{{0,20}}?"
    rf"{NUM}\s*(more\s+)?times\b",
    _I,
)
# "5. Rest for a full minute and drink some water" just before the repeat item: the rest between rounds
_REST_ITEM = re.compile(
    rf"{_BULLET}(?:then\s+)?(?:rest|recover|take\s+a\s+break)\w*\b[^.;\d]{{0,20}}?{NUM}\s*{UNIT}", _I
)


def _list_repeat(lines: list[str], dose: dict, notes: list[str]) -> None:
    """A list of dosed exercises ("- Squats: x 12") whose last item is "- Rest 30-60 seconds and
    repeat 1-2 more times", or a rest item and then "Repeat 2 times": those items repeat the whole
    list (rounds, with its rest); taken out."""
    for i, line in enumerate(lines):
        m = _REPEAT_ITEM.match(normalize(line))
        if not m or "rounds" in dose:
            continue
        rest_item = i > 0 and _REST_ITEM.match(normalize(lines[i - 1])) is not None
        items = [x for x in lines[max(0, i - 9) : i - rest_item] if re.match(_BULLET, x)]
        if sum(bool(_DOSED_ITEM.match(normalize(x))) for x in items) < 2:
            continue
        count = int(count_value(m, 1).number) + (1 if m.group(3) else 0)
        dose["rounds"] = count
        rest = re.search(rf"{NUM}\s*{UNIT}", normalize(lines[i - 1] if rest_item else line), _I)
        if rest and "round_rest" not in dose:
            dose["round_rest"] = _seconds(rest, 1, 3)
        notes.append(f'the whole list {count} rounds (its last item: "{line.strip(" -*•")}")')
        _take_item(lines, i)
        if rest_item:
            lines[i - 1] = ""


def _take_item(lines: list[str], i: int) -> None:
    """Blank the item at ``i`` and the lines it runs on to (up to a blank line or the next item)."""
    lines[i] = ""
    for k in range(i + 1, len(lines)):
        if not lines[k].strip() or re.match(_BULLET, lines[k]):
            break
        lines[k] = ""


def _rounds_as_sets(line: str) -> str:
    """ "Repeat routine 2 to 3 times" said under each exercise: that exercise's sets ("2 sets")."""
    said = normalize(line)
    for pattern in _ROUNDS:
        if m := re.search(pattern, said, _I):
            return f"{said[: m.start()]}{int(count_value(m, 1).number)} sets{said[m.end() :]}"
    return line


def _first_exercise_line(lines: list[str]) -> int:
    """The first sub-heading, list item or table row: where the introduction ends (0 when there is none, so
    an article without them has no introduction to read a bare count of rounds from)."""
    marked = re.compile(r"^\s*(?:#{2,6}\s|[-*•]\s|\d{1,2}[.)]\s|\|)")  # a heading, an item, a table row
    return next((i for i, line in enumerate(lines) if marked.match(line)), 0)


def read_session_dose(text: str) -> tuple[str, SessionDose]:
    """The text without its whole-session sentences (line by line: headings stay), and what
    they said.  An interval or a count of rounds stated in several sentences ("Repeat routine 2
    to 3 times" under each exercise) is each exercise's own, left in place."""
    dose: dict = {}
    notes: list[str] = []
    listed = text.split("\n")
    _list_repeat(listed, dose, notes)  # first: "- Repeat the list 3 times" after "- Rest 60 seconds"
    text, lines = "\n".join(listed), []
    said = [s for line in text.split("\n") for s in re.split(r"(?<=[.!?])\s+", line)]
    stated = sum(1 for s in said if re.search(r"\d|\b(?:on|off|rest)\b", s) and _interval(normalize(s)))
    rounds_stated = sum(
        1 for s in map(normalize, said) if _DIGIT.search(s) and any(re.search(p, s, _I) for p in _ROUNDS)
    )
    first = _first_exercise_line(text.split("\n"))
    for n, line in enumerate(text.split("\n")):
        sentences = re.split(r"(?<=[.!?])\s+", line)
        kept = (
            [s for s in sentences if not _read(s, dose, notes, stated == 1, rounds_stated <= 1, n < first)]
            if re.search(
                r"\d|times|twice|once|"
                r"\b(?:two|three|four|five|six|ten)\b",
                line,
                _I,
            )
            else sentences
        )
        lines.append(" ".join(kept) if len(kept) != len(sentences) else line)
    if rounds_stated >= 2:
        lines = [_rounds_as_sets(line) for line in lines]
    rounds = dose.get("rounds")
    return "\n".join(lines), SessionDose(
        rounds if rounds and rounds > 1 else None,
        dose.get("round_rest"),
        dose.get("work"),
        dose.get("rest_between"),
        tuple(notes),
    )


__all__ = ["SessionDose", "read_session_dose"]
