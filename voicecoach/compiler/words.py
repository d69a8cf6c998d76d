"""The exact words the compiler picks for an exercise: side lines that read right for any
side label, rep counts that always name their number, a release word that fits a held
support, and where the body is (read from the instructions or the ``position`` key)."""

from __future__ import annotations

import re
from functools import lru_cache

from voicecoach.model import Exercise
from voicecoach.phrases import Phrases, available_languages, exercise_position


def side_line(phrases: Phrases, side: str, first: bool) -> str:
    """ "Start with the right leg." / "Switch to the left side." / "First side: to the right."

    A bare direction ("right", "rechts") gets the ``_bare`` wording; a label that starts
    with a preposition or a verb form ("to the right", "standing on the left leg") the
    ``_label`` wording, which reads right for any words; a noun ("right leg") the plain one."""
    words = side.strip().lower().split()
    if not words:
        return phrases.say("side_first_label" if first else "switch_label", side=side)
    if len(words) == 1 and words[0] in phrases.words("_side_words"):
        key = "side_first_bare" if first else "switch_bare"
    elif words[0] in phrases.words("_side_leads") or words[0].endswith("ing"):
        key = "side_first_label" if first else "switch_label"
    else:
        key = "side_first" if first else "switch"
    return phrases.say(key, side=side)


def rep_sides(phrases: Phrases, ex: Exercise) -> tuple[str, ...]:
    """The sides of ``alternate: reps``: the exercise's ``sides``, else the language's two
    directions ("right", "left")."""
    return ex.sides if len(ex.sides) > 1 else tuple(phrases.words("_side_words")[:2])


def rep_side_calls(phrases: Phrases, ex: Exercise) -> tuple[str, ...]:
    """What is said before each rep of ``alternate: reps``, one line a side: the side's own
    label ("Right leg.", "To the right."); for a bare direction, "To the right." when the
    exercise moves to a side (a roll, a twist: ``_toward_names`` in its name), "Right knee."
    when its name names a limb (``_rep_limbs``), else "Right side."."""
    name = ex.name.lower()
    toward = any(re.search(r"\b" + re.escape(stem), name) for stem in phrases.words("_toward_names"))
    limb = next(
        (
            w
            for w in phrases.words("_rep_limbs")
            if re.search(rf"\b{re.escape(w)}(?:s|es|e|n)?\b", name, re.IGNORECASE)
        ),
        None,
    )
    calls = []
    for side in rep_sides(phrases, ex):
        bare = side.strip().lower()
        if bare not in phrases.words("_side_words"):
            text = side.strip().rstrip(".") + "."
        elif toward:
            text = phrases.say("rep_side_toward", side=bare)
        elif limb:
            text = phrases.say("rep_side_limb", side=bare, limb=limb)
        else:
            text = phrases.say("rep_side_bare", side=bare)
        calls.append(text[:1].upper() + text[1:])
    return tuple(calls)


def count_word(phrases: Phrases, rep: int, reps: int) -> str:
    """A counted rep's words: its number, with "five more" or "last one" where they apply
    ("5, five more." in a set of 10: five numbers follow it, as five follow "5 of 10. Five more."
    of held reps; "10, last one.")."""
    if rep == reps and reps > 1:
        return phrases.say("count_last", rep=rep)
    if reps >= 10 and rep == reps - 5:
        return phrases.say("count_five_more", rep=rep)
    return str(rep)


@lru_cache(maxsize=1)
def _support_pattern() -> re.Pattern:
    words = {w.lower() for language in available_languages() for w in Phrases(language).words("_supports")}
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(words))) + r")", re.IGNORECASE)


def holds_support(ex: Exercise) -> bool:
    """Whether the body holds on to something (a wall, a chair, a step) during ``ex``."""
    text = " ".join([ex.name, ex.how or "", *ex.equipment])
    return bool(_support_pattern().search(text))


def release_key(ex: Exercise) -> str:
    """The phrase of a hold's end: none that means letting go of a support being held."""
    return "release_supported" if holds_support(ex) else "release"


def position_of(ex: Exercise):
    """Where ``ex`` puts the body: its ``position`` key, else read from its instructions
    (voicecoach/phrases.py, which the review reads too); None when they name none."""
    return exercise_position(ex)


# A sentence that leans on the one before it: "If you do, stop …" (after "You should not feel pain"),
# "If so", "Otherwise", German "Hast du doch welche, …", "Wenn doch", "Sonst"
_LEANS_BACK = re.compile(
    r"^(?:if\s+(?:so|not|you\s+do|it\s+does|they\s+do|this\s+happens|that\s+happens)\b|otherwise\b|"
    r"(?:hast|hat|haben|ist|sind|wird|tut)\s+\w+\s+doch\b|wenn\s+doch\b|falls\s+doch\b|sonst\b)",
    re.IGNORECASE,
)


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` that can be said alone (the safety line's reminder at the
    close): with the one before it when it leans on it ("You should not feel pain. If you do, stop")."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if not sentences:
        return text
    start = len(sentences) - 1
    while start > 0 and _LEANS_BACK.match(sentences[start]):
        start -= 1
    return " ".join(sentences[start:])
