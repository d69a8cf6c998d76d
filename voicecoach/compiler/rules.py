"""The optional cues of a stretch of work, as rules: each rule is a small named function
that proposes cues for a ``Window``; ``place`` puts them in by priority, each where it first
fits, never overlapping another cue and never past its own limit (a cue that does not fit is
dropped, never squeezed). Then ``fill`` breaks any silence over MAX_SILENCE.

Adding a cue is one function here (added to WORK_RULES) and its phrase in each
voicecoach/lang/*.json."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.timing import (
    BEEP_GAP,
    GRID,
    LONG_FROM_END,
    LONG_SILENCE,
    MAX_SILENCE,
    MIN_SPACING,
    TIP_AFTER,
    samples,
)
from voicecoach.model import Exercise, Settings
from voicecoach.phrases import Phrases
from voicecoach.timeline import Role


@dataclass(frozen=True)
class Proposal:
    """A cue a rule would like: spoken at ``earliest`` (``exact``) or at the first free
    moment after it, ending by ``latest_end``. Lower ``priority`` is placed first;
    ``turn`` is the Builder.turn key counted when it is placed (rotating wordings)."""

    text: str
    role: Role
    earliest: int
    latest_end: int
    priority: int
    exact: bool = False
    turn: object | None = None


@dataclass(frozen=True)
class Window:
    """One rep of a hold or timed work: from the end of its start beep to ``limit`` (the
    first tick, less a beep gap); ``end_at`` is its end beep."""

    ex: Exercise
    settings: Settings
    phrases: Phrases
    turns: dict
    start: int
    limit: int
    end_at: int
    seconds: float
    start_word: str | None = None

    @property
    def midway(self) -> int:
        return self.end_at - samples(self.seconds / 2)

    @property
    def ten_at(self) -> int:
        return self.end_at - 10 * SR

    def nth(self, key) -> int:
        return self.turns.get(key, 0)


def start_word(w: Window) -> list[Proposal]:
    """The exercise's own start words ("Rise up."), right after the start beep."""
    if not w.start_word:
        return []
    return [Proposal(w.start_word, Role.START_WORD, w.start + BEEP_GAP, w.limit, 0, exact=True)]


def halfway(w: Window) -> list[Proposal]:
    """ "Halfway." in work of 20 s or more; "Halfway. Switch sides." when the exercise's how asks
    for that switch and it has no sides of its own to call (at ``brief`` the how is never said)."""
    if not (w.settings.halfway and w.seconds >= 20):
        return []
    how = " ".join((w.ex.how or "").lower().split())
    switch = len(w.ex.sides) < 2 and any(words in how for words in w.phrases.words("_switch_halfway"))
    text = w.phrases.say("halfway_switch" if switch else "halfway")
    return [Proposal(text, Role.HALFWAY, w.midway, w.limit, 1, exact=True)]


def ten_left(w: Window) -> list[Proposal]:
    """ "10 seconds left" in work of 30 s or more, unless it would crowd "Halfway"."""
    crowded = w.settings.halfway and w.seconds >= 20 and w.ten_at - w.midway < MIN_SPACING
    if not (w.settings.ten_left and w.seconds >= 30) or crowded:
        return []
    return [Proposal(w.phrases.say("ten_left"), Role.TEN_LEFT, w.ten_at, w.limit, 2, exact=True)]


def early_tip(w: Window) -> list[Proposal]:
    """The exercise's next tip early in work of 20 s or more, while the body settles."""
    if not (w.ex.tips and w.settings.verbosity != "brief" and w.seconds >= 20):
        return []
    key = ("tip", w.ex.name)
    tip = w.ex.tips[w.nth(key) % len(w.ex.tips)]
    return [Proposal(tip, Role.TIP, w.start + TIP_AFTER, w.midway - 3 * SR, 3, turn=key)]


def form_reminder(w: Window) -> list[Proposal]:
    """A form reminder midway (detailed), before "10 seconds left" when that is said."""
    if not (w.settings.verbosity == "detailed" and w.seconds >= 30):
        return []
    room = w.ten_at - BEEP_GAP if ten_left(w) else w.limit
    return [
        Proposal(
            w.phrases.say("form_reminder", nth=w.nth("form")),
            Role.FORM_REMINDER,
            w.midway,
            min(w.limit, room),
            4,
            turn="form",
        )
    ]


WORK_RULES: tuple[Callable[[Window], list[Proposal]], ...] = (
    start_word,
    halfway,
    ten_left,
    early_tip,
    form_reminder,
)


def propose(w: Window, rules=None) -> list[Proposal]:
    return [p for rule in (WORK_RULES if rules is None else rules) for p in rule(w)]


