"""Lays out one exercise on a compiler Builder: announcement, instructions, sides, sets.

Coaching rules, on top of compile.py's timing rules:
- the instructions (``how``) end at least ``setup`` before the count-down: 8 s, 15 s when
  the body changes position (lying, sitting, kneeling, standing), or the exercise's own
  ``setup``; the wait is filled so no silence exceeds MAX_SILENCE;
- a one-sided exercise of several sets alternates sides set by set (right, left, rest,
  right, left) unless ``alternate: false``; on a second side the instructions swap left
  and right words; ``alternate: reps`` alternates them rep by rep inside each set (work.py:
  the side said before each rep, ``reps`` a side);
- "Last set"; the words of sides, counts and releases come from compiler/words.py;
- wordings that repeat rotate by count (Builder.turn), never at random.
"""

from __future__ import annotations

import re
from functools import lru_cache

from voicecoach.compiler import words
from voicecoach.compiler.rules import fill_until
from voicecoach.compiler.timing import BEEP_GAP, GAP, POSITION_CHANGE_S, SET_REST_S, SETUP_MIN_S, samples
from voicecoach.compiler.work import count_in, countdown_step, handling, work
from voicecoach.model import Exercise, Routine
from voicecoach.phrases import Phrases, available_languages
from voicecoach.timeline import Role


def exercise(
    b, routine: Routine, flat: tuple[Exercise, ...], index: int, phrases: Phrases, announce: str | None
) -> None:
    """Unit ``index`` (its exercise ``flat[index]``, ``flat`` the units' exercises in order):
    announce the exercise (``announce``; None when a transition did), its instructions
    unless the rest before told them (``b.told[index]``: True when it said the how, False
    when only the name), then every side and set of its work."""
    verbosity = routine.settings.verbosity
    told = b.told.get(index, False)
    if announce is not None:
        end = b.say(announce, Role.ANNOUNCE)
        if index not in b.told:
            b.instructions_end = end
    ex = flat[index]
    first_time = ex.name not in (e.name for e in flat[:index])
    if verbosity != "brief":
        if ex.what and (first_time or verbosity == "detailed"):
            b.say(ex.what, Role.WHAT)
        if ex.how and not told and (first_time or verbosity == "detailed"):
            b.say(words.how_now(ex.how, phrases) or "", Role.HOW)
        # every exercise's dose, even when the one before had the same: a listener cannot look back;
        # but a circuit's stations of one dose say it once a round (its rhythm is the block's)
        said = summary(ex, phrases)
        last = next((c for c in reversed(b.cues) if c.role == Role.SUMMARY), None)
        round_number = b.where.get("round")
        if not (
            round_number is not None and last is not None and last.round == round_number and last.text == said
        ):
            b.say(said, Role.SUMMARY)
    setup = _setup_seconds(b, ex)
    sides = ex.sides or (None,)
    previous = None
    for set_number, side_index in _order(ex):
        side = sides[side_index]
        b.where.update(side=side, set=set_number, rep=None)
        how = side_how(words.how_now(ex.how, phrases), side_index)
        if previous is None:
            _first_side(b, ex, side, phrases)
            if index == 0:
                setup = _first_setup(b, routine, ex, phrases)
        elif set_number != previous[0]:
            b.where.update(set=previous[0], side=sides[previous[1]])
            _rest_between_sets(b, routine, ex, set_number, phrases, how, side)
        else:
            _switch(b, routine, ex, side, how, phrases, first_switch=set_number == 1)
        countdown = routine.resolved(ex, "countdown")
        ready_from = b.instructions_end
        if previous is None and index == 0 and setup > 0:  # quiet after "Take your time …", then the count
            ready_from = max(ready_from, b.next_free + ready_lead(b, countdown, phrases, verbosity))
        get_ready(
            b, countdown, phrases, verbosity, ready_from + samples(setup if previous is None else SETUP_MIN_S)
        )
        work(b, routine, ex, phrases)
        previous = (set_number, side_index)
    later = words.how_later(ex.how, phrases)
    if later and verbosity != "brief" and (told or first_time or verbosity == "detailed"):
        b.say(later, Role.TIP)  # the how's option for later, after the work it is not part of
    b.where.update(side=None, set=None, rep=None)


def _first_side(b, ex: Exercise, side, phrases: Phrases) -> None:
    """A set's first side: with ``alternate: reps`` the first rep's call ("To the right.", as
    before each rep), else "Start with the right leg." (what the leg does where it reads so)."""
    if ex.alternates_reps:
        b.where["side"] = words.rep_sides(phrases, ex)[0]
        b.say(words.rep_side_calls(phrases, ex)[0], Role.SIDE)
    elif side:
        b.say(words.side_line(phrases, side, first=True, role=words.side_role(ex)), Role.SIDE)


