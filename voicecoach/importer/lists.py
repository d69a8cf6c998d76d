"""Exercises written as lists of steps: numbered steps with no names (one exercise's steps, or
unnamed exercises), and paragraphs each with its own dose (``name_lists``: lists of names)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .blocks import Block, has_dose, looks_like_exercise
from .chained import chained_lines, split_chained
from .families import read_timing
from .fill_in import is_fill_in_prompt
from .furniture import strip_markup
from .headings import DETECTORS, Heading, bold_name
from .numbers import normalize
from .phases import leads_with_phase, one_breath
from .unnamed_items import kept_items
from .vocabulary import MOVEMENT

# A step that continues the one before ("Then swing …", "Keep repeating these movements"):
# the numbered items are steps of one exercise, not exercises.
CONTINUES = re.compile(
    r"^(?:then|now|next|after that|afterwards|finally|keep \w+ing|continue|return to|come back|"
    r"once more|again|all of that|as before|repeat (?:steps?|from|the above|these|this|it)\b)\b|"
    r"\b(?:this exercise|these movements|switch sides and repeat)\b",
    re.IGNORECASE,
)


def steps_of_one(lines: list[str]) -> bool:
    """One numbered list (no restart) whose items continue one another: one exercise's steps."""
    items = [h for line in lines if (h := DETECTORS["numbered"](line)) is not None]
    numbers = [h.number for h in items if h.number is not None]  # a numbered item has one
    if len(items) < 3 or any(b <= a for a, b in pairwise(numbers)):
        return False
    return sum(bool(CONTINUES.search(f"{h.name}: {h.inline}" if h.name else h.inline)) for h in items) >= 2


def _dosed_run(lines: list[str], items: list[tuple[int, Heading]]) -> list[tuple[int, Heading]]:
    """Where numbering restarts, the one list whose every item has a dose ("1. Warm up for 10
    minutes … 3. Cool down for five minutes") beside lists with none (a technique's steps)."""
    runs: list[list[tuple[int, Heading]]] = [[]]
    for item in items:
        if runs[-1] and item[1].number is not None and item[1].number <= (runs[-1][-1][1].number or 0):
            runs.append([])
        runs[-1].append(item)
    if len(runs) < 2:
        return items
    ends = [i for i, _ in items[1:]] + [len(lines)]
    end_of = {i: end for (i, _), end in zip(items, ends, strict=True)}
    dosed = [[has_dose(" ".join([h.inline, *lines[i + 1 : end_of[i]]])) for i, h in run] for run in runs]
    full = [run for run, d in zip(runs, dosed, strict=True) if len(run) >= 2 and all(d)]
    rest_undosed = all(not any(d) for run, d in zip(runs, dosed, strict=True) if run not in full)
    return full[0] if len(full) == 1 and rest_undosed else items


def unnamed(lines: list[str]) -> list[Block]:
    """A numbered list of exercises that have no names: "1. Lying down, point your feet …"."""
    items = [(i, h) for i in range(len(lines)) if (h := DETECTORS["numbered"](lines[i])) is not None]
    items = _dosed_run(lines, items)
    if items and sum(bool(h.name) for _, h in items) < 0.4 * len(items):  # a few split at a colon
        items = [
            (i, Heading(h.style, "", f"{h.name}: {h.inline}" if h.name else h.inline, h.level, h.number))
            for i, h in items
        ]
    if (
        len(items) < 2
        or any(h.name for _, h in items)
        or any(b <= a for a, b in pairwise(h.number for _, h in items if h.number is not None))
    ):
        return []
    if (
        sum(bool(CONTINUES.search(h.inline)) for _, h in items) >= 2
        or _few_dosed_steps(lines, items)
        or all(_PHASE_STEP.match(h.inline) for _, h in items)  # "1. Breathe in for 4 … 2. Hold for 4"
        or _breathing_steps([h.inline for _, h in items])
    ):
        return []  # steps of one exercise: read whole, as a one-exercise article
    blocks = []
    for n, (i, head) in enumerate(items):
        end = items[n + 1][0] if n + 1 < len(items) else len(lines)
        body = [head.inline]
        for line in lines[i + 1 : end]:
            if is_question_paragraph(line) or DETECTORS["markdown"](line):
                break
            body.append(line)
        if _REPEAT_OTHERS.match(strip_markup(head.inline)):
            continue  # "3. Repeat steps 1 and 2 regularly.": how often to do the others
        blocks.append(
            Block(bold_name(head.inline) or _part_name(head.inline) or f"Exercise {head.number}", body, i)
        )
    return split_chained(kept_items(blocks, [looks_like_exercise(b, strict=True) for b in blocks]))


