"""Sides: "on each foot", "switch legs", "one foot at a time" (two ways of one exercise are
``two_ways``)."""

from __future__ import annotations

import re

from .vocabulary import DOSE_UNITS

_I = re.IGNORECASE
_LIMBS = {
    "foot": "foot",
    "feet": "foot",
    "leg": "leg",
    "legs": "leg",
    "side": "side",
    "sides": "side",
    "arm": "arm",
    "arms": "arm",
    "hand": "hand",
    "hands": "hand",
    # a joint names the limb it moves: "repeat with your right ankle over the thigh" works a leg
    "knee": "leg",
    "knees": "leg",
    "hip": "leg",
    "hips": "leg",
    "ankle": "leg",
    "ankles": "leg",
    "shoulder": "arm",
    "shoulders": "arm",
}
LIMB = r"(foot|feet|legs?|sides?|arms?|hands?|knees?|hips?|ankles?|shoulders?)"
_SIDE_PHRASES = [
    rf"(?:\b(?:on|with|for|using|under|beneath)\s+|\b(?:[x×]?\d+|times?|reps?|repetitions|seconds?|secs?|minutes?|mins?|breaths?|sets?|holds?)"
    rf"[\s,]+|^\s*|[.;:(]\s*)(?:each|either|every)\s+{LIMB}\b",  # not "driving each knee up"
    rf"\bper\s+{LIMB}\b",
    rf"\b(?:do|repeat|work|stretch)\s+(?:it\s+|this\s+)?(?:on\s+)?both\s+{LIMB}\b",  # "do both sides"
    rf"\b\d+\s+(?:\w+\s+)?(?:with|on)\s+(?:your|the)\s+(?:right|left)\s+{LIMB}\s+and\s+\d+\s+"
    rf"(?:\w+\s+)?(?:with|on)\s+(?:your|the)\s+(?:left|right)\b",  # "10 with your right leg and 10 with your left"
    rf"\d\s*(?:reps?|s|secs?|seconds?)?\s*/\s*{LIMB}\b|\be/s\b()",  # "10/side", "30s/leg", "10 reps e/s"
    rf"\b(?:switch|change|swap)\s+(?:to\s+(?:the|your)\s+(?:other|opposite)\s+)?{LIMB}\b",
    rf"\b(?:switch|change|swap)\s+(?:to\s+)?(?:the\s+)?(?:other|opposite)\s+{LIMB}\b",
    rf"\b(?:repeat|do|perform|continue)\b[^.;]{{0,30}}?\b(?:on|with|to|for)\s+(?:the|your)\s+(?:other|opposite)\s+{LIMB}",
    rf"\bthen\s+(?:do\s+|switch\s+to\s+|on\s+|with\s+)?(?:the|your)\s+(?:other|opposite)(?:\s+{LIMB})?",
    rf"\b(?:1|one)\s+{LIMB}\s+at\s+a\s+time\b",
    rf"\bon\s+both\s+{LIMB}\b(?<!feet)",
    rf"\b(?:right|left)\s+{LIMB}\s*,?\s+(?:and\s+)?then\s+(?:the\s+|your\s+)?(?:left|right|other)\b",
    r"\b(?:switch|swap|change)(?:ing|es)?\s+sides\b",  # "before switching sides"
    rf"\b(?:switch|change|swap)\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+|your\s+)?(?:left|right)\s+{LIMB}\b",
    rf"\bthen\s+(?:move|shift|transfer)\s+(?:your\s+|the\s+)?weight\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+|your\s+)?"
    rf"(?:left|right|other)\s+{LIMB}\b",
    rf"\b(?:left|right)\s+{LIMB}\b[^.;]{{0,80}}?\bthen\b[^.;]{{0,40}}?\b(?:left|right)\b(?:\s+(?:foot|feet|legs?|arms?|hands?|{LIMB}))?",
    r"\bturn\s+over\s+(?:and|to)\s+(?:repeat|do)\b()",
    r"(?:^|[.;]\s*|,\s+)(?:then\s+)?(?:switch|swap|change)(?:\s+over)?\s*(?:[.;!]|$)()",  # "hold 30 s, then switch."
    rf"\b(?:repeat|do|switch\s+to)\s+(?:the\s+|your\s+)?(?:other|opposite)\s+{LIMB}\b",  # "Repeat other side."
    r"(?-i:\b(?:L\s*/\s*R|R\s*/\s*L)\b|\b\d+\s*[LR]\s*/\s*\d+\s*[LR]\b)()",  # "L/R x 10", "10 R / 10 L"
    # a count said for each side by name: "3 times right, 3 times left", "Right side: 10 reps. Left side: 10"
    rf"\b\d+\s*(?:times|reps?)?\s+(?:on\s+(?:the\s+|your\s+)?|with\s+(?:the\s+|your\s+)?)?(?:right|left)\b"
    rf"(?:\s+{LIMB})?[^.;\d]{{0,12}}\d+\s*(?:times|reps?)?\s+(?:on\s+(?:the\s+|your\s+)?|with\s+(?:the\s+|your\s+)?)?"
    r"(?:left|right)\b",
    rf"(?:^|[.;]\s*)(?:right|left)(?:\s+{LIMB})?\s*:\s*\d+[^.;]*[.;]\s*(?:left|right)(?:\s+{LIMB})?\s*:\s*\d+",
    r"(?:^|[.;,]\s*)both\s+(?:sides|legs|arms)\s*[,.;:]()",  # "Both sides, 10 reps."
    r"\bchanging\s+sides\b",
    rf"\brepeat\b[^.;]{{0,25}}?\b(?:on|to|with|for)\s+(?:the\s+|your\s+)?(?:other|second|2nd|opposite)\s+(?:{LIMB})?",
    rf"\b(?:repeat|do the same)\b[^.;]{{0,20}}?\b(?:on|with|using|lifting|raising|for|to)\s+(?:the\s+|your\s+)?"
    rf"(?:left|right)\s+{LIMB}",
    rf"\brepeat\b[^.;]{{0,20}}?\b(?:for|on|with)\s+both\s+{LIMB}",
    rf"\b(?:repeat|do the same|then)\b[^.;]{{0,25}}?\b(?:on|to|towards?)\s+(?:the|your)\s+(?:left|right)(?:\s+{LIMB})?",
    # "Repeat ten times, then ten more toward the other side"
    rf"\bthen\s+(?:\w+\s+){{0,3}}(?:on|to|towards?|with)\s+(?:the|your)\s+(?:other|opposite)\s+{LIMB}",
    r"\bto\s+the\s+(?:left|right)\s+and\s+(?:do|repeat)\s+(?:the\s+same|it|this)\b()",  # "turn to the right and do the same"
    r"\bto the (?:right|left)\b[^.;]{0,60}?\bthen\b[^.;]{0,40}?\bto the (?:left|right)\b()",
    r"\b\d+\s*(?:s|sec\w*)\s+(?:right|left)\s+and\s+\d+\s*(?:s|sec\w*)\s+(?:left|right)\b()",
    rf"\bon\s+(?:one|1)\s+{LIMB}\b[^.;]{{0,30}}?\bthen\b[^.;]{{0,20}}\bthe\s+other\b",
    # "hold for 15 seconds, left then right": a hold or time, then each side named bare
    r"(?:\bhold\b|\b\d+\s*(?:seconds?|secs?|s|breaths?|minutes?|mins?)\b)[^.;\d]{0,30}?"
    r"\b(?:left(?:\s+side)?\s*,?\s*(?:and\s+)?then\s+(?:the\s+)?right|right(?:\s+side)?\s*,?\s*(?:and\s+)?then\s+"
    r"(?:the\s+)?left)\b(?!\s+(?:foot|feet|legs?|arms?|hands?|knees?|hips?|ankles?|shoulders?))()",
]
_PAIR_PHRASES = {  # "right leg, then left", "bend one elbow and then the other": both sides in one breath
    i
    for i, p in enumerate(_SIDE_PHRASES)
    if p.startswith((r"\b(?:left|right)\s+", r"\b(?:right|left)\s+", r"\bthen\s+(?:do\s+"))
}


