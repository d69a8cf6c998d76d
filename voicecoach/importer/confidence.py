"""How sure an import is: what was read from the article versus what was assumed.

Each exercise starts fully trusted and loses trust for each sign of a wrong reading:

- its name looks like a label, not an exercise ("Goals", "Sample topics", "Level 2"), or says
  only a position or kit ("In bed or sitting", "Kettlebell": a section's, ``part_of``): -0.5;
- its text holds several exercises: two or more sentences led by a dose or a "Name: x N"
  ("10x Plié …", "Push-ups x 12"), so one block swallowed a list: -0.5;
- its name reads as a sentence, a step or a caption, not a name ("[figure: …]", "… (Remember
  this is for fun!)", "Programme, This complements …", "Lie on your back with your knees
  bent"): -0.3;
- its work was assumed, not read (no rep count, no time, no rounds): -0.3;
- a dose no one would prescribe for one exercise (over 30 min, a hold over 5 min, over 100
  reps, over 10 sets, repeated work over 10 min: ``plausible``): a number read from the wrong
  place: -0.3;
- neither its name nor its text says a movement ("lie", "lift", "squat", …): -0.25;
- its name is another exercise's too (and not a side or variant): -0.15;
- its text opens inside a sentence ("then the same for down then up"): the structure cut a
  sentence between two exercises: -0.5;
- it has no name of its own ("Exercise 3") and its text opens with "Then" or only doses what came
  before ("Repeat 3 times.", "Hold each stretch for 30 seconds"): a step or dose of the exercise
  before read as one (``part_of``): -0.5.

The import's confidence is the mean trust of its exercises, less 0.15 for each table whose
columns say doses but were not understood, 0.25 for each exercise that holds several (the
exercises it swallowed are missing from the mean) and 0.1 for each dose the article states that no
exercise read, beyond the first (at most 0.3: exercises the structure missed), 0.15 when the
article states a number of exercises the import does not have, 0.35 for each exercise name the
structure passed over (``passed_over``, at most 0.7), 0.15 for each exercise doubted three ways
(prose read as an exercise, at most 0.3), 0.15 for each label read as an exercise beyond the
first (the structure took headings, "Progression 1", "Progression 2", for exercises; at most 0.45), and 0.15 when
the import is one exercise doubted for what it is (a label, not a name, no movement, an
implausible dose: no other exercise vouches that the article is an exercise article), within
0..1; at most ``HARMFUL_CAP`` when a dose would harm a listener (an implausible dose, a session
of over an hour).  Below ``THRESHOLD`` the import is *unsure*: ``import`` says so in one line naming the
doubted exercises, and ``play``, ``export`` and ``preview`` refuse the article until it is
reviewed as YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .name_kinds import looks_like_label, not_a_name
from .naming import CAPTION_NOTE
from .part_of import part_of_the_one_before, position_only
from .plausible import harm_of, implausible_dose
from .several import several_exercises
from .stated import unread_doses
from .vocabulary import (
    EXERCISE_WORDS,
    MOVEMENT,
    SESSION_PART,
)

THRESHOLD = 0.7
TABLE_PENALTY = 0.15
MERGED_PENALTY = 0.25  # an exercise that swallowed others also hides them from the mean
UNREAD_PENALTY, UNREAD_MOST = 0.1, 0.3  # per dose no exercise read beyond the first; at most
BLANK_PENALTY, BLANK_MOST = 0.15, 0.45  # per dose left blank ("Repeat ___ times"): a default played
MISCOUNT_PENALTY = 0.15  # "these 8 exercises" imported as 5: some missed, or labels read as exercises
LONE_PENALTY = 0.15  # a lone exercise doubted for what it is: no other exercise vouches for the article
PASSED_PENALTY, PASSED_MOST = 0.35, 0.7  # per name passed over: one alone makes the import unsure
FRAGMENT_PENALTY, FRAGMENT_MOST = 0.15, 0.3  # per exercise doubted three ways: prose read as one
LABELS_PENALTY, LABELS_MOST = 0.15, 0.45  # per label read as an exercise beyond the first: headings taken
HARMFUL_CAP = 0.5  # a dose that would harm (``plausible``): never played unread, however sure the rest
_WHAT_IT_IS = ("a label", "not a name", "no movement", "dose implausible")
PENALTIES = {
    "a label": 0.5,
    "several exercises in one": 0.5,
    "not a name": 0.3,
    "dose assumed": 0.3,
    "dose implausible": 0.3,
    "no movement": 0.25,
    "name repeated": 0.15,
    "text cut mid-sentence": 0.5,
    "part of the one before": 0.5,
}
_ASSUMED_WORK = (
    "no rep count given",
    "no length given",
    "no time given",
    "no round count given",
    "no hold time given",
)
_WORK_KEYS = ("reps", "duration", "hold", "phases")


@dataclass(frozen=True)
class Confidence:
    """The import's confidence (0..1) and the exercises it doubts, most doubted first."""

    score: float
    doubted: tuple[str, ...]
    reasons: dict
    unread: int = 0  # doses the article states that no exercise read
    blank: int = 0  # doses a printed sheet leaves blank for the therapist to fill in ("Repeat ___ times")
    miscounted: bool = False  # the article states a number of exercises the import does not have
    harm: str = ""  # a dose that would harm a listener: "Grip hold asks 11 min of work"
    passed: tuple[str, ...] = ()  # exercise names of the article no exercise has (``passed_over``)

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
        unread += f"; {self.harm}" if self.harm else ""
        unread += f"; not imported: {', '.join(self.passed[:3])}" if self.passed else ""
        return f"confidence {self.score:.2f} ({side} {THRESHOLD:.2f}): doubts {named or 'nothing'}{more}{unread}{blank}"


