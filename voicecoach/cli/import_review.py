"""What `import` read, as a short table on stderr: the review before a first play.

A physiotherapist who imports a handout sees each exercise's name, dose and sides, the
session's length and which readings were assumed or doubted, without opening the YAML: a
wrong count or a missing exercise shows in a glance, before a patient hears it. Pure: it
returns the lines, the command prints them.
"""

from __future__ import annotations

from voicecoach.model import AnyBlock, Exercise, Routine

_NAME_WIDTH = 34


def _seconds(value: float) -> str:
    if value >= 60 and value % 60 == 0:
        return f"{value / 60:g} min"
    return f"{value:g} s"


def dose_text(ex: Exercise) -> str:
    """``3 x 10 each side``, ``10, hold 5 s``, ``2 sets, hold 30 s, rest 1 min``, ``60 s``:
    an exercise's dose the way a clinician writes it."""
    if ex.kind == "ready":
        return "until ready"
    reps = ex.rep_count
    core = (
        f"{reps} breaths" if ex.kind == "phases" else (f"{reps}" if ex.kind == "counted" or reps > 1 else "")
    )
    if ex.sets > 1:
        core = f"{ex.sets} x {core}" if core else f"{ex.sets} sets"
    if ex.sides:
        core = f"{core} each side".strip()
    parts = [core] if core else []
    if ex.kind == "hold":
        parts.append(f"hold {_seconds(ex.rep_seconds)}")
    elif ex.kind == "timed":
        parts.append(_seconds(ex.rep_seconds))
    elif ex.kind == "phases":
        parts.append(" / ".join(_seconds(p.seconds) for p in ex.phases))
    if ex.rest_s and ex.sets > 1:
        parts.append(f"rest {_seconds(ex.rest_s)}")
    return ", ".join(parts)


def _block_head(block: AnyBlock) -> str:
    return f"{block.name}: {block.kind}, {block.rounds} rounds"


def review_lines(
    routine: Routine, length_s: float, assumed: set[str], doubted: dict[str, tuple[str, ...]]
) -> list[str]:
    """The table: a head line (count and length), then one line per exercise, numbered as
    the session says them, marked "assumed" (a value the article did not state) and, in an
    unsure import, "doubted" with the reasons; a circuit's exercises under its rounds."""
    count = len(routine.all_exercises())
    minutes = max(1, round(length_s / 60))
    lines = [f"voicecoach: read {count} exercise{'s' * (count != 1)}, a session of about {minutes} min:"]
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
            marks += ["assumed"] if ex.name in assumed else []
            name = ex.name if len(ex.name) <= _NAME_WIDTH else ex.name[: _NAME_WIDTH - 1] + "…"
            mark = f"  ({', '.join(marks)})" if marks else ""
            lines.append(f"{indent}{number:>2}. {name:<{_NAME_WIDTH}} {dose_text(ex)}{mark}".rstrip())
    return lines
