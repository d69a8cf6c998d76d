"""The article's title and the one exercise's name a title gives: a markdown title, a short first
line, or the title line nearest above the instructions, without a lead-in or a plan's day."""

from __future__ import annotations

import re

from .furniture import is_furniture_line, is_page_furniture, label_of, strip_markup
from .headings import DETECTORS, is_schedule_label
from .leftovers import said_ranges
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


def spoken_title(title: str | None, text: str = "") -> str | None:
    """A title said as the session's first words: a site's breadcrumb before it ("Stress Tools >
    Progressive Muscle Relaxation") is no part of it, and a site's menu ("Home  Services  About
    Blog  Contact", the first line of a pasted page) is none.  A site's header taken for the title
    (the page's first line over its menu, "Clinic Name | Home  About", or a domain, "MyPain.ca")
    gives way to the first title line after the menus in ``text``; a bar between a title's parts
    is said as a colon."""
    if not title:
        return title
    if _is_menu(title):
        return None
    if _page_meta(title):
        title = _title_after_meta(title, text) or title
    elif _site_header(title, text) or _name_and_menu(title) or _menu_item_above(title, text):
        title = _title_after_menus(title, text) or title
    title = re.split(r"\s[>»›]\s", title)[-1].strip()
    return said_ranges(_title_case(re.sub(r"\s+\|\s+", ": ", title)))  # "5 leg exercises | pregnancy workout"


def _title_case(title: str) -> str:
    """A capital first letter; a title in capitals in title case, as a voice may spell out capitals
    ("KNEE REPLACEMENT PROGRAMME"), an acronym kept ("XBX CHART I": "XBX Chart I")."""
    letters = re.sub(r"[^A-Za-z]", "", title)
    if len(letters) >= 3 and letters.isupper():
        title = " ".join(w if not re.search(r"[AEIOU]", w[1:]) else w.capitalize() for w in title.split(" "))
    title = re.sub(r"#\s?(?=\d)", "", title)  # "Circuit #1": a voice says "hash one"
    return title[:1].upper() + title[1:]


def _is_menu(line: str) -> bool:
    words = re.findall(r"[A-Za-z]+", line.lower())
    return len(words) >= 3 and sum(w in _MENU_WORDS for w in words) >= 0.75 * len(words)


def _after_title(title: str, text: str) -> list[str] | None:
    """The page's lines after ``title`` when it is the page's first line (skip links and such
    whole-line furniture above it aside), else None."""
    lines = [strip_markup(line).strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if line == title:
            return lines[i + 1 :]
        if not is_page_furniture(line):
            return None
    return None


def _is_links(line: str) -> bool:
    """A row of a site's links: its menu ("Home | WOD | Contact", "Home   About   Blog"), a
    breadcrumb ("Home / Local resources / Exercises")."""
    pieces = [p for p in re.split(r"\s*\|\s*| {2,}|\s[>»›/]\s", line) if p.strip()]
    if re.search(r"\d\s*(?:sets?|reps?|secs?|seconds?|mins?|minutes?|times)\b", line, re.IGNORECASE):
        return False  # "1 Set / 5 Reps / 10 sec duration": a dose line
    return _is_menu(line) or (len(pieces) >= 3 and all(len(p.split()) <= 5 for p in pieces))


# A post's date or byline over its title: "August 22, 2011", "October 25, 2016 by Sarah | Leave a comment"
_POST_META = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|"
    r"^(?:posted\b|by\b|search\b|tags?:|categor(?:y|ies):|filed under\b)|\bleave a (?:comment|reply)\b",
    re.IGNORECASE,
)


def _name_and_menu(title: str) -> bool:
    """A pasted page's first line: the site's name and its menu on one line ("SP Members Only
    Videos   Workouts   Account   Log out")."""
    if re.search(r"\s[>»›/]\s", title):
        return False  # a breadcrumb, whose last step is the title
    return len([p for p in re.split(r" {2,}|\t", title) if p.strip()]) >= 4 and _is_links(title)


