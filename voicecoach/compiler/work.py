"""The work of one set: hold or timed reps, counted reps, breathing phases.

- a hold/duration lasts exactly its seconds from its start beep to its end beep, ticks at
  3, 2 and 1 s before the end; its optional cues come from compiler/rules.py;
- no silence over MAX_SILENCE in work or relax, at every verbosity (brief: time call-outs
  only, no tips);
- a relax long enough to be quiet (QUIET_BEFORE_BEEP) counts down into the next start beep;
- a counted rep is spoken as it starts, always with its number ("6, five more.");
- a phases (breathing) exercise ends on its last out-breath, never mid-hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler import rules, words
from voicecoach.compiler.timing import BEEP_GAP, QUIET_BEFORE_BEEP, samples
from voicecoach.model import Exercise, Phase, Routine
from voicecoach.phrases import Phrases, available_languages
from voicecoach.timeline import Role


def work(b, routine: Routine, ex: Exercise, phrases: Phrases) -> None:
    kind = ex.kind
    if kind == "phases":
        _phases(b, ex)
    elif kind == "counted":
        _counted(b, routine, ex, phrases)
    else:
        _reps(b, routine, ex, phrases)
    b.where["rep"] = None


def _reps(b, routine: Routine, ex: Exercise, phrases: Phrases) -> None:
    """Hold or timed reps: each rep, "Release." (holds), the rep count, the relax. With
    ``alternate: reps`` each rep is one hold a side, the side said before each ("To the
    left." in the relax; the first set's first by exercise.py), the count after the last side."""
    seconds = ex.rep_seconds
    reps = ex.rep_count
    relax = samples(handling(routine, ex, "relax"))
    sides, calls, turns = _turns(phrases, ex, reps)
    for n, (rep, i) in enumerate(turns):
        b.where["rep"] = rep
        _timed_rep(b, routine, ex, seconds, phrases)
        if ex.kind == "hold":
            key = words.release_key(ex)
            b.say(ex.say_end or phrases.say(key, nth=b.turn(key)), Role.RELEASE)
        if routine.settings.count_reps and reps > 1 and i == len(calls) - 1:
            b.say(_rep_line(b, phrases, rep, reps), Role.REP_COUNT)
        if n == len(turns) - 1:
            break
        following = turns[n + 1][1]
        if calls[following] is not None:
            b.where.update(side=sides[following], rep=turns[n + 1][0])
            b.say(calls[following], Role.SIDE)
        next_beep = max(b.work_end + relax, b.next_free)
        if next_beep - b.speech_end >= QUIET_BEFORE_BEEP:
            countdown = routine.resolved(ex, "countdown") or 3
            step = countdown_step([str(n) for n in range(1, countdown + 1)], b.d.speech)
            t0 = next_beep - countdown * step
            rules.fill_until(b, t0 - BEEP_GAP, phrases, key="starting_in", anchor=next_beep)
            count_in(b, countdown, t0)
        else:
            b.wait_until(next_beep)


def handling(routine: Routine, ex: Exercise, name: str) -> float:
    """Seconds for a side switch (``transition``) or between hold reps (``relax``): the
    exercise's own value, else the routine's ``equipment_*`` value when the exercise lists
    equipment (moving a band, re-gripping a marble takes longer), else the routine's."""
    own = getattr(ex, f"{name}_s")
    if own is not None:
        return own
    if ex.equipment:
        return getattr(routine.settings, f"equipment_{name}_s")
    return getattr(routine.settings, f"{name}_s")


def countdown_step(numbers: list[str], length) -> int:
    """The countdown's grid: one second per number, longer if a spoken number (``length(n)``
    samples) plus a beep gap does not fit. The compiled countdown and the player's
    get-ready after a pause both use it, so they sound the same."""
    return max([SR] + [length(n) + BEEP_GAP for n in numbers])


def count_in(b, countdown: int, t0: int) -> None:
    """The numbers ``countdown`` .. 1 from ``t0`` on the countdown grid; the next start beep
    comes one step after the last."""
    numbers = [str(n) for n in range(countdown, 0, -1)]
    step = countdown_step(numbers, b.d.speech)
    t0 = max(t0, b.speech_end + BEEP_GAP)
    for i, number in enumerate(numbers):
        b.speak_at(t0 + i * step, number, Role.COUNTDOWN)
    b.t = max(b.t, t0 + len(numbers) * step)


def _rep_line(b, phrases: Phrases, rep: int, reps: int) -> str:
    """After a rep: "9 of 10. Now the last one." before the last, "5 of 10. Five more." in long
    sets, else a rotating count ("3 of 10." / "That's 4." / "5 done, 5 to go.")."""
    if rep == reps - 1:
        return phrases.say("rep_last_next", rep=rep, reps=reps)
    if reps >= 10 and rep == reps - 5:
        return phrases.say("rep_five_more", rep=rep, reps=reps)
    if rep == reps:
        return phrases.say("rep_of", rep=rep, reps=reps)
    return phrases.say("rep_done", nth=b.turn("rep_done"), rep=rep, reps=reps, left=reps - rep)


def _timed_rep(b, routine: Routine, ex: Exercise, seconds: float, phrases: Phrases) -> None:
    """Start beep, the rules' cues placed by priority, ticks in the last three seconds, end
    beep; then any silence over MAX_SILENCE filled with tips and time call-outs."""
    start_word = ex.say_start
    if start_word and not _fits_in_work(b, ex, seconds, start_word):
        # a short hold has no room for it: say it just before the start beep, ending where
        # the relax ends (the beep waits for it only if the relax is shorter than the word)
        length = b.d.speech(start_word)
        b.speak_at(max(b.t - length - BEEP_GAP, b.speech_end + BEEP_GAP), start_word, Role.START_WORD)
        start_word = None
    t0 = b.next_free
    work_from = b.beep_at(t0, ex.sound or "start", Role.WORK_START)
    end_at = t0 + samples(seconds)
    ticks = _ticks(work_from, end_at)
    limit = (ticks[0] if ticks else end_at) - BEEP_GAP
    window = rules.Window(
        ex, routine.settings, phrases, b.turns, work_from, limit, end_at, seconds, start_word
    )
    busy = [(t0, work_from)]
    plan = rules.place(b, rules.propose(window), busy)
    _fill_work(
        b,
        ex,
        phrases,
        work_from,
        limit + BEEP_GAP,
        end_at,
        plan,
        tipped=any(role == Role.TIP for _, _, role in plan),
        tips=routine.settings.verbosity != "brief",
    )
    rules.emit(b, plan)
    for at in ticks:
        b.beep_at(at, "tick", Role.TICK)
    b.end_work(end_at)


def _ticks(work_from: int, end_at: int) -> list[int]:
    return [end_at - k * SR for k in (3, 2, 1) if end_at - k * SR >= work_from]


def _fits_in_work(b, ex: Exercise, seconds: float, text: str) -> bool:
    """Whether ``text`` fits between the start beep and the first tick (times from the beep)."""
    work_from = b.d.sound(ex.sound or "start")
    ticks = _ticks(work_from, samples(seconds))
    limit = (ticks[0] if ticks else samples(seconds)) - BEEP_GAP
    return work_from + BEEP_GAP + b.d.speech(text) <= limit


def _fill_work(
    b,
    ex: Exercise,
    phrases: Phrases,
    work_from: int,
    next_cue: int,
    end_at: int,
    plan: list,
    tipped: bool,
    tips: bool,
) -> None:
    """Tips (the exercise's, in turn; one per rep, none at brief) and time call-outs in the
    silences of one rep."""
    tip_key = ("tip", ex.name)
    first = None
    if ex.tips and tips and not tipped:

        def first():
            return [(ex.tips[b.turns.get(tip_key, 0) % len(ex.tips)], Role.TIP, tip_key)]

    lines, used = rules.time_lines(b, phrases, first)
    edges = (
        [work_from] + [e for at, text, _ in sorted(plan) for e in (at, at + b.d.speech(text))] + [next_cue]
    )
    for lo, hi in zip(edges[::2], edges[1::2], strict=True):
        rules.fill(b, lo, hi, end_at, lines, used, plan)


def _turns(phrases: Phrases, ex: Exercise, reps: int) -> tuple[tuple, tuple, list[tuple[int, int]]]:
    """(sides, what is said before each, (rep, side index) in order): one turn a rep, or with
    ``alternate: reps`` one a side of each rep; (None,) each when the sides do not take turns."""
    sides: tuple = (None,)
    calls: tuple = (None,)
    if ex.alternates_reps:
        sides, calls = words.rep_sides(phrases, ex), words.rep_side_calls(phrases, ex)
    return sides, calls, [(rep, i) for rep in range(1, reps + 1) for i in range(len(calls))]


def _counted(b, routine: Routine, ex: Exercise, phrases: Phrases) -> None:
    """Start beep, each rep's number spoken as the rep starts ("6, five more." in sets of 10
    or more, "10, last one." at the last), end beep after the last. With ``alternate: reps``
    each side is a rep at ``pace``, its side said as it starts, the number with the first
    side's ("2. Right knee." "Left knee.")."""
    pace_s = routine.counted_pace(ex)
    pace = samples(pace_s)
    t0 = b.next_free
    first = b.beep_at(t0, ex.sound or "start", Role.WORK_START)
    reps = ex.rep_count
    sides, calls, slots = _turns(phrases, ex, reps)
    for k, (rep, i) in enumerate(slots):
        b.where["rep"] = rep
        if sides[i] is not None:
            b.where["side"] = sides[i]
        number = (
            words.count_word(phrases, rep, reps)
            if routine.settings.count_reps and i == 0 and words.rep_counted(rep, reps, pace_s)
            else None
        )
        text = " ".join(
            t
            for t in (
                number and (number if number[-1] in ".!?" or calls[i] is None else number + "."),
                calls[i],
            )
            if t
        )
        if text and (routine.settings.count_reps or k > 0):
            at = max(first if k == 0 else t0 + k * pace, b.speech_end + BEEP_GAP)
            b.speak_at(at, text, Role.COUNT if number else Role.SIDE)
    end_at = max(t0 + len(slots) * pace, b.speech_end + BEEP_GAP)
    if not routine.settings.count_reps:
        rules.fill_until(b, end_at - BEEP_GAP, phrases, since=first)
    b.end_work(end_at)


@lru_cache(maxsize=1)
def _exhale_pattern() -> re.Pattern:
    found = {w.lower() for language in available_languages() for w in Phrases(language).words("_exhale")}
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(found))) + r")\b", re.IGNORECASE)


def ends_on_out_breath(phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
    """The phases of an exercise's last rep: cut after the last out-breath, so a breathing
    exercise never ends mid-hold (box breathing ends on "Exhale", not on "Hold")."""
    outs = [i for i, p in enumerate(phases) if _exhale_pattern().search(p.say)]
    return phases[: outs[-1] + 1] if outs else phases


def _phases(b, ex: Exercise) -> None:
    """Each rep runs every phase; each phase word is spoken at the phase's start."""
    t0 = b.next_free
    at = b.beep_at(t0, ex.sound or "start", Role.WORK_START) + BEEP_GAP
    reps = ex.rep_count
    for rep in range(1, reps + 1):
        b.where["rep"] = rep
        for phase in ends_on_out_breath(ex.phases) if rep == reps else ex.phases:
            next_at = at + samples(phase.seconds)
            b.say_at(at, phase.say, Role.PHASE, next_at)
            at = next_at
    b.end_work(at)
