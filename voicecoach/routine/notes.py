"""Defaults that change what an exercise means, stated by ``check`` so nobody is surprised.

A missing ``reps`` on a counted exercise becomes 10 reps (``Exercise.rep_count``): valid,
but the session then counts to ten where the author may have meant something else.
"""

from __future__ import annotations

from voicecoach.model import Amrap, Emom, Routine, Tabata

TIMED_BLOCKS = (Tabata, Emom, Amrap)  # the block's clock times its exercises, not reps


def assumed_defaults(routine: Routine) -> list[str]:
    """One note per exercise whose meaning rests on a default, e.g.
    ``exercise 2 (Squat): no reps given — 10 reps assumed; add "reps: N" to change it``."""
    timed = {id(ex) for item in routine.exercises if isinstance(item, TIMED_BLOCKS) for ex in item.exercises}
    notes = []
    for number, exercise in enumerate(routine.all_exercises(), start=1):
        if exercise.kind == "counted" and exercise.reps is None and id(exercise) not in timed:
            notes.append(
                f"exercise {number} ({exercise.name}): no reps, hold, duration or phases "
                f'given — {exercise.rep_count} reps assumed; add "reps: N" to change it'
            )
    return notes
