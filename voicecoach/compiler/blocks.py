"""Blocks: a circuit round by round; Tabata, EMOM and AMRAP on their fixed grid.

Every round from the second on is announced ("Round 2 of 3.", "Last round."); no silence
over MAX_SILENCE inside a block either (time call-outs; in an AMRAP, encouragement)."""

from __future__ import annotations

from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler import rules
from voicecoach.compiler.exercise import get_ready, rest
from voicecoach.compiler.timing import BEEP_GAP, SETUP_MIN_S, samples
from voicecoach.model import Amrap, AnyBlock, Circuit, Emom, Exercise, Tabata
from voicecoach.phrases import Phrases
from voicecoach.timeline import Role


def block(session, index: int, blk: AnyBlock) -> int:
    """Lay out ``blk`` from unit ``index``; returns the index after it."""
    if isinstance(blk, Circuit):
        return _circuit(session, index, blk)
    return _interval(session, index, blk)


def round_line(phrases: Phrases, round_number: int, rounds: int) -> str:
    key = "round_last" if round_number == rounds > 1 else "round_of"
    return phrases.say(key, round=round_number, rounds=rounds)


def _circuit(session, index: int, blk: Circuit) -> int:
    """Every round: "Round 2 of 3.", each exercise, rests between exercises and rounds."""
    b, routine, phrases = session.b, session.routine, session.phrases
    settings = routine.settings
    count = len(blk.exercises)
    what = phrases.say("exercises_one" if count == 1 else "exercises_many", count=count)
    what = what[:1].lower() + what[1:]  # said inside a sentence: "6 rounds of one exercise."
    session.where(index)
    if blk.rounds > 1:  # one round: its exercises are numbered as any others
        b.say(phrases.say("circuit_intro", name=blk.name, rounds=blk.rounds, count=what), Role.CIRCUIT)
    between = settings.rest_between_s if blk.rest_between_s is None else blk.rest_between_s
    pause = settings.rest_between_s if blk.rest_s is None else blk.rest_s
    for round_number in range(1, blk.rounds + 1):
        session.where(index)
        if blk.rounds > 1:
            b.say(round_line(phrases, round_number, blk.rounds), Role.ROUND)
        for position in range(count):
            session.unit(index)
            index += 1
            if position + 1 < count:
                lead = phrases.say("next", name=session.units[index].exercise.name)
                session.rest_before(index, between, lead)
        if round_number < blk.rounds:
            upcoming = session.units[index]
            lead = phrases.say(
                "next_round", round=upcoming.round, rounds=blk.rounds, name=upcoming.exercise.name
            )
            rest(b, routine, pause, phrases, then=[(lead, Role.NEXT)])
    return index


def _interval(session, index: int, blk: Tabata | Emom | Amrap) -> int:
    """Tabata, EMOM and AMRAP: start beeps on a fixed grid from the first one, so Tabata's
    are exactly ``work + rest`` apart and EMOM's exactly on each minute (to the sample);
    speech goes in only where it fits between them (``say_at``), never moving a beep."""
    b, routine, phrases, units = session.b, session.routine, session.phrases, session.units
    settings = routine.settings
    session.where(index)
    period, work = _intro(b, blk, phrases)
    if settings.verbosity != "brief" and not isinstance(blk, Amrap):
        for ex in dict.fromkeys(blk.exercises):
            if ex.how:  # several hows in a row: each says whose it is
                b.say(phrases.say("interval_how", name=ex.name, how=ex.how), Role.HOW)
    first = units[index].exercise
    if isinstance(blk, Tabata):
        b.say(phrases.say("next", name=first.name), Role.NEXT)
    get_ready(
        b,
        routine.resolved(first, "countdown"),
        phrases,
        settings.verbosity,
        b.instructions_end + samples(SETUP_MIN_S),
    )
    t0 = b.next_free
    rounds = 1 if isinstance(blk, Amrap) else blk.rounds
    name_first = False
    for r in range(rounds):
        unit = units[index]
        session.where(index)
        at = t0 + r * period
        name_first = _period(
            b,
            blk,
            phrases,
            unit.exercise,
            at,
            work,
            r + 1,
            rounds,
            units[index + 1].exercise if r + 1 < rounds else None,
            name_first,
        )
        index += 1
    if isinstance(blk, Amrap):
        b.t = b.work_end + BEEP_GAP
        b.say(phrases.say("amrap_time"), Role.AMRAP_TIME)
    b.t = max(b.t, b.work_end + BEEP_GAP)
    return index


def _intro(b, blk: Tabata | Emom | Amrap, phrases: Phrases) -> tuple[int, int]:
    """The block's intro line (an AMRAP's tasks too); its period and work, in samples."""
    if isinstance(blk, Tabata):
        # a block named "Tabata" is not announced as "Tabata: Tabata."; one timed otherwise than
        # Tabata's 20 s on, 10 s off ("30 seconds on, 30 off") is announced as intervals
        key = "tabata_intro_unnamed" if blk.name.strip(" .").casefold() == "tabata" else "tabata_intro"
        if (blk.work_s, blk.rest_s) != (20.0, 10.0):
            key = "intervals_intro"
        b.say(
            phrases.say(key, name=blk.name, rounds=blk.rounds, work=blk.work_s, rest=blk.rest_s),
            Role.CIRCUIT,
        )
        return samples(blk.work_s + blk.rest_s), samples(blk.work_s)
    if isinstance(blk, Emom):
        b.say(phrases.say("emom_intro", name=blk.name, minutes=blk.rounds), Role.CIRCUIT)
        return 60 * SR, 60 * SR
    b.say(phrases.say("amrap_intro", name=blk.name, minutes=round(blk.duration_s / 60)), Role.CIRCUIT)
    for ex in blk.exercises:
        b.say(_task(ex, phrases), Role.TASK)
    return samples(blk.duration_s), samples(blk.duration_s)


