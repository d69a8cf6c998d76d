"""How sure an import is: what was read from the article versus what was assumed.

Each exercise starts fully trusted and loses trust for each sign of a wrong reading:

- its name looks like a label, not an exercise ("Goals", "Sample topics", "Level 2"): -0.5;
- its text holds several exercises: two or more sentences led by a dose or a "Name: x N"
  ("10x Plié …", "Push-ups x 12"), so one block swallowed a list: -0.5;
- its name reads as a sentence, a step or a caption, not a name ("[figure: …]", "… (Remember
  this is for fun!)", "Programme, This complements …", "Lie on your back with your knees
  bent"): -0.3;
- its work was assumed, not read (no rep count, no time, no rounds): -0.3;
- a dose no one would prescribe for one exercise (over 30 min, a hold over 5 min, over 100
  reps, over 10 sets): a number read from the wrong place: -0.3;
- neither its name nor its text says a movement ("lie", "lift", "squat", …): -0.25;
- its name is another exercise's too (and not a side or variant): -0.15.

The import's confidence is the mean trust of its exercises, less 0.15 for each table whose
columns say doses but were not understood, 0.25 for each exercise that holds several (the
exercises it swallowed are missing from the mean) and 0.1 for each dose the article states that no
exercise read, beyond the first (at most 0.3: exercises the structure missed), 0.15 when the
article states a number of exercises the import does not have, and 0.15 when
the import is one exercise doubted for what it is (a label, not a name, no movement, an
implausible dose: no other exercise vouches that the article is an exercise article), within
0..1.  Below ``THRESHOLD`` the import is *unsure*: ``import`` says so in one line naming the
doubted exercises, and ``play``, ``export`` and ``preview`` refuse the article until it is
reviewed as YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import normalize
from .stated import unread_doses
from .vocabulary import (
    BODY_VERBS,
    EXERCISE_WORDS,
    FREQUENCY,
    INSTRUCTION,
    MOVEMENT,
    SESSION_PART,
)

# the verbs of a movement one counts ("Look up and down 10 times", "Roll your eyes 10 times")
_MOVEMENT_VERB = "|".join(BODY_VERBS + "look roll tilt nod shrug circle blink rub".split())

THRESHOLD = 0.7
TABLE_PENALTY = 0.15
MERGED_PENALTY = 0.25  # an exercise that swallowed others also hides them from the mean
UNREAD_PENALTY, UNREAD_MOST = 0.1, 0.3  # per dose no exercise read beyond the first; at most
BLANK_PENALTY, BLANK_MOST = (
    0.15,
    0.45,
)  # per dose left blank ("Repeat ___ times"): a default played in its place
MISCOUNT_PENALTY = 0.15  # "these 8 exercises" imported as 5: some missed, or labels read as exercises
LONE_PENALTY = 0.15  # a lone exercise doubted for what it is: no other exercise vouches for the article
_WHAT_IT_IS = ("a label", "not a name", "no movement", "dose implausible")
PENALTIES = {
    "a label": 0.5,
    "several exercises in one": 0.5,
    "not a name": 0.3,
    "dose assumed": 0.3,
    "dose implausible": 0.3,
    "no movement": 0.25,
    "name repeated": 0.15,
}
# the most one exercise is plausibly given: longer or more reads a number from the wrong place
_PLAUSIBLE_MAX = {"duration": 1800, "hold": 300, "reps": 100, "sets": 10, "rest": 600}
# a sentence led by a dose ("10x Plié", "3 x 15 Curls") or a "Name: x 12" / "Name x 12" item
_DOSE_LED = re.compile(  # the lead a name, not a dose verb ("Repeat 10 times")
    r"^\s*(?:[-*•]\s*)?(?:\d+\s*[x×]\s*(?:\d+\s+)?[A-Z]|\d+\s+[A-Z][a-z]+|"
    r"(?!(?i:repeat|hold|do|rest|perform|complete|stay|keep|take|aim|try|work|relax|breathe|count|"
    r"sets?|reps?|repetitions|total|squeeze|build|start|increase|go|continue|time|duration|week|day)\b)"
    r"(?:[A-Z][\w'-]*\s+){0,6}[A-Z][\w'-]*\s*(?::|[-–—]|\()?\s*"
    r"(?:[x×]\s*\d|\d+\s*(?:[x×]|sets?\b|reps?\b|repetitions\b|each\b|seconds?\b|secs?\b|s\b|times\b)))"
)
# a caption, an exclamation or a question, or a clause ("this is", "you can", "This complements")
_NOT_A_NAME = re.compile(
    r"[\[\]!?]|^(?:figure|fig\.|image|picture|photo|illustration|video)(?=\s*(?:\d|[:.(–-]|$))|"
    r"\b(?:this|that|it|you|we)\s+(?:is|are|was|will|can|should|may|must|[a-z]+s)\b",
    re.IGNORECASE,
)
_ASSUMED_WORK = (
    "no rep count given",
    "no length given",
    "no time given",
    "no round count given",
    "no hold time given",
)
_WORK_KEYS = ("reps", "duration", "hold", "phases")
_LABEL_WORDS = re.compile(  # a whole word: "four-point kneeling" has no label "point"
    r"(?<!-)\b(?:goals?|topics?|sample|discussion|introduction|intro|overview|summary|notes?|level|levels|"
    r"equipment|modifications?|learn|learning|benefits?|tips?|contents|instructions?|description|"
    r"important|remember|contact|aims?|purpose|precautions?|warnings?|safety|key|points?|week|day|"
    r"schedule|programme|program|plan|guidelines?|information|questions?|answers?|references?|"
    r"objectives?|outcomes?|progress(?:ion)?|checklist|diary|log|chart|table|page|section|part|details|"
    r"general|advice|before|after|when|why|what|who|video|tutorial|audio|transcript|handout|"
    # a health article's or a lesson plan's sections: "Effectiveness", "Home care", "Main activity"
    r"effectiveness|effects?|risks?|evidence|research|results?|causes?|symptoms?|treatments?|conclusions?|"
    r"takeaways?|faqs?|care|aftercare|activity|activities|lesson|plenary|teaching)\b(?!-)",
    re.IGNORECASE,
)


# What kind of document it is, not an exercise: "Home exercise sheet", "Patient information leaflet",
# "Exercise handout" (a kind noun ends the name; the word "exercise" in it names no exercise)
_DOCUMENT_KIND = re.compile(
    r"^(?:[A-Za-z/-]+\s+){0,3}(?:sheet|leaflet|handout|booklet|brochure|printout|worksheet|factsheet|"
    r"guide)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Confidence:
    """The import's confidence (0..1) and the exercises it doubts, most doubted first."""

    score: float
    doubted: tuple[str, ...]
    reasons: dict
    unread: int = 0  # doses the article states that no exercise read
    blank: int = 0  # doses a printed sheet leaves blank for the therapist to fill in ("Repeat ___ times")
    miscounted: bool = False  # the article states a number of exercises the import does not have

    @property
    def unsure(self) -> bool:
        return self.score < THRESHOLD

    def summary(self) -> str:
        """ "confidence 0.42 (below 0.70): doubts Goals (a label, no movement, dose assumed), …"."""
        named = ", ".join(f"{name} ({', '.join(self.reasons[name])})" for name in self.doubted[:5])
        more = f" and {len(self.doubted) - 5} more" if len(self.doubted) > 5 else ""
        side = "below" if self.unsure else "at or above"
        unread = f"; {self.unread} doses in the article read by no exercise" if self.unread > 1 else ""
        blank = f"; {self.blank} doses left blank on the sheet" if self.blank else ""
        unread += "; the article counts its exercises differently" if self.miscounted else ""  # stated.py
        return f"confidence {self.score:.2f} ({side} {THRESHOLD:.2f}): doubts {named or 'nothing'}{more}{unread}{blank}"


