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
    r"photo|image|credit|download|video|updated|published|posted|by|categor(?:y|ies)|tags?|labels|filed under|"
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
    "how": r"how to do it|how to|how-to|how|how to perform|instructions?|steps?|directions?|do it|"
    r"technique|method|to do it|execution|form|the move|starting position|position|start|"
    r"action|movements?|the movements?|finish(?:ing)? position|end position|set ?up",
    "drop": r"variations?|variation \d+|modifications?|progressions?|regressions?|"
    r"make it (?:harder|easier)|advanced|beginners?|alternatives?|options?|easier|harder|"
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


# A sentence inside an exercise's text that speaks to a reader of the page, not to someone
# doing the exercise: a picture's credit or caption, a pointer to a video or document, an offer
# to book, a newsletter, comments, a date stamp, a link to the next post.
_READER_CHATTER = re.compile(
    r"^(?:image|photo|picture|video)\s+(?:credit|source|courtesy)\b|^(?:fig(?:ure)?\.?)\s*\d+\b"
    r"|^(?:watch|see|view|open|click|tap|download|print)\b[^.!?]{0,60}\b(?:video|document|picture|"
    r"image|diagram|photo|page|link|pdf|leaflet|below|above|here)\b"
    r"|\b(?:book|request|schedule)\s+(?:a|an|your|now|mat|online)\b[^.!?]{0,40}"
    r"(?:consultation|appointment|class|session|pilates|yoga|today|online|now)?\s*(?:[-–—:.!?]|$|\bat\b)"
    r"|\bcall\b[^.!?]{0,40}\bto book\b|\bview (?:the )?timetable\b|\bsign up\b|\bsubscribe\b|"
    r"\bnewsletter\b|\bdelivered to your inbox\b|\byour email address\b|\bfirst (?:appeared|published) "
    r"(?:in|on)\b|\bfor (?:similar|more|related) (?:articles|posts|reading)\b|\bfind a (?:physio\w*|"
    r"doctor|therapist|clinic)\b[^.!?]{0,30}\bnear you\b|\bdid this (?:remedy|article|page|tip) "
    r"(?:work|help)\b|\bcomments?\s*\(\d+\)|\bour (?:team|clinic|practice|experts)\b|"
    r"\bcontact us\b|^next:\s|^yes\s*\(\d+\)|^(?:update(?:d)? date|last updated|published|posted)\b"
    r"|\bpage updated\b|\b(?:look|click|tap) here\b|^disclaimer\b|^more [a-z ]{0,20}(?:exercises|stretches|articles|posts):|^equipment(?: needed)?:\s*none\b|\bcomments below\b|\bfind (?:me|us) on (?:facebook|twitter|instagram|youtube)\b"
    r"|\bpost comment\b|\brequired fields are marked\b|\bwill not be published\b|<<|>>"
    r"|[←→<>«»‹›][^.!?]{0,60}\|[^.!?]{0,60}[←→<>«»‹›]"
    # a blog's footer and a page's share row, nav arrows, a medical reviewer's stamp, a disclaimer,
    # an advertisement, an app to download, an offer to answer questions online
    r"|^labels?:\s|\b(?:newer|older) posts?\b|^share(?:\s+(?:tweet|email|pin|print|facebook|twitter|whatsapp|linkedin))+\W*$"
    r"|^<-|->\W*$|https?://|\bwww\.\w|\bcopyright\b|©|\bopen access article\b|\bback to top\b|\bjoin date\b|\bmedical reviewer\b|\blast reviewed\b|\bnot (?:intended |meant )?(?:as |to be )?a substitute\b|\bat (?:your|their|one.s) own risk\b|\bfor (?:general )?(?:information|education)(?:al)?(?: purposes)? only\b"
    r"|^always follow your (?:healthcare|health care|medical) (?:professional|provider)|\bshop (?:the|our|now)\b"
    r"|\bstarter pack\b|\b(?:discount|promo) code\b|\bapp store\b|\bgoogle play\b"
    r"|^(?:watch|see|view|open|click|tap|download|print)\b[^.!?]{0,60}\bapp\b"
    r"|\bsearch\b[^.!?]{0,40}\b(?:on |in )?(?:google|youtube)\b|\bi dare you\b|\bcoming (?:up )?next week\b"
    r"|^name\s*\*?\s+e-?mail\b|\bpost a comment\b"  # a comment form: "Name *   Email *   Website"
    r"|^not (?:medical|professional) advice\b|^terms\s*\||\|\s*privacy\b"
    r"|^(?:is something not right|any questions|need (?:help|advice)|got a question|have a question)\b[^.!]*\?$"
    r"|\b(?:consult|ask|chat with) (?:a|an|our) [a-z]+ online\b|\b(?:personal trainer|instructor)s?\b[^.!?]{0,30}\bcan help\b"
    r"|^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\W*$"
    # an animation's credit: "GIF: Giphy."
    r"|^gif\s*(?::|by|via|credit)"
    # a photo's caption run into the text: "Young woman practising butterfly pose in yoga."
    r"|^(?![^.!?]*\b(?:will|should|can|may|must|is|are|has|needs?|feels?)\b)"  # a caption states nothing
    r"(?:an?\s+)?(?:(?:young|older|elderly|pregnant|senior|fit)\s+)?(?:woman|man|person|girl|boy|child|lady|"
    r"athlete|runner|model|patient|couple|people)\s+(?:practi[sc]ing|doing|performing|demonstrating|showing)\b"
    # the page's own video, table or picture pointed at: "The video shows how they are done.", "The
    # table below shows how to progress", "There is more in the toolkit below …"
    r"|^the (?:video|table|chart|picture|diagram|photo|image|illustration)s?\b[^.!?]{0,30}\b(?:below|above|shows?)\b"
    r"|\bmore (?:in|on) (?:the|this|our) [a-z]+ (?:below|above)\b"
    # a comment link, a printed sheet's office footer, a forum's page count and a post's time stamp
    r"|\badd a comment\b|\(\d+\s+comments?\)|^for office use only\b|\bpublication date\b|\bpage \d+ of \d+\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    # who to phone, and the numbers: "Who can I contact for further advice?", "… 01273 696011 Ext 4071."
    r"|^(?:who|where)\s+(?:can|do|should|could)\s+(?:i|you|we)\s+(?:contact|call|phone|ring|get)\b[^.!]*\?$"
    r"|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\bext\.?\s*\d{3,5}\b"
    # a link to the page before or after, its arrow at one end ("< Bike Training Basics.", "Run
    # Training Basics >."), a sponsor's line ("… is brought to you by …") and a promise of more posts
    r"|^[<‹«←]\s*[A-Z][^.!?<>]{0,60}[.!?]?$|^[A-Z][^.!?<>]{0,60}\s[>›»→]\W*$"
    r"|\b(?:is|are) brought to you by\b|^(?:look out|watch out|stay tuned|keep an eye out) for (?:more|our next|the next)\b",
    _I,
)
# A picture's reference inside a sentence: "(figure 1)", "(see picture)", "[logo]", "[Sign up]"
_PICTURE_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?(?:(?:the\s+)?(?:top|bottom|left|right|upper|lower|first|second|next)\s+)?"
    r"(?:fig(?:ure)?\.?\s*\d+[a-z]?|picture|photo|image|diagram|video)[^()]{0,20}\)"
    r"|\s*\[(?:logo|image|photo|picture|drawing|video|figure|icon|sign up|subscribe|play|illustration|diagram)"
    r"[^\[\]]{0,200}\]"  # "[drawing: a mother lying on her side, pillow between the knees]"
    # a picture's description in brackets: "[A man sleeping soundly in bed.]", "[Woman doing the stretch]"
    r"|\s*\[(?:an?\s+|the\s+)?(?:(?:young|older|elderly|pregnant|senior)\s+)?(?:wom[ae]n|m[ae]n|person|people|"
    r"girl|boy|child|children|lady|patient|couple|athlete|runner)\b[^\[\]]{0,200}\]",
    _I,
)


