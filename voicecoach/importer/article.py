"""Article text -> routine: the rules over the text (structure, parts, doses) and the YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .build import Draft, build_exercises
from .defaults import ImportDefaults
from .emit import routine_yaml
from .layout import tidy
from .parts import block_parts
from .sources import is_article, read_source
from .structure import split_article

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
    article = split_article(tidy(text))
    drafts = [d for block in article.blocks
              for d in build_exercises(block_parts(block), defaults, article.shared)]
    if not drafts:
        raise InputError(f"{source}: {NO_EXERCISES}")
    title = article.title or _title_from_source(source)
    layout = list(article.notes) + [f"{d.name}: no dose of its own — used the introduction's "
                                    f'"{" ".join(article.shared.split())}"' for d in drafts if d.shared_dose]
    return ImportResult(title=title, exercises=[d.as_dict() for d in drafts],
                        assumptions=layout + _assumptions(drafts),
                        yaml_text=routine_yaml(title, drafts, source, layout))


def read_article_text(path: str | Path) -> str:
    """An article's text from a file or URL; InputError (one line naming it) if there is none."""
    return read_source(path)


def import_source(spec: str | Path, defaults: ImportDefaults | None = None) -> ImportResult:
    """Import an article: a .txt/.md/.html/.htm/.pdf file or an http(s) URL.

    Raises InputError with a one-line message naming the file or URL.
    """
    return import_article(read_source(spec), str(spec).strip(), defaults)


import_file = import_source     # the name the CLI and tests have used


def is_article_path(path: str | Path) -> bool:
    """True for the specs ``play``/``export``/``preview`` should import on the fly."""
    return is_article(path)
