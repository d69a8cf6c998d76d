"""The frame of a session: its opening (title, length, the safety line, what to have at
hand, how the sounds work) and its close (recap, a breath that fits where the body is, the
safety line recalled), and the one count of exercises both state."""

from __future__ import annotations

from voicecoach.compiler import words
from voicecoach.compiler.builder import Builder
from voicecoach.model import Routine
from voicecoach.phrases import Phrases
from voicecoach.timeline import Role

SOUND_LINES = ("sounds", "sounds_more", "sounds_ticks", "sounds_rest")


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


def length_phrase(phrases: Phrases, minutes: int) -> str:
    return phrases.say("minutes_one" if minutes == 1 else "minutes_many", minutes=minutes)


def length_text(routine: Routine, phrases: Phrases, minutes: int) -> str:
    count = routine.exercise_count()
    exercises = phrases.say("exercises_one" if count == 1 else "exercises_many", count=count)
    return phrases.say("intro_length", exercises=exercises, length=length_phrase(phrases, minutes))


def done_text(routine: Routine, phrases: Phrases, minutes: int) -> str:
    count = routine.exercise_count()
    length = length_phrase(phrases, minutes)
    return (
        phrases.say("done_one", length=length)
        if count == 1
        else phrases.say("done_many", count=count, length=length)
    )


def intro(b: Builder, routine: Routine, phrases: Phrases, minutes: int, sounds: frozenset) -> None:
    """Title and length; the safety line; what to have at hand; how the ``sounds`` the
    session makes work (said once; a session without beeps explains none)."""
    # The title alone first: it is the clip a cold start synthesizes before any sound, so it
    # is short, and it states no length, so the first sound never depends on an estimate.
    b.say(phrases.say("intro", title=routine.title), Role.INTRO)
    b.say(length_text(routine, phrases, minutes), Role.INTRO)
    if routine.settings.safety:
        b.say(routine.settings.safety, Role.SAFETY)
    items = equipment(routine)
    if items:
        b.say(phrases.say("need", items=listing(items, phrases)), Role.EQUIPMENT)
    if sounds & {Role.WORK_START, Role.WORK_END}:  # two short sentences, not one long one
        b.say(phrases.say("sounds"), Role.SOUNDS)
    if {Role.TICK, Role.REST_OVER} <= sounds:
        b.say(phrases.say("sounds_more"), Role.SOUNDS)
    elif Role.TICK in sounds:
        b.say(phrases.say("sounds_ticks"), Role.SOUNDS)
    elif Role.REST_OVER in sounds:
        b.say(phrases.say("sounds_rest"), Role.SOUNDS)


def close(b: Builder, routine: Routine, phrases: Phrases, minutes: int) -> None:
    """Cool-down, recap (exercises, minutes), breathe normally in words that fit where the
    body is, the safety line's last sentence as a reminder, goodbye."""
    b.where = {}
    b.say(phrases.say("cool_down"), Role.COOL_DOWN)
    b.say(done_text(routine, phrases, minutes), Role.DONE)
    key = {
        "lying": "breathe_down",
        "sitting": "breathe_down",
        "kneeling": "breathe_down",
        "standing": "breathe_standing",
    }.get(b.position or "", "breathe_normally")
    b.say(phrases.say(key), Role.BREATHE)
    if routine.settings.safety:
        b.say(
            phrases.say("safety_recall", safety=words.last_sentence(routine.settings.safety)),
            Role.SAFETY_RECALL,
        )
    b.say(phrases.say("complete"), Role.COMPLETE)
