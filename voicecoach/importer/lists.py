"""Exercises written as lists: numbered steps with no names, a list of names, names inside a sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .blocks import Block, has_dose, looks_like_exercise
from .chained import chained_lines, split_chained
from .families import read_timing
from .furniture import is_fill_in_prompt, is_furniture_heading, label_of, strip_markup
from .headings import DETECTORS, Heading, bold_name
from .numbers import normalize
from .phases import leads_with_phase, one_breath
from .unnamed_items import kept_items
from .vocabulary import EXERCISE_WORDS as _EXERCISE_WORDS
from .vocabulary import MOVEMENT

# A step that continues the one before ("Then swing …", "Keep repeating these movements"):
# the numbered items are steps of one exercise, not exercises.
_CONTINUES = re.compile(
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
    return sum(bool(_CONTINUES.search(f"{h.name}: {h.inline}" if h.name else h.inline)) for h in items) >= 2


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
        sum(bool(_CONTINUES.search(h.inline)) for _, h in items) >= 2
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
_MANY = re.compile(
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
# "Hold, then relax.": a unit of work, not a step ("Relax your shoulders", "Hold the chair" set one up)
_WORK = re.compile(r"\b(?:hold|repeat|relax)\b(?!\s+(?:your|the|a|an|onto|on|to)\b)", re.I)
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
    if len(items) < 2 or _MANY.search(" ".join(before)) or any(map(_SAYS_EXERCISES.match, before)):
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
_LIST_ITEM = re.compile(LIST_ITEM_START.pattern + r"(.+?)\s*$")


def name_list(lines: list[str]) -> list[Block]:
    """A list of exercise names with no instructions ("• Heel raises", "A1. Jumping Jacks"), or,
    where there is none, the same run of short name lines with its bullets lost in a copy."""
    return _name_run(lines, _LIST_ITEM) or _name_run(lines, _BARE_ITEM, bare=True)


# A list item's length or count in brackets after its name ("Cloud hands (1.5 min)", "Squats (x10)"):
# a list where one item in four has one names exercises, whatever their words
_BRACKET_DOSE = re.compile(
    r"\s*\((\d+(?:\.\d+)?\s*(?:minutes?|mins?|seconds?|secs?|s|reps?|times|breaths?)|[x×]\s*\d+)\)$",
    re.IGNORECASE,
)


# "Station 2 – ", "Activity 3: ": a place label before the item's name
_PLACE_LABEL = re.compile(
    r"^(?:station|activity|exercise|drill|challenge)\s*\d+\s*(?:[:.)]|\s[–—-])\s*(?=\w)", re.I
)


# A short line that may be a list item whose bullet was lost: no sentence end
_BARE_ITEM = re.compile(r"^\s*([A-Za-z][\w'’()/-]*(?: [\w'’()/&-]+){0,5})\s*$")


def _name_run(lines: list[str], item: re.Pattern[str], bare: bool = False) -> list[Block]:
    best: list[Block] = []
    run: list[Block] = []
    for i, line in enumerate(lines + [""]):
        m = item.match(line)
        text = strip_markup(m.group(1)).strip() if m else ""
        dose = _BRACKET_DOSE.search(text)
        name = text[: dose.start()] if dose else text
        told = None if dose else _TOLD_HOW.match(name)  # "Heel Flicks (Bring the foot up …)": its how
        name = told.group(1) if told else name
        if labelled := _PLACE_LABEL.match(name):  # "Station 2 – bench step ups": the activity names it
            name = name[labelled.end() :][:1].upper() + name[labelled.end() + 1 :]
        if (
            m
            and len(name.split()) <= 6
            and not re.search(r"[.!?:;,]$", name)
            and not is_furniture_heading(name)
            and label_of(name + ":") is None
        ):
            run.append(Block(name, [dose.group(1)] if dose else [told.group(2)] if told else [], i))
            continue
        if not bare and line.strip() == "" and run and i + 1 < len(lines) and item.match(lines[i + 1] or ""):
            continue
        called = bool(run) and bool(_MANY.search(" ".join(lines[max(0, run[0].start - 12) : run[0].start])))
        if len(run) >= 3 and (_names_exercises(run, bare) or called) and len(run) > len(best):
            best = run if 2 * sum(bool(_WHOLE_LINK.match(lines[b.start])) for b in run) < len(run) else best
        run = []
    return best


# A name with how to do it in brackets after it: "Heel Flicks (Bring the foot up underneath you)"
_TOLD_HOW = re.compile(
    r"^(.{3,40}?)\s*\(((?:[^()\s]+\s+){4,}[^()]+)\)\s*$"
)  # five words or more, not a gloss


def _names_exercises(run: list[Block], bare: bool) -> bool:
    """Half the names are exercise words (every one where the bullets were lost), or their doses
    in brackets say they are exercises: one item in four in a list, three in four bare ("Cobra
    (x8)")."""
    words = sum(bool(_EXERCISE_WORDS.search(b.name)) for b in run)
    dosed = sum(bool(b.lines) for b in run)
    if bare:
        return words == len(run) or 4 * dosed >= 3 * len(run)
    return 2 * words >= len(run) or 4 * dosed >= len(run)


# "- [Chin tucks for desk workers](/chin-tucks)": an item that is only a link points to another page
_WHOLE_LINK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+\[[^\]]+\]\([^)]*\)\s*$")