# A name cut off mid-phrase: it ends on a word that leads what follows ("10 fast, strong squeezes -
# with", "Lift the leg and"); a particle ends a name well ("Hip in", "Wave rolls in")
_CUT_OFF = re.compile(
    r"\b(?:with|and|or|of|to|the|a|an|for|your|from|by|at|into|onto|then|while|until)\s*[-–—:,]?\s*$", re.I
)


# A whole session's name, not one exercise's: "Circuit Workout", "The Tabata workout", "Evening routine"
_SESSION_NAME = re.compile(r"\b(?:workouts?|routines?|sessions?|class(?:es)?)\W*$", re.IGNORECASE)
_UNNUMBERED = re.compile(r"^\s*exercise\s*\d+\s*$", re.IGNORECASE)  # "Exercise 3" names no movement


# A text that opens inside a sentence ("then the same for down then up, …", "your pelvic floor muscles
# slowly", "between squeezes."): the structure cut one sentence between two exercises
_CONTINUED = re.compile(r"^\s*(?:then|and|or|but|between|your|them|their)\b")


def exercise_doubts(exercise: dict, notes: dict, text: str) -> list[str]:
    """Why an imported exercise may be wrong (empty when it was read, not guessed)."""
    name = exercise.get("name", "")
    assumed = any(str(notes.get(k, "")).startswith(_ASSUMED_WORK) for k in _WORK_KEYS)
    timed_part = bool(SESSION_PART.match(name)) and not assumed  # "Warm up" with its own time
    checks = {
        "a label": (looks_like_label(name) or bool(_SESSION_NAME.search(name) or position_only(name)))
        and not timed_part,
        "several exercises in one": several_exercises(text),
        # "… squeezes - with": cut off; a picture's caption said as the name is still no name
        "not a name": not_a_name(name)
        or bool(_CUT_OFF.search(name))
        or str(notes.get("name", "")).startswith(CAPTION_NOTE),
        "dose assumed": assumed,
        "dose implausible": implausible_dose(exercise, text),
        "no movement": not (
            MOVEMENT.search(text or "") or EXERCISE_WORDS.search(_UNNUMBERED.sub("", name)) or timed_part
        ),
        "text cut mid-sentence": (cut := bool(_CONTINUED.match(exercise.get("how") or ""))),
        "part of the one before": not cut and part_of_the_one_before(name, text, exercise.get("how") or ""),
    }
    return [reason for reason, found in checks.items() if found]