def _order(ex: Exercise) -> list[tuple[int, int]]:
    """(set, side index) in the order done: sets alternate sides unless ``alternate: false``;
    with ``alternate: reps`` each set holds both sides (work.py turns them rep by rep)."""
    sides, sets = range(max(1, len(ex.sides))), range(1, ex.sets + 1)
    if ex.alternates_reps:
        return [(s, 0) for s in sets]
    if ex.alternate:
        return [(s, side) for s in sets for side in sides]
    return [(s, side) for side in sides for s in sets]


def _setup_seconds(b, ex: Exercise) -> float:
    """The exercise's ``setup``, else 15 s when the body changes position, else 8 s."""
    position = words.position_of(ex)
    moved = b.position is not None and position is not None and position != b.position
    if position is not None:
        b.position = position
    if ex.setup_s is not None:
        return ex.setup_s
    return POSITION_CHANGE_S if moved else SETUP_MIN_S


def _switch(
    b, routine: Routine, ex: Exercise, side, how, phrases: Phrases, first_switch: bool = True
) -> None:
    """ "Switch to the left side.", the mirrored how (normal: when it names a side, at the first
    set's switch only, as the first side's how is said once; detailed: always), and the
    ``transition`` measured from the last end beep."""
    verbosity = routine.settings.verbosity
    transition_start = b.work_end
    b.say(words.side_line(phrases, side, first=False, role=words.side_role(ex)), Role.SWITCH)
    if how and (
        verbosity == "detailed"
        or (verbosity == "normal" and first_switch and how != words.how_now(ex.how, phrases))
    ):
        b.say(how, Role.HOW)
    b.wait_until(transition_start + samples(handling(routine, ex, "transition")))


@lru_cache(maxsize=1)
def _mirror_table() -> tuple[re.Pattern, dict]:
    swap: dict[str, str] = {}
    for language in available_languages():
        for a, b in Phrases(language).words("_mirror"):
            swap[a.lower()], swap[b.lower()] = b.lower(), a.lower()
    words_ = sorted(swap, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words_)) + r")\b", re.IGNORECASE), swap


# "right" meaning "directly" ("hands right under your shoulders", "right up to the ceiling"), not a side:
# after no article or possessive and before a word of place or direction
_RIGHT_AS_DIRECTLY = re.compile(
    r"(?<!\bthe )(?<!\byour )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bto )\bright(?=\s+(?:under|"
    r"underneath|over|above|below|beneath|behind|beside|between|next to|in front|on top|up|down|away|back|"
    r"through|across|along|against|into|onto|around|round|out|now|here|there|after|before)\b)",
    re.IGNORECASE,
)


# "right" meaning "correct" ("as high as feels right", "get it just right"): no side to swap
_RIGHT_AS_CORRECT = re.compile(
    r"\b(?:feels?|feeling|felt|seems?|looks?|sounds?|just|all|that's|it's|is)\s+(right)\b"
    r"(?!\s+(?:side|leg|arm|hand|foot|knee|hip|shoulder|elbow|ankle|wrist|heel|toe|ear|eye)s?\b)",
    re.IGNORECASE,
)


def mirrored(text: str) -> str:
    """``text`` with left and right words swapped (every language's ``_mirror`` pairs); "right"
    meaning "directly" ("right under your shoulders") or "correct" ("as high as feels right")
    stays."""
    pattern, swap = _mirror_table()
    kept = {m.start() for m in _RIGHT_AS_DIRECTLY.finditer(text)}
    kept |= {m.start(1) for m in _RIGHT_AS_CORRECT.finditer(text)}

    def one(match: re.Match) -> str:
        word = match.group(0)
        if match.start() in kept:
            return word
        other = swap[word.lower()]
        return other.capitalize() if word[0].isupper() else other

    return pattern.sub(one, text)


def side_how(how, side_index: int):
    """The instructions for a side: the second side (and every even one) mirrored."""
    return mirrored(how) if how and side_index % 2 == 1 else how


