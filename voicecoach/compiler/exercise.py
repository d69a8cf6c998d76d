"""Lays out one exercise on a compiler Builder: announcement, sides, sets, reps."""

from __future__ import annotations

from voicecoach import SAMPLE_RATE as SR
from voicecoach.model import Exercise, Routine
from voicecoach.phrases import Phrases

GAP = int(0.35 * SR)
BEEP_GAP = int(0.15 * SR)


def samples(seconds: float) -> int:
    return int(round(seconds * SR))


def exercise(b, routine: Routine, index: int, ex: Exercise, phrases: Phrases) -> None:
    """Announce the exercise, then every side and set of its work."""
    verbosity = routine.settings.verbosity
    b.say(phrases.say("exercise_of", n=index + 1, total=len(routine.exercises), name=ex.name), "announce")
    if verbosity != "brief":
        first_time = ex.name not in (e.name for e in routine.exercises[:index])
        if ex.what and (first_time or verbosity == "detailed"):
            b.say(ex.what, "what")
        if ex.how and (first_time or verbosity == "detailed"):
            b.say(ex.how, "how")
        b.say(summary(ex, phrases), "summary")
    sides = ex.sides or (None,)
    for side_index, side in enumerate(sides):
        b.where["side"] = side
        if side_index == 0 and side:
            b.say(phrases.say("side_first", side=side), "side")
        elif side_index > 0:
            transition_start = b.work_end
            b.say(phrases.say("switch", side=side), "switch")
            if verbosity == "detailed" and ex.how:
                b.say(ex.how, "how")
            b.wait_until(transition_start + samples(routine.resolved(ex, "transition_s")))
        for set_number in range(1, ex.sets + 1):
            b.where.update(set=set_number, rep=None)
            if set_number > 1:
                _rest_between_sets(b, routine, ex, set_number, phrases)
            _get_ready(b, routine.resolved(ex, "countdown"), phrases, verbosity)
            _work(b, routine, ex, phrases)
    b.where.update(side=None, set=None, rep=None)


def summary(ex: Exercise, phrases: Phrases) -> str:
    reps = ex.rep_count
    if ex.kind == "hold":
        text = phrases.say("summary_hold", reps=reps, hold=ex.hold_s) if reps > 1 else \
            phrases.say("summary_hold_one", hold=ex.hold_s)
    elif ex.kind == "timed":
        text = phrases.say("summary_timed_reps", reps=reps, duration=ex.duration_s) if reps > 1 else \
            phrases.say("summary_timed", duration=ex.duration_s)
    elif ex.kind == "phases":
        text = phrases.say("summary_phases", reps=reps)
    else:
        text = phrases.say("summary_counted", reps=reps)
    if ex.sets > 1:
        text += " " + phrases.say("summary_sets", sets=ex.sets)
    return text


def _rest_between_sets(b, routine: Routine, ex: Exercise, set_number: int, phrases: Phrases) -> None:
    rest_s = ex.rest_s if ex.rest_s is not None else 30.0
    b.where["set"] = set_number - 1
    if rest_s > 0:
        b.say(phrases.say("rest", seconds=rest_s), "rest")
        b.end_rest(samples(rest_s))
    b.where["set"] = set_number
    b.say(phrases.say("set_of", set=set_number, sets=ex.sets), "set")
    if routine.settings.verbosity == "detailed" and ex.how:
        b.say(ex.how, "how")


def countdown_step(numbers: list[str], length) -> int:
    """The countdown's grid: one second per number, longer if a spoken number (``length(n)``
    samples) plus a beep gap does not fit. The compiled countdown and the player's
    get-ready after a pause both use it, so they sound the same."""
    return max([SR] + [length(n) + BEEP_GAP for n in numbers])


