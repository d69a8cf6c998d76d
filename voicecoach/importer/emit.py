"""Routine YAML text with a ``# comment`` on every value the importer assumed."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .build import Draft

TIME_KEYS = ("hold", "duration", "rest", "relax", "pace")


def format_time(seconds: float) -> str:
    """``60`` -> ``"1 min"``, ``5`` -> ``"5s"``, ``1.5`` -> ``"1.5s"`` (as timeparse reads them)."""
    if seconds >= 60 and float(seconds).is_integer() and int(seconds) % 60 == 0:
        return f"{int(seconds) // 60} min"
    return f"{seconds:g}s"


def _scalar(value: object) -> str:
    if isinstance(value, (str, int, float)):
        return _plain_scalar(value)
    return _dumped(value)


@lru_cache(maxsize=4096, typed=True)  # typed: True, 1 and 1.0 are written apart
def _plain_scalar(value: str | int | float) -> str:
    """A scalar's YAML (an importer writes the same doses and phrases many times)."""
    return _dumped(value)


def _dumped(value: object) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**9)
    text = text.strip()
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    elif text.endswith("..."):
        text = text[:-3].rstrip()
    return text


def _comment(note: str | None) -> str:
    return f"  # {' '.join(note.split())}" if note else ""


def _exercise_lines(draft: Draft) -> list[str]:
    lines = []
    for i, (key, value) in enumerate(draft.as_dict().items()):
        shown = format_time(value) if key in TIME_KEYS else value
        prefix = "  - " if i == 0 else "    "
        lines.append(f"{prefix}{key}: {_scalar(shown)}{_comment(draft.notes.get(key))}")
    return lines


_TABATA_WORD = re.compile(r"^tabata\b[\s:–—-]*", re.IGNORECASE)  # the block says it before the name
_TIMED = re.compile(r"^ {4}duration:")  # an exercise's own length, where a block gives it
_TIMING_KEYS = frozenset(("sides", "sets", "reps", "hold", "duration", "phases", "rest"))  # how long it runs
_INTERVAL_REST_MOST = 30.0  # seconds: a longer rest between moves is a circuit's, said and announced


def interval_block(drafts: list[Draft], session) -> tuple[int, float, float] | None:
    """(rounds, work, rest) when the session is an interval timer's ("20 seconds on, 10 off" for
    every move, each move timed by it and nothing else, no rest between rounds): played as a
    ``tabata`` block, whose start beeps stay exactly work + rest apart, where a circuit announces
    each move after its rest and so stretches a 30 s interval to about 40 s."""
    if session is None or session.work is None or not session.rest_between or session.round_rest:
        return None
    if not drafts or session.rest_between > _INTERVAL_REST_MOST:
        return None
    for draft in drafts:
        fields = draft.as_dict()
        timed = _TIMING_KEYS & fields.keys()
        if timed != {"duration"} or fields["duration"] != session.work:
            return None
    return len(drafts) * (session.rounds or 1), session.work, session.rest_between


