"""Word lists the review rules read: supports, keys, words of one language that are not
words of the other (body positions: ``voicecoach.phrases``). Small and hand-made: each list errs toward missing a
word rather than flagging a correct sentence."""

from __future__ import annotations

import re

# A support the body holds while working: releasing it must not be "let go".
SUPPORT_WORDS = (
    "hold on",
    "for support",
    "hands on",
    "hand on",
    "touch",
    "lean on",
    "back of a chair",
    "back of the chair",
    "rail",
    "banister",
    "counter",
    "edge",
    "on a step",
    "festhalten",
    "halt dich",
    "hände an",
    "hand an",
    "lehne",
    "geländer",
    "kante",
    "stufe",
)
SUPPORT = re.compile(r"\b(" + "|".join(map(re.escape, SUPPORT_WORDS)) + r")\b|\b\w*stütz", re.IGNORECASE)
LET_GO = re.compile(r"\blet go\b|\blos ?lassen\b|\blass\w* los\b", re.IGNORECASE)

# A word said twice, or a side label dropped into a template: an article, a preposition and
# an article ("the to the"), or an article before a verb form and a preposition ("the standing
# on"); in German an article before a preposition ("dem zur").
BROKEN = re.compile(
    r"\b(\w+)\s+\1\b|\b(the|a|an)\s+(to|on|in|at|with|of)\s+(the|a|an|your)\b"
    r"|\b(the|a|an)\s+(standing|sitting|lying|kneeling)\s+(on|in|at)\b"
    r"|\b(der|die|das|den|dem)\s+(zur|zum|nach|auf|mit)\b",
    re.IGNORECASE,
)

# What a person with eyes closed cannot do safely: travel, climb onto furniture.
TRAVEL = re.compile(
    r"\b(walk|run|jog|hop)\w* (forward|across|around|backward)\w*"
    r"|\b(walk|run|jog|hop)\w*[^.]* as far as you can"
    r"|\b(onto|on to|up on) a (chair|bench|box|table)|step-ups? onto"
    r"|so weit du kannst|vorwärts (gehen|laufen)|auf (einen|den) stuhl steigen",
    re.IGNORECASE,
)
# Balance work, which wants a wall or a chair within reach (REACH).
BALANCE = re.compile(
    r"\bbalance on\b|\bon one leg\b|one[- ]leg stand|single[- ]leg (stand|squat|balance)"
    r"|heel[- ]to[- ]toe"
    r"|grapevine|einbeinstand|auf einem bein|seiltänzer|kreuzschritt",
    re.IGNORECASE,
)
REACH = re.compile(
    r"\b(wall|chair|counter|rail|banister|table|wand|stuhl\w*|geländer|tisch)\b", re.IGNORECASE
)
# The close's words for a body that is down ("before you get up").
GET_UP = re.compile(r"before you get up|bevor du aufstehst", re.IGNORECASE)

# Something only a live player has: a key, a button, a keyboard.
KEY_WORDS = re.compile(
    r"\bpress (space|a key|any key|enter|the button)\b|\bspace ?bar\b|\bkeyboard\b|\bkeys?\b"
    r"|\bbuttons?\b|\bclick\b|\bleertaste\b|\btasten?\b|\btastatur\b|\bknopf\b|\bklick(e|en)?\b",
    re.IGNORECASE,
)

# Words of one language that are not words of the other (no "die", "an", "hand", "arm",
# "rest", "start", "also", "was": they are both).
ONLY_IN = {
    "en": frozenset(
        """the and your you with of to on each for hold up back feet foot then
        right left side sit tall chair wall knee knees legs shoulders shoulder
        breathe breath slowly keep lift lower slightly straight toward towards repeat turn
        head neck gently first next seconds reps exercise switch release relax get ready
        stop pain if it is are this that a at into over from down or but let go your
        take time need minutes round rounds last one two three four five more done well
        ten twenty thirty floor heel heels toes toe hips body""".split()
    ),
    "de": frozenset(
        """und mit dein deine deinen deinem deiner nicht auf zur zum sekunden
        übung übungen links rechts rechte linke rechten linken halte halten atme atmen
        einatmen ausatmen langsam wiederhole jetzt noch bitte dich ist sind eine einen
        der das den dem ein bein beine knie stuhl wand fuß füße schulter schultern rücken
        runde runden satz sätze wiederholungen locker lösen gemacht""".split()
    ),
}

# Numbers in words, for titles ("Seven-minute circuit").
NUMBER_WORDS = {
    w: n
    for n, words in enumerate(
        [
            "zero null",
            "one eins ein eine",
            "two zwei",
            "three drei",
            "four vier",
            "five fünf",
            "six sechs",
            "seven sieben",
            "eight acht",
            "nine neun",
            "ten zehn",
            "eleven elf",
            "twelve zwölf",
            "thirteen dreizehn",
            "fourteen vierzehn",
            "fifteen fünfzehn",
            "sixteen sechzehn",
            "seventeen siebzehn",
            "eighteen achtzehn",
            "nineteen neunzehn",
            "twenty zwanzig",
        ]
    )
    for w in words.split()
}

# "Last" in a count ("Last one.", "Die letzte."), in a round ("Last round.", "Letzte Runde.").
LAST = re.compile(r"\blast\b|\bletzte[nrs]?\b", re.IGNORECASE)


def words_of(text: str) -> list[str]:
    """The spoken words of ``text``, lower case; a number is one word."""
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)?", text.lower())


# A how that asks the listener to change sides by themselves: with eyes closed they need the call.
SWITCH_ASKED = re.compile(
    r"\b(?:switch|change|swap)\s+(?:sides|legs|arms)\b|\bseiten?\s+wechseln\b|\bdie\s+seite\s+wechseln\b",
    re.IGNORECASE,
)
