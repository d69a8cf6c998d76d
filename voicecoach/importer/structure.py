"""Split an article into exercise blocks, leaving page furniture out.

Every heading style is tried; the one that finds the most exercise-like blocks
wins (strong styles first, the noisy ones only when nothing else works).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .blocks import (
    Block,
    body_text,
    has_dose,
    is_routine_advice,
    looks_like_exercise,
    name_from_first_line,
    number_unnamed,
    without_undosed_labels,
)
from .bullets import bullets_numbered
from .confidence import looks_like_group, looks_like_label, not_a_name
from .furniture import is_furniture_heading, strip_markup
from .headings import DETECTORS, STRONG_STYLES, WEAK_STYLES
from .lists import steps_of_one, unnamed
from .name_lists import inline_names, name_list
from .name_words import TIPS_TITLE
from .one_exercise import a_variation, as_one_exercise, single_exercise
from .ordinals import ordinal_paragraphs
from .pairs import paired_names
from .sections import leaf_sections
from .session_parts import BARE_DOSE, with_lead_in_activity, with_session_parts
from .shared import lift_shared, shared_dose, shared_from
from .splitter import ASPECT, STRICT, Splitter, detect
from .staged import counted_drills
from .titles import first_line_title, markdown_title, title_name
from .vocabulary import EXERCISE_WORDS, MOVEMENT, STEP_LABEL_NAME


@dataclass(frozen=True)
class Article:
    """The title, the exercise blocks, the introduction's shared dose ("For each exercise, do 3
    sets of 10") and notes on how the layout was read (reported as assumptions)."""

    title: str | None
    blocks: list[Block]
    shared: str = ""
    notes: tuple[str, ...] = ()


def _numbering_restarts(lines: list[str]) -> bool:
    """The numbered items' numbers go back, other than at a new section's heading (a list per
    section, "Upper body: 1-4, Lower body: 1-4", is still one exercise per item)."""
    items = [
        (i, h.number)
        for i in range(len(lines))
        if (h := detect("numbered", lines, i)) is not None and h.name and h.number is not None
    ]
    return any(
        b <= a and not any(DETECTORS["markdown"](line) for line in lines[i + 1 : j])
        for (i, a), (j, b) in pairwise(items)
    )


def _line_text(line: str) -> str:
    return strip_markup(line).strip().lstrip("#").strip()


_NUMBERING = {"exercise", "numbered"}


def _exercise_blocks(
    blocks: list[Block], strict: bool, keep_bare: bool, labelled: bool = False
) -> list[Block]:
    """The blocks that read as exercises; with ``keep_bare`` also a numbered item with no text
    between two that do ("3. Downward Dog:" whose text was a picture): the numbering says it is one;
    ``labelled``: a line "Station 2: Bean bag throws" with no text under it is one, as its label says."""
    ok = [looks_like_exercise(b, strict) for b in blocks]
    return [
        b
        for i, b in enumerate(blocks)
        if ok[i]
        or (keep_bare and 0 < i < len(blocks) - 1 and ok[i - 1] and ok[i + 1] and not body_text(b).strip())
        or (labelled and len(blocks) >= 2 and not body_text(b).strip() and len(b.name.split()) <= 5)
        or (strict and i >= 2 and ok[i - 1] and ok[i - 2] and _names_exercise(b))
        or (
            strict
            and 2 <= i < len(blocks) - 1
            and ok[i - 2]
            and ok[i - 1]
            and ok[i + 1]
            and _between_exercises(b)
        )
    ]


def _between_exercises(block: Block) -> bool:
    """A name set as its neighbours are, between two exercises, over text of its own with no
    movement word we know ("Align the Three Treasures" over "(3 hand positions: at the side, …)"):
    the run of names says it is one more, unless it is a label or a remark."""
    return bool(body_text(block).strip()) and not looks_like_label(block.name) and not not_a_name(block.name)


def _names_exercise(block: Block) -> bool:
    """ "Wrist circles and bends: Work through a series of …" after two exercises of its style:
    its name says what it is where its text has no movement word we know."""
    return bool(
        EXERCISE_WORDS.search(block.name) and body_text(block).strip() and not looks_like_label(block.name)
    )


