"""Bring real page layouts to plain lines the splitter understands.

Runs once over the whole text before splitting.  Each rule is about a layout
family, never one publisher's wording:

- wiki markup (``= Title =``, ``== Section ==``, ``'''bold'''``, ``[[link|text]]``,
  ``<ref>`` tags, templates) becomes markdown;
- a PDF or flipbook transcript run together on one long line is broken at its
  numbered steps, and the short name before a "1." restart becomes a title line; so is a
  numbered list flattened onto one line of any length ("1. Push Up 2. Swimming 3. …");
- numbers glued to names ("1Bridge [Arms Crossed]", "1.Tap Your Toes") and letter-number labels
  ("A1. Squat") become numbered-list items;
- a lone "Exercise" line joined with the "1- Toe Touching" line under it, and a list item's
  hard-wrapped rest ("… towards the" / "floor and then lift it x 10") with its item;
- a list item naming two exercises ("- Do the X: … 10 times. Do the Y: … 30 seconds") split in two;
- short names run into their paragraphs' first instruction ("Lower back Lie on your back …", two
  or more) parted from it by a colon;
- bullet glyphs ("– ", "->", "▪", "✓") become "- ";
- table debris (lines of numbers and pipes, trailing " |") dropped;
- page furniture dropped: skip links, breadcrumbs, copyright and phone lines,
  share/comment widgets, "presented by" credits, licence lines, signatures; the site's name and
  menu over a breadcrumb whose last crumb is the next line (the page's title); and the run of lines
  under a plain links label ("Related downloads:", "See also") up to a blank line or heading.

Invariant: the output keeps every line that carries an exercise's words, in
order; only whole furniture lines are removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chained import split_named_items
from .furniture import is_furniture_heading, is_page_furniture, strip_markup
from .vocabulary import IMPERATIVE, INSTRUCTION

_I = re.IGNORECASE

_TABLE_DEBRIS = re.compile(r"[\d\s|.,/-]*")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
# A plain label over a page's links, alone on its line ("Related posts:", "Related downloads", "See also")
_LINKS_LABEL = re.compile(r"^[\W_]*(?:related(?:\s+[a-z]+)?|see also|you (?:may|might) also like)[\W_]*$", _I)


def wiki_to_markdown(text: str) -> str:
    """MediaWiki markup -> markdown headings and plain text."""
    if not re.search(r"^=+[^=\n]+=+\s*$", text, re.M) and "'''" not in text and "[[" not in text:
        return text
    text = re.sub(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", "", text, flags=re.S)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"\[\[(?:Category|File|Image):[^\]]*\]\]", "", text, flags=_I)
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"'''?([^'\n]+)'''?", r"\1", text)
    return re.sub(
        r"^(=+)\s*([^=\n]+?)\s*=+\s*$", lambda m: "#" * len(m.group(1)) + " " + m.group(2), text, flags=re.M
    )


_MID_STEP = re.compile(r"(?<=[.!?)])\s+\d{1,2}\.\s+[A-Z]")  # "… ahead. 2. Slowly turn": a step inside a line


def _rejoined_run_on(text: str) -> str:
    """A run-on transcript that was also hard-wrapped ("… Neck rotation (Three on each" / "side.)
    1. Sit up straight …") is one line again, so its numbered steps split as an unwrapped one's:
    a paragraph of three or more lines, no bullets and few starting with a step, with three steps
    inside its lines."""
    paragraphs = text.split("\n\n")
    for n, para in enumerate(paragraphs):
        rows = para.split("\n")
        if (
            len(rows) >= 3
            and not any(re.match(r"\s*(?:[-*•#|])\s", row) for row in rows)
            and 3 * sum(bool(re.match(r"\s*\d{1,2}[.)]\s", row)) for row in rows) <= len(rows)
            and sum(len(_MID_STEP.findall(row)) for row in rows) >= 3
        ):
            paragraphs[n] = " ".join(row.strip() for row in rows)
    return "\n\n".join(paragraphs)


def split_run_on(line: str) -> list[str]:
    """A long transcript line -> one line per numbered step, title fragments on their own."""
    numbers = [int(n) for n in re.findall(r"(?:^|\s|(?<=[.!?]))(\d{1,2})\.\s+[A-Z]", line)]
    flattened = line.lstrip().startswith("1.") and numbers == list(range(1, len(numbers) + 1))
    if len(numbers) < 3 or (len(line) < 300 and not flattened):  # "1. Push Up 2. Swimming 3. …": a list
        return [line]
    # "... side. Sideways bend (Three on each side.) 1. Stand" -> title before a "1." restart
    line = re.sub(
        r"(?<=[.!?)])\s+((?:[A-Z][\w'-]*)(?:\s+[\w'-]+){0,5}(?:\s*\([^()]{1,120}\))?)\s+(?=1\.\s+[A-Z])",
        r"\n\n\1\n",
        line,
    )
    line = re.sub(r"(?:\s+|(?<=[.!?]))(?=\d{1,2}\.\s+[A-Z])", "\n", line)
    line = re.sub(r"\s+(?:\d\s+){2,}\d(?:\s+|$)", "\n", line)  # picture labels "1 2 3 1 2 3"
    return line.split("\n")


def _join_split_headings(lines: list[str]) -> list[str]:
    """ "Exercise" / "1- Toe Touching" on two lines -> "Exercise 1- Toe Touching"."""
    out: list[str] = []
    for line in lines:
        if out and re.fullmatch(r"\s*(?:exercise|step|move)\s*", out[-1], _I) and re.match(r"\s*\d", line):
            out[-1] = out[-1].strip() + " " + line.strip()
        else:
            out.append(line)
    return out


_LIST_ITEM = re.compile(r"^(?:[-*•]|\(?\d{1,2}[.)])\s+\S")


def _joined_wrapped_items(lines: list[str]) -> list[str]:
    """A list item hard-wrapped where a window broke it ("1. … Let the hand drop towards the" /
    "floor and then lift it up x 10") is one line again: a line at the margin opening in lower
    case right under an item's line with no sentence end is the rest of that sentence, never a
    name (its tail's dose would make it one)."""
    out: list[str] = []
    item = False
    for line in lines:
        if item and re.match(r"[a-z]", line) and not re.search(r"[.!?:;]\s*$", out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            continue
        item = bool(_LIST_ITEM.match(line))
        out.append(line)
    return out


# "Upper back To stretch the muscles …", "Lower back Lie on your back …": a short name run straight
# into its paragraph's first sentence, the bold or the break between them lost in a copy
_NAME_RUN_IN = re.compile(
    r"^([A-Z][a-z'’]+(?:-[a-z'’]+)*(?:\s+[a-z][a-z'’]*(?:-[a-z'’]+)*){0,3})\s+((?:To\s+[a-z]+\s|[A-Z]).{40,})$"
)


def _names_run_in(lines: list[str]) -> list[str]:
    """Two or more paragraphs that each open with a short name run into an instruction ("Lower
    back Lie on your back and …") get the colon a "Name: text" line has."""
    found = {
        i: m
        for i, line in enumerate(lines)
        if (m := _NAME_RUN_IN.match(line))
        and not IMPERATIVE.match(m.group(1) + " a")
        and (m.group(2).startswith("To ") or INSTRUCTION.match(m.group(2)))
    }
    if len(found) < 2:
        return lines
    return [
        f"{found[i].group(1)}: {found[i].group(2)}" if i in found else line for i, line in enumerate(lines)
    ]


_BULLET_GLYPHS = re.compile(r"^(\s*)(?:[–—]>?|->|=>|[▪▫◦○●■□➢➤►▶✓✔❖·‣⁃])\s*(?=\S)")


def _relabel(line: str) -> str:
    """Glued and lettered numbering -> "N. Name"; other bullet glyphs ("– ", "->", "▪") -> "- ";
    trailing table pipes dropped."""
    line = re.sub(r"\s+\|\s*$", "", line)
    line = _BULLET_GLYPHS.sub(r"\1- ", line)
    glued = re.match(r"^(\s*)(\d{1,2})\.?([A-Z][a-z])", line)  # "1Bridge", "1.Tap Your Toes"
    if glued:
        return f"{glued.group(1)}{glued.group(2)}. {line[glued.end(2) :]}"
    lettered = re.match(r"^(\s*)[A-H](\d{1,2})[.)]\s+(\S)", line)
    if lettered:
        return f"{lettered.group(1)}{lettered.group(2)}. {line[lettered.start(3) :]}"
    return line


_CRUMB_SEP = re.compile(r"\s[>»›/\\|]\s")


def _masthead(lines: list[str]) -> set[int]:
    """A page's top lines down to a breadcrumb whose last crumb is the next line ("1 Million Best
    Downloads" / "Home > Fitness > On the Job: Simple Stretches" / "On the Job: Simple Stretches"):
    the site's name, menu and path over the page's title, which that crumb shows the next line is
    (or starts: a title parted at its colon)."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:6]
    for k, i in enumerate(filled[:-1]):
        crumbs = _CRUMB_SEP.split(strip_markup(lines[i]).strip())
        after = strip_markup(lines[filled[k + 1]]).strip().lstrip("#").strip()
        last, title = crumbs[-1].strip().lower(), after.lower()
        named = last == title or (last.startswith(title) and not last[len(title)].isalnum())
        if (
            len(crumbs) >= 2 and named and 0 < len(after.split()) <= 15
        ):  # "On the Job" / "Simple Stretches" too
            short = all(
                len(lines[j].split()) <= 12 and not lines[j].rstrip().endswith(".") for j in filled[:k]
            )
            return set(filled[: k + 1]) if short else set()
    return set()


@lru_cache(maxsize=16)  # pure, and asked of the same article text twice by one import
def tidy(text: str) -> str:
    """The article text with its layout brought to plain lines (see the module docstring)."""
    text = wiki_to_markdown(text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    lines: list[str] = []
    for raw in _rejoined_run_on(text).split("\n"):
        lines.extend(split_run_on(raw))
    lines = _names_run_in(_joined_wrapped_items(_join_split_headings(lines)))
    lines = [part for line in lines for part in split_named_items(line)]
    masthead = _masthead(lines)
    lines = [line for i, line in enumerate(lines) if i not in masthead]
    out = []
    links = ""  # under a links label: "label" until its first link, then "list" until a blank line
    for line in lines:
        line = _relabel(line)
        if (links == "list" and not line.strip()) or (links and _MARKDOWN_HEADING.match(line)):
            links = ""
        elif links and line.strip():
            links = "list"
            continue  # "  Desk Yoga Timer (free)" under "Related downloads:": another page's name
        links = "label" if _LINKS_LABEL.match(line.strip()) and not _MARKDOWN_HEADING.match(line) else links
        if line.strip() and (_TABLE_DEBRIS.fullmatch(line) or is_page_furniture(line)):
            if _MARKDOWN_HEADING.match(line) and is_furniture_heading(line.lstrip("#").strip()):
                out.append(line.rstrip())  # "## 3 Comments" still ends the exercise above it
            continue
        out.append(line.rstrip())
    return "\n".join(out)


__all__ = ["tidy", "wiki_to_markdown", "split_run_on"]
