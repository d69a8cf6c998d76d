"""The timing rules: pace, safety first, time to get into position, no long silence, no
surprise beep. Each is ``rule(script) -> list[Finding]``; ``listen.RULES`` lists them all."""

from __future__ import annotations

import re
from bisect import bisect_left

from voicecoach.model import Exercise
from voicecoach.phrases import exercise_position
from voicecoach.review import words as w
from voicecoach.review.script import Finding, Script, Spoken, role

MAX_WPM = 165  # instruction pace; recorded physio programmes run at 130-150
MIN_SETUP_S = 8.0  # end of an exercise's instructions to its first start beep
MIN_SETUP_MOVE_S = 15.0  # the same when the body changes position
MAX_QUIET_S = 15.0  # longest stretch without a cue
# ... but half a minute far from the next beep: long work or rest, called out each half minute
LONG_QUIET_S, LONG_BEFORE_BEEP_S = 30.0, 85.0
QUIET_BEFORE_BEEP_S = 5.0  # a start beep after this much silence needs a count-down
MAX_LENGTH_RATIO = 1.3  # a title promising N minutes lasts at most 1.3 N
NOT_PACED = {"countdown", "count", "rep_count", "tick", "phase"}  # counts and breath cues may stay brisk


def instruction_pace(s: Script) -> list[Finding]:
    """Words per minute over the speech of 3+ words (counts and breathing phase words, said
    in the rhythm of the work, left out)."""
    paced = [c for c in s.speech if role(c) not in NOT_PACED and len(w.words_of(c.text)) >= 3]
    seconds = sum(s.seconds(c.end - c.start) for c in paced)
    if not paced or seconds <= 0:
        return []
    wpm = 60 * sum(len(w.words_of(c.text)) for c in paced) / seconds
    if wpm <= MAX_WPM:
        return []
    fastest = max(paced, key=lambda c: len(w.words_of(c.text)) / max(c.end - c.start, 1))
    fast_wpm = 60 * len(w.words_of(fastest.text)) / s.seconds(fastest.end - fastest.start)
    return [
        Finding(
            "pace",
            fastest.start_s,
            "the session",
            f'instructions run at {wpm:.0f} words a minute (fastest: {fast_wpm:.0f}, "{fastest.text}")',
            f"slow the voice to at most {MAX_WPM} (--rate, or settings.rate)",
            fastest.text,
        )
    ]


def safety_first(s: Script) -> list[Finding]:
    """The routine's safety line is spoken before the first start beep."""
    safety = (s.routine.settings.safety or "").strip()
    starts = s.beeps("work_start")
    first = starts[0].start if starts else s.timeline.length
    if not safety:
        return [
            Finding(
                "safety",
                0.0,
                "the intro",
                "no safety line",
                'add settings.safety, e.g. "If anything hurts, stop and ask your physiotherapist."',
            )
        ]
    said = [c for c in s.speech if role(c) == "safety" or safety in c.text]
    if any(c.start < first for c in said):
        return []
    at = said[0].start_s if said else s.seconds(first)
    return [
        Finding(
            "safety",
            at,
            "the intro",
            "the safety line comes after the first start beep" if said else "the safety line is never spoken",
            "speak settings.safety in the opening, before the first exercise",
            safety,
        )
    ]


def setup_time(s: Script) -> list[Finding]:
    """At least 8 s (15 s on a change of position) from the end of an exercise's
    instructions to its first start beep. Its instructions: its ``how`` (the last time it is
    said before that beep), or where none is said, the first mention of its name. A unit
    naming no position keeps the one before (a "wait for me" step's included)."""
    found: list[Finding] = []
    before: str | None = None
    work_ends = [c.end for c in s.beeps("work_end")]
    starts = s.first_starts()
    for number, unit in enumerate(s.units, start=1):
        position = exercise_position(unit.exercise) or before
        moved = None not in (before, position) and position != before
        came_from, before = before, position
        beep = starts.get(number)
        if beep is None:
            continue
        since = max((e for e in work_ends if e <= beep.start), default=0)
        told = _told_until(s, number, unit.exercise, since, beep.start)
        need = MIN_SETUP_MOVE_S if moved else MIN_SETUP_S
        if told is None:  # nothing told: no instructions to be late for
            continue
        gap = s.seconds(beep.start - told.end)
        if gap + 0.05 >= need:
            continue
        change = f"; the position changes from {came_from} to {position}" if moved else ""
        found.append(
            Finding(
                "setup-time",
                told.end_s,
                s.where(number),
                f"{gap:.1f} s from the end of its instructions to the first start beep{change}",
                f"give it {need:.0f} s (setup: {need:.0f}s)",
                told.text,
            )
        )
    return found


