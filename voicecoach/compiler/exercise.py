"""Lays out one exercise on a compiler Builder: announcement, sides, sets, reps.

Coaching rules, on top of compile.py's timing rules:
- no silence longer than MAX_SILENCE (15 s) in normal and detailed verbosity: a gap in work
  is filled with the exercise's tips (in turn) or a call-out of the time to go on a 5 s grid;
  a gap in a rest with a rest line, then the time to go;
- optional cues give way rather than crowd: "10 seconds left" is dropped when it would come
  less than MIN_SPACING after "Halfway" (a 30 s stretch says only "Halfway");
- the last rep of a set of 2 or more is announced ("Last one"), "Five more" in sets of 10
  or more, "Last set", "Last exercise";
- on the second side the spoken instructions swap left and right words;
- a phases (breathing) exercise ends on its last out-breath, never mid-hold;
- wordings that repeat rotate by count (Builder.turn), never at random.
"""

from __future__ import annotations

import re
from functools import lru_cache

from voicecoach import SAMPLE_RATE as SR
from voicecoach.model import Exercise, Phase, Routine
from voicecoach.phrases import Phrases, available_languages

GAP = int(0.35 * SR)
BEEP_GAP = int(0.15 * SR)
MAX_SILENCE = 15 * SR        # longest silence between cues in normal/detailed verbosity
MIN_SPACING = 8 * SR         # least time between the starts of two optional call-outs
SPEECH_S_PER_CHAR = 0.065    # a rough speaking speed at 160 words per minute (for guesses only)
GRID = 5 * SR                # time call-outs say a multiple of 5 s to go


def guessed_samples(text: str, rate: int) -> int:
    """A clip's length guessed from its characters at ``rate`` words per minute (never 0)."""
    per_char = SPEECH_S_PER_CHAR * 160 / max(rate, 1)
    return int(len(text) * per_char * SR) + 1


def samples(seconds: float) -> int:
    return int(round(seconds * SR))


def exercise(b, routine: Routine, index: int, ex: Exercise, phrases: Phrases) -> None:
    """Announce the exercise, then every side and set of its work."""
    verbosity = routine.settings.verbosity
    total = len(routine.exercises)
    key = "exercise_last" if index + 1 == total > 1 else "exercise_of"
    b.say(phrases.say(key, n=index + 1, total=total, name=ex.name), "announce")
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
        how = side_how(ex.how, side_index)
        if side_index == 0 and side:
            b.say(phrases.say("side_first", side=side), "side")
        elif side_index > 0:
            transition_start = b.work_end
            b.say(phrases.say("switch", side=side), "switch")
            # detailed repeats the how; normal too when it names a side (now mirrored)
            if how and (verbosity == "detailed" or (verbosity == "normal" and how != ex.how)):
                b.say(how, "how")
            b.wait_until(transition_start + samples(handling(routine, ex, "transition")))
        for set_number in range(1, ex.sets + 1):
            b.where.update(set=set_number, rep=None)
            if set_number > 1:
                _rest_between_sets(b, routine, ex, set_number, phrases, how)
            elif index == 0 and side_index == 0:
                _setup(b, routine, phrases)
            _get_ready(b, routine.resolved(ex, "countdown"), phrases, verbosity)
            _work(b, routine, ex, phrases)
    b.where.update(side=None, set=None, rep=None)


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


@lru_cache(maxsize=1)
def _mirror_table() -> tuple[re.Pattern, dict]:
    swap: dict[str, str] = {}
    for language in available_languages():
        for a, b in Phrases(language).words("_mirror"):
            swap[a.lower()], swap[b.lower()] = b.lower(), a.lower()
    words = sorted(swap, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE), swap


def mirrored(text: str) -> str:
    """``text`` with left and right words swapped (every language's ``_mirror`` pairs)."""
    pattern, swap = _mirror_table()

    def one(match: re.Match) -> str:
        word = match.group(0)
        other = swap[word.lower()]
        return other.capitalize() if word[0].isupper() else other
    return pattern.sub(one, text)


def side_how(how, side_index: int):
    """The instructions for a side: the second side (and every even one) mirrored."""
    return mirrored(how) if how and side_index % 2 == 1 else how


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


