"""Compiler: Routine + clip lengths -> Timeline. Pure: no I/O, no clock.

Every timing decision is made here, once; the renderer and the players only
follow the timeline. Rules (docs/design.md "Timing semantics"):
- speech never overlaps speech; optional cues (halfway, 10 seconds left, form
  reminders) that don't fit are dropped, never squeezed;
- a hold/duration lasts exactly its seconds from its start beep to its end beep;
- rests and relaxes are measured from the end of the end beep;
- "Get ready" then a countdown on a one-second grid, then the start beep.
"""

from __future__ import annotations

from typing import Optional, Protocol

from voicecoach import SAMPLE_RATE as SR
from voicecoach.errors import InputError
from voicecoach.model import MAX_SESSION_S, Circuit, Exercise, Routine, Unit, replace
from voicecoach.phrases import Phrases
from voicecoach.timeline import Cue, Timeline
from voicecoach.compiler import exercise as workplan

from voicecoach.compiler.exercise import GAP, BEEP_GAP, samples  # noqa: E402
TAIL = int(0.5 * SR)         # silence after the last cue


class Durations(Protocol):
    def speech(self, text: str) -> int: ...   # samples
    def sound(self, name: str) -> int: ...    # samples



class Builder:
    """Appends cues while tracking the cursor and the end of the last speech."""

    def __init__(self, durations: Durations):
        self.d = durations
        self.cues: list[Cue] = []
        self.t = 0               # earliest start of the next sequential cue
        self.speech_end = 0      # end of the latest speech cue
        self.work_end = 0        # end of the latest end beep
        self.where: dict = {}
        self.waits: list[tuple[int, int]] = []   # "wait for me" steps: (start, end)
        self.turns: dict = {}    # how often each varied wording has been used (see turn)

    def turn(self, key) -> int:
        """The next index for a varied wording: a count, never random, so the same routine
        always gives the same words (play == export, cold == warm)."""
        n = self.turns.get(key, 0)
        self.turns[key] = n + 1
        return n

    def add(self, start: int, end: int, kind: str, role: str, **kw) -> Cue:
        cue = Cue(start, end, kind, role, **{**self.where, **kw})
        self.cues.append(cue)
        return cue

    def say(self, text: str, role: str, gap: int = GAP) -> int:
        """Speak ``text`` as soon as the cursor and previous speech allow."""
        start = max(self.t, self.speech_end)
        end = start + self.d.speech(text)
        self.add(start, end, "speech", role, text=text)
        self.speech_end, self.t = end, end + gap
        return end

    def say_at(self, at: int, text: str, role: str, limit: int) -> bool:
        """Speak at exactly ``at`` if it fits after earlier speech and ends by ``limit``."""
        end = at + self.d.speech(text)
        if at < self.speech_end + BEEP_GAP or end > limit:
            return False
        self.add(at, end, "speech", role, text=text)
        self.speech_end = end
        return True

    def beep_at(self, at: int, sound: str, role: str) -> int:
        end = at + self.d.sound(sound)
        self.add(at, end, "beep", role, sound=sound)
        return end

    def wait_until(self, at: int) -> None:
        self.t = max(self.t, at)

    def end_rest(self, rest: int) -> None:
        """Rest-over beep ``rest`` samples after the last end beep (or after the rest's speech)."""
        over = max(self.work_end + rest, self.speech_end + BEEP_GAP)
        self.t = self.beep_at(over, "rest_over", "rest_over") + GAP

    def timeline(self, routine: Routine) -> Timeline:
        cues = sorted(self.cues, key=lambda c: c.start)  # stable: insertion order on ties
        length = max((c.end for c in cues), default=0) + TAIL
        names = tuple(u.title for u in routine.units())
        return Timeline(tuple(cues), length, routine.title, names, waits=tuple(self.waits))


