"""Every heading style's reading of an article: the exercise blocks each one finds.

``structure.split_article`` chooses among them (strong styles first); here each style is walked
(``splitter``), its blocks kept only where they read as exercises, and the lines that are page
furniture taken out of every style's result.
"""

from __future__ import annotations

import re

from .blocks import (
    Block,
    body_text,
    has_dose,
    looks_like_exercise,
)
from .bullets import bullets_numbered
from .furniture import is_furniture_heading, strip_markup
from .headings import DETECTORS, STRONG_STYLES, WEAK_STYLES
from .lists import steps_of_one, unnamed
from .mixed_lists import mixed_list
from .name_kinds import looks_like_group, looks_like_label, not_a_name
from .name_lists import inline_names, name_list
from .ordinals import ordinal_paragraphs
from .pairs import paired_names
from .sections import leaf_sections
from .session_parts import BARE_DOSE
from .shared import shared_dose
from .splitter import ASPECT, STRICT, Splitter
from .staged import counted_drills
from .undosed_items import with_undosed_items
from .unnamed_units import unnamed_groups
from .vocabulary import EXERCISE_WORDS, MOVEMENT


def _line_text(line: str) -> str:
    return strip_markup(line).strip().lstrip("#").strip()


_NUMBERING = {"exercise", "numbered"}


def _exercise_blocks(
    blocks: list[Block], strict: bool, keep_bare: bool, labelled: bool = False, levelled: bool = False
) -> list[Block]:
    """The blocks that read as exercises; with ``keep_bare`` also a numbered item with no text
    between two that do ("3. Downward Dog:" whose text was a picture): the numbering says it is one;
    ``labelled``: a line "Station 2: Bean bag throws" with no text under it is one, as its label says."""
    ok = [looks_like_exercise(b, strict) for b in blocks]
    over = [levelled and _over_exercises(blocks, ok, i) for i in range(len(blocks))]
    return [
        b
        for i, b in enumerate(blocks)
        if not over[i]
        and (
            ok[i]
            or (
                keep_bare and 0 < i < len(blocks) - 1 and ok[i - 1] and ok[i + 1] and not body_text(b).strip()
            )
            or (labelled and len(blocks) >= 2 and not body_text(b).strip() and len(b.name.split()) <= 5)
            or (strict and i >= 2 and ok[i - 1] and ok[i - 2] and _names_exercise(b))
            or (levelled and _in_a_run_of_sections(blocks, ok, i))
            or (
                strict
                and 2 <= i < len(blocks) - 1
                and ok[i - 2]
                and ok[i - 1]
                and ok[i + 1]
                and _between_exercises(b)
            )
        )
    ]


def _over_exercises(blocks: list[Block], ok: list[bool], i: int) -> bool:
    """A heading over two or more exercise headings a level deeper ("## Basic Hand Exercises" over
    "### Tennis Ball Squeeze", "### Thumb Opposition"): their section, its text their introduction
    ("do each of these about 10 times"), not one more exercise."""
    level = blocks[i].level
    if i + 1 < len(blocks) and blocks[i + 1].start > blocks[i].start + len(blocks[i].lines) + 1:
        return False  # lines between it and them (a section heading not taken as a block): not its own
    children = []
    for b, fine in zip(blocks[i + 1 :], ok[i + 1 :], strict=True):
        if not level or b.level <= level:
            break
        children.append(fine)
    return len(children) >= 2 and all(children)


def _between_exercises(block: Block) -> bool:
    """A name set as its neighbours are, between two exercises, over text of its own with no
    movement word we know ("Align the Three Treasures" over "(3 hand positions: at the side, …)"):
    the run of names says it is one more, unless it is a label or a remark."""
    return bool(body_text(block).strip()) and not looks_like_label(block.name) and not not_a_name(block.name)


def _in_a_run_of_sections(blocks: list[Block], ok: list[bool], i: int) -> bool:
    """A heading of the level the two exercise headings before it have (or the one before and the
    one after), over a paragraph of text of its own with no movement word we know ("### Slimy
    Seals" / "Students seal walk nonstop around the markers."), after them and before the next of
    theirs or the end: one more of the run, unless it is a label or a remark."""
    b = blocks[i]
    after = i + 1 < len(blocks) and ok[i + 1] and blocks[i + 1].level == b.level
    before = 2 if i >= 2 and ok[i - 2] and blocks[i - 2].level == b.level else 1 if after else 0
    if (
        not b.level
        or i < before
        or not all(ok[j] and blocks[j].level == b.level for j in range(i - before, i))
    ):
        return False
    if not before or (i + 1 < len(blocks) and not (after or blocks[i + 1].level < b.level)):
        return False
    first = _SENTENCE.split(body_text(b).strip(), maxsplit=1)[0]
    return (
        _between_exercises(b)
        and not is_furniture_heading(b.name)
        and not looks_like_group(b.name)
        and not _PLURAL_NAME.search(b.name)  # "## 5 Easy Chair Exercises" over the list of them
        and not _CALL_TO_ACTION.match(b.name)
        and not _WHAT_IT_DOES.search(first)
    )


