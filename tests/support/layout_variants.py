"""How the importer holds up when the same article is laid out another way.

Each transform re-lays-out the non-blind text and markdown articles (numbers printed as bullets,
markdown headings as plain or bold lines, paragraphs hard-wrapped or unwrapped, blank lines lost,
typographic spaces and quotes) without changing what they prescribe, so each article's expected
routine still holds. A rule that fits one layout and not its neighbours shows here as a drop; a
score on material we did not write stays the real measure (the blind lists)::

    .venv/bin/python tests/support/layout_variants.py [-v]
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: tests/ holds support
from support.importer_fields import (  # noqa: E402
    article_paths,
    compare,
    expected_for,
    real_article_paths,
    split_blind,
)


def _sub(pattern: str, repl: str) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, repl, text, flags=re.MULTILINE)


def _wrapped(text: str, width: int = 70) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width + 2 and not line.lstrip().startswith(("|", "#")):
            indent = " " * (len(line) - len(line.lstrip()))
            out += textwrap.wrap(line, width, subsequent_indent=indent)
        else:
            out.append(line)
    return "\n".join(out)


def _unwrapped(text: str) -> str:
    """Hard-wrapped paragraphs (each line but the last over 50 characters, ending inside a sentence)
    joined into one line."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = paragraph.split("\n")
        wrapped = len(lines) > 1 and all(len(x) > 50 and x.rstrip()[-1] not in ".!?:" for x in lines[:-1])
        listed = any(re.match(r"^\s*(?:[-*•|#]|\d+[.)])", x) for x in lines[1:])
        paragraphs.append(" ".join(x.strip() for x in lines) if wrapped and not listed else paragraph)
    return "\n\n".join(paragraphs)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "numbers as bullets": _sub(r"^(\s*)\d+[.)]\s+", r"\1- "),
    "numbers as • bullets": _sub(r"^(\s*)\d+[.)]\s+", r"\1• "),
    "numbers with a bracket": _sub(r"^(\s*)(\d+)\.\s+", r"\1\2) "),
    "markdown headings as plain lines": _sub(r"^#{2,6}\s+(.+?)\s*#*$", r"\1"),
    "markdown headings as bold lines": _sub(r"^#{2,6}\s+(.+?)\s*#*$", r"**\1**"),
    "no blank line after a heading": _sub(r"^(#{1,6} .+|\d+[.)] .{2,50}|\*\*.+\*\*)\n\n(?=\S)", r"\1\n"),
    "no-break spaces and curly quotes": lambda t: re.sub(
        r"(\d) (sec|min|rep|time)", "\\1\u00a0\\2", t
    ).replace("'", "\u2019"),
    "hard-wrapped at 70": _wrapped,
    "paragraphs unwrapped": _unwrapped,
    "no blank lines": _sub(r"\n\s*\n", "\n"),
    "'Name: text' as a name line": _sub(
        r"^(?:\*\*)?([A-Z][A-Za-z' -]{2,40}?)(?:\*\*)?:\s+(?=[A-Z])", r"\1\n"
    ),
}


def _score(text: str, path: Path) -> tuple[int, int]:
    from voicecoach.errors import InputError
    from voicecoach.importer import import_article

    try:
        exercises = import_article(text, path.name).exercises
    except InputError:
        exercises = []
    right, total, _ = compare(expected_for(path), exercises)
    return right, total


def main(argv: list[str]) -> None:
    """Per transform: the articles it changes, their score as written -> re-laid-out."""
    tunable, _ = split_blind(real_article_paths())
    paths = [p for p in tunable + article_paths() if p.suffix in (".txt", ".md")]
    for name, transform in TRANSFORMS.items():
        changed, before, after, total, worse = 0, 0, 0, 0, []
        for path in paths:
            text = path.read_text("utf-8")
            if (new := transform(text)) == text:
                continue
            b, t = _score(text, path)
            a, _ = _score(new, path)
            changed, before, after, total = changed + 1, before + b, after + a, total + t
            worse += [(b - a, path.name)] if a < b else []
        if changed:
            shown = sorted(worse, reverse=True)[:5] if "-v" in argv else len(worse)
            print(
                f"{name:34} {changed:3} articles {100 * before / total:5.1f}% -> {100 * after / total:5.1f}%  worse: {shown}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
