"""Exercise names the structure passed over: a heading, numbered item or bold lead of the same kind
as those the import took as exercises ("## Ankle pumps" above "## Quad sets" and "## Leg raises",
"1. Warm-up: rub your hands …" above "2. Eye rolling: …") that no exercise has.  A sign for the
confidence (``confidence.assess``): an exercise the listener would not get, and every one after it
read one place off.

Only siblings count: a name of a kind (heading level, numbered item, bold lead, bulleted name line)
of which two or more are imported, between the first and the last of those, or right before them
(a numbered item right after them too) when its text says a movement; never a label, a group or session
name ("Neck exercises", "20-minute HIIT workout"), a question or the page's furniture ("Share",
"You might also like", and the list items under it: "**Most popular**" over "1. Tai chi for balance").

An import of one or two exercises has no siblings to go by: there, a run of three or more names
of one kind, each over a movement and none imported, is a list the structure read as one
exercise ("Pilates at home" holding "The Hundred", "Roll up", "Single leg stretch" …). Steps and
breath phases of one exercise ("Step 2", "Inhale", "How to do it") are no such names, nor bulleted
lines (one exercise's steps are often bullets: "- Tuck your chin to your chest").
"""

from __future__ import annotations

import re

from .chatter import is_reader_chatter
from .furniture import is_furniture_heading
from .name_kinds import looks_like_label
from .vocabulary import BODY_VERBS, EXERCISE_WORDS, GROUP_WORD, MOVEMENT, SESSION_PART

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = re.compile(  # "1.Tap your toes": a space lost in a copy
    r"^\s*\d{1,2}[.)]\s*(?:\*\*)?([A-Z][^:.!?\n]{1,60}?)(?:\*\*)?\s*(?::|\s[-–—]\s|\*\*|$)"
)
_BOLD_LEAD = re.compile(r"^\s*(?:[-*•]\s+)?\*\*([^*]{2,60}?)[:.]?\*\*")
# "- Tap your toes": a bulleted name line (counted only beside two imported bulleted siblings)
_BULLETED = re.compile(r"^\s*[-*•]\s+([A-Z][^:.!?\n]{1,60}?)\s*(?::|\s[-–—]\s|$)")
# a body verb anywhere in a text ("Practise them by pointing your feet"), not only leading a sentence
_PLAIN_VERBS = {"keep", "start", "begin", "get", "come", "move", "face", "place", "put", "draw", "write"}
_BODY_VERB = re.compile(
    rf"\b(?:{'|'.join(v for v in BODY_VERBS if v not in _PLAIN_VERBS)})(?:s|es|ing|ed)?\b", re.IGNORECASE
)
_LONE_MOST = 2  # exercises an import may have for its unimported run of names to count
_RUN_LEAST = 3  # names of one kind that make a run: two could be one exercise and its variant
# one exercise's steps or breath phases, not exercises: "Step 2", "Inhale", "How to do it"
_STEP = re.compile(
    r"^(?:(?:step|stage|phase|part)\s*\d|(?:inhale|exhale|hold|breathe\s+(?:in|out)|how\s+to)\b|"
    r"exercise\s*\d+\s*$)",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def _candidates(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, kind, name) of every line that leads like a name: a heading by its level, a
    numbered item, a bold lead."""
    found = []
    for i, line in enumerate(lines):
        if m := _HEADING.match(line):
            found.append((i, f"heading {len(m.group(1))}", m.group(2)))
        elif m := _NUMBERED.match(line):
            found.append((i, "numbered", m.group(1)))
        elif m := _BOLD_LEAD.match(line):
            found.append((i, "bold", m.group(1)))
        elif m := _BULLETED.match(line):
            found.append((i, "bulleted", m.group(1)))
    return found


def _imported(name: str, keys: set[str]) -> bool:
    """The name is an imported exercise's, or begins one ("Thumb range" of "Thumb range (as the cast
    allows)", not a glossary's one word, "Plié", of "Plié with arms"), or one begins it."""
    k = _key(name.replace("**", ""))
    return bool(k) and any(
        k == i or k.startswith(f"{i} ") or (" " in k and i.startswith(f"{k} ")) for i in keys if i
    )


def _could_be_exercise(name: str, heading: str) -> bool:
    if looks_like_label(name) and not SESSION_PART.match(name):
        return False
    if len(name.split()) > 7 or not re.search(r"[A-Za-z]{3}", name) or GROUP_WORD.search(name):
        return False
    return "?" not in name and not is_reader_chatter(name) and not is_furniture_heading(heading)


def _bare(lead: str) -> str:
    """A lead's name without its bold marks or bracketed links ("**Toe taps** [video]")."""
    return re.sub(r"\*\*|\[[^\]]*\]", "", lead).strip()


def _says_movement(name: str, section: str) -> bool:
    return bool(EXERCISE_WORDS.search(name) or MOVEMENT.search(section) or _BODY_VERB.search(section))


def passed_over(text: str, names: list[str]) -> list[str]:
    """The names of ``text`` that lead like the imported exercises' ``names`` but are none of them."""
    lines = text.split("\n")
    keys = {_key(n) for n in names}
    top = next((i for i, line in enumerate(lines) if re.match(r"^#\s", line)), 0)
    candidates = [c for c in _candidates(lines) if c[0] >= top]  # a site's masthead over the title is none
    starts = [c[0] for c in candidates] + [len(lines)]
    ends = dict(zip(starts, starts[1:], strict=False))  # each candidate's text ends at the next
    candidates = _outside_furniture(candidates)
    missed: list[str] = []
    runs: list[list[str]] = []
    for kind in dict.fromkeys(c[1] for c in candidates):
        same = [c for c in candidates if c[1] == kind]
        hits = [j for j, c in enumerate(same) if _imported(c[2], keys)]
        if len(hits) < 2:
            lone = len(names) <= _LONE_MOST and kind != "bulleted"  # one exercise's steps are bullets
            runs.append(_unimported_run(same, lines, ends, keys) if lone else [])
            continue
        for j, (line, _, lead) in enumerate(same):
            name = _bare(lead)
            # a numbered list's next item is the list's; a bold line after the run may be a glossary's
            after = hits[-1] + (kind == "numbered")
            if j in hits or not hits[0] - 1 <= j <= after or not _could_be_exercise(name, lines[line]):
                continue
            if hits[0] <= j <= hits[-1] or _says_movement(name, "\n".join(lines[line : ends[line]])):
                missed.append(name)
    if missed:
        return missed
    longest = max(runs, key=len, default=[])
    return longest if len(longest) >= _RUN_LEAST and len(longest) > len(names) else []


def _outside_furniture(candidates: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The candidates without the list items under a furniture heading or bold lead ("**Most
    popular**" over "1. Tai chi for balance": other pages' titles)."""
    kept, furniture = [], False
    for candidate in candidates:
        if candidate[1].startswith("heading") or candidate[1] == "bold":
            furniture = is_furniture_heading(candidate[2])
        if not (furniture and candidate[1] in ("numbered", "bulleted")):
            kept.append(candidate)
    return kept


def _unimported_run(
    same: list[tuple[int, str, str]], lines: list[str], ends: dict[int, int], keys: set[str]
) -> list[str]:
    """The names of one kind that could be exercises, say a movement and are not imported."""
    run = []
    for line, _, lead in same:
        name = _bare(lead)
        if _imported(lead, keys) or _STEP.match(name) or not _could_be_exercise(name, lines[line]):
            continue
        if _says_movement(name, "\n".join(lines[line : ends[line]])):
            run.append(name)
    return run


__all__ = ["passed_over"]
