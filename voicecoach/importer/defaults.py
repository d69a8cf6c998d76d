"""What the importer assumes when an article gives no number.

Every value taken from here is written into the routine with a comment saying
so, and listed in ``ImportResult.assumptions``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ImportDefaults:
    """Values used when the article is silent. Times in seconds."""

    hold_s: float = 5.0  # "hold" with no time, in an exercise with reps
    stretch_s: float = 30.0  # a stretch or held position with no time and no reps
    activity_s: float = 60.0  # a timed task with no length ("write the alphabet", "walk")
    rest_s: float = 30.0  # "rest" between sets with no time
    reps: int = 10  # counted reps when the article gives no count
    breath_cycles: int = 6  # breathing rounds when the article gives no count
    breath_s: float = 5.0  # a hold counted in breaths: 12 breaths a minute, a slow resting rate

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"ImportDefaults.{f.name} must be a number > 0, got {value!r}")


_DESCRIPTIONS = {
    "hold_s": ('"hold" with no time (e.g. "rise up, hold, lower")', "s"),
    "stretch_s": ("a stretch or held position with no time and no rep count", "s"),
    "activity_s": ('a timed task with no length (e.g. "write the alphabet with your toes")', "s"),
    "rest_s": ('"rest" between sets with no time', "s"),
    "reps": ("counted reps when no count is given", ""),
    "breath_cycles": ("breathing rounds when no count is given", ""),
    "breath_s": ('one breath of a hold counted in breaths ("hold for 5 breaths")', "s"),
}


def defaults_table(defaults: ImportDefaults | None = None) -> str:
    """A markdown table of the defaults, for the README."""
    defaults = defaults or ImportDefaults()
    rows = ["| when the article gives no number for | the importer assumes |", "| --- | --- |"]
    for f in fields(defaults):
        text, unit = _DESCRIPTIONS[f.name]
        value = getattr(defaults, f.name)
        shown = f"{value:g} {unit}".strip() if unit else f"{value:g}"
        rows.append(f"| {text} | {shown} |")
    rows.append('| a range ("10 to 12", "15-20 seconds") | the lower bound |')
    return "\n".join(rows) + "\n"


__all__ = ["ImportDefaults", "defaults_table"]
