"""A name run straight into its text with no stop, dash or colon between, as a flattened PDF or a
copy that lost the bold gives it: "Heel slides Lie on your back …", "Step 2: Slow squeezes Lift
and squeeze …"."""

from __future__ import annotations

import re

from .dose_names import name_and_dose
from .naming import TIMING_WORDS, clean_name, short_name, without_brackets
from .vocabulary import IMPERATIVE, INSTRUCTION

_I = re.IGNORECASE


def run_on_name(plain: str) -> tuple[str, str] | None:
    """ "Heel slides Lie on your back …" (a name run into its text, as flattened PDFs give it):
    split before the first capitalised instruction ("Lie on your …") within the first 8 words."""
    words = plain.split()
    for k in range(1, min(8, len(words) - 2)):
        rest = " ".join(words[k:])
        if words[k][:1].isupper() and IMPERATIVE.match(rest):
            head = " ".join(words[:k])
            named = name_and_dose(head)
            if named:
                return named[0], f"{named[1]}. {rest}"
            if (
                short_name(head)
                and not TIMING_WORDS.search(without_brackets(head))
                and not INSTRUCTION.match(head)
            ):
                return clean_name(head), rest
            return None
    return None


# A word that leaves a phrase unfinished: "Hold the TheraBand …" is no name "Hold the"
_OPEN_END = re.compile(
    r"(?:a|an|the|your|my|his|her|their|its|this|that|and|or|of|to|in|on|with|at|for|by|from|into|onto)", _I
)


def run_in_name(text: str) -> tuple[str, str] | None:
    """ "Step 2: Slow squeezes Lift and squeeze …" (a step's name run into its text, as a printed
    page sets it in bold): split before a capitalised word that opens a sentence after a lower-case
    one (or after a title-case name: "Shoulder Blade Squeeze Sit tall …" before its verb), within the
    first seven words and with no punctuation before it."""
    words = text.split()
    for k in range(1, min(7, len(words) - 1)):
        if re.search(r"[^\w'’-]", " ".join(words[:k]).replace(" ", "")):
            return None  # "Heel slides. Lie …", "Chin tucks: Sit …": the name's end is marked
        if words[k][:1].isupper() and words[k - 1][:1].islower() and words[k + 1][:1].islower():
            head = " ".join(words[:k])
            if _OPEN_END.fullmatch(words[k - 1]) or TIMING_WORDS.search(head) or not short_name(head):
                return None
            return clean_name(head), " ".join(words[k:])
        if words[k][:1].isupper() and words[k + 1][:1].islower() and INSTRUCTION.match(" ".join(words[k:])):
            head = " ".join(words[:k])  # "Shoulder Blade Squeeze Sit tall …": a title-case name, a verb
            if (
                head.istitle()
                and not head.endswith("ly")
                and short_name(head)
                and not INSTRUCTION.match(head)
            ):
                return clean_name(head), " ".join(words[k:])
            return None
    return None


__all__ = ["run_in_name", "run_on_name"]
