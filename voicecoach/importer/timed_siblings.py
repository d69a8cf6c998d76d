"""An exercise with no number of its own among siblings that all state a time: a list of timed
movements ("1. Tai chi start (1 min)", "2. Open the curtains", "3. Lifting the ball (1 min)")
leaves a time out where it has none to give, so the bare one is timed like them (the default for a
timed task with no length), not counted."""

from __future__ import annotations

from .assumed import counted_by_its_words
from .build import Draft
from .defaults import ImportDefaults
from .parts import Parts

_TIMED_SIBLINGS = 3  # at least this many siblings with a time of their own


def _assumed_count(draft: Draft) -> bool:
    """Counted only by the default: reps assumed, no time, hold, sets, rest or breaths."""
    fields = draft.fields
    return (
        "reps" in draft.notes
        and not ({"hold", "duration", "rest", "relax", "phases"} & fields.keys())
        and (fields.get("sets") or 1) == 1
    )


def _stated_time(draft: Draft) -> bool:
    """A time of its own, no count: "Wave rolls in (1.4 min)"."""
    fields = draft.fields
    return "duration" in fields and "duration" not in draft.notes and "reps" not in fields


def timed_like_siblings(built: list[tuple[Draft, Parts]], defaults: ImportDefaults) -> None:
    """Give an undosed exercise whose count was only assumed the timed default when every sibling
    that states a dose states a time (three at least), none a count and none a shared dose."""
    drafts = [d for d, _ in built]
    if any(d.shared_dose for d in drafts):
        return
    stated = [d for d in drafts if not _assumed_count(d) and not set(d.notes) >= {"duration"}]
    timed = [d for d in stated if _stated_time(d)]
    if len(timed) < _TIMED_SIBLINGS or len(timed) < len(stated):
        return
    for draft, parts in built:
        if _assumed_count(draft) and not counted_by_its_words(parts):
            del draft.fields["reps"]
            draft.notes.pop("reps", None)
            draft.put(
                "duration",
                defaults.activity_s,
                f"no length given, timed like the exercises around it: {defaults.activity_s:g} s",
            )


__all__ = ["timed_like_siblings"]
