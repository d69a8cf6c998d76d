"""Breathing phases: "inhale for 4 seconds, hold for 7, exhale for 8", "Breathe in (4), hold (7),
out (8)", "Inhale: … 4" steps; a breath pace inside a held pose is no phases."""

from __future__ import annotations

import re

from .timing import _APPROX, Text, Timing, count_value, time_value
from .vocabulary import NUM, UNIT

_PHASE_WORDS = {
    "inhale": "Inhale",
    "breathe in": "Inhale",
    "exhale": "Exhale",
    "in": "Inhale",
    "out": "Exhale",
    "breathe out": "Exhale",
    "let the breath out": "Exhale",
    "stay empty": "Hold",  # box breathing's fourth side: the lungs kept empty
    "stay full": "Hold",
    "let your breath out": "Exhale",
    "hold": "Hold",
    "pause": "Hold",  # a pause between breaths is a hold with the lungs empty (or full)
    "rest": "Rest",
}
_PHASE = (
    # "in for 4", "out (8)": a bare in or out is a phase when its count follows
    r"\b(inhale|breathe in|exhale|breathe out|let (?:the|your) breath out|hold|pause|stay empty|stay full|"
    r"(?<![a-z] )in(?=\s+for\s+(?:a\s+count\s+of\s+)?\d|\s*\(\d)|"
    r"(?:(?<![a-z] )|(?<=\band )|(?<=\bthen ))out(?=\s+(?:through\s+(?:[a-z-]+\s+){1,3}?)?for\s+"
    r"(?:a\s+count\s+of\s+)?\d|\s*\(\d))"
    r"(?:\s+(?:your|the)\s+breath)?\b"
    r"(?:(?:(?!\b(?:inhale|exhale|hold|pause|breathe)\b)[^.;\d]){0,50}?(?:for|to|through|over)?\s*"
    # "breathe out slowly ... until the lungs are empty (a count of 8)": a bracketed count further on
    r"|(?:(?!\b(?:inhale|exhale|hold|pause|breathe)\b)[^.;\d(]){0,90}?\()"
    rf"(?:a\s+|the\s+)?(?:count\s+of\s+)?{NUM}\s*(?:{UNIT})?"
)
# "Inhale: … 4" — a labelled phase: the label says which phase, the first number how long
_LABELLED_PHASE = r"\b(inhale|exhale|hold|pause|breathe in|breathe out|(?:(?<![\w,] )(?:in|out)))\s*:\s*[^:]*?\b{NUM}\s*(?:{UNIT})?".replace(
    "{NUM}", NUM
).replace("{UNIT}", UNIT)


# A position held for a stated time or count of breaths: "stay in the pose for 2 minutes",
# "stay in each position for 4-6 breaths"; a breath pace said with it only paces the hold
_POSE_HELD = (
    r"\b(?:stay|remain|hold|rest)\w*\s+(?:in\s+)?(?:the|this|that|each|every|your)\s+(?:pose|position|posture|stretch)\s+"
    rf"for\s+{_APPROX}{NUM}\s*(?:{UNIT}|breaths?\b)"
)


def read_phases(text: Text, timing: Timing) -> None:
    """ "inhale for 4 seconds, hold for 4, exhale for 8" -> three phases; when they pace a
    position held for its own stated time ("stay in the pose for 2 minutes, breathing in for 3")
    they are taken out, no phases (the hold is the work)."""
    for pattern in (_LABELLED_PHASE, _PHASE):
        found = list(re.finditer(pattern, text.text, re.IGNORECASE))
        words = {_PHASE_WORDS[m.group(1).lower()] for m in found}
        if {"Inhale", "Exhale"} <= words:
            break
    else:
        return
    if re.search(_POSE_HELD, text.text, re.IGNORECASE):
        text.take(pattern)
        return
    found = _fullest_statement(text.text, found)
    for m in found:
        unit = m.group(4) or "s"
        timing.phases.append((_PHASE_WORDS[m.group(1).lower()], time_value(m, 2, 4, unit)))
    text.take(pattern)
    breaths = text.take(rf"\b{NUM}\s+(?:[a-z-]+\s+){{0,3}}?breaths\b", True)  # "ten slow diaphragm breaths"
    if breaths and timing.rounds is None:
        timing.rounds = count_value(breaths[0])  # a count of the breaths the phases make up


def _fullest_statement(text: str, found: list) -> list:
    """A pattern said twice ("count to four while you breathe in ... Once more: in for four, hold
    for two, out for four"): the one sentence that states the most phases with both an in and an
    out breath, when there is one; else every phase found, in order."""

    ends = [m.end() for m in re.finditer(r"[.!?…]+(?=\s|$)|\n", text)]
    by_sentence: dict[int, list] = {}
    for m in found:
        by_sentence.setdefault(sum(end <= m.start() for end in ends), []).append(m)
    whole = [
        group
        for group in by_sentence.values()
        if {"Inhale", "Exhale"} <= {_PHASE_WORDS[m.group(1).lower()] for m in group}
    ]
    return max(whole, key=len) if whole else found


__all__ = ["read_phases", "one_breath"]


# One phase of a breath leading a paragraph ("- Breathe in slowly for 4 seconds", "Exhale for 6")
_BREATH_IN = re.compile(r"^\W*(?:(?:slowly|gently|now|then)\s+)?(?:breathe\s+in|inhale)\b", re.I)
_BREATH_OUT = re.compile(r"^\W*(?:(?:slowly|gently|now|then)\s+)?(?:breathe\s+out|exhale)\b", re.I)


def one_breath(paragraphs: list[str]) -> bool:
    """Paragraphs that each lead with a phase of a breath, in and out among them ("- Breathe in
    … for 4 seconds" / "- Breathe out … for 6 seconds"): one breathing exercise's phases, not
    ways of doing it (none counted: "Breathe in as you lift … Repeat 8 times" are exercises)."""
    ins = sum(bool(_BREATH_IN.match(p)) for p in paragraphs)
    outs = sum(bool(_BREATH_OUT.match(p)) for p in paragraphs)
    counted = re.search(r"\b(?:times|reps?|repetitions)\b", " ".join(paragraphs), re.I)
    return ins > 0 and outs > 0 and ins + outs == len(paragraphs) and not counted