@lru_cache(maxsize=8192)  # pure: every sentence of an exercise is asked again by several readers
def is_reader_chatter(sentence: str) -> bool:
    """A sentence of an exercise's text addressed to the page's reader, never to be spoken:
    "Image credit: …", "Watch the video below.", "Book a consultation.", "16th November 2010"."""
    sentence = sentence.strip()
    inside = sentence[1:].rstrip(".") if sentence.startswith("(") else ""  # "(Click image to open …)"
    if inside.endswith(")"):
        inside = inside[:-1]
    return bool(
        _READER_CHATTER.search(sentence) or (inside and _READER_CHATTER.search(inside))
    ) or is_link_row(sentence)


# What separates the links of a menu, a footer or a post's meta line run into a sentence: a
# middle dot or a forum's "::" between words, or a gap of three spaces or more left by a row of links.
_LINK_SEPARATOR = re.compile(r"(?<=\S)(?: · | {3,}| :: )(?=\S)")


def is_link_row(sentence: str) -> bool:
    """A row of links or page meta read as a sentence ("Share this article: Facebook · Twitter ·
    Email.", "Shop desks    Shop chairs", "0 comments · Write a comment"): pieces of at most
    eight words between the separators; an instruction's sentence runs longer."""
    pieces = _LINK_SEPARATOR.split(sentence.strip())
    return len(pieces) >= 2 and all(len(piece.split()) <= 8 for piece in pieces)


# A source cited in brackets: "(adapted from Bourne, E., The Anxiety Workbook, 2005)", "(Smith et al., 2019)"
_CITATION = re.compile(
    r"\s*\((?:adapted|taken|reproduced|quoted|excerpted)\s+from\b[^()]{0,150}\)"
    r"|\s*\([A-Z][A-Za-z'-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?,?\s+(?:19|20)\d{2}[a-z]?\)"
)


def without_citations(text: str) -> str:
    """``text`` without the sources it cites in brackets: a listener cannot look them up."""
    return _CITATION.sub("", text)


def without_picture_references(text: str) -> str:
    """``text`` without the references to a picture it makes ("(figure 1)", "[logo]")."""
    return _PICTURE_REFERENCE.sub("", text)


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
    "is_reader_chatter",
    "is_link_row",
    "without_picture_references",
    "without_citations",
    "is_page_furniture",
    "label_of",
    "is_furniture_line",
    "is_furniture_heading",
    "strip_markup",
]
