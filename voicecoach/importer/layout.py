"""Bring real page layouts to plain lines the splitter understands.

Runs once over the whole text before splitting.  Each rule is about a layout
family, never one publisher's wording:

- wiki markup (``= Title =``, ``== Section ==``, ``'''bold'''``, ``[[link|text]]``,
  ``<ref>`` tags, templates) becomes markdown;
- a PDF or flipbook transcript run together on one long line is broken at its
  numbered steps, and the short name before a "1." restart becomes a title line;
- numbers glued to names ("1Bridge [Arms Crossed]") and letter-number labels
  ("A1. Squat") become numbered-list items;
- a lone "Exercise" line joined with the "1- Toe Touching" line under it;
- table debris (lines of numbers and pipes, trailing " |") dropped;
- page furniture dropped: skip links, breadcrumbs, copyright and phone lines,
  share/comment widgets, "presented by" credits, licence lines, signatures.

Invariant: the output keeps every line that carries an exercise's words, in
order; only whole furniture lines are removed.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_FURNITURE = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|jump to (?:navigation|search)|menu|search|"
    r"home\s*(?:[>/\\|»›]|$)|back to top|print(?: this page)?|share(?: this(?: story| page)?)?:?|"
    r"like loading\W*|leave a (?:comment|reply)|\d+ comments?|comments?|advertisement|"
    r"was this (?:page|article) (?:helpful|useful)\W.*|mark (?:as )?complete|next|previous|"
    r"newspapers (?:in|from) .*|more from .*|related (?:services|articles|posts)\b.*|"
    r"posted (?:by|on|in) .*|presented by .*|licen[cs]e:? .*|photo(?:graph)?:? .*|"
    r"(?:twitter|facebook|instagram|pinterest|linkedin|email|whatsapp)(?:\s+(?:twitter|facebook|"
    r"instagram|pinterest|linkedin|email|whatsapp))*|find a doctor\b.*|book (?:now|online)\b.*)$", _I)
_COPYRIGHT = re.compile(r"©|&copy;|\bcopyright\b|\ball rights reserved\b|\bprivacy policy\b|"
                        r"\bterms (?:of (?:use|service)|and conditions)\b|\bcookie", _I)
_PHONE = re.compile(r"(?:\btel\b|\bphone\b|\bcall\b|\bfax\b)[^\n]{0,80}?\d[\d\s()+-]{6,}\d|"
                    r"\(?\d{3,5}\)?[\s-]\d{3}[\s-]\d{3,4}\b", _I)
_BREADCRUMB = re.compile(r"^[^.!?]{1,120}(?:\s[>»›/\\|]\s[^.!?]{1,60}){2,}\s*[>»›/\\|]?\s*$")
_SIGNATURE = re.compile(r"^(?:[A-Z][a-z'-]+\s+){1,3}(?:Physiotherapist|Physio|Therapist|Doctor|"
                        r"Nurse|Trainer|Coach|Osteopath|Chiropractor)\b(?:\s+[A-Z][\w'-]*){0,4}$")
_BYLINE_ROLE = re.compile(r"^(?:Physiotherapist|Therapist|Doctor|Coach|Trainer|Author|By)\s+"
                          r"(?:[A-Z][a-z'-]+\s*){1,3}$")
_DATE_LINE = re.compile(r"^(?:updated|last updated|reviewed|published)\b[^.]{0,40}$", _I)
_TABLE_DEBRIS = re.compile(r"[\d\s|.,/-]*")


def wiki_to_markdown(text: str) -> str:
    """MediaWiki markup -> markdown headings and plain text."""
    if not re.search(r"^=+[^=\n]+=+\s*$", text, re.M) and "'''" not in text and "[[" not in text:
        return text
    text = re.sub(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", "", text, flags=re.S)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"\[\[(?:Category|File|Image):[^\]]*\]\]", "", text, flags=_I)
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"'''?([^'\n]+)'''?", r"\1", text)
    return re.sub(r"^(=+)\s*([^=\n]+?)\s*=+\s*$", lambda m: "#" * len(m.group(1)) + " " + m.group(2),
                  text, flags=re.M)


def split_run_on(line: str) -> list[str]:
    """A long transcript line -> one line per numbered step, title fragments on their own."""
    if len(line) < 300 or len(re.findall(r"(?:^|\s|(?<=[.!?]))\d{1,2}\.\s+[A-Z]", line)) < 3:
        return [line]
    # "... side. Sideways bend (Three on each side.) 1. Stand" -> title before a "1." restart
    line = re.sub(r"(?<=[.!?)])\s+((?:[A-Z][\w'-]*)(?:\s+[\w'-]+){0,5}(?:\s*\([^()]{1,120}\))?)\s+(?=1\.\s+[A-Z])",
                  r"\n\n\1\n", line)
    line = re.sub(r"(?:\s+|(?<=[.!?]))(?=\d{1,2}\.\s+[A-Z])", "\n", line)
    line = re.sub(r"\s+(?:\d\s+){2,}\d(?:\s+|$)", "\n", line)      # picture labels "1 2 3 1 2 3"
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


def _relabel(line: str) -> str:
    """Glued and lettered numbering -> "N. Name"; trailing table pipes dropped."""
    line = re.sub(r"\s+\|\s*$", "", line)
    glued = re.match(r"^(\s*)(\d{1,2})([A-Z][a-z])", line)
    if glued:
        return f"{glued.group(1)}{glued.group(2)}. {line[glued.end(2):]}"
    lettered = re.match(r"^(\s*)[A-H](\d{1,2})[.)]\s+(\S)", line)
    if lettered:
        return f"{lettered.group(1)}{lettered.group(2)}. {line[lettered.start(3):]}"
    return line


def is_page_furniture(line: str) -> bool:
    """A whole line of page furniture (skip links, copyright, phone, share widgets, signatures)."""
    text = re.sub(r"[*_`#]+", "", line).strip(" \t-•|")
    if not text:
        return False
    if _FURNITURE.match(text) or _DATE_LINE.match(text) or (len(text) <= 200 and _BREADCRUMB.match(text)):
        return True
    if _SIGNATURE.match(text) or _BYLINE_ROLE.match(text):
        return True
    words = len(text.split())
    if words <= 25 and _COPYRIGHT.search(text):
        return True
    if words <= 40 and _PHONE.search(text) and not re.search(r"\b(?:seconds?|minutes?|reps?|times)\b", text, _I):
        return True
    return False


def tidy(text: str) -> str:
    """The article text with its layout brought to plain lines (see the module docstring)."""
    text = wiki_to_markdown(text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    lines: list[str] = []
    for raw in text.split("\n"):
        lines.extend(split_run_on(raw))
    lines = _join_split_headings(lines)
    out = []
    for line in lines:
        line = _relabel(line)
        if line.strip() and (_TABLE_DEBRIS.fullmatch(line) or is_page_furniture(line)):
            continue
        out.append(line.rstrip())
    return "\n".join(out)


__all__ = ["tidy", "wiki_to_markdown", "split_run_on", "is_page_furniture"]
