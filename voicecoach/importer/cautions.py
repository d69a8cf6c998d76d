"""The article's own caution, said as the session's safety line.

A handout's "If the exercise hurts, stop, and call your physiotherapist." is what its author
wants said before anything is done; read as part of an exercise's ``how`` it was said late, once,
in the middle of instructions, while the session opened with a general line marked "the
article gives none".  ``article_caution`` finds such sentences (a stop, a call or a "do not
carry on", with a sign of harm: pain, dizziness, chest, breath, swelling …) anywhere in the
article; ``article_clearance`` finds the advice to ask a doctor or therapist before starting
("As always, check with a doctor before starting any new routine"), said before the stop rule, as it
names no stop of its own; ``without_said`` takes them (and the title, a running header a PDF repeats inside an
exercise's text) out of an exercise's text so they are said once.
English only: another language keeps its general line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .furniture import strip_markup

_I = re.IGNORECASE
# "without stopping", "help stop the pain coming back", "stop before it hurts" (a range) and "stop when the
# foot is level" (where a movement ends) call no halt
_ACT = r"\b(?i:(?<!without )(?<!help )(?<!helps )(?<!to )stop(?:ping)?(?!\s+before\b)(?!\s+(?:when|once|as soon as|at)\s+(?:the|your)\s+(?:foot|feet|heel|knee|leg|arm|hand|elbow|hip|body)\s+(?:(?:is|are)\s+(?:level|flat|straight|parallel|bent|in line)|reaches|touches)\b)(?!\s+(?:the\s+)?(?:pain|symptoms?|it)\s+(?:from\s+)?(?:coming|returning|getting))|do not (?:continue|carry on|go on)|don't (?:continue|carry on)|seek (?:medical )?(?:help|advice)|call (?:your|a|999|911|112)|contact (?:your|the|a))\b"
_HARM = (
    r"\b(?i:pain|painful|hurts?|dizz\w*|faint\w*|light-?headed|chest|short(?:ness)? of breath|breathless\w*|"
    r"swell\w*|swollen|numb\w*|tingl\w*|bleed\w*|worse|unwell|sick|red,? hot)\b"
)
_CAUTION = re.compile(rf"^(?=[A-Z])(?=.*{_ACT})(?=.*{_HARM}).{{12,240}}[.!]$")
# "Check with a doctor before starting", "ALWAYS talk to your Soft Tissue Therapist before doing these
# exercises!", "Consult your GP before you begin": who to ask, and that it is before the work
_WHO = (
    r"(?:doctor|gp|physician|physio(?:therapist)?|therapist|midwife|nurse|obstetrician|consultant|"
    r"health\s*care\s+(?:provider|professional|team)|health\s+professional|medical\s+professional)s?"
)
_CLEARANCE = re.compile(
    rf"^(?=[A-Z])(?=.*\b(?i:(?:check|talk|speak|consult|ask)\s+(?:with\s+|to\s+)?(?:your|a|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_WHO}\b(?:\s+or\s+(?:[\w-]+\s+){{0,2}}?{_WHO})?[^.!?]{{0,30}}\bbefore\s+"
    r"(?:starting|doing|beginning|trying|you\s+(?:start|begin|try|do))\b)).{12,200}[.!]$"
)
_MOST = 2  # the safety line is said at the start and its last sentence at the end: keep it short


_ITEM = re.compile(r"^\s*(?:#+|[-*•]|\d+[.)])\s*")


@lru_cache(maxsize=8)  # pure; read for the article's cautions and then for its advice
def _sentences(text: str) -> tuple[str, ...]:
    """The article's sentences, a paragraph's wrapped lines joined (a heading or a list item
    starts a new one)."""
    units: list[str] = []
    joined = True  # the next line starts a new unit
    for line in text.split("\n"):
        if not line.strip():
            joined = True
            continue
        line = strip_markup(line)  # first: an italic caution's star ("*If it hurts, stop.*") is no bullet
        starts = bool(_ITEM.match(line)) or joined
        line = _ITEM.sub("", line).strip()
        if starts or not units:
            units.append(line)
        else:
            units[-1] += " " + line
        joined = line.startswith("#")
    return tuple(s.strip() for unit in units for s in re.split(r"(?<=[.!?])\s+", unit) if s.strip())


def article_caution(text: str) -> list[str]:
    """The article's first cautions (at most two, each once), in its order; empty if none."""
    found: list[str] = []
    for sentence in _sentences(text):
        if _CAUTION.match(sentence) and not any(_same_caution(sentence, said) for said in found):
            found.append(sentence)
            if len(found) == _MOST:
                break
    return found


def article_clearance(text: str) -> list[str]:
    """The article's first advice to ask a doctor or therapist before starting, as a one-item list
    (empty if none): said first, before the stop rule, which it does not replace."""
    for sentence in _sentences(text):
        if _CLEARANCE.match(sentence) and not _CAUTION.match(sentence):
            return [sentence]
    return []


def _same_caution(one: str, other: str) -> bool:
    """The same advice said again in other words ("If you feel sharp pain, stop …" and "If sharp
    pain comes on, stop straight away …"): half the shorter one's words are in the other."""
    a, b = ({w for w in re.findall(r"[a-z]{4,}", s.lower())} for s in (one, other))
    return len(a & b) * 2 >= min(len(a), len(b))


def without_said(text: str | None, said: list[str]) -> str | None:
    """``text`` without the sentences the session already says (its safety line, its title),
    compared without their end stop and case."""
    if not text or not said:
        return text
    known = {_key(s) for s in said}
    kept = [
        s
        for s in re.split(r"(?<=[.!?])\s+", text.strip())
        if _key(s) not in known and not (_CAUTION.match(s) and any(_same_caution(s, t) for t in said))
    ]
    return " ".join(kept) or None


def _key(sentence: str) -> str:
    return sentence.strip().rstrip(".!?").strip().lower()


__all__ = ["article_caution", "article_clearance", "without_said"]