def compile_routine(routine: Routine, durations: Durations,
                    phrases: Optional[Phrases] = None) -> Timeline:
    """Lay out the whole session. Raises InputError for a session over 12 hours."""
    phrases = phrases or Phrases(routine.settings.language)
    # The intro and the recap state the length they are part of: iterate to a fixed point.
    # The first pass times those two cues by a guess instead of asking for their clips (it
    # had rendered "about one minute" and "in one minute" in every cold session, unused).
    # So are the sound explanations (that pass explains every sound; the session, those it makes).
    guessed = {_length_text(routine, phrases, 1), _done_text(routine, phrases, 1),
               *(phrases.say(key) for key in SOUND_LINES)}
    guessing = _GuessedLengths(durations, guessed, routine.settings.rate)
    # The intro also explains only the sounds the session makes (a breathing routine has no
    # ticks and no rests: "Ticks count down…" told a listener of sounds that never came).
    first = _compile_once(routine, guessing, phrases, 1, ALL_SOUNDS)
    minutes, heard = _minutes(first), _sounds_heard(first)
    for _ in range(4):
        timeline = _compile_once(routine, durations, phrases, minutes, heard)
        if (_minutes(timeline), _sounds_heard(timeline)) == (minutes, heard):
            break
        minutes, heard = _minutes(timeline), _sounds_heard(timeline)
    if timeline.duration_s > MAX_SESSION_S:
        hours = timeline.duration_s / 3600
        raise InputError(f"the session would last {hours:.1f} hours; the limit is 12 hours — "
                         "use fewer exercises, sets or reps")
    return timeline


class _GuessedLengths:
    """Durations that guess the length of ``texts`` from their characters (never rendered)."""

    def __init__(self, durations: Durations, texts: set[str], rate: int):
        self.durations, self.texts, self.rate = durations, texts, rate

    def speech(self, text: str) -> int:
        if text in self.texts:
            return workplan.guessed_samples(text, self.rate)
        return self.durations.speech(text)

    def sound(self, name: str) -> int:
        return self.durations.sound(name)


# The roles of the beeps the intro explains (Builder.beep_at's roles), and its phrases.
ALL_SOUNDS = frozenset({"work_start", "work_end", "tick", "rest_over"})
SOUND_LINES = ("sounds", "sounds_more", "sounds_ticks", "sounds_rest")


def _minutes(timeline: Timeline) -> int:
    return max(1, round(timeline.duration_s / 60))


def _sounds_heard(timeline: Timeline) -> frozenset:
    return frozenset(c.role for c in timeline.cues if c.kind == "beep") & ALL_SOUNDS


def _compile_once(routine: Routine, durations: Durations, phrases: Phrases, minutes: int,
                  sounds: frozenset) -> Timeline:
    b = Builder(durations)
    b.t = samples(routine.settings.lead_in_s)   # the lead-in: silence before the intro
    _intro(b, routine, phrases, minutes, sounds)
    # The structure is walked item by item; a circuit is laid out round by round. Each
    # round-exercise (Unit) is numbered in Cue.exercise, so chapters, n/p and --from move by
    # them; the per-exercise layout (workplan.exercise) sees a flat view of the units.
    units = routine.units()
    view = replace(routine, exercises=tuple(u.exercise for u in units))
    index = 0
    for item_index, item in enumerate(routine.exercises):
        if isinstance(item, Exercise):
            _unit(b, view, index, units[index], phrases, len(routine.exercises))
            index += 1
        elif item.kind == "circuit":
            index = _circuit(b, view, index, units, item, phrases)
        else:
            index = _interval(b, view, index, units, item, phrases)
        if item_index + 1 < len(routine.exercises):
            _rest_between(b, routine, units[index - 1], units[index], phrases)
    _close(b, routine, phrases, minutes)
    return b.timeline(routine)


