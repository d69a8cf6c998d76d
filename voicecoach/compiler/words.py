"""The exact words the compiler picks for an exercise: side lines that read right for any
side label, rep counts that always name their number, a release word that fits a held
support, and where the body is (read from the instructions or the ``position`` key)."""

from __future__ import annotations

import re
from functools import lru_cache

from voicecoach.model import Exercise
from voicecoach.phrases import Phrases, available_languages, exercise_position


def side_line(phrases: Phrases, side: str, first: bool, role: str | None = None) -> str:
    """ "Start with the right leg." / "Switch to the left side." / "First side: to the right."

    A bare direction ("right", "rechts") gets the ``_bare`` wording; a label that starts
    with a preposition or a verb form ("to the right", "standing on the left leg") the
    ``_label`` wording, which reads right for any words; a noun ("right leg") the plain one.
    With a ``role`` (side_role: "stand", "back") a leg's label ("left leg", "left") says what
    the leg does: "Stand on your left leg." / "Right leg back."; any other label keeps the
    plain wording."""
    words = side.strip().lower().split()
    if not words:
        return phrases.say("side_first_label" if first else "switch_label", side=side)
    bare, legged = _leg_label(phrases, words)
    if role and (bare or legged):
        return _role_line(phrases, side, role, first, bare)
    if bare:
        key = "side_first_bare" if first else "switch_bare"
    elif words[0] in phrases.words("_side_leads") or words[0].endswith("ing"):
        key = "side_first_label" if first else "switch_label"
    else:
        key = "side_first" if first else "switch"
    return phrases.say(key, side=side)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern]:
    found: dict[str, set[str]] = {}
    for language in available_languages():
        for role, phrases_ in Phrases(language).table.get("_side_roles", {}).items():
            found.setdefault(role, set()).update(w.lower() for w in phrases_)
    return {
        role: re.compile(
            (r"" if role in ("stretch", "moving") else r"\b")  # "Wadendehnung": a stretch inside a compound
            + "(?:"
            + "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))
            + ")",
            re.IGNORECASE,
        )
        for role, ws in found.items()
    }


# "stand on your left leg", "weight onto your right foot", "balance on the left leg": the leg the how stands on
_STANDS_ON = re.compile(
    r"\b(?:stand(?:ing)?|balanc(?:e|ing)|weight)\s+(?:on|onto)\s+(?:your|the)\s+(left|right)\s+(?:leg|foot)\b",
    re.IGNORECASE,
)


def side_role(ex: Exercise) -> str | None:
    """What the leg a side names does, read from the exercise's name and how (every language's
    ``_side_roles``): "stand" for a one-leg balance or stand (tree pose, single-leg stance, "stand
    on one leg": its sides name the standing leg, tests/articles/real/CONVENTIONS.md), "back"
    for a stretch of the back leg (a calf stretch with "back leg straight"); None otherwise,
    and None for a balance whose how stands on the other leg than its first side names, or
    whose name moves a leg ("Side leg raise": its sides name the lifted leg)."""
    text = " ".join([ex.name, ex.how or ""])
    patterns = _role_patterns()
    moving = "moving" in patterns and patterns["moving"].search(ex.name)  # a side leg raise: the lifted leg
    if "stand" in patterns and patterns["stand"].search(text) and not moving:
        stands = _STANDS_ON.search(ex.how or "")
        first = ex.sides[0].lower().split() if ex.sides else []
        if stands and first and first[0] in ("left", "right") and first[0] != stands.group(1).lower():
            return None  # the sides name the lifted leg
        return "stand"
    if (
        "back" in patterns
        and patterns["back"].search(text)
        and patterns.get("stretch", re.compile("$^")).search(text)
    ):
        return "back"
    return None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _later_lead(sentence: str, phrases: Phrases) -> tuple[str, str] | None:
    """("condition" | "step", the lead's words as the table has them) when ``sentence`` opens
    with an option for later ("When this gets easy, …", "Move on to …"), else None."""
    low = sentence.lower()
    for kind in ("condition", "step"):
        for lead in sorted(phrases.words(f"_later_{kind}s"), key=len, reverse=True):
            if low.startswith(lead.lower()) and (len(low) == len(lead) or not low[len(lead)].isalnum()):
                return kind, lead
    return None


