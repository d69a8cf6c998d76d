"""A dose stated once for every exercise: "For each exercise, do 3 sets of 10" or "take 2
minutes between each set" in the introduction, "Repeat each movement 10 times" under the last exercise's tips, or the same
inside any exercise's text.  ``structure`` attaches it to the article; ``build`` gives it to
each exercise that does not say it.
"""

from __future__ import annotations

import re

from .furniture import strip_markup
from .headings import DETECTORS
from .numbers import normalize
from .vocabulary import DOSE

_SHARED = re.compile(
    r"\b(?:for\s+)?(?:each|every|all)\s+(?:of\s+the\s+following\s+|of\s+these\s+|of\s+the\s+\w+\s+|the\s+|these\s+)?"
    r"(?:exercises?|moves?|stretch(?:es)?|poses?|one|of the exercises|drills?|stations?|"
    r"activit(?:y|ies)|movements?|positions?|postures?|asanas?|time you)\b|\beach of the following\b|"
    r"\bof each\b(?=\s*[,.;:]|\s+(?:over|along|across|up\s+and\s+back)\b)|\b(?:each|all)\s+of\s+(?:these|them|the\s+above|the\s+following)\b|"
    r"\b(?:do|repeat|perform)\s+(?:them|these)\b(?!\s+(?:steps|stretches|exercises)\s+(?:on|with)\b)|"
    r"^\W*for\s+(?:the|these|all\s+the)\s+(?:exercises|moves|stretches|drills)\b|"  # "For the exercises in this workout, …"
    # "groups move on … after intervals of 1-2 minutes", "rotate every minute": a circuit's station time
    r"\b(?:move|moves|rotate|rotates|change|switch)\s+(?:on|round|stations?)\b[^.;]{0,60}?\b(?:after|every)\b|"
    # "8 movements, each done six times": a count of the exercises, then each one's dose
    r"\b(?:exercises|movements|moves|stretches|poses),\s+(?:each|all)\s+(?:done|performed|repeated|practi[sc]ed|held)\b",
    re.IGNORECASE,
)


# "Take no more than 2 minutes between each set": in the introduction, every exercise's set rest
_SET_REST = re.compile(
    r"\b(?:seconds?|secs?|minutes?|mins?)\b[^.;!?]{0,30}\bbetween\s+(?:each\s+|the\s+|all\s+|your\s+)?sets?\b",
    re.IGNORECASE,
)
# "Walk back after each drill": the recovery between a drill's runs, a rest of no stated time
_WALK_BACK = re.compile(
    r"\b(?:walk|walking|stroll)\s+back\b(?=[^.!?]*\b(?:after|between|each|recover\w*)\b)", re.IGNORECASE
)
_DOSE_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|sixty|twice|thrice)\b",
    re.IGNORECASE,
)


# A prescription set as label lines before the first exercise ("Repetitions : 10" / "Sets : 2" /
# "Hold Time during each repetition: 4-5 secs"), two or more: every exercise's dose
_LABEL_LINE = re.compile(
    r"^\W*(?:repetitions?|reps?|sets?|hold(?:\s+time)?(?:\s+[a-z]+){0,4})\s*:\s*(?:[a-z]+\s+){0,3}\d",
    re.IGNORECASE,
)


def _label_said(line: str) -> str:
    """ "Hold Time during each repetitions: Average of 4-5 secs" -> "Hold time: 4-5 secs.": the label
    the dose readers know, without the words between it and its colon or an "average of"."""
    line = re.sub(r"^\W*(hold(?:\s+time)?|repetitions?|reps?|sets?)\b[^:]*:", r"\1:", line, flags=re.I)
    return (
        re.sub(
            r":\s*(?:an?\s+)?(?:average\s+of|about|approximately|around|roughly)\s+", ": ", line, flags=re.I
        ).rstrip(".")
        + "."
    )


def _plain(line: str) -> str:
    return strip_markup(line).strip()


