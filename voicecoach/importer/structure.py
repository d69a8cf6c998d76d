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
from .candidates import candidates
from .dose_closed import regrouped
from .dosed_lists import dosed_list_names
from .group_ends import without_group_ends
from .group_items import group_items
from .headings import DETECTORS, STRONG_STYLES, WEAK_STYLES
from .lead_ins import with_named_lead_ins
from .listed import listed_then_described
from .name_kinds import looks_like_group, looks_like_label
from .name_words import TIPS_TITLE
from .one_exercise import a_variation, as_one_exercise, single_exercise
from .session_parts import with_lead_in_activity, with_session_parts
from .shared import lift_shared, shared_dose, shared_from
from .splitter import ASPECT, Splitter, detect
from .titles import first_line_title, markdown_title, title_name
from .vocabulary import EXERCISE_WORDS, GROUP_WORD, MOVEMENT, STEP_LABEL_NAME


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


def _step_label(block: Block) -> bool:
    name = block.name.strip(" :*")
    return bool(STEP_LABEL_NAME.match(name)) and not EXERCISE_WORDS.search(name)


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
    top = markdown_title(lines)
    title = top or first_line_title(lines)
    found = candidates(lines, title)
    if title is not None and top is None:
        found, title = _first_line_as_exercise(lines, title, found)
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
            "mixed",
            "inline",
            "bulleted",
            "bulleted-unnamed",
            "ordinal",
            "pairs",
            "counted",
            "groups",
        ),
    ]
    best: list[Block] = []
    for tier in tiers:
        best = max((found[s] for s in tier), key=len)  # max keeps the first on ties
        if len(best) >= 2:
            break
    best = _items_inside(best, found)
    best = _dosed_names_over(best, found["bold"])
    best = _bold_names_under_labels(best, found["bold"])
    if (
        title
        and best
        and (best[0].name == title or (len(best) >= 2 and best[0].name.casefold() == title.casefold()))
    ):  # the title said again over the exercises, perhaps in capitals ("THE 20-MINUTE TABATA WORKOUT")
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
    best = regrouped(best)
    best = [sub for block in best for sub in _subexercises(block)]
    best = without_undosed_labels([sub for block in best for sub in dosed_list_names(block)])
    best = [b for b in best if not is_routine_advice(b)] or best
    best = with_session_parts(best, found, lines)
    best = with_lead_in_activity(with_named_lead_ins(best, lines), lines)
    best = without_group_ends(_named_before(best, found), lines)
    best = listed_then_described(best, lines)
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


def _items_inside(best: list[Block], found: dict[str, list[Block]]) -> list[Block]:
    """Two sections ("## Reducing the swelling", "## Exercises - repeat each ten times") with a
    numbered list of three or more unnamed exercises inside one of them, under a heading that names
    exercises: the list's items are the exercises, the sections the page's parts."""
    items = found["unnamed"]
    if len(best) != 2 or len(items) < 3:
        return best
    ends = [best[1].start, 10**9]
    holders = {next((j for j in (0, 1) if best[j].start < item.start < ends[j]), -1) for item in items}
    if len(holders) != 1 or -1 in holders:
        return best  # items before, between or across both sections: not one section's list
    holder = best[holders.pop()]
    # "## Calf raise" over "1. Stand holding a chair." … "3. Lower slowly. Repeat 10 times.": its steps
    return items if _SEVERAL.search(holder.name) else best


_SEVERAL = re.compile(r"\b(?:exercises|stretches|moves|movements|drills|activities)\b", re.IGNORECASE)


_NAME_MARKS = ("bold", "colon", "title")  # "title": a short plain line, its exercise dosed at once


