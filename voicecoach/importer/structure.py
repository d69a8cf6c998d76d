"""Split an article into exercise blocks, leaving page furniture out.

Every heading style is tried; the one that finds the most exercise-like blocks
wins (strong styles first, the noisy ones only when nothing else works).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .blocks import (
    PHASE_NAME,
    Block,
    body_text,
    has_dose,
    is_routine_advice,
    looks_like_exercise,
    name_from_first_line,
    number_unnamed,
    without_group_headings,
    without_outer_asides,
    without_undosed_labels,
)
from .confidence import looks_like_group, looks_like_label
from .furniture import is_furniture_heading, is_furniture_line, label_of, strip_markup
from .headings import DETECTORS, STRONG_STYLES, WEAK_STYLES, Heading
from .lists import (
    LIST_ITEM_START,
    bullets_numbered,
    dosed_paragraphs,
    inline_names,
    is_question_paragraph,
    lone_bullet,
    name_list,
    steps_of_one,
    unnamed,
)
from .sections import leaf_sections
from .shared import lift_shared, shared_dose, shared_from
from .titles import first_line_title, markdown_title, single_name, title_name
from .vocabulary import MOVEMENT


@dataclass(frozen=True)
class Article:
    """The title, the exercise blocks, the introduction's shared dose ("For each exercise, do 3
    sets of 10") and notes on how the layout was read (reported as assumptions)."""

    title: str | None
    blocks: list[Block]
    shared: str = ""
    notes: tuple[str, ...] = ()