def _setup(b, routine: Routine, phrases: Phrases) -> None:
    """Before the session's first countdown: time to get into position (``setup``)."""
    setup = samples(routine.settings.setup_s)
    if setup > 0:
        end = b.say(phrases.say("setup"), "setup")
        b.wait_until(end + setup)


def _rest_between_sets(b, routine: Routine, ex: Exercise, set_number: int, phrases: Phrases,
                       how) -> None:
    rest_s = ex.rest_s if ex.rest_s is not None else 30.0
    b.where["set"] = set_number - 1
    if rest_s > 0:
        b.say(phrases.say("rest", seconds=rest_s), "rest")
        fill_rest(b, routine, samples(rest_s), phrases)
        b.end_rest(samples(rest_s))
    b.where["set"] = set_number
    key = "set_last" if set_number == ex.sets else "set_of"
    b.say(phrases.say(key, set=set_number, sets=ex.sets), "set")
    if routine.settings.verbosity == "detailed" and how:
        b.say(how, "how")


def fill_rest(b, routine: Routine, rest: int, phrases: Phrases) -> None:
    """Fill a rest's silence up to its rest-over beep (which ``Builder.end_rest`` places
    ``rest`` after the last end beep): a rest line first, then the time to go."""
    if routine.settings.verbosity == "brief":
        return
    over = max(b.work_end + rest, b.speech_end + BEEP_GAP)
    state = {"first": True}

    def lines(to_go: int):
        out = []
        if state["first"]:
            out.append((phrases.say("rest_tip", nth=b.turns.get("rest_tip", 0)), "rest_tip", False))
        out.append((phrases.say("to_go", nth=b.turns.get("to_go", 0), seconds=to_go), "time_left", True))
        return out

    def used(role):
        state["first"] = False
        b.turn({"rest_tip": "rest_tip", "time_left": "to_go"}[role])

    plan: list = []
    _fill(b, b.speech_end, over, over, lines, used, plan)
    _emit(b, plan)