def _first_line_as_exercise(
    lines: list[str], title: str, found: dict[str, list[Block]]
) -> tuple[dict[str, list[Block]], str | None]:
    """(found, title) for a text whose first line may name its first exercise, not the article
    ("**Cat-cow pose**" over its steps, then "**Child's pose**" and "**Cobra**" over theirs): read
    untitled, a style that then takes that line as an exercise of three or more, as it takes the
    others, keeps it, and the text has no title of its own. A title line over an introduction is
    no exercise (``looks_like_exercise``), so it stays the title."""
    first = next(i for i, line in enumerate(lines) if line.strip())
    alone = re.fullmatch(
        r"\*\*[^*]{2,60}\*\*:?|__[^_]{2,60}__:?|[^:*_]{2,60}:|[A-Z][^.!?:*_#|]{1,40}", lines[first].strip()
    )
    if not alone or len(lines[first].split()) > 8 or GROUP_WORD.search(title):
        return found, title  # a name alone on its line, as the others are; not a group's
    untitled = candidates(lines, None)
    kept = {
        style: untitled[style]
        for style in _NAME_MARKS
        if len(untitled[style]) >= 3
        and untitled[style][0].start == first
        and len(found[style]) == len(untitled[style]) - 1
        and (style != "title" or _opens_with_a_movement(untitled[style][0]))  # a plain line: any title
    }
    return ({**found, **kept}, None) if kept else (found, title)


def _opens_with_a_movement(block: Block) -> bool:
    """The block's first paragraph moves and doses one exercise ("Pump your feet up and down.
    Repeat 10 times."), as an exercise's does, where a title's opens with a menu, a byline or an
    introduction ("Go gently …", "Do each of these 10 times")."""
    opening = body_text(block).strip().split("\n\n", 1)[0]
    return bool(MOVEMENT.match(opening) and has_dose(opening) and not _ABOUT_ALL.search(opening))


_ABOUT_ALL = re.compile(r"\b(?:these|each of|all of|every one|the following|below)\b", re.IGNORECASE)


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


def _dosed_names_over(best: list[Block], bold: list[Block]) -> list[Block]:
    """``bold`` over ``best`` when bold names give two or more dosed exercises more than ``best``
    has at all: a page's headings set as bold lines, under a short numbered list of advice ("1.
    Control swelling", "2. Mobility") that the stronger numbered reading would take instead."""
    named = [b for b in bold if not b.name.startswith("(") and not looks_like_label(b.name)]
    dosed = [b for b in named if has_dose(body_text(b))]
    return named if len(dosed) >= len(best) + 2 else best


def _bold_names_under_labels(best: list[Block], bold: list[Block]) -> list[Block]:
    """The bold names when every heading is a stage's label with one bold-named exercise under it
    ("### Progression 1:" over "**Front Plank (On Knees). 3 x 30 second holds.** Kneel …"; "Level
    2", "Week 3"): the label says when, the bold lead what."""
    if len(best) < 2 or not all(looks_like_label(b.name) for b in best):
        return best
    ends = [b.start for b in best[1:]] + [10**9]
    under = [[x for x in bold if b.start < x.start < end] for b, end in zip(best, ends, strict=True)]
    if not all(len(u) == 1 and not looks_like_label(u[0].name) for u in under):
        return best
    return [u[0] for u in under]


_HOLDING = {"hold", "rest", "repeat", "relax", "breathe", "stay", "pause"}  # how long, not what moves


def _moves(text: str) -> bool:
    """The text leads a sentence with a movement other than holding or resting ("Slide the
    heel …", not a dose sheet's "Hold Time during each repetition: 4-5 secs")."""
    return any(m.group(0).split()[-1].lower() not in _HOLDING for m in MOVEMENT.finditer(text))


def _subexercises(block: Block) -> list[Block]:
    """A block holding two or more bold-named exercises ("## Stretches" over "**Hamstring
    stretch**" and "**Calf stretch**"), or two or more dose-led lines ("10x Plié"), is those
    exercises; a group heading over undosed movements (``group_items``) is those movements."""
    if items := group_items(block):
        return items
    group = looks_like_group(block.name)  # "## Stretches": its items may be named in any style
    for style in _SUB_STYLES if group else _SUB_STYLES[:2]:
        subs = [b for b in Splitter(style, block.lines).run() if looks_like_exercise(b, strict=True)]
        if len(subs) >= 2:
            # "1. Heel slide" with its own steps, then "**2a. Hip abduction**", "**2b. …**": it stays
            lead = Block(block.name, block.lines[: subs[0].start], block.start)
            moves = looks_like_exercise(lead, strict=True) and _moves(body_text(lead))
            own = [lead] if moves and not group and not looks_like_label(block.name) else []
            for sub in subs:
                sub.start = block.start
            return own + subs
    return [block]


__all__ = ["Block", "Article", "split_article", "looks_like_exercise", "article_title", "shared_dose"]
