"""Timing facts + defaults -> routine-format exercise fields, each assumption noted."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .assumed import assumed_work
from .defaults import ImportDefaults
from .equipment import equipment
from .families import read_timing
from .fill_in import blank_count
from .naming import CAPTION_NOTE, caption_name, named_after_figure
from .numbers import normalize
from .other_side import unspoken_sides
from .parts import Parts
from .repeats import done_again, held_then_repeated, hold_then_repeat
from .saying import spoken, unspoken_caption, unspoken_dose
from .shared_rests import set_rest_of, without_rest
from .sides import alternates_reps, find_sides
from .tempo import read_tempo
from .timing import Timing, Value
from .two_ways import split_variants, variant_names

_PAUSE_S = 3  # a hold this short with no count is a pause within the movement, not its work
_REP_HOLD_S = 10  # a hold this short with a count stated once for all is held in each rep, not timed work
KEY_ORDER = (
    "name",
    "what",
    "how",
    "equipment",
    "tips",
    "sides",
    "sets",
    "reps",
    "hold",
    "duration",
    "rest",
    "relax",
    "pace",
    "phases",
    "alternate",
)


@dataclass
class Draft:
    """One exercise being built: routine-format fields and a note per assumed field."""

    name: str
    fields: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)
    shared_dose: bool = False  # its numbers came from the introduction's shared dose

    def put(self, key: str, value: object, note: str | None = None) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.fields[key] = value
        if note:
            self.notes[key] = note

    def put_value(self, key: str, value: Value | None) -> None:
        if value is not None:
            self.put(key, value.number, value.note)

    def as_dict(self) -> dict:
        return {k: self.fields[k] for k in KEY_ORDER if self.fields.get(k) not in (None, [], ())}


def _phases(draft: Draft, t: Timing, defaults: ImportDefaults) -> None:
    draft.put(
        "phases",
        [{"say": say, "seconds": v.number} for say, v in t.phases],
        "; ".join(v.note for _, v in t.phases if v.note) or None,
    )
    count = t.rounds or t.repeat or t.reps
    cycle = sum(v.number for _, v in t.phases)
    total = t.duration or t.static
    if count is not None:
        draft.put_value("reps", count)
    elif total is not None and cycle > 0 and total.number >= cycle:
        reps = max(1, math.floor(total.number / cycle))
        draft.put("reps", reps, f"{total.number:g} s of {cycle:g} s breaths: {reps} rounds")
    else:
        draft.put("reps", defaults.breath_cycles, f"no round count given: {defaults.breath_cycles}")
    draft.put_value("sets", t.sets)


def _counts(draft: Draft, t: Timing, timed: bool) -> None:
    """reps and sets from "N reps", "N sets", "repeat N times", "N rounds"."""
    draft.put_value("reps", t.reps)
    draft.put_value("sets", t.sets)
    for count in (t.repeat, t.rounds):
        if count is None or (
            count is t.repeat and any(c is not None and count.number == c.number for c in (t.reps, t.rounds))
        ):  # "Chin Tuck (10 repetitions)" … "Repeat 10 times", "5 rounds" … "four more times": one count
            continue
        as_sets = (
            "reps" in draft.fields
            or (t.repeat_with_rest and timed and count is t.repeat)
            or (t.distance is not None and timed)
            or (count is t.rounds and timed and t.rest is not None)  # "20 s work, 10 s rest, 8 rounds": sets
        )  # "over 50 m … repeat it 3 times": 3 runs
        key = "sets" if as_sets else "reps"
        if key not in draft.fields:
            draft.put_value(key, count)


# "… lift the leg, hold, then lower it slowly": a movement out and back with a hold at the top
_HOLD_THEN_LOWER = re.compile(
    # "hold, then lower"; "hold it for a few seconds, then straighten the fingers"; "keep it in the air
    # for a moment, then slowly lower it"; "stay in that shape for several seconds, then repeat"
    r"\b(?:hold|keep\s+(?:it|them|this|that)|(?:stay|remain)\s+(?:there|(?:in|at)\s+(?:this|that|the)\s+(?:position|shape)))\b"
    r"(?:\s+(?:it|them|this|that))?"
    r"(?:\s+(?:in\s+the\s+air|up|there|raised|lifted|still))?"
    r"(?:\s+for\s+(?:a\s+(?:moment|beat|second)|a\s+few\s+seconds|several\s+seconds|a\s+couple\s+of\s+seconds))?"
    r",?\s*(?:and\s+|then\s+|and\s+then\s+)(?:slowly\s+|gently\s+)?"
    r"(?:lower|return|come\s+(?:back|down)|bring\b[^.;]{0,20}\b(?:back|down)|straighten|uncurl|put\b[^.;]{0,20}\bdown|"
    r"repeat\b(?!\s+(?:on|with|for)\b))",
    re.IGNORECASE,
)


_MANY_SETS = 6  # "Complete 10 sets" with no count in a set: ten rounds of the movement, not ten sets


def _work(draft: Draft, t: Timing, parts: Parts, defaults: ImportDefaults) -> None:
    if t.sets and t.sets.number >= _MANY_SETS and not (t.reps or t.repeat or t.rounds or t.duration):
        t.reps, t.sets = t.sets, None
    counted = any(v is not None for v in (t.reps, t.repeat, t.rounds))  # sets of a hold: timed work
    if (
        t.static is not None
        and not counted
        and t.duration is not None
        and t.static.number <= _PAUSE_S < t.duration.number
    ):
        t.static = None  # "hold 1 second at the top" in 20 s of work: a pause within the movement
    if held_then_repeated(t, parts.timing):
        t.static, t.duration = t.duration, None
    if not counted and not draft.fields.get("sides") and done_again(t, parts.timing):
        t.static, t.duration = t.static or t.duration, None  # "squeeze for 4 s ... then do it again"
        draft.put("reps", defaults.reps, f"no rep count given: {defaults.reps}")
        counted = True
    if t.static is not None and not counted and t.duration is None and t.static.number <= _PAUSE_S:
        draft.put("reps", defaults.reps, f"no rep count given: {defaults.reps}")  # "hold 1 s, then lower"
        draft.put_value("hold", t.static)
    elif t.static is not None and counted:
        draft.put_value("hold", t.static)
    elif t.static is not None:
        draft.put_value("duration", t.static)
    elif t.bare_hold and (
        counted
        or (
            t.duration is None
            and (
                _HOLD_THEN_LOWER.search(parts.timing)
                or hold_then_repeat(parts.timing)
                or blank_count(parts.timing)
            )
        )
    ):
        if not counted:  # "lift the leg, hold, then lower it slowly": a counted lift with a hold in each
            draft.put("reps", defaults.reps, f"no rep count given: {defaults.reps}")
        draft.put("hold", defaults.hold_s, f"no hold time given: {defaults.hold_s:g} s")
    elif t.bare_hold and t.duration is None:
        draft.put("duration", defaults.stretch_s, f"no hold time given: {defaults.stretch_s:g} s")
    if t.duration is not None and "hold" not in draft.fields and "duration" not in draft.fields:
        draft.put_value("duration", t.duration)
    if t.distance and not ({"hold", "duration"} & draft.fields.keys()) and t.reps is None:
        draft.put(
            "duration",
            defaults.activity_s,
            f'a distance ("{t.distance}"), no time: {defaults.activity_s:g} s',
        )
    _counts(draft, t, timed=t.duration is not None or "duration" in draft.fields)  # a hold is no bout
    if not ({"hold", "duration", "reps"} & draft.fields.keys()):
        draft.put(*assumed_work(parts, defaults))


def _rest(draft: Draft, t: Timing, defaults: ImportDefaults) -> None:
    sets = draft.fields.get("sets") or 1
    if t.rest is not None:
        relax = t.rest_in_reps or (sets == 1 and draft.fields.get("reps"))
        draft.put_value("relax" if relax else "rest", t.rest)
    elif t.bare_rest and sets > 1:
        draft.put("rest", defaults.rest_s, f"no rest time given: {defaults.rest_s:g} s")


def display_name(name: str) -> str:
    """The name as a title: a capital first letter; an all-capitals name in title case."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    if len(letters) >= 3 and letters.isupper() and re.search(r"[AEIOU]", letters[1:]):  # not "RDL"
        name = " ".join(word.capitalize() for word in name.split(" "))
    return name[:1].upper() + name[1:]


