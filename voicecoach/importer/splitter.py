"""One walk over an article's lines for one heading style, collecting exercise blocks: the
heading detectors applied in context (a title line needs sentences around it), furniture and
aspect headings ("How to do it") kept out of the names."""

from __future__ import annotations

import re
from functools import lru_cache

from .blocks import Block, body_text, has_dose, without_group_headings, without_outer_asides
from .bullets import lone_bullet
from .furniture import is_furniture_heading, is_furniture_line, label_of, strip_markup
from .headings import DETECTORS, Heading
from .lists import LIST_ITEM_START, is_question_paragraph
from .vocabulary import INSTRUCTION, MOVEMENT

STRICT = {"title", "colon", "short", "bold", "dash"}  # the weak styles: a block needs a movement
# A heading that names an aspect of the exercise above it ("How to do it"), not another exercise
ASPECT = re.compile(
    r"^(?:technique|instructions?|steps?|step[- ]by[- ]step(?: guide| instructions)?|method|procedure|form|"
    r"how to(?: (?:do|perform|progress|modify|make|get)(?: (?:it|this|the)(?: \w+)?)?(?: easier| harder)?)?|"
    r"execution|description|overview|exercise|the (?:exercise|technique|pose|move)|"
    r"(?:start(?:ing)?|finish(?:ing)?|end|set-?up) position)$",
    re.IGNORECASE,
)


