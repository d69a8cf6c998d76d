"""Several exercises read as one: an exercise's text that holds a list of exercises (sentences
led by a dose, counts of its own given more than once, prose going on to the next exercise).
A sign for the confidence (``confidence.exercise_doubts``)."""

from __future__ import annotations

import re

from .numbers import normalize
from .vocabulary import BODY_VERBS, EXERCISE_WORDS, FREQUENCY

# the verbs of a movement one counts ("Look up and down 10 times", "Roll your eyes 10 times")
_MOVEMENT_VERB = "|".join(BODY_VERBS + "look roll tilt nod shrug circle blink rub".split())

# a word that leads a dose, not a name ("Repeat 10 times", "Hold x 3")
_DOSE_WORD = (
    r"(?i:repeat|hold|do|rest|perform|complete|stay|keep|take|aim|try|work|relax|breathe|count|"
    r"sets?|reps?|repetitions|total|squeeze|build|start|increase|go|continue|time|duration|week|day)\b"
)
# a sentence led by a dose ("10x Plié", "3 x 15 Curls") or a "Name: x 12" / "Name x 12" item
_DOSE_LED = re.compile(  # the lead a name, not a dose verb ("Repeat 10 times")
    r"^\s*(?:[-*•]\s*)?(?:\d+\s*[x×]\s*(?:\d+\s+)?[A-Z]|\d+\s+[A-Z][a-z]+|"
    rf"(?!{_DOSE_WORD})"
    r"(?:[A-Z][\w'-]*\s+){0,6}[A-Z][\w'-]*\s*(?::|[-–—]|\()?\s*"
    r"(?:[x×]\s*\d|\d+\s*(?:[x×]|sets?\b|reps?\b|repetitions\b|each\b|seconds?\b|secs?\b|s\b|times\b)))"
)
# a list's item that ends on its count ("Lunge, fingertips on ground, pulse back knee down x 3 [v]")
_COUNT_ENDED = re.compile(
    rf"^\s*(?:[-*•]\s*)?(?!{_DOSE_WORD})[A-Za-z][^.!?;:]{{1,70}}?\s[x×]\s*\d+(?:\s*\[[^\]]*\])*\s*[.!?;]?\s*$"
)
# "Repeat 3 times", "do 10 reps": a count the text gives itself (not a frequency)
_OWN_COUNT = re.compile(
    r"\b(?:repeat|do|perform)\b[^.;\d]{0,20}?\b(\d+)(?:\s*(?:to|-|or)\s*\d+)?\s*(?:times|reps?|repetitions)\b"
    r"(?!\s*(?:a|per|each|every)\s+(?:day|week))(?!\s+daily)",
    re.IGNORECASE,
)
# "Then move on to lunges", "finish with a 30-second plank": the text goes on to another exercise
_NEXT_EXERCISE = re.compile(
    r"(?:^|[.!;:,]\s+)(?:then\s+|and\s+)?(?:move\s+on\s+to|go\s+on\s+to|finish(?:\s+off)?\s+with|start\s+with|"
    r"follow\s+(?:it\s+|up\s+)?with|next\s+(?:do|comes?))\s+(?:a\s+|an\s+|some\s+)?(?:[\d-]+[\s-]*\w+\s+)?"
    # a dose after it is this exercise's ("start with holds of 30 seconds")
    r"(?!your\b|the\b|both\b|one\b|other\b|(?:holds?|sets?|reps?|repetitions|rounds?)\b)([a-z-]+(?:\s+[a-z-]+)?)",
    re.IGNORECASE,
)


def _said_once(sentences: list[str]) -> list[str]:
    """The sentences without the copy an exercise's text may carry of itself (its how and its
    timing read from the same lines)."""
    half = len(sentences) // 2
    return sentences[:half] if len(sentences) % 2 == 0 and sentences[:half] == sentences[half:] else sentences


# A harder version's sentence ("To progress: … repeat 3 times"): its count is no exercise's own
_PROGRESSION = re.compile(r"\bprogress(?:ion)?\b|\b(?:harder|advanced)\b", re.IGNORECASE)
# A count, then a sentence that turns to what comes next ("Do this 3 times. Next, bend your elbows",
# "Repeat 5 times. When you're done with that, lunge"; not "Move on from the squat": a progression
# from the one before): prose that goes on to another exercise
_COUNT_THEN_NEXT = re.compile(
    r"\b\d+\s*(?:times|reps?|repetitions|seconds?|secs?|breaths)\b(?!\s*(?:a|per|each|every)\s+(?:day|week))"
    r"[^.!?]*[.!?]\s+(?:next|when\s+you(?:'re|\s+are)\s+(?:done|finished)|(?:now\s+)?move\s+on\b(?!\s+from))",
    re.IGNORECASE,
)


# A sentence led by a movement and counted in times ("Look up and down 10 times", "Roll your eyes
# round 10 times"): one movement; a position, a breath or a hold is no movement counted
_COUNTED_MOVE = re.compile(
    r"^\W*(?:slowly\s+|gently\s+|now\s+|then\s+)?([a-z]+)\b[^.!?;]*\b\d+\s*times\b", re.I
)
_NOT_COUNTED_MOVES = set(
    "breathe inhale exhale keep hold start begin get come move stand sit lie lay place put rest".split()
)


def _counted_movements(text: str) -> int:
    """How many different movements the text counts, each in a sentence of its own."""
    verbs = {
        m.group(1).lower()
        for sentence in re.split(r"(?<=[.!?;])\s+", text)
        if (m := _COUNTED_MOVE.match(sentence)) and not re.search(FREQUENCY, sentence, re.I)
    }
    return len({v for v in verbs if re.fullmatch(_MOVEMENT_VERB, v)} - _NOT_COUNTED_MOVES)


def several_exercises(text: str) -> bool:
    """Two or more sentences of the text are led by a dose or are "Name: x N" items (or list items
    ending on their count, "Lunge, pulse back knee down x 3"), or it gives
    itself two different counts ("Repeat 3 times ... Repeat 10 times") or three counts at all
    (each of three movements ends "Do 5 repetitions": no one exercise asks three times), or counts
    two different movements in sentences of their own ("Look up and down 10 times. Roll your eyes
    10 times."), or goes on to another exercise ("then move on to lunges", "Do this 3 times.
    Next, …"): a list of exercises read as one's text."""
    text = normalize(text or "")
    sentences = re.split(r"(?<=[.!?;])\s+|\n", text)
    if len({s.strip() for s in sentences if _DOSE_LED.match(s) or _COUNT_ENDED.match(s)}) >= 2:  # said twice
        return True
    if len({m.group(1) for m in _OWN_COUNT.finditer(text)}) >= 2:
        return True
    once = " ".join(_said_once([s.strip() for s in sentences if not _PROGRESSION.search(s)]))
    counts = [m for m in _OWN_COUNT.finditer(once) if not re.search(r"\b(?:again|more)\b", m.group(0), re.I)]
    if len(counts) >= 3 or _COUNT_THEN_NEXT.search(once) or _counted_movements(once) >= 2:
        return True
    return any(EXERCISE_WORDS.search(m.group(1)) for m in _NEXT_EXERCISE.finditer(text))


__all__ = ["several_exercises"]
