"""The article read as ONE exercise: when its blocks are breathing phases, a lone block with no
heading of its own, an aside, or variations of one exercise; the last readings before refusing
(the exercises named in its prose)."""

from __future__ import annotations

import re

from .blocks import PHASE_NAME, Block, has_dose, looks_like_exercise
from .furniture import is_furniture_heading, is_furniture_line, label_of, strip_markup
from .headings import DETECTORS
from .lists import dosed_paragraphs, is_question_paragraph
from .name_kinds import looks_like_label
from .phases import leads_with_phase, one_breath
from .prose import prose_mentions
from .splitter import ASPECT
from .titles import first_line_title, single_name
from .vocabulary import EXERCISE_WORDS, INSTRUCTION, MOVEMENT

_VARIATIONS = re.compile(
    r"^\W*(?:\w+\s+)?(?:variations?|modifications?|progressions?|regressions?|alternatives?|options?)\W*$",
    re.I,
)


def a_variation(block: Block, lines: list[str]) -> bool:
    """An undosed heading under "## Variations" ("### Single-leg wall sit: lift one foot"): another
    way of the exercise above, not one more."""
    if not block.level or has_dose(block.text()):
        return False
    for line in reversed(lines[: block.start]):
        head = DETECTORS["markdown"](line)
        if head is not None and head.level < block.level:
            return bool(_VARIATIONS.match(head.name))
    return False


def as_one_exercise(best: list[Block], lines: list[str], title: str | None) -> tuple[list[Block], list[str]]:
    """The blocks, or the whole article as ONE exercise (its ways of doing it, if it gives them)
    when they are breathing phases or at most one block with no heading of its own, or the
    exercises named in its prose when nothing else was found; with notes on how it was read."""
    notes: list[str] = []
    phases = [b for b in best if PHASE_NAME.match(b.name.strip())]
    if best and all(leads_with_phase(b.name) for b in best):
        phases = best  # "* Let the breath out for 6 seconds" read as a name: a phase, no exercise
    elif all(b.unnamed or re.fullmatch(r"Exercise \d+", b.name) for b in best) and one_breath(
        [" ".join(b.lines).strip() for b in best]
    ):
        phases = best  # "- Breathe in … 4 seconds" / "- Breathe out … 6 seconds": one breath's phases
    all_phases = len(phases) >= 2 or bool(best) and phases is best
    sections = len(best) >= 2 and _sections_of_one(best, lines)
    if len(best) <= 1 or all_phases or sections:
        single = single_exercise(lines, title)
        if single is not None and (
            not best
            or all_phases
            or sections
            or not _has_own_heading(best[0], lines)
            or _aside(best[0], lines)
        ):
            if all_phases:
                notes.append(f"the steps {', '.join(b.name for b in phases)} are phases of one exercise")
            else:
                notes.append("no exercise headings: the whole article read as one exercise")
            best = [single] if all_phases else dosed_paragraphs(single) or [single]
    if not best and (best := prose_mentions(lines)):
        notes.append("no exercise headings or lists: took the exercises named in the text")
    return best, notes


def _sections_of_one(best: list[Block], lines: list[str]) -> bool:
    """Headed sections none of which names an exercise ("Climb Every Mountain", "Count me in!"),
    on a page whose label line names its one exercise ("Tabata Exercise: Mountain Climbers",
    "Exercise of the week: Burpees"): that page's sections, not its exercises."""
    if not all(b.level for b in best) or any(EXERCISE_WORDS.search(b.name) for b in best):
        return False
    named = [m.group(1) for line in lines if (m := _LABEL_NAMES_IT.search(strip_markup(line).strip()))]
    return len(named) == 1 and bool(EXERCISE_WORDS.search(named[0]))


def _aside(block: Block, lines: list[str]) -> bool:
    """ "**Key points**" under a one-exercise page's steps: a label over tips, read after the
    steps it follows (the page is the exercise, not the tips)."""
    before = " ".join(lines[: block.start])
    return looks_like_label(block.name) and bool(MOVEMENT.search(before))


def _has_own_heading(block: Block, lines: list[str]) -> bool:
    return block.start > 0 or block.name != (first_line_title(lines) or "")