def _told_until(s: Script, number: int, ex: Exercise, since: int, until: int) -> Spoken | None:
    window = [c for c in s.speech if since <= c.start < until]
    head = _first_sentence(ex.how)
    hows = [
        c for c in window if (role(c) == "how" and c.exercise == number) or (head and head in c.text.lower())
    ]
    if hows:
        return hows[-1]
    named = [c for c in window if ex.name.lower() in c.text.lower()]
    return named[0] if named else None


def _first_sentence(text: str | None) -> str:
    return re.split(r"(?<=[.!?])\s", text.strip())[0].lower()[:40] if text else ""


def quiet_stretches(s: Script) -> list[Finding]:
    """No more than 15 s without a cue (a "wait for me" step's own wait aside), or 30 s when
    the next beep is 85 s or more away (the middle of long work or a long rest)."""
    found, heard_until, last = [], 0, None
    cues = sorted(s.timeline.cues, key=lambda c: c.start)
    beeps = [c.start for c in cues if c.kind == "beep" or role(c) == "tick"]
    for c in cues:
        gap = s.seconds(c.start - heard_until)
        waiting = any(a <= heard_until + s.sr and c.start <= b + s.sr for a, b in s.timeline.waits)
        i = bisect_left(beeps, c.start)
        far = i < len(beeps) and s.seconds(beeps[i] - c.start) >= LONG_BEFORE_BEEP_S
        if last is not None and gap > (LONG_QUIET_S if far else MAX_QUIET_S) and not waiting:
            words = last.text or f"{last.sound} beep"
            found.append(
                Finding(
                    "quiet",
                    s.seconds(heard_until),
                    s.where(last.exercise),
                    f'{gap:.1f} s of silence after "{words}"',
                    "fill it: a cue at least every 15 s (time left, next exercise, a breathing reminder)",
                    words,
                )
            )
        if c.end >= heard_until:
            heard_until, last = c.end, c
    return found


def surprise_beeps(s: Script) -> list[Finding]:
    """A start beep after a quiet stretch comes after a count-down (numbers or ticks)."""
    found, cues = [], sorted(s.timeline.cues, key=lambda c: c.start)
    for i, c in enumerate(cues):
        if c.kind != "beep" or role(c) != "work_start" or i == 0:
            continue
        before = [p for p in cues[:i] if p.start >= c.start - 4 * s.sr]
        if any(role(p) in ("countdown", "tick") for p in before):
            continue
        quiet = s.seconds(c.start - max(p.end for p in cues[:i]))
        if quiet >= QUIET_BEFORE_BEEP_S:
            found.append(
                Finding(
                    "countdown",
                    c.start_s,
                    s.where(c.exercise),
                    f"a start beep after {quiet:.1f} s of silence, with no count-down",
                    "count down (3, 2, 1) into every start beep after a pause",
                )
            )
    return found


def promised_length(s: Script) -> list[Finding]:
    """A title that promises N minutes ("7-minute circuit") lasts at most 1.3 N minutes."""
    match = re.search(
        r"\b(\d+|[^\W\d_]+)[\s-]*(?:minuten|minute|minutes|min)\b", s.routine.title, re.IGNORECASE
    )
    if not match:
        return []
    token = match.group(1).lower()
    minutes = int(token) if token.isdigit() else w.NUMBER_WORDS.get(token)
    lasts = s.timeline.duration_s / 60
    if not minutes or lasts <= MAX_LENGTH_RATIO * minutes:
        return []
    return [
        Finding(
            "length",
            s.timeline.duration_s,
            "the session",
            f'"{s.routine.title}" promises {minutes} minutes but lasts {lasts:.1f}',
            f"cut rounds, sets or rests to at most {MAX_LENGTH_RATIO * minutes:.1f} minutes, or retitle it",
            s.routine.title,
        )
    ]