def _site_header(title: str, text: str) -> bool:
    """The title is the page's first line and a site's header: a domain ("MyPain.ca"), a bar
    before a menu ("S4 Blog | Home  Wellness  About"), or a line right over the site's menu."""
    after = _after_title(title, text)
    if not after or text.lstrip().startswith("#"):
        return False  # an author's heading is no site's header
    if re.search(r"\w\.(?:com|org|net|ca|co\.uk|org\.uk|com\.au|info)$", title, re.IGNORECASE):
        return True
    pieces = re.split(r"\s+\|\s+", title)
    return (len(pieces) == 2 and _is_links(pieces[1])) or _is_links(after[0])


def _title_after_menus(title: str, text: str) -> str | None:
    """The page's own title: the first short line after its header and the menus, breadcrumbs,
    dates and bylines under it ("Blog", a menu's word, is a section, no title)."""
    for line in (_after_title(title, text) or [])[:8]:
        if _is_links(line) or _POST_META.search(line) or line.lower() in _MENU_WORDS:
            continue
        if len(line.split()) <= 16 and not line.endswith((".", ":", ",", ";")):  # a news headline's length
            return line
        return None
    return None


def _menu_item_above(title: str, text: str) -> bool:
    """``title`` only repeats an item of the menu right above it and a headline follows it: the
    section a news page files the article under ("Zee News | India | Health" over "Health" over
    the headline). A menu's item over a short heading or a paragraph is the page's own title
    ("Exercises" over "Relaxed Jaw Position"), as is a breadcrumb's last item."""
    lines = [strip_markup(line).strip() for line in text.split("\n") if line.strip()]
    at = next((i for i, line in enumerate(lines) if line == title), 0)
    if not 0 < at < len(lines) - 1 or re.search(r"\s[>»›/]\s", lines[at - 1]):
        return False
    headline = lines[at + 1]
    return (
        title.lower() in _link_items(lines[at - 1])
        and 6 <= len(headline.split()) <= 16
        and not headline.endswith((".", ":", ",", ";"))
    )


def _link_items(line: str) -> set[str]:
    """The items of a row of links, lower-cased (none when ``line`` is no such row)."""
    if not _is_links(line):
        return set()
    return {p.strip().lower() for p in re.split(r"\s*\|\s*| {2,}|\s[>»›/]\s", line) if p.strip()}


# A page's meta line taken for its title: a post's date ("Thursday, 14 February 2019"), a row of
# links to the days around it ("← 05.04.2020 Monday, 06.04.2020 07.04.2020 →"), a street address
# ("255A Beyers Naudé Dr,")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+\d{{4}}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
_WEEKDAYS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
_ADDRESS = re.compile(
    r"^\d+[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Dr|Drive|St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Way|Blvd|"
    r"Boulevard|Crescent|Close|Court|Place|Terrace|Parade|Highway|Hwy)\b\.?,?$"
)


def _page_meta(title: str) -> bool:
    """A date with nothing but a weekday and link arrows beside it, or a street address."""
    if _ADDRESS.match(title.strip()):
        return True
    if not _DATE.search(title):
        return False
    rest = re.sub(rf"{_DATE.pattern}|\b(?:{_WEEKDAYS})\b|[←→<>«»‹›,.\s]", "", title, flags=re.IGNORECASE)
    return not rest


def _title_after_meta(title: str, text: str) -> str | None:
    """The page's own title under a meta line: its first heading, else its first short line that
    is no meta line, menu, date or byline."""
    for line in text.split("\n"):
        heading = re.match(r"^#{1,3}\s+(.+?)\s*#*$", line.strip())
        if heading:
            name = strip_markup(heading[1]).strip()
            if name and len(name.split()) <= 12 and not _page_meta(name):
                return name
    lines = [strip_markup(line).strip() for line in text.split("\n") if line.strip()]
    after = lines[lines.index(title) + 1 :] if title in lines else []
    for line in after[:8]:
        if _page_meta(line) or _is_links(line) or _POST_META.search(line) or line.lower() in _MENU_WORDS:
            continue
        if len(line.split()) <= 12 and not line.endswith((".", ":", ",", ";")):
            return line
        return None
    return None


_MENU_WORDS = set(
    """home services about us blog contact shop news faq faqs events login menu search team resources
    courses classes pricing book gallery careers store cart""".split()
)


__all__ = ["markdown_title", "first_line_title", "single_name", "title_name", "spoken_title"]