def _one_movement(text: str, pair: re.Match) -> bool:
    """Both sides said in one sentence with no count before them, the count after the pair
    ("bend one elbow and then the other. Repeat 10 times"): each rep visits both sides."""
    start = max(text.rfind(".", 0, pair.start()), text.rfind(";", 0, pair.start())) + 1
    counted = re.search(
        rf"\d+\s*(?:[x×]|{DOSE_UNITS}\b|s\b)",
        text[start : pair.start()],
        _I,
    )
    return not counted and bool(_PAIR_REPEATED.match(text[pair.end() :]))


# Holding things in both hands is not doing the exercise on each side.
_EACH_HAND_AGAIN = re.compile(
    r"\b(?:repeat|do\s+(?:it|this|the\s+same))\b[^.;]{0,40}\bwith\s+(?:each|either|the\s+other)\s+hand\b",
    re.I,
)
_NOT_SIDES = re.compile(r"\b(?:in|with)\s+(?:each|both|either)\s+hands?\b|\beach\s+hand\s+hold", re.I)
# "lifting one foot and then the other", "raise the left leg …, then the right.", no count in
# the sentence: the limbs take turns within the movement
_ALTERNATE = re.compile(
    r"\balternat\w*\b|\b(?:from )?side to side\b|"
    # "Switch knees each time and do 10 repetitions": the limbs take turns within the reps
    r"\b(?:switch|swap|change)\w*\s+(?:knees|legs|arms|feet|hands|sides)\s+(?:each|every)\s+(?:time|rep\w*)\b|"
    # both sides within one movement: "row across to one side and then the other"
    r"\b(?:to|towards?|on|onto)\s+(?:one|1|a)\s+side,?\s+(?:and\s+)?then\s+(?:to\s+|on\s+|onto\s+)?the\s+other\b|"
    rf"(?:^|[.;!?]\s*)[^.;!?\d]*\b(?:one|1)\s+(?:\w+\s+)?{LIMB}\b[^.;!?\d]{{0,30}}?\band\s+then\s+the\s+other\b|"
    rf"(?:^|[.;!?]\s*)[^.;!?\d]*\b(?:left|right)\s+{LIMB}\b[^.;!?\d]{{0,60}}?,\s*then\s+the\s+(?:left|right)\s*[.;!?]",
    re.I,
)
# A picture's caption describes, it does not instruct: "[figures: lying on each side]"
_CAPTION = re.compile(r"\[(?:figures?|image|photo|picture|diagram)\b[^\]]*\]", re.I)
# The movement's own words, after both sides were visited in one sentence: "right ear to right
# shoulder, then left ear to left shoulder; repeat 3 times" is one movement repeated.
_PAIR_REPEATED = re.compile(
    r"^[^.;\d]{0,40}[.;,]\s*(?:and\s+)?repeat(?:\s+\d+(?:\s*to\s*\d+)?\s+times\b"
    r"(?!\s*(?:on|with|for|a|per|each|every|daily)\b)|\s*[.!;]|\s*$)",  # "Repeat 1-3 times a day": how often
    re.I,
)
_PER_SIDE_COUNT = re.compile(rf"\b\d+\s+(?:\w+\s+)?(?:on|per|with|for)\s+(?:each|every)\s+{LIMB}", re.I)
_WORKING_LIMB = re.compile(r"\b(?:right|left)\s+(arm|leg|foot|knee|heel|thigh)\b", re.I)
# "bend one leg up behind you", "put one arm behind your head": the limb that works, one at a time
_ONE_LIMB = re.compile(
    r"\b(?:lift|raise|bend|bring|put|place|take|swing|straighten|extend|stretch|draw|pull|slide|kick)\s+"
    r"(?:up\s+)?(?:one|1)\s+(arm|leg|knee)\b",
    re.I,
)
# A limb, or a muscle or joint of one, in the name: "Eagle Arms", "Hamstring stretch", "Triceps stretch";
# a lunge, a step or a kick is the leg's ("Forward lunge", "Side step")
_NAME_LIMB = re.compile(
    r"\b(?:(arms?|biceps|triceps|wrists?|elbows?|forearms?)|"
    r"(legs?|knees?|thighs?|hamstrings?|quads?|quadriceps|calf|calves|glutes?|ankles?|lunges?|steps?|kicks?)|"
    r"(necks?|trunk|torso|spine|waist|side))\b",  # the neck or trunk bends to a side: "Seated Neck Stretch"
    _I,
)
# The trunk turns to a side: "twist, looking over your left shoulder"
_TWIST = re.compile(
    r"\btwist(?:s|ing)?\b|\blook(?:ing)?\s+over\s+(?:your|the)\s+(?:left|right)\s+shoulder\b", _I
)
# The movement goes to a side: "push your jaw to the left against your fist"
_PUSHED_TO_A_SIDE = re.compile(
    r"\b(?:push|press|move|turn|tilt|slide|shift)\w*\b[^.;]{0,30}\bto\s+the\s+(?:left|right)\b", _I
)
# Both limbs go together to a side: the body turns ("let both knees drop to the right")
_BOTH_TO_A_SIDE = re.compile(
    r"\bboth\s+(?:knees|legs)\b[^.;]{0,30}\bto\s+(?:the\s+)?(?:one|1|right|left)\b", _I
)
_STANDS_ON_ONE = re.compile(
    r"\b(?:stand|balance)\w*\s+on\s+(?:one|1)\s+(?:foot|leg)\b|"
    r"\b(?:shift|transfer|put)\s+(?:all\s+)?your\s+weight\s+(?:on|onto)\s+(?:your\s+|the\s+)?(?:left|right)\s+(?:foot|leg)\b",
    _I,
)
# A foot that steps out into a lunge or onto a step, or is placed before a knee bends: the leg works
_STEP_INTO = re.compile(
    r"\bstep\w*\b[^.;]{0,40}\b(?:right|left)\s+foot\b[^.;]{0,40}\blunge|\blunge|"
    r"\bbend(?:s|ing)?\s+(?:your\s+|the\s+)?(?:right\s+|left\s+|front\s+)?knee\b",  # "Bend your right knee"
    _I,
)


