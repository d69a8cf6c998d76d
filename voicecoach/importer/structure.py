"""Split an article into exercise blocks, leaving page furniture out.

Every heading style is tried; the one that finds the most exercise-like blocks
wins (strong styles first, the noisy ones only when nothing else works).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import is_furniture_heading, is_furniture_line, label_of, strip_markup
from .headings import DETECTORS, STRONG_STYLES, WEAK_STYLES, Heading

_INSTRUCTION = re.compile(
    r"(?:^|[.!?,:;]\s+|\n)\s*(?:[-*•]\s+|\d+[.)]\s+)?(?:slowly |gently |now |then )?"
    r"(?:stand|sit|lie|lay|place|put|hold|lift|raise|lower|bend|keep|push|pull|walk|step|breathe|"
    r"inhale|exhale|press|rotate|stretch|reach|squeeze|rest|start|begin|bring|cross|face|lean|roll|"
    r"curl|spread|pick|drop|flex|point|tap|turn|twist|kneel|squat|balance|repeat|do|perform|move|"
    r"slide|extend|draw|engage|tighten|relax|march|jump|hop|rise|write|trace|grab|wrap|loop|open|"
    r"close|return|switch|alternate|shift|sink|tuck|arch|drive|swing|circle|stay|try|use|get|"
    r"come|let|count|focus|shake|massage|sweep|pause|stretch|clench|spell|scrunch|flatten|"
    r"pretend|imagine|find|set|take|position|stack|plant|hinge|brace|round|fold|open|relax)\b",
    re.IGNORECASE)
_TIMING = re.compile(r"\b(?:hold|repeat|reps?|repetitions|sets?|seconds?|minutes?|times|"
                     r"each (?:side|leg|foot|arm)|per side)\b", re.IGNORECASE)


@dataclass
class Block:
    """One exercise's heading and the raw lines under it."""

    name: str
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Article:
    title: str | None
    blocks: list[Block]


def looks_like_exercise(block: Block) -> bool:
    """A named block whose text gives an instruction or a timing."""
    if not block.name or is_furniture_heading(block.name):
        return False
    body = "\n".join(_unlabelled(line) for line in block.lines
                     if (label_of(line) or ("",))[0] not in ("what", "drop"))
    return bool(_INSTRUCTION.search(body) or _TIMING.search(body))


def _unlabelled(line: str) -> str:
    label = label_of(line)
    return strip_markup(label[2] if label and label[0] != "timing" else line)


def _detect(style: str, lines: list[str], i: int) -> Heading | None:
    line = lines[i]
    if not line.strip():
        return None
    if style == "short" and i > 0 and lines[i - 1].strip():
        return None
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
        self.furniture_level: int | None = None     # inside a furniture section

    def run(self) -> list[Block]:
        for i, line in enumerate(self.lines):
            head = _detect(self.style, self.lines, i)
            if self.style == "numbered" and head is not None and not head.name:
                head = None                          # "1. Stand tall." is a step, not a heading
            if head is not None:
                self._heading(head)
            elif (brk := _section_break(self.lines, i)) is not None:
                self._section(brk)
            elif self.current is not None and not is_furniture_line(line):
                self.current.lines.append(line)
        return self.blocks

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
        if label and self.current is not None and self.furniture_level is None:
            self.current.lines.append(head.name + ":")       # "#### How to do it"
            return
        if is_furniture_heading(head.name):
            self.current, self.furniture_level = None, head.level
            return
        if self.furniture_level is not None and head.level > self.furniture_level > 0:
            return                                            # sub-heading inside furniture
        self.furniture_level = None
        if self.style == "markdown":
            self._open(head)
        else:
            self.current = None                               # "## Cool-down": block ends

    def _open(self, head: Heading) -> None:
        self.current = Block(head.name, [head.inline] if head.inline else [])
        self.current.level = head.level  # type: ignore[attr-defined]
        self.blocks.append(self.current)


def _numbering_restarts(lines: list[str]) -> bool:
    numbers = [h.number for i in range(len(lines))
               if (h := _detect("numbered", lines, i)) is not None and h.name]
    return any(b <= a for a, b in zip(numbers, numbers[1:]))


def _markdown_title(lines: list[str]) -> str | None:
    heads = [h for line in lines if (h := DETECTORS["markdown"](line))]
    tops = [h for h in heads if h.level == 1]
    return tops[0].name if len(tops) == 1 and heads and heads[0].level == 1 else None


def _first_line_title(lines: list[str]) -> str | None:
    first = next((line.strip() for line in lines if line.strip()), "")
    if any(DETECTORS[style](first) for style in ("exercise", "step", "markdown", "numbered")):
        return None
    text = strip_markup(first).strip()
    if not text or len(text.split()) > 15 or text.endswith((".", ":")) or is_furniture_line(text):
        return None
    return text


def _candidates(lines: list[str], title: str | None) -> dict[str, list[Block]]:
    found = {}
    for style in STRONG_STYLES + WEAK_STYLES:
        blocks = [b for b in _Splitter(style, lines).run() if looks_like_exercise(b)]
        if title and blocks and blocks[0].name == title and getattr(blocks[0], "level", 0) == 1:
            blocks = blocks[1:]
        found[style] = blocks
    return found


def split_article(text: str) -> Article:
    """The article's title (None if it has none) and its exercise blocks, in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = _markdown_title(lines) or _first_line_title(lines)
    found = _candidates(lines, title)
    strong = [s for s in STRONG_STYLES if not (s == "numbered" and _numbering_restarts(lines))]
    tiers = [strong, STRONG_STYLES + ("bold", "dash"), STRONG_STYLES + WEAK_STYLES]
    best: list[Block] = []
    for tier in tiers:
        best = max((found[s] for s in tier), key=len)       # max keeps the first on ties
        if len(best) >= 2:
            break
    if title and best and best[0].name == title:
        best = best[1:]
    return Article(title, best)


__all__ = ["Block", "Article", "split_article", "looks_like_exercise"]
