"""Doses that would harm: numbers no clinician writes for one exercise or for one session.

A number read from the wrong place can make a session nobody would prescribe: "hold 30 s x 10
sets x 2 hands" is 10 minutes of one squeeze, "20 x every 3 hours" sixty hours of one movement.
An exercise is doubted when one of its numbers is beyond what anyone prescribes
(``PLAUSIBLE_MAX``), or when its work adds up to more than ``EXERCISE_WORK_MOST`` (an
endurance bout, a warm-up or a relaxation may be long); the session when its work adds up
to more than ``SESSION_MOST``. Either makes the import unsure (``confidence.assess``), so it is
reviewed before it is played. A session over the routine format's own limit cannot be written at
all: ``too_long_message`` names the number and the article's line that holds it.

Work is estimated as ``routine.load.work_seconds`` does, from the routine format's defaults.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from ..errors import InputError
from ..model import MAX_SESSION_S, Settings
from .vocabulary import MOVEMENT

# the most one exercise is plausibly given: longer or more reads a number from the wrong place
PLAUSIBLE_MAX = {"duration": 1800, "hold": 300, "reps": 100, "sets": 10, "rest": 600}
PHASE_MOST = 30.0  # s of one breath phase: a breath held or drawn longer is a number misread
EXERCISE_WORK_MOST = 600.0  # s of work in one exercise (sets x reps x hold, both sides; one bout)
SESSION_MOST = 3600.0  # s of work in one imported session: longer than any home programme's
_SETTINGS = Settings()
# an endurance bout may be long ("10 x 1 min rowing", "walk for 20 minutes"), and so may a warm-up,
# a relaxation or a flowing practice ("a 15-minute body scan", "palming", "tai chi form")
_LONG_BY_KIND = re.compile(
    r"\b(?:run(?:s|ning)?|jog(?:s|ging)?|sprint\w*|rowing|rower|cycl\w+|bike|biking|swim\w*|walk(?:s|ing)?|"
    r"hik\w+|skipping|treadmill|elliptical|cardio|stroke\s+rate|aerobic|warm(?:ing)?[- ]?up|cool(?:ing)?[- ]?down|"
    r"relax\w*|meditat\w*|mindful\w*|body\s+scan|savasana|nidra|visuali[sz]\w*|tai\s*chi|qi\s*gong|qigong|"
    r"danc\w+|palming|restorative)\b",
    re.IGNORECASE,
)


# a breathing practice may be long ("Coherent breathing", 15 minutes); "breathe out as you lift"
# in a strength exercise's text says no such kind
_LONG_BY_NAME = re.compile(r"\b(?:breathing|breath\s*work|pranayama)\b", re.IGNORECASE)


def _set_seconds(exercise: dict) -> float:
    reps = exercise.get("reps") or 1
    relax = exercise.get("relax") or _SETTINGS.relax_s
    if exercise.get("phases"):
        return reps * sum(p["seconds"] for p in exercise["phases"])
    timed = exercise.get("hold") if exercise.get("hold") is not None else exercise.get("duration")
    if timed is not None:
        return reps * timed + (reps - 1) * relax
    return reps * (exercise.get("pace") or _SETTINGS.pace_s)


def work_seconds(exercise: dict, rests: bool = True) -> float:
    """Seconds of one exercise without speech: sides x sets x a set's work, and (``rests``) the
    rests between its sets."""
    sides = max(1, len(exercise.get("sides") or ()))
    sets = exercise.get("sets") or 1
    rest = (exercise.get("rest") or 0) if rests else 0
    return sides * sets * _set_seconds(exercise) + sides * (sets - 1) * rest


def session_seconds(
    exercises: list[dict], rounds: int | None = None, rest_between: float | None = None
) -> float:
    """Seconds of a session without speech: its exercises, a circuit's rounds, the rests between."""
    rounds = rounds or 1
    between = _SETTINGS.rest_between_s if rest_between is None else rest_between
    gaps = max(0, rounds * len(exercises) - 1)
    return rounds * sum(work_seconds(e) for e in exercises) + gaps * between


def overworked(exercise: dict, text: str = "") -> bool:
    """Work adding up to more than ``EXERCISE_WORK_MOST`` ("hold 30 s x 10 sets x 2 hands", a
    25-minute plank; its rests between sets are no work: "5 x 45 s holds, 2 minutes' rest"),
    unless the exercise is of a kind done long (``_LONG_BY_KIND``)."""
    long_kind = _long_kind(exercise.get("name", ""), text)
    return work_seconds(exercise, rests=False) > EXERCISE_WORK_MOST and not long_kind


def _long_kind(name: str, text: str) -> bool:
    """The name says a kind done long, or an instruction of the text does ("Raise the stroke
    rate"); a word in passing does not ("Tabata beat ordinary cardio")."""
    said = (s for s in re.split(r"(?<=[.!?;])\s+|\n", text or "") if MOVEMENT.match(s.strip()))
    named = _LONG_BY_KIND.search(name) or _LONG_BY_NAME.search(name)
    return bool(named) or any(_LONG_BY_KIND.search(s) for s in said)


_SAID = {
    "duration": "{:g} s of work",
    "hold": "a {:g} s hold",
    "reps": "{:g} reps",
    "sets": "{:g} sets",
    "rest": "a {:g} s rest",
}