# An item that repeats other items ("Repeat steps 1 and 2", "Repeat the above 3 times"), not an exercise
_REPEAT_OTHERS = re.compile(
    r"^\s*(?:then\s+)?repeat\s+(?:(?:steps?|items?|exercises?|numbers?)\s+\d|the (?:above|whole|previous|sequence|"
    r"circuit|routine|steps|exercises)|all (?:of )?(?:the|these)|these|them|this sequence)\b",
    re.I,
)


# "Warm up for 10 minutes, …": an item that opens with a session part names it
_PART = re.compile(r"^\s*((?:warm|cool)[- ]?(?:up|down))\b(?=\s+(?:for|with|by|:|–|-)|\s*[:,–-])", re.I)


def _part_name(text: str) -> str | None:
    m = _PART.match(strip_markup(text))
    return m[1][:1].upper() + m[1][1:].lower() if m else None


# The text before a list says its items are exercises ("do each of these 10 times")
SAYS_ITEMS_ARE_EXERCISES = re.compile(
    r"\b(?:each|every|all|these|the following)\s+(?:\w+\s+)?(?:exercises?|moves?|stretches|movements?|drills?|poses?)\b|"
    r"\b(?:do|repeat|perform)\s+\d+\s+of\s+each\b|\b(?:each|all)\s+of\s+(?:them|these|the\s+following)\b|"
    r"\bthe\s+(?:exercises|stretches|drills|moves)\s+(?:below|that\s+follow)\b",
    re.I,
)


# An introduction that opens by calling what follows exercises ("Exercises to do after a wrist
# fracture …", "Stretches for a stiff neck. …"), not a title line over one exercise's steps
_SAYS_EXERCISES = re.compile(
    r"^\s*(?:exercises|stretches)\s+(?:to\s+(?:do|try)|for|after)\b(?:\s+\S+){5}", re.I
)


# A step of one breath: the phases of one breathing exercise, not exercises
_PHASE_STEP = re.compile(r"^\s*(?:breathe (?:in|out)|inhale|exhale|hold|pause|rest|relax)\b", re.I)
# "Hold, then relax.": a unit of work, not a step ("Relax your shoulders", "Hold the chair", "hold
# both ends firmly" set one up: a grip)
_WORK = re.compile(r"\b(?:hold|repeat|relax)\b(?!\s+(?:your|the|a|an|onto|on|to|both|firmly)\b)", re.I)
_IN_BREATH = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:breathe\s+in|inhale)\b[^.]*\d", re.I)
_OUT_BREATH = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:breathe\s+out|exhale)\b[^.]*\d", re.I)
_GOES_ON = re.compile(r"^\W*(?:repeat|continue|carry on|keep going|do this)\b", re.I)


def _breathing_steps(texts: list[str]) -> bool:
    """A breathing technique's numbered steps: a timed in-breath and a timed out-breath among
    them ("3. Close your mouth and breathe in through your nose for 4 seconds" … "5. Breathe out
    … for 8 seconds"), the other steps a set-up with no dose or the repeat ("6. Repeat the
    cycle four times"); never counted breaths ("Breathe in as you lift … 10 times": exercises)."""
    timed = [t for t in texts if _IN_BREATH.match(t) or _OUT_BREATH.match(t) or _PHASE_STEP.match(t)]
    ins, outs = any(_IN_BREATH.match(t) for t in timed), any(_OUT_BREATH.match(t) for t in timed)
    rest_free = all(not has_dose(t) or _GOES_ON.match(t) for t in texts if t not in timed)
    counted = re.search(r"\b(?:times|reps?|repetitions)\b", " ".join(timed), re.I)
    return ins and outs and rest_free and not counted


def _few_dosed_steps(lines: list[str], items: list[tuple[int, Heading]]) -> bool:
    """Three or more unnamed items of which at most half have a dose ("… 3. Hold for 15 seconds.
    4. Do 2 sets on each side."), or two with none, with nothing before them calling them
    exercises: the steps of one exercise."""
    before = lines[: items[0][0]]
    if (
        len(items) < 2
        or SAYS_ITEMS_ARE_EXERCISES.search(" ".join(before))
        or any(map(_SAYS_EXERCISES.match, before))
    ):
        return False
    ends = [i for i, _ in items[1:]] + [len(lines)]
    texts = [" ".join([h.inline, *lines[i + 1 : end]]) for (i, h), end in zip(items, ends, strict=True)]
    if len(texts) == 2:
        return not any(has_dose(t) or _WORK.search(t) for t in texts)
    return _at_most_half_dosed(texts)


def _at_most_half_dosed(texts: list[str]) -> bool:
    """Steps put the dose in one or two of them ("3. … hold for 15 seconds" "4. Do 2 sets …");
    exercises each carry one, or the work word of a dose stated once ("Hold, then relax")."""
    return 2 * sum(has_dose(t) or bool(_WORK.search(t)) for t in texts) <= len(texts)