class _UnitPhrases:
    """The phrase table with this unit's announcement: "Exercise 2 of 5: …" counts the
    routine's items; in a circuit "Plank, 1 of 2 in this round." (workplan.exercise stays
    unaware of rounds)."""

    def __init__(self, phrases: Phrases, unit: Unit, items: int):
        self.phrases, self.unit, self.items = phrases, unit, items
        self.language = phrases.language

    def __getattr__(self, name):       # anything else: the phrase table itself
        return getattr(self.phrases, name)

    def say(self, key: str, **values) -> str:
        if key in ("exercise_of", "exercise_last"):
            u = self.unit
            if u.round is not None:
                return self.phrases.say("in_round", name=u.exercise.name, n=u.position, total=u.count)
            key = "exercise_last" if u.item == self.items > 1 else "exercise_of"
            return self.phrases.say(key, n=u.item, total=self.items, name=u.exercise.name)
        return self.phrases.say(key, **values)


def _where(b: Builder, index: int, unit: Unit) -> None:
    b.where = {"exercise": index + 1, "round": unit.round}


def _unit(b: Builder, view: Routine, index: int, unit: Unit, phrases: Phrases, items: int) -> None:
    """One round-exercise: the usual exercise layout, or a "wait for me" step."""
    _where(b, index, unit)
    wrapped = _UnitPhrases(phrases, unit, items)
    if unit.exercise.kind == "ready":
        _ready(b, view, index, unit.exercise, wrapped)
    else:
        workplan.exercise(b, view, index, unit.exercise, wrapped)
    b.where = {"exercise": index + 1, "round": unit.round}


def _ready(b: Builder, view: Routine, index: int, ex: Exercise, phrases) -> None:
    """Announce, describe, invite; then the wait: ``play`` waits here for a key, an export
    keeps ``fallback`` seconds of silence (0 when unset: export refuses that)."""
    b.say(phrases.say("exercise_of"), "announce")
    first_time = ex.name not in (e.name for e in view.exercises[:index])
    if view.settings.verbosity != "brief" or first_time:
        for text in (ex.what, ex.how):
            if text and (first_time or view.settings.verbosity == "detailed"):
                b.say(text, "how" if text == ex.how else "what")
    end = b.say(phrases.say("ready_prompt"), "ready_prompt")
    wait = samples(ex.fallback_s or 0.0)
    b.waits.append((end, end + wait))
    b.wait_until(end + wait)
    b.work_end = max(b.work_end, end + wait)


def _circuit(b: Builder, view: Routine, index: int, units, block: Circuit, phrases: Phrases) -> int:
    """Every round: "Round 2 of 3.", each exercise, rests between exercises and rounds."""
    settings = view.settings
    count = len(block.exercises)
    what = phrases.say("exercises_one" if count == 1 else "exercises_many", count=count)
    _where(b, index, units[index])
    b.say(phrases.say("circuit_intro", name=block.name, rounds=block.rounds, count=what), "circuit")
    between = settings.rest_between_s if block.rest_between_s is None else block.rest_between_s
    rest = settings.rest_between_s if block.rest_s is None else block.rest_s
    for round_number in range(1, block.rounds + 1):
        _where(b, index, units[index])
        b.say(phrases.say("round_of", round=round_number, rounds=block.rounds), "round")
        for position in range(count):
            _unit(b, view, index, units[index], phrases, 0)
            index += 1
            if position + 1 < count:
                _rest(b, view, between, phrases.say("next", name=units[index].exercise.name), phrases)
        if round_number < block.rounds:
            upcoming = units[index]
            _rest(b, view, rest, phrases.say("next_round", round=upcoming.round,
                                       name=upcoming.exercise.name), phrases)
    return index


def _rest(b: Builder, routine: Routine, seconds: float, next_text: str, phrases: Phrases) -> None:
    """"Rest N seconds. Next: …", the rest measured from the end of the last work; a long
    rest is filled like any other (no silence over 15 s)."""
    rest = samples(seconds)
    if rest > 0:
        b.say(phrases.say("rest", seconds=seconds), "rest")
    b.say(next_text, "next")
    if rest > 0:
        workplan.fill_rest(b, routine, rest, phrases)
        b.end_rest(rest)