_DOSE_KEYS = ("sides", "sets", "reps", "hold", "duration", "rest", "relax", "phases")


def _repeated(exercises: list[tuple[dict, dict, str]]) -> set[str]:
    """Names given to more than one exercise with the same dose and text (sides and variants are
    one exercise or carry their variant in the name, so such a repeat is a sign of one heading read
    twice); a repeat with a dose or text of its own is a programme's ("1 pullup" … "2 pullups",
    "Squat" on day 1 and day 3, an easy run to warm up and to cool down)."""
    readings = [
        (
            " ".join(e.get("name", "").lower().split()),
            repr([e.get(k) for k in _DOSE_KEYS]),
            " ".join(text.split()),
        )
        for e, _, text in exercises
    ]
    return {reading[0] for reading in readings if readings.count(reading) > 1}


def assess(
    exercises: list[tuple[dict, dict, str]],
    tables_not_understood: int = 0,
    doses_unread: int = 0,
    blank: int = 0,
    miscounted: bool = False,
    session_s: float = 0.0,
    passed: tuple[str, ...] = (),
) -> Confidence:
    """``exercises``: (routine dict, assumption notes by key, the text it was read from);
    ``doses_unread``: the article's doses no exercise read (``unread_doses``); ``blank``: the
    doses a printed sheet leaves blank (``fill_in.blank_doses``), each a default in their place;
    ``miscounted``: the article states a number of exercises the import does not have
    (``stated.miscounted``); ``session_s``: the session's work (``plausible.session_seconds``);
    ``passed``: the article's exercise names no exercise has (``passed_over``).
    A dose that would harm caps the score at ``HARMFUL_CAP``."""
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
    labels = sum("a label" in r for r in reasons.values())  # "Progression 1", "Progression 2" played
    score = (sum(trust) / len(trust) if trust else 0.0) - TABLE_PENALTY * tables_not_understood
    score -= MERGED_PENALTY * merged + min(UNREAD_MOST, UNREAD_PENALTY * max(0, doses_unread - 1))
    if not any("dose assumed" in r for r in reasons.values()):
        blank = 0  # blanks beside doses the text gives (a record to keep: "Held for ….. seconds")
    score -= min(BLANK_MOST, BLANK_PENALTY * blank)
    score -= MISCOUNT_PENALTY * miscounted + min(PASSED_MOST, PASSED_PENALTY * len(passed))
    fragments = sum(  # "Find them Using the right muscles, and"; a text cut mid-sentence
        len(r) >= 3 or "text cut mid-sentence" in r for r in reasons.values()
    )
    score -= min(FRAGMENT_MOST, FRAGMENT_PENALTY * fragments)
    score -= min(LABELS_MOST, LABELS_PENALTY * max(0, labels - 1))
    if len(exercises) == 1 and any(
        r in _WHAT_IT_IS for r in reasons.get(exercises[0][0].get("name", ""), [])
    ):
        score -= LONE_PENALTY  # "Study: short workouts help" with no movement: maybe no exercise article
    harm = harm_of(exercises, reasons, session_s)
    score = round(min(HARMFUL_CAP if harm else 1.0, max(0.0, score)), 2)
    doubted = sorted(  # a dose that would harm first, then the most doubted
        reasons,
        key=lambda n: ("dose implausible" in reasons[n], sum(PENALTIES[r] for r in reasons[n])),
        reverse=True,
    )
    return Confidence(score, tuple(doubted), reasons, doses_unread, blank, miscounted, harm, tuple(passed))


__all__ = [
    "Confidence",
    "THRESHOLD",
    "PENALTIES",
    "MERGED_PENALTY",
    "assess",
    "exercise_doubts",
    "several_exercises",
    "implausible_dose",
    "unread_doses",
]
