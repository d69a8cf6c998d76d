"""The work assumed when an exercise's text gives no number at all: a stretch is held, an
activity is timed, anything else is counted (``ImportDefaults`` says how long or how many)."""

from __future__ import annotations

import re

from .defaults import ImportDefaults
from .parts import Parts

_STRETCH = re.compile(
    # "with both arms stretched out", "legs stretched straight": a limb's position, no stretch felt
    r"\b(?:stretch(?!ed\s+(?:out|straight|forward|overhead|wide|in\s+front))\w*|lean|pose|position|sit back(?! down)|hang|sink|relax)\b|"
    # "This posture does not move": a standing posture kept still (qigong's "Hugging the tree")
    r"\b(?:(?:does|do)\s+not\s+move|without\s+moving|motionless)\b|"
    # "stay here for a few breaths": a position held, its time not given
    r"\b(?:stay|hold|remain|rest)\w*\b[^.;]{0,40}?\bfor\s+(?:a\s+few|several|some|a\s+couple\s+of)\s+(?:\w+\s+)?breaths\b",
    re.I,
)
_HELD_NAME = re.compile(
    r"\b(?:stretch\w*|pose|planks?|wall sits?|hollow hold|dead hang|balance|"
    r"(?:one|single)[- ]leg stand|"
    # a yoga pose by its name: "Downward Facing Dog", "Warrior II", "Child's" (the resting pose,
    # Savasana, is timed: no stretch)
    r"(?!s?h?avasana\b)\w+asana|(?:downward|upward)[- ]facing dog|down(?:ward)? dog|"
    r"warrior(?:\s+(?:i{1,3}|[123]))?|child'?s)\b",
    re.I,
)
_COUNTED_NAME = re.compile(
    r"\b(?:squats?|lunges?|curls?|crunch(?:es)?|sit[- ]?ups?|push[- ]?ups?|deadlifts?|"
    r"RDLs?|kicks?|lifts?|bridges?|thrust\w*|extensions?|flexion|rotations?|shrugs?|bends?|rolls)\b",
    re.I,
)
_MOVING_NAME = re.compile(
    r"\b(?:rows?|jacks?|walks?|jumps?|press(?:es)?|dips?|ups?|taps?|raises?|twists?)\b", re.I
)
# "## Some basic stretches for every session" over "6. Butterflies": a bare name under it is held
_STRETCHES = re.compile(r"\bstretch(?:es|ing)\b", re.I)
_COUNTED = re.compile(r"\b(?:repetitions?|reps?|counts?\s+(?:as\s+)?one)\b", re.I)
# "Repeat multiple times", "several times", "again and again", "over and over": counted, whatever
# the name says, the count not given
_TIMES_UNSAID = re.compile(
    r"\b(?:multiple|several|a\s+few|many|a\s+number\s+of)\s+times\b|\bagain\s+and\s+again\b|"
    r"\bover\s+and\s+over\b",
    re.I,
)
_ACTIVITY = re.compile(
    r"\b(?:write|writing|trace|spell\w*|alphabet|walk\w*|march\w*|jog\w*|run|running|sprint\w*|"
    r"circles?|roll\w*|massage|rock\w*|shake|hop\w*|jump\w*|skip\w*|draw|travel\w*|crawl\w*|chas\w*|"
    r"tag|games?|drills|s?h?avasana|corpse|relaxation|warm(?:ing)?[- ]?up|cool(?:ing)?[- ]?down)\b",
    re.I,
)

# "bend the knuckles, feel a stretch, then straighten the fingers", "rise onto the toes and back
# down", "bring the hands down", "do it again": a movement out and back, no hold, is counted,
# whatever stretch or position it passes through
_COMES_BACK = re.compile(
    r"\b(?:then|and)\s+(?:slowly\s+|gently\s+)?(?:straighten|return|lower|uncurl)\b|"
    r"\bbring\b[^.;]{0,30}?\b(?:back|down)\b|\b(?:and|then)\s+back\s+(?:down|up|again|to)\b|"
    r"\bdo\s+(?:it|this|that)\s+again\b",
    re.I,
)

