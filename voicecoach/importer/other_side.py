"""What an exercise done on each side does not say: the sentences and clauses that send the listener to
the other side ("Then do the same with the other leg.", "…, then switch legs."), which the session says
itself ("Switch to the left leg.") before it mirrors the rest of the instructions."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LIMB = r"(?:side|leg|arm|foot|feet|hand|knee|hip|shoulder|ankle|wrist|elbow)s?"
# A sentence that sends the listener to the other side ("Then do the same with the other leg.",
# "Repeat on the other side.", "Then do it on the right side, bringing the left foot up …")
_OTHER_SIDE_SENTENCE = re.compile(
    rf"^(?:and\s+|now\s+|next,?\s+)*(?:then\s+)?(?:"
    rf"(?:repeat|switch|swap|change)\b[^.!?]{{0,40}}?\b(?:on|with|to|using)\s+(?:the|your)\s+"
    rf"(?:other|opposite|right|left)\s+{_LIMB}\b[^.!?]*"
    rf"|(?:do|perform|lead)\b[^.!?]{{0,40}}?\b(?:on|with|to|using)\s+(?:the|your)\s+(?:other|opposite)\s+{_LIMB}\b[^.!?]*"
    rf"|(?<=then )(?:do|perform)\s+(?:it|this|the same)\s+(?:on|with)\s+(?:the|your)\s+(?:right|left)\b[^.!?]*"
    rf"|(?:switch|swap|change)\s+(?:{_LIMB}|sides)\b[^.!?]*"
    rf"|(?:with\s+|on\s+)?the\s+other\s+{_LIMB}\s*"
    rf"|(?:do|repeat)\s+(?:on\s+)?(?:the|your)\s+other\s+{_LIMB}\s*"  # "Then do the other side."
    rf"|(?:after\s+[^,.!?]{{1,30}}?\s+)?(?:switch|swap|change)\s+(?:{_LIMB}|sides)\b[^.!?]*"  # "After 30 s change legs …"
    rf"|repeat\s+(?:it\s+|this\s+)?(?:to|on)\s+the\s+(?:right|left)(?:\s+side)?\s*"  # "Repeat to the left."
    rf")[.!?]?$",
    _I,
)
# The same said as a clause: "Lower it, then do the same with the other leg."
# (also after "and" or ";": "Come back and do the same on the other side.", "Twirl and repeat on
# other side.", "…; change legs and repeat.")
_OTHER_SIDE_CLAUSE = re.compile(
    rf"(?:[,;]\s*|\s+)(?:and\s+(?:then\s+)?|then\s+|(?<=;\s))(?:(?:do the same|repeat(?: it| this)?|switch|swap)\s+"
    rf"(?:(?:on|with|to)\s+(?:the\s+|your\s+)?(?:other|opposite)\s+{_LIMB})"
    # "Rest, then do the same with your right leg.": the second side named where "other" is meant
    rf"|(?:do the same|repeat(?: it| this)?)\s+(?:on|with)\s+your\s+(?:right|left)\s+{_LIMB}"
    rf"|(?:switch|swap|change)\s+(?:{_LIMB}|sides)(?:\s+and\s+repeat)?)"
    rf"(?=\s*[.!?]$)"
    # "Hold for 5 breaths before switching sides.": the hold is said on each side, the switch is not
    rf"|\s+before\s+(?:switching|swapping|changing)\s+(?:to\s+the\s+other\s+)?(?:{_LIMB}|sides)(?=\s*[.!?]$)",
    _I,
)


def unspoken_sides(how: str | None) -> str | None:
    """``how`` of an exercise done on each side, without the sentences that send the listener
    to the other side: the session says "Switch to the left leg." and mirrors the rest."""
    if not how:
        return how
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", how.strip()):
        if _OTHER_SIDE_SENTENCE.match(sentence):
            continue
        kept.append(_OTHER_SIDE_CLAUSE.sub("", sentence))
    return " ".join(kept) or None


__all__ = ["unspoken_sides"]