# The legs take turns by walking, running or hopping, whatever the count per leg: a travelling or
# running drill ("Walking lunges", "High knees", "Butt kicks"), knees driven "in turn", legs swapped
# "and keep going", or both sides done, then the pair repeated ("Do the same with the other leg.
# Then go through it 8 times")
_GAIT_NAME = re.compile(
    r"^\W*(?:walking|travelling|traveling|alternating|alternate)\b|\b(?:high\s+knees|butt\s+kick(?:s|ers)|"
    r"bum\s+kicks|heel\s+flicks|skips|skipping|carioca|grapevine)\b",
    _I,
)
_MARCH_NAME = re.compile(r"\bmarch(?:es|ing)?\b", _I)
_TAKING_TURNS = re.compile(
    r"\b(?:knees?|legs?|feet|foot|heels?)\b[^.;]{0,30}\bin\s+turn\b|"
    r"\b(?:swap|switch|change)\s+(?:legs|feet)\s+and\s+keep\s+going\b|\bon\s+every\s+stride\b|"
    rf"\b(?:do\s+the\s+same|repeat)\b[^.;]{{0,25}}\b(?:other|opposite)\s+{LIMB}\s*[.;,]\s*(?:and\s+)?then\s+"
    r"(?:go\s+through|do|repeat)\s+(?:(?:it|this|them|both|the\s+pair)\s+)?\d+\s+times\b",
    _I,
)