def single_exercise(lines: list[str], title: str | None) -> Block | None:
    """The whole article as one exercise, named after its title; furniture sections left out."""
    name, start = single_name(lines, title)
    if not name:
        return None
    body: list[str] = []
    skipping: int | None = None
    for line in lines[start + 1 :]:
        md = DETECTORS["markdown"](line)
        if md is not None:
            if skipping is not None and md.level > skipping:
                continue
            skipping = None
            if is_furniture_heading(md.name) or (label_of(md.name + ":") or ("",))[0] in ("drop", "what"):
                skipping = md.level
            elif not ASPECT.match(md.name):
                body.append(md.name + ":") if label_of(md.name + ":") else None
            continue
        if skipping is not None or is_question_paragraph(line) or is_furniture_line(line):
            continue
        body.append(line)
    block = Block(_named_in_text(body) or _method_named(body, name) or name, body, start)
    return block if looks_like_exercise(block) else None


# "One simple exercise a day can make that difference: standing on one foot.", "The exercise we
# suggest is this: the wall push." — the text names its one exercise after a colon
_NAMES_IT = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:this|here)\s+is\s+)?(?:one|this|the|our|my|a)\s+(?:(?:simple|easy|single|quick|little|best)\s+)?"
    r"(?:exercise|move|movement|stretch)\b[^.:;!?]{0,60}:\s*(?:the\s+)?([a-z][\w' -]{3,50}?)\s*[.!]",
    re.IGNORECASE,
)


# "Tabata Exercise: Mountain Climbers", "Exercise of the week: Burpees": a label that names it
_LABEL_NAMES_IT = re.compile(
    r"(?:^|\s{2,}|[.!?]\s+)(?:[A-Z][\w'’]*\s+)?(?:exercise|move)(?:\s+of\s+the\s+(?:day|week|month))?\s*:\s*"
    r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?:[.!]|\s{2,}|$)",
    re.IGNORECASE,
)


# "A 4-5-6 breath is a simple method …", "Box breathing is a technique …": the subject of a sentence
# that calls it a method names the one exercise
_IS_A_METHOD = re.compile(
    r"(?:^|[.!?]\s+)(?:an?\s+|the\s+)?((?:[\w'’-]+\s+){0,3}(?:breath|breathing|stretch|pose))\s+is\s+an?\s+"
    r"(?:(?:simple|easy|quick|gentle|great|good|useful|proven|popular)\s+)?(?:method|technique|exercise|way|practice)\b",
    re.IGNORECASE,
)


# "we recommend the ‘Sit-to-Stand’ exercise", "a stretch called 'the Cobra'": a quoted name the text
# calls its exercise
_QUOTED_NAME = re.compile(
    r"(?:\b(?:the|this|called|named|known\s+as)\s+)['‘\"“]([A-Z][^'’\"”]{2,40})['’\"”](?:\s+(?:exercise|stretch|move|pose))?"
)


def _named_in_text(body: list[str]) -> str:
    """The one exercise's name as its text gives it ("… can make that difference: standing and
    balancing on one foot." -> "Standing and balancing on one foot", a label line "Tabata
    Exercise: Mountain Climbers" -> "Mountain Climbers"); '' when it names none."""
    for line in body:
        m = _NAMES_IT.search(strip_markup(line))
        if m and len(m.group(1).split()) <= 8:
            return m.group(1)[:1].upper() + m.group(1)[1:]
        m = _LABEL_NAMES_IT.search(strip_markup(line).strip())
        if m and m.group(1)[:1].isupper() and not INSTRUCTION.match(m.group(1)):
            return m.group(1)
        m = _QUOTED_NAME.search(strip_markup(line))
        if m and len(m.group(1).split()) <= 5:
            return m.group(1)
    return ""


def _method_named(body: list[str], title: str) -> str:
    """The subject of a sentence calling it a method ("A 4-5-6 breath is a simple method"), when
    its title does not say it ("Breathing for calm"); '' otherwise."""
    for line in body:
        m = _IS_A_METHOD.search(strip_markup(line))
        subject = m.group(1) if m else ""
        first = subject.split()[0].lower() if len(subject.split()) >= 2 else ""
        if first and first not in title.lower() and first not in _GENERIC:
            return subject[:1].upper() + subject[1:]
    return ""


_GENERIC = {"this", "that", "slow", "deep", "controlled", "mindful", "good", "proper"}


__all__ = ["as_one_exercise", "a_variation", "single_exercise"]
