"""Compiler: Routine + clip lengths -> Timeline. Pure: no I/O, no clock.

Every timing decision is made here, once; the renderer and the players only
follow the timeline. Rules (docs/design.md "Timing semantics"):
- speech never overlaps speech; optional cues (halfway, 10 seconds left, form
  reminders) that don't fit are dropped, never squeezed (compiler/rules.py);
- a hold/duration lasts exactly its seconds from its start beep to its end beep;
- rests and relaxes are measured from the end of the end beep;
- "Get ready" then a countdown on a one-second grid, then the start beep;
- the safety line in the opening; the next exercise and its set-up told in the rest
  before it; no silence over 15 s (a "wait for me" step's own wait aside).
"""

from __future__ import annotations

from voicecoach.compiler import blocks, frame, words
from voicecoach.compiler import exercise as workplan
from voicecoach.compiler.builder import Builder, Durations
from voicecoach.compiler.timing import SHORT_REST_S, guessed_samples, samples
from voicecoach.errors import InputError
from voicecoach.model import MAX_SESSION_S, Block, Exercise, Routine, Unit
from voicecoach.phrases import Phrases
from voicecoach.timeline import Role, Sink, Timeline

__all__ = ["compile_routine", "Durations", "Builder"]


def compile_routine(
    routine: Routine, durations: Durations, phrases: Phrases | None = None, sink: Sink = Sink.PLAY
) -> Timeline:
    """Lay out the whole session for ``sink`` (a file never asks for a key). Raises
    InputError for a session over 12 hours."""
    phrases = phrases or Phrases(routine.settings.language)
    # The intro and the recap state the length they are part of: iterate to a fixed point.
    # The first pass times those two cues by a guess instead of asking for their clips (it
    # had rendered "about one minute" and "in one minute" in every cold session, unused).
    # So are the sound explanations (that pass explains every sound; the session, those it makes).
    guessed = {
        frame.length_text(routine, phrases, 1),
        frame.done_text(routine, phrases, 1),
        *(phrases.say(key) for key in frame.SOUND_LINES),
    }
    guessing = _GuessedLengths(durations, guessed, routine.settings.rate)
    # The intro also explains only the sounds the session makes (a breathing routine has no
    # ticks and no rests: "Ticks count down…" told a listener of sounds that never came).
    first = _compile_once(routine, guessing, phrases, 1, ALL_SOUNDS, sink)
    minutes, heard = _minutes(first), _sounds_heard(first)
    for _ in range(4):
        timeline = _compile_once(routine, durations, phrases, minutes, heard, sink)
        if (_minutes(timeline), _sounds_heard(timeline)) == (minutes, heard):
            break
        minutes, heard = _minutes(timeline), _sounds_heard(timeline)
    if timeline.duration_s > MAX_SESSION_S:
        hours = timeline.duration_s / 3600
        raise InputError(
            f"the session would last {hours:.1f} hours; the limit is 12 hours — "
            "use fewer exercises, sets or reps"
        )
    return timeline


class _GuessedLengths:
    """Durations that guess the length of ``texts`` from their characters (never rendered)."""

    def __init__(self, durations: Durations, texts: set[str], rate: int):
        self.durations, self.texts, self.rate = durations, texts, rate

    def speech(self, text: str) -> int:
        if text in self.texts:
            return guessed_samples(text, self.rate)
        return self.durations.speech(text)

    def sound(self, name: str) -> int:
        return self.durations.sound(name)


# The roles of the beeps the intro explains (Builder.beep_at's roles), and its phrases.
ALL_SOUNDS = frozenset({Role.WORK_START, Role.WORK_END, Role.TICK, Role.REST_OVER})


def _minutes(timeline: Timeline) -> int:
    return max(1, round(timeline.duration_s / 60))


def _sounds_heard(timeline: Timeline) -> frozenset:
    return frozenset(c.role for c in timeline.cues if c.kind == "beep") & ALL_SOUNDS


def _compile_once(
    routine: Routine, durations: Durations, phrases: Phrases, minutes: int, sounds: frozenset, sink: Sink
) -> Timeline:
    b = Builder(durations, sink)
    b.t = samples(routine.settings.lead_in_s)  # the lead-in: silence before the intro
    frame.intro(b, routine, phrases, minutes, sounds)
    # The structure is walked item by item; a block is laid out round by round. Each
    # round-exercise (Unit) is numbered in Cue.exercise, so chapters, n/p and --from move by
    # them; the per-exercise layout (workplan.exercise) sees the units' exercises in order.
    units = routine.units()
    session = _Session(b, units, phrases, routine)
    index = 0
    for item_index, item in enumerate(routine.exercises):
        if isinstance(item, Exercise):
            session.unit(index)
            index += 1
        else:
            index = blocks.block(session, index, item)
        if item_index + 1 < len(routine.exercises):
            _rest_between(session, index)
    frame.close(b, routine, phrases, minutes)
    return b.timeline(routine)


