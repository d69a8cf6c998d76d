"""Import a routine from prose: an exercise article becomes a routine.

Offline and deterministic: rules over the text, numbers through ``text2num``.

    result = import_article(text, "article.txt")
    result.yaml_text      # routine YAML, a "# ..." comment on every assumed value
    result.exercises      # routine-format dicts, times in seconds
    result.assumptions    # "Calf Drops: article says "10 to 12": took 10", ...
"""

from __future__ import annotations

# Light at import (routine.find asks is_article/is_url on every spec): the rules, the YAML
# writer and the web/PDF readers load on first use, as playing a built-in never needs them.
from .sources import ARTICLE_SUFFIXES, is_article, is_url

_LAZY = {
    "import_article": "article",
    "import_file": "article",
    "import_source": "article",
    "read_article_text": "article",
    "is_article_path": "article",
    "ImportResult": "article",
    "ImportDefaults": "defaults",
    "defaults_table": "defaults",
    "format_time": "emit",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "import_article",
    "import_file",
    "import_source",
    "read_article_text",
    "is_article_path",
    "is_article",
    "is_url",
    "ImportResult",
    "ImportDefaults",
    "defaults_table",
    "format_time",
    "ARTICLE_SUFFIXES",
]