# "stay in this side angle for a few breaths", "hold the stretch": a position kept, then left
_STAYED = re.compile(
    r"\b(?:stay|remain)\b|\bhold\s+(?:it|this|that|for|the\s+(?:stretch|pose|position))\b|\bbreaths\b|"
    r"\b(?:(?:does|do)\s+not\s+move|without\s+moving|motionless)\b",
    re.I,
)

# "Travel forward in a straight line, flicking your heels up": a drill done on the move, timed
_TRAVELS = re.compile(
    r"\btravel\w*\s+(?:forwards?|backwards?|sideways|across|down|along|up)\b|"
    r"\b(?:down|along)\s+the\s+(?:line|field|pitch|court|hall|track)\b|"
    # "to the far end of the room and back", "across to the other side and back": there and back
    r"\b(?:to|across)\s+(?:to\s+)?the\s+(?:far|other|opposite)\s+(?:end|side|wall)\b[^.;]{0,50}?\band\s+back\b",
    re.I,
)


def counted_by_its_words(parts: Parts) -> bool:
    """Its text or name says it is counted ("repeat", "reps", "several times", a name ending in a
    counted movement, "Squats"), not only the fallback when nothing says how it is done."""
    head = (parts.name.split() or [""])[-1]
    return bool(
        _TIMES_UNSAID.search(parts.timing)
        or _COUNTED.search(parts.timing)
        or re.search(r"(?:\b(?:and|then)\s+|^|\.\s*)repeat\b(?!\s+until\b)", parts.timing, re.I | re.M)
        or _COUNTED_NAME.search(head)
    )


def assumed_work(parts: Parts, defaults: ImportDefaults) -> tuple[str, float, str]:
    """No number at all: (key, value, note) of the work assumed: a stretch is held, an activity
    is timed, anything else is counted."""
    if _TIMES_UNSAID.search(parts.timing):
        return "reps", defaults.reps, f"no rep count given: {defaults.reps}"
    if _HELD_NAME.search(parts.name) and not _MOVING_NAME.search(parts.name):
        return "duration", defaults.stretch_s, f"no time given for a stretch: {defaults.stretch_s:g} s"
    if _COUNTED.search(parts.timing) or re.search(  # "repeat until warm" is open-ended, no count
        r"(?:\b(?:and|then)\s+|^|\.\s*)repeat\b(?!\s+until\b)", parts.timing, re.I | re.M
    ):
        return "reps", defaults.reps, f"no rep count given: {defaults.reps}"
    head = (parts.name.split() or [""])[-1]  # "Walking lunges": lunges are counted; "Lunge walk" is walked
    if _TRAVELS.search(parts.timing) and not re.search(r"\blunge", parts.name, re.I):
        return "duration", defaults.activity_s, f"no length given: {defaults.activity_s:g} s"
    if _COUNTED_NAME.search(head):  # "Shoulder rolls" are counted too; a "Ball roll" is timed
        return "reps", defaults.reps, f"no rep count given: {defaults.reps}"
    if not ((parts.how or "") + parts.timing).strip() and _STRETCHES.search(parts.section):
        return "duration", defaults.stretch_s, f"no time given for a stretch: {defaults.stretch_s:g} s"
    if not _COUNTED_NAME.search(parts.name) and _ACTIVITY.search(f"{parts.name} {parts.section}"):
        return "duration", defaults.activity_s, f"no length given: {defaults.activity_s:g} s"
    if _MOVING_NAME.search(parts.name) or _COUNTED_NAME.search(parts.name):
        return "reps", defaults.reps, f"no rep count given: {defaults.reps}"
    if _ACTIVITY.search(parts.timing):
        return "duration", defaults.activity_s, f"no length given: {defaults.activity_s:g} s"
    if _STRETCH.search(parts.timing) and not (
        _COMES_BACK.search(parts.timing) and not _STAYED.search(parts.timing)
    ):
        return "duration", defaults.stretch_s, f"no time given for a stretch: {defaults.stretch_s:g} s"
    return "reps", defaults.reps, f"no rep count given: {defaults.reps}"


__all__ = ["assumed_work", "counted_by_its_words"]