def _shared_dose(intro: list[str]) -> str:
    """Sentences of the introduction that give every exercise its dose."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in intro + [""]:
        if not line.strip() or DETECTORS["markdown"](line):
            if current:
                paragraphs.append(" ".join(current))
            current = []
            # "## 21 Steps (1 minute each exercise, except for 1st)": a heading's bracket doses them all
            paragraphs += [f"{m.group(1)}." for m in re.finditer(r"\(([^()]{5,80})\)", line)]
            # "## Exercises - repeat each ten times": after its dash or colon a heading doses what it
            # heads, "each" one of them
            paragraphs += [
                re.sub(r"\beach\b(?!\s+(?:exercise|one))", "each exercise", f"{m.group(1)}.", count=1)
                for m in re.finditer(r"^#+\s.*?(?:\s[-–—]\s|:\s)(.{5,80}?)\W*$", line)
            ]
        else:
            current.append(strip_markup(line).strip())
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p)]
    said = [
        s
        for s in sentences
        if ((_SHARED.search(s) or _SET_REST.search(s)) and _DOSE_NUMBER.search(s)) or _WALK_BACK.search(s)
    ]
    labelled = [_label_said(line) for line in map(_plain, intro) if _LABEL_LINE.match(line)]
    return " ".join(said + (labelled if len(labelled) >= 2 else []))


def shared_dose(intro: str) -> str:
    """The introduction's sentences that give every exercise its dose."""
    return _shared_dose(intro.split("\n"))


# The dose line of an introduction speaks of the exercises themselves ("each posture"), not of
# "each one" (a breath) or "each time you"
_EVERY_EXERCISE = re.compile(
    r"\b(?:each|every|all)\s+(?:of\s+)?(?:the\s+|these\s+)?(?:\w+\s+)?(?:exercises?|moves?|movements?|stretch(?:es)?|"
    r"poses?|postures?|positions?|asanas?|drills?|stations?)\b",
    re.IGNORECASE,
)


# How often, not how much: "about four to five times a day", "twice a week", "daily"
_HOW_OFTEN = re.compile(
    r"\b(?:\d+|once|twice|one|two|three|four|five|six)\s*(?:[x×]\s*)?(?:times?\s*)?(?:a|per|each|every|/)\s*"
    r"(?:day|week)\b|\bdaily\b",
    re.IGNORECASE,
)


def _dose_left(text: str) -> bool:
    """A number left in a first block once its dose for every exercise is lifted that is a dose of
    its own, not how often ("all of them four to five times a day") or a goal ("build up to 20")."""
    text = _HOW_OFTEN.sub(" ", text)
    text = re.sub(r"\b(?:build|work|progress|increase)\w*\s+up\s+to\s+\S+", " ", text, flags=re.I)
    return bool(DOSE.search(normalize(text)))


def _wrapped_runs(lines: list[str]) -> list[list[str]]:
    """The lines as sentences wrapped over lines, as a printed page breaks them ("Start with 8
    repetitions of each" / "exercise and build up to 15."): a line that ends mid-sentence runs on
    into a next line that opens in lower case."""
    runs: list[list[str]] = []
    for line in lines:
        if (
            runs
            and runs[-1][-1].strip()
            and not re.search(r"[.!?:]\W*$", runs[-1][-1])
            and re.match(r"\s*[a-z]", line)
        ):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


# "Gently swing the arm forwards, sideways and in circles, repeating each movement 10 times": a
# line that opens with the movement it doses is that exercise's own, not a dose for all
_OWN_MOVES = re.compile(
    r"^(?:(?:gently|slowly|now|then)\s+)?(?:swing|bend|lift|raise|lower|turn|rotate|roll|circle|push|pull|"
    r"squeeze|press|slide|tilt|shrug|nod|march|tap|curl|straighten|stretch|reach|twist|rock|point)\b",
    re.IGNORECASE,
)


def as_own_dose(text: str) -> str:
    """ "Do 2-3 sets of 8 of each exercise." said as one item's own dose: without its words for all."""
    return " ".join(_SHARED.sub(" ", text).split())


