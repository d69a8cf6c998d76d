"""Recognise page furniture: bylines, link lists, "More:", FAQ sections, labels, and the
whole lines a saved page or handout carries around its article (skip links, breadcrumbs,
copyright, phone numbers, share widgets, signatures).

Pure predicates on one line of text, the one place the importer decides what is furniture
(``layout.tidy`` drops ``is_page_furniture`` lines, the structure splitter skips the rest;
a PDF's running headers and footers are found by position in ``pdfread``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fill_in import is_fill_in_prompt

_I = re.IGNORECASE

# A line that is furniture on its own ("More: How to Prevent Foot Pain").
_FURNITURE_LINE = re.compile(
    r"^(?:read (?:this|more|next)|see also|also read|you (?:may|might) also like|"
    r"further reading|advertisement|sponsored|sign up|subscribe|newsletter|written by|"
    r"reviewed by|medically reviewed|follow us|shop now|buy now|click here|last updated)\b"
    r"|^(?:more|related(?: articles?| reading| posts?)?|sources?|references?|share(?: this)?|"
    r"photo|image|credit|download|video|updated|published|posted|added|views|by|categor(?:y|ies)|tags?|labels|filed under|"
    r"prev(?:ious)?(?: (?:post|article|page|exercise))?)\s*(?::|$)"
    # a slideshow's counter, alone or before its caption: "slide 1 of 10", "Image 3/8, Heel raise,"
    r"|^(?:slide|image|photo|picture|card)\s+\d+\s*(?:of|/)\s*\d+\b"
    # a picture or video left out of the text: "[video]", "[picture]", "[image: a woman kneeling]"
    r"|^\[(?:video|picture|image|photo|illustration|diagram|figure|play sound|audio|sound)\b[^\[\]]*\]$"
    # a link to another article inside the text, its title in capitals: "See Total Hip Replacement Recovery"
    r"|^see\s+(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,4}|&|vs\.?))*\s+[A-Z][\w'’-]*)$"
    # a picture's alt text pasted as a line of its own: "Picture of the tendon glide exercise"
    r"|^(?:an?\s+)?(?:picture|image|photo(?:graph)?|illustration|drawing|diagram)\s+(?:of|showing)\s[^.!?:;]{3,80}$",
    _I,
)

# A heading that opens a section of furniture (everything up to the next exercise).
_FURNITURE_HEADING = re.compile(
    r"\b(?:faqs?|frequently asked|questions|references|sources|related|read (?:(?:this|these) )?(?:more|next)|read this|"
    r"conclusion|bottom line|takeaways?|summary|final (?:thoughts|word)|about the author|disclaimer|"
    r"more common|common (?:injuries|mistakes|errors|faults|problems|challenges)|you might also|see also|further reading|comments?|"
    r"when to see|benefits of|why (?:you|it|these|this)|what (?:is|are) |tips?(?![ -]?toes?\b)|(?:more |break |other )?ideas\b|safety|precautions?|take care|watch out|be careful|"
    r"contraindications?|cautions?|warnings?|who should (?:not|avoid)|"
    r"before you (?:start|begin)|world records?|history|muscles (?:worked|involved|used|targeted)|(?:targeted|target|worked) muscles|anatomy|"
    r"external links|etymology|contact|share this|how to practi[cs]e|when to stop|additional notes|"
    r"try (?:these|this|them) next|up next|next up|more (?:[a-z-]+ )?(?:exercises|stretches|workouts|sequences|routines|flows|classes)|recommended|"
    r"how often|getting (?:ready|started)|preparation|preparing (?:to|for)|stop (?:if|when)|"
    r"what you(?:'ll| will)? need|videos?|watch (?:the|our|this|a)|"
    # a hospital handout's care sections around the exercise: "Home care", "When to call your doctor"
    r"home care|follow-up care|after ?care|when to call|call (?:911|999|112|your (?:doctor|healthcare provider|gp))|"
    # a printed page's promotion boxes: "Free Healthbeat Signup", "Subscribe", "Most popular"
    r"sign[- ]?up|subscribe|newsletters?|most (?:popular|read)|get (?:your|the|a) (?:free )?copy|"
    # a section of general advice around the exercises: "General Advice", "General guidelines"
    r"general (?:advice|guidelines|guidance|information))\b"
    # a step that only finds the muscles first ("Step 1: Find them", "Locating your pelvic floor")
    r"|^(?:how to\s+)?(?:find|locate|identify)(?:ing)?\s+(?:them|it|(?:the|your)\s+(?:right\s+|correct\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:muscles?|pelvic floor))\W*$",
    _I,
)

# "Progression..." on its own line labels what follows as a colon does
_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?([A-Za-z][A-Za-z' -]{1,30}?)(?:\*\*|__)?\s*(?:[:=]|\.{3}\s*$|…\s*$)(?:\*\*|__)?\s*(.*)$"
)
# "**Reps** 5 breaths": a bold label ends at its closing stars as at a colon
_BOLD_LABEL = re.compile(r"^\s*(?:\*\*|__)([A-Za-z][A-Za-z' -]{1,30}?)(?:\*\*|__)\s+(\S.*)$")

_LABEL_KINDS = {
    "what": r"what it does|what it's for|what it is for|benefits?|why|why it works|why do it|aim|aims|"
    r"targets?|muscles(?: worked| targeted)?|works|good for|purpose|goal|areas? worked",
    "how": r"how to do it|how to do|what to do|how to|how-to|how|how to perform|instructions?|steps?|directions?|do it|"
    r"technique|method|to do it|execution|form|the move|starting position|position|start|"
    r"action|movements?|the movements?|finish(?:ing)? position|end position|set ?up",
    # with a qualifier too: "Scaling options", "Exercise variations", "Easier modifications"
    "drop": r"(?:[a-z']+ )?(?:variations|modifications|progressions|regressions|alternatives|options)|"
    r"variations?|modifications?|progressions?|regressions?|alternatives?|options?|"
    r"variation \d+|make it (?:harder|easier)|advanced|beginners?|easier|harder|"
    r"level up|frequency|more|read this next|related|see also|equipment|you(?:'ll)? need|count|"
    r"purpose|programming note",
    # a tip or note with a qualifier too: "Kindergarten tip", "Important note", "Coach's tips"
    "tip": r"(?:[a-z']+ )?(?:tips?|notes?)|caution|warning|safety|avoid|common mistakes?|thoughts?|"
    r"load|weight|intensity|tempo",
    "timing": r"reps?|repetitions|sets?|hold|holds|hold time|main (?:stretch|hold)|duration|time|rest|rounds|"
    r"number of (?:repetitions|reps|sets|rounds|times)|"
    r"dosage|prescription|sets and reps|sets/reps|reps/sets|how long|how many|per side|sides|"
    r"how often|target repetitions|target reps|programming",
}
_LABEL_RES = {kind: re.compile(rf"^(?:{words})$", _I) for kind, words in _LABEL_KINDS.items()}


# Whole lines of a saved page that are never the article.
_FURNITURE = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|jump to (?:navigation|search)|menu|search|"
    r"home\s*(?:[>/\\|»›]|$)|back to top|print(?: this page)?|share(?: this(?: story| page)?)?:?|"
    r"like loading\W*|leave a (?:comment|reply)|\d+ comments?|comments?|advertisement|"
    r"was this (?:page|article) (?:helpful|useful)\W.*|mark (?:as )?complete|next|previous|"
    r"newspapers (?:in|from) .*|more from .*|related (?:services|articles|posts)\b.*|"
    r"posted (?:by|on|in) .*|presented by .*|licen[cs]e:? .*|photo(?:graph)?:? .*|"
    r"(?:twitter|facebook|instagram|pinterest|linkedin|email|whatsapp)(?:\s+(?:twitter|facebook|"
    r"instagram|pinterest|linkedin|email|whatsapp))*|find a doctor\b.*|book (?:now|online)\b.*|"
    r".{0,40}\d(?:\.\d)?\s*/\s*(?:5|10)\b.{0,20}\(\d+ (?:votes?|ratings?|reviews?)\).*)$",  # a reader rating
    _I,
)
_COPYRIGHT = re.compile(
    r"©|&copy;|\bcopyright\b|\ball rights reserved\b|\bprivacy policy\b|"
    r"\bterms (?:of (?:use|service)|and conditions)\b|\bcookie",
    _I,
)
_PHONE = re.compile(
    r"(?:\btel\b|\bphone\b|\bcall\b|\bfax\b)[^\n]{0,80}?\d[\d\s()+-]{6,}\d|"
    r"\(?\d{3,5}\)?[\s-]\d{3}[\s-]\d{3,4}\b",
    _I,
)
_BREADCRUMB = re.compile(
    r"^(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|[^.!?]{1,120})(?:\s[>»›/\\|]\s[^.!?]{1,60}){2,}\s*[>»›/\\|]?\s*$"
)
# "Repeat 10 times | Hold 10 seconds | Complete 2 sets": an exercise programme's dose line, no menu
_DOSED_CELLS = re.compile(
    r"\b\d+\s*(?:times|reps?|repetitions|sets?|seconds?|secs?|s|minutes?|mins?)\b|"
    r"\b(?:sets?|reps?|repetitions|hold|rest)\s*[:=]?\s*\d",
    _I,
)
_SIGNATURE = re.compile(
    r"^(?:[A-Z][a-z'-]+\s+){1,3}(?:Physiotherapist|Physio|Therapist|Doctor|"
    r"Nurse|Trainer|Coach|Osteopath|Chiropractor)\b(?:\s+[A-Z][\w'-]*){0,4}$"
)
_BYLINE_ROLE = re.compile(
    r"^(?:Physiotherapist|Therapist|Doctor|Coach|Trainer|Author|By)\s+"
    r"(?:[A-Z][a-z'-]+\s*){1,3}$"
)
_DATE_LINE = re.compile(r"^(?:updated|last updated|reviewed|published)\b[^.]{0,40}$", _I)


# "Progression..." over a list: a label of what is left out may end with an ellipsis
_ELLIPSIS_LABEL = re.compile(r"^\s*(?:\*\*|__)?([A-Za-z][A-Za-z' -]{1,30}?)(?:\.{3}|…)(?:\*\*|__)?\s*(.*)$")


@lru_cache(maxsize=16384)  # pure, and asked of the same lines by every style's reader
def label_of(line: str) -> tuple[str, str, str] | None:
    """``"How to do it: Stand."`` -> ``("how", "how to do it", "Stand.")``; None if unlabelled."""
    dots = _ELLIPSIS_LABEL.match(line)
    if dots and _LABEL_RES["drop"].match(dots.group(1).strip().lower()):
        return "drop", dots.group(1).strip().lower(), dots.group(2).strip()
    m = _LABEL.match(line) or _BOLD_LABEL.match(line)
    if not m:
        return None
    word = m.group(1).strip().lower()
    for kind, pattern in _LABEL_RES.items():
        if pattern.match(word):
            return kind, word, m.group(2).strip()
    return None


@lru_cache(maxsize=16384)  # pure, and asked of the same lines by every style's reader
def is_furniture_line(line: str) -> bool:
    """A byline, a "More: …" line, a link list, a bare URL, a fill-in prompt, a breadcrumb."""
    text = strip_markup(line).strip()
    if not text:
        return False
    if is_fill_in_prompt(line) or len(re.findall(r"\s(?:::|»|›)\s", text)) >= 2:
        return True  # a blank to fill in; a forum's breadcrumb ("Care Forum :: General :: Off Topic")
    if (text.count("|") >= 2 and not _DOSED_CELLS.search(text)) or re.match(
        r"^(?:https?://|www\.)\S+$", text
    ):
        return True
    if _WHATS_NEXT.match(text) and re.search(r"\]\(|\s·\s|\s·$|<a\s", line):
        return True  # links to the site's next pages, not "Next up: the plank"
    return bool(_FURNITURE_LINE.match(text))


_WHATS_NEXT = re.compile(r"^(?:up next|next up|watch next|coming up next|what'?s next)\s*:", _I)


@lru_cache(maxsize=8192)  # pure, and asked of the same headings by every style's reader
def is_furniture_heading(line: str) -> bool:
    """A heading that opens a non-exercise section (FAQ, References, Conclusion...)."""
    text = strip_markup(line).strip()
    if HOW_TO_QUESTION.match(text) or _WHICH_EXERCISES.match(text):
        return False  # "How do I do a glute bridge?": the exercise, asked about; "Which exercises help?"
    return bool(_FURNITURE_HEADING.search(text) or _DONTS.search(text)) or text.endswith("?")


# A heading that asks how to do one exercise ("How do I do a glute bridge?", "How should you perform
# the clamshell?"), group 1 its name
HOW_TO_QUESTION = re.compile(
    r"^\W*how (?:do|can|should) (?:i|you|we) (?:do|perform|practi[cs]e) (?:an? |the |your )?(.{3,60}?)\s*\?$",
    _I,
)


# A heading that asks which exercises help, over the exercises ("What type of exercise can help frozen
# shoulder pain?", "Which stretches ease a stiff neck?"); not one about them ("Why do these exercises work?")
_WHICH_EXERCISES = re.compile(
    r"^\W*(?:what|which)\b(?:\s+(?:kinds?|types?|sorts?)\s+of)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:exercises?|stretch(?:es)?|moves|movements|workouts?|poses|drills)\b[^.!]*\?$",
    _I,
)


# A heading over what not to do ("It is important to try not to:", "Avoid:", "Things to avoid")
_DONTS = re.compile(r"\bnot to\W*$|^(?:avoid|don'?t|do not|things to avoid|what to avoid)\W*$", _I)


@lru_cache(maxsize=16384)  # every style's reader strips the same lines again
def strip_markup(text: str) -> str:
    """Remove markdown emphasis, inline code and links, keeping their text (pure: cached)."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|(?<!_)__(?!_)|`)", "", text)  # a longer run of "_" is a blank to fill in, kept
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+)(?<!\s)\*(?![\w*])", r"\1", text)
    return text