def implausible_reading(exercise: dict, text: str = "") -> str:
    """What no one prescribes for one exercise ("20 sets", "11 min of work"), or "" : a number
    read from the wrong place."""
    beyond = [k for k, most in PLAUSIBLE_MAX.items() if (exercise.get(k) or 0) > most]
    if beyond:
        return _SAID[beyond[0]].format(exercise[beyond[0]])
    longest = max((p["seconds"] for p in exercise.get("phases") or ()), default=0)
    if longest > PHASE_MOST:
        return f"a breath phase of {longest:g} s"
    return f"{minutes(work_seconds(exercise, rests=False))} of work" if overworked(exercise, text) else ""


def implausible_dose(exercise: dict, text: str = "") -> bool:
    """A number no one prescribes for one exercise, or more work than anyone asks of it."""
    return bool(implausible_reading(exercise, text))


def minutes(seconds: float) -> str:
    """ "17 min", "60 hours": a length as a listener would say it."""
    return f"{seconds / 3600:.0f} hours" if seconds >= 3 * 3600 else f"{math.ceil(seconds / 60)} min"


_TIME = re.compile(
    r"\b(\d+(?:\.\d+)?)(?:\s*(?:to|or|-|–|/)\s*(\d+(?:\.\d+)?))?\s*(hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)\b",
    re.IGNORECASE,
)
_UNIT_S = {"h": 3600, "m": 60, "s": 1}


def _phrase(exercise: dict, lines: list[str]) -> tuple[int, str] | None:
    """The line (0-based) and the words that give the exercise's longest time, from the line
    naming it on."""
    timed = {v for v in (exercise.get("hold"), exercise.get("duration")) if v}
    name = exercise.get("name", "").lower()
    start = next((i for i, line in enumerate(lines) if name and name in line.lower()), 0)
    for i in range(start, len(lines)):
        for m in _TIME.finditer(lines[i]):
            unit = _UNIT_S[m.group(3)[0].lower()]
            if any(float(n) * unit in timed for n in m.groups()[:2] if n):
                return i, m.group(0)
    return None


def _own_lines(source: str, text: str) -> list[str] | None:
    """The lines a user sees in the article: a text or web page file's own (a page's line is its
    HTML's), the text itself when it came from no file; None for a PDF or a URL."""
    if re.match(r"https?://", source or "") or Path(source or "").suffix.lower() == ".pdf":
        return None
    try:
        local = Path(source)
        return (
            local.read_text(encoding="utf-8", errors="replace").split("\n")
            if local.is_file()
            else text.split("\n")
        )
    except (OSError, ValueError):
        return text.split("\n")


def too_long_message(source: str, text: str, exercise: dict, session_s: float) -> str:
    """One line: the session is over the routine format's limit because of this exercise's
    number, on this line of the article (when the line is known), and what to do."""
    own = _own_lines(source, text)
    at = _phrase(exercise, own) if own is not None else None
    quoted = at or _phrase(exercise, text.split("\n"))
    where = f"{source}:{at[0] + 1}" if at else source
    said = f'"{quoted[1].strip()}" reads as' if quoted else "its numbers read as"
    return (
        f"{where}: {said} {minutes(work_seconds(exercise))} of {exercise.get('name', 'one exercise')}, "
        f"a session of {minutes(session_s)}, over the {MAX_SESSION_S // 3600}-hour limit — if that "
        "number says how often or a progression, not how long, correct it in a copy of the article "
        "and import the copy"
    )


def writable_session(
    exercises: list[dict], rounds: int | None, rest_between: float | None, text: str, source: str
) -> float:
    """The session's work (``session_seconds``); InputError, one line naming the article's line
    with the number (``too_long_message``), when it is over the routine format's limit: no
    routine can be written for it."""
    seconds = session_seconds(exercises, rounds, rest_between)
    if seconds <= MAX_SESSION_S:
        return seconds
    longest = max(exercises, key=work_seconds)
    if work_seconds(longest) * 2 >= seconds:  # one exercise's number
        raise InputError(too_long_message(source, text, longest, seconds))
    over = f"a session of {minutes(seconds)}, over the {MAX_SESSION_S // 3600}-hour limit"
    if (rounds or 1) > 1:
        raise InputError(
            f"{source}: {rounds} rounds of its {len(exercises):,} exercises make {over} — if the article "
            f"does not ask for {rounds} rounds, correct that number in a copy of it and import the copy"
        )
    raise InputError(
        f"{source}: its {len(exercises):,} exercises make {over} — copy the exercises of one session "
        "into a .txt file and import that"
    )


def harm_of(exercises: list[tuple[dict, dict, str]], reasons: dict, session_s: float) -> str:
    """What would harm a listener, as the summary says it: a session far longer than any home
    programme (its longest exercise doubted), or the first exercise with an implausible dose."""
    if session_s > SESSION_MOST and exercises:
        longest = max((e for e, _, _ in exercises), key=work_seconds)
        found = reasons.setdefault(longest["name"], [])
        found += [] if "dose implausible" in found else ["dose implausible"]
        return f"the session would take {minutes(session_s)} (its longest exercise, {longest['name']}: {minutes(work_seconds(longest))})"
    doubted = [(e, t) for e, _, t in exercises if "dose implausible" in reasons.get(e["name"], ())]
    return f"{doubted[0][0]['name']} asks {implausible_reading(*doubted[0])}" if doubted else ""


__all__ = [
    "harm_of",
    "EXERCISE_WORK_MOST",
    "PLAUSIBLE_MAX",
    "SESSION_MOST",
    "implausible_dose",
    "implausible_reading",
    "minutes",
    "overworked",
    "session_seconds",
    "too_long_message",
    "work_seconds",
    "writable_session",
]
