"""Unnamed exercises whose only boundaries are their doses: a block that holds several exercises
(``several.several_exercises``) with no name between them, each exercise's steps ending where its
dose closes them ("… Repeat 10 times." then "With the upper arm relaxed, …"), as bullets, as
paragraphs, or as the lines of a copy that lost its blank lines."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import is_furniture_line, strip_markup
from .numbers import normalize
from .several import several_exercises
from .vocabulary import FREQUENCY, INSTRUCTION

# a count, not a time: "10 times", "Reps 10-15x", "x 12"
_COUNT = re.compile(r"\b\d+\s*(?:times|reps?|repetitions|x)\b|\breps?\s*:?\s*\d|(?<!\w)[x×]\s*\d", re.I)
_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+\S")
# A unit that only doses or times what came before ("Repeat 10 times, hourly.", "Repeat hourly.",
# "Hold for 5 seconds, then relax.", "Do this 3 times a day."): the end of that exercise
_DOSE_ONLY = re.compile(
    r"^\W*(?:then\s+)?(?:repeat|hold|rest|relax|do\s+(?:this|it|these)|perform|complete|aim\s+for)\b", re.I
)
# A step that goes on with the one before ("Then lower …", "Return to the start", "Slowly release"):
# never the first step of the next exercise
_GOES_ON = re.compile(
    r"^\W*(?:then|now|next|and|again|afterwards|finally|return|come back|lower|release|relax|slowly\s+"
    r"(?:lower|return|release|relax)|keep\s+(?:going|repeating)|continue|switch|change)\b",
    re.I,
)

# A unit that does the same exercise again in another position ("Reaching behind your head, do the
# exercise again 3-5 times"): a way of the one before, never the next exercise
_AGAIN = re.compile(
    r"\b(?:do|repeat|perform)\s+(?:the|this|that)\s+(?:same\s+)?(?:exercise|stretch|movement)\s+again\b|"
    r"\b(?:do|repeat|perform)\s+the\s+same\s+(?:exercise|stretch|movement)\b",  # not "Repeat the exercise 10 times"
    re.I,
)


def _units(lines: list[str]) -> list[str]:
    """The block's text as the units its writer parted it into: the items of its list (each with
    its wrapped lines) when it has three or more, else its paragraphs, else its lines."""
    units: list[list[str]] = [[]]
    for line in lines:
        if _ITEM.match(line) or (line.strip() and not units[-1]):
            units.append([line])  # an item, or a line of its own ("Inversion:" over the next items)
        elif line.strip():
            units[-1].append(line)  # an item's wrapped line, or the dose under it
        else:
            units.append([])
    units = [u for u in units if u]
    first = next((n for n, u in enumerate(units) if _ITEM.match(u[0])), len(units))
    if sum(bool(_ITEM.match(u[0])) for u in units) >= 3:  # before the list, only a label over it
        kept = [u for n, u in enumerate(units) if n >= first or _LABEL.match(strip_markup(u[0]))]
        return [_joined(unit) for unit in kept]
    paragraphs = [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]
    if len(paragraphs) >= 2:
        return [" ".join(p.split("\n")) for p in paragraphs]
    return [line.strip() for line in lines if line.strip()]


def _joined(parts: list[str]) -> str:
    """An item's lines as one: a wrapped line goes on its sentence, a line of its own under it that
    opens with a capital ("Sets: 3 Reps 10-15x") starts a sentence."""
    out = parts[0].strip()
    for part in parts[1:]:
        part = part.strip()
        out += (". " if part[:1].isupper() and not re.search(r"[.!?:;,]$", out) else " ") + part
    return out


def _without_frequency(text: str) -> str:
    return re.sub(FREQUENCY, " ", normalize(strip_markup(text)), flags=re.I)


def _closes(unit: str) -> bool:
    """The unit gives a dose (a count or a time), a frequency alone being none."""
    return has_dose(_without_frequency(unit))


def dose_closed_groups(block: Block) -> list[Block]:
    """The block's exercises, each the units up to and including the one that doses it (with any
    dose-only unit after it), when there are three or more and each moves (two may be one
    exercise's two parts: "Arm stretches" up, then out); else []. Units after the
    last dose that dose nothing (a closing remark, advice) are left out."""
    groups: list[list[str]] = []
    closed = True
    for unit in _units(block.lines):
        if is_furniture_line(unit):
            continue
        plain = strip_markup(unit)
        if closed and groups and (_DOSE_ONLY.match(plain) or _GOES_ON.match(plain) or _AGAIN.search(plain)):
            groups[-1].append(unit)
            continue
        if closed:
            groups.append([])
        groups[-1].append(unit)
        closed = _closes(unit)
    if groups and not _closes(" ".join(groups[-1])):
        groups.pop()
    if len(groups) < 3 or not all(INSTRUCTION.search(strip_markup("\n".join(g))) for g in groups):
        return []
    counted = sum(bool(_COUNT.search(_without_frequency(" ".join(g)))) for g in groups)
    if counted < 2 and not several_exercises(strip_markup("\n".join(block.lines))):
        return []  # one exercise's timed steps ("After 1 minute, change direction"), a breath's phases
    return [_named(group, block) for group in groups]


# "Inversion:", "Plantarflexion:-": a label line that names the items under it
_LABEL = re.compile(r"^\W*([A-Z][\w'’ /-]{2,40}?)\s*:-?\s*$")


def _named(group: list[str], block: Block) -> Block:
    label = _LABEL.match(strip_markup(group[0]))
    if label and len(group) > 1:
        return Block(label.group(1), group[1:], block.start, block.section, block.level)
    return Block("Exercise", group, block.start, block.section, block.level, unnamed=True)


def _dose_only(block: Block) -> bool:
    text = strip_markup(" ".join(block.lines)).strip(" -*•")
    return bool(_DOSE_ONLY.match(text)) and _closes(text) and len(re.findall(r"[.!?](?:\s|$)", text)) <= 1


def regrouped(blocks: list[Block]) -> list[Block]:
    """The exercises, with a list of unnamed items read one exercise an item regrouped where some
    items only dose the ones before ("- Bend and straighten the elbow." / "- Repeat 15 times.")."""
    unnamed = all(b.unnamed or re.fullmatch(r"Exercise(?: \d+)?", b.name) for b in blocks)
    if len(blocks) < 3 or not unnamed or not any(map(_dose_only, blocks)):
        return [group for block in blocks for group in (dose_closed_groups(block) or [block])]
    items = [f"- {' '.join(line.strip() for line in b.lines if line.strip())}" for b in blocks]
    whole = Block("Exercise", items, blocks[0].start, blocks[0].section, blocks[0].level, unnamed=True)
    return dose_closed_groups(whole) or blocks


__all__ = ["dose_closed_groups", "regrouped"]
