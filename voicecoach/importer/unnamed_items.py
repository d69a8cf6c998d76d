"""Which items of a list of unnamed exercises are exercises: those that read as one, one between
two of them whose movement we have no word for, never a remark that opens as advice."""

from __future__ import annotations

import re

from .blocks import Block, body_text, has_dose

# "Keep in mind that …", "Remember to …", "Note: …": advice to the reader about the exercises
_ADVICE_LEAD = re.compile(
    r"^\W*(?:keep in mind|bear in mind|remember|(?:please\s+)?note|tip|important|don'?t forget|"
    r"it is (?:important|worth|normal|common)|it'?s (?:important|worth|normal|common))\b",
    re.IGNORECASE,
)


# "12. Do all of these twice a day": a last item that speaks of the others, not one more
_OF_ALL = re.compile(r"\b(?:these|them|all|each|every|the (?:above|exercises|stretches))\b", re.IGNORECASE)


def is_advice(block: Block) -> bool:
    """An item that opens as advice and gives no dose ("* Keep in mind that the jaw muscles …")."""
    text = body_text(block).strip()
    return bool(_ADVICE_LEAD.match(text)) and not has_dose(text)


def kept_items(blocks: list[Block], ok: list[bool]) -> list[Block]:
    """The items that read as exercises (``ok``), and one between two that do though it names no
    movement we know ("With loose lips, blow air out so they flap"): the list says it is one more."""
    last = len(blocks) - 1
    return [
        b
        for n, b in enumerate(blocks)
        if not is_advice(b)
        and (
            ok[n]
            or (0 < n < last and ok[n - 1] and ok[n + 1])
            or (n == last >= 2 and ok[n - 1] and ok[n - 2] and not _OF_ALL.search(body_text(b)))
        )
    ]


__all__ = ["kept_items", "is_advice"]
