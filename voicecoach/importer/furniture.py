"""Recognise page furniture: bylines, link lists, "More:", FAQ sections, labels.

Pure predicates on one line of text, shared by the structure splitter.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A line that is furniture on its own ("More: How to Prevent Foot Pain").
_FURNITURE_LINE = re.compile(
    r"^(?:read (?:this|more|next)|see also|also read|you (?:may|might) also like|"
    r"further reading|advertisement|sponsored|sign up|subscribe|newsletter|written by|"
    r"reviewed by|medically reviewed|follow us|shop now|buy now|click here|last updated)\b"
    r"|^(?:more|related(?: articles?| reading| posts?)?|sources?|references?|share(?: this)?|"
    r"photo|image|credit|download|video|updated|published|posted|by)\s*(?::|$)", _I)

# A heading that opens a section of furniture (everything up to the next exercise).
_FURNITURE_HEADING = re.compile(
    r"\b(?:faqs?|frequently asked|questions|references|sources|related|read (?:this|more|next)|"
    r"conclusion|bottom line|takeaways?|summary|final (?:thoughts|word)|about the author|disclaimer|"
    r"more common|common injuries|you might also|see also|further reading|comments?|"
    r"when to see|benefits of|why (?:you|it|these|this)|what (?:is|are) |tips?|safety|precautions?|"
    r"before you (?:start|begin)|world records?|history|muscles(?: worked| involved)?|anatomy|"
    r"external links|etymology|contact|share this|how to practi[cs]e|when to stop|additional notes|"
    r"how often)\b", _I)

_LABEL = re.compile(r"^\s*(?:\*\*|__)?([A-Za-z][A-Za-z' -]{1,30}?)(?:\*\*|__)?\s*[:=](?:\*\*|__)?\s*(.*)$")

_LABEL_KINDS = {
    "what": r"what it does|what it's for|what it is for|benefits?|why|why it works|why do it|aim|aims|"
            r"targets?|muscles(?: worked| targeted)?|works|good for|purpose|goal|areas? worked",
    "how": r"how to do it|how to|how-to|how|how to perform|instructions?|steps?|directions?|do it|"
           r"technique|method|to do it|execution|form|the move|starting position|position|start",
    "drop": r"variations?|variation \d+|modifications?|progressions?|regressions?|"
            r"make it (?:harder|easier)|advanced|beginners?|alternatives?|options?|easier|harder|"
            r"level up|frequency|more|read this next|related|see also|equipment|you(?:'ll)? need|count|"
            r"purpose|programming note",
    "tip": r"tips?|notes?|caution|warning|safety|coach'?s? tips?|pro tips?|avoid|common mistakes?",
    "timing": r"reps?|repetitions|sets?|hold|holds|hold time|duration|time|rest|rounds|"
              r"dosage|prescription|sets and reps|sets/reps|reps/sets|how long|how many|per side|sides|"
              r"how often|target repetitions|target reps|programming",
}
_LABEL_RES = {kind: re.compile(rf"^(?:{words})$", _I) for kind, words in _LABEL_KINDS.items()}


def label_of(line: str) -> tuple[str, str, str] | None:
    """``"How to do it: Stand."`` -> ``("how", "how to do it", "Stand.")``; None if unlabelled."""
    m = _LABEL.match(line)
    if not m:
        return None
    word = m.group(1).strip().lower()
    for kind, pattern in _LABEL_RES.items():
        if pattern.match(word):
            return kind, word, m.group(2).strip()
    return None


def is_furniture_line(line: str) -> bool:
    """A byline, a "More: …" line, a link list, a bare URL."""
    text = strip_markup(line).strip()
    if not text:
        return False
    if text.count("|") >= 2 or re.match(r"^(?:https?://|www\.)\S+$", text):
        return True
    return bool(_FURNITURE_LINE.match(text))


def is_furniture_heading(line: str) -> bool:
    """A heading that opens a non-exercise section (FAQ, References, Conclusion...)."""
    text = strip_markup(line).strip()
    return bool(_FURNITURE_HEADING.search(text)) or text.endswith("?")


def strip_markup(text: str) -> str:
    """Remove markdown emphasis, inline code and links, keeping their text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+)(?<!\s)\*(?![\w*])", r"\1", text)
    return text


__all__ = ["label_of", "is_furniture_line", "is_furniture_heading", "strip_markup"]
