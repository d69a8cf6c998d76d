"""What kind of name a heading gives: a section's label, a group of exercises, or no name at all
(a caption, a question, a clause, a step of instructions). The structure reader asks these of every
candidate heading; the confidence (``confidence``) doubts an imported exercise by them."""

from __future__ import annotations

import re

from .vocabulary import EXERCISE_WORDS, INSTRUCTION

# a caption, an exclamation or a question, or a clause ("this is", "you can", "This complements")
_NOT_A_NAME = re.compile(
    r"[\[\]!?]|^(?:figure|fig\.|image|picture|photo|illustration|video)(?=\s*(?:\d|[:.(–-]|$))|"
    r"\b(?:this|that|it|you|we)\s+(?:is|are|was|will|can|should|may|must|[a-z]+s)\b",
    re.IGNORECASE,
)


_LABEL_WORDS = re.compile(  # a whole word: "four-point kneeling" has no label "point"
    r"(?<!-)\b(?:goals?|topics?|sample|discussion|introduction|intro|overview|summary|notes?|level|levels|"
    r"equipment|modifications?|learn|learning|benefits?|tips?|contents|instructions?|description|"
    r"important|remember|contact|aims?|purpose|precautions?|warnings?|safety|key|points?|week|day|"
    r"schedule|programme|program|plan|guidelines?|information|questions?|answers?|references?|"
    r"objectives?|outcomes?|progress(?:ion)?|checklist|diary|log|chart|table|page|section|part|details|"
    r"general|advice|before|after|when|why|what|who|video|tutorial|audio|transcript|handout|"
    # a health article's or a lesson plan's sections: "Effectiveness", "Home care", "Main activity"
    r"effectiveness|effects?|risks?|evidence|research|results?|causes?|symptoms?|treatments?|conclusions?|"
    r"takeaways?|faqs?|care|aftercare|activity|activities|lesson|plenary|teaching)\b(?!-)",
    re.IGNORECASE,
)


# What kind of document it is, not an exercise: "Home exercise sheet", "Patient information leaflet",
# "Exercise handout" (a kind noun ends the name; the word "exercise" in it names no exercise)
_DOCUMENT_KIND = re.compile(
    r"^(?:[A-Za-z/-]+\s+){0,3}(?:sheet|leaflet|handout|booklet|brochure|printout|worksheet|factsheet|"
    r"guide)$",
    re.IGNORECASE,
)


_GROUP_NAME = re.compile(
    r"^(?:(?:the|these|our|your|some|more|other|all|daily|morning|afternoon|evening|night|bedtime|weekly|"
    r"weekend|simple|easy|basic|gentle|quick|"
    r"upper|lower|body|core|full|home|seated|standing|general|main|first|second|third|final|part|\d+)\s+)*"
    r"(?:exercises|stretches|stretching|circuits?|workouts?|routines?|warm[- ]?ups?|cool[- ]?downs?|drills|"
    r"moves|movements|programmes?|programs?|sessions?|activities|training|stations)$",
    re.IGNORECASE,
)


# "Group 1", "Circuit B", "Superset 2 (done back to back)": a plan's numbered group of exercises
_NUMBERED_GROUP = re.compile(
    r"^(?:group|circuit|block|superset|tri-?set|giant set)\s+(?:\d{1,2}|[A-Z])$", re.I
)


def looks_like_group(name: str) -> bool:
    """Only a group noun ("Stretches", "Upper body exercises", "Group 1"): names several exercises,
    not one."""
    bare = " ".join(re.sub(r"[^A-Za-z0-9/ -]", " ", name).split())
    return bool(_GROUP_NAME.match(bare)) or bool(
        _NUMBERED_GROUP.match(re.sub(r"\s*\([^()]*\)\s*$", "", name).strip(" *:"))
    )


def looks_like_label(name: str) -> bool:
    """A heading that names a section, not an exercise: label words and no exercise word, or
    only a group noun ("Stretches", "Upper body exercises", "Circuits"); a parenthesized
    qualifier ("Focusing (Part 1)") is not read for label words when a name stands before it."""
    head = re.sub(r"\([^()]*\)", " ", name)  # "Focusing (Part 1)": the qualifier is no label
    bare = " ".join(
        re.sub(r"[^A-Za-z0-9/ -]", " ", head if re.search(r"[A-Za-z]{3}", head) else name).split()
    )
    if _GROUP_NAME.match(bare) or _DOCUMENT_KIND.match(bare):
        return True
    return (
        bool(_LABEL_WORDS.search(bare))
        and not EXERCISE_WORDS.search(bare)
        or not re.search(r"[A-Za-z]{3}", bare)
    )


def not_a_name(name: str) -> bool:
    """A caption, an exclamation, a question or a clause taken for a name, or a step of
    instructions ("Lie on your back with your knees bent": a verb, six words or more, "your")."""
    step = (
        bool(INSTRUCTION.match(name)) and len(name.split()) >= 6 and bool(re.search(r"\byour\b", name, re.I))
    )
    return step or bool(_NOT_A_NAME.search(name))


__all__ = ["looks_like_group", "looks_like_label", "not_a_name"]
