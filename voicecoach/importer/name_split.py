"""A heading line's name and the text after it: ``"**Toe spread** — Place a band"`` gives the name
"Toe spread" and its text; a sentence gives no name. Every heading style asks this of its lines."""

from __future__ import annotations

import re
from functools import lru_cache

from .dose_names import LABELLED_DOSE_AFTER as _LABELLED_DOSE_AFTER
from .dose_names import dose_first
from .dose_names import name_and_dose as _name_and_dose
from .furniture import strip_markup
from .naming import TIMING_WORDS as _TIMING_WORDS
from .naming import clean_name
from .naming import short_name as _short_name
from .naming import without_brackets as _without_brackets
from .run_in_names import run_on_name
from .vocabulary import IMPERATIVE, INSTRUCTION

_I = re.IGNORECASE
# a name, then its text: after a spaced dash, an em dash, a colon or a tab; an en dash with no
# space either side joins a compound name ("Cat–Cow pose"), as a hyphen does
NAME_SPLIT = re.compile(
    r"^(.{2,60}?)(?:\s+[—–-]\s+|\s*—\s*|\s+–\s*|\s*–\s+|:\s+|\t+|(?<=[a-z])-\s+(?=[A-Z]))(.+)$"
)
LABEL_ONLY = re.compile(r"^\s*(?:exercise(?:\s+name)?|name|move|movement|pose|drill)\s*$", _I)
_UNIT_WORDS = re.compile(r"\b(?:seconds?|minutes?|reps?|times|sets?|rounds?)\b", _I)


_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_STOP_INSIDE = re.compile(r"[a-z][.!?]\s+\S")  # "Walking lunge.  6 on each side": a name, then more


# A short name and, in brackets, four words or more of how to do it (a technique note, not a
# qualifier such as "(easy)" or a dose such as "(x10)")
_BRACKET_NOTE = re.compile(r"^([^()]{2,50}?)\s*\(((?:[^()\s]+\s+){3,}[^()]*)\)\s*\.?$")


# A pose's Sanskrit name, a dash, then its English name and nothing else: one name
_ENGLISH_AFTER_SANSKRIT = re.compile(
    r"^[A-Za-z][\w ]*?asana\s+[-–—]\s+(?:[a-z][\w'’-]*\s+){0,5}(?:pose|bend|twist|stretch|fold|lunge|"
    r"bridge|plank|stand|balance|dog|bow|tree|warrior|triangle|cobra|child'?s pose)\.?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and asked of the same lines by several detectors
def split_name(text: str) -> tuple[str, str] | None:
    """``"**Toe spread** — Place a band"`` -> ``("Toe spread", "Place a band")``; None for a sentence."""
    bold = re.match(r"^(\*\*|__)(.+?)\1\s*[:.\-–—]?\s*(.*)$", text.strip())
    if bold:
        return clean_name(bold.group(2)), bold.group(3).strip()
    plain = strip_markup(text).strip()
    if (dosed := dose_first(plain)) is not None:
        return dosed
    labelled = _LABELLED_DOSE_AFTER.match(plain)  # "Calf Pumps Sets: 2 / Repetition: 10"
    if labelled and _short_name(labelled.group(1)) and not _TIMING_WORDS.search(labelled.group(1)):
        return clean_name(labelled.group(1)), labelled.group(2).strip()
    stepped = re.match(r"^(.{2,60}?)\s+(step\s*1\s*[:.)]\s*.+)$", plain, _I)
    if stepped and _short_name(stepped.group(1)) and not _TIMING_WORDS.search(stepped.group(1)):
        return clean_name(stepped.group(1)), stepped.group(2).strip()
    m = NAME_SPLIT.match(plain)
    if m and LABEL_ONLY.match(m.group(1)) and _short_name(m.group(2)) and not _STOP_INSIDE.search(m.group(2)):
        return clean_name(plain), ""  # "Exercise — Bridge", "Name: Clam": the label's name
    if m and _SENTENCE_INSIDE.search(m.group(1)):
        m = None  # "Forward lunge.  Go gently – you should feel it": the name ended at its full stop
    bare = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", m.group(1)) if m else ""
    if m and _short_name(bare) and not _TIMING_WORDS.search(bare):
        if _ENGLISH_AFTER_SANSKRIT.match(plain):  # "Supta baddha konasana - reclining bound angle pose."
            return clean_name(plain.rstrip(".")), ""
        return clean_name(m.group(1)), m.group(2).strip()
    if m and (dosed := _name_and_dose(m.group(1))):  # "Heel slides 10x – lie on your back"
        return dosed[0], f"{dosed[1]}. {m.group(2).strip()}"
    noted = _BRACKET_NOTE.match(plain)  # "Heel Flicks (Bring the foot up under you)": name, then its how
    if noted and _short_name(noted.group(1), 5) and not _TIMING_WORDS.search(noted.group(1)):
        return clean_name(noted.group(1)), noted.group(2).strip()
    if (
        _short_name(plain)
        and not _UNIT_WORDS.search(" ".join(plain.split()[:-1]))
        and not _STOP_INSIDE.search(plain)
    ):
        return clean_name(plain), ""  # a unit word may end a name ("Quad sets"), not start one
    if run_on := run_on_name(plain):
        return run_on
    # "Heel slides. Lie on your back …", "Side step.  5-7 on each side": a name, then its text or dose
    sentence = re.match(r"^([^.!?]{2,50}?)\.\s+([A-Z~]|\d+\s*(?:-|–|to)?\s*\d*\s*(?:x\b|[a-z]))(.*)$", plain)
    if (
        sentence
        and _short_name(
            _without_brackets(sentence.group(1)),
            7 if IMPERATIVE.match(sentence.group(2) + sentence.group(3)) else 5,
        )
        and not _TIMING_WORDS.search(_without_brackets(sentence.group(1)))
        and not INSTRUCTION.match(sentence.group(1))
    ):
        return clean_name(sentence.group(1)), (sentence.group(2) + sentence.group(3)).strip()
    return None


__all__ = ["LABEL_ONLY", "NAME_SPLIT", "split_name"]
