"""An exercise block (a heading and the lines under it), whether it reads as an exercise, and
the blocks that name a group or a label rather than one exercise."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .furniture import is_furniture_heading, label_of, strip_markup
from .name_kinds import looks_like_group, looks_like_label, not_a_name
from .name_split import split_name
from .numbers import normalize
from .vocabulary import DOSE, MOVEMENT, SECONDS_ABBREVIATED, SESSION_PART
from .vocabulary import INSTRUCTION as _INSTRUCTION
from .vocabulary import MOVEMENT as _MOVEMENT  # the signal weak title styles need

_TIMING = re.compile(
    # "second" alone after a count only ("a second", "one second"): "the second trimester" times nothing
    r"\b(?:hold|repeat|reps?|repetitions|sets?|seconds|(?<=\ba )second|(?<=\bone )second|(?<=\d )second|"
    r"minutes?|secs?|mins?|times|"
    r"each (?:side|leg|foot|arm)|per side)\b|\b\d+\s*[x×]\s*\d+\b|(?<!\w)[x×]\s*\d+\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}breaths\b|"
    r"\b\d+(?:secs?|mins?)\b|" + SECONDS_ABBREVIATED,  # "20sec", run together
    re.IGNORECASE,
)
# A block that talks about the exercises (an introduction), not one exercise.
ABOUT_THE_EXERCISES = re.compile(
    r"\b(?:each|every|all|these|the following|the other|this|the)\s+(?:\w+\s+)?"
    r"(?:exercises|moves|stretches|workout|routine|circuit|programme|program|plan|"
    r"exercise(?=\s*[,.]|\s+(?:for|with|in)\b))",
    re.IGNORECASE,
)
# An instruction said as how to do it: "Practise them now by pointing your feet away …", "Do this by
# squeezing a ball"
_DONE_BY = re.compile(
    r"\b(?:practi[cs]e|do|perform|try)\s+(?:them|it|this|these)\b[^.;]{0,15}?\bby\s+(?:gently\s+|slowly\s+)?[a-z]+ing\b",
    re.IGNORECASE,
)
PHASE_NAME = re.compile(r"^(?:inhale|exhale|hold|pause|breathe (?:in|out)|rest|empty|fill)$", re.IGNORECASE)
_FREQ = re.compile(
    r"\b(?:\d+|once|twice|one|two|three|four|five)\s*(?:[x×]\s*)?(?:times?\s*)?"
    r"(?:a|per|each|every|/)\s*(?:day|week|daily)\b|\bdaily\b"
    # how often in words with no number: "a few times a day", "several times a week"
    r"|\b(?:a\s+few|several|a\s+couple(?:\s+of)?|a\s+number\s+of|many|multiple)\s+times\s*(?:a|per|each|every)\s*(?:day|week)\b",
    re.IGNORECASE,
)


@dataclass
class Block:
    """One exercise's heading and the raw lines under it; ``start`` is the heading's line index;
    ``section`` the heading of the section it is in, where known ("Part 1: Running exercises")."""

    name: str
    lines: list[str] = field(default_factory=list)
    start: int = 0
    section: str = ""
    level: int = 0  # its heading's level where headings have one (markdown "##": 2)
    unnamed: bool = False  # no name of its own: "Exercise N" by its place in the article

    def text(self) -> str:
        return "\n".join(self.lines)


@lru_cache(maxsize=8192)  # pure, and asked of the same lines and paragraphs again
def has_dose(text: str) -> bool:
    """A number with its unit in the text ("3 sets", "ten times", "20 seconds")."""
    return bool(DOSE.search(normalize(text)))


def body_text(block: Block) -> str:
    return "\n".join(
        _unlabelled(line) for line in block.lines if (label_of(line) or ("",))[0] not in ("what", "drop")
    )


def looks_like_exercise(block: Block, strict: bool = False) -> bool:
    """A named block whose text gives an instruction or a timing.

    ``strict`` (weak title styles): the instruction must be a body movement, frequency is not a
    timing, and a block that talks about "each exercise" / "these exercises" without a movement
    is an introduction, not an exercise, unless its first paragraph times it and says nothing of
    them (the last exercise, then a closing remark on "these stretches").
    """
    if not block.name or is_furniture_heading(block.name):
        return False
    body = body_text(block)
    if not strict:  # a dose in the heading ("## Side plank - 20 seconds each side") counts too
        dosed_name = bool(body.strip() and _TIMING.search(block.name))
        return bool(_INSTRUCTION.search(body) or _TIMING.search(body) or dosed_name or _DONE_BY.search(body))
    if PHASE_NAME.match(block.name.strip()):
        return False
    unfrequent = _FREQ.sub(" ", re.sub(r"(?m)^\s*\(", "", body))  # "(Bend the knees …)": a text in brackets
    if SESSION_PART.match(block.name) and _TIMING.search(unfrequent):
        return True  # "Cool Down - at least 15 minutes, walking …": timed, whatever it says of stretches
    moves = bool(_MOVEMENT.search(unfrequent))
    first = unfrequent.strip().split("\n\n", 1)[0]  # a closing remark after it speaks of them all
    if (
        ABOUT_THE_EXERCISES.search(unfrequent)
        and not moves
        and not (_TIMING.search(first) and not ABOUT_THE_EXERCISES.search(first))
    ):
        return False
    return moves or bool(_TIMING.search(unfrequent))


def _unlabelled(line: str) -> str:
    label = label_of(line)
    return strip_markup(label[2] if label and label[0] != "timing" else line)


def without_group_headings(blocks: list[Block]) -> list[Block]:
    """Leave out a heading with sub-headings under it and no dose of its own ("### Morning
    routine" over "#### Ankle circles"): it names a group of exercises, not one."""
    return [
        b
        for b, after in zip(blocks, [*blocks[1:], None][: len(blocks)], strict=True)
        if after is None
        or after.level <= b.level
        or (has_dose(body_text(b)) and not _PLAN_PHASE.search(b.name))
    ]


# A heading that names a phase of a plan by its time ("1 (0-2 weeks)", "Phase 2: weeks 3-6",
# "Stage 1"): over sub-headings it holds the phase's exercises, whatever doses its own text gives
_PLAN_PHASE = re.compile(
    r"\b(?:phase|stage)\s*\d+|\b\d+\s*(?:-|–|to)\s*\d+\s*(?:weeks?|days?|months?)\b|"
    r"\b(?:weeks?|days?|months?)\s*\d+",
    re.IGNORECASE,
)


def without_outer_asides(blocks: list[Block]) -> list[Block]:
    """Leave out a heading above the level most exercises are written at ("## Have a break" after
    "### Chair pigeon") that names no movement and gives no timing: an aside, not an exercise."""
    levels = [b.level for b in blocks]
    if len(blocks) < 3:
        return blocks
    usual = max(set(levels), key=levels.count)
    return [b for b in blocks if b.level >= usual or looks_like_exercise(b, strict=True)]


# A group noun that says several exercises ("Stretches"), not one timed part ("Warm up")
_SEVERAL = re.compile(r"\b(?:exercises|stretches|moves|movements|drills|activities|stations)$", re.I)


def is_routine_advice(block: Block) -> bool:
    """A group-noun heading whose text opens by speaking of the exercises ("Daily exercises" over
    "Do the exercises above 3 times a day"): advice about the routine, not one more exercise."""
    first = next((line for line in block.lines if line.strip()), "")
    if SESSION_PART.match(block.name) and has_dose(body_text(block)):
        return False  # "Cool Down - 10 minutes of walking, then the stretches you know": timed work
    return (
        looks_like_group(block.name) and bool(ABOUT_THE_EXERCISES.search(_unlabelled(first)))
    ) or _explains_exercises(block)


# A heading that speaks of exercises in the plural ("Pelvic floor exercises", "Why these stretches
# help", "About the drills"): over text that speaks of them too, with no dose and no sentence that
# opens with a movement, it explains them and is not one more
_PLURAL_EXERCISES = re.compile(r"\b(?:exercises|stretches|moves|drills|workouts|routines)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
# advice that opens as a movement does, for every exercise ("Keep breathing normally", "Stop if it hurts")
_CAUTION = re.compile(
    r"^(?:(?:keep|continue)\s+breathing|breathe\s+(?:normally|freely|naturally)|stop)\b", re.I
)
_EXAMPLES = re.compile(r"(?:such\s+as|e\.g\.|for\s+example|for\s+instance)\b", re.I)
_COUNTED = re.compile(r"\b\d+\s+(?:[a-z]+\s+){0,2}(?:breaths|times)\b", re.IGNORECASE)  # "10 deep breaths"


def _explains_exercises(block: Block) -> bool:
    body = body_text(block)
    if (
        not _PLURAL_EXERCISES.search(block.name)
        or not body.strip()
        or has_dose(body)
        or _COUNTED.search(body)
        or _EXAMPLES.match(body.strip())  # "Hockey drills" / "such as tackling and passing drills": what
    ):
        return False
    if not _PLURAL_EXERCISES.search(body):  # its text too speaks of them ("the exercises below …")
        return False
    sentences = (strip_markup(s).strip() for s in _SENTENCE_END.split(body))
    return not any(MOVEMENT.match(s) and not _CAUTION.match(s) for s in sentences if s)


def in_session_order(blocks: list[Block]) -> list[Block]:
    """The one cool-down last, as it is done, though an article may describe it before the main
    exercises (a warm-up and cool-down paragraph above the circuit's table)."""
    cool = [b for b in blocks if SESSION_PART.match(b.name) and "cool" in b.name.lower()]
    if len(cool) != 1:
        return blocks
    return [b for b in blocks if b is not cool[0]] + cool


def number_unnamed(blocks: list[Block]) -> None:
    """Name the exercises with no name, or only a group noun ("Stretches - Roll the neck 3
    times"), "Exercise N" by their place among the exercises."""
    if len(blocks) < 2:
        return
    for n, b in enumerate(blocks, start=1):
        if b.unnamed or (_SEVERAL.search(b.name) and looks_like_group(b.name) and has_dose(body_text(b))):
            b.name, b.unnamed = f"Exercise {n}", True


_NUMBER_LABEL = re.compile(
    r"^(?:exercise|ex|station|move|stretch|drill|pose|activity)\s*(?:#|no\.?\s*)?\d+$", re.I
)


# A variant's label before the name: "Easy: Marching on the spot …", "Option 1: …"
_OPTION = re.compile(r"^(?:easy|easier|hard|harder|beginners?|intermediate|advanced|option \d+)\s*:\s*", re.I)


def name_from_first_line(block: Block) -> None:
    """ "Exercise 1", or a block with no name of its own, over a first line that is a name
    ("**Heel slides**", "Heel slides", "Heel slides. Slide your heel …"): that line names the
    exercise and leaves its text."""
    if not (_NUMBER_LABEL.match(block.name.strip()) or block.unnamed):
        return
    first = next((i for i, line in enumerate(block.lines) if line.strip()), None)
    if first is None:
        return
    named = split_name(_OPTION.sub("", block.lines[first].strip()))
    if named and not looks_like_label(named[0]) and not MOVEMENT.match(named[0]):
        block.name, block.unnamed = named[0], False
        block.lines[first : first + 1] = [named[1]] if named[1] else []


# A heading that names a body position ("Relaxed jaw position", "Starting posture"): a setup,
# unless its text makes it a movement done again ("Release the position … Do this on every finger")
_SETUP = re.compile(r"\b(?:positions?|postures?)$", re.IGNORECASE)
_DONE_AGAIN = re.compile(r"\b(?:repeat|release|again|do this|this exercise)\b", re.IGNORECASE)


def _setup(block: Block) -> bool:
    return bool(_SETUP.search(block.name.strip(" :*"))) and not _DONE_AGAIN.search(body_text(block))


# A harder or easier version of the exercises above, not one more ("Advanced pelvic tilts",
# "Make it harder by …"), or an option in place of one ("Option to: Easy Pose with Twist",
# "Alternative: wall push-ups"): progressions and options are not today's dose
_PROGRESSION = re.compile(
    r"^\W*(?:advanced|progressions?|harder|easier|regressions?)\b|"
    r"^\W*(?:options?(?:\s+(?:to|\d+))?|optional|alternatives?|alternatively)\s*[:\-–—]|"
    r"^\W*(?:(?:to\s+)?make\s+(?:it|this|them|these)\s+(?:harder|easier|more \w+)|to progress)\b",
    re.IGNORECASE,
)


def is_progression(block: Block) -> bool:
    """A harder or easier version of an exercise, or an option in place of one, by its name or
    first line ("Advanced pelvic tilts", "Option to: Easy Pose with Twist")."""
    first = next((line for line in block.lines if line.strip()), "")
    return bool(_PROGRESSION.match(block.name) or _PROGRESSION.match(strip_markup(first)))


def _done_session_part(block: Block) -> bool:
    """ "1. Warm-up: Rub your hands together … cup them over your eyes": a warm-up or cool-down
    item that says what to do is done like the others, though its time is not given."""
    return bool(SESSION_PART.match(block.name) and _MOVEMENT.search(body_text(block)))


def without_undosed_labels(blocks: list[Block]) -> list[Block]:
    """Leave out a block with no dose among exercises that have doses when its name is a label
    ("Goals"), a caption, exclamation or clause ("The Alignment (this is for fun!)" over a list of
    tips) or a position to start from ("Relaxed jaw position"), or when it is a harder or easier
    version of the exercises ("Advanced pelvic tilts", "Make it harder by …")."""
    dosed = [bool(has_dose(body_text(b))) for b in blocks]
    if any(dosed):  # a progression after a dosed exercise goes even when that one is all that is left
        blocks = [b for b, has in zip(blocks, dosed, strict=True) if has or not is_progression(b)]
        dosed = [bool(has_dose(body_text(b))) for b in blocks]
    kept = [
        b
        for b, has in zip(blocks, dosed, strict=True)
        if has or _done_session_part(b) or not (looks_like_label(b.name) or not_a_name(b.name) or _setup(b))
    ]
    return kept if len(kept) >= 2 and any(dosed) else blocks


__all__ = [
    "Block",
    "looks_like_exercise",
    "body_text",
    "has_dose",
    "PHASE_NAME",
    "without_group_headings",
    "without_outer_asides",
    "number_unnamed",
    "in_session_order",
    "is_routine_advice",
    "without_undosed_labels",
    "name_from_first_line",
    "is_progression",
]
