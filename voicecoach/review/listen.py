"""Run every rule over a script: ``listen(script)`` -> the findings, in time order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from voicecoach.review import body, timing, wording
from voicecoach.review.script import Finding, Script

Rule = Callable[[Script], list[Finding]]

# Issue 22's "Done means" (the last two: its eyes-closed and close items), one function each.
RULES = (
    timing.instruction_pace,
    timing.safety_first,
    timing.setup_time,
    wording.doubled_words,
    wording.rep_counts,
    timing.quiet_stretches,
    timing.surprise_beeps,
    wording.exercise_count,
    wording.no_keys_in_files,
    timing.promised_length,
    wording.one_language,
    body.let_go_of_support,
    wording.rounds_announced,
    body.eyes_closed,
    body.switch_called,
    body.close_fits_body,
)


def listen(script: Script, rules: Sequence[Rule] | None = None) -> list[Finding]:
    """Every rule's findings (``rules``, default ``RULES``), sorted by time (a rule's own
    order kept on ties)."""
    found = [finding for rule in (RULES if rules is None else rules) for finding in rule(script)]
    return sorted(found, key=lambda f: f.at_s)


def summary(findings: list[Finding], title: str) -> str:
    """The report's last line."""
    if not findings:
        return f"{title}: nothing to fix ({len(RULES)} rules)"
    rules = sorted({f.rule for f in findings})
    count = len(findings)
    return f"{title}: {count} finding{'s' * (count != 1)} ({', '.join(rules)}) over {len(RULES)} rules"
