"""How sure an import is: what was read from the article versus what was assumed.

Each exercise starts fully trusted and loses trust for each sign of a wrong reading:

- its name looks like a label, not an exercise ("Goals", "Sample topics", "Level 2"): -0.5;
- neither its name nor its text says a movement ("lie", "lift", "squat", …): -0.25;
- its work was assumed, not read (no rep count, no time, no rounds): -0.3.

The import's confidence is the mean trust of its exercises, less 0.15 for each table whose
columns say doses but were not understood, within 0..1.  Below ``THRESHOLD`` the import is
*unsure*: ``import`` says so in one line naming the doubted exercises, and ``play``,
``export`` and ``preview`` refuse the article until it is reviewed as YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import EXERCISE_WORDS, MOVEMENT

THRESHOLD = 0.7
LABEL_PENALTY, NO_MOVEMENT_PENALTY, ASSUMED_PENALTY, TABLE_PENALTY = 0.5, 0.25, 0.3, 0.15
_ASSUMED_WORK = (
    "no rep count given",
    "no length given",
    "no time given",
    "no round count given",
    "no hold time given",
)
_WORK_KEYS = ("reps", "duration", "hold", "phases")
_LABEL_WORDS = re.compile(
    r"\b(?:goals?|topics?|sample|discussion|introduction|intro|overview|summary|notes?|level|levels|"
    r"equipment|modifications?|learn|learning|benefits?|tips?|contents|instructions?|description|"
    r"important|remember|contact|aims?|purpose|precautions?|warnings?|safety|key|points?|week|day|"
    r"schedule|programme|program|plan|guidelines?|information|questions?|answers?|references?|"
    r"objectives?|outcomes?|progress(?:ion)?|checklist|diary|log|chart|table|page|section|part|"
    r"general|advice|before|after|when|why|what|who|video|tutorial|audio|transcript|handout)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Confidence:
    """The import's confidence (0..1) and the exercises it doubts, most doubted first."""

    score: float
    doubted: tuple[str, ...]
    reasons: dict

    @property
    def unsure(self) -> bool:
        return self.score < THRESHOLD

    def summary(self) -> str:
        """ "confidence 0.42 (below 0.70): doubts Goals (a label, no movement, dose assumed), …"."""
        named = ", ".join(f"{name} ({', '.join(self.reasons[name])})" for name in self.doubted[:5])
        more = f" and {len(self.doubted) - 5} more" if len(self.doubted) > 5 else ""
        side = "below" if self.unsure else "at or above"
        return f"confidence {self.score:.2f} ({side} {THRESHOLD:.2f}): doubts {named or 'nothing'}{more}"


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
    only a group noun ("Stretches", "Upper body exercises", "Circuits")."""
    bare = " ".join(re.sub(r"[^A-Za-z0-9/ -]", " ", name).split())
    if _GROUP_NAME.match(bare):
        return True
    return (
        bool(_LABEL_WORDS.search(bare))
        and not EXERCISE_WORDS.search(bare)
        or not re.search(r"[A-Za-z]{3}", bare)
    )


def exercise_doubts(exercise: dict, notes: dict, text: str) -> list[str]:
    """Why an imported exercise may be wrong (empty when it was read, not guessed)."""
    name = exercise.get("name", "")
    reasons = []
    if looks_like_label(name):
        reasons.append("a label")
    if not (MOVEMENT.search(text or "") or EXERCISE_WORDS.search(name)):
        reasons.append("no movement")
    if any(str(notes.get(k, "")).startswith(_ASSUMED_WORK) for k in _WORK_KEYS):
        reasons.append("dose assumed")
    return reasons


def assess(exercises: list[tuple[dict, dict, str]], tables_not_understood: int = 0) -> Confidence:
    """``exercises``: (routine dict, assumption notes by key, the text it was read from)."""
    penalty = {"a label": LABEL_PENALTY, "no movement": NO_MOVEMENT_PENALTY, "dose assumed": ASSUMED_PENALTY}
    reasons, trust = {}, []
    for exercise, notes, text in exercises:
        found = exercise_doubts(exercise, notes, text)
        trust.append(max(0.0, 1.0 - sum(penalty[r] for r in found)))
        if found:
            reasons[exercise["name"]] = found
    score = (sum(trust) / len(trust) if trust else 0.0) - TABLE_PENALTY * tables_not_understood
    score = round(min(1.0, max(0.0, score)), 2)
    doubted = sorted(reasons, key=lambda n: sum(penalty[r] for r in reasons[n]), reverse=True)
    return Confidence(score, tuple(doubted), reasons)


__all__ = ["Confidence", "THRESHOLD", "assess", "looks_like_label", "exercise_doubts"]