def how_now(how: str | None, phrases: Phrases) -> str | None:
    """``how`` without its trailing sentences of an option for later (a progression: "Move on
    to slow sideways steps.", "When this is easy, …"): a listener with eyes closed does what
    was said last before the beep, so these are said after the work (``how_later``). A how that
    is nothing but such sentences stays whole."""
    if not how:
        return how
    sentences = _sentences(how)
    keep = len(sentences)
    while keep > 1 and _later_lead(sentences[keep - 1], phrases):
        keep -= 1
    return how if keep == len(sentences) else " ".join(sentences[:keep])


def how_later(how: str | None, phrases: Phrases) -> str | None:
    """The trailing option for later that ``how_now`` took out, as said after the exercise's
    work: a sentence that states its own condition ("As your balance improves, …") as written,
    a bare step ("Move on to slow sideways steps.") after "When this gets easy:"; None when
    there is none."""
    now = how_now(how, phrases)
    if not how or now == how:
        return None
    said: list[str] = []
    for sentence in _sentences(how)[len(_sentences(now or "")) :]:
        kind, lead = _later_lead(sentence, phrases) or ("condition", "")
        if kind == "step" and not said:
            said.append(phrases.say("later", later=lead + sentence[len(lead) :]))
        else:
            said.append(sentence)
    return " ".join(said)


def rep_sides(phrases: Phrases, ex: Exercise) -> tuple[str, ...]:
    """The sides of ``alternate: reps``: the exercise's ``sides``, else the language's two
    directions ("right", "left")."""
    return ex.sides if len(ex.sides) > 1 else tuple(phrases.words("_side_words")[:2])


def _leg_label(phrases: Phrases, words: list[str]) -> tuple[bool, bool]:
    """(a bare direction: "right", a leg's label: "right leg") of a side's words, lower case."""
    bare = len(words) == 1 and words[0] in phrases.words("_side_words")
    legged = (
        len(words) == 2
        and words[0] in phrases.words("_leg_sides")
        and words[1] in phrases.words("_leg_words")
    )
    return bare, legged


def _role_line(phrases: Phrases, side: str, role: str, first: bool, bare: bool) -> str:
    """ "Stand on your left leg." / "Right leg back." (``side_role``), capitalised."""
    key = f"side_{role}_first" if first else f"side_{role}_switch"
    text = phrases.say(key + ("_bare" if bare else ""), side=side.strip())
    return text[:1].upper() + text[1:]


def rep_side_calls(phrases: Phrases, ex: Exercise) -> tuple[str, ...]:
    """What is said before each rep of ``alternate: reps``, one line a side: what a leg does where
    ``side_role`` reads it ("Right leg back."), else the side's own
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
    role = side_role(ex)
    for side in rep_sides(phrases, ex):
        bare = side.strip().lower()
        leg = _leg_label(phrases, bare.split()) if role else (False, False)
        if any(leg):  # "Right leg back." / "Stand on your right leg.": what the leg does, each turn
            text = _role_line(phrases, side, role or "", True, leg[0])
        elif bare not in phrases.words("_side_words"):
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


# Under this many seconds a rep (a ballistic move's 1.5 s), a set of more than FAST_COUNT_ALL reps is
# counted as coaches count fast reps: "5", "10", … with "five more" and "last one", not every number
# (one number every 1.5 s for 30 jumping jacks is a voice that never stops; every 7.5 s still marks
# the set's progress well inside the 15 s silence limit). Up to FAST_COUNT_ALL reps every one is said.
FAST_PACE_S = 2.0
FAST_COUNT_ALL = 10


def rep_counted(rep: int, reps: int, pace_s: float) -> bool:
    """Whether a counted rep's number is said: every rep, but at a fast pace (under
    FAST_PACE_S) in a set of more than FAST_COUNT_ALL only every fifth, the fifth from last
    ("15, five more.") and the last ("20, last one.")."""
    if pace_s >= FAST_PACE_S or reps <= FAST_COUNT_ALL:
        return True
    return rep % 5 == 0 or rep == reps - 5 or rep == reps


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
