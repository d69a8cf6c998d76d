"""What the session says from an exercise's text.

``unspoken_dose(how)`` takes out the counts and times the importer reads into
fields ("Repeat 10 to 12 times.", "hold for 5 seconds", "3 sets of 10"), so the
spoken instructions never repeat a number the session already counts out.
Invariant: a sentence is dropped only when nothing but its dose is left; other
sentences keep their words, minus the dose phrase.
"""

from __future__ import annotations

import re

from .chatter import is_reader_chatter, without_citations, without_picture_references
from .leftovers import (
    alternatives_joined,
    bare_label,
    bullet_tidy,
    closes_with_next_label,
    dose_label_pieces,
    equipment_cell,
    table_cells,
    typeset_tidy,
    without_left_out,
)
from .numbers import UNITS_WORDS, normalize
from .vocabulary import INSTRUCTION, NUM_TEXT, TEMPO, UNIT_TEXT

_I = re.IGNORECASE
_N, _U = NUM_TEXT, UNIT_TEXT
_APPROX = r"(?:up to |about |around |at least |another |a further |a total of |a slow |a last |a )?"
# How often ("3 times a day", "5 sets a day") is advice the importer reads into no field: it is said
_NOT_HOW_OFTEN = r"(?!(?:\s+[a-z]+)?\s*(?:a|per|each|every)\s+(?:day|week|night|hour|morning|evening)\b|\s*(?:daily|weekly|hourly)\b)"
# A count of breaths is a hold's length ("stay for 5 slow breaths"); a stay of months or a distance is none
# "5 deep breaths", "15 relaxed breaths", "for five breath counts" (the counts go too)
_BREATHS = r"(?:(?:[a-z]+ )?breaths?(?:\s+counts?)?\b)"
_NOT_A_DOSE_UNIT = r"(?!\s*(?:months?|weeks?|days?|years?|inch(?:es)?|feet|foot|cm|centimet|met(?:re|er)s?|miles?|km|kilomet|pounds?|lbs?|kg|degrees?)\b)"
# "Perform 5 sets of 5 repetitions": the count of each set goes with its sets
# ("of 10 squeeze-and-lifts" names what is counted: left, so the sentence is said whole)
_OF_COUNT = rf"(?:(?:(?<=sets)|(?<=set))\s+of\s+{_N}(?!\.?\d)(?:\s*(?:repetitions|reps?|times)\b|(?=\s*(?:[,.;!?)]|$))))?"
# "all 4s" (on hands and knees) and "Under 5s" (young children) are no glued seconds
_NOT_GLUED_PLURAL = r"(?<!\ball )(?<!\bunder )"
# "5 x 20m length runs", "4 x 400 m": a count of a distance, no dose read into a field
_NOT_DISTANCE = r"(?!\s*(?:m|km|yds?|yards?|metres?|meters?|miles?|mi)\b)"
# A bare number that ends its phrase: a stop, a comma or a joining word comes next
_ENDS_PHRASE = r"(?=\s*(?:[,.;:!?)]|$|(?:then|and|or|before|while|as|until|each|at)\b))"
_DOSE_PHRASES = [
    # a dose labelled in a table's cell or a sheet's dose line ("Sets: 3", "Reps: 10", "Hold: 5 s")
    rf"\b(?:sets?|reps?|repetitions|hold(?: time)?|rounds)\s*[:=]\s*{_N}(?:\s*(?:{_U}|reps?\b|repetitions|times))?",
    rf"\b(?:and\s+)?(?:then\s+)?repeat\b[^.;!?]{{0,40}}?\b{_N}\s*(?:more\s+)?times?\b{_NOT_HOW_OFTEN}",
    rf"\b(?:and\s+)?(?:then\s+)?(?:do|perform|complete|aim for|work up to|carry on with|continue with)\s+"
    rf"(?:this\s+|it\s+)?{_APPROX}{_N}\s*(?:more\s+)?(?:times?|repetitions|reps?|sets?|rounds?|"
    rf"(?:[a-z-]+\s+){{0,2}}?[a-z-]+s)\b{_OF_COUNT}{_NOT_HOW_OFTEN}(?:\s+(?:on|with|per|for)\s+(?:each|every|either)\s+\w+)?",
    rf"\b(?:for\s+)?{_N}\s*sets?\s*of\s*{_N}\s*(?:repetitions|reps?|times)?{_NOT_HOW_OFTEN}",
    rf"\b{_N}\s*[x×]\s*{_N}(?!\.?\d){_NOT_DISTANCE}\s*(?:{_U}|repetitions|reps?\b)?",
    rf"(?:^|(?<=\s))[x×]\s*{_N}\b{_NOT_DISTANCE}(?:\s*(?:{_U}|repetitions|reps?\b))?(?:\s+each\s+(?:way|side|direction|\w+))?",  # "x 10 each way": a count the sheet wrote as times
    rf"\b{_APPROX}{_N}\s*(?:repetitions|reps?|sets?|rounds?|cycles?|times)\b(?:\s+(?:running|in a row|in all|in total|altogether))?{_NOT_HOW_OFTEN}"
    rf"(?:\s+(?:on|with|per|for)\s+each\s+\w+)?",
    rf"\b(?:for|hold(?:ing)?(?:\s+(?:it|this|the \w+|your breath))?(?:\s+for)?)\s+{_APPROX}(?:count\s+of\s+)?{_N}(?!\.?\d)\s*"
    # with no unit, the number ends its phrase: "holding one kettlebell" holds a thing, not a time
    rf"(?:(?:full |whole )?{_U}(?:\s+or\s+{_N}\b)?|{_BREATHS}|(?:slow\s+)?counts?\b|{_ENDS_PHRASE}){_NOT_HOW_OFTEN}{_NOT_A_DOSE_UNIT}"
    r"(?:\s*:\s*1(?:\s*(?:\.{2,3}|…|,)\s*\d+)+)?",  # "for a count of two: 1... 2": the count goes with it
    rf"\b(?:rest(?:ing)?|pause|break)\s+(?:for\s+)?{_APPROX}{_N}\s*{_U}(?:\s+between\s+\w+)?",
    # "Do 5-7 on each side.": a count with its sides and no unit
    rf"(?:\b(?:do|repeat)\s+)?(?<![\d.]){_N}\s+(?:on|with|per|for)\s+(?:each|every|either)\s+(?:side|leg|arm|foot|hand|way)\b",
    rf"(?<!\bonce )(?<!\btwice )(?<!\btimes )"  # "once an hour" is how often
    rf"\b{_APPROX}{_NOT_GLUED_PLURAL}{_N}[\s-]*{_U}{_NOT_HOW_OFTEN}(?:\s+(?:of\s+)?(?:rest|each|per side|on each side))?",
]
_FILLER = set(
    """repeat do this that it the a an exercise exercises and then hold for times time on each side
    sides leg legs foot feet arm arms up to of sets set reps rep rest between again another more total
    aim try work slowly with your per count counts seconds second minutes minute here stay there
    position stretch go through cycle is are be""".split()
)


def _content_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z']+", text) if w.lower() not in _FILLER and len(w) > 2)


# An arrow between steps ("Squat → Jump"): espeak-ng says "right arrow"
_ARROWS = re.compile(r"\s*[→←⟶⟵➝➞]\s*")
# A small word left alone as a sentence: "For" ending a paragraph whose dose was on the next line
_LONE_SMALL_WORD = re.compile(r"(?:for|and|with|to|of|then|but)\W*", _I)


# A sentence ends after its stop, but not inside a count said out ("count to four: 1... 2... 3... 4."):
# cut there, its numbers would be left alone as sentences and dropped ("1... 2... 3...")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\d\.\.\.)(?<!\d\.\.)(?<!\d…)\s+|(?<=[.!?])\s+(?!\d)|(?<=[.!?]\))\s+"
)


def spoken_sentences(text: str) -> list[str]:
    """``text``'s sentences as a listener should hear them: none addressed to the page's reader
    (with a question leading into it), no picture reference or citation, no table rule, bullet or
    label left over."""
    kept: list[str] = []
    tidy = typeset_tidy(without_citations(without_picture_references(table_cells(text.strip()))))
    for sentence in (piece for line in _SENTENCE_END.split(tidy) for piece in dose_label_pieces(line)):
        sentence = bullet_tidy(sentence).strip()
        if sentence[:1] in ":;,":  # a label's doubled colon left behind: "Purpose:: to improve …"
            sentence = sentence.lstrip(":;, ")
            sentence = sentence[:1].upper() + sentence[1:]
        if (
            not re.search(r"\w", sentence)
            or re.fullmatch(r"\(?\d{1,6}[.)]?|\(?[a-hA-H][.)]", sentence)
            or bare_label(sentence)
            or equipment_cell(sentence)
            or _LONE_SMALL_WORD.fullmatch(sentence)
        ):
            continue  # a picture's ".", a step's number "3." or letter "b.", a label "Setup.", a line's last "For"
        if is_reader_chatter(sentence):
            if kept and kept[-1].endswith("?"):  # its lead-in: "Still in pain? Book a consultation."
                kept.pop()
            continue
        kept.append(_ARROWS.sub(", ", sentence))  # after the link rows, whose arrows mark them
    kept = alternatives_joined(without_left_out(kept))
    if kept and closes_with_next_label(kept[-1]) and (len(kept) > 1 or kept[-1].endswith(":")):
        kept.pop()  # "Leg Swings:", "Hip exercises.": the next exercise's label or group's heading; "On floor:" alone
    return kept


def spoken(text: str | None) -> str | None:
    """``text`` (an exercise's ``what`` or a tip) as it is spoken, its numbers kept."""
    if not text:
        return text
    return " ".join(spoken_sentences(text)) or None


def unspoken_dose(how: str | None) -> str | None:
    """``how`` as it is spoken: without the dose phrases the importer turns into fields, the
    sentences addressed to the page's reader and the leftovers of typesetting (see module
    docstring)."""
    if not how:
        return how
    kept = []
    for sentence in spoken_sentences(how):
        if _about_the_session(sentence):
            continue
        said = normalize(sentence)
        if not re.search(r"\d", said) or TEMPO.search(sentence):  # a tempo is explained, not counted
            kept.append(sentence)
            continue
        stripped = _EVERY.sub("\x00", said)  # "every 2 to 3 hours" is how often: said
        often = _EVERY.findall(said)
        for pattern in _DOSE_PHRASES:
            stripped = re.sub(pattern, " ", stripped, flags=_I)
        for phrase in often:
            stripped = stripped.replace("\x00", phrase, 1)
        if stripped == said:
            kept.append(sentence)
            continue
        stripped = _EMPTY_BRACKETS.sub(lambda m: " " if _said_nothing(m.group(0)) else m.group(0), stripped)
        if _content_words(stripped) < 2:  # nothing but the dose and how often: how often alone is said
            if how_often := _HOW_OFTEN.search(normalize(_as_written(stripped, sentence))):
                said_often = re.sub(r"^1 times?\b", "once", re.sub(r"^2 times\b", "twice", how_often[0]))
                kept.append(_as_written(said_often[:1].upper() + said_often[1:] + ".", sentence))
            continue
        stripped = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", stripped)).strip(" ,;")
        stripped = re.sub(r"\s*\b(?:and|then|or)\s*([.!?])$", r"\1", stripped).strip()
        stripped = _tidy_remainder(stripped)
        if _BROKEN.search(stripped):  # a number said twice is better than a sentence cut in two
            kept.append(sentence)
            continue
        kept.append(_as_written(stripped[:1].upper() + stripped[1:], sentence))
    return " ".join(kept) or None


# What taking a dose out of a sentence leaves to tidy, in order
_REMAINDER_TIDY = [
    (r"[,;]\s*([.!?;])", r"\1"),
    (r"(?<!\.)\.\.(?!\.)", "."),  # "on HOLD 5 SECONDS.REPEAT 5 TIMES." left "on.."
    (r"\s*:\s*(?=[.!?]$)", ""),  # "Front Plank (Alternating Legs): 3 x 12." left "):."
    (r"\(\s*[,;]\s*", "("),  # "(10 times, each direction)" left "(, each direction)"
    (r"\s+[-–—]\s*(?=[.!?]$)", ""),  # "back again - 20 times." left "back again - ."
    (r",(?:\s*,)+", ","),  # "round the dial, 5 times, pausing": one comma
    (r";\s*,", ","),  # "one side; hold for 5 breaths, then": "one side, then"
]


def _tidy_remainder(stripped: str) -> str:
    """A sentence's words left once its dose is out, with the punctuation the dose left tidied, a
    stop at its end, and no "and" before a "then" that now opens it ("Then relax.")."""
    for pattern, replacement in _REMAINDER_TIDY:
        stripped = re.sub(pattern, replacement, stripped)
    if stripped and not re.search(r"[.!?]\)?$", stripped):  # "(… I suppose.)" ends already
        stripped += "."
    return re.sub(r"^and\s+(?=then\b)", "", stripped, flags=_I)


# How often, as a span of time ("every 2 to 3 hours", "every 30 minutes"), and a rate ("3 hops a
# second", normalized "3 hops 1 sec"): no length of the exercise
_EVERY = re.compile(
    rf"\bevery\s+(?:other\s+)?{_N}\s*{_U}|(?<=\d )[a-z]+s 1 (?:secs?|seconds?|mins?|minutes?)\b", _I
)
# How often, said when the rest of its sentence was the dose: "3 times a week.", "daily."
_HOW_OFTEN = re.compile(
    r"\b(?:\d+(?:\s+to\s+\d+)?\s+times|once|twice)\s+(?:a|per|each|every)\s+(?:day|week|night|morning|evening)\b"
    r"|\b(?:daily|weekly|hourly)\b",
    _I,
)
# A sentence about the article's exercises as a whole, left at the end of the last one's text by the
# paragraph after it ("Done daily, these four moves strengthen your hips."): no step of this exercise
_ABOUT_THE_SESSION = re.compile(
    r"\b(?:these|all (?:the|of the|of these))\s+(?:[a-z-]+\s+){0,2}?(?:exercises|moves|movements|stretches|poses|"
    r"drills|activities|routines)\b|^(?:[A-Z][a-z]+(?: [a-z]+){0,3},\s+)?these\s+(?:help|will|can|should|may|are)\b",
    _I,
)


def _about_the_session(sentence: str) -> bool:
    """A sentence about the article's exercises as a whole that instructs nothing: one that
    starts with a verb ("Do these exercises bent over at the waist."), sets a condition ("If
    anything worries you while doing these exercises, …") or sends the listener to another side
    is said."""
    return bool(
        _ABOUT_THE_SESSION.search(sentence)
        and not INSTRUCTION.match(sentence)
        and not re.search(r"\b(?:if|other|opposite|left|right)\b", sentence, _I)
    )


# A bracket the dose leaves with nothing said in it: "(10 seconds at most)" -> "( at most)"
_EMPTY_BRACKETS = re.compile(r"\(\s*[^()]*\)")
_QUALIFIERS = {
    "most",
    "least",
    "more",
    "than",
    "no",
    "total",
    "max",
    "maximum",
    "minimum",
    "approx",
    "each",
    "all",
}
_QUALIFIERS |= {"example", "instance", "roughly"}  # "(for example 4 seconds)", "(about 10 mins in all)"


def _said_nothing(bracket: str) -> bool:
    """A bracket left with only a qualifier of the number taken out of it: "( at most)"."""
    words = [w for w in re.findall(r"[A-Za-z']+", bracket) if w.lower() not in _FILLER | _QUALIFIERS]
    return not any(len(w) > 2 for w in words)


# What taking a dose out of the middle of a sentence leaves: "with of recovery", "as.", "is;",
# "fast, each.", "ICE –,", "lips or more counts", "manage in."
_BROKEN = re.compile(
    r"\b(?:as|for|with|from|of|to|into|at|by|than|is|are|was|were|be|the|a|an|about|after|before|between|"
    r"within|per|every|around|manage in|makes)\s*(?:[,.;:!?)]|$)"
    r"|\b(?:with|for|from|to|after|in|into|of|able to)\s+(?:of|between|per)\b|\beach\s*[.!?]"
    r"|[-–—]\s*[,.;]|(?:^|[^\d\s])\s+or more\b|^(?:of|or|and|per)\b"
    # "the of work", "Use the as a warm-up", "better than of cardio", "– of work", "Spend at each
    # station", "until you reach.", "add to every set"
    r"|\b(?:the|a|an|that|than)\s+(?:of|as)\b|[-–—]\s*of\b|\bspend\s+(?:at|on|in|with|between)\b"
    r"|\b(?:reach|add)\s*(?:[.!?;,]|$|to\b)"
    # "into a target in?", "How many times in can you run", "for every you spend", "spend focusing",
    # "While breathing deeply." (its "Hold for 20 seconds" gone)
    r"|\bin\s*\?|\bin\s+can\b|\bevery\s+(?:you|we|they)\b|\bspend\s+\w+ing\b|^(?:while|whilst|until)\b"
    r"|^(?:before|after|if|unless)\b[^,;:]*[.!?]?$"
    # "Try 20 rolls, and if it feels good." (its "do two sets" gone): a condition with nothing after it
    r"|,\s*(?:and|but|then)\s+(?:if|when|once|unless)\b[^,;:]*[.!?]?$"
    # "building." and "working." (their "up to 10 seconds" gone), "taking only over it", "take to get
    # there", "takes, so", "Stay on this side, or until …", "you can, or keep going"
    r"|\b(?:building|working)\s*(?:[,.;!?]|$)|\btak(?:e|es|ing)\s*(?:[,.;!?]|$)"
    r"|\btak(?:e|es|ing)\s+(?:only\s+|just\s+|about\s+)?(?:over|to\s+(?:get|do|come|go|reach|complete))\b"
    r"|\btak(?:e|es|ing)\s+(?:off|out)\s+(?:every|each|per|between)\b"
    r"|,\s*or\s+(?:until|till)\b|\b(?:can|could|should|may)\s*,\s*or\b"
    # "the right foot; (or as many times as …)": its "repeat three times" gone; "If you can.": its
    # "Hold for 10 seconds" gone; "Before switching sides.": its "Hold for 5 breaths" gone
    r"|[;,]\s*\((?:or|and)\b"
    # "Start with with the chair" (its "ten repetitions" gone), "take break" (its "a two-minute"
    # gone), "When you are starting out." (its "Repeat 4 times" gone), "[so goal is ]"
    r"|\b(with|for|to|of|in|on|at|from)\s+\1\b|\b(?:take|takes|taking|have|has|having)\s+(?:break|rest|pause|breather)\b"
    r"|\bbetween\s+\d+(?:\s+and)?\s*[.!?,;]"  # "between 10." (its "and 30 seconds" gone)
    r"|,\s*do\s*[.!?]$"  # "After 10 minutes of easy running, do." (its "6 x 1 minute fast" gone)
    r"|^(?:when|whenever|once|as soon as)\s+(?:you|your|the|it|they|we|this|that)\b[^,;:]*[.!?]?$|\b(?:as|for|with|of|to|at|by|than|is|are|the|a|an)\s*\]",
    _I,
)


def unspoken_caption(how: str | None, name: str) -> str | None:
    """``how`` without a picture's caption that opens it ("single leg balance ankle sprain.": a
    short lower-case line sharing a word with the exercise's name), its first letter a capital."""
    if not how:
        return how
    first, _, rest = how.partition(". ")
    named = {w for w in re.findall(r"[a-z]{4,}", name.lower())}
    words = re.findall(r"[A-Za-z'-]+", first)
    if (
        rest
        and first[:1].islower()
        and len(words) <= 8
        and "," not in first
        and not INSTRUCTION.match(first)  # "squat down slowly.": a step, not a caption
        and named & {w.lower() for w in words}
    ):
        how = rest
    return how[:1].upper() + how[1:]


_WORDS = ("zero", *UNITS_WORDS[:12])  # the words respelled: zero to twelve
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()


def _as_written(stripped: str, sentence: str) -> str:
    """A number the article wrote as a word ("put one heel"), spelled again: the dose phrases
    are taken out of the normalized sentence, whose digits are for parsing only."""

    def spelled(m: re.Match) -> str:
        n = int(m.group(0))
        if n >= len(_WORDS) or re.search(rf"(?<![\d.]){n}(?![\d.])", sentence):
            return m.group(0)
        word = _WORDS[n]
        return word.capitalize() if m.start() == 0 else word

    def ordinal(m: re.Match) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(_ORDINALS) or m.group(0) in sentence:
            return m.group(0)
        return _ORDINALS[n - 1].capitalize() if m.start() == 0 else _ORDINALS[n - 1]

    stripped = re.sub(r"(?<![\d.])(\d+)(?:st|nd|rd|th)\b", ordinal, stripped)  # "1st" was "first"
    stripped = re.sub(r"\b1 at a time\b", "one at a time", stripped)  # an idiom, never a count
    if not re.search(r"\bitems?\b", sentence, _I):  # "each one" is read as "each item", a pronoun
        stripped = re.sub(r"\b(\w+) item\b", r"\1 one", stripped)
    return re.sub(r"(?<![\d.])\d+(?![\d.\w])", spelled, stripped)


__all__ = ["spoken", "spoken_sentences", "unspoken_dose", "unspoken_caption"]