def _interval(b: Builder, view: Routine, index: int, units, block: Circuit, phrases: Phrases) -> int:
    """Tabata, EMOM and AMRAP: start beeps on a fixed grid from the first one, so Tabata's
    are exactly ``work + rest`` apart and EMOM's exactly on each minute (to the sample);
    speech goes in only where it fits between them (``say_at``), never moving a beep."""
    settings = view.settings
    _where(b, index, units[index])
    if block.kind == "tabata":
        b.say(phrases.say("tabata_intro", name=block.name, rounds=block.rounds,
                          work=block.work_s, rest=block.rest_s), "circuit")
        period, work = samples(block.work_s + block.rest_s), samples(block.work_s)
    elif block.kind == "emom":
        b.say(phrases.say("emom_intro", name=block.name, minutes=block.rounds), "circuit")
        period = work = 60 * SR
    else:
        b.say(phrases.say("amrap_intro", name=block.name, minutes=round(block.duration_s / 60)),
              "circuit")
        for ex in block.exercises:
            b.say(_task(ex, phrases), "task")
        period = work = samples(block.duration_s)
    if settings.verbosity != "brief" and block.kind != "amrap":
        for ex in dict.fromkeys(block.exercises):
            if ex.how:
                b.say(ex.how, "how")
    first = units[index].exercise
    if block.kind == "tabata":
        b.say(phrases.say("next", name=first.name), "next")
    workplan._get_ready(b, view.resolved(first, "countdown"), phrases, settings.verbosity)
    t0 = max(b.t, b.speech_end + BEEP_GAP)
    rounds = 1 if block.kind == "amrap" else block.rounds
    for r in range(rounds):
        unit = units[index]
        _where(b, index, unit)
        at = t0 + r * period
        beep_end = b.beep_at(at, unit.exercise.sound or "start", "work_start")
        end_at = at + work
        if block.kind == "emom":
            task = phrases.say("emom_minute", minute=r + 1, minutes=rounds,
                               task=_task(unit.exercise, phrases))
            b.say_at(beep_end + BEEP_GAP, task, "task", end_at - 3 * SR - BEEP_GAP)
        elif block.kind == "amrap":
            _amrap_calls(b, at, block.duration_s, phrases)
        ticks = [end_at - k * SR for k in (3, 2, 1) if end_at - k * SR > at]
        for tick in ticks:
            b.beep_at(tick, "tick", "tick")
        if block.kind == "emom" and r + 1 < rounds:
            b.work_end = end_at          # the next minute's start beep ends this one
        else:
            b.work_end = b.beep_at(end_at, "end", "work_end")
        if block.kind == "tabata" and r + 1 < rounds:
            upcoming = units[index + 1].exercise
            text = phrases.say("interval_rest")
            if upcoming.name != unit.exercise.name:
                text += " " + phrases.say("next", name=upcoming.name)
            next_at = at + period
            b.say_at(b.work_end + BEEP_GAP, text, "rest", next_at - 3 * SR - BEEP_GAP)
            for tick in (next_at - k * SR for k in (3, 2, 1)):
                if tick > b.work_end:
                    b.beep_at(tick, "tick", "tick")
        index += 1
    if block.kind == "amrap":
        b.t = b.work_end + BEEP_GAP
        b.say(phrases.say("amrap_time"), "amrap_time")
    b.t = max(b.t, b.work_end + BEEP_GAP)
    return index