class _Session:
    """What the block layouts need of the session: the builder, the routine, the units and
    their exercises in order (``flat[i]`` is unit ``i``'s), the phrases, and one way to lay
    out a unit and to say what comes next."""

    def __init__(self, b: Builder, units: tuple[Unit, ...], phrases: Phrases, routine: Routine):
        self.b, self.routine, self.units, self.phrases = b, routine, units, phrases
        self.flat = tuple(u.exercise for u in units)
        self.numbers = _announced_numbers(routine)
        self.total = routine.exercise_count()
        b.told = {}

    def where(self, index: int) -> None:
        self.b.where = {"exercise": index + 1, "round": self.units[index].round}

    def unit(self, index: int) -> None:
        """One round-exercise: the usual exercise layout, or a "wait for me" step."""
        unit = self.units[index]
        self.where(index)
        if unit.exercise.kind == "ready":
            _ready(self.b, self.routine, self.flat[:index], unit.exercise, self.phrases)
        else:
            announced = index in self.b.announced  # by a transition: no second time
            workplan.exercise(
                self.b,
                self.routine,
                self.flat,
                index,
                self.phrases,
                None if announced else self.announcement(unit),
            )
        self.where(index)

    def announcement(self, unit: Unit) -> str:
        """ "Exercise 2 of 5: …" counting exercises as the intro does; in a block
        "Plank, 1 of 2 in this round."."""
        if unit.round is not None and unit.rounds == 1:  # a one-round circuit: plain numbers
            n = self.numbers[unit.item] + unit.position - 1
            key = "exercise_last" if n == self.total > 1 else "exercise_of"
            return self.phrases.say(key, n=n, total=self.total, name=unit.exercise.name)
        if unit.round is not None:
            return self.phrases.say("in_round", name=unit.exercise.name, n=unit.position, total=unit.count)
        n = self.numbers[unit.item]
        key = "exercise_last" if n == self.total > 1 else "exercise_of"
        return self.phrases.say(key, n=n, total=self.total, name=unit.exercise.name)

    def rest_before(self, index: int, seconds: float, lead: str) -> None:
        """The rest before unit ``index``: ``lead`` and its set-up (``next_lines``). A rest
        under SHORT_REST_S before an exercise is a transition: its lead ("Next: wall sit.")
        is the announcement, with no chime and none after it (a 7-minute circuit's 10 s)."""
        unit = self.units[index]
        if seconds < SHORT_REST_S and unit.exercise.kind != "ready":
            self.b.announced.add(index)
            self.where(index)  # the transition is the exercise's start (its chapter)
            lines = self.next_lines(index, lead)
            lines[0] = (lead, Role.ANNOUNCE)
            workplan.rest(self.b, self.routine, seconds, self.phrases, then=lines, chime=False)
        else:
            workplan.rest(
                self.b,
                self.routine,
                seconds,
                self.phrases,
                then=self.next_lines(index, lead),
                then_where={"exercise": index + 1, "round": unit.round},
            )

    def next_lines(self, index: int, lead: str) -> list:
        """``lead`` ("Next: calf stretch.") and, the first time an exercise comes, its set-up
        (its ``how``, on its first side), so it is told in the rest, not in its last seconds."""
        upcoming = self.units[index].exercise
        lines = [(lead, Role.NEXT)]
        first_time = upcoming.name not in (u.exercise.name for u in self.units[:index])
        position = words.position_of(upcoming)
        moves = position is not None and self.b.position is not None and position != self.b.position
        # brief says names only, but not where the body goes: down to the floor, onto a stair
        told = self.routine.settings.verbosity != "brief" or moves
        how = (
            words.how_now(upcoming.how, self.phrases)
            if (upcoming.kind != "ready" and first_time and told)
            else None
        )
        if how:
            lines.append((how, Role.HOW))
        self.b.told[index] = bool(how)
        return lines


def _announced_numbers(routine: Routine) -> dict[int, int]:
    """Item number -> its exercise number as announced ("Exercise 3 of 5"): exercises are
    counted as the intro counts them (blocks' exercises each, "wait for me" steps not)."""
    numbers, n = {}, 0
    for item, entry in enumerate(routine.exercises, start=1):
        todo = entry.exercises if isinstance(entry, Block) else (entry,)
        counted = [ex for ex in todo if ex.kind != "ready"]
        if counted:
            numbers[item] = n + 1
        n += len(counted)
    return numbers


def _ready(
    b: Builder, routine: Routine, earlier: tuple[Exercise, ...], ex: Exercise, phrases: Phrases
) -> None:
    """A "wait for me" step: its name, what and how, an invitation that fits the sink (a
    key in ``play``; in a file, pause the player), then the wait: ``play`` waits here, an
    export keeps ``fallback`` seconds (0 when unset: export refuses that)."""
    b.say(phrases.say("step", name=ex.name), Role.ANNOUNCE)
    first_time = ex.name not in (e.name for e in earlier)
    for text, role in ((ex.what, Role.WHAT), (ex.how, Role.HOW)):
        if text and (first_time or routine.settings.verbosity == "detailed"):
            b.say(text, role)
    prompt = "ready_prompt" if b.sink == Sink.PLAY else "ready_prompt_file"
    end = b.say(phrases.say(prompt), Role.READY_PROMPT)
    b.wait_for_me(end, samples(ex.fallback_s or 0.0))
    position = words.position_of(ex)
    if position:
        b.position = position


def _rest_between(session: _Session, index: int) -> None:
    """Rest between the routine's items; "Next: …" (with what to fetch that the last one
    did not use) and the next exercise's set-up, said during the rest."""
    b, phrases, routine = session.b, session.phrases, session.routine
    b.where = {"exercise": b.where["exercise"], "round": b.where.get("round")}
    done, upcoming = session.units[index - 1], session.units[index]
    if done.exercise.kind == "ready" and upcoming.block is None:
        return  # the listener has just said they are ready: no "Rest 15 seconds." after that
    name = upcoming.block.name if upcoming.block else upcoming.exercise.name
    held = {item.strip().lower() for item in done.exercise.equipment}
    fetch = [item for item in upcoming.exercise.equipment if item.strip().lower() not in held]
    lead = (
        phrases.say("next_with", name=name, items=frame.listing(fetch, phrases))
        if fetch
        else phrases.say("next", name=name)
    )
    if upcoming.block is None:
        session.rest_before(index, routine.settings.rest_between_s, lead)
    else:
        workplan.rest(b, routine, routine.settings.rest_between_s, phrases, then=[(lead, Role.NEXT)])