def _candidates(lines: list[str], title: str | None) -> dict[str, list[Block]]:
    found = {}
    for style in STRONG_STYLES + WEAK_STYLES + ("colon", "dosed", "title"):
        strict = style in STRICT
        blocks = _exercise_blocks(
            Splitter(style, lines).run(), strict, keep_bare=style in _NUMBERING, labelled=style == "exercise"
        )
        if (
            title
            and blocks
            and (blocks[0].level == 1 or strict)
            and (blocks[0].name == title or _line_text(lines[blocks[0].start]).startswith(title))
        ):
            blocks = blocks[1:]  # the title line, also when split at its colon
        found[style] = blocks
    if steps_of_one(lines):
        found["numbered"] = []  # "1. Get comfortable … 3. Now add counting: …"
    found["numbered"] = [b for b in found["numbered"] if not _under_aspect(lines, b.start)]
    if found["colon"] and all(_dose_label(b) for b in found["colon"]):
        found["colon"] = []  # "Warm Up: 20 seconds" / "Main Stretch: 30 seconds" under the steps: their doses
    first_heading = next((i for i, line in enumerate(lines) if DETECTORS["markdown"](line)), None)
    if (
        len(found["markdown"]) >= 2
        and first_heading is not None
        and all(b.start > first_heading for b in found["step"])
    ):
        found["step"] = []  # "Step 1:" … under "## Focusing": that one's steps
    found["unnamed"] = unnamed(lines)
    numbered = bullets_numbered(lines)
    if numbered is not None and steps_of_one(numbered):
        numbered = None  # "- Sit …" "- Then move …" "- Keep moving …": one exercise's steps
    found["bulleted"] = [] if numbered is None else _bulleted(numbered, title)
    found["bulleted-unnamed"] = [] if numbered is None else _mostly_dosed(unnamed(numbered), numbered)
    found["list"] = name_list(lines)
    if len(found["list"]) > len(found["numbered"]) >= 2 and {b.start for b in found["numbered"]} <= {
        b.start for b in found["list"]
    }:  # "1. Skipping" bare between items with a how in brackets: the whole list, not those two
        found["numbered"] = found["list"]
    found["inline"] = inline_names(lines)
    found["ordinal"] = ordinal_paragraphs(lines)
    found["pairs"] = paired_names(lines)
    found["counted"] = counted_drills(lines)
    found["sections"] = [
        Block(name, body, i)
        for name, body, i in leaf_sections(lines)
        if not body or looks_like_exercise(Block(name, body, i))
    ]
    furniture = _furniture_lines(lines)
    return {style: [b for b in blocks if b.start not in furniture] for style, blocks in found.items()}


def _furniture_lines(lines: list[str]) -> set[int]:
    """The lines under a furniture heading ("### Try these next", "## Related posts") up to the
    next heading of its level or above: whatever style reads them, they are not the article's."""
    inside: set[int] = set()
    level: int | None = None
    for i, line in enumerate(lines):
        if head := DETECTORS["markdown"](line):
            level = None if level is not None and head.level <= level else level
            if level is None and head.level > 1 and is_furniture_heading(head.name):
                level = head.level
        elif level is not None:
            inside.add(i)
    return inside


def _dose_label(block: Block) -> bool:
    """ "Main Stretch: 30 to 40 seconds" under one exercise's steps: a label whose text is only a
    dose and with no movement after it names a stage of that exercise's dose, not an exercise."""
    first = next((strip_markup(line).strip() for line in block.lines if line.strip()), "")
    return bool(BARE_DOSE.match(first)) and not MOVEMENT.search(block.text())


def _step_label(block: Block) -> bool:
    name = block.name.strip(" :*")
    return bool(STEP_LABEL_NAME.match(name)) and not EXERCISE_WORDS.search(name)


def _under_aspect(lines: list[str], start: int) -> bool:
    """The line sits under an aspect heading ("### How to do it", "## Steps"): a step of the
    exercise named above it, never an exercise of its own."""
    heading = next(
        (
            h
            for j in range(start - 1, -1, -1)
            if lines[j][:1] == "#" and (h := DETECTORS["markdown"](lines[j]))
        ),
        None,
    )
    return heading is not None and bool(ASPECT.match(heading.name))


def _bulleted(lines: list[str], title: str | None) -> list[Block]:
    blocks = [b for b in Splitter("numbered", lines).run() if looks_like_exercise(b, True)]
    return blocks[1:] if title and blocks and blocks[0].name == title else blocks