# "Shop the post", "Book a physiotherapy assessment": a page's call to action, not a name
_CALL_TO_ACTION = re.compile(r"^[A-Z][a-z]+\s+(?:the|a|an|our|your|this|my|now)\b")
# "Deep breathing … teaches you to use the diaphragm": what it does for you, not how it is done
_WHAT_IT_DOES = re.compile(
    r"\b(?:teaches|helps|improves|allows|lets|enables|trains)\s+(?:you|the|your|to)\b|\b(?:is|are)\s+(?:an?|the|one)\b",
    re.I,
)
_PLURAL_NAME = re.compile(
    r"\b(?:exercises|stretches|moves|movements|drills|workouts|routines|activities)\b", re.I
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _names_exercise(block: Block) -> bool:
    """ "Wrist circles and bends: Work through a series of …" after two exercises of its style:
    its name says what it is where its text has no movement word we know."""
    return bool(
        EXERCISE_WORDS.search(block.name) and body_text(block).strip() and not looks_like_label(block.name)
    )


def candidates(lines: list[str], title: str | None) -> dict[str, list[Block]]:
    found = {}
    for style in STRONG_STYLES + WEAK_STYLES + ("colon", "dosed", "title"):
        strict = style in STRICT
        blocks = _exercise_blocks(
            Splitter(style, lines).run(),
            strict,
            keep_bare=style in _NUMBERING,
            labelled=style == "exercise",
            levelled=style == "markdown",
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
    if _one_label(found["colon"], found):
        found["colon"] = []  # "*Transition:* …" between the exercises, every time: a label, not names
    if found["colon"] and all(_dose_label(b) for b in found["colon"]):
        found["colon"] = []  # "Warm Up: 20 seconds" / "Main Stretch: 30 seconds" under the steps: their doses
    first_heading = next((i for i, line in enumerate(lines) if DETECTORS["markdown"](line)), None)
    if (
        len(found["markdown"]) >= 2
        and first_heading is not None
        and all(b.start > first_heading for b in found["step"])
    ):
        found["step"] = []  # "Step 1:" … under "## Focusing": that one's steps
    found["dosed"] = with_undosed_items(found["dosed"], lines)
    found["unnamed"] = unnamed(lines)
    numbered = bullets_numbered(lines)
    if numbered is not None and steps_of_one(numbered):
        numbered = None  # "- Sit …" "- Then move …" "- Keep moving …": one exercise's steps
    found["bulleted"] = [] if numbered is None else _bulleted(numbered, title)
    found["bulleted-unnamed"] = [] if numbered is None else _mostly_dosed(unnamed(numbered), numbered)
    found["list"] = name_list(lines)
    if _wider_reading(found["list"], found["numbered"]):
        found["numbered"] = found["list"]  # "1. Skipping" bare between items with a how in brackets
    found["mixed"] = mixed_list(lines) or ([] if numbered is None else mixed_list(numbered, bulleted=True))
    if _wider_reading(found["mixed"], found["numbered"], least=0):
        found["numbered"] = found["mixed"]  # "1. Neck rolls" bare before "2. Lift your shoulders …"
    if _wider_reading(found["unnamed"], found["numbered"]):
        found["numbered"] = found["unnamed"]  # "1. Practise standing …": a few items named by a sentence
    found["inline"] = inline_names(lines)
    found["ordinal"] = ordinal_paragraphs(lines)
    found["pairs"] = paired_names(lines)
    found["counted"] = counted_drills(lines)
    found["sections"] = [
        Block(name, body, i)
        for name, body, i in leaf_sections(lines)
        if not body or looks_like_exercise(Block(name, body, i))
    ]
    named = {b.start for blocks in found.values() for b in blocks if not b.unnamed}
    found["groups"] = unnamed_groups(lines, named)
    furniture = _furniture_lines(lines)
    return {style: [b for b in blocks if b.start not in furniture] for style, blocks in found.items()}


def _one_label(blocks: list[Block], found: dict[str, list[Block]]) -> bool:
    """Every block is named the same ("Transition: lower the feet …" after each exercise) while
    another style finds more blocks, with names of their own: a label said between the exercises."""
    return (
        len(blocks) >= 2
        and len({b.name.casefold() for b in blocks}) == 1
        and any(len({b.name for b in other}) > len(blocks) for other in found.values())
    )


def _wider_reading(wider: list[Block], numbered: list[Block], least: int = 2) -> bool:
    """The numbered style's blocks (``least`` of them at least) are some of another reading's of
    the same list, which finds more: that reading is the whole list, not the items the numbering
    style could name."""
    return len(wider) > len(numbered) >= least and {b.start for b in numbered} <= {b.start for b in wider}


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


__all__ = ["candidates"]