def _ends_sentence(line: str) -> bool:
    text = strip_markup(line).strip()
    return (
        not text
        or text.endswith((".", "!", "?", ":", ";", ")", "|"))
        or bool(DETECTORS["markdown"](line) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s", line))
    )


def _next_text(lines: list[str], i: int) -> str:
    return next((line.strip() for line in lines[i + 1 :] if line.strip()), "")


def _detect(style: str, lines: list[str], i: int) -> Heading | None:
    line = lines[i]
    if not line.strip():
        return None
    if style in ("short", "title") and not re.match(r"^\s*\d", line) and lone_bullet(lines, i):
        line = LIST_ITEM_START.sub("", line)
    if style == "short" and i > 0 and lines[i - 1].strip():
        return None
    if style == "title":
        # a title line with no blank line before it: the line before ends a sentence and the
        # line after starts one (a wrapped sentence never does both)
        after = _next_text(lines, i)
        if (i > 0 and not _ends_sentence(lines[i - 1])) or not re.match(
            r"^(?:[-*•]\s+|\d+[.)]\s+)?[A-Z]", after
        ):
            return None
        return DETECTORS["short"](line)
    return DETECTORS[style](line)


def _section_break(lines: list[str], i: int) -> Heading | None:
    """A markdown heading or a furniture title line, whatever the style."""
    md = DETECTORS["markdown"](lines[i])
    if md:
        return md
    blank_before = i == 0 or not lines[i - 1].strip()
    short = DETECTORS["short"](lines[i]) if blank_before else None
    return short if short and is_furniture_heading(lines[i]) else None


class _Splitter:
    """Walks the lines once for one heading style, collecting blocks."""

    def __init__(self, style: str, lines: list[str]):
        self.style, self.lines = style, lines
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.furniture_level: int | None = None  # inside a furniture section

    def run(self) -> list[Block]:
        for i, line in enumerate(self.lines):
            self.index = i
            head = _detect(self.style, self.lines, i)
            if self.style == "numbered" and head is not None and not head.name:
                head = None  # "1. Stand tall." is a step, not a heading
            if head is not None and self.style != "markdown" and is_furniture_line(line):
                head = None  # "[Previous: Cat-cow](…)", a byline: page furniture, never a name
            if head is not None:
                self._heading(head)
            elif (brk := _section_break(self.lines, i)) is not None:
                self._section(brk)
            elif is_question_paragraph(line):
                self.current = None  # a Q&A paragraph ends the exercise
            elif self._unnamed_paragraph(i):
                self.current = Block("Exercise", [line], i, unnamed=True)
                self.blocks.append(self.current)
            elif self.current is not None and not is_furniture_line(line):
                self.current.lines.append(line)
        return (
            self.blocks
            if self.style != "markdown"
            else without_outer_asides(without_group_headings(self.blocks))
        )

    def _unnamed_paragraph(self, i: int) -> bool:
        """A paragraph between named exercises that starts with a movement and has a dose of its
        own, after an exercise that has one: an exercise with no name ("Roll the hips 3 times")."""
        if self.style not in _WEAK or self.current is None or (i > 0 and self.lines[i - 1].strip()):
            return False
        end = next((j for j in range(i, len(self.lines)) if not self.lines[j].strip()), len(self.lines))
        paragraph = " ".join(self.lines[i:end])
        after = next((j for j in range(end, len(self.lines)) if self.lines[j].strip()), None)
        own = "\n".join(self.current.lines).strip()
        return bool(
            after is not None
            and _detect(self.style, self.lines, after) is not None  # between two named exercises
            and "\n\n" not in own  # the exercise before is one paragraph
            and MOVEMENT.match(paragraph)
            and has_dose(paragraph)
            and has_dose(body_text(self.current))
        )

    def _heading(self, head: Heading) -> None:
        if self.style == "markdown":
            return self._section(head)
        if is_furniture_heading(head.name):
            self.current, self.furniture_level = None, 0
            return
        self.furniture_level = None
        self._open(head)

    def _section(self, head: Heading) -> None:
        label = label_of(head.name + ":")
        if (label or _ASPECT.match(head.name)) and self.current is not None and self.furniture_level is None:
            self.current.lines.append(head.name + ":")  # "#### How to do it"
            return
        if is_furniture_heading(head.name) and head.level != 1:  # "# Self-care tips: …" titles the page
            self.current, self.furniture_level = None, head.level
            return
        if self.furniture_level is not None and head.level > self.furniture_level > 0:
            return  # sub-heading inside furniture
        self.furniture_level = None
        if self.style == "markdown":
            self._open(head)
        else:
            self.current = None  # "## Cool-down": block ends

    def _open(self, head: Heading) -> None:
        self.current = Block(head.name, [head.inline] if head.inline else [], self.index, level=head.level)
        self.blocks.append(self.current)


def _numbering_restarts(lines: list[str]) -> bool:
    """The numbered items' numbers go back, other than at a new section's heading (a list per
    section, "Upper body: 1-4, Lower body: 1-4", is still one exercise per item)."""
    items = [
        (i, h.number)
        for i in range(len(lines))
        if (h := _detect("numbered", lines, i)) is not None and h.name and h.number is not None
    ]
    return any(
        b <= a and not any(DETECTORS["markdown"](line) for line in lines[i + 1 : j])
        for (i, a), (j, b) in pairwise(items)
    )


def _line_text(line: str) -> str:
    return strip_markup(line).strip().lstrip("#").strip()


_STRICT = {"title", "colon", "short", "bold", "dash"}
_WEAK = _STRICT


def _candidates(lines: list[str], title: str | None) -> dict[str, list[Block]]:
    found = {}
    for style in STRONG_STYLES + WEAK_STYLES + ("colon", "dosed", "title"):
        strict = style in _STRICT
        blocks = [b for b in _Splitter(style, lines).run() if looks_like_exercise(b, strict)]
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
    found["bulleted-unnamed"] = [] if numbered is None else _mostly_dosed(unnamed(numbered))
    found["list"] = name_list(lines)
    found["inline"] = inline_names(lines)
    found["sections"] = [
        Block(name, body, i)
        for name, body, i in leaf_sections(lines)
        if not body or looks_like_exercise(Block(name, body, i))
    ]
    return found


def _bulleted(lines: list[str], title: str | None) -> list[Block]:
    blocks = [b for b in _Splitter("numbered", lines).run() if looks_like_exercise(b, True)]
    return blocks[1:] if title and blocks and blocks[0].name == title else blocks


def _mostly_dosed(blocks: list[Block]) -> list[Block]:
    """Unnamed bulleted items as exercises only where at least two in three give a dose: bullets
    with few doses are the steps of one exercise ("- Let the tummy go soft" … "- Do 10 of these")."""
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
        STRONG_STYLES + ("bold", "dash", "colon", "dosed", "sections"),
        STRONG_STYLES
        + ("bold", "dash", "colon", "dosed")
        + WEAK_STYLES
        + ("title", "list", "unnamed", "inline", "bulleted", "bulleted-unnamed"),
    ]
    best: list[Block] = []
    for tier in tiers:
        best = max((found[s] for s in tier), key=len)  # max keeps the first on ties
        if len(best) >= 2:
            break
    if title and best and best[0].name == title:
        best = best[1:]
    if len(best) >= 3 and all(re.fullmatch(r"Step \d+", b.name) for b in best):
        best = []  # "Step 1: Kneel … Step 3: Hold for 5 seconds": steps with no names are one exercise's
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
    notes: list[str] = []
    phases = [b for b in best if PHASE_NAME.match(b.name.strip())]
    if len(best) <= 1 or len(phases) >= 2:
        single = _single_exercise(lines, title)
        if single is not None and (not best or len(phases) >= 2 or not _has_own_heading(best[0], lines)):
            if len(phases) >= 2:
                notes.append(f"the steps {', '.join(b.name for b in phases)} are phases of one exercise")
            else:
                notes.append("no exercise headings: the whole article read as one exercise")
            best = dosed_paragraphs(single) or [single]
    best = without_undosed_labels([sub for block in best for sub in _subexercises(block)])
    best = [b for b in best if not is_routine_advice(b)] or best
    for block in best:
        name_from_first_line(block)
    number_unnamed(best)
    if len(best) == 1 and title and (looks_like_label(best[0].name) or _ASPECT.match(best[0].name)):
        best[0].name = title_name(title)  # "## Video Tutorial", "## How to perform" over its steps
    first = best[0].start if best else len(lines)
    lifted = lift_shared(best)
    shared = " ".join(filter(None, (shared_from(lines, first, best), lifted)))
    return Article(title, best, shared, tuple(notes))


