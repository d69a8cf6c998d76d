"""Breathing phases: "inhale for 4 seconds, hold for 7, exhale for 8", "Breathe in (4), hold (7),
out (8)", "Inhale: … 4" steps; a breath pace inside a held pose is no phases."""

from __future__ import annotations

import re

from .timing import APPROX, Text, Timing, count_value, time_value
from .vocabulary import NUM, UNIT

_PHASE_WORDS = {
    "inhale": "Inhale",
    "breathe in": "Inhale",
    "exhale": "Exhale",
    "in": "Inhale",
    "out": "Exhale",
    "breathe out": "Exhale",
    "blow out": "Exhale",  # "blow out through pursed lips while you count to four"
    "let the breath out": "Exhale",
    "stay empty": "Hold",  # box breathing's fourth side: the lungs kept empty
    "stay full": "Hold",
    "let your breath out": "Exhale",
    "hold": "Hold",
    "pause": "Hold",  # a pause between breaths is a hold with the lungs empty (or full)
    "rest": "Hold",  # "Rest for 4 seconds" after the out-breath: box breathing's empty side
}
# "let the breath out", "blow the air out", "take a slow breath in": a breath said with its
# object between the verb and "in" or "out"
_SAID_WITH_OBJECT = (
    r"(?:let|breathe|blow|push)\s+(?:it|(?:the|your)\s+(?:breath|air))\s+out|"
    r"(?:take|draw)\s+(?:a|your|the)\s+(?:[a-z]+\s+)?breath\s+in"
)


def _phase_word(said: str) -> str:
    """The phase a matched verb says: "Breathe in" -> Inhale, "let the breath out" -> Exhale."""
    said = " ".join(said.lower().split())
    return _PHASE_WORDS.get(said) or ("Inhale" if said.endswith(" in") else "Exhale")


_PHASE = (
    # "in for 4", "out (8)": a bare in or out is a phase when its count follows
    rf"\b(inhale|breathe in|exhale|breathe out|blow out|{_SAID_WITH_OBJECT}|hold|pause|stay empty|stay full|"
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n)|(?<=-\s))rest(?=\s+for\s+\d)|"
    r"(?<![a-z] )in(?=\s+for\s+(?:a\s+count\s+of\s+)?\d|\s*\(\d)|"
    r"(?:(?<![a-z] )|(?<=\band )|(?<=\bthen ))out(?=\s+(?:through\s+(?:[a-z-]+\s+){1,3}?)?for\s+"
    r"(?:a\s+count\s+of\s+)?\d|\s*\(\d))"
    r"(?:\s+(?:your|the)\s+breath)?\b"
    r"(?:(?:(?!\b(?:inhale|exhale|hold|pause|breathe)\b)[^.;\d]){0,80}?(?:for|to|through|over)?\s*"
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
    rf"for\s+{APPROX}{NUM}\s*(?:{UNIT}|breaths?\b)"
)


def read_phases(text: Text, timing: Timing) -> None:
    """ "inhale for 4 seconds, hold for 4, exhale for 8" -> three phases; when they pace a
    position held for its own stated time ("stay in the pose for 2 minutes, breathing in for 3")
    they are taken out, no phases (the hold is the work)."""
    for pattern in (_LABELLED_PHASE, _PHASE):
        found = list(re.finditer(pattern, text.text, re.IGNORECASE))
        words = {_phase_word(m.group(1)) for m in found}
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
        timing.phases.append((_phase_word(m.group(1)), time_value(m, 2, 4, unit)))
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
        if {"Inhale", "Exhale"} <= {_phase_word(m.group(1)) for m in group}
    ]
    return max(whole, key=len) if whole else found


__all__ = ["read_phases", "one_breath", "leads_with_phase"]


# One phase of a breath leading a paragraph ("- Breathe in slowly for 4 seconds", "Exhale for 6")
_BREATH_IN = re.compile(r"^\W*(?:(?:slowly|gently|now|then)\s+)?(?:breathe\s+in|inhale)\b", re.I)
_BREATH_OUT = re.compile(
    r"^\W*(?:(?:slowly|gently|now|then)\s+)?(?:breathe\s+out|exhale|(?:let|blow)\s+(?:it|(?:the|your)\s+(?:breath|air))\s+out)\b",
    re.I,
)
# "- Pause, holding your breath for 5 seconds": the held breath between the two
_BREATH_HELD = re.compile(r"^\W*(?:(?:now|then)\s+)?(?:pause|hold\s+(?:your|the)\s+breath)\b", re.I)


# "Keep this going for a minute or two", "Repeat for 5 minutes": a paragraph that goes on with the breath
_GOES_ON = re.compile(r"^\W*(?:keep|continue|carry on|repeat|go on|do this)\b", re.I)


def leads_with_phase(paragraph: str) -> bool:
    """A paragraph led by one phase of a breath: "Breathe in …", "Let the breath out …", "Pause …"."""
    return any(p.match(paragraph) for p in (_BREATH_IN, _BREATH_OUT, _BREATH_HELD))


def one_breath(paragraphs: list[str]) -> bool:
    """Paragraphs that each lead with a phase of a breath, in and out among them ("- Breathe in
    … for 4 seconds" / "- Pause …" / "- Breathe out … for 6 seconds"), and perhaps one that goes
    on with it ("Keep this going for a minute"): one breathing exercise's phases, not ways of
    doing it (none counted: "Breathe in as you lift … Repeat 8 times" are exercises)."""
    phased = [p for p in paragraphs if leads_with_phase(p)]
    others = [p for p in paragraphs if not leads_with_phase(p) and not _GOES_ON.match(p)]
    ins = sum(bool(_BREATH_IN.match(p)) for p in phased)
    outs = sum(bool(_BREATH_OUT.match(p)) for p in phased)
    counted = re.search(r"\b(?:times|reps?|repetitions)\b", " ".join(phased), re.I)
    return ins > 0 and outs > 0 and not others and not counted
