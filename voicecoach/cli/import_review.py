"""What `import` read, as a short table on stderr: the review before a first play.

A physiotherapist who imports a handout sees each exercise's name, dose and sides, the
session's length and which readings were assumed or doubted, without opening the YAML: a
wrong count or a missing exercise shows in a glance, before a patient hears it. Pure: it
returns the lines, the command prints them.
"""

from __future__ import annotations

from voicecoach.model import Amrap, AnyBlock, Exercise, Routine, Tabata
from voicecoach.programme.progression import length_text

_NAME_WIDTH = 34
# An assumed field as the table names it: "(assumed: reps, rest)"
_FIELD_WORDS = {"duration": "time", "phases": "breaths", "shared": "dose from the introduction"}


def dose_text(ex: Exercise) -> str:
    """``3 x 10 each side``, ``10 reps, hold 5 s``, ``2 sets, hold 30 s, rest 1 min``, ``60 s``:
    an exercise's dose the way a clinician writes it."""
    if ex.kind == "ready":
        return "until ready"
    reps = ex.rep_count
    counted = ex.kind in ("counted", "phases") or reps > 1
    unit = {"phases": "breaths", "timed": "rounds"}.get(ex.kind, "reps" if reps != 1 else "rep")
    if ex.sets > 1:  # "3 x 10": a clinician's sets x reps; "2 sets" when each set is one hold
        core = f"{ex.sets} x {reps}" if counted else f"{ex.sets} sets"
    else:  # "10 reps, hold 5 s", never a bare "10" that could be sets
        core = f"{reps} {unit}" if counted else ""
    sided = " each side" if ex.sides else ""
    if ex.alternates_reps:
        sided = " each side, alternating"  # "8 reps each side, alternating": 16 in all
    if sided and core:  # "12 reps each side"; with no count, the time is per side: "hold 30 s each side"
        core, sided = core + sided, ""
    parts = [core] if core else []
    if ex.kind == "hold":
        parts.append(f"hold {length_text(ex.rep_seconds)}")
    elif ex.kind == "timed":
        parts.append(length_text(ex.rep_seconds))
    elif ex.kind == "phases":
        parts.append(" / ".join(length_text(p.seconds) for p in ex.phases))
    if sided and parts:
        parts[-1] += sided
    if ex.rest_s and ex.sets > 1:
        parts.append(f"rest {length_text(ex.rest_s)}")
    return ", ".join(parts) or sided.strip()


def _block_head(block: AnyBlock) -> str:
    """ "Finisher: circuit, 3 rounds"; an AMRAP has no count of rounds, only its time."""
    if isinstance(block, Amrap):
        return f"{block.name}: amrap, as many rounds as you can in {length_text(block.duration_s)}"
    head = f"{block.name}: {block.kind}, {block.rounds} round{'s' * (block.rounds != 1)}"
    if isinstance(block, Tabata):  # "HIT: tabata, 25 rounds of 30 s work, 30 s rest"
        return f"{head} of {length_text(block.work_s)} work, {length_text(block.rest_s)} rest"
    return head


def review_lines(
    routine: Routine,
    length_s: float,
    assumed: dict[str, tuple[str, ...]],
    doubted: dict[str, tuple[str, ...]],
    safety_whose: str = "the article's own",
) -> list[str]:
    """The table: a head line (count and length), then one line per exercise, numbered as
    the session says them, marked "assumed" with the fields the article did not state
    (``assumed``: by exercise name, "dose from the introduction" for a dose stated once for
    all) and, in an unsure import, "doubted" with the reasons; a circuit's exercises under its rounds; last,
    whose safety line opens the session (the article's own, or a general one)."""
    count = routine.exercise_count()
    minutes = max(1, round(length_s / 60))
    said = f"{minutes // 60} h {minutes % 60} min" if minutes >= 120 else f"{minutes} min"  # not "706 min"
    lines = [f"voicecoach: read {count} exercise{'s' * (count != 1)}, a session of about {said}:"]
    number = 0
    for entry in routine.exercises:
        members = (entry,) if isinstance(entry, Exercise) else entry.exercises
        indent = "  "
        if not isinstance(entry, Exercise):
            lines.append(f"  {_block_head(entry)}")
            indent = "    "
        for ex in members:
            number += 1
            marks = [f"doubted: {', '.join(doubted[ex.name])}"] if ex.name in doubted else []
            keys = assumed.get(ex.name, ())
            given = [_FIELD_WORDS.get(key, key) for key in keys if key != "shared"]
            marks += [f"assumed: {', '.join(given)}"] if given else []
            marks += [_FIELD_WORDS["shared"]] if "shared" in keys else []
            name = ex.name if len(ex.name) <= _NAME_WIDTH else ex.name[: _NAME_WIDTH - 1] + "…"
            mark = f"  ({', '.join(marks)})" if marks else ""
            # a tabata's moves are timed by its intervals, not by a dose of their own
            dose = length_text(entry.work_s) if isinstance(entry, Tabata) else dose_text(ex)
            lines.append(f"{indent}{number:>2}. {name:<{_NAME_WIDTH}} {dose}{mark}".rstrip())
    if routine.settings.safety:
        lines.append(f"  safety line, said first: {safety_whose}")
    return lines
