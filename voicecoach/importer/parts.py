"""One exercise block -> its labelled parts: what it does, how to do it, timing text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import label_of, strip_markup
from .structure import Block

_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_PAREN_TIMING = re.compile(r"\s*[(\[]([^)\]]*\d[^)\]]*)[)\]]\s*")
_TIMING_LABEL_TEMPLATES = {
    "rep": "{n} reps{rest}", "repetitions": "{n} reps{rest}", "how many": "{n} reps{rest}",
    "set": "{n} sets{rest}", "hold": "hold for {v}", "duration": "for {v}", "time": "for {v}",
    "how long": "for {v}", "rest": "rest {v}", "round": "{n} rounds{rest}",
    "per side": "{v} per side", "sides": "on each side",
}


@dataclass(frozen=True)
class Parts:
    """The spoken texts of an exercise and the text its numbers are read from."""

    name: str
    what: str | None
    how: str | None
    timing: str


def _sentence(line: str) -> str:
    text = strip_markup(_LIST_MARK.sub("", line)).strip()
    if text and text[-1] not in ".!?:;":
        text += "."
    return text


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def timing_label_text(word: str, value: str) -> str:
    """``("sets", "3")`` -> ``"3 sets"``; a value that already says its unit is kept."""
    if re.search(r"\b(?:reps?|repetitions|times|sets?|rounds?)\b|\d\s*[x×]\s*\d", value, re.I):
        return value
    number, _, rest = value.partition(" ")
    for key, template in _TIMING_LABEL_TEMPLATES.items():
        if word.startswith(key):
            return template.format(v=value, n=number, rest=" " + rest if rest else "")
    return value


def _split_name(name: str) -> tuple[str, str]:
    """``"Cat-cow (10 reps)"`` -> ``("Cat-cow", "10 reps")``."""
    extra = " ".join(m.group(1) for m in _PAREN_TIMING.finditer(name))
    return _PAREN_TIMING.sub(" ", name).strip(), extra


def block_parts(block: Block) -> Parts:
    """Sort a block's lines into what / how / timing; variations and frequency left out."""
    name, extra = _split_name(block.name)
    texts: dict[str, list[str]] = {"what": [], "how": [], "tip": [], "timing": [extra]}
    mode = "how"
    for line in block.lines:
        if not line.strip():
            mode = "drop" if mode == "drop" else "how"
            continue
        label = label_of(line)
        if label is not None:
            kind, word, rest = label
            if kind == "timing":
                texts["timing"].append(timing_label_text(word, rest) + ".")
                continue
            mode, line = kind, rest
        if mode != "drop" and line.strip():
            texts[mode].append(_sentence(line))
    what = _capitalized(" ".join(texts["what"])) or None
    how = " ".join(texts["how"] + texts["tip"]) or None
    timing = " ".join(texts["how"] + texts["timing"]).strip()
    return Parts(name, what, how, timing)


__all__ = ["Parts", "block_parts", "timing_label_text"]