def lift_shared(blocks: list) -> str:
    """Lines inside blocks that dose every exercise ("- Repeat each movement 10 times." under
    the last one's tips): taken out of the block, returned as shared dose text. A line of
    several sentences is an exercise's own instructions ("... Stay in each position for 4
    breaths."), not a dose for all. A first block whose one dose was such a line ("## Proper
    breathing … Stay in each posture for five breaths") introduces the exercises and is removed
    from ``blocks``."""
    if len(blocks) < 2:
        return ""
    lifted = []
    advice = []
    for block in blocks:
        keep, own = [], []
        for run in _wrapped_runs(block.lines):
            text = strip_markup(" ".join(line.strip() for line in run)).strip(" -*•")
            one_sentence = len(re.findall(r"[.!?](?:\s|$)", text.rstrip(".!? ") + ".")) <= 1
            if (
                one_sentence  # an exercise's instructions that say "each position" are its own
                and not _OWN_MOVES.match(text)
                and _SHARED.search(text)
                and _DOSE_NUMBER.search(text)
                and not re.search(r"\bthis\b", text, re.I)
            ):
                own.append(text if text.endswith((".", "!")) else text + ".")
            else:
                keep += run
        if own and block is not blocks[0] and not any(line.strip() for line in keep):
            keep, own = (
                block.lines,
                [],
            )  # "Cat cow (hold 20 seconds in each position)": its only text, its own
        lifted += own
        gone = " ".join(line for line in block.lines if line not in keep)
        if block is blocks[0] and _EVERY_EXERCISE.search(gone) and not _dose_left(" ".join(keep)):
            advice.append(block)  # its one dose is for every exercise: an introduction with a heading
        block.lines = keep
    for block in advice:
        blocks.remove(block)
    return " ".join(lifted)


def _outro(lines: list[str], blocks: list) -> list[str]:
    """The lines after the last exercise that are not its own ("Tips: repeat each movement 10 times")."""
    if not blocks:
        return []
    own = set(blocks[-1].lines)
    return [line for line in lines[blocks[-1].start + 1 :] if line not in own and not _timed_plan(line)]


# A line after the exercises that times three or more moves of its own ("Hold a squat for 30 sec, Butt
# Kicks 30 sec, repeat each move for 30 sec each"): a circuit of its own, no dose for the ones above
_TIME = re.compile(r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?)\b", re.IGNORECASE)


def _timed_plan(line: str) -> bool:
    return len(_TIME.findall(normalize(line))) >= 3


def shared_from(lines: list[str], first: int, blocks: list) -> str:
    """The shared dose stated before the first exercise or after the last one's own lines."""
    return _shared_dose(lines[:first] + [""] + _outro(lines, blocks))


# One line of a plan written day by day: "Day 1 – Hold for 20 seconds on 20 off x 4"
_PLAN_DAY = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?:day|week)\s*(\d+)\b(?:\*\*)?\s*[–—:.-]\s*(.+?)\s*$", re.I
)


def plan_by_day(text: str) -> tuple[str, str]:
    """A plan written day by day ("Day 1 – Hold for 20 seconds on 20 off x 4", "Day 2 – …"):
    its first day's dose (today's, for someone starting) and the text without the later days'
    lines (progressions, not today's dose); ``("", text)`` when there is none (two day lines at
    least, the first giving a dose, all the same words but their numbers)."""
    lines = text.split("\n")
    days = [(int(m.group(1)), i, m.group(2)) for i, m in enumerate(map(_PLAN_DAY.match, lines)) if m]
    if len(days) < 2 or not DOSE.search(normalize(min(days)[2])):
        return "", text
    if len({re.sub(r"[\d\W]+", " ", dose).strip().lower() for _, _, dose in days}) > 1:
        return "", text  # days that differ in more than their numbers: a plan of sessions, not one dose
    first, at, dose = min(days)
    later = {i for day, i, _ in days if day > first}
    kept = "\n".join(line for i, line in enumerate(lines) if i not in later)
    return (dose if dose.endswith(".") else dose + "."), kept


__all__ = ["shared_dose", "shared_from", "lift_shared", "plan_by_day"]
