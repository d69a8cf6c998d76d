"""Find a routine by file path or built-in name, load it once, apply the command line's overrides.

``load_spec`` is the one path from what a person typed (a routine file, an
article or a built-in name) to a ``Routine``: preview, export, batch and play
all start here, so a spec is located, read and overridden the same way
everywhere.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from voicecoach import environment

if TYPE_CHECKING:  # the importer loads only for an article
    from voicecoach.importer.confidence import Confidence
from voicecoach.errors import InputError
from voicecoach.importer import is_article, is_url
from voicecoach.model import Routine


@dataclass(frozen=True)
class LoadedRoutine:
    """A routine as loaded from a spec. ``assumptions`` are the importer's (articles only)."""

    routine: Routine
    path: Path
    builtin: bool = False
    assumptions: tuple[str, ...] = field(default=())


def builtin_names() -> list[str]:
    """Each built-in once: ``NAME.yaml`` is the routine, ``NAME.LANG.yaml`` its version in LANG."""
    folder = resources.files("voicecoach.routine") / "library"
    return sorted(
        p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml") and "." not in p.name[:-5]
    )


def builtin_versions(name: str) -> dict[str, Path]:
    """A built-in's versions: language code -> file (its own file under its own language)."""
    from voicecoach.routine.load import load_routine

    folder = resources.files("voicecoach.routine") / "library"
    own = _listed_path(name)
    versions = {load_routine(own).settings.language: own}
    for p in folder.iterdir():
        parts = p.name.split(".")
        if len(parts) == 3 and parts[0] == name and parts[2] == "yaml":
            versions.setdefault(parts[1], Path(str(p)))
    return dict(sorted(versions.items()))


def builtin_summaries() -> list[dict]:
    """Each built-in: name, title, length (seconds, compiled with estimated speech lengths:
    no synthesis, so ``list`` stays fast), exercise count and equipment."""
    from voicecoach.beeps import Beeps
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.phrases import Phrases
    from voicecoach.routine.load import load_routine
    from voicecoach.speech.prerender import EstimatedDurations

    rows = []
    for name in builtin_names():
        routine = load_routine(_listed_path(name))
        estimate = EstimatedDurations(Beeps(), routine.settings.rate)
        timeline = compile_routine(routine, estimate, Phrases(routine.settings.language))
        rows.append(
            {
                "name": name,
                "title": routine.title,
                "length_s": round(timeline.duration_s, 1),
                "exercises": routine.exercise_count(),
                "equipment": list(routine.equipment()),
                "languages": list(builtin_versions(name)),
            }
        )
    return rows


def builtin_path(name: str, language: str | None = None) -> Path | None:
    """A built-in's file: its version in ``language`` when it has one, else its own."""
    folder = resources.files("voicecoach.routine") / "library"
    if "." in name:
        return None
    version = folder / f"{name}.{language}.yaml"
    if language and version.is_file():
        return Path(str(version))
    path = folder / f"{name}.yaml"
    return Path(str(path)) if path.is_file() else None


def _listed_path(name: str) -> Path:
    """The file of a name ``builtin_names()`` listed (so it is there)."""
    path = builtin_path(name)
    if path is None:
        raise LookupError(f"no built-in routine {name!r}")
    return path


def locate(spec: str, language: str | None = None) -> tuple[Path, bool]:
    """Return (path, is_builtin) for a file path, an article URL or a built-in routine name."""
    if is_url(spec):
        return Path(spec.strip()), False  # fetched by the importer; the path names it
    path = Path(spec)
    if path.exists():
        if path.is_dir():
            raise InputError(
                f"{spec} is a directory — give a routine file (.yaml, .txt, .md) or a built-in name"
            )
        return path, False
    builtin = builtin_path(spec, language)
    if builtin is not None:
        return builtin, True
    hint = difflib.get_close_matches(spec, builtin_names(), n=1)
    extra = (
        f' — did you mean "{hint[0]}"?'
        if hint
        else f" — give a routine file, or a built-in name ('{environment.prog_name()} list' shows them)"
    )
    raise InputError(f"{spec}: no such file or built-in routine{extra}")


def apply_overrides(routine: Routine, overrides: dict | None) -> Routine:
    """``routine`` with ``overrides`` (setting name -> value) replacing its settings."""
    if not overrides:
        return routine
    return replace(routine, settings=replace(routine.settings, **overrides))


def unsure_message(source: str, confidence: Confidence) -> str:
    """One line: the import is unsure, which exercises it doubts, the command that reviews it."""
    import shlex

    review = " ".join(
        [environment.prog_name()]
        + [shlex.quote(a) for a in ("import", source, "-o", f"{Path(source).stem or 'article'}.yaml")]
    )
    return (
        f"{source}: the import is unsure — {confidence.summary()}; nothing is played from it "
        f"unread — review it first: {review}, then play the .yaml"
    )


def load_spec(spec: str, overrides: dict | None = None) -> LoadedRoutine:
    """Load a routine from a YAML file, an article (.txt/.md/.html/.htm/.pdf or an http(s) URL,
    imported on the fly) or a built-in name; apply ``overrides``."""
    from voicecoach.routine.load import load_routine, load_routine_text

    path, builtin = locate(spec, (overrides or {}).get("language"))
    assumptions: tuple[str, ...] = ()
    if is_article(spec):
        from voicecoach.importer import import_source

        source = spec.strip() if is_url(spec) else path
        result = import_source(source)
        if result.confidence is not None and result.confidence.unsure:
            raise InputError(unsure_message(str(source), result.confidence))
        assumptions = tuple(result.assumptions)
        routine = load_routine_text(result.yaml_text, str(source))
    else:
        routine = load_routine(path)
    routine = apply_overrides(routine, overrides)
    check_one_language(routine, spec if builtin else str(path))
    return LoadedRoutine(routine, path, builtin, assumptions)


def check_one_language(routine: Routine, name: str) -> None:
    """Refuse a session that would speak two languages: the routine's own text in one and
    voicecoach's phrases (``settings.language`` / ``--language``) in another."""
    from voicecoach.phrases import Phrases, guess_language, routine_texts

    written = guess_language(routine_texts(routine))
    wanted = routine.settings.language
    if written is None or written == wanted:
        return
    names = {code: Phrases(code).table.get("_language", code) for code in (written, wanted)}
    if builtin_path(name) is not None:
        versions = ", ".join(builtin_versions(name))
        raise InputError(
            f"{name} has no {names[wanted]} version (it has: {versions}) — "
            f"'{environment.prog_name()} list' shows each built-in's languages"
        )
    raise InputError(
        f"{name} is written in {names[written]}, so a session in {names[wanted]} "
        f"({wanted}) would mix two languages — write its text in {names[wanted]} "
        f"and set 'language: {wanted}' in its settings, or leave --language out"
    )