_SUB_STYLES = ("bold", "dosed", "numbered", "colon", "dash", "short")


def _subexercises(block: Block) -> list[Block]:
    """A block holding two or more bold-named exercises ("## Stretches" over "**Hamstring
    stretch**" and "**Calf stretch**"), or two or more dose-led lines ("10x Plié"), is those
    exercises."""
    group = looks_like_group(block.name)  # "## Stretches": its items may be named in any style
    for style in _SUB_STYLES if group else _SUB_STYLES[:2]:
        subs = [b for b in _Splitter(style, block.lines).run() if looks_like_exercise(b, strict=True)]
        if len(subs) >= 2:
            for sub in subs:
                sub.start = block.start
            return subs
    return [block]


def _has_own_heading(block: Block, lines: list[str]) -> bool:
    return block.start > 0 or block.name != (first_line_title(lines) or "")


_ASPECT = re.compile(
    r"^(?:technique|instructions?|steps?|method|procedure|form|"
    r"how to(?: (?:do|perform|progress|modify|make|get)(?: (?:it|this|the)(?: \w+)?)?(?: easier| harder)?)?|"
    r"execution|description|overview|the (?:exercise|technique|pose|move))$",
    re.IGNORECASE,
)


def _single_exercise(lines: list[str], title: str | None) -> Block | None:
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
            elif not _ASPECT.match(md.name):
                body.append(md.name + ":") if label_of(md.name + ":") else None
            continue
        if skipping is not None or is_question_paragraph(line) or is_furniture_line(line):
            continue
        body.append(line)
    block = Block(name, body, start)
    return block if looks_like_exercise(block) else None


__all__ = ["Block", "Article", "split_article", "looks_like_exercise", "article_title", "shared_dose"]
