"""One exercise block -> its labelled parts: what it does, how to do it, timing text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import label_of, strip_markup
from .structure import Block
from .vocabulary import DOSE_UNITS

_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+")
_PAREN_TIMING = re.compile(r"\s*[(\[]([^)\]]*\d[^)\]]*)[)\]]\s*")
_TIMING_LABEL_TEMPLATES = {
    "rep": "{n} reps{rest}",
    "repetitions": "{n} reps{rest}",
    "how many": "{n} reps{rest}",
    "target rep": "{n} reps{rest}",
    "set": "{n} sets{rest}",
    "hold": "hold for {v}",
    "duration": "for {v}",
    "main": "for {v}",
    "time": "for {v}",
    "how long": "for {v}",
    "rest": "rest {v}",
    "round": "{n} rounds{rest}",
    "per side": "{v} per side",
    "sides": "on each side",
}


@dataclass(frozen=True)
class Parts:
    """The spoken texts of an exercise and the text its numbers are read from.

    ``tips`` are the "Tip:" / "Note:" sentences (kept out of the spoken ``how``).
    """

    name: str
    what: str | None
    how: str | None
    timing: str
    tips: tuple[str, ...] = ()
    section: str = ""  # the heading of its section ("Running exercises"), where known


def _sentence(line: str) -> str:
    text = strip_markup(_LIST_MARK.sub("", line)).strip()
    if text and text[-1] not in ".!?:;":
        text += "."
    return text


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


_HOW_OFTEN = re.compile(
    r"\d+\s*(?:[x×]|times)?\s*/?\s*(?:daily|weekly|a day|per day|a week|per week)\W*", re.I
)


# Movements counted within a breath ("breathing in for 5 pumps"): the breaths pace a movement
_PACED_BY_BREATH = re.compile(
    r"\b(?:in|out)\s+for\s+\d+\s+(?!(?:seconds?|secs?|counts?|beats?)\b)[a-z]+s\b", re.I
)


def timing_label_text(word: str, value: str, text: str = "") -> str:
    """``("sets", "3")`` -> ``"3 sets"``; a value that says more doses is kept with its label.
    A count of breaths under a reps label ("Reps: 5 Breaths") is a position held that long,
    unless the exercise's ``text`` counts movements within a breath ("in for 5 pumps")."""
    if (
        word.startswith("rep")
        and re.fullmatch(r"\s*\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:deep\s+|slow\s+)?breaths?\s*", value, re.I)
        and not _PACED_BY_BREATH.search(text)
    ):
        return f"hold for {value.strip()}"
    if _HOW_OFTEN.fullmatch(value.strip()):
        return value  # "Repetitions: 2x daily": how often, which the frequency family drops
    if re.search(r"\b(?:reps?|repetitions|times|sets?|rounds?)\b|\d\s*[x×]\s*\d", value, re.I):
        if re.match(r"\s*[\d.]+\s+(?:reps?|repetitions|sets?|hold|rest)\s*:?\s*\d", value, re.I):
            return f"{word}: {value}"  # "Sets: 3 Reps 12-15x": the next label and its number, no colon
        if re.match(
            r"\s*[\d.]+(?:\s*(?:-|to)\s*[\d.]+)?\s*(?:[x×]|reps?|repetitions|times|sets?|rounds?)\b(?!\s*:)",
            value,
            re.I,
        ):
            return value  # "Reps: 3 sets of 10": the value says its own unit ("Sets: 2 Reps: 10": the next label)
        return f"{word}: {value}"  # "Hold: 10 s. Sets: 2": the families read labels before numbers
    number, _, rest = value.partition(" ")
    for key, template in _TIMING_LABEL_TEMPLATES.items():
        if word.startswith(key):
            return template.format(v=value, n=number, rest=" " + rest if rest else "")
    return value


