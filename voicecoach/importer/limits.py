"""The routine format's limits, kept by the import: a name or title of at most ``NAME_MAX_CHARS``
characters, a text (what, how, a tip, a side) of at most ``TEXT_MAX_CHARS``.

An article can hold more (a whole page read as one exercise, a heading run into its paragraph);
a routine that broke a limit would be refused by the routine loader at a line of YAML the user
never saw.  So a longer one is cut at its last sentence end (a name at its last word) that fits,
and a note says so: the import stays a routine to review, never a refusal pointing nowhere.
"""

from __future__ import annotations

import re

from ..routine.fieldcheck import NAME_MAX_CHARS, TEXT_MAX_CHARS
from .build import Draft


def cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters: at its last sentence end that fits, else its last
    word, with "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", head)]
    if ends and ends[-1] > limit // 2:
        return head[: ends[-1]]
    return head.rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"


def _kept(draft: Draft, key: str, limit: int) -> None:
    value = draft.fields.get(key)
    if isinstance(value, str) and len(value) > limit:
        draft.put(
            key, cut(value, limit), f"its {key} was {len(value):,} characters, cut to the routine's {limit:,}"
        )
    elif isinstance(value, list) and any(isinstance(v, str) and len(v) > limit for v in value):
        draft.put(
            key, [cut(v, limit) if isinstance(v, str) else v for v in value], f"cut to {limit:,} characters"
        )


def within_limits(drafts: list[Draft], title: str) -> str:
    """Cut each draft's name and texts to the routine format's limits (a note on each cut); the
    title so cut."""
    for draft in drafts:
        _kept(draft, "name", NAME_MAX_CHARS)
        draft.name = draft.fields.get("name", draft.name)
        for key in ("what", "how", "tips", "sides", "equipment"):
            _kept(draft, key, TEXT_MAX_CHARS)
    return cut(title, NAME_MAX_CHARS)


__all__ = ["cut", "within_limits"]