# "Step 2: Keep your …": a paragraph labelled as a step is a step of the one exercise, not a way of doing it
_STEP_LABEL = re.compile(r"^\s*step\s*\d+\s*[:.)]", re.IGNORECASE)


_BREATH = re.compile(r"\b(?:breathe|breath|inhale|exhale)\b", re.IGNORECASE)
# A dose said as one ("keep this up for 2 minutes", "do it 10 times"), not "after 10 minutes away"
_DOSE_SAID = re.compile(
    r"\bfor\s+(?:about\s+|up to\s+)?(?:\d+|an?|one|two|three|five|ten)\s*(?:seconds?|secs?|minutes?|mins?|breaths?)\b|"
    r"\b(?:\d+|two|three|five|ten)\s*(?:times|reps?|repetitions|sets?)\b",
    re.IGNORECASE,
)


def _breath_pattern(paragraph: list[str]) -> bool:
    """A paragraph that states a breath's phases ("… breathe in for 4 seconds. Pause for 7 seconds.
    Then exhale for 8 seconds."): one pattern, never two exercises chained by its "Then"."""
    return bool(read_timing(normalize(strip_markup(" ".join(paragraph)))).phases)


def _instructs(paragraph: list[str]) -> bool:
    """A movement at any clause of the paragraph ("At lunch time, stand …", "… – keep this
    up"), not only at its start ("Repeat 10 times." alone is the dose of the one before)."""
    return bool(MOVEMENT.search(re.sub(r"\s[–—-]\s", ", ", strip_markup(" ".join(paragraph)))))


# A paragraph that opens with the dose or the way to build it up ("Perform 2 to 3 sets of 12.", "Build
# up bit by bit: …"): the one exercise's dose, not a way of doing it
_DOSE_OR_ADVICE = re.compile(
    r"^(?:(?:do|perform|complete|repeat|aim\s+for|try)\s+\d|(?:build|work)\s+up\b)", re.IGNORECASE
)


def dosed_paragraphs(block: Block) -> list[Block]:
    """The paragraphs of a one-exercise article that each open with a body position or movement
    and give their own dose ("Lie on your back … Repeat five times." / "Come onto your hands and
    knees … Hold for five seconds."), when there are two or more: the ways of doing it, each an
    exercise with no name."""
    paragraphs: list[list[str]] = [[]]
    for line in block.lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    lead_ins = not any(_BREATH.search(" ".join(p)) for p in paragraphs)  # breaths: one exercise's phases
    found = [
        Block(bold_name(part[0]) or "Exercise", part, block.start, unnamed=not bold_name(part[0]))
        for p in paragraphs
        if p
        and (
            MOVEMENT.match(strip_markup(p[0]).strip())
            or (lead_ins and _instructs(p) and _DOSE_SAID.search(" ".join(p)))
        )
        and not _STEP_LABEL.match(strip_markup(p[0]))
        and not _DOSE_OR_ADVICE.match(strip_markup(p[0]).strip())
        and has_dose(" ".join(p))
        for part in ([p] if _breath_pattern(p) else chained_lines(p))
    ]
    if all(_PHASE_STEP.match(LIST_ITEM_START.sub("", strip_markup(b.lines[0]))) for b in found):
        return []  # "- Breathe in for 4 seconds" / "- Breathe out for 6 seconds": one breath's phases
    texts = [strip_markup(" ".join(b.lines)).strip() for b in found]
    texts += [
        t for p in paragraphs if (t := strip_markup(" ".join(p)).strip()) not in texts and leads_with_phase(t)
    ]
    return found if len(found) >= 2 and not one_breath(texts) else []  # and one going on: "Keep this going …"


@lru_cache(maxsize=8192)  # pure, and asked again by the splitter of every heading style
def is_question_paragraph(line: str) -> bool:
    """ "What is plantar fasciitis? It is …": a question-and-answer paragraph, not an exercise (a
    question with a blank to fill in is a record on the sheet, inside the exercise)."""
    return not is_fill_in_prompt(line) and bool(
        re.match(
            r"^\s*(?:what|why|how|when|who|where|can|should|is|are|do|does)\b[^.?!]{3,80}\?",
            line,
            re.IGNORECASE,
        )
    )


LIST_ITEM_START = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")  # a bulleted or numbered item's marker
__all__ = [
    "CONTINUES",
    "steps_of_one",
    "unnamed",
    "is_question_paragraph",
    "dosed_paragraphs",
    "LIST_ITEM_START",
    "SAYS_ITEMS_ARE_EXERCISES",
]
