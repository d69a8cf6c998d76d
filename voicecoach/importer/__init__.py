"""Import a routine from prose: an exercise article becomes a routine.

Offline and deterministic: rules over the text, numbers through ``text2num``.

    result = import_article(text, "article.txt")
    result.yaml_text      # routine YAML, a "# ..." comment on every assumed value
    result.exercises      # routine-format dicts, times in seconds
    result.assumptions    # "Calf Drops: article says "10 to 12": took 10", ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .build import Draft, build_exercises
from .defaults import ImportDefaults, defaults_table
from .emit import format_time, routine_yaml
from .parts import block_parts
from .structure import split_article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")   # read as prose articles, not YAML
NO_EXERCISES = ('no exercises found — expected headings like "Exercise 1: Name", "## Name" '
                'or a numbered list "1. Name — what to do"')


@dataclass(frozen=True)
class ImportResult:
    """An imported routine. ``exercises`` use the routine-format keys; times are seconds."""

    title: str
    exercises: list[dict]
    assumptions: list[str]
    yaml_text: str


def _title_from_source(source: str) -> str:
    stem = Path(source).stem if source else ""
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Imported routine"


def _assumptions(drafts: list[Draft]) -> list[str]:
    return [f"{d.name}: {d.notes[key]}" for d in drafts for key in d.as_dict() if key in d.notes]


def import_article(text: str, source: str, defaults: ImportDefaults | None = None) -> ImportResult:
    """Read an article's exercises. ``source`` names it in messages and the YAML header.

    Raises InputError when no exercise is found.
    """
    defaults = defaults or ImportDefaults()
    article = split_article(text)
    drafts = [d for block in article.blocks for d in build_exercises(block_parts(block), defaults)]
    if not drafts:
        raise InputError(f"{source}: {NO_EXERCISES}")
    title = article.title or _title_from_source(source)
    return ImportResult(title=title, exercises=[d.as_dict() for d in drafts],
                        assumptions=_assumptions(drafts),
                        yaml_text=routine_yaml(title, drafts, source))


def read_article_text(path: str | Path) -> str:
    """An article's text; InputError (one line naming the file) if it is not readable text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the article: {err.strerror or err}") from None
    expected = "expected a UTF-8 text or markdown article"
    if not data.strip():
        raise InputError(f"{path}: the file is empty — {expected}")
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file — {expected}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 (bad byte at offset {err.start}) — {expected}") from None
    if not text.strip():
        raise InputError(f"{path}: the file has no text — {expected}")
    return text


def import_file(path: str | Path, defaults: ImportDefaults | None = None) -> ImportResult:
    """Import an article file (.txt or .md). Raises InputError with a one-line message."""
    return import_article(read_article_text(path), str(path), defaults)


def is_article_path(path: str | Path) -> bool:
    """True for the file names ``play``/``export``/``preview`` should import on the fly."""
    return str(path).lower().endswith(ARTICLE_SUFFIXES)


__all__ = ["import_article", "import_file", "read_article_text", "is_article_path",
           "ImportResult", "ImportDefaults", "defaults_table", "format_time", "ARTICLE_SUFFIXES"]
