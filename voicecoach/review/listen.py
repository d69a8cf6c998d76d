"""Run every rule over a script: ``listen(script)`` -> the findings, in time order."""

from __future__ import annotations

from voicecoach.review import timing, wording
from voicecoach.review.script import Finding, Script

# Issue 22's "Done means", one function each, in the order a report names them.
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
    wording.let_go_of_support,
    wording.rounds_announced,
)


def listen(script: Script, rules=RULES) -> list[Finding]:
    """Every rule's findings, sorted by time (a rule's own order kept on ties)."""
    found = [finding for rule in rules for finding in rule(script)]
    return sorted(found, key=lambda f: f.at_s)


def summary(findings: list[Finding], title: str) -> str:
    """The report's last line."""
    if not findings:
        return f"{title}: nothing to fix ({len(RULES)} rules)"
    rules = sorted({f.rule for f in findings})
    count = len(findings)
    return (f"{title}: {count} finding{'s' * (count != 1)} "
            f"({', '.join(rules)}) over {len(RULES)} rules")