# The sides take turns rep by rep, in words: "alternating sides", "alternate legs", "each side in
# turn", "Do the same with the other leg. Then repeat 8 times" (the pair is one rep)
_ALTERNATING_REPS = re.compile(
    r"\balternat(?:e|es|ing)\s+(?:between\s+)?(?:the\s+|your\s+)?(?:sides|legs|arms|knees|feet|hands|"
    r"left\s+and\s+right|right\s+and\s+left)\b|"
    r"\b(?:sides|legs|arms|knees|feet|hands)\s+alternately\b|\balternately\b[^.;]{0,30}\b(?:side|leg|arm|knee|foot)\b|"
    rf"\b(?:each|every|one)\s+(?:side|{LIMB})\s+in\s+turn\b|"
    rf"\b(?:do\s+the\s+same|repeat)\b[^.;]{{0,25}}\b(?:other|opposite)\s+{LIMB}\s*[.;,]\s*(?:and\s+)?then\s+"
    r"(?:go\s+through|do|repeat)\s+(?:(?:it|this|them|both|the\s+pair)\s+)?\d+\s+times\b",
    _I,
)


# Walking, stairs, running: the feet take turns with every stride, no side to call
_STRIDE_NAME = re.compile(r"\b(?:walk\w*|stairs?|jog\w*|run|running|hop\w*)\b", _I)


def alternates_reps(text: str, name: str = "") -> bool:
    """The text has the sides take turns inside the reps ("Repeat 8 times, alternating sides"):
    ``alternate: reps``. A walking or running drill ("Walking lunges", "Marching", "Walk the
    line") steps on every stride, no side to call."""
    if _GAIT_NAME.search(name) or _MARCH_NAME.search(name) or _STRIDE_NAME.search(name):
        return False
    return bool(_ALTERNATING_REPS.search(_CAPTION.sub(" ", text)))


def find_sides(text: str, name: str = "") -> tuple[str, ...]:
    """Two side names if the text asks for both sides, else ``()``; ``name`` is the exercise's
    (its limb, "Eagle Arms", is the working limb when the text only says "each side").

    Alternating sides within the reps, or both sides visited in one movement that is then
    repeated, is not two sides, unless a count is given per side.
    """
    if _EACH_HAND_AGAIN.search(text):
        return _name_sides(
            "hand", text
        )  # "repeat 5 times with each hand": both hands work, in the order said
    if _GAIT_NAME.search(name) or _TAKING_TURNS.search(text):
        return ()
    if _MARCH_NAME.search(name) and not _PER_SIDE_COUNT.search(text):
        return ()  # "Seated Marching": the legs take turns, unless counted per leg ("5 lifts with each leg")
    text = _CAPTION.sub(" ", _NOT_SIDES.sub(" ", text))
    if _ALTERNATE.search(text) and not _PER_SIDE_COUNT.search(text):
        return ()
    for i, pattern in enumerate(_SIDE_PHRASES):
        m = re.search(pattern, text, _I)
        if m:
            if i in _PAIR_PHRASES and _one_movement(text, m):
                return ()
            limb = _LIMBS.get((m.group(1) or "side").lower()) if m.groups() else None
            if limb is None or (
                limb == "side" and not re.search(r"\b(?:left|right)\s+sides?\b", m.group(0), _I)
            ):
                limb = _working_limb(text, limb, name)
            if limb == "hand" and _PUSHED_TO_A_SIDE.search(text):
                limb = "side"  # "swap hands ... this time pushing to the right": the hand only resists
            return _name_sides(limb, text)
    return ()


