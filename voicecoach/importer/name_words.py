"""Words around an exercise's name in a heading or title that are not part of it: a column's
label before it, a pose's Sanskrit name, a how-to's manner word or tail or a title's subtitle
after it."""

from __future__ import annotations

import re

# A column's label before the name: "Stretch of the Month – Seated neck stretch",
# a numbered series' label: "Tip # 12 Eye exercise", "Idea 235: …", or a label line's "Exercise — X"
_SERIES_LABEL = re.compile(
    r"^(?:(?:[\w'-]+\s+){1,3}of the (?:day|week|month)\s*(?::|[-–—])\s+|"
    r"(?:tip|idea|lesson|episode)\s*#?\s*\d+\s*(?::|[-–—])?\s+|"
    # a label line's word before the name: "Exercise — Bridge", "Name: Clam", "Pose - Tree"
    r"(?:exercise(?:\s+name)?|name|move|movement|pose|drill)\s*(?::|\s[-–—]|—|–)\s*|"
    r"[A-Z][a-z]+\s+(?:exercise|move)\s*:\s*)(?=\S)",  # "Tabata exercise: Burpees"
    re.IGNORECASE,
)
# After the name: a pose's Sanskrit name after a dash ("Downward dog – Adho Mukha Svanasana") or
# a manner word of a how-to title ("How to do your pelvic floor exercises correctly"), or the
# condition it treats ("Heel Drops for Achilles Tendinopathy", "Pelvic tilts for low back pain")
_NAME_TAIL = re.compile(
    r"\s+(?:[-–—]\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z]?[a-z]*asana|correctly|properly|the right way|"
    r"(?i:for\s+(?:[\w'’-]+\s+){0,2}(?:pain|aches?|sciatica|stiffness|\w+(?:itis|opathy|algia))))$"
)
# A title's how-to tail: "Glute Bridge (Step by Step)", "Child's Pose (Balasana): How to Do It"
_HOW_TO_TAIL = re.compile(
    r"\s*(?:\s(?:and|&)\s+how\s+(?:do\s+you|to|should\s+you)\s+(?:do|perform)\s+(?:it|them|one)\??|(?::|\s[-–—|])\s*(?:how to (?:do|perform|practi[cs]e) (?:it|this|them)|(?:a\s+)?step[- ]by[- ]step"
    r"(?: guide)?|(?:a\s+)?(?:beginner'?s'?|how[- ]to|complete|quick) guide)|"
    r"\((?:step[- ]by[- ]step(?: guide)?|with (?:pictures|photos|videos?)|video|illustrated|"
    r"(?:[A-Z][a-z]+\s+){0,3}[A-Z]?[a-z]*asana)\))\s*$",
    re.IGNORECASE,
)
# A title's subtitle after the name: "Wall Sit: A Simple Way To Build Leg Strength"
_SUBTITLE = re.compile(
    r"^((?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*(?::|\s[-–—|])\s+(?:(?:an?|the|how|why|what|your|\d+)\s+(?:\S+\s+){2,}\S+|"
    r"(?:benefits|tips|form|technique|variations|mistakes|muscles worked|everything|ultimate|complete)\b.*)$",
    re.IGNORECASE,
)


# A title's frame: a lead label ("Exercise: Bridging") or what follows a bar ("… | Video Guide", "… | Site")
_TITLE_FRAME = re.compile(r"^(?:exercise|exercise name|name)\s*:\s*(?=\S)|\s+\|\s+.*$", re.IGNORECASE)
_EDGE_SYMBOLS = re.compile(r"^[^\w'\"‘“(\[]+|[^\w'\")\]’”?!.]+$")


# "3 Tips for a Better Plank", "5 mistakes to avoid when doing squats": one exercise, its tips as headings
TIPS_TITLE = re.compile(
    r"^\d+\s+(?:(?:top|simple|quick|easy|expert|common|key|big)\s+)?(?:tips|mistakes|cues|secrets|rules|errors|fixes)"
    r"\s+(?:(?:to avoid|you make|people make|to fix)\s+)?(?:for|when|with|in|on|about)\s+(?:doing\s+|your\s+|an?\s+|the\s+)*"
    r"(?:(?:better|perfect|proper|great|stronger|safer)\s+)?(?P<name>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2})\s*[?!.]?$",
    re.IGNORECASE,
)


def without_label_or_tail(name: str) -> str:
    """The name without a column's label before it or a Sanskrit name or manner word after it
    (never empty: a name that is only such words is kept)."""
    return _NAME_TAIL.sub("", _SERIES_LABEL.sub("", name)) or name


def title_without_tail(title: str) -> str:
    """A one-exercise page's title without its how-to tail or its subtitle: "Wall Sit: A Simple
    Way To Build Leg Strength" -> "Wall Sit" (never empty)."""
    title = _EDGE_SYMBOLS.sub("", title) or title  # "🔥 Exercise of the day: Lateral Lunges 🔥"
    title = _TITLE_FRAME.sub("", title) or title  # "Exercise: Bridging", "Hip Flexor Stretch | Video Guide"
    for _ in range(2):  # "Child's Pose (Balasana): How to Do It": two tails
        title = _HOW_TO_TAIL.sub("", title) or title
    if tips := TIPS_TITLE.match(title):
        return tips["name"]
    subtitle = _SUBTITLE.match(title)
    return without_label_or_tail(subtitle[1] if subtitle else title)


__all__ = ["without_label_or_tail", "title_without_tail", "TIPS_TITLE"]
