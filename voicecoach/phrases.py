"""Every phrase voicecoach itself says comes from a phrase table, one JSON file per language.

The tables also hold the words that tell where an exercise puts the body (lying, sitting,
kneeling, standing): each table's ``_positions``, every language's read, the earliest found
winning ("Kneel and sit back on your heels" is kneeling); the compiler gives more set-up time
on a change and the review checks it."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from voicecoach.errors import InputError


def available_languages() -> list[str]:
    folder = resources.files("voicecoach") / "lang"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


@cache
def _table(language: str) -> dict:
    path = resources.files("voicecoach") / "lang" / f"{language}.json"
    if not path.is_file():
        raise InputError(
            f"no phrase table for language {language!r} — use one of: {', '.join(available_languages())}"
        )
    return json.loads(path.read_text(encoding="utf-8"))


SAID_IN_SECONDS_S = 90  # lengths up to this are said in seconds ("90 seconds"), longer in minutes


_DOUBLED_STOP = re.compile(r"(?<=[!?])\.(?=\s|$)|(?<=[^.]\.)\.(?=\s|$)")


class Phrases:
    """``Phrases("en").say("set_of", set=2, sets=3)`` -> ``"Set 2 of 3."``

    A phrase may be a list of wordings: ``say(key, nth=i)`` takes wording ``i`` modulo the
    list's length. The compiler picks ``nth`` by counting (never at random), so the same
    routine always gives the same words and live play stays identical to export."""

    def __init__(self, language: str = "en"):
        self.language = language
        self.table = _table(language)

    def say(self, key: str, nth: int = 0, **values) -> str:
        template = self.table.get(key) or _table("en")[key]
        if isinstance(template, list):
            template = template[nth % len(template)]
        decimal = self.table.get("_decimal", ".")
        text = template.format(**{k: _spoken(v, decimal) for k, v in values.items()})
        # a value that ends its own sentence ("Time-Out!", "Stretch Dr.") takes no second stop: "Time-Out!."
        return _DOUBLED_STOP.sub("", text)

    def timed(self, key: str, seconds: float, nth: int = 0, slot: str = "seconds", **values) -> str:
        """Phrase ``key`` with a length of time in its ``slot``: seconds under a minute ("40
        seconds to go.", "Rest 90 seconds."), minutes over a minute and a half, by the key's
        ``_span`` form ("3 minutes to go.", "Rest 2 and a half minutes.", "14 minutes 45 seconds
        to go."): a listener keeps "885 seconds" in mind worse than "14 minutes 45 seconds", and
        a coach says "60 seconds" and "90 seconds". Exact either way: no rounding."""
        if seconds <= SAID_IN_SECONDS_S or seconds != int(seconds):
            return self.say(key, nth=nth, **{slot: seconds}, **values)
        minutes, rest = divmod(int(seconds), 60)
        one = "span_minute" if minutes == 1 else "span_minutes"
        span_key = {0: one, 30: "span_minute_half" if minutes == 1 else "span_half"}.get(
            rest, one + "_seconds"
        )
        text = self.say(f"{key}_span", span=self.say(span_key, minutes=minutes, seconds=rest), **values)
        return text[:1].upper() + text[1:]

    def words(self, key: str) -> list:
        """A language's word list (e.g. ``_exhale``), empty if the table has none."""
        return list(self.table.get(key, []))

    @property
    def default_voice(self) -> str:
        return self.table.get("_voice", self.language)


def _spoken(value, decimal: str = "."):
    """Seconds like 5.0 read as "5", 2.5 as "2.5" (German: "2,5")."""
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return str(value).replace(".", decimal)
    return value


def routine_texts(routine) -> list[str]:
    """The words a routine itself speaks: title, names, instructions, sides, tips, phases."""
    texts = [routine.title, routine.settings.safety or ""]
    for ex in routine.all_exercises():
        texts += [ex.name, ex.what or "", ex.how or "", ex.say_start or "", ex.say_end or ""]
        texts += [*ex.sides, *ex.tips, *ex.equipment, *(p.say for p in ex.phases)]
    return [t for t in texts if t]


def guess_language(texts) -> str | None:
    """The phrase language whose common words (``_stopwords``) the texts use most, or None
    when too few are found or two languages are close (fewer than twice the hits)."""
    words = re.findall(r"\w+", " ".join(texts).lower())
    stopwords = {code: set(Phrases(code).words("_stopwords")) for code in available_languages()}
    hits = sorted(((sum(w in stopwords[code] for w in words), code) for code in stopwords), reverse=True)
    if not hits or hits[0][0] < 3 or (len(hits) > 1 and hits[0][0] < 2 * hits[1][0]):
        return None
    return hits[0][1]


# --- where an exercise puts the body ----------------------------------------------

POSITIONS = ("lying", "sitting", "kneeling", "standing")


@lru_cache(maxsize=1)
def position_words() -> tuple[tuple[str, str], ...]:
    """(word, position) from every phrase table; matched inside " " + text + " ", so a
    leading or trailing space marks a word edge."""
    pairs = []
    for language in available_languages():
        table = Phrases(language).table.get("_positions", {})
        pairs += [(word.lower(), position) for position in POSITIONS for word in table.get(position, [])]
    return tuple(pairs)


def position_of(text: str | None) -> str | None:
    """The body position ``text`` puts a person in, or None when it names none."""
    if not text:
        return None
    low = " " + " ".join(text.lower().split()) + " "
    found = [(low.find(word), position) for word, position in position_words() if word in low]
    return min(found)[1] if found else None


def exercise_position(ex) -> str | None:
    """Where ``ex`` puts the body: its ``position`` (when the model has that key and it is
    set), else read from its instructions, then its name (None when they name none)."""
    explicit = getattr(ex, "position", None)
    if explicit:
        return explicit
    return position_of(ex.how) or position_of(ex.name)


# A ballistic move (swings, jumping jacks, high knees, skips, punches) is done at about 1-1.5 s a
# rep; counted at the 3 s of a slow strength rep the listener stops between reps. 1.5 s: the slow
# end of that range (a kettlebell swing's cadence, jumping jacks at a beginner's pace), as the
# sessions are for people exercising at home.
BALLISTIC_PACE_S = 1.5


@lru_cache(maxsize=1)
def _ballistic_pattern() -> re.Pattern:
    found = {w.lower() for code in available_languages() for w in Phrases(code).words("_ballistic")}
    # a word's start: "Squat and Swing", "Kettlebell swings", "Hampelmänner"
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(found, key=len, reverse=True))) + ")", re.IGNORECASE
    )


def ballistic(ex) -> bool:
    """Whether ``ex``'s name names a ballistic move (every language's ``_ballistic``)."""
    return bool(_ballistic_pattern().search(ex.name))