def _working_limb(text: str, said: str | None, name: str = "") -> str:
    """For "each side" / "swap sides": a body that twists, or whose limbs go together to a side
    ("let both knees drop to the right"), turns to a side; else the limb the name says ("Eagle
    Arms"; an arm and a leg together, "Arm & leg extension", is a side), the limb that works
    ("your right leg", "bend one leg"; a foot that steps into a lunge is its leg), else the
    limb the text keeps naming, else "side"."""
    if _TWIST.search(text) or _BOTH_TO_A_SIDE.search(text):
        return "side"
    if said == "side" and re.search(
        r"\b(?:tip|tilt|bend|lean|drop)\w*\s+(?:your\s+|the\s+)?head\b", text, _I
    ):
        return "side"  # "tip your head over to the left": the neck bends to a side, the arm only steadies
    named = {"arm" if m.group(1) else "leg" if m.group(2) else "side" for m in _NAME_LIMB.finditer(name)}
    limbs = named - {"side"}  # "Side-lying leg raise": the leg; "Seated Neck Stretch": a side
    if limbs or named:
        return limbs.pop() if len(limbs) == 1 else "side"
    if _STANDS_ON_ONE.search(text):
        return "leg"  # "stand on one foot": the standing leg works
    working = _WORKING_LIMB.search(text) or _ONE_LIMB.search(text)
    if working:
        limb = {"knee": "leg", "heel": "leg", "thigh": "leg"}.get(
            working.group(1).lower(), working.group(1).lower()
        )
        return (
            "leg" if limb == "foot" and (_STEP_INTO.search(text) or re.search(r"\blunge", name, _I)) else limb
        )
    if said == "side" and re.search(r"\bto\s+(?:one|1)\s+side\b", text, _I):
        return "side"  # "lower the knees to one side": the body turns or bends to a side
    if said == "side":  # hands are mostly placed, not worked: "hands by your sides"
        guess = _guess_limb(re.sub(r"\bhands?\b", " ", text, flags=_I), at_least=2)
    else:
        guess = _guess_limb(text)
    return guess


def _guess_limb(text: str, at_least: int = 1) -> str:
    counts = {
        limb: len(re.findall(rf"\b{pattern}\b", text, _I))
        for limb, pattern in (
            ("leg", "(?:legs?|knees?|ankles?|hips?(?![- ]width)|thighs?)"),
            ("foot", "(?:foot|feet)"),
            ("arm", "arms?"),
            ("hand", "hands?"),
        )
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= at_least else "side"


# "Repeat on the left side", "switch to the right leg": the side done second
_SECOND_SIDE = re.compile(r"\b(?:repeat|switch|change|swap)\b[^.;]{0,25}?\b(?:the\s+)?(left|right)\b", _I)


_TURN_TO = re.compile(
    r"\b(?:twist|turn|rotate|look)\w*\s+(?:\w+\s+){0,3}?(?:to(?:wards)?|over)\s+(?:the|your)\s+(left|right)\b",
    _I,
)


def _name_sides(limb: str, text: str) -> tuple[str, str]:
    turn = _TURN_TO.search(text) if limb == "side" and _TWIST.search(text) else None
    if turn:  # a twist is named by the way it turns, not by the hand that helps it
        first = turn.group(1).lower()
        return (f"{first} side", f"{'left' if first == 'right' else 'right'} side")
    second = _SECOND_SIDE.search(text)
    if second:
        last = second.group(1).lower()
        return (f"{'right' if last == 'left' else 'left'} {limb}", f"{last} {limb}")
    left = re.search(r"\bleft\b", text, _I)
    right = re.search(r"\bright\b", text, _I)
    if left and (not right or left.start() < right.start()):
        return (f"left {limb}", f"right {limb}")
    return (f"right {limb}", f"left {limb}")


__all__ = ["find_sides", "LIMB"]
