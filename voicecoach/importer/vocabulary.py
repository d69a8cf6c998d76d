"""The importer's shared words and number patterns, written once.

- ``BODY_VERBS``: verbs that move the body ("lift", "squat"); ``MOVEMENT`` finds one said as
  an instruction, ``INSTRUCTION`` also accepts the verbs that steer an exercise ("repeat",
  "relax", "switch") — the structure splitter uses both, the confidence check ``MOVEMENT``.
- ``EXERCISE_WORDS``: nouns that name exercises ("squats", "plank", "heel").
- ``EXERCISE_UNITS``/``DOSE_UNITS``/``DOSE``: the words a dose is counted or timed in ("sets",
  "reps", "seconds", "breaths"; minutes too in ``DOSE_UNITS``) and a number said with one ("3
  sets", "10 x 12"): what makes a text dosed, a bracket or a name's tail a dose, a count said
  before both sides, and a dose the import left unread.
- ``NUM``/``UNIT`` (capturing, for the timing families) and ``NUM_TEXT``/``UNIT_TEXT`` (the
  same, non-capturing, for phrases removed from spoken text): one definition of a number,
  a range and a time unit.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

BODY_VERBS = """stand sit lie lay place put lift raise lower bend push pull walk step breathe inhale exhale
    press rotate stretch reach squeeze bring cross face lean roll curl spread pick flex point tap turn
    twist kneel squat balance slide extend tighten march jump hop rise write trace grab wrap loop swing
    circle shake massage clench scrunch flatten tuck arch drive hinge brace fold hold engage draw drop
    move keep start begin get come""".split()
_MOVEMENT_ONLY = """clap go hang jog lunge make nod run tilt touch hug peel pump flutter rock sway shrug
    kick punch skip climb crawl look gaze float glide clasp interlace lace wriggle wiggle squat sway
    bounce drag rest straighten tense release tip lengthen blink rub pivot shuffle bound sprint cycle swim
    throw catch carry spin stomp pat tickle smile frown yawn travel""".split()
_MOVEMENT_POSTURES = ["feet", "with your", "from", "on your", "standing", "sitting", "lying"]
_STEERING = """aim alternate close count do find focus imagine let open pause perform plant position pretend
    relax repeat rest return round set shift sink spell stack stay sweep switch take try use""".split()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in dict.fromkeys(words))


# A body movement said as an instruction: at a sentence, clause or list-item start.
# A word that names several exercises ("Neck exercises", "Morning yoga routine", "Yoga poses for
# back pain"): a group's or a session's name, not one exercise's
GROUP_WORD = re.compile(
    r"\b(?:exercises|workouts?|routines?|programmes?|programs?|stretches|sessions?|drills|poses)\b",
    re.IGNORECASE,
)
# a PE lesson's third person before a verb of the work: "Students step up and down …", "Children jump rope"
_THIRD_PERSON = (
    r"(?:(?:students|children|pupils|kids|players|participants|athletes|everyone|(?:the|all)\s+"
    r"(?:class|group|children|students|pupils|kids|players))\s+)"
)
_PE_VERBS = """step jump hop skip run jog walk march stretch curl lift raise squat lunge bend twist roll kick
    throw catch balance reach crawl climb skate swing circle""".split()
MOVEMENT = re.compile(
    r"(?:^|[.!?:;]\s*|\n\s*|,\s+(?:then\s+|and\s+)?)(?:[-*•]\s+|\d+[.)]\s+)?"
    # a challenge asked as a question: "How many times can you kick …", "How far can you jump …"
    r"(?:(?:how\s+(?:many(?:\s+times)?|far|long|high|fast)\s+(?:[a-z]+\s+){0,3}?)?can\s+you\s+)?"
    r"(?:slowly |gently |now |then |"
    rf"carefully |quickly )?(?:{_alternation(BODY_VERBS + _MOVEMENT_ONLY + _MOVEMENT_POSTURES)})\b",
    _I,
)
# Any instruction: a body verb or a steering verb at a sentence or list-item start.
INSTRUCTION = re.compile(
    r"(?:^|[.!?,:;]\s+|\n)\s*(?:[-*•]\s+|\d+[.)]\s+)?(?:slowly |gently |now |then )?"
    rf"(?:{_alternation(BODY_VERBS + _MOVEMENT_ONLY + _STEERING)}|{_THIRD_PERSON}(?:{_alternation(_PE_VERBS)}))\b",
    _I,
)
# An instruction, not a name: a verb, then a determiner or preposition ("Get into a plank", "Lie on your back").
IMPERATIVE = re.compile(
    rf"^\s*(?:{_alternation(BODY_VERBS + _MOVEMENT_ONLY + _STEERING)})\s+"
    r"(?:into|onto|a|an|the|your|both|each|this|it|(?:on|in|with|at|by) (?:your|the|a))\b",
    _I,
)
EXERCISE_WORDS = re.compile(
    r"\b(?:squats?|lunges?|planks?|raises?|curls?|press(?:es)?|push[- ]?ups?|pull[- ]?ups?|crunch(?:es)?|"
    r"jacks?|dips?|sit[- ]?ups?|stands?|stretch(?:es)?|bridges?|rows?|deadlifts?|step[- ]?(?:ups?|downs?)|"
    r"bends?|lifts?|twists?|kicks?|walks?|jog\w*|run\w*|march\w*|burpees?|climbers?|holds?|poses?|"
    r"circles?|rolls?|rotations?|extensions?|flexion|breathing|touch\w*|swings?|hops?|jump\w*|"
    r"calf|calves|glutes?|heels?|toes?|knees?|hips?|shoulders?|necks?|sit|thrusts?|thrusters?|"
    r"RDLs?|flys?|shrugs?|pulses?|tucks?|wipers?|taps?|movements?|exercises?|"
    # names of classic exercises that hold none of the words above ("Clam", "Bird dog", "The Hundred")
    r"clam(?:shell)?s?|bird[- ]dogs?|dead[- ]bugs?|supermans?|cat[- ](?:cow|camel)|cobra|sphinx|pigeon|"
    r"inchworms?|bear crawls?|crab walks?|skaters?|good mornings?|wall angels?|snow angels?|slides?|"
    r"pendulums?|star jumps?|high knees|butt kicks|carioca|grapevine|strides|skips?|pumps?|"
    r"hundred|teaser|swan dive|corkscrew|scissors|bicycles?|criss[- ]cross|mermaid|windmills?|"
    r"thread the needle|happy baby|downward[- ]facing dog|down(?:ward)? dog|up(?:ward)? dog|tandem|"
    # the lifts and skills of a gym's board ("20 Dumbbell Snatches", "15 Wall Balls", "20 Double-unders")
    r"snatch(?:es)?|cleans|clean and jerks?|wall[- ]?balls?|get[- ]?ups|(?:double|single)[- ]?unders?)\b",
    _I,
)

# A timed part of a session named by its place in it ("Warm up", "Cool-down"): done first or last
SESSION_PART = re.compile(r"^\W*(?:the\s+)?(?:warm(?:ing)?[- ]?up|cool(?:ing)?[- ]?down)\W*$", _I)

# A lifting tempo: "tempo 3-1-1", "a 4-1-2-1 tempo", "1:4:1 tempo" (group 1 or 2: the counts).
TEMPO = re.compile(
    r"\btempo\b[^.\d]{0,25}?(\d(?:\s*[-:/]\s*[\dxX]){2,3})\b|"
    r"\b(\d(?:\s*[-:/]\s*[\dxX]){2,3})\s*(?:\([^)]*\)\s*)?tempo\b",
    _I,
)

# The words one exercise's dose is counted or timed in: "3 sets", "10 reps", "20 seconds", "5 breaths"
_EXERCISE_UNIT_WORDS = r"reps?|repetitions|rounds?|sets?|seconds?|secs?|times|breaths?"
EXERCISE_UNITS = rf"(?:{_EXERCISE_UNIT_WORDS})"
# ... and minutes, which also time whole sessions ("about 10 minutes")
DOSE_UNITS = rf"(?:{_EXERCISE_UNIT_WORDS}|minutes?|mins?)"
# A time in seconds as lists abbreviate it ("Wall sit 45 s", "Plank 40s"; not "in your 20s")
SECONDS_ABBREVIATED = r"\b\d{1,3}\s?s\b(?!['’])"
# A number said with its unit, or "N x M": a dose ("3 sets", "ten times" once normalized).
# ("5 deep breaths", "3 slow, full breaths": a count of breaths with a word or two between)
DOSE = re.compile(
    rf"\d+\s*(?:[x×]\s*\d+|{DOSE_UNITS})\b|{SECONDS_ABBREVIATED}|\b\d+\s+(?:[a-z]+,?\s+){{1,2}}breaths\b", _I
)

# How often, not how many: "twice a day", "3 times a week", "daily", "every hour", "every 2-3 hours"
# "a day", "per week", "daily" anywhere in a sentence: how often, so no lead-in activity's length
HOW_OFTEN_WORDS = re.compile(r"\b(?:a|per|each|every)\s+(?:day|week)\b|\bdaily\b", re.IGNORECASE)
FREQUENCY = (
    r"\b(?:\d+\s*(?:[x×]\s*)?(?:times?)?|once)\s*(?:a|per|each|every|/)\s*(?:day|week|morning|evening|night|daily)\b"
    r"|\b\d+\s*(?:[x×]|times)\s*/?\s*(?:daily|weekly)\b|\bevery\s+(?:\d+\s*(?:(?:[-–/]|to|or)\s*\d+\s*)?)?hours?\b(?:\s+that\s+you\s+are\s+awake)?"
    r"|\b(?:daily|every\s+(?:other\s+)?(?:day|morning|evening|night|\d+\s*(?:(?:[-–/]|to|or)\s*\d+\s*)?hours?)"
    r"|each\s+(?:day|morning|evening)|per\s+(?:day|week)|\d+\s*days?\s*(?:a|per)\s*week"
    r"|(?:a|per)\s+(?:day|week)|(?:in the|every)\s+(?:morning|evening))\b"
)
# What follows "N times" when it is a ratio, not a count: "2 times as long as the breath in"
# "breathe out 2 times as long as in" is a ratio; "repeat 20 times as fast as you can" an effort
RATIO_WORDS = r"(?:as\s+(?:long|much|slow(?:ly)?|fast|many|hard)\b(?!\s+as\s+(?:you|possible)\b)|longer|slower|faster)\b"

NUM = r"(\d+(?:\.\d+)?)(?:\s*(?:to|or)\s*(\d+(?:\.\d+)?))?"
# A bare "s" after a number is seconds ("30s"), but not a decade's ("the 1980s", "the 2000s")
_SECONDS_S = r"(?<![12]\d\d0)s"
UNIT = rf"(seconds?|secs?|{_SECONDS_S}|minutes?|mins?|hours?|hrs?|counts?)\b"
NUM_TEXT = r"\d+(?:\.\d+)?(?:\s*(?:to|or|-|–)\s*\d+(?:\.\d+)?)?"
UNIT_TEXT = rf"(?:seconds?|secs?|{_SECONDS_S}|minutes?|mins?|hours?|counts?)\b"

# A rest said with a repeat ("rest, then repeat 3 times"); resting in a position between holds
# ("resting in Child's pose in between") is where the body waits, not a bout's recovery
REST_WORD = re.compile(r"\brest(?:ing|s)?\b(?!\s+(?:in|on|with)\s+(?!between\b))", _I)

# A step's label, not an exercise's name: "**Brace:**", "**Reach:**", "**Set up:**" (a word that also
# names exercises, "Squat", "Hold", is left to EXERCISE_WORDS)
STEP_LABEL_NAME = re.compile(
    rf"^(?:(?:{_alternation(BODY_VERBS + _STEERING)})(?:\s+(?:up|down|back|out|in|over|through|again))?|"
    r"set[- ]?up|get set|start(?:ing)?(?: position)?|finish(?:ing)?(?: position)?|end position|the finish)$",
    _I,
)
# A bulleted line's bullet: "- ", "* ", "• " (numbered items are read apart)
BULLET = re.compile(r"^\s*[-*•]\s+")

__all__ = [
    "BULLET",
    "SECONDS_ABBREVIATED",
    "TEMPO",
    "IMPERATIVE",
    "BODY_VERBS",
    "MOVEMENT",
    "INSTRUCTION",
    "EXERCISE_WORDS",
    "EXERCISE_UNITS",
    "DOSE_UNITS",
    "DOSE",
    "SESSION_PART",
    "HOW_OFTEN_WORDS",
    "NUM",
    "UNIT",
    "NUM_TEXT",
    "UNIT_TEXT",
    "REST_WORD",
    "STEP_LABEL_NAME",
]