def _dotted_meta(text: str) -> bool:
    """A line of short parts set apart by middle dots: a byline, a brand and its section, a date and a
    reading time ("SKINS Academy · Running", "June 2023 · 4 min read"), never a dose."""
    parts = text.split(" · ")
    return (
        len(parts) >= 2
        and len(text) <= 200
        and all(0 < len(part.split()) <= 10 for part in parts)
        and not _DOSED_CELLS.search(re.sub(r"\b\d+\s*(?:min|minute)s?\s+read\b", "", text, flags=_I))
        and not re.search(r"\d\s*[x×]\s*\d|[x×]\s*\d", text)  # "Squats · 3 x 10"
    )


@lru_cache(maxsize=16384)  # pure, and asked of the same lines again
def is_page_furniture(line: str) -> bool:
    """A whole line of page furniture (skip links, copyright, phone, share widgets, signatures)."""
    text = re.sub(r"[*_`#]+", "", line).strip(" \t-•|")
    if not text:
        return False
    crumbs = len(text) <= 200 and _BREADCRUMB.match(text) and not _DOSED_CELLS.search(text)
    if _FURNITURE.match(text) or _DATE_LINE.match(text) or crumbs:
        return True
    if _SIGNATURE.match(text) or _BYLINE_ROLE.match(text) or _dotted_meta(text):
        return True
    words = len(text.split())
    if words <= 25 and _COPYRIGHT.search(text):
        return True
    if (
        words <= 40
        and _PHONE.search(text)
        and not re.search(r"\b(?:seconds?|minutes?|reps?|times)\b", text, _I)
    ):
        return True
    return False


__all__ = [
    "is_page_furniture",
    "label_of",
    "is_furniture_line",
    "is_furniture_heading",
    "strip_markup",
]