_GROUP_NAME = re.compile(
    r"^(?:(?:the|these|our|your|some|more|other|all|daily|morning|evening|simple|easy|basic|gentle|quick|"
    r"upper|lower|body|core|full|home|seated|standing|general|main|first|second|third|final|part|\d+)\s+)*"
    r"(?:exercises|stretches|stretching|circuits?|workouts?|routines?|warm[- ]?ups?|cool[- ]?downs?|drills|"
    r"moves|movements|programmes?|programs?|sessions?|activities|training|stations)$",
    re.IGNORECASE,
)


def looks_like_group(name: str) -> bool:
    """Only a group noun ("Stretches", "Upper body exercises"): names several exercises, not one."""
    return bool(_GROUP_NAME.match(" ".join(re.sub(r"[^A-Za-z0-9/ -]", " ", name).split())))


def looks_like_label(name: str) -> bool:
    """A heading that names a section, not an exercise: label words and no exercise word, or
    only a group noun ("Stretches", "Upper body exercises", "Circuits"); a parenthesized
    qualifier ("Focusing (Part 1)") is not read for label words when a name stands before it."""
    head = re.sub(r"\([^()]*\)", " ", name)  # "Focusing (Part 1)": the qualifier is no label
    bare = " ".join(
        re.sub(r"[^A-Za-z0-9/ -]", " ", head if re.search(r"[A-Za-z]{3}", head) else name).split()
    )
    if _GROUP_NAME.match(bare) or _DOCUMENT_KIND.match(bare):
        return True
    return (
        bool(_LABEL_WORDS.search(bare))
        and not EXERCISE_WORDS.search(bare)
        or not re.search(r"[A-Za-z]{3}", bare)
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
    r"(?!your\b|the\b|both\b|one\b|other\b)([a-z-]+(?:\s+[a-z-]+)?)",
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
# "Repeat 5 times. When you're done with that, lunge"): prose that goes on to another exercise
_COUNT_THEN_NEXT = re.compile(
    r"\b\d+\s*(?:times|reps?|repetitions|seconds?|secs?|breaths)\b(?!\s*(?:a|per|each|every)\s+(?:day|week))"
    r"[^.!?]*[.!?]\s+(?:next|when\s+you(?:'re|\s+are)\s+(?:done|finished)|(?:now\s+)?move\s+on)\b",
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
    """Two or more sentences of the text are led by a dose or are "Name: x N" items, or it gives
    itself two different counts ("Repeat 3 times ... Repeat 10 times") or three counts at all
    (each of three movements ends "Do 5 repetitions": no one exercise asks three times), or counts
    two different movements in sentences of their own ("Look up and down 10 times. Roll your eyes
    10 times."), or goes on to another exercise ("then move on to lunges", "Do this 3 times.
    Next, …"): a list of exercises read as one's text."""
    text = normalize(text or "")
    sentences = re.split(r"(?<=[.!?;])\s+|\n", text)
    if len({s.strip() for s in sentences if _DOSE_LED.match(s)}) >= 2:  # the text may say one twice
        return True
    if len({m.group(1) for m in _OWN_COUNT.finditer(text)}) >= 2:
        return True
    once = " ".join(_said_once([s.strip() for s in sentences if not _PROGRESSION.search(s)]))
    counts = [m for m in _OWN_COUNT.finditer(once) if not re.search(r"\b(?:again|more)\b", m.group(0), re.I)]
    if len(counts) >= 3 or _COUNT_THEN_NEXT.search(once) or _counted_movements(once) >= 2:
        return True
    return any(EXERCISE_WORDS.search(m.group(1)) for m in _NEXT_EXERCISE.finditer(text))


# A name cut off mid-phrase: it ends on a word that leads what follows ("10 fast, strong squeezes -
# with", "Lift the leg and"); a particle ends a name well ("Hip in", "Wave rolls in")
_CUT_OFF = re.compile(
    r"\b(?:with|and|or|of|to|the|a|an|for|your|from|by|at|into|onto|then|while|until)\s*[-–—:,]?\s*$", re.I
)


def not_a_name(name: str) -> bool:
    """A caption, an exclamation, a question or a clause taken for a name, or a step of
    instructions ("Lie on your back with your knees bent": a verb, six words or more, "your")."""
    step = (
        bool(INSTRUCTION.match(name)) and len(name.split()) >= 6 and bool(re.search(r"\byour\b", name, re.I))
    )
    return step or bool(_NOT_A_NAME.search(name))


def implausible_dose(exercise: dict) -> bool:
    """A number no one prescribes for one exercise (it was read from the wrong place)."""
    return any((exercise.get(k) or 0) > most for k, most in _PLAUSIBLE_MAX.items())


_UNNUMBERED = re.compile(r"^\s*exercise\s*\d+\s*$", re.IGNORECASE)  # "Exercise 3" names no movement


def exercise_doubts(exercise: dict, notes: dict, text: str) -> list[str]:
    """Why an imported exercise may be wrong (empty when it was read, not guessed)."""
    name = exercise.get("name", "")
    assumed = any(str(notes.get(k, "")).startswith(_ASSUMED_WORK) for k in _WORK_KEYS)
    timed_part = bool(SESSION_PART.match(name)) and not assumed  # "Warm up" with its own time
    checks = {
        "a label": looks_like_label(name) and not timed_part,
        "several exercises in one": several_exercises(text),
        "not a name": not_a_name(name) or bool(_CUT_OFF.search(name)),  # "… squeezes - with": cut off
        "dose assumed": assumed,
        "dose implausible": implausible_dose(exercise),
        "no movement": not (
            MOVEMENT.search(text or "") or EXERCISE_WORDS.search(_UNNUMBERED.sub("", name)) or timed_part
        ),
    }
    return [reason for reason, found in checks.items() if found]


def _repeated(exercises: list[tuple[dict, dict, str]]) -> set[str]:
    """Names given to more than one exercise (sides and variants are one exercise or carry
    their variant in the name, so a repeat is a sign of one heading read twice)."""
    names = [" ".join(e.get("name", "").lower().split()) for e, _, _ in exercises]
    return {n for n in names if names.count(n) > 1}


def assess(
    exercises: list[tuple[dict, dict, str]],
    tables_not_understood: int = 0,
    doses_unread: int = 0,
    blank: int = 0,
    miscounted: bool = False,
) -> Confidence:
    """``exercises``: (routine dict, assumption notes by key, the text it was read from);
    ``doses_unread``: the article's doses no exercise read (``unread_doses``); ``blank``: the
    doses a printed sheet leaves blank (``furniture.blank_doses``), each a default in their place;
    ``miscounted``: the article states a number of exercises the import does not have
    (``stated.miscounted``)."""
    repeated = _repeated(exercises)
    reasons, trust = {}, []
    for exercise, notes, text in exercises:
        found = exercise_doubts(exercise, notes, text)
        if " ".join(exercise.get("name", "").lower().split()) in repeated:
            found.append("name repeated")
        trust.append(max(0.0, 1.0 - sum(PENALTIES[r] for r in found)))
        if found:
            reasons[exercise["name"]] = found
    merged = sum("several exercises in one" in r for r in reasons.values())  # exercises missed, too
    score = (sum(trust) / len(trust) if trust else 0.0) - TABLE_PENALTY * tables_not_understood
    score -= MERGED_PENALTY * merged + min(UNREAD_MOST, UNREAD_PENALTY * max(0, doses_unread - 1))
    if not any("dose assumed" in r for r in reasons.values()):
        blank = 0  # blanks beside doses the text gives (a record to keep: "Held for ….. seconds")
    score -= min(BLANK_MOST, BLANK_PENALTY * blank)
    score -= MISCOUNT_PENALTY * miscounted
    if len(exercises) == 1 and any(
        r in _WHAT_IT_IS for r in reasons.get(exercises[0][0].get("name", ""), [])
    ):
        score -= LONE_PENALTY  # "Study: short workouts help" with no movement: maybe no exercise article
    score = round(min(1.0, max(0.0, score)), 2)
    doubted = sorted(reasons, key=lambda n: sum(PENALTIES[r] for r in reasons[n]), reverse=True)
    return Confidence(score, tuple(doubted), reasons, doses_unread, blank, miscounted)


__all__ = [
    "Confidence",
    "THRESHOLD",
    "PENALTIES",
    "MERGED_PENALTY",
    "assess",
    "looks_like_label",
    "exercise_doubts",
    "several_exercises",
    "not_a_name",
    "implausible_dose",
    "unread_doses",
]