def _get_ready(b, countdown: int, phrases: Phrases, verbosity: str) -> None:
    if verbosity != "brief" or countdown == 0:
        b.say(phrases.say("get_ready"), "get_ready")
    numbers = [str(n) for n in range(countdown, 0, -1)]
    step = countdown_step(numbers, b.d.speech)
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    for i, number in enumerate(numbers):
        at = t0 + i * step
        b.add(at, at + b.d.speech(number), "speech", "countdown", text=number)
        b.speech_end = at + b.d.speech(number)
    b.t = t0 + len(numbers) * step


def _work(b, routine: Routine, ex: Exercise, phrases: Phrases) -> None:
    kind = ex.kind
    if kind == "phases":
        _phases(b, ex)
    elif kind == "counted":
        _counted(b, routine, ex)
    else:
        seconds = ex.hold_s if kind == "hold" else ex.duration_s
        reps = ex.rep_count
        relax = samples(routine.resolved(ex, "relax_s"))
        for rep in range(1, reps + 1):
            b.where["rep"] = rep
            _timed_rep(b, routine, ex, seconds, phrases)
            if kind == "hold":
                b.say(phrases.say("release"), "release")
            if routine.settings.count_reps and reps > 1:
                b.say(phrases.say("rep_of", rep=rep, reps=reps), "rep_count")
            if rep < reps:
                b.wait_until(b.work_end + relax)
    b.where["rep"] = None


def _timed_rep(b, routine: Routine, ex: Exercise, seconds: float, phrases: Phrases) -> None:
    """Start beep, optional spoken cues, ticks in the last three seconds, end beep."""
    settings = routine.settings
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    work_from = b.beep_at(t0, ex.sound or "start", "work_start")
    end_at = t0 + samples(seconds)
    ticks = [end_at - k * SR for k in (3, 2, 1) if end_at - k * SR >= work_from]
    limit = (ticks[0] if ticks else end_at) - BEEP_GAP
    midway = t0 + samples(seconds / 2)
    if settings.halfway and seconds >= 20:
        b.say_at(midway, phrases.say("halfway"), "halfway", limit)
    if settings.verbosity == "detailed" and seconds >= 30:   # midway, right after "Halfway."
        at = max(midway, b.speech_end + BEEP_GAP)
        room = end_at - 10 * SR - BEEP_GAP if settings.ten_left else limit  # "10 left" wins
        b.say_at(at, phrases.say("form_reminder"), "form_reminder", min(limit, room))
    if settings.ten_left and seconds >= 30:
        b.say_at(end_at - 10 * SR, phrases.say("ten_left"), "ten_left", limit)
    for at in ticks:
        b.beep_at(at, "tick", "tick")
    b.work_end = b.beep_at(end_at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP


def _counted(b, routine: Routine, ex: Exercise) -> None:
    """Start beep, each rep's number spoken as the rep starts, end beep after the last."""
    pace = samples(routine.resolved(ex, "pace_s"))
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    first = b.beep_at(t0, ex.sound or "start", "work_start")
    reps = ex.rep_count
    for rep in range(1, reps + 1):
        b.where["rep"] = rep
        if routine.settings.count_reps:
            at = max(first if rep == 1 else t0 + (rep - 1) * pace, b.speech_end + BEEP_GAP)
            b.add(at, at + b.d.speech(str(rep)), "speech", "count", text=str(rep))
            b.speech_end = at + b.d.speech(str(rep))
    end_at = max(t0 + reps * pace, b.speech_end + BEEP_GAP)
    b.work_end = b.beep_at(end_at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP


def _phases(b, ex: Exercise) -> None:
    """Each rep runs every phase; each phase word is spoken at the phase's start."""
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    at = b.beep_at(t0, ex.sound or "start", "work_start") + BEEP_GAP
    for rep in range(1, ex.rep_count + 1):
        b.where["rep"] = rep
        for phase in ex.phases:
            next_at = at + samples(phase.seconds)
            b.say_at(at, phase.say, "phase", next_at)
            at = next_at
    b.work_end = b.beep_at(at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP
