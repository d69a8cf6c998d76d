"""What a page's typesetting leaves in an exercise's text that no voice should read: a table's
rules and dose labels, quote marks, bullets, a line wrapped after a small word, a slash range,
a section's label left as a sentence, the next exercise's label at the end.

Pure text to text; ``saying`` splits the result into the sentences it says.
"""

from __future__ import annotations

import re

from .furniture import label_of
from .vocabulary import INSTRUCTION, NUM_TEXT, UNIT_TEXT

_I = re.IGNORECASE
_N, _U = NUM_TEXT, UNIT_TEXT


def table_cells(text: str) -> str:
    """A table's row read as an exercise's text ("|  | Sets: 3 Reps: 10 |"): its cells as
    sentences, the empty ones and the rules between them not said."""
    if not text.startswith("|"):
        return text
    cells = [cell.strip() for cell in text.split("|") if cell.strip(" -:")]
    return " ".join(cell if cell[-1] in ".!?" else cell + "." for cell in cells)


# A sheet's dose line, several labels in one ("Sets: 3 Reps: 10 Freq: 2/3 times a day Hold: 5")
_DOSE_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:sets?|reps?|repetitions|freq(?:uency)?|hold(?: time)?|rest|duration|how often)\s*:\s*",
    _I,
)


def dose_label_pieces(sentence: str) -> list[str]:
    """A dose line's labelled values, each its own sentence: a count or time labelled as a dose
    ("Sets: 3") is read into fields, not said; any other value is said without its label
    ("Freq: 2/3 times a day" -> "2 to 3 times a day.", "Reps: as many as you can")."""
    starts = [m.start() for m in _DOSE_LABEL.finditer(sentence)]
    if len(starts) < 2:
        return [sentence]
    pieces = [sentence[: starts[0]].strip()] if starts[0] else []
    for start, end in zip(starts, [*starts[1:], len(sentence)], strict=True):
        piece = sentence[start:end].strip()
        if re.fullmatch(rf"{_DOSE_LABEL.pattern}{_N}\s*(?:{_U}|reps?|repetitions|times)?\W*", piece, _I):
            continue
        value = _DOSE_LABEL.sub("", piece, count=1).strip(" .")
        for said in _run_on(value):  # "Every 2/3 hours Do this one on your bed": a cell's two sentences
            pieces.append(said[:1].upper() + said[1:] + ("" if said[-1] in ".!?" else "."))
    return pieces


def _run_on(text: str) -> list[str]:
    """``text`` parted where an instruction starts after a lower-case word with no stop between."""
    parts, last = [], 0
    for gap in re.finditer(r"(?<=[a-z])\s+(?=[A-Z][a-z])", text):
        if INSTRUCTION.match(text[gap.end() :]):
            parts.append(text[last : gap.start()])
            last = gap.end()
    return [part.strip() for part in [*parts, text[last:]] if part.strip()]


# A range written with a slash ("2/3 times a day", "every 2/3 hours", "20/30 minutes"): 2 to 3, not two thirds
_SLASH_RANGE = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])(?=\s*(?:times|hours|hrs|days|minutes|mins|seconds|secs|reps)\b)",
    _I,
)


def said_scores(text: str) -> str:
    """A score out of ten said as a voice should ("pain reaches 4/10" -> "4 out of 10"), never
    "four slash ten"."""
    return re.sub(r"(?<![\d/.])(\d{1,2})\s?/\s?10\b(?![\d/])", r"\1 out of 10", text)


# A range with a dash ("2-3 times a day", "2 -3 x a day", "9 – 10 inches"): espeak-ng says "two dash
# three", "nine, ten"; a chain ("4-7-8", a tempo "3-1-1") and a date are no range
_DASHED_RANGE = re.compile(
    r"(?<![\d.,:/-])(?<![-–] )(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d.,:/]?\d|\s*[-–]\s*\d)"
)


# A unit's abbreviation after a number, which espeak-ng reads as a clipped word ("8min" "eight min",
# "30 secs", "1.5kg" "one point five kay gee")
_UNIT_WORDS = {
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "hr": "hour",
    "hrs": "hour",
    "kg": "kilogram",
    "kgs": "kilogram",
    "km": "kilometre",
    "kms": "kilometre",
}
_ABBREVIATED_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(mins?|secs?|hrs?|kgs?|kms?)\b", _I)


def said_units(text: str) -> str:
    """A unit abbreviated after a number said as its word: "8min" -> "8 minutes", "1 sec" -> "1 second"."""

    def word(m: re.Match) -> str:
        unit = _UNIT_WORDS[m[2].lower()]
        return f"{m[1]} {unit}{'' if m[1] == '1' else 's'}"

    return _ABBREVIATED_UNIT.sub(word, text)


def said_ranges(text: str) -> str:
    """Each range written with a dash said with "to": "2-3 times a day" -> "2 to 3 times a day"."""
    return _DASHED_RANGE.sub(r"\1 to \2", text)


def typeset_tidy(text: str) -> str:
    """Punctuation a joined line or a dropped picture leaves doubled ("round,; after that",
    "Touches,. Walking", "(… painful.).", "Bend. [drawing] ."), a full stop a wrapped line put after
    a small word, a quoted paragraph's marks, "2/3 times a day" said as a range, a unit doubled."""
    text = re.sub(r",\s*;", ";", text)
    text = re.sub(
        r":-?\.(?=\s|$)|:-(?=\s|$)", ":", text
    )  # a handout's label: "Start position:-", "Inversion:-."
    text = re.sub(r"\\[*_#`]\s*", "", text)  # a markdown mark the page's editor escaped: "\* My tip"
    # a wrapped line; after a sentence's end "a." is a step's letter ("… will go. a. Modification")
    text = re.sub(r"(?<![.!?]\s)\b(the|a|an|of|and|or|your|from|by)\.\s+(?=\S)", r"\1 ", text)
    # "Do" / "NOT …" wrapped too, where "… if you need to. Step back" is two sentences
    text = re.sub(r"\b(Do|to|with)\.\s+(?=[a-z]|[A-Z]{2,}\b)", r"\1 ", text)
    if "<" not in text:  # not a link's arrows: "< Previous | Next >"
        text = re.sub(r"\.\s+>\s+(?=[a-z])", " ", text)  # a quoted paragraph's wrapped line: "as you. > can"
        text = re.sub(r"(?:^|(?<=\s))>\.?\s+(?=\S)", "", text)  # its quote marks: "> Got the …", ">. >"
    text = re.sub(
        r"\b(Ext|Tel|No|[Aa]pprox|ca)\.\s+(?=\d)", r"\1 ", text
    )  # "Ext. 4071", "approx. 20": no end
    text = said_scores(text)
    text = said_units(said_ranges(text))
    text = re.sub(r"(?<!\w)#\s?(?=\d)", "", text)  # "exercise #2": a voice says "hash two"
    text = re.sub(
        r"(?<=\d) ?x (?=(?:a|per) (?:day|week)\b)", " times ", text
    )  # "3 x a day": "times", not "ex"
    text = _SLASH_RANGE.sub(lambda m: f"{m[1]} to {m[2]}" if int(m[1]) < int(m[2]) else m[0], text)
    text = re.sub(r"\b(hours|minutes|seconds|times|days)\s+\1\b", r"\1", text, flags=_I)  # "hours hours"
    text = re.sub(r",\.(?=\s+\S)", ",", text)
    text = re.sub(r",\.$", ".", text)
    text = re.sub(r"(?<!\.)([.!?])\s*\.(?!\.)", r"\1", text)  # a picture reference taken from between them
    return re.sub(r"([.!?])\)\.", r"\1)", text)


def bullet_tidy(sentence: str) -> str:
    """A bullet the reader kept inside a sentence ("· Running.", "may: o Bend forward", "⁺Not
    advised"): a PDF's "o" bullet before a capital, a middle dot, a superscript sign."""
    sentence = re.sub(r"^[·•▪‣◦⁺]\s*|⁺|(?:^|(?<=\s))[+-]{0,2}\s?=\s+(?=[A-Z])", "", sentence)
    sentence = re.sub(r"(^|\s)-(?=[A-Z][a-z])", r"\1", sentence)  # "-Rub your hands": a dash bullet
    sentence = re.sub(r"(^|\s)\*+(?=[A-Z])", r"\1", sentence)  # "*Keep looking ahead": a star bullet
    sentence = re.sub(
        r"^(?:step|stage)\s*\d{1,2}\s*[:.)–-]\s*(?=\S)", "", sentence, flags=_I
    )  # "Step 3: Lift"
    sentence = re.sub(
        r"^(?:description|instructions?|steps?|directions?|method)\s*:\s*(?=\S)", "", sentence, flags=_I
    )
    # a handout's step label set off by a dash: "Action – Keep your heel on the wall."
    sentence = re.sub(
        r"^(?:action|movement|position|start(?:ing)? position)\s*[–—-]\s*(?=[A-Z])", "", sentence, flags=_I
    )
    step = re.match(r"^\d{1,2}\s+(?=[A-Z][a-z])", sentence)  # "2 Come up to standing.": a step's number
    if step and INSTRUCTION.match(sentence[step.end() :]):
        sentence = sentence[step.end() :]
    # a step's number or letter run into the text: "1] Lie on your back", "(2) Raise", "b) Lower"
    step = re.match(r"^(?:\(?\d{1,2}[\])]|\(?[a-h]\)|\([a-h]\))\s+(?=[A-Z][a-z])", sentence)
    if step and (sentence[0].isdigit() or sentence[1].isdigit() or INSTRUCTION.match(sentence[step.end() :])):
        sentence = sentence[step.end() :]
    return re.sub(
        r"(^|[:;.]\s+|\s)[oO]\s+(?=[A-Z][a-z])", lambda m: m.group(1) if m.group(1).strip() else " ", sentence
    )


# A short capitalised label closing the text, the name of what comes next ("Ankle Circles:")
_NEXT_LABEL = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’()-]+){0,4}:$")
_NEXT_GROUP = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2} (?:exercises|stretches|drills|poses)\.?$")
_SAID_LABELS = {"how", "what"}  # a label over steps or a purpose; "Hold." and "Rest." are steps
_NOT_LABELS = {"start", "do it", "to do it", "how", "action", "form", "works"}


def without_left_out(sentences: list[str]) -> list[str]:
    """``sentences`` without a run-in label of what the exercise leaves out ("Alternatives:
    Crocodile. Child.", "Modifications: Knees bent.") and the short fragments listed after it,
    as a label on its own line is left out; a step after it ("Then lower slowly.") is said."""
    kept, dropping = [], False
    for sentence in sentences:
        labelled = label_of(sentence)
        if labelled:
            dropping = labelled[0] == "drop"
        elif dropping and (len(sentence.split()) > 5 or INSTRUCTION.match(sentence)):
            dropping = False
        if not dropping:
            kept.append(sentence)
    return kept


# A table's equipment cell read as a sentence ("Chair.", "Cushion/pillow.", "Nil equipment."): the
# session says what to have ready from the exercise's ``equipment``
_KIT = (
    r"(?:chairs?|pillows?|cushions?|towels?|(?:resistance |exercise )?bands?|theraband|mats?|balls?|steps?|straps?|"
    r"belts?|weights?|dumbbells?|bench|wall|table|bed|none|nil)"
)
_EQUIPMENT_CELL = re.compile(
    rf"^(?:(?:nil|no) equipment(?: needed| required)?|(?:equipment:\s*)?{_KIT}(?:\s*(?:/|,|\bor\b|\band\b)\s*{_KIT}){{0,2}})\W*$",
    _I,
)


def equipment_cell(sentence: str) -> bool:
    """A sentence that is only a table's equipment cell: "Chair.", "Cushion/pillow.", "Nil equipment."."""
    return bool(_EQUIPMENT_CELL.match(sentence.strip()))


def bare_label(sentence: str) -> bool:
    """A section's label left as a sentence of its own ("Starting Position.", "Movement.",
    "Setup."), its text in the sentences after it."""
    words = sentence.rstrip(".:").strip()
    labelled = label_of(words + ":") if len(words.split()) <= 3 else None
    return bool(labelled and labelled[0] in _SAID_LABELS and labelled[1] not in _NOT_LABELS)


# A site's name and strapline closing a pasted text ("Pain Removers - stretching and massage
# therapy.", "Northside Physio | movement for life"): two or more capitalised words, a dash or bar,
# then a few lower-case words with no instruction among them
_TAGLINE = re.compile(r"^[A-Z][\w&'’]*(?: (?:&|[A-Z][\w&'’]*)){1,4} [-–—|] [a-z][a-z ,&'’-]{2,60}\.?$")


def closes_with_next_label(sentence: str) -> bool:
    """A text's last sentence that names what comes next, or the page it came from: the next
    exercise's label ("Ankle Circles:"), the next group's heading ("Hip exercises."), a site's
    name and strapline ("Pain Removers - stretching and massage therapy.")."""
    if _TAGLINE.match(sentence) and not INSTRUCTION.search(sentence.split(" ", 2)[-1]):
        return True
    return bool(_NEXT_LABEL.match(sentence) or _NEXT_GROUP.match(sentence))


def alternatives_joined(sentences: list[str]) -> list[str]:
    """An "OR" on a line of its own between two ways to do it ("… Breathing smoothly. OR. Sit on a
    ball …", "OR: Sit on a ball") said as the start of the second: "Or, sit on a ball …" (a voice
    may spell a capitalised "OR" out)."""
    joined: list[str] = []
    after_or = False
    for sentence in sentences:
        if after_or:
            joined.append(_second_way(sentence))
            after_or = False
        elif re.fullmatch(r"or\s*[.:!,-]?", sentence, _I):
            after_or = True  # said with the sentence after it; a last one alone is not said
        elif m := re.match(r"or\s*[:–—-]\s*(?=[A-Z][a-z])", sentence, _I):  # "OR: Stand by a chair"
            joined.append(_second_way(sentence[m.end() :]))
        else:
            joined.append(sentence)
    return joined


def _second_way(sentence: str) -> str:
    """ "Sit on a ball …" -> "Or, sit on a ball …" (an acronym's capitals kept: "Or, ROM …")."""
    first = sentence[:1].lower() if sentence[1:2].islower() else sentence[:1]
    return "Or, " + first + sentence[1:]


__all__ = [
    "alternatives_joined",
    "bare_label",
    "bullet_tidy",
    "closes_with_next_label",
    "dose_label_pieces",
    "equipment_cell",
    "said_ranges",
    "said_scores",
    "said_units",
    "table_cells",
    "typeset_tidy",
    "without_left_out",
]
