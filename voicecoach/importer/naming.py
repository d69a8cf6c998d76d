"""What a name is and how a heading becomes one: a short phrase that is no dose, schedule or
label, stripped of numbering, lead-ins, quotes and a dashed purpose."""

from __future__ import annotations

import re
from functools import lru_cache

from .furniture import HOW_TO_QUESTION, label_of, strip_markup
from .name_words import without_label_or_tail
from .vocabulary import INSTRUCTION

_I = re.IGNORECASE

# A dose, not a name: a digit (not a label's: "Exercise 1", "Part 2", "5BX"), a number word with a
# unit, or a unit on its own ("Quad Sets" is a name)
TIMING_WORDS = re.compile(
    r"(?<!exercise )(?<!exercise #)(?<!part )(?<!step )(?<!level )(?<!stage )(?<!phase )"
    r"(?<!day )(?<!week )(?<!no\. )(?<!fig\. )(?<!fig )(?<!figure )(?<!picture )(?<!photo )(?<!image )(?<!#)(?<![A-Za-z])\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"twenty|thirty|sixty)\s+(?:seconds?|minutes?|reps?|times|sets?)\b|"
    r"^\W*(?:seconds?|minutes?|reps?|times|sets?|rest|hold)\W*$",
    _I,
)


_SCHEDULE = re.compile(
    r"^(?:(?:day|days|week|weeks|month|session|level|stage|phase)\s*\d+(?:\s*(?:-|to|–)\s*\d+)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\W*$",
    _I,
)


def is_schedule_label(text: str) -> bool:
    """ "Day 3", "Week 2", "Monday": a plan's schedule, not an exercise."""
    return bool(_SCHEDULE.match(without_brackets(strip_markup(text).strip()) or text))


def without_brackets(text: str) -> str:
    """The text without its bracketed parts ("Bridge (easy)" -> "Bridge")."""
    return re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", text).strip()


def short_name(text: str, max_words: int = 7) -> bool:
    """A phrase that can be a name: a few words, no sentence end, no label, no schedule."""
    bare = without_brackets(text) or text
    words = bare.split()
    if _SCHEDULE.match(bare):
        return False  # "Day 3", "Week 2": a plan's schedule, not an exercise
    return (
        0 < len(words) <= max_words
        and not bare.rstrip().endswith((".", "!", "?", ",", ";"))
        and label_of(bare + ":") is None
        and bool(re.search(r"[A-Za-z]", bare))
    )


# Enumerators and lead-ins that are not part of a name: "A. ", "IV) ", "✅ ", "How to do a "
_LEAD_IN = re.compile(
    r"^(?:[^\w\s(\[\"'“‘]+\s*|(?:[A-H]|I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+|"
    r"(?:how to|to) (?:do|perform|practi[cs]e)\s+(?:an?\s+|the\s+|your\s+)?(?!(?:this|these|it|them)\b)|"
    r"(?:doing|performing|practi[cs]ing)\s+(?:an?\s+|the\s+|your\s+)(?!(?:this|these|it|them)\b)|"
    r"(?:do|try|perform)\s+(?:an?|the|some)\s+(?!(?:this|these|it|them|same|other|following|rest)\b)|"
    r"(?:exercise|exercise name|name)\s*:\s*(?=\S)|"
    r"(?:fig(?:ure)?\.?|illustration|picture|photo|image)\s*\d+[a-z]?\s*(?:[:.)–—-]\s*)?(?=[A-Za-z]))",
    re.IGNORECASE,
)
# A how-to heading's "exercise" after a name of two words or more ("How to Do the McKenzie Press
# Up Exercise"): the name without it ("How to do the breathing exercise" keeps it)
_HOW_TO_EXERCISE = re.compile(
    r"^((?:how to|to) (?:do|perform|practi[cs]e)\s+(?:an?\s+|the\s+|your\s+)?(?!(?:an?|the|your)\s)\S+\s+\S.*?)"
    r"\s+exercises?$",
    re.I,
)
# A purpose after a dash: "Heel slides - to help the knee bend"
_DASHED_PURPOSE = re.compile(r"\s+[-–—]\s+(?:to|for|helps?|good for)\s.+$", re.IGNORECASE)
# A purpose after the name with no dash: "Neck stretch for tension relief", "Shoulder rolls to ease
# stress", "Seated twist for flexibility" (not a target, "Skips for height", nor "Breathing for stress")
_PURPOSE = re.compile(
    r"(?<=\w)\s+(?:for\s+(?:\w+\s+){0,2}(?:relief|flexibility|mobility|posture|circulation|relaxation)|"
    r"to\s+(?:ease|prevent|relieve|reduce|improve|boost|release|loosen|build)\s+(?:\w+\s+){0,2}\w+)$",
    re.IGNORECASE,
)


