"""Where an exercise puts the body (lying, sitting, kneeling, standing), read from its
words; shared by the compiler (more set-up time on a change) and the review (which checks
it). Earliest word wins: "Kneel and sit back on your heels" is kneeling."""

from __future__ import annotations

from typing import Optional

POSITIONS = ("lying", "sitting", "kneeling", "standing")

# Lower case; matched inside " " + text + " ", so a leading or trailing space marks a word edge.
POSITION_WORDS = {
    "lying": (" lie ", "lie down", "lying", "on your back", "on your stomach", "on your front",
              "on your side", "push-up", "push up", "press-up", "plank", "crunch", "bridge",
              "leg dich", "liegst", "liegend", "rückenlage", "bauchlage", "seitenlage",
              "auf dem rücken", "auf den rücken", "auf dem bauch", "liegestütz",
              "unterarmstütz", "seitstütz", "crunches"),
    "sitting": (" sit ", " sit,", "sitting", "seated", "in a chair", "dips", "setz dich",
                "im sitzen", "sitzend", " sitz "),
    "kneeling": ("kneel", "on all fours", "hands and knees", "knie dich", "kniest", "kniend",
                 "vierfüßler", "fersensitz"),
    "standing": ("stand", "walk", "squat", "step back", "step forward", "lunge", "face a wall",
                 "wall sit", "jumping jack", "high knees", "calf raise", "march", "jog",
                 "stell dich", " steh", "stehend", "im stand", "hampelmann",
                 "kniebeuge", "hocke", "ausfallschritt", "wandsitz", "kniehebelauf", "wadenheben",
                 "marschier", "jogg", "seiltänzer"),
}


def position_of(text: Optional[str]) -> Optional[str]:
    """The body position ``text`` puts a person in, or None when it names none."""
    if not text:
        return None
    low = " " + " ".join(text.lower().split()) + " "
    found = [(low.find(word), position) for position, words in POSITION_WORDS.items()
             for word in words if word in low]
    return min(found)[1] if found else None


def exercise_position(ex) -> Optional[str]:
    """Where ``ex`` puts the body: its ``position`` (when the model has that key and it is
    set), else read from its instructions, then its name (None when they name none)."""
    explicit = getattr(ex, "position", None)
    if explicit:
        return explicit
    return position_of(ex.how) or position_of(ex.name)