def _mostly_dosed(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Unnamed bulleted items as exercises only where at least two in three give a dose, or the
    text before them gives every one its dose ("Do each of them 5-10 times"): bullets with few
    doses are the steps of one exercise ("- Let the tummy go soft" … "- Do 10 of these")."""
    if len(blocks) >= 3 and shared_dose("\n".join(lines[: blocks[0].start])):
        return blocks
    return blocks if 3 * sum(has_dose(b.text()) for b in blocks) >= 2 * len(blocks) else []


def article_title(text: str) -> str | None:
    """The article's title: its one top markdown heading, else a short first line."""
    lines = text.split("\n")
    return markdown_title(lines) or first_line_title(lines)


_SENTENCE_NAME = re.compile(r"\b(?:your|try this|how to|you)\b|[?!]", re.IGNORECASE)


def split_article(text: str) -> Article:
    """The article's title (None if it has none) and its exercise blocks, in order.

    Styles are tried strongest first (numbering, "Exercise N:", markdown), then title lines and
    lists.  A result whose blocks are breathing phases ("Inhale:", "Hold:") or that finds nothing
    while the text gives instructions is read as ONE exercise named after the title: fewer,
    fuller exercises rather than fragments.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = markdown_title(lines) or first_line_title(lines)
    found = _candidates(lines, title)
    strong = [s for s in STRONG_STYLES if not (s == "numbered" and _numbering_restarts(lines))]
    tiers = [
        strong,
        STRONG_STYLES + ("bold", "dash", "colon", "dosed", "sections", "pairs"),
        STRONG_STYLES
        + ("bold", "dash", "colon", "dosed")
        + WEAK_STYLES
        + (
            "title",
            "list",
            "unnamed",
            "inline",
            "bulleted",
            "bulleted-unnamed",
            "ordinal",
            "pairs",
            "counted",
        ),
    ]
    best: list[Block] = []
    for tier in tiers:
        best = max((found[s] for s in tier), key=len)  # max keeps the first on ties
        if len(best) >= 2:
            break
    if title and best and best[0].name == title:
        best = best[1:]
    if len(best) >= 3 and (
        all(re.fullmatch(r"Step \d+", b.name) for b in best)
        or 4 * sum(map(_step_label, best)) >= 3 * len(best)
    ):
        best = []  # "Step 1: Kneel …", "1. **Brace:** … 2. **Reach:** …": one exercise's steps
    if len(best) == 1 and _SENTENCE_NAME.search(best[0].name):  # "Improve your running style – try this"
        inner = [
            b
            for blocks in found.values()
            for b in blocks
            if len(blocks) == 1
            and b.start > best[0].start
            and not _SENTENCE_NAME.search(b.name)
            and not looks_like_label(b.name)
        ]
        best = inner[:1] or best
    if title and TIPS_TITLE.match(title):
        best = []  # "3 Tips for a Better Plank": its headings are tips on the one exercise
    best = [b for b in best if not a_variation(b, lines)]
    best, notes = as_one_exercise(best, lines, title)
    best = without_undosed_labels([sub for block in best for sub in _subexercises(block)])
    best = [b for b in best if not is_routine_advice(b)] or best
    best = with_session_parts(best, found, lines)
    best = with_lead_in_activity(best, lines)
    best = _named_before(best, found)
    for block in best:
        name_from_first_line(block)
    number_unnamed(best)
    if len(best) == 1 and title and (looks_like_label(best[0].name) or ASPECT.match(best[0].name)):
        whole = single_exercise(lines, title)  # its dose may stand above the heading ("Reps: …")
        if whole is not None and not has_dose(body_text(best[0])):
            best = [whole]
        best[0].name = title_name(title)  # "## Video Tutorial", "## How to perform" over its steps
    first = best[0].start if best else len(lines)
    lifted = lift_shared(best)
    shared = " ".join(filter(None, (shared_from(lines, first, best), lifted)))
    return Article(title, best, shared, tuple(notes))


def _named_before(best: list[Block], found: dict[str, list[Block]]) -> list[Block]:
    """ "Straight-Leg Raise: Lie … Do 3 sets of 10." above "Quad Stretch" / "Lie face down …" (a
    page naming its first exercise in another style): a "Name: text" or "Name - text" exercise
    right before the first one, with a movement and a dose of its own, is one more."""
    if len(best) < 2 or best[0].level:
        return best
    before = {
        b.start: b
        for style in ("colon", "dash")
        for b in found[style]
        if b.start < best[0].start
        and b.start >= best[0].start - 3
        and has_dose(b.lines[0] if b.lines else "")
        and MOVEMENT.search(b.lines[0] if b.lines else "")
        and not looks_like_label(b.name)
    }
    for block in before.values():
        block.lines = block.lines[:1]
    return [*sorted(before.values(), key=lambda b: b.start), *best]


_SUB_STYLES = ("bold", "dosed", "numbered", "colon", "dash", "short")


def _subexercises(block: Block) -> list[Block]:
    """A block holding two or more bold-named exercises ("## Stretches" over "**Hamstring
    stretch**" and "**Calf stretch**"), or two or more dose-led lines ("10x Plié"), is those
    exercises."""
    group = looks_like_group(block.name)  # "## Stretches": its items may be named in any style
    for style in _SUB_STYLES if group else _SUB_STYLES[:2]:
        subs = [b for b in Splitter(style, block.lines).run() if looks_like_exercise(b, strict=True)]
        if len(subs) >= 2:
            for sub in subs:
                sub.start = block.start
            return subs
    return [block]


__all__ = ["Block", "Article", "split_article", "looks_like_exercise", "article_title", "shared_dose"]