def _fill(b, lo: int, hi: int, anchor: int, lines, used, plan: list) -> None:
    """Plan cues in the silence from ``lo`` (end of a cue) to ``hi`` (start of the next) until
    no silence is longer than MAX_SILENCE. ``lines(to_go)`` offers (text, role, timed)
    candidates, best first; a timed one says the seconds to go until ``anchor`` and is placed
    exactly on the 5 s grid before it, an untimed one is centred in the silence."""
    if hi - lo <= MAX_SILENCE:
        return
    mid = (lo + hi) // 2
    k = max(1, round((anchor - mid) / GRID))
    for text, role, timed in lines(k * GRID // SR):
        length = b.d.speech(text)
        at = anchor - k * GRID if timed else mid - length // 2
        if lo + BEEP_GAP <= at and at + length + BEEP_GAP <= hi:
            plan.append((at, text, role))
            used(role)
            _fill(b, lo, at, anchor, lines, used, plan)
            _fill(b, at + length, hi, anchor, lines, used, plan)
            return


def _emit(b, plan: list) -> None:
    for at, text, role in sorted(plan):
        end = at + b.d.speech(text)
        b.add(at, end, "speech", role, text=text)
        b.speech_end = max(b.speech_end, end)


def countdown_step(numbers: list[str], length) -> int:
    """The countdown's grid: one second per number, longer if a spoken number (``length(n)``
    samples) plus a beep gap does not fit. The compiled countdown and the player's
    get-ready after a pause both use it, so they sound the same."""
    return max([SR] + [length(n) + BEEP_GAP for n in numbers])


def _get_ready(b, countdown: int, phrases: Phrases, verbosity: str) -> None:
    if verbosity != "brief" or countdown == 0:
        b.say(phrases.say("get_ready", nth=b.turn("get_ready")), "get_ready")
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
        _counted(b, routine, ex, phrases)
    else:
        seconds = ex.hold_s if kind == "hold" else ex.duration_s
        reps = ex.rep_count
        relax = samples(handling(routine, ex, "relax"))
        for rep in range(1, reps + 1):
            b.where["rep"] = rep
            _timed_rep(b, routine, ex, seconds, phrases)
            if kind == "hold":
                b.say(ex.say_end or phrases.say("release", nth=b.turn("release")), "release")
            if routine.settings.count_reps and reps > 1:
                b.say(_rep_line(b, phrases, rep, reps), "rep_count")
            if rep < reps:
                b.wait_until(b.work_end + relax)
    b.where["rep"] = None


def _rep_line(b, phrases: Phrases, rep: int, reps: int) -> str:
    """After a rep: "9 of 10. Last one." before the last, "5 of 10. Five more." in long
    sets, else a rotating count ("3 of 10." / "That's 4." / "5 done, 5 to go.")."""
    if rep == reps - 1:
        return phrases.say("rep_last_next", rep=rep, reps=reps)
    if reps >= 10 and rep == reps - 5:
        return phrases.say("rep_five_more", rep=rep, reps=reps)
    if rep == reps:
        return phrases.say("rep_of", rep=rep, reps=reps)
    return phrases.say("rep_done", nth=b.turn("rep_done"), rep=rep, reps=reps, left=reps - rep)


def _timed_rep(b, routine: Routine, ex: Exercise, seconds: float, phrases: Phrases) -> None:
    """Start beep, spoken cues, ticks in the last three seconds, end beep.

    The spoken cues inside the work are planned first, then placed in time order: the start
    words, a tip early in work of 20 s or more, "Halfway", a form reminder (detailed), "10 seconds left" (if it does not crowd
    "Halfway"), then tips and time call-outs wherever a silence would exceed MAX_SILENCE."""
    settings = routine.settings
    start_word = ex.say_start
    if start_word and not _fits_in_work(b, ex, seconds, start_word):
        # a short hold has no room for it: say it just before the start beep, ending where
        # the relax ends (the beep waits for it only if the relax is shorter than the word)
        length = b.d.speech(start_word)
        at = max(b.t - length - BEEP_GAP, b.speech_end + BEEP_GAP)
        b.add(at, at + length, "speech", "start_word", text=start_word)
        b.speech_end, start_word = at + length, None
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    work_from = b.beep_at(t0, ex.sound or "start", "work_start")
    end_at = t0 + samples(seconds)
    ticks = _ticks(work_from, end_at)
    limit = (ticks[0] if ticks else end_at) - BEEP_GAP
    midway = t0 + samples(seconds / 2)
    plan: list = []
    cursor = [work_from - BEEP_GAP]

    def put(at: int, text: str, role: str, until: int = limit) -> bool:
        end = at + b.d.speech(text)
        if at < cursor[0] + BEEP_GAP or end > until:
            return False
        plan.append((at, text, role))
        cursor[0] = end
        return True

    if start_word:
        put(work_from + BEEP_GAP, start_word, "start_word")
    tipped = False
    if ex.tips and settings.verbosity != "brief" and seconds >= 20:
        # the next tip early in long work, while the body settles into it
        tip_key = ("tip", ex.name)
        tip = ex.tips[b.turns.get(tip_key, 0) % len(ex.tips)]
        if put(max(work_from + 2 * SR, cursor[0] + BEEP_GAP), tip, "tip", midway - 3 * SR):
            b.turn(tip_key)
            tipped = True
    halfway = settings.halfway and seconds >= 20 and \
        put(midway, phrases.say("halfway"), "halfway")
    ten_at = end_at - 10 * SR
    ten_left = settings.ten_left and seconds >= 30 and \
        not (halfway and ten_at - midway < MIN_SPACING)
    if settings.verbosity == "detailed" and seconds >= 30:   # midway, right after "Halfway."
        room = ten_at - BEEP_GAP if ten_left else limit       # "10 seconds left" wins
        put(max(midway, cursor[0] + BEEP_GAP), phrases.say("form_reminder", nth=b.turn("form")),
            "form_reminder", min(limit, room))
    if ten_left:
        put(ten_at, phrases.say("ten_left"), "ten_left")
    if settings.verbosity != "brief":
        _fill_work(b, ex, phrases, work_from, limit + BEEP_GAP, end_at, plan, tipped)
    _emit(b, plan)
    for at in ticks:
        b.beep_at(at, "tick", "tick")
    b.work_end = b.beep_at(end_at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP


def _ticks(work_from: int, end_at: int) -> list[int]:
    return [end_at - k * SR for k in (3, 2, 1) if end_at - k * SR >= work_from]


def _fits_in_work(b, ex: Exercise, seconds: float, text: str) -> bool:
    """Whether ``text`` fits between the start beep and the first tick (times from the beep)."""
    work_from = b.d.sound(ex.sound or "start")
    ticks = _ticks(work_from, samples(seconds))
    limit = (ticks[0] if ticks else samples(seconds)) - BEEP_GAP
    return work_from + BEEP_GAP + b.d.speech(text) <= limit


def _fill_work(b, ex: Exercise, phrases: Phrases, work_from: int, next_cue: int, end_at: int,
               plan: list, tipped: bool) -> None:
    """Tips (the exercise's, in turn) and time call-outs in the silences of one rep."""
    tip_key = ("tip", ex.name)
    state = {"first": not tipped}    # one tip per rep at most, then time call-outs

    def lines(to_go: int):
        out = []
        if ex.tips and state["first"]:
            out.append((ex.tips[b.turns.get(tip_key, 0) % len(ex.tips)], "tip", False))
        out.append((phrases.say("to_go", nth=b.turns.get("to_go", 0), seconds=to_go),
                    "time_left", True))
        return out

    def used(role):
        state["first"] = False
        b.turn(tip_key if role == "tip" else "to_go")

    edges = [work_from] + [e for at, text, _ in sorted(plan)
                           for e in (at, at + b.d.speech(text))] + [next_cue]
    for lo, hi in zip(edges[::2], edges[1::2]):
        _fill(b, lo, hi, end_at, lines, used, plan)


def _counted(b, routine: Routine, ex: Exercise, phrases: Phrases) -> None:
    """Start beep, each rep's number spoken as the rep starts ("Five more" at the fifth from
    last in sets of 10 or more, "Last one" at the last), end beep after the last."""
    pace = samples(routine.resolved(ex, "pace_s"))
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    first = b.beep_at(t0, ex.sound or "start", "work_start")
    reps = ex.rep_count
    for rep in range(1, reps + 1):
        b.where["rep"] = rep
        if routine.settings.count_reps:
            text = str(rep)
            if rep == reps and reps > 1:
                text = phrases.say("last_one")
            elif reps >= 10 and rep == reps - 4:
                text = phrases.say("five_more")
            at = max(first if rep == 1 else t0 + (rep - 1) * pace, b.speech_end + BEEP_GAP)
            b.add(at, at + b.d.speech(text), "speech", "count", text=text)
            b.speech_end = at + b.d.speech(text)
    end_at = max(t0 + reps * pace, b.speech_end + BEEP_GAP)
    b.work_end = b.beep_at(end_at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP


@lru_cache(maxsize=1)
def _exhale_pattern() -> re.Pattern:
    words = {w.lower() for language in available_languages()
             for w in Phrases(language).words("_exhale")}
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(words))) + r")\b", re.IGNORECASE)


def ends_on_out_breath(phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
    """The phases of an exercise's last rep: cut after the last out-breath, so a breathing
    exercise never ends mid-hold (box breathing ends on "Exhale", not on "Hold")."""
    outs = [i for i, p in enumerate(phases) if _exhale_pattern().search(p.say)]
    return phases[:outs[-1] + 1] if outs else phases


def _phases(b, ex: Exercise) -> None:
    """Each rep runs every phase; each phase word is spoken at the phase's start."""
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    at = b.beep_at(t0, ex.sound or "start", "work_start") + BEEP_GAP
    reps = ex.rep_count
    for rep in range(1, reps + 1):
        b.where["rep"] = rep
        for phase in (ends_on_out_breath(ex.phases) if rep == reps else ex.phases):
            next_at = at + samples(phase.seconds)
            b.say_at(at, phase.say, "phase", next_at)
            at = next_at
    b.work_end = b.beep_at(at, "end", "work_end")
    b.t = b.work_end + BEEP_GAP