def place(b, proposals: list[Proposal], busy: list[tuple[int, int]]) -> list[tuple[int, str, Role]]:
    """Place ``proposals`` by priority, each at the first moment from its ``earliest`` where
    it overlaps nothing in ``busy`` (with a beep gap around) and ends by its ``latest_end``.
    Returns the placed cues (at, text, role) in time order; ``busy`` grows with them."""
    placed = []
    for p in sorted(proposals, key=lambda p: p.priority):
        length = b.d.speech(p.text)
        candidates = (
            [p.earliest]
            if p.exact
            else sorted({p.earliest} | {end + BEEP_GAP for _, end in busy if end + BEEP_GAP > p.earliest})
        )
        for at in candidates:
            if at + length > p.latest_end:
                break
            if all(at + length + BEEP_GAP <= s or at >= e + BEEP_GAP for s, e in busy):
                placed.append((at, p.text, p.role))
                busy.append((at, at + length))
                if p.turn is not None:
                    b.turn(p.turn)
                break
    return sorted(placed)


def fill(b, lo: int, hi: int, anchor: int, lines, used, plan: list) -> None:
    """Plan cues in the silence from ``lo`` (end of a cue) to ``hi`` (start of the next) until
    no silence is longer than MAX_SILENCE. ``lines(to_go)`` offers (text, role, timed)
    candidates, best first; a timed one says the seconds to go until ``anchor`` and is placed
    exactly on the 5 s grid before it, an untimed one is centred in the silence. A silence
    ending LONG_FROM_END or more before the anchor may last LONG_SILENCE (long work and rests
    get a call-out every half minute, the last 90 s one every 15 s)."""
    if hi - lo <= (LONG_SILENCE if anchor - hi >= LONG_FROM_END else MAX_SILENCE):
        return
    mid = (lo + hi) // 2
    for k in _grid_steps(anchor - mid):
        for text, role, timed in lines(k * GRID // SR):
            length = b.d.speech(text)
            at = anchor - k * GRID if timed else mid - length // 2
            if lo + BEEP_GAP <= at and at + length + BEEP_GAP <= hi:
                plan.append((at, text, role))
                used(role)
                fill(b, lo, at, anchor, lines, used, plan)
                fill(b, at + length, hi, anchor, lines, used, plan)
                return


_MINUTE_STEPS, _HALF_MINUTE_STEPS = 60 * SR // GRID, 30 * SR // GRID


def _grid_steps(before_anchor: int) -> list[int]:
    """The grid steps before the anchor to try for a call-out near ``before_anchor`` samples
    before it, best first: from LONG_FROM_END out (said in minutes), the nearest whole minute, then
    half minute ("3 minutes to go" rather than "3 minutes 5 seconds"), then the nearest grid
    point."""
    k = max(1, round(before_anchor / GRID))
    if k * GRID <= LONG_FROM_END:
        return [k]
    whole = [max(_MINUTE_STEPS, round(k / step) * step) for step in (_MINUTE_STEPS, _HALF_MINUTE_STEPS)]
    return list(dict.fromkeys([*whole, k]))


def time_lines(b, phrases: Phrases, first=None, key: str = "to_go"):
    """The usual filler: one of ``first()``'s lines (text, role, turn key) once, then
    "N seconds to go" call-outs on the grid."""
    first_pending = True
    turn_keys: dict[Role, str] = {}  # role of a ``first()`` line -> its turn key

    def lines(to_go: int):
        out = []
        if first is not None and first_pending:
            for text, role, turn_key in first():
                turn_keys[role] = turn_key
                out.append((text, role, False))
        out.append((phrases.timed(key, to_go, nth=b.turns.get(key, 0)), Role.TIME_LEFT, True))
        return out

    def used(role):
        nonlocal first_pending
        if role == Role.TIME_LEFT:
            b.turn(key)
        else:
            first_pending = False
            b.turn(turn_keys[role])

    return lines, used


def emit(b, plan: list) -> None:
    for at, text, role in sorted(plan):
        b.speak_at(at, text, role)


def fill_until(
    b,
    until: int,
    phrases: Phrases,
    first=None,
    key: str = "to_go",
    since: int | None = None,
    anchor: int | None = None,
) -> None:
    """Break the silence from the last cue (or ``since``) to ``until`` (the next cue's start)
    into stretches of at most MAX_SILENCE: ``first`` lines once, then the seconds to go
    until ``anchor`` (default ``until``; phrase ``key``)."""
    lines, used = time_lines(b, phrases, first, key)
    plan: list = []
    lo = max(b.speech_end, b.work_end) if since is None else since
    fill(b, lo, until, until if anchor is None else anchor, lines, used, plan)
    emit(b, plan)


def fill_span(b, lo: int, hi: int, anchor: int, lines, used) -> None:
    """Break every silence over MAX_SILENCE between the cues already laid in ``lo``..``hi``
    (fixed-grid layouts: intervals), with ``lines`` as in ``fill``."""
    busy = sorted((c.start, c.end) for c in b.cues if c.end > lo and c.start < hi)
    plan: list = []
    cursor = lo
    for start, end in busy:
        fill(b, cursor, start, anchor, lines, used, plan)
        cursor = max(cursor, end)
    fill(b, cursor, hi, anchor, lines, used, plan)
    emit(b, plan)
