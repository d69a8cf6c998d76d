"""The body rules: what is said fits where the body is and what it holds, with eyes
closed. Each is ``rule(script) -> list[Finding]``; ``listen.RULES`` lists them all."""

from __future__ import annotations

from voicecoach.phrases import exercise_position
from voicecoach.review import words as w
from voicecoach.review.script import Finding, Script, role


def let_go_of_support(s: Script) -> list[Finding]:
    """No "let go" while the body holds a support (a wall, a chair, a step's edge)."""
    found = []
    for c in s.speech:
        unit = s.unit(c.exercise)
        if unit is None or role(c) not in ("release", "say_end") or not w.LET_GO.search(c.text):
            continue
        ex = unit.exercise
        held = w.SUPPORT.search(" ".join([ex.how or "", *ex.equipment]))
        if held:
            support = held.group(0).lower()
            found.append(
                Finding(
                    "release",
                    c.start_s,
                    s.where(c.exercise),
                    f'"{c.text}" while holding on ({support})',
                    'release the effort, not the support ("And relax.", or say_end)',
                    c.text,
                )
            )
    return found


def eyes_closed(s: Script) -> list[Finding]:
    """Instructions a person can follow with eyes closed: nothing that travels ("walk forward
    as far as you can"), nothing to climb onto, and balance work with a support in reach."""
    found = []
    for number, unit in enumerate(s.units, start=1):
        ex = unit.exercise
        text = " ".join(t for t in (ex.name, ex.how or "", *ex.equipment))
        risky = w.TRAVEL.search(text)
        if risky:
            problem, fix = (
                f'"{risky.group(0)}" cannot be done with eyes closed',
                "keep it on the spot, with a wall or a chair within reach",
            )
        elif w.BALANCE.search(text) and not w.REACH.search(text):
            problem, fix = (
                "balance work with no support named",
                'say where the wall or chair is ("fingertips on the wall")',
            )
        else:
            continue
        said = [c for c in s.speech if c.exercise == number]
        at = said[0].start_s if said else 0.0
        found.append(Finding("eyes-closed", at, s.where(number), problem, fix, ex.how or ex.name))
    return found


def switch_called(s: Script) -> list[Finding]:
    """An exercise whose how asks to change sides ("Switch sides halfway.") has the switch called:
    its sides, or "Halfway. Switch sides." (with eyes closed no one knows when halfway is, and at
    ``brief`` the how is never said)."""
    found = []
    for number, unit in enumerate(s.units, start=1):
        ex = unit.exercise
        asked = w.SWITCH_ASKED.search(ex.how or "")
        said = [c for c in s.speech if c.exercise == number]
        called = any(role(c) == "halfway" and w.SWITCH_ASKED.search(c.text) for c in said)
        if not asked or len(ex.sides) > 1 or called:
            continue
        found.append(
            Finding(
                "switch",
                said[0].start_s if said else 0.0,
                s.where(number),
                f'"{asked.group(0)}" is asked, and the session never calls it',
                'give the exercise its sides ("sides: [right side, left side]"), or say when: "switch sides halfway"',
                ex.how or "",
            )
        )
    return found


def close_fits_body(s: Script) -> list[Finding]:
    """The close does not tell a standing person to take a moment "before you get up"."""
    ends = [exercise_position(u.exercise) for u in s.units]
    last = next((p for p in reversed(ends) if p), None)
    if last != "standing":
        return []
    return [
        Finding(
            "close",
            c.start_s,
            "the close",
            f'"{c.text}" after a standing exercise',
            'fit the close to where the body is (standing: "Stand still for a moment")',
            c.text,
        )
        for c in s.speech
        if w.GET_UP.search(c.text)
    ]
