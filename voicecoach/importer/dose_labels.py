"""Dose labels written before their numbers ("Sets 3 Reps 10 Hold 5 sec", "Reps: 10 | Sets: 3",
"Sets: 2", "in repetitions of 10"), as clinic programme exports and tables give them, rewritten
number-first for the phrase families ("3 sets, 10 reps, hold 5 sec")."""

from __future__ import annotations

import re

_LABEL_WORDS = {
    "set": "sets",
    "rep": "reps",
    "repetition": "reps",
    "round": "rounds",
    "hold": "hold",
    "rest": "rest",
}
_LABEL_WORD = r"(sets?|reps?|repetitions?|rounds?|hold(?:\s+time)?|rest)"  # "Hold time: 4 s"
# the space before a unit only with the unit: "Reps: 10 each side" keeps the space before "each"
_LABEL_VALUE = r"(\d+(?:\.\d+)?(?:\s*(?:to|-)\s*\d+)?)(?:\s*((?:s|secs?|seconds?|mins?|minutes?)\b))?"
_LABELLED = rf"{_LABEL_WORD}\s*[:=]?\s*{_LABEL_VALUE}"
# "Repetitions: 2x daily" is how often, not a count: left for the frequency family
_HOW_OFTEN = r"(?!\s*[x×]?\s*/?\s*(?:daily|weekly|a day|per day|a week|per week|times a|times per)\b)"
_LABELLED_ONE = re.compile(
    rf"(?:^|(?<=[.;|(\n,/>]))\s*{_LABEL_WORD}\s*[:=]\s*{_LABEL_VALUE}{_HOW_OFTEN}", re.I
)
_LABELLED_RUN = re.compile(rf"(?:^|(?<=[.;:|(\n>]))\s*(?:{_LABELLED}[\s,;|/]*){{2,}}", re.I)


# "do them in repetitions of 10", "in sets of 8": the count of each set
_IN_COUNTS = re.compile(
    r"\bin\s+(?:sets|repetitions|reps|lots|groups)\s+of\s+(\d+)\b(?!\s*(?:s|secs?|seconds?|mins?|minutes?)\b)",
    re.I,
)


_BREATH_LABELS = re.compile(r"\b(?:inhale|exhale|breathe in|breathe out)\s*:", re.I)


def labels_first(text: str) -> str:
    """Labels before their numbers ("Sets 3 Reps 10 Hold 5 sec", "Reps: 10, Sets: 3", "Sets: 2")
    as the number-first phrases the families read ("3 sets, 10 reps, hold 5 sec")."""

    def pair(m: re.Match) -> str:
        word = _LABEL_WORDS[m.group(1).lower().split()[0].rstrip("s")]
        if word in ("hold", "rest"):
            return f"{word} {m.group(2)} {m.group(3) or 's'}"
        return f"{m.group(2)} {word}"

    def run(m: re.Match) -> str:
        return " " + ", ".join(pair(p) for p in re.finditer(_LABELLED, m.group(0), re.I)) + ". "

    text = _IN_COUNTS.sub(r"\1 reps", text)
    if _BREATH_LABELS.search(text):  # "Inhale: 4 s. Hold: 7 s. Exhale: 8 s.": a hold between breaths
        return text  # is a phase, read with the others as they are labelled
    return _LABELLED_ONE.sub(lambda m: " " + pair(m), _LABELLED_RUN.sub(run, text))


__all__ = ["labels_first"]