def build_one(name: str, parts: Parts, timing_text: str, defaults: ImportDefaults) -> Draft:
    """One exercise from its parts and the text its numbers come from."""
    how, figure = parts.how, None
    if figured := named_after_figure(name, how):  # "Figure 1: Unloading the knee. Strap …"
        figure, (name, how) = name, figured
    captioned = caption_name(name)  # kept doubted: the note makes the confidence say "not a name"
    note = f"{CAPTION_NOTE}: {figure or name}" if captioned or figure else None
    name = display_name(captioned or name)
    draft = Draft(name)
    draft.put("name", name, note)
    draft.put("what", spoken(parts.what))
    draft.put("how", unspoken_caption(unspoken_dose(how), name))
    draft.put("equipment", equipment(" ".join(filter(None, (name, parts.how, parts.timing)))))
    draft.put("tips", [said for said in map(spoken, parts.tips) if said])
    timing_text, pace = read_tempo(timing_text)
    if pace is not None:
        draft.put("pace", pace.number, pace.note)
    t = read_timing(normalize(timing_text), defaults.breath_s)
    sides = find_sides(normalize(timing_text), name)
    if sides:
        draft.put("sides", list(sides))
        draft.put("how", unspoken_sides(draft.fields.get("how")))
    if t.phases:
        _phases(draft, t, defaults)
    else:
        _work(draft, t, parts, defaults)
    _rest(draft, t, defaults)
    fields = draft.fields
    if (
        not sides
        and fields.get("duration") is None
        and not fields.get("phases")
        and alternates_reps(normalize(f"{parts.how or ''} {timing_text}"), name)
    ):  # "Repeat 8 times, alternating sides": the side said before each rep, 8 a side
        draft.put("alternate", "reps")
    return draft