def _period(
    b,
    blk: Tabata | Emom | Amrap,
    phrases: Phrases,
    ex: Exercise,
    at: int,
    work: int,
    round_number: int,
    rounds: int,
    upcoming,
    name_first: bool,
) -> bool:
    """One round of an interval block: start beep (with the exercise's name when the rest
    before had no room for it: ``name_first``), its calls, ticks, end beep; a Tabata's rest
    names the next round; the silences filled. Returns the next round's ``name_first``."""
    beep_end = b.beep_at(at, ex.sound or "start", Role.WORK_START)
    end_at = at + work
    if name_first:
        b.say_at(
            beep_end + BEEP_GAP, phrases.say("task", name=ex.name), Role.TASK, end_at - 3 * SR - BEEP_GAP
        )
    if isinstance(blk, Emom):
        task = phrases.say("emom_minute", minute=round_number, minutes=rounds, task=_task(ex, phrases))
        b.say_at(beep_end + BEEP_GAP, task, Role.TASK, end_at - 3 * SR - BEEP_GAP)
    elif isinstance(blk, Amrap):
        _amrap_calls(b, at, blk.duration_s, phrases)
    elif work >= 20 * SR:
        b.say_at(at + work // 2, phrases.say("halfway"), Role.HALFWAY, end_at - 3 * SR - BEEP_GAP)
    for tick in (end_at - k * SR for k in (3, 2, 1)):
        if tick > at:
            b.beep_at(tick, "tick", Role.TICK)
    if isinstance(blk, Emom) and upcoming is not None:
        b.work_end = end_at  # the next minute's start beep ends this one
    else:
        b.end_work(end_at)
    if isinstance(blk, Amrap):
        lines, used = _keep_going(b, phrases)
    else:
        lines, used = rules.time_lines(b, phrases)
    rules.fill_span(b, beep_end, end_at - 3 * SR, end_at, lines, used)
    if isinstance(blk, Tabata) and upcoming is not None:
        return not _tabata_rest(b, blk, phrases, at, round_number + 1, rounds, upcoming)
    return False


def _tabata_rest(
    b, blk: Tabata, phrases: Phrases, at: int, next_round: int, rounds: int, upcoming: Exercise
) -> bool:
    """ "Rest. Round 5 of 8: squats." ("Last round: …"), then ticks into the next beep. When
    naming the exercise would leave less than SETUP_MIN_S before its beep, the rest says
    "Rest. Round 5 of 8." and the name comes with the start beep. Returns whether it named it."""
    next_at = at + samples(blk.work_s + blk.rest_s)
    last = next_round == rounds
    text = phrases.say(
        "interval_last_round" if last else "interval_next_round",
        round=next_round,
        rounds=rounds,
        name=upcoming.name,
    )
    speak = b.work_end + BEEP_GAP
    named = speak + b.d.speech(text) + samples(SETUP_MIN_S) <= next_at
    if not named:
        text = phrases.say(
            "interval_round_last" if last else "interval_round", round=next_round, rounds=rounds
        )
    b.say_at(speak, text, Role.ROUND, next_at - 3 * SR - BEEP_GAP)
    for tick in (next_at - k * SR for k in (3, 2, 1)):
        if tick > b.work_end:
            b.beep_at(tick, "tick", Role.TICK)
    lines, used = rules.time_lines(b, phrases)
    rules.fill_span(b, b.work_end, next_at - 3 * SR, next_at, lines, used)
    return named


def _keep_going(b, phrases: Phrases):
    def lines(to_go: int):
        return [(phrases.say("keep_going", nth=b.turns.get("keep_going", 0)), Role.TIP, False)]

    def used(role):
        b.turn("keep_going")

    return lines, used


def _amrap_calls(b, at: int, seconds: float, phrases: Phrases) -> None:
    """Minute call-outs with the time left, and "30 seconds left"; no per-rep cues."""
    end_at = at + samples(seconds)
    limit = end_at - 3 * SR - BEEP_GAP
    whole = int(seconds // 60)
    for left in range(whole - 1, 0, -1):
        text = phrases.say("amrap_left_one") if left == 1 else phrases.say("amrap_left", minutes=left)
        b.say_at(end_at - left * 60 * SR, text, Role.TIME_LEFT, limit)
    if seconds > 45:
        b.say_at(end_at - 30 * SR, phrases.say("thirty_left"), Role.TIME_LEFT, limit)


def _task(ex: Exercise, phrases: Phrases) -> str:
    if ex.reps is not None:
        return phrases.say("task_reps", reps=ex.reps, name=ex.name)
    return phrases.say("task", name=ex.name)