def summary(ex: Exercise, phrases: Phrases) -> str:
    reps = ex.rep_count
    hold, duration = ex.hold_s or 0.0, ex.duration_s or 0.0  # set for their kinds
    if ex.kind == "hold":
        second = "_second" if hold == 1 else ""  # "hold one second", never "1 seconds"
        text = (
            phrases.timed("summary_hold" + second, hold, slot="hold", reps=reps)
            if reps > 1
            else phrases.timed("summary_hold_one" + second, hold, slot="hold")
        )
    elif ex.kind == "timed":
        text = (
            phrases.timed("summary_timed_reps", duration, slot="duration", reps=reps)
            if reps > 1
            else phrases.timed("summary_timed", duration, slot="duration")
        )
    elif ex.kind == "phases":
        text = phrases.say("summary_phases", reps=reps)
    else:
        text = phrases.say("summary_counted", reps=reps)
    if ex.sets > 1:
        text += " " + phrases.say("summary_sets", sets=ex.sets)
    if ex.alternates_reps:  # "2 sets. Sides take turns, 4 on each side": 4 in each set, not in all
        key = "summary_alternating_sets" if ex.sets > 1 else "summary_alternating"
        text += " " + phrases.say(key, reps=reps)
    return text


def _first_setup(b, routine: Routine, ex: Exercise, phrases: Phrases) -> float:
    """The session's first exercise: "Take your time to get into position." and its set-up
    time, from the end of its instructions to its start beep: its own ``setup``, else the
    routine's (default 10 s; ``setup: 0s`` starts at once)."""
    setup = routine.settings.setup_s if ex.setup_s is None else ex.setup_s
    if setup > 0:
        b.say(phrases.say("setup"), Role.SETUP)
    return setup


def _rest_between_sets(
    b, routine: Routine, ex: Exercise, set_number: int, phrases: Phrases, how, side
) -> None:
    rest_s = ex.rest_s if ex.rest_s is not None else SET_REST_S
    rest(b, routine, rest_s, phrases)
    b.where.update(set=set_number, side=side)
    key = "set_last" if set_number == ex.sets else "set_of"
    b.say(phrases.say(key, set=set_number, sets=ex.sets), Role.SET)
    if routine.settings.verbosity == "detailed" and how:
        b.say(how, Role.HOW)
    if ex.alternates_reps or (len(ex.sides) > 1 and ex.alternate):
        _first_side(b, ex, side, phrases)


def rest(
    b, routine: Routine, seconds: float, phrases: Phrases, then=(), chime: bool = True, then_where=None
) -> None:
    """ "Rest N seconds.", then ``then`` (text, role) lines (what comes next, its set-up),
    from them on placed at ``then_where`` (the next exercise: its chapter starts where it is
    named); the rest-over beep ``seconds`` after the last end beep (or after the rest's
    speech); the silence before it broken by a rest line, then the seconds to go. A
    transition (``chime=False``: a short rest before an exercise) names no rest, no beep."""
    r = samples(seconds)
    if r > 0 and chime:  # a transition (no chime) has no rest to name
        b.say(phrases.timed("rest", seconds), Role.REST)
    if then_where is not None:
        b.where = dict(then_where)
    for text, role in then:
        end = b.say(text, role)
        if role == Role.ANNOUNCE:  # a transition's "Next: …" announces the exercise
            b.instructions_end = end
    if r <= 0:
        return
    over = max(b.work_end + r, b.speech_end + BEEP_GAP)
    tip = None
    if routine.settings.verbosity != "brief":

        def tip():
            return [(phrases.say("rest_tip", nth=b.turns.get("rest_tip", 0)), Role.REST_TIP, "rest_tip")]

    fill_until(b, over, phrases, first=tip)
    if chime:
        b.t = b.beep_at(over, "rest_over", Role.REST_OVER) + GAP
    else:
        b.wait_until(over)


def ready_lead(b, countdown: int, phrases: Phrases, verbosity: str) -> int:
    """Samples from "Get ready." (said unless brief with a count-down) to the start beep."""
    ready = verbosity != "brief" or countdown == 0
    text = phrases.say("get_ready", nth=b.turns.get("get_ready", 0))
    numbers = [str(n) for n in range(countdown, 0, -1)]
    return (b.d.speech(text) + GAP if ready else 0) + len(numbers) * countdown_step(numbers, b.d.speech)


def get_ready(b, countdown: int, phrases: Phrases, verbosity: str, beep_not_before: int = 0) -> None:
    """ "Get ready." (not at brief, unless there is no count-down), then the count-down on
    its grid, timed so the start beep after it comes no earlier than ``beep_not_before``
    (time to get into position; the wait broken by "Starting in N seconds" where it would
    exceed MAX_SILENCE)."""
    ready = verbosity != "brief" or countdown == 0
    start = beep_not_before - ready_lead(b, countdown, phrases, verbosity)
    if start > b.next_free:
        fill_until(b, start, phrases, key="starting_in", anchor=beep_not_before)
        b.wait_until(start)
    if ready:
        b.say(phrases.say("get_ready", nth=b.turn("get_ready")), Role.GET_READY)
    count_in(b, countdown, b.next_free)