def build_exercises(parts: Parts, defaults: ImportDefaults, shared: str = "") -> list[Draft]:
    """One exercise, or two when the text runs two variants that differ in their numbers.

    ``shared`` is the introduction's dose for every exercise ("do each exercise for 30 seconds");
    it is used only when the exercise's own text gives no count or time.  A rest between sets
    stated there ("take 2 minutes between each set") is the rest of every exercise done in sets.
    """
    shared, set_rest = set_rest_of(shared)
    drafts = _with_shared(parts, defaults, shared)
    for draft in drafts:
        if set_rest is not None and (draft.fields.get("sets") or 1) > 1 and "rest" not in draft.fields:
            draft.put("rest", set_rest.number, f"the introduction's rest between sets: {set_rest.number:g} s")
    return drafts


def _with_shared(parts: Parts, defaults: ImportDefaults, shared: str) -> list[Draft]:
    if shared and _shared_adds(
        read_timing(normalize(parts.timing)), read_timing(normalize(without_rest(shared)))
    ):
        own = read_timing(normalize(parts.timing))
        extra = without_rest(shared)
        if any(v is not None for v in (own.reps, own.repeat, own.sets, own.rounds)):
            counts = (
                r"times|reps?|repetitions|sets?|rounds?"
                if own.sets is not None
                else r"times|reps?|repetitions|rounds?"
            )
            extra = re.sub(
                rf"\b\d+(?:\s*(?:to|or)\s*\d+)?\s*(?:more\s+)?(?:{counts})\b",
                " ",
                extra,
                flags=re.I,
            )  # its own count stands; the shared hold is added
        parts = Parts(
            parts.name, parts.what, parts.how, f"{parts.timing} {extra}".strip(), parts.tips, parts.section
        )
        drafts = _build(parts, defaults)
        for draft in drafts:
            draft.shared_dose = True
        return drafts
    return _build(parts, defaults)


def _shared_adds(own: Timing, shared: Timing) -> bool:
    """The shared dose applies: the exercise says nothing, or it holds a position and the
    shared dose repeats each exercise ("Stay for 5 seconds" + "Repeat each movement 10 times"),
    or it counts and the shared dose holds each one.
    A shared "3 sets of 10" never turns a timed plank into reps.  (Its own numbers come first
    in the text, so they win.)"""
    if not own.said_anything():
        return shared.said_anything()
    own_count = any(v is not None for v in (own.reps, own.repeat, own.sets, own.rounds))
    own_time = own.static is not None or own.duration is not None or bool(own.phases)
    if own.static is not None and not own_count and own.static.number <= _PAUSE_S and not own.duration:
        return shared.said_anything()  # "hold for 1 second at the top": a pause in the movement, no dose
    if (
        own.static is not None and not own_count
    ):  # a short squeeze ("hold for 5 seconds, then relax") is held each rep
        short = own.static.number <= _REP_HOLD_S and shared.sets is None
        return shared.repeat is not None and shared.reps is None or short and shared.reps is not None
    only_sets = shared.sets is not None and all(
        v is None for v in (shared.reps, shared.repeat, shared.static, shared.duration)
    )  # "do 3 sets of each exercise" + its own "12 reps"
    return (own_count and not own_time and shared.static is not None) or (
        only_sets and own.sets is None and own.rounds is None
    )  # "repeat 3 times" + "hold each pose 5 breaths"


def _build(parts: Parts, defaults: ImportDefaults) -> list[Draft]:
    split = split_variants(parts.timing)
    if split is None:
        return [build_one(parts.name, parts, parts.timing, defaults)]
    first_text, second_text = split
    first_name, second_name = variant_names(parts.name, first_text, second_text)
    first = build_one(parts.name, parts, first_text, defaults)
    second_timing = read_timing(normalize(second_text))
    second = build_one(
        parts.name, parts, second_text if second_timing.said_anything() else first_text, defaults
    )
    if _same_work(first, second):
        first.put(
            "sides", [first_name, second_name], "two variants in one exercise, done one after the other"
        )
        return [first]
    first.put("name", f"{parts.name} ({first_name})")
    second.put("name", f"{parts.name} ({second_name})")
    first.name, second.name = first.fields["name"], second.fields["name"]
    return [first, second]


def _same_work(a: Draft, b: Draft) -> bool:
    keys = ("sets", "reps", "hold", "duration", "rest", "relax", "phases")
    return all(a.fields.get(k) == b.fields.get(k) for k in keys)


__all__ = ["Draft", "build_exercises", "build_one", "KEY_ORDER"]
