"""A workout is done from warm-up to cool-down: the timed warm-up and cool-down lines another
heading style found, kept before and after the exercises the winning style found between them."""

from __future__ import annotations

import re

from .blocks import Block, has_dose
from .furniture import strip_markup
from .vocabulary import HOW_OFTEN_WORDS, SESSION_PART

# A line that is only a dose ("5 Minutes", "30 to 40 seconds daily")
BARE_DOSE = re.compile(
    r"^(?:\d+(?:\s*(?:to|-|–)\s*\d+)?\s*(?:x\b|seconds?|secs?|minutes?|mins?|times|reps?|repetitions|sets?)"
    r"[\s,]*(?:daily|a day|each side|per side|on each side)?\W*)+$",
    re.IGNORECASE,
)


def with_session_parts(best: list[Block], found: dict[str, list[Block]], lines: list[str]) -> list[Block]:
    """The exercises with the warm-up before them and the cool-down after them that another style
    found ("Warm up: march for 3 minutes." above a list of "10 squats"), when their line gives their
    time and the exercises hold no session part: a workout is done from warm-up to cool-down."""
    if not best or any(SESSION_PART.match(b.name) for b in best):
        return best
    parts = {
        b.start: b
        for blocks in found.values()
        for b in blocks
        if SESSION_PART.match(b.name)
        and (
            has_dose(lines[b.start]) or _timed_below(b)
        )  # its time on its line: "Cool down: walk for 2 minutes."
        and (b.start < best[0].start or b.start > best[-1].start)
    }
    taken = {lines[i].strip() for i in parts} | {
        x.strip() for p in parts.values() for x in p.lines if x.strip()
    }
    for block in best:  # the cool-down's line is not the last exercise's text
        block.lines = [x for x in block.lines if x.strip() not in taken]
    for part in parts.values():
        _named_below(part)
    return sorted([*best, *parts.values()], key=lambda b: b.start)


def _timed_below(part: Block) -> bool:
    """ "Cool Down" / "5 Minutes" (a copy's lines, blank lines lost), or "**Cooldown**" / "5-10 min
    of static stretching …": a session part's time on the line under it."""
    below = strip_markup(next((line for line in part.lines if line.strip()), "")).strip()
    return bool(BARE_DOSE.match(below) or _TIME_LED.match(below))


# "5-10 min of static stretching of the major muscle groups", "10 minutes easy walking": a time,
# then what is done for it
_TIME_LED = re.compile(
    r"^\d+(?:\s*(?:to|-|–)\s*\d+)?\s*(?:minutes?|mins?|seconds?|secs?)\.?\s+(?:of\s+)?"
    r"((?:an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s+(?:of|for|to|with|on|in|at|and|or|round|around|across|along|up|down|the|your)\b|\s*[(,.;:]|\s*$)",
    re.IGNORECASE,
)


def _named_below(part: Block) -> None:
    """ "Cool Down" / "5 Minutes" / "Static Stretching": what the part is, under its time, names it."""
    below = [line.strip() for line in part.lines if line.strip()][:2]
    if below and (led := _TIME_LED.match(strip_markup(below[0]))):  # "5-10 min of static stretching"
        part.name = led.group(1)[:1].upper() + led.group(1)[1:]
        return
    if len(below) == 2 and _timed_below(part) and re.fullmatch(r"[A-Z][A-Za-z' -]{2,40}", below[1]):
        part.name = below[1] if len(below[1].split()) <= 4 else part.name


# "5 minutes easy jog, then:", "Start with 5 minutes of easy jogging", "Warm up with a 5-minute jog",
# "First, jog easily for 5 minutes": a timed warm-up activity said before the listed drills
_ACTIVITY = r"(?:(easy|light|gentle|slow|steady|brisk)\s+)?(jog(?:ging)?|run(?:ning)?|walk(?:ing)?|march(?:ing)?|skipping|cycling|rowing)\b"
_LEAD_IN_ACTIVITY = re.compile(
    rf"(?:\b\d+(?:\s*(?:to|-|–)\s*\d+)?[\s-]*(?:minutes?|mins?)\b\s*(?:of\s+)?(?:an?\s+)?{_ACTIVITY}|"
    rf"\b(?:an?\s+)?(?:(easy|light|gentle|slow|steady|brisk)\s+)?\d+[\s-]*(?:minutes?|mins?)\s+{_ACTIVITY}|"
    rf"^\W*(?:first,?\s+|start\s+by\s+|begin\s+by\s+)?{_ACTIVITY}\s+(?:(easily|gently|lightly|slowly)\s+)?for\s+\d+\s*(?:minutes?|mins?)\b)",
    re.IGNORECASE,
)


# The activity leads into the drills: "…, then:", "Start with …", "Begin with …", "First, …", "to warm up"
_LEADS_ON = re.compile(r"\b(?:then|start|begin|first|warm(?:ing)?[- ]?up|before)\b|:\s*$", re.IGNORECASE)
_AFTER = re.compile(r"\bafter\s+\d", re.IGNORECASE)  # "after 10 minutes" reads as a time point, not a length


def with_lead_in_activity(best: list[Block], lines: list[str]) -> list[Block]:
    """The drills with the timed warm-up activity their introduction opens with ("5 minutes easy
    jog, then:") before them, named by the activity ("Easy jog"), when no exercise is one already."""
    if (
        len(best) < 2
        or any(SESSION_PART.match(b.name) for b in best)
        or re.fullmatch(_ACTIVITY, best[0].name.strip(), re.I)
    ):  # an activity after the drills ("Finish with 10 minutes easy running") is the cool-down
        return best
    for i, line in enumerate(lines[: best[0].start]):
        text = strip_markup(line).strip()
        if text.startswith("#") or not (m := _LEAD_IN_ACTIVITY.search(text)):
            continue
        manner = next((g for g in (m.group(1), m.group(3), m.group(6), m.group(8)) if g), "")
        noun = next(g for g in (m.group(2), m.group(4), m.group(5), m.group(7)) if g)
        manner = {"easily": "easy", "gently": "gentle", "lightly": "light", "slowly": "slow"}.get(
            manner.lower(), manner
        )
        name = f"{manner} {noun}".strip().lower()
        sentence = next(s for s in re.split(r"(?<=[.!?:])\s+", text) if m.group(0) in s)
        if (
            HOW_OFTEN_WORDS.search(sentence)
            or not _LEADS_ON.search(sentence)
            or sentence.rstrip().endswith("?")
        ):
            continue  # "Aim for a 30-minute walk every day": advice; "Do you warm up with …?": a question
        said = (
            sentence if not _AFTER.search(sentence) else f"{m.group(0).strip()}."
        )  # "After 10 mins of …, do"
        return [Block(name[:1].upper() + name[1:], [said], i), *best]
    return best


__all__ = ["BARE_DOSE", "with_lead_in_activity", "with_session_parts"]
