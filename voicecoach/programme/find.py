"""Find a programme by file path or built-in name, and the built-in programmes' summaries."""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path

from voicecoach import environment
from voicecoach.errors import InputError
from voicecoach.programme.model import Programme


def builtin_names() -> list[str]:
    folder = resources.files("voicecoach.programme") / "library"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def builtin_path(name: str) -> Path | None:
    path = resources.files("voicecoach.programme") / "library" / f"{name}.yaml"
    return Path(str(path)) if path.is_file() else None


def load_programme_spec(spec: str) -> Programme:
    """A programme file, else a built-in programme name; InputError saying what exists."""
    from voicecoach.programme.load import load_programme

    path = Path(spec)
    if path.is_file():
        return load_programme(path)
    if path.is_dir():
        raise InputError(f"{spec} is a directory — give a programme file (.yaml) or a built-in name")
    builtin = builtin_path(spec)
    if builtin is not None:
        return load_programme(builtin, spec)
    hint = difflib.get_close_matches(spec, builtin_names(), n=1)
    extra = (
        f' — did you mean "{hint[0]}"?'
        if hint
        else f" — give a programme file, or a built-in name ('{environment.prog_name()} list' shows them)"
    )
    raise InputError(f"{spec}: no such programme file or built-in programme{extra}")


def builtin_summaries() -> list[dict]:
    """Each built-in programme: name, title, weeks, and its sessions' routine names."""
    from voicecoach.programme.load import load_programme

    rows = []
    for name in builtin_names():
        path = builtin_path(name)
        if path is None:  # listed by builtin_names(), so it is there
            raise LookupError(f"no built-in programme {name!r}")
        programme = load_programme(path, name)
        rows.append(
            {
                "name": name,
                "title": programme.title,
                "weeks": programme.weeks,
                "sessions": [s.name for s in programme.sessions],
            }
        )
    return rows