def routine_yaml(
    title: str,
    drafts: list[Draft],
    source: str,
    notes: list[str] | None = None,
    confidence=None,
    session=None,
    safety: str | None = None,
    safety_read: bool = False,
    advice_read: bool = False,
) -> str:
    """The routine in the YAML routine format, ready to edit; ``notes`` on how the layout was
    read go in the header, and the import's confidence when it is unsure.  A ``session`` dose
    gives the session's ``rest_between`` and wraps the exercises in a circuit with its rounds, or
    an interval timer's session in one ``tabata`` block (``interval_block``); a move's own
    intervals are its own ``tabata`` block (``interval_sets``);
    ``safety`` goes into the settings, marked as the article's own caution (``safety_read``), its own
    advice to see a doctor first and a general stop line (``advice_read``), or a general line the
    article did not give."""
    lines = [
        f"# Imported from {' '.join(source.split())} by voicecoach import.",
        "# A comment marks each value the article did not state exactly: check those.",
    ]
    if confidence is not None and confidence.unsure:
        lines.append(f"# Unsure: {confidence.summary()} — check every exercise below.")
    lines += [f"# Assumed: {' '.join(note.split())}" for note in notes or []]
    lines.append(f"title: {_scalar(title)}")
    interval = interval_block(drafts, session)
    settings = []
    if session is not None and session.rest_between is not None and interval is None:
        settings.append(f"  rest_between: {_scalar(format_time(session.rest_between))}")
    if safety:
        note = (
            "the article's own caution"
            if safety_read
            else "the article's advice, then a general stop line"
            if advice_read
            else "the article gives none: a general line"
        )
        settings.append(f"  safety: {_scalar(safety)}{_comment(note)}")
    if settings:
        lines += ["settings:", *settings]
    lines.append("exercises:")
    indent = ""
    if interval is not None:
        rounds, work, rest = interval
        lines += [
            f"  - tabata: {_scalar(_TABATA_WORD.sub('', title) or title)}",  # said "Tabata: <name>"
            f"    rounds: {rounds}{_comment(f'{rounds // len(drafts)} times through the {len(drafts)} exercises')}",
            f"    work: {_scalar(format_time(work))}",
            f"    rest: {_scalar(format_time(rest))}",
            "    exercises:",
        ]
        for draft in drafts:  # the block times them: a start beep every work + rest, as the article's timer
            lines.extend("    " + line for line in _exercise_lines(draft) if not _TIMED.match(line))
        return "\n".join(lines) + "\n"
    if session is not None and session.rounds:
        # a title that asks ("Tabata workout anyone?", a forum thread's) names no circuit aloud
        circuit = "Circuit" if title.rstrip().endswith("?") else title
        lines += [f"  - circuit: {_scalar(circuit)}", f"    rounds: {session.rounds}"]
        if session.round_rest is not None:
            lines.append(f"    rest: {_scalar(format_time(session.round_rest))}")
        lines.append("    exercises:")
        indent = "    "
    for draft in drafts:
        own = _interval_lines(draft) if not indent and interval_sets(draft) else _exercise_lines(draft)
        lines.extend(indent + line for line in own)  # (a circuit holds no blocks)
    return "\n".join(lines) + "\n"


_SETS_LEAST, _SET_REST_MOST = 4, 15.0  # fewer sets, or longer rests, are a physio's sets: announced


def interval_sets(draft: Draft) -> bool:
    """The exercise is one move's intervals ("20 seconds of work, 10 of rest, 8 rounds"): four or
    more timed sets with a rest of 15 s or less and nothing else timing them."""
    fields = draft.as_dict()
    timed = _TIMING_KEYS & fields.keys()
    return (
        timed == {"sets", "duration", "rest"}
        and fields["sets"] >= _SETS_LEAST
        and 0 < fields["rest"] <= _SET_REST_MOST
    )


def _interval_lines(draft: Draft) -> list[str]:
    """``draft`` as a ``tabata`` block of its own: its sets the rounds, its length the work, its
    rest the rest, so its start beeps stay exactly work + rest apart."""
    fields = draft.as_dict()
    own = [line for line in _exercise_lines(draft) if not _SET_TIMING.match(line)]
    return [
        f"  - tabata: {_scalar(fields['name'])}",
        f"    rounds: {fields['sets']}{_comment(draft.notes.get('sets'))}",
        f"    work: {_scalar(format_time(fields['duration']))}{_comment(draft.notes.get('duration'))}",
        f"    rest: {_scalar(format_time(fields['rest']))}{_comment(draft.notes.get('rest'))}",
        "    exercises:",
        *("    " + line for line in own),
    ]


_SET_TIMING = re.compile(r"^ {4}(?:sets|duration|rest):")


__all__ = ["routine_yaml", "format_time", "interval_block", "interval_sets"]
