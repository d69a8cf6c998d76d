"""Words around an exercise's name in a heading or title that are not part of it: a column's
label before it, a pose's Sanskrit name or a how-to's manner word after it."""

from __future__ import annotations

import re

# A column's label before the name: "Stretch of the Month – Seated neck stretch"
# or a numbered series' label: "Tip # 12 Eye exercise", "Idea 235: …"
_SERIES_LABEL = re.compile(
    r"^(?:(?:[\w'-]+\s+){1,3}of the (?:day|week|month)\s*(?::|[-–—])\s+|"
    r"(?:tip|idea|lesson|episode)\s*#?\s*\d+\s*(?::|[-–—])?\s+)(?=\S)",
    re.IGNORECASE,
)
# After the name: a pose's Sanskrit name after a dash ("Downward dog – Adho Mukha Svanasana") or
# a manner word of a how-to title ("How to do your pelvic floor exercises correctly")
_NAME_TAIL = re.compile(
    r"\s+(?:[-–—]\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z]?[a-z]*asana|correctly|properly|the right way)$"
)


def without_label_or_tail(name: str) -> str:
    """The name without a column's label before it or a Sanskrit name or manner word after it
    (never empty: a name that is only such words is kept)."""
    return _NAME_TAIL.sub("", _SERIES_LABEL.sub("", name)) or name


__all__ = ["without_label_or_tail"]
