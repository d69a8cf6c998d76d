"""The wording rules: whole words, counts that name their number, one count of exercises,
rounds announced, one language, no key in a file. Each is
``rule(script) -> list[Finding]``; ``listen.RULES`` lists them all."""

from __future__ import annotations

import re

from voicecoach.review import words as w
from voicecoach.review.script import Finding, Script, Spoken, role


def doubled_words(s: Script) -> list[Finding]:
    """No word said twice in a row, no side phrase broken by a label put into a template
    ("Start with the to the right.", "Switch to the standing on the left leg.")."""
    found = []
    for c in s.speech:
        match = w.BROKEN.search(c.text)
        if match and not match.group(0).isdigit():
            found.append(
                Finding(
                    "words",
                    c.start_s,
                    s.where(c.exercise),
                    f'"{match.group(0)}" in "{c.text}"',
                    "fix the phrase or the side label (e.g. sides: [right, left])",
                    c.text,
                )
            )
    return found


def rep_counts(s: Script) -> list[Finding]:
    """Every rep count names its number, or says it is the last."""
    found = []
    for c in s.speech:
        if role(c) not in ("count", "rep_count") or c.rep is None:
            continue
        if re.search(rf"(?<!\d){c.rep}(?!\d)", c.text) or w.LAST.search(c.text):
            continue
        found.append(
            Finding(
                "counts",
                c.start_s,
                s.where(c.exercise),
                f'rep {c.rep} is counted as "{c.text}"',
                f'say its number ("{c.rep}, five more")',
                c.text,
            )
        )
    return found


def exercise_count(s: Script) -> list[Finding]:
    """The intro's number of exercises is the one every "Exercise k of N" says."""
    announced = [p for p in (s.template("exercise_of"), s.template("exercise_last")) if p]
    totals: dict[int, Spoken] = {}
    for c in s.speech:
        for pattern in announced:
            match = pattern.search(c.text)
            if match:
                totals.setdefault(int(match.group("total")), c)
    found = _waits_announced(s, announced)
    if not totals:
        return found
    intro = _intro_count(s)
    counts = set(totals) | ({intro[0]} if intro else set())
    if len(counts) == 1:
        return found
    first = min(totals.values(), key=lambda c: c.start)
    said = f'the intro says {intro[0]} ("{intro[1].text}"), ' if intro else ""
    return found + [
        Finding(
            "exercise-count",
            first.start_s,
            s.where(first.exercise),
            said + "the announcements count " + " and ".join(str(n) for n in sorted(totals)),
            "count the same exercises everywhere" + _waits_hint(s),
            first.text,
        )
    ]


def _waits_hint(s: Script) -> str:
    waits = any(u.exercise.kind == "ready" for u in s.units)
    return ' (a "wait for me" step is not one)' if waits else ""


def _waits_announced(s: Script, announced: list[re.Pattern[str]]) -> list[Finding]:
    """A "wait for me" step announced as "Exercise k of N" (it is not an exercise)."""
    found = []
    for c in s.speech:
        unit = s.unit(c.exercise)
        if unit and unit.exercise.kind == "ready" and any(p.search(c.text) for p in announced):
            found.append(
                Finding(
                    "exercise-count",
                    c.start_s,
                    s.where(c.exercise),
                    f'a "wait for me" step is announced as an exercise: "{c.text}"',
                    "announce it by its name only, and leave it out of the count",
                    c.text,
                )
            )
    return found


def _intro_count(s: Script) -> tuple[int, Spoken] | None:
    many, one = s.template("exercises_many"), s.phrases.table.get("exercises_one", "")
    for c in s.speech:
        if role(c) != "intro":
            continue
        match = many.search(c.text) if many else None
        if match:
            return int(match.group("count")), c
        if one and one.lower() in c.text.lower():
            return 1, c
    return None


def rounds_announced(s: Script) -> list[Finding]:
    """Every round from 2 on is announced ("Round 2 of 3", "Last round") between the end of
    the round before and its first start beep (circuits and interval blocks)."""
    patterns = [
        p
        for key, v in s.phrases.table.items()
        if not key.startswith("_") and isinstance(v, str) and ("{round}" in v or "{minute}" in v)
        for p in [s.template(key)]
        if p
    ]
    found = []
    starts = s.first_starts()
    work_ends = [c.end for c in s.beeps("work_end")] + [c.start for c in s.beeps("work_start")]
    for number, unit in enumerate(s.units, start=1):
        if unit.round is None or unit.round < 2 or unit.position != 1 or number not in starts:
            continue
        beep = starts[number]
        since = max((e for e in work_ends if e < beep.start), default=0)
        said = [c for c in s.speech if since <= c.start < beep.end]
        if any(_names_round(p, c.text, unit.round) for p in patterns for c in said) or any(
            w.LAST.search(c.text) and unit.round == unit.rounds for c in said
        ):
            continue
        found.append(
            Finding(
                "rounds",
                beep.start_s,
                s.where(number),
                f"round {unit.round} of {unit.rounds} starts unannounced",
                f'say "Round {unit.round} of {unit.rounds}" (or "Last round") in the rest before it',
            )
        )
    return found


def _names_round(pattern: re.Pattern, text: str, number: int) -> bool:
    match = pattern.search(text)
    if not match:
        return False
    named = match.groupdict().get("round") or match.groupdict().get("minute")
    return named is not None and int(named) == number


def no_keys_in_files(s: Script) -> list[Finding]:
    """A file never asks for a key or a button (only a live player has them)."""
    if not s.exported:
        return []
    return [
        Finding(
            "keys",
            c.start_s,
            s.where(c.exercise),
            f'an exported file says "{c.text}"',
            "in a file, say what fits a file (pause your player if you need more time)",
            c.text,
        )
        for c in s.speech
        if w.KEY_WORDS.search(c.text)
    ]


def one_language(s: Script) -> list[Finding]:
    """A session in one language speaks no word only another language has."""
    foreign = {lang: words for lang, words in w.ONLY_IN.items() if lang != s.language}
    found = []
    for c in s.speech:
        said = w.words_of(c.text)
        for lang, words in foreign.items():
            hits = [word for word in said if word in words]
            if hits and len(hits) * 4 >= len(said) or len(hits) >= 2:
                found.append(
                    Finding(
                        "language",
                        c.start_s,
                        s.where(c.exercise),
                        f'a {s.language} session says {lang} words: "{c.text}"',
                        f"write the routine in {s.language} (settings.language: "
                        f"{s.language}), or use the routine's {s.language} version",
                        c.text,
                    )
                )
                break
    return found
