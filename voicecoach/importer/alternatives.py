"""An exercise the article offers instead of one above it ("Figure 3: Alternative knee extension
exercise" after "Figure 2: Knee extension", "Knee extension (alternative)"): another way of that
exercise for whoever cannot do it, not one more in the routine."""

from __future__ import annotations

import re

_ALTERNATIVE = re.compile(r"\b(?:an\s+)?alternative\b", re.I)  # not "Alternate lunges", a movement
# words around the name: "Alternative knee extension exercise", "An alternative to the knee extension"
_FILLER = re.compile(r"\b(?:exercises?|version|option|way|to|do|doing|the|a|of|for)\b|[^\w\s'-]", re.I)


def _core(name: str) -> str:
    words = _FILLER.sub(" ", _ALTERNATIVE.sub(" ", name)).lower().split()
    return " ".join(w for w in words if re.search(r"\w", w))  # "Knee extension - alternative": no "-"


def is_alternative(name: str, earlier: list[str]) -> bool:
    """The name calls itself an alternative and, without that word, names an exercise above."""
    if not _ALTERNATIVE.search(name):
        return False
    core = _core(name)
    return bool(core) and any(core == _core(e) for e in earlier)


__all__ = ["is_alternative"]
