"""The article's title and the one exercise's name a title gives: a markdown title, a short first
line, or the title line nearest above the instructions, without a lead-in or a plan's day."""

from __future__ import annotations

import re

from .furniture import is_furniture_line, label_of, strip_markup
from .headings import DETECTORS, is_schedule_label
from .name_words import title_without_tail


def markdown_title(lines: list[str]) -> str | None:
    heads = [h for line in lines if (h := DETECTORS["markdown"](line))]
    tops = [h for h in heads if h.level == 1]
    return tops[0].name if len(tops) == 1 and heads and heads[0].level == 1 else None


def first_line_title(lines: list[str]) -> str | None:
    first = next((line.strip() for line in lines if line.strip()), "")
    if any(DETECTORS[style](first) for style in ("exercise", "step", "markdown", "numbered")):
        return None
    text = strip_markup(first).strip()
    if not text or len(text.split()) > 15 or text.endswith((".", ":")) or is_furniture_line(text):
        return None
    return text


# An aside about the exercise ("Why this exercise", "Form cues"), not its name
_ASIDE = re.compile(r"^(?:why|benefits?|form cues?|tips?|safety|precautions?)\b", re.IGNORECASE)
# A dose on its own line ("2 × 8 · warm-up", "3 sets of 10"): no name
_DOSE_LINE = re.compile(r"^\d+\s*(?:[x×]\s*\d+|sets?\b|reps?\b|times\b|seconds?\b|minutes?\b)", re.IGNORECASE)


def single_name(lines: list[str], title: str | None) -> tuple[str, int]:
    """The exercise's name: the article's markdown title, else the title line nearest above the
    first paragraph of instructions (not an aside such as "Why this exercise", nor a dose line)."""
    candidate, index = None, -1
    top = markdown_title(lines)
    for i, line in enumerate(lines):
        text = strip_markup(line).strip().lstrip("#").strip()
        if not text:
            continue
        if top is not None:
            if (head := DETECTORS["markdown"](line)) and head.name == top:
                candidate, index = text, i  # the raw text: a quoted name keeps its quotes
                break
            continue
        if text == title and len(text.split()) <= 15:  # "Wall Sit: A Simple Way To Build Leg Strength"
            candidate, index = text, i
            continue
        if (
            len(title_name(text).split()) >= 8  # "Are you sitting comfortably? Tip # 12 Eye exercise"
            or re.match(r"^\s*(?:[-*•]|\d+[.)])\s", line)
            or label_of(text)
            or text.endswith((".", "!", ",", ";"))
        ):
            if candidate is not None:
                break
            continue
        if not (
            is_furniture_line(text) or is_schedule_label(text) or _ASIDE.match(text) or _DOSE_LINE.match(text)
        ):
            candidate, index = text, i
    if candidate is None:
        return "", -1
    return title_name(candidate), index


def title_name(title: str) -> str:
    """The exercise's name in a title: without a question's words ("How to do a plank"), a
    lead-in exclamation ("Hey mum-to-be, time to exercise! Pelvic tilt"), a plan's day
    ("Day 44: Chair twists") or a media word ("Knee rolls exercise video"); a title's one quoted
    phrase is the name ("Idea 12: 'Crab Walk' PE game")."""
    name = re.sub(
        r"^(?:what (?:is|are)|how (?:to|do (?:i|you)) (?:do|perform|practi[cs]e)?)\s+(?:an?\s+|the\s+|your\s+)?",
        "",
        title,
        flags=re.IGNORECASE,
    )
    name = re.sub(r"\s*\((?:exercise|yoga|pose|stretch)\)\s*$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(?:[^!?]{2,60}[!?]\s+)+(?=\S)", "", name)
    quoted = re.findall(r"(?:^|\s)['‘\"“]([^'’\"”]{2,40})['’\"”](?=\s|$|[:,.])", name)
    if len(quoted) == 1 and len(quoted[0].split()) <= 6:  # "Idea 235: 'Line Jumping' Simple PE Activity"
        name = quoted[0]
    name = re.sub(r"\s+(?:exercises?\s+)?(?:videos?|video tutorial|demo)$", "", name, flags=re.IGNORECASE)
    labelled = re.match(r"^(.+?)\s*(?::|\s[–—-])\s*(\S.*)$", name)
    if labelled and is_schedule_label(labelled[1]):
        name = labelled[2]
    return title_without_tail(name.rstrip(" ?"))


def spoken_title(title: str | None) -> str | None:
    """A title said as the session's first words: a site's breadcrumb before it ("Stress Tools >
    Progressive Muscle Relaxation") is no part of it, and a site's menu ("Home  Services  About
    Blog  Contact", the first line of a pasted page) is none."""
    if not title:
        return title
    words = re.findall(r"[A-Za-z]+", title.lower())
    if len(words) >= 3 and sum(w in _MENU_WORDS for w in words) >= 0.75 * len(words):
        return None
    return re.split(r"\s[>»›]\s", title)[-1].strip()


_MENU_WORDS = set(
    """home services about us blog contact shop news faq faqs events login menu search team resources
    courses classes pricing book gallery careers store cart""".split()
)


__all__ = ["markdown_title", "first_line_title", "single_name", "title_name", "spoken_title"]