def _ends_sentence(line: str) -> bool:
    text = strip_markup(line).strip()
    return (
        not text
        or is_furniture_line(line)  # "[figure]" under the exercise above
        or text.endswith((".", "!", "?", ":", ";", ")", "|"))
        or (text.isupper() and len(text.split()) <= 6)  # "HOME EXERCISES": a heading in capitals
        or bool(DETECTORS["markdown"](line) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s", line))
    )


def _continues_item(lines: list[str], i: int) -> bool:
    """An indented line right under a list item whose text runs on ("2. Bend the head … only as"
    / "   far as it stays pain free"): the item's wrapped text, never a title line."""
    line, before = lines[i], lines[i - 1] if i > 0 else ""
    return (
        line[:1].isspace()
        and bool(re.match(r"^\s*(?:[-*•]|\d+[.)])\s", before))
        and not strip_markup(before).strip().endswith((".", "!", "?", ":", ";"))
    )


def _under_title_line(lines: list[str], i: int, after: str) -> bool:
    """The line right under the article's first line (its title, "Stretching Exercises"), over an
    instruction ("Towel Stretch:" / "Sit on a firm surface …"): a name, blank lines lost."""
    first = not any(x.strip() for x in lines[: i - 1])
    return first and bool(INSTRUCTION.match(after)) and len(after.split()) >= 4  # a sentence, not a name


def _next_text(lines: list[str], i: int) -> str:
    return next((line.strip() for line in lines[i + 1 :] if line.strip()), "")


def _repeats_heading_above(lines: list[str], i: int) -> bool:
    """The line starts with the whole of the short line above it: a caption repeating a name."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    above = lines[j] if j >= 0 else ""
    words = " ".join(strip_markup(above).lower().split()).strip(" #*:")
    text = " ".join(strip_markup(lines[i]).split())
    caption = text.lower() == words or text[:1].islower()  # "Squat jumps" under "Squat" is a name
    return caption and 0 < len(words.split()) <= 7 and text.lower().startswith(words)


def _outer(lines: list[str], i: int) -> bool:
    """A short line right over another short line that is over its text ("Knee Strengthening:" /
    "Squats:" / "The easiest way …", headings with their marks lost): a section's heading over the
    exercise's, which names it."""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    text = lines[i + 2].strip() if i + 2 < len(lines) else ""
    return bool(
        after
        and len(text.split()) >= 6
        and DETECTORS["short"](lines[i])
        and DETECTORS["short"](lines[i + 1])
        and not DETECTORS["short"](lines[i + 2])
    )


def _under_outer(lines: list[str], i: int) -> bool:
    """The exercise's heading under a section's (``_outer``), the section's standing apart above."""
    return i >= 1 and (i == 1 or not lines[i - 2].strip()) and _outer(lines, i - 1)


def detect(style: str, lines: list[str], i: int) -> Heading | None:
    line = lines[i]
    if not line.strip():
        return None
    if style in ("short", "title") and not re.match(r"^\s*\d", line) and lone_bullet(lines, i):
        line = LIST_ITEM_START.sub("", line)
    if style == "short" and (
        (i > 0 and lines[i - 1].strip() and not _under_outer(lines, i)) or _outer(lines, i)
    ):
        return None
    if style in ("short", "title") and _repeats_heading_above(lines, i):
        return None  # "seated leg lifts, chair exercises" under "Seated Leg Lifts": an image's alt text
    if style == "title":
        # a title line with no blank line before it: the line before ends a sentence (or is the
        # article's first line, its title) and the line after starts one (a wrapped sentence never
        # does both)
        after = _next_text(lines, i)
        if (
            _continues_item(lines, i)
            or (i > 0 and not _ends_sentence(lines[i - 1]) and not _under_title_line(lines, i, after))
            or not re.match(r"^(?:[-*•]\s+|\d+[.)]\s+)?(?:[A-Z]|\([A-Za-z])", after)  # "(in rooted stance …)"
        ):
            return None
        return DETECTORS["short"](line)
    return DETECTORS[style](line)


def _section_break(lines: list[str], i: int) -> Heading | None:
    """A markdown heading or a furniture title line, whatever the style."""
    return _section_break_of(lines[i], i == 0 or not lines[i - 1].strip())


@lru_cache(maxsize=8192)  # pure, and asked again by the splitter of every heading style
def _section_break_of(line: str, blank_before: bool) -> Heading | None:
    md = DETECTORS["markdown"](line)
    if md:
        return md
    short = DETECTORS["short"](line) if blank_before else None
    return short if short and is_furniture_heading(line) else None


# A box among the exercises that names one more: "> **Pro tip: Hard contractions**"
_BOXED = re.compile(
    r"^\s*(?:>\s*)?\*\*(?:pro tip|tip|bonus(?: exercise| move)?|extra|challenge|try this)\s*:\s*"
    r"([A-Za-z][^*.!?:]{2,50})\*\*\s*$",
    re.IGNORECASE,
)


def _boxed_name(line: str) -> str:
    """The exercise a tip box names ("Hard contractions"), not an instruction ("Tip: Keep your back
    straight"): '' when there is none."""
    m = _BOXED.match(line)
    name = m.group(1).strip() if m else ""
    return name if name and len(name.split()) <= 5 and not INSTRUCTION.match(name) else ""


class Splitter:
    """Walks the lines once for one heading style, collecting blocks."""

    def __init__(self, style: str, lines: list[str]):
        self.style, self.lines = style, lines
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.furniture_level: int | None = None  # inside a furniture section

    def run(self) -> list[Block]:
        for i, line in enumerate(self.lines):
            self.index = i
            head = detect(self.style, self.lines, i)
            if self.style == "numbered" and head is not None and not head.name:
                if self._unnamed_sibling(
                    i, head
                ):  # "1. Turn your head … for one minute." / "2. Follow the dot"
                    self.current = Block("Exercise", [head.inline], i, unnamed=True)
                    self.blocks.append(self.current)
                    continue
                head = None  # "1. Stand tall." is a step, not a heading
            if head is not None and self.style != "markdown" and is_furniture_line(line):
                head = None  # "[Previous: Cat-cow](…)", a byline: page furniture, never a name
            if head is None and self.current is not None and (boxed := _boxed_name(line)):
                head = Heading(self.style, boxed, level=self.current.level)
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

    def _unnamed_sibling(self, i: int, head: Heading) -> bool:
        """A numbered item with no name that moves and doses on its own, numbered in one run with a
        named item next to it whose name is no instruction ("1. Turn your head left and right … for
        one minute." before "2. Follow the dot (10 times)"): an exercise with no name, not a step."""
        if head.number is None or not (MOVEMENT.match(head.inline) and has_dose(head.inline)):
            return False
        before = next((h for j in range(i - 1, -1, -1) if (h := detect("numbered", self.lines, j))), None)
        after = next(
            (h for j in range(i + 1, len(self.lines)) if (h := detect("numbered", self.lines, j))), None
        )
        return any(  # the list's items next to it, numbered one before and one after it
            sibling is not None
            and sibling.number == head.number + step
            and bool(sibling.name)
            and not INSTRUCTION.match(sibling.name)
            and not re.search(r"\b(?:your|you)\b|[,;]$", sibling.name)  # "With your mouth open,": a step
            for sibling, step in ((before, -1), (after, 1))
        )

    def _unnamed_paragraph(self, i: int) -> bool:
        """A paragraph between named exercises that starts with a movement and has a dose of its
        own, after an exercise that has one: an exercise with no name ("Roll the hips 3 times")."""
        if self.style not in STRICT or self.current is None or (i > 0 and self.lines[i - 1].strip()):
            return False
        end = next((j for j in range(i, len(self.lines)) if not self.lines[j].strip()), len(self.lines))
        paragraph = " ".join(self.lines[i:end])
        after = next((j for j in range(end, len(self.lines)) if self.lines[j].strip()), None)
        own = "\n".join(self.current.lines).strip()
        return bool(
            after is not None
            and detect(self.style, self.lines, after) is not None  # between two named exercises
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
        if (label_of(head.name + ":") or ("",))[0] == "timing" and self.current is not None:
            self.current.lines.append(f"{head.name}: {head.inline}".strip())  # "4. Dosage: 2 x 10"
            return
        if ASPECT.match(head.name) and self.current is not None:
            self.current.lines.append(head.name + ":")  # "**How to do this exercise**" under its name
            return
        self._open(head)

    def _section(self, head: Heading) -> None:
        label = label_of(head.name + ":")
        if (label or ASPECT.match(head.name)) and self.current is not None and self.furniture_level is None:
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


__all__ = ["STRICT", "ASPECT", "Splitter", "detect"]