# A lead-in exclamation or question before the name: "Ready? Let's go! Wall sits"
_EXCLAIMED = re.compile(r"^(?:[^!?]{2,60}[!?]\s+)+(?=[A-Za-z])")


_HASH_NUMBER = re.compile(r"^(?:#|no\.\s?|n°\s?)\d+\s+(?=[A-Za-z])", re.IGNORECASE)


# A challenge counted against the clock names what it counts: "As many press ups as you can in 1
# minute", "How many star jumps can you do in 60 seconds?", "Max push-ups in 1 minute"
_AMRAP = re.compile(
    r"^\W*(?:(?:see\s+)?how\s+many\s+(?!times\b)(?P<a>[a-z][a-z' -]{2,40}?)\s+(?:(?:can|will|could)\s+you|you\s+can)\b|"
    r"(?:do\s+|perform\s+)?as\s+many\s+(?!times\b)(?P<b>[a-z][a-z' -]{2,40}?)\s+as\s+(?:you\s+can|possible)\b|"
    r"max(?:imum)?\s+(?:number\s+of\s+)?(?P<c>[a-z][a-z' -]{2,40}?)(?=\s+in\s+(?:\d|one|a)|\s*$))",
    _I,
)


def amrap_name(text: str) -> str | None:
    """The counted movement of a challenge against the clock ("As many lunges as you can manage in
    1 minute" -> "Lunges"), or None."""
    m = _AMRAP.match(strip_markup(text))
    name = m and (m.group("a") or m.group("b") or m.group("c")).strip(" -")
    if not name or len(name.split()) > 4:
        return None
    return name[:1].upper() + name[1:]


_SUB_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?=[A-Z])")


# A bracketed condition after a name, or its only version's level: who may do it, not its name
_QUALIFIER = re.compile(
    r"\s*\((?:(?:not\s+(?:for|if|after|before)|only\s+(?:for|if|after|when)|if\s|unless\s|optional)[^()]*|"
    r"simple|basic|beginners?|warm[- ]?up|cool[- ]?down)\)\s*$",  # not "(easy)" / "(advanced)": two versions would share one name
    _I,
)


# "High knees or "A's"", "Pushups or Pushups on Knees": another name for it, or an easier way of it
_ALIAS = re.compile(r"^(?P<name>.+?)\s+or\s+(?P<alt>[\"“'‘].+|\S.*)$", _I)


def _without_alias(text: str) -> str:
    m = _ALIAS.match(text)
    if not m:
        return text
    first = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", m["name"])}
    alt = m["alt"]
    if alt[0] in "\"“'‘" or (alt.split()[0].lower().strip(",.") in first and len(alt.split()) > 1):
        return m["name"]
    return text


# A sheet's label run into the name before it, its text after it ("Arm Raises Target Area: Deltoids and
# triceps", "Mini Squat Position – Stand …", "Calf stretch Position": a capital after a lower-case
# name), when two words or more name the exercise before it ("Relaxed Jaw Position" stays a name)
_RUN_IN_LABEL = re.compile(
    r"^(\S+\s+\S.*?)\s+(?:(?i:target\s+areas?|muscles?\s+(?:worked|targeted|used)|starting\s+position|"
    r"equipment(?:\s+needed)?)\s*:\s*.*|(?i:position)\s*[–—-]\s*.*|(?<=\s)Position)$"
)


# A label of what the exercise works or is for, run into its name line ("Squat Targeted muscles: thighs",
# "Bridge Purpose: a stronger back"), at any length of name (``_RUN_IN_LABEL`` wants two words before it)
_WORKS_LABEL = re.compile(
    r"\s+(?:target(?:ed)?\s+(?:area|areas|muscles?)|muscles?\s+(?:worked|targeted)|areas?\s+worked|purpose|aim|goal|benefits?)"
    r"\s*:\s.*$",
    _I,
)


def _without_run_in_label(text: str) -> str:
    """The name without a label's line run into it: a sheet's (``_RUN_IN_LABEL``), then what the
    exercise works or is for (``_WORKS_LABEL``)."""
    m = _RUN_IN_LABEL.match(text)
    if m is not None and not (text.endswith("Position") and not m.group(1).split()[-1][:1].islower()):
        text = m.group(1)
    return _WORKS_LABEL.sub("", text) or text


