"""Find a routine by file path or built-in name."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Optional

from voicecoach.errors import InputError
from voicecoach.model import Routine

YAML_SUFFIXES = (".yaml", ".yml")


def builtin_names() -> list[str]:
    folder = resources.files("voicecoach") / "routines"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def builtin_path(name: str) -> Optional[Path]:
    path = resources.files("voicecoach") / "routines" / f"{name}.yaml"
    return Path(str(path)) if path.is_file() else None


def locate(spec: str) -> tuple[Path, bool]:
    """Return (path, is_builtin) for a file path, an article URL or a built-in routine name."""
    from voicecoach.importer import is_url
    if is_url(spec):
        return Path(spec.strip()), False           # fetched by the importer; the path names it
    path = Path(spec)
    if path.exists():
        if path.is_dir():
            raise InputError(f"{spec} is a directory — give a routine file (.yaml, .txt, .md) or a built-in name")
        return path, False
    builtin = builtin_path(spec)
    if builtin is not None:
        return builtin, True
    import difflib
    hint = difflib.get_close_matches(spec, builtin_names(), n=1)
    extra = f' — did you mean "{hint[0]}"?' if hint else \
        f" — give a routine file or one of the built-ins: {', '.join(builtin_names())}"
    raise InputError(f"{spec}: no such file or built-in routine{extra}")


def load(spec: str, notes: Optional[list] = None) -> tuple[Routine, Path]:
    """Load a routine from a YAML file, an article (.txt/.md/.html/.htm/.pdf or an http(s)
    URL, imported on the fly) or a built-in name.

    For prose, the importer's assumptions are appended to ``notes``.
    """
    from voicecoach.importer import import_source, is_article, is_url
    path, _ = locate(spec)
    if is_article(spec):
        from voicecoach.loader import load_routine_text
        source = spec.strip() if is_url(spec) else path
        result = import_source(source)
        if notes is not None:
            notes.extend(result.assumptions)
        return load_routine_text(result.yaml_text, str(source)), path
    from voicecoach.loader import load_routine
    return load_routine(path), path
