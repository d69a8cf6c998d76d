"""Sentences of an exercise's text addressed to the page's reader, never to someone doing the
exercise: a picture's credit or caption, a pointer to a video, an offer to book, a row of links, a
cited source, a picture's reference inside a sentence. Pure predicates and filters on one sentence;
what is said (``saying``) leaves them out."""

from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE
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


__all__ = ["is_reader_chatter", "is_link_row", "without_citations", "without_picture_references"]