@lru_cache(maxsize=8192)  # pure, and asked of the same names by several detectors and readers
def clean_name(text: str) -> str:
    """Strip markup, numbering, lead-ins (a lead-in exclamation too), quotes, a dashed purpose and
    trailing punctuation from a heading."""
    text = _HASH_NUMBER.sub("", text.strip())  # "#1 Pelvic Tilt", "No. 3 Bridge": a count, not the name
    text = _without_alias(strip_markup(text).strip())
    if asked := HOW_TO_QUESTION.match(text):  # "How do I do a glute bridge?"
        text = asked.group(1)
    text = _HOW_TO_EXERCISE.sub(r"\1", text)  # "How to Do the X Exercise": X
    text = _DASHED_PURPOSE.sub("", _LEAD_IN.sub("", text)) or text
    text = _PURPOSE.sub("", text) or text
    text = without_label_or_tail(text)
    text = _without_run_in_label(text)  # "Arm Raises Target Area: Deltoids …"
    text = re.sub(
        r"^(?:exercise|step|station|activity|challenge)?\s*#?\d+[a-z]?\s*(?:[:.)]|[-–—](?=\s))(?!\d)\s*",
        "",
        text,
        flags=_I,
    )
    text = _SUB_NUMBER.sub("", text)  # "2.1 Side Resistance": a section's sub-number
    text = re.sub(
        r"[\"“”]|(?<!\w)['‘’]|(?<![Ii]n)['‘’](?!\w)", "", text
    )  # "Child’s Pose", "Steppin'" keep theirs
    text = (
        _QUALIFIER.sub("", text) or text
    )  # "Hip abduction (not for lateral approach)", "Neck stretch (Simple)"
    text = _EXCLAIMED.sub("", text)  # "Hey mum-to-be, time to exercise! Pelvic tilt"
    text = re.sub(r"\s+step\s*1$", "", text, flags=_I) or text  # "Wall Sits Step 1: Stand …": its first step
    text = amrap_name(re.sub(r"\s+in$", "", text)) or text  # "Max push-ups in" (its time read as the dose)
    text = (
        re.sub(r"\s+for$", "", text, flags=_I) or text
    )  # "Light jog for" (its "2 minutes" read as the dose)
    return text.strip(" :.-–—*_")


# A picture's caption in brackets taken for a heading: "[figure: heel over a step, knee bent] Fig. 1"
_CAPTION = re.compile(
    r"^\[(?:fig(?:ure)?\.?|image|picture|photo|illustration|drawing|diagram)s?\s*\d*\s*[:.–-]\s*([^\[\]]{3,80})\]"
    r"(?:\s*(?:fig(?:ure)?\.?|picture|photo|image)\s*\d+[a-z]?\.?)?$",
    _I,
)
CAPTION_NOTE = "named by a picture's caption"


# A figure's number standing for the name ("Figure 1"), the name the first short phrase of its text
_FIGURE_NUMBER = re.compile(r"^(?:fig(?:ure)?\.?)\s*\d{1,2}[a-z]?$", _I)
_NAME_PHRASE = re.compile(r"^([A-Z][\w'’-]*(?:[ ,-]+[\w'’()-]+){0,5})\.\s+(?=[A-Z])")


def named_after_figure(name: str, how: str | None) -> tuple[str, str] | None:
    """(name, the rest of ``how``) when the heading is only a figure's number and the text opens
    with the exercise's name ("Figure 1: Unloading the knee. Strap a weight …"); None otherwise, as
    when the text opens with a step ("Figure 2: Lie on your back.")."""
    text = how or ""
    m = _NAME_PHRASE.match(text) if _FIGURE_NUMBER.match(name.strip()) else None
    if not m or INSTRUCTION.match(m.group(1)):
        return None
    return m.group(1), text[m.end() :]


def caption_name(name: str) -> str | None:
    """The words of a picture's caption that stands for an exercise's name ("[figure: heel over a
    step, knee straight]" -> "Heel over a step, knee straight"), or None for any other name: a
    listener hears the caption's words, never its brackets or its figure number."""
    m = _CAPTION.match(name.strip())
    if not m:
        return None
    words = m.group(1).strip(" .")
    return words[:1].upper() + words[1:]


__all__ = [
    "CAPTION_NOTE",
    "TIMING_WORDS",
    "amrap_name",
    "caption_name",
    "named_after_figure",
    "clean_name",
    "is_schedule_label",
    "short_name",
    "without_brackets",
]