# "the stations included: step ups, jumping jacks and bunny hops": names listed inside a sentence
_INLINE_LIST = re.compile(
    r"(?:\b(?:include[sd]?|including|are|were|was|is)\b\s*[:;]?|[:;])\s+"
    r"((?:[A-Za-z][\w'-]*(?: [\w'-]+){0,3}, ){2,}[A-Za-z][\w'-]*(?: [\w'-]+){0,3},? and "
    r"[A-Za-z][\w'-]*(?: [\w'-]+){0,3})\s*[.!]",
    re.IGNORECASE,
)


# "There are two exercises, swings and squats": a sentence that says it names the exercises
_NAMED_LIST = re.compile(
    r"\b(?:exercises|moves|stretches|stations|drills)\b\s*(?:[:,]|\b(?:are|were)\b:?)\s+"
    r"((?:[A-Za-z][\w'-]*(?: [\w'-]+){0,3}, )*[A-Za-z][\w'-]*(?: [\w'-]+){0,3},? and "
    r"[A-Za-z][\w'-]*(?: [\w'-]+){0,3})\s*[.!,;]",
    re.IGNORECASE,
)


def inline_names(lines: list[str]) -> list[Block]:
    """The longest list of exercise names written in one sentence (most of them exercise words),
    each with its count where the list gives one ("Circuit: 10 burpees, 15 squats and a 30 second
    plank")."""
    best: list[Block] = []
    for i, line in enumerate(lines):
        text = strip_markup(line)
        for m in [*_INLINE_LIST.finditer(text), *_NAMED_LIST.finditer(text)]:
            items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if x.strip()]
            if 2 * sum(bool(_EXERCISE_WORDS.search(x)) for x in items) >= len(items) > len(best):
                best = [Block(x[:1].upper() + x[1:], [], i) for x in items]
        for m in _COUNTED_LIST.finditer(text):
            items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if x.strip()]
            counted = [
                c for x in items if (c := _COUNTED_ITEM.match(x)) and _EXERCISE_WORDS.search(c.group(3))
            ]
            if len(counted) == len(items) >= 3 and len(items) > len(best):
                best = [
                    Block(
                        c.group(3)[:1].upper() + c.group(3)[1:], [f"{c.group(1)} {c.group(2) or 'times'}."], i
                    )
                    for c in counted
                ]
    return best


# "Circuit: 10 burpees, 15 squats and a 30 second plank": counted names after a colon, one sentence
_COUNTED_LIST = re.compile(r"[:;]\s+([^.!?:;]{10,240}?)\s*[.!]")
_COUNTED_ITEM = re.compile(
    r"^(?:an?\s+)?(\d+)(?:\s*-?\s*(seconds?|secs?|minutes?|mins?))?\s+(?:of\s+)?([A-Za-z][\w' -]{2,40})$",
    re.I,
)


__all__ = [
    "steps_of_one",
    "unnamed",
    "is_question_paragraph",
    "dosed_paragraphs",
    "name_list",
    "inline_names",
]