_DOSE_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    rf"thirty|{DOSE_UNITS}|time|repetition|each side|per side|rotations?|stands?)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"\s*\((?:(?:for|to|good for|targets?)\s[^()]*|(?:flexibility|strength(?:ening)?|stretch(?:ing)?|"
    r"balance|mobility|range of (?:motion|movement)|endurance|cardio|beginners?|"
    r"intermediate|advanced|easy|easier|hard|harder|optional|if (?:able|possible|comfortable|you can)|"
    # a pointer to a picture, or the sides, is not the name: "(see picture)", "(Fig. 2)", "(both legs)"
    r"(?:see|fig\.?|figure|picture|photo|image|video|diagram|illustration)\b[^()]*|"
    r"(?:both|each|either|alternate|alternating|left (?:and|&) right|right (?:and|&) left)"
    r"(?:\s+(?:sides?|legs?|arms?|feet|foot|hands?))?))\)",
    re.IGNORECASE,
)
_NAME_DOSE = re.compile(
    r"(?:\s+for\s+|\s*[,–—-]\s*|\s+)((?:\d+(?:\.\d+)?|an?|one|two|three|five|ten)\s*"
    r"(?:minutes?|mins?|seconds?|secs?|reps?|repetitions|sets?\s+of\s+\d+|[x×]\s*\d+)\b.*|[x×]\s*\d+\b.*|"
    # "Simhasana - 5 rounds, seated", "Cat cow 8 times": a count in digits, not "4-7-8 breath"'s last
    r"(?<![\d-])\d+\s*(?:times|rounds?|breaths|cycles?)\b.*)$",
    re.IGNORECASE,
)
# "Bridge lifts: x8 reps, 2 rounds": a colon, then nothing but a dose
_DOSE_ATOM = (
    r"(?:@\s*|tempo\s*|hold(?:\s+for)?\s+)?(?:[x×]\s*)?\d+(?:\s*(?:-|to|:)\s*\d+)*(?:\s*[x×]\s*\d+)?"
    rf"(?:\s*(?:{DOSE_UNITS}|each side|per side|each leg|on each side|tempo))?"
)
_COLON_DOSE = re.compile(
    rf"\s*:\s*({_DOSE_ATOM}(?:\s*(?:,|;|&|\band\b|\bof\b)?\s*{_DOSE_ATOM})*)\s*\.?\s*$", re.I
)


def _is_dose(bracketed: str) -> bool:
    """ "(10 reps)" is a dose; "(Part 1)", "(level 2)" label the exercise."""
    return bool(_DOSE_WORDS.search(bracketed)) and not re.fullmatch(
        r"\s*(?:part|level|step|stage|phase|version|variation|option|no\.?|#)\s*\d+\s*",
        bracketed,
        re.IGNORECASE,
    )


def _split_name(name: str) -> tuple[str, str]:
    """The name without its dose: ``"Cat-cow (10 reps)"`` -> ``("Cat-cow", "10 reps")``,
    ``"5BX Exercise 1 for 2 minutes"`` -> ``("5BX Exercise 1", "2 minutes")``; a purpose in
    brackets ("(for strength and balance)") is left out."""
    name = _PURPOSE.sub("", name)
    extras = []
    for m in re.finditer(r"\s*\(([^()]*)\)\s*", name):
        if _is_dose(m.group(1)):
            extras.append(m.group(1))
    name = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if _is_dose(m.group(1)) else m.group(0), name)
    colon = _COLON_DOSE.search(name)
    if colon and colon.start() > 0 and re.search(r"\d", colon.group(1)):
        extras.append(colon.group(1))
        name = name[: colon.start()]
    tail = _NAME_DOSE.search(name)
    if tail and tail.start() > 0:
        extras.append(tail.group(1))
        name = name[: tail.start()]
    return name.strip(" ,–—-"), " ".join(e.strip().rstrip(".") + "." for e in extras)


_DOSE_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)?\s*(?:sets?\s+of\s+\d+\s*)?(?:reps?|repetitions|sets?|"
    r"seconds?|secs?|minutes?|mins?|x\s*\d+)\b[^.]{0,20}|(?:\w+\s*){1,2}(?:times?|x)\s*/\s*"
    r"(?:day|week))\s*$",
    re.IGNORECASE,
)


