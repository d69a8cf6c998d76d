"""Typesetting characters -> the plain text the importer's patterns read.

Publishing tools leave characters a reader never notices but a pattern does: a soft hyphen
inside "repe­titions", a zero-width space inside "10​ times", the "ﬁ" ligature in "ﬁve", a
narrow no-break space between a number and its unit, and bullets that are not "-" (Word's
Symbol-font bullet U+F0B7 in a PDF, "●", "▪", "➢", "✓").  ``plain_glyphs`` removes the
invisible ones, spells ligatures out, makes every space a space and every line-start bullet the
markdown "- " the structure readers know, a keycap emoji's number ("1️⃣") a list number, joins a word hyphenated at a line's end or a name wrapped before
its separator, and splits a numbered list run together on one line into its items.
Invariant: visible numbers are unchanged, and plain_glyphs(plain_glyphs(t)) == plain_glyphs(t).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

# soft hyphen, zero-width space / non-joiner / joiner, word joiner, a byte-order mark inside the text
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# no-break, figure, thin, hair and other fixed-width spaces: a space
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
# Bullets at the start of a line (after any indent): typographic ones and the private-use
# code points Word's Symbol and Wingdings fonts give when a PDF maps them to no character.
_BULLET = re.compile(
    "^([ \t]*)[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25e6\u25a0\u25a1\u25ba\u25b8"
    "\u27a2\u27a4\u2794\u2713\u2714\u2611\u00b7\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf06e]"
    "[ \t]*(?=\\S)",
    re.MULTILINE,
)


# A word hyphenated at a line's end ("repe-" / "titions", as justified PDFs and hard-wrapped
# text give it) is one word; after these first parts the hyphen is a compound's ("warm-up").
# ("hip-" / "width", "push-" / "ups" are compounds broken at their own hyphen).
_BROKEN_WORD = re.compile(r"\b([A-Za-z]+)-[ \t]*\n[ \t]*(?=([a-z]+))")
_COMPOUND_FIRST = frozenset(
    "warm cool self well one two three four five left right half full side step sit push pull "
    "knee toe heel hip mid non anti pre post co low high long short face cross back front".split()
)
_COMPOUND_SECOND = frozenset(
    "width length up ups down downs to the and in out on off over under body legged arm arms leg legs "
    "knee knees foot feet hip hips hand hands chest stand side sided floor minute minutes second seconds "
    "day week free based level hold time way".split()
)


def _joined(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    return f"{first}-" if first.lower() in _COMPOUND_FIRST or second in _COMPOUND_SECOND else first


# A numbered list run together on one line ("1. The Push Up 2. Swimming 3. Roll Up", its line
# breaks lost in a copy): split before each next number, when the numbers count up from 1 and
# every item is a few words
_RUN_ON_LIST = re.compile(r"^[ \t]*1[.)][ \t]+\S.*?[ \t]2[.)][ \t]+\S.*?[ \t]3[.)][ \t]+\S.*$", re.MULTILINE)
_NEXT_ITEM = re.compile(r"[ \t]+(?=\d{1,2}[.)][ \t]+\S)")


def _split_items(m: re.Match) -> str:
    line = m.group(0)
    indent = line[: len(line) - len(line.lstrip())]
    items = _NEXT_ITEM.split(line.lstrip())
    numbers = [item.split(maxsplit=1)[0].rstrip(".)") for item in items]
    if numbers != [str(n) for n in range(1, len(items) + 1)] or any(len(item.split()) > 9 for item in items):
        return line
    return "\n".join(indent + item for item in items)


# A circuit's items run together on one line, each "Name: dose" ("Jumping Jacks: 30 Air Squats: 20
# Drop to floor, Crunches: 20", a card's boxes flattened): one item a line, when three or more
# cover the line but for short transitions and arrows between them ("→", "-->", a mis-encoded "à")
_DOSED_ITEM = re.compile(
    r"(?<![\w'’/-])([A-Z][\w'’/-]*(?:\s+[\w'’/-]+){0,5}?)\s*:\s*"
    r"(\d+(?:\s*(?:to|-|–)\s*\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?|reps?|x)?)(?![\w:])"
)
_DOSE_LABEL = re.compile(
    r"^(?:sets?|reps?|repetitions|hold(?: time)?|rest|time|duration|rounds?|tempo|frequency|week|day|level|"
    r"work|recovery|total|score|record)$",
    re.I,
)
# A post's counters and dates, not a circuit: "Added: 12 March 2016   Views: 4 118   Comments: 2"
_POST_METADATA = re.compile(
    r"^(?:added|posted|published|updated|views?|comments?|likes?|shares?|replies|reads?|votes?|rating)$", re.I
)


def _split_dosed_items(line: str) -> str:
    items = list(_DOSED_ITEM.finditer(line))
    if len(items) < 3 or any(
        _DOSE_LABEL.match(m.group(1)) or _POST_METADATA.match(m.group(1)) for m in items
    ):
        return line
    gaps = [line[: items[0].start()]] + [line[a.end() : b.start()] for a, b in pairwise(items)]
    gaps.append(line[items[-1].end() :])
    if any(len(re.findall(r"[A-Za-z]+", gap)) > 4 for gap in gaps) or re.search(r"[.!?]", " ".join(gaps)):
        return line
    return "\n".join(f"- {m.group(1)}: {m.group(2)}" for m in items)


# A circuit card's lines "Squats: 20", "Push ups – 10": a bare number after a name is its count,
# when three or more lines in a row are names with a number (a time may say its unit: "Plank: 30s")
_NAMED_NUMBER = re.compile(
    r"^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:\*\*)?([A-Z][\w'’/ ()-]{1,40}?)(?:\*\*)?\s*(?::|\s[-–—])\s*)"
    r"(\d+(?:\s*(?:to|-|–)\s*\d+)?)(\s*(?:seconds?|secs?|s|minutes?|mins?|reps?|times)?)\s*$",
    re.I,
)


def _bare_counts(lines: list[str]) -> list[str]:
    out, run = list(lines), []
    for i, line in enumerate([*lines, ""]):
        m = _NAMED_NUMBER.match(line)
        if m and not _DOSE_LABEL.match(m.group(2).strip()):
            run.append((i, m))
            continue
        if len(run) >= 3:
            for j, m in run:
                if not m.group(4).strip():
                    out[j] = f"{m.group(1)}{m.group(3)} reps"
        run = []
    return out


# A numbered list of names set two or more to a line ("1. Two Hands Hold up the Heavens 2. Drawing
# the Bow" / "3. Separate Heaven and Earth 4. Wise Owl Gazes Backwards", a page's columns pasted
# row by row): one item a line, when the lines' numbers together count up from 1
_ITEMS_LINE = re.compile(r"^[ \t]*1[.)][ \t]+\S.*(?:\n[ \t]*\d{1,2}[.)][ \t]+\S.*)+", re.MULTILINE)


def _split_item_rows(m: re.Match) -> str:
    rows = m.group(0).split("\n")
    items = [item for row in rows for item in _NEXT_ITEM.split(row.strip())]
    numbers = [item.split(maxsplit=1)[0].rstrip(".)") for item in items]
    if (
        len(items) < 2 * len(rows) - 1
        or numbers != [str(n) for n in range(1, len(items) + 1)]
        or any(len(item.split()) > 10 or re.search(r"[.!?]$", item) for item in items)
    ):
        return m.group(0)
    return "\n".join(items)


# A name hard-wrapped before its separator ("1. Straight leg" / "raise: Lie on …", "**Straight
# leg" / "raise** - Lie …"): a short line with no sentence end, then a lower-case rest of the name
# of a few words, its separator and a capitalised text
_WRAPPED_NAME = re.compile(
    r"^([ \t]*(?:(?:\d{1,2}[.)]|[-*])[ \t]+)?(?:\*\*)?[A-Z][^\n.!?:;,*]{0,60}?[A-Za-z])[ \t]*\n"
    r"((?:[a-z][\w'’-]*[ \t]?){1,3}(?:\*\*)?[ \t]*(?::|[ \t][-–—])[ \t]+[A-Z])",
    re.MULTILINE,
)


def _join_wrapped(m: re.Match) -> str:
    head = m.group(1)
    return f"{head} {m.group(2)}" if len(head.split()) <= 7 and head.count("**") <= 1 else m.group(0)


_KEYCAP = re.compile("^([ \t]*)(\\d{1,2})\ufe0f?\u20e3[ \t]*", re.MULTILINE)


_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def plain_glyphs(text: str) -> str:
    """``text`` with invisible marks removed, runs of blank lines as one, ligatures spelled out,
    odd spaces as spaces, line-start bullets as "- " and words hyphenated at a line's end joined."""
    text = _INVISIBLE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)  # a copy's doubled blank lines part no more than one does
    text = _BROKEN_WORD.sub(_joined, text)
    text = _SPACES.sub(" ", text)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = _KEYCAP.sub(r"\1\2. ", text)  # "1️⃣ Bridge": an emoji's number
    text = _ITEMS_LINE.sub(_split_item_rows, _RUN_ON_LIST.sub(_split_items, text))
    text = "\n".join(_split_dosed_items(line) if line.count(":") >= 3 else line for line in text.split("\n"))
    text = "\n".join(_bare_counts(text.split("\n")))
    text = _WRAPPED_NAME.sub(_join_wrapped, text)
    return _BULLET.sub(r"\1- ", text)


__all__ = ["plain_glyphs"]