def _amrap_calls(b: Builder, at: int, seconds: float, phrases: Phrases) -> None:
    """Minute call-outs with the time left, and "30 seconds left"; no per-rep cues."""
    end_at = at + samples(seconds)
    limit = end_at - 3 * SR - BEEP_GAP
    whole = int(seconds // 60)
    for left in range(whole - 1, 0, -1):
        text = phrases.say("amrap_left_one") if left == 1 else \
            phrases.say("amrap_left", minutes=left)
        b.say_at(end_at - left * 60 * SR, text, "time_left", limit)
    if seconds > 45:
        b.say_at(end_at - 30 * SR, phrases.say("thirty_left"), "time_left", limit)


def _task(ex: Exercise, phrases: Phrases) -> str:
    if ex.reps is not None:
        return phrases.say("task_reps", reps=ex.reps, name=ex.name)
    return phrases.say("task", name=ex.name)


def _length(phrases: Phrases, minutes: int) -> str:
    return phrases.say("minutes_one" if minutes == 1 else "minutes_many", minutes=minutes)


def equipment(routine: Routine) -> list[str]:
    """Every piece of equipment the routine's exercises list, once each, in order of use."""
    seen: dict[str, str] = {}
    for ex in routine.all_exercises():
        for item in ex.equipment:
            seen.setdefault(item.strip().lower(), item.strip())
    return list(seen.values())


def listing(items, phrases: Phrases) -> str:
    """``a, b and c`` in the phrase language."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {phrases.say('_and')} " + items[-1]


def _length_text(routine: Routine, phrases: Phrases, minutes: int) -> str:
    count = len(routine.all_exercises())
    exercises = phrases.say("exercises_one" if count == 1 else "exercises_many", count=count)
    return phrases.say("intro_length", exercises=exercises, length=_length(phrases, minutes))


def _done_text(routine: Routine, phrases: Phrases, minutes: int) -> str:
    count = len(routine.all_exercises())
    length = _length(phrases, minutes)
    return (phrases.say("done_one", length=length) if count == 1 else
            phrases.say("done_many", count=count, length=length))


def _intro(b: Builder, routine: Routine, phrases: Phrases, minutes: int, sounds: frozenset) -> None:
    """Title and length; what to have at hand; how the ``sounds`` the session makes work
    (said once; a session without beeps explains none)."""
    # The title alone first: it is the clip a cold start synthesizes before any sound (0.15 s
    # where title and length together took 0.5 s with Piper), and it states no length, so
    # what a cold start plays first never depends on an estimate.
    b.say(phrases.say("intro", title=routine.title), "intro")
    b.say(_length_text(routine, phrases, minutes), "intro")
    items = equipment(routine)
    if items:
        b.say(phrases.say("need", items=listing(items, phrases)), "equipment")
    if sounds & {"work_start", "work_end"}:       # two short sentences, not one long one
        b.say(phrases.say("sounds"), "sounds")
    if {"tick", "rest_over"} <= sounds:
        b.say(phrases.say("sounds_more"), "sounds")
    elif "tick" in sounds:
        b.say(phrases.say("sounds_ticks"), "sounds")
    elif "rest_over" in sounds:
        b.say(phrases.say("sounds_rest"), "sounds")


def _close(b: Builder, routine: Routine, phrases: Phrases, minutes: int) -> None:
    """Cool-down, recap (exercises, minutes), breathe normally, the safety line, goodbye."""
    b.where = {}
    b.say(phrases.say("cool_down"), "cool_down")
    b.say(_done_text(routine, phrases, minutes), "done")
    b.say(phrases.say("breathe_normally"), "breathe")
    if routine.settings.safety:
        b.say(routine.settings.safety, "safety")
    b.say(phrases.say("complete"), "complete")


def _rest_between(b: Builder, routine: Routine, done: Unit, upcoming: Unit, phrases: Phrases) -> None:
    """Rest between the routine's items; "Next: …" names what to fetch that the last one
    did not use, said during the rest so there is time to fetch it."""
    rest = samples(routine.settings.rest_between_s)
    b.where = {"exercise": b.where["exercise"], "round": b.where.get("round")}
    if rest > 0:
        b.say(phrases.say("rest", seconds=routine.settings.rest_between_s), "rest")
    name = upcoming.block.name if upcoming.block else upcoming.exercise.name
    held = {item.strip().lower() for item in done.exercise.equipment}
    fetch = [item for item in upcoming.exercise.equipment if item.strip().lower() not in held]
    if fetch:
        b.say(phrases.say("next_with", name=name, items=listing(fetch, phrases)), "next")
    else:
        b.say(phrases.say("next", name=name), "next")
    if rest > 0:
        workplan.fill_rest(b, routine, rest, phrases)
        b.end_rest(rest)