def _number_wrapped(before: str, line: str) -> bool:
    """ "… Hold for" / "5 seconds. Repeat 10 times.": a sentence wrapped before a number (not a
    dose line under a dose line, "10 reps" / "10 seconds")."""
    return bool(re.match(r"^\s*\d+(?:\.\d+)?\s*[a-z]", line)) and len(before.split()) >= 4


def _join_wrapped(lines: list[str]) -> list[str]:
    """Lines broken inside a sentence (PDFs, saved text) joined back: "holding" / "knee and shin"."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and out[-1].strip()
            and line.strip()
            and (re.match(r"^\s*[a-z(]", line) or _number_wrapped(out[-1], line))
            and not re.search(r"[.!?:;]\s*$", out[-1])
            and not _LIST_MARK.match(line)
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _prescription(lines: list[str]) -> tuple[list[str], list[str]]:
    """Dose lines under the name ("10 reps", "10 seconds", "3 sets of 10 reps") and the rest.

    With a rep count beside it, a bare time is the hold of each rep (clinic programme exports).
    """
    dose: list[str] = []
    rest: list[str] = []
    for line in lines:
        (dose if _DOSE_LINE.match(strip_markup(line)) and not rest else rest).append(line)
    if any(re.search(r"\breps?\b|repetitions", d, re.I) for d in dose):
        dose = [
            f"hold for {d.strip()}" if re.fullmatch(r"\s*[\d.]+\s*(?:seconds?|secs?)\s*", d, re.I) else d
            for d in dose
        ]
    return [d.strip() + "." for d in dose], rest


# "Hold for 30 seconds to start, building up to 60": today's dose is the first; the goal (in the
# same unit) is a progression. "relax 10 seconds …, building up to 10 repetitions" is the count.
_TIME, _COUNT = r"(?:seconds?|secs?|minutes?|mins?)", r"(?:reps?|repetitions|times)"
_PROGRESSION = re.compile(
    "|".join(
        rf"(\d+\s*{unit}\b[^.;\d]{{0,40}}?)\s*[,;]?\s*(?:and\s+|then\s+)?(?:gradually\s+|slowly\s+)?"
        rf"(?:build(?:ing)?|work(?:ing)?)\s+up\s+to\s+\d+(?!\d)(?:\s*{unit}\b)?(?!\s*{other})"
        for unit, other in ((_TIME, _COUNT), (_COUNT, _TIME))
    ),
    re.IGNORECASE,
)


def block_parts(block: Block) -> Parts:
    """Sort a block's lines into what / how / timing / tips; variations and frequency left out."""
    name, extra = _split_name(block.name)
    dose, lines = _prescription(_join_wrapped(block.lines))
    texts: dict[str, list[str]] = {"what": [], "how": [], "tip": [], "timing": dose + [extra]}
    mode, said_inline = "how", False
    for line in lines:
        if not line.strip():
            mode = "drop" if mode == "drop" else "how"
            continue
        label = label_of(line)
        if label is not None:
            kind, word, rest = label
            if kind == "timing":
                texts["timing"].append(timing_label_text(word, rest, " ".join(lines)) + ".")
                continue
            mode, line, said_inline = kind, rest, bool(rest.strip())
        elif mode in ("what", "tip") and said_inline and _NUMBERED.match(line):
            mode = "how"  # "Purpose: to ease the nerve." then "1. Lie on …": the steps are the how
        if mode != "drop" and line.strip():
            texts[mode].append(_sentence(line))
    what = _capitalized(" ".join(texts["what"])) or None
    how = " ".join(texts["how"]) or None
    timing = _PROGRESSION.sub(lambda m: m[1] or m[2], " ".join(texts["timing"] + texts["how"])).strip()
    tips = tuple(_capitalized(t) for t in texts["tip"] if t.strip(" ."))
    return Parts(name, what, how, timing, tips, block.section)


__all__ = ["Parts", "block_parts", "timing_label_text"]
