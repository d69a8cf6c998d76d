"""Work/rest interval notations -> the one spelling the dose readers know.

Coaches write one interval many ways: ":40/:20", "40s on, 20s off", "45 s work / 15 s rest",
"work 40 rest 20", "30 sec work, 30 sec rest", "20/10 x 8", "Work 40/20 for each move".  ``spelled_intervals``
rewrites each as "40 seconds on, 20 seconds off" (a count of rounds after it, "x 8", stays), which
``circuit`` reads as the session's work and rest between exercises when stated once, and
``families`` as one exercise's sets when a count follows.  An interval told over two or three
sentences ("Work for 20 seconds. Then rest 10.") is spelled in its work sentence.  Invariant: only
the interval's own characters change; every other character of the text is kept, and spelling
twice changes nothing.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SEC = r"(?:s|secs?|seconds?)\b\.?"
# ":40/:20", ":40 on / :20 off", "0:40/0:20": a clock's seconds, work then rest
_CLOCK = re.compile(r"(?<![\w:])(?:0)?:(\d{2})(?:\s*on\b)?\s*[/,|]\s*(?:0)?:(\d{2})(?:\s*off\b)?")
# "40s on, 20s off", "45 s work / 15 s rest", "30 sec work, 30 sec rest" (a unit on each number)
_UNIT_EACH = re.compile(
    rf"\b(\d+)\s*{_SEC}\s*(?:on|work)\b\s*[,/;|]?\s*(?:and\s+)?(\d+)\s*{_SEC}\s*(?:off|rest)\b(?!\s+(?:between|after|before))",
    _I,
)
# "work 40 rest 20", "work 45 s, rest 15 s", "on 40 / off 20": the label before each number
_LABEL_FIRST = re.compile(
    rf"\b(?:work|on)\s*:?\s*(\d+)\s*(?:{_SEC})?\s*[,/;|]?\s*(?:and\s+)?(?:rest|off)\s*:?\s*(\d+)\s*(?:{_SEC})?(?!\s*(?:min|x\s*\d|reps?|times))",
    _I,
)
# "20/10 x 8": a bare pair only with its count of rounds (an equal pair, "5/5", is a count on each
# side: ``numbers``; "the 40/20 interval" names the format the article goes on to spell out)
_BARE_PAIR = re.compile(r"(?<![\w/:.])(\d{2})\s*/\s*(\d{1,2})(?![\w/:])(?=\s*[x×]\s*\d)", _I)
# "Work 40/20 for each move", "30/30 intervals", "the Tabata 20/10": a bare pair with no count is
# an interval where its line says so (work at least the rest, neither a date's nor a side's count)
_PAIR_ALONE = re.compile(r"(?<![\w/:.])([1-9]\d)\s*/\s*([1-9]\d?)(?![\w/:])(?!\s*(?:each|per|a)\b)", _I)
_INTERVAL_CONTEXT = re.compile(
    r"\b(?:intervals?|work(?:ing)?|rest(?:ing)?|tabata|timer|format|protocol|"
    r"(?:each|every|per)\s+(?:exercise|move|movement|station|drill|round))\b",
    _I,
)


# An interval told across sentences: a sentence that times the work ("Work for 20 seconds.", "Set a
# timer for 40 s.", "Each exercise lasts 30 seconds.") and, in one of the next two, a rest with a
# number ("Then rest 10.", "When the time is up, rest for 10 seconds", "Recover for 15 s"); a hold
# is no work, and a rest between rounds or sets is no interval's
_WORK_SENTENCE = re.compile(
    r"\b(?:work|go(?:\s+(?:hard|flat\s+out|all\s+out))?|set\s+(?:a|the|your)\s+timer|"
    r"(?:do|perform)\s+(?:each|every|the|one)\s+(?:exercise|move|movement|station|drill)|"
    r"(?:each|every)\s+(?:exercise|move|movement|station|drill)\s+(?:lasts|runs|is\s+done|goes\s+on))"
    r"\b[^.;!?\d]{0,20}?\b(?:for\s+)?(\d+)\s*(?:seconds?|secs?|s)\b(?!\s*(?:on|off|work|rest)\b)",
    _I,
)
_REST_SENTENCE = re.compile(
    rf"(?:\b(?:rest|recover|break|pause)\w*\b[^.;!?\d]{{0,20}}?(?:for\s+)?(\d+)\s*(?:{_SEC}|(?![\s\d]*(?:m|h))(?=[\s.,;]|$))|"
    rf"\b(\d+)\s*{_SEC}\s*(?:of\s+)?(?:rest|recovery|break)\b)"
    r"(?![^.;!?]{0,25}\b(?:between|after|before)\s+(?:each\s+|the\s+)?(?:rounds?|sets?|circuits?|laps?)\b)",
    _I,
)


def _spelled_across(line: str) -> str:
    """A paragraph whose work and rest are told in sentences of their own, with its work sentence's
    time spelled "N seconds on, M seconds off" (the rest sentence is left as written)."""
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", line)]
    spans = list(zip(starts, starts[1:] + [len(line)], strict=True))
    for i, (start, end) in enumerate(spans):
        work = _WORK_SENTENCE.search(line, start, end)
        if work is None or _REST_SENTENCE.search(line, work.end(), end):
            continue  # one sentence with both is the sentence patterns' to read
        for later in spans[i + 1 : i + 3]:
            rest = _REST_SENTENCE.search(line, *later)
            rested = rest and int(rest.group(1) or rest.group(2))
            if rested and rested < int(work.group(1)) * 10:
                seconds = f"{work.group(1)} seconds on, {rested} seconds off"
                return f"{line[: work.start(1)]}{seconds}{line[work.end() :]}"
    return line


def _spelled(m: re.Match) -> str:
    work, rest = int(m.group(1)), int(m.group(2))
    if (work == rest and m.re is _BARE_PAIR) or (m.re is _PAIR_ALONE and not 20 <= work >= rest):
        return m.group(0)
    return f"{work} seconds on, {rest} seconds off"


def spelled_intervals(text: str) -> str:
    """``text`` with every work/rest interval notation outside headings spelled "N seconds on,
    M seconds off"."""
    return "\n".join(_spelled_line(line, text) for line in text.split("\n"))


def _spelled_line(line: str, text: str) -> str:
    if not re.search(r"\d", line) or line.lstrip().startswith("#"):
        return line  # a heading is shown as written ("40/20 Extreme Interval Workout")
    for pattern in (_CLOCK, _UNIT_EACH, _LABEL_FIRST, _BARE_PAIR):
        line = pattern.sub(_spelled, line)
    if _INTERVAL_CONTEXT.search(line):
        line = _PAIR_ALONE.sub(lambda m: m.group(0) if _spelled_out(m, text) else _spelled(m), line)
    return _spelled_across(line) if " on, " not in line else line


def _spelled_out(pair: re.Match, text: str) -> bool:
    """The article times the pair's work in words too ("the 40/20 interval … for 40 seconds"):
    the pair only names the format, the sentence that spells it is read."""
    return bool(re.search(rf"\b{pair.group(1)}\s*{_SEC}", text, _I))


__all__ = ["spelled_intervals"]
