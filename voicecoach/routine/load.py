"""Load a routine file (YAML) into the immutable Routine model.

Every problem in the file is reported at once, as ``RoutineError`` whose
problems read ``path:line:col: what is wrong — how to fix it``.  No other
exception type ever leaves ``load_routine`` or ``load_routine_text``.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import PurePath

from yaml.nodes import MappingNode, Node, ScalarNode

from voicecoach.errors import Problem, RoutineError
from voicecoach.model import (
    MAX_SESSION_S,
    SOUND_NAMES,
    Amrap,
    AnyBlock,
    Block,
    Emom,
    Exercise,
    Routine,
    Tabata,
)
from voicecoach.routine import build_blocks, build_settings
from voicecoach.routine import fieldcheck as fc
from voicecoach.routine.build_blocks import BLOCK_KEYS
from voicecoach.routine.build_exercise import EXERCISE_KEYS, PHASE_KEYS
from voicecoach.routine.build_settings import SETTINGS_KEYS
from voicecoach.routine.yamlnodes import (
    Invalid,
    Report,
    compose,
    decode,
    line_col,
    node_problems,
    tab_problems,
)

TOP_KEYS = ("title", "settings", "exercises")
DEFAULT_TITLE = "Untitled routine"

__all__ = [
    "load_routine",
    "load_routine_text",
    "routine_keys",
    "work_seconds",
    "default_title",
    "TOP_KEYS",
    "SETTINGS_KEYS",
    "EXERCISE_KEYS",
    "PHASE_KEYS",
    "BLOCK_KEYS",
    "SOUND_NAMES",
    "DEFAULT_TITLE",
]


def routine_keys() -> dict[str, tuple[str, ...]]:
    """The valid keys of each mapping of the routine format, by mapping kind."""
    return {
        "routine": TOP_KEYS,
        "settings": SETTINGS_KEYS,
        "sounds": SOUND_NAMES,
        "exercise": EXERCISE_KEYS,
        "phase": PHASE_KEYS,
        "block": BLOCK_KEYS,
    }


def load_routine(path: str | os.PathLike) -> Routine:
    """Read and check a routine file; raises RoutineError listing every problem."""
    try:
        name = os.fsdecode(path)
    except TypeError:
        raise RoutineError(
            [Problem(str(path), 1, 1, "not a file path — give the path of a .yaml routine file")]
        ) from None
    try:
        with open(name, "rb") as file:
            data = file.read()
    except (OSError, ValueError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        raise RoutineError(
            [
                Problem(
                    name,
                    1,
                    1,
                    f"cannot read the file ({reason}) — check the path and that the file is readable",
                )
            ]
        ) from None
    try:
        text = decode(data)
    except Invalid as err:
        raise RoutineError([Problem(name, *line_col(err.where), err.message)]) from None
    return load_routine_text(text, name)


def load_routine_text(text: str, path: str) -> Routine:
    """Check routine YAML ``text`` read from ``path`` (used in messages and to resolve
    relative sound paths); raises RoutineError listing every problem."""
    path = str(path)
    report, routine = Report(path), None
    try:
        if not isinstance(text, str):
            raise Invalid(
                (1, 1),
                f"the routine must be text, got {type(text).__name__} — decode the file as UTF-8 first",
            )
        routine = _load(text, path, report)
    except Invalid as err:
        report.add_invalid(err)
    except RecursionError:
        report.add((1, 1), "the routine is nested too deeply — use only a few levels of lists and mappings")
    except Exception as err:  # the contract: nothing but RoutineError leaves the loader
        report.add(
            (1, 1),
            f"internal error while checking the routine ({type(err).__name__}: "
            f"{fc.clip(str(err))}) — please report this bug with the file",
        )
    if report.problems or routine is None:
        raise RoutineError(
            report.problems or [Problem(path, 1, 1, "the routine could not be read — check the file")]
        )
    return routine


def _load(text: str, path: str, report: Report) -> Routine | None:
    tab_lines = set()
    for problem in tab_problems(text):
        report.add_invalid(problem)
        tab_lines.add(line_col(problem.where)[0])
    try:
        root = compose(text)
    except Invalid as err:
        if line_col(err.where)[0] not in tab_lines:  # else it is the tab's consequence
            report.add_invalid(err)
        return None
    if root is None:
        report.add(
            (1, 1),
            "the file is empty — write a routine, e.g. "
            '"title: Morning" and "exercises: [{name: Squats, reps: 10}]"',
        )
        return None
    for problem in node_problems(root):
        report.add(problem.where, problem.message, mute=True)  # its value is unusable
    if not isinstance(root, MappingNode):
        report.add(
            root,
            "the routine must be a mapping of keys (title, settings, exercises), "
            f'got {fc.describe(root)} — start with e.g. "title: Morning"',
        )
        return None
    return _routine(root, path, report)


def _routine(root: MappingNode, path: str, report: Report) -> Routine | None:
    base = os.path.dirname(os.path.abspath(path))
    # "x-…" keys hold YAML anchors to merge from (<<: *base), like docker-compose's
    root.value = [
        (k, v) for k, v in root.value if not (isinstance(k, ScalarNode) and str(k.value).startswith("x-"))
    ]
    entries = fc.mapping_entries(root, TOP_KEYS, "at the top level", report)
    title = _title(entries.get("title"), path, report)
    settings = build_settings.settings(entries.get("settings", (None, None))[1], base, report)
    if "exercises" not in entries:
        report.add(
            root,
            '"exercises" is missing — add a list of exercises, e.g. "exercises: [{name: Squats, reps: 10}]"',
        )
        return None
    key_node, list_node = entries["exercises"]
    exercises = build_blocks.exercises(list_node, base, report)
    if not exercises:
        return None
    routine = Routine(title=title, exercises=tuple(exercises), settings=settings)
    _check_length(routine, key_node, report)
    return routine


def default_title(path: str) -> str:
    """The title of a routine without one: ``foot-strength_v2.yaml`` -> ``"Foot strength v2"``."""
    words = re.sub(r"[-_\s]+", " ", PurePath(path).stem).strip()
    if not any(ch.isalnum() for ch in words):
        return DEFAULT_TITLE
    return words[0].upper() + words[1:]


def _title(entry: tuple[Node, Node] | None, path: str, report: Report) -> str:
    if entry is not None:
        try:
            return fc.name(entry[1], '"title"', "title: Foot strength for runners")
        except Invalid as err:
            report.add_invalid(err)
    return default_title(path)


def _product(*factors: float) -> float:
    """Product that is 0 when any factor is 0 and inf (not an error) when huge."""
    if any(f == 0 for f in factors):
        return 0.0
    result = 1.0
    for factor in factors:
        try:
            result *= float(factor)
        except OverflowError:
            result = math.inf
    return result


def _set_seconds(routine: Routine, ex: Exercise) -> float:
    """Seconds of work in one set of ``ex`` (no speech, no countdown)."""
    reps = ex.rep_count
    if ex.kind == "ready":
        return ex.fallback_s or 0.0
    if ex.kind == "phases":
        return _product(reps, math.fsum(p.seconds for p in ex.phases))
    if ex.kind == "counted":
        return _product(reps, routine.counted_pace(ex))
    return _product(reps, ex.rep_seconds) + _product(reps - 1, routine.resolved(ex, "relax_s"))


def work_seconds(routine: Routine) -> float:
    """A lower bound of the session length in seconds, without speech.

    Per exercise: sides x sets x (reps x (phases sum | hold | duration | pace) +
    (reps - 1) x relax between hold or timed reps) + sides x (sets - 1) x rest,
    plus ``rest_between`` between exercises.  May be ``inf`` for absurd values.
    """
    total = 0.0
    for entry in routine.exercises:
        if isinstance(entry, Block):
            total += _block_seconds(routine, entry)
        else:
            total += _exercise_seconds(routine, entry)
    gaps = max(0, len(routine.exercises) - 1)
    return total + _product(gaps, routine.settings.rest_between_s)


def _exercise_seconds(routine: Routine, ex: Exercise) -> float:
    sides = max(1, len(ex.sides))
    if ex.alternates_reps:  # both sides in each set, rep by rep
        one = _set_seconds(routine, ex)
        relax = routine.resolved(ex, "relax_s") if ex.kind != "counted" else 0.0
        turns = len(ex.sides) if len(ex.sides) > 1 else 2
        return _product(ex.sets, turns * one + (turns - 1) * relax) + _product(ex.sets - 1, ex.rest_s or 0.0)
    return _product(sides, ex.sets, _set_seconds(routine, ex)) + _product(
        sides, ex.sets - 1, ex.rest_s or 0.0
    )


def _block_seconds(routine: Routine, block: AnyBlock) -> float:
    """Circuit: rounds x its exercises + rests; Tabata: rounds x (work + rest); EMOM: a
    minute a round; AMRAP: its time cap."""
    if isinstance(block, Tabata):
        return _product(block.rounds, block.work_s + block.rest_s)
    if isinstance(block, Emom):
        return _product(block.rounds, 60.0)
    if isinstance(block, Amrap):
        return block.duration_s
    one = math.fsum(_exercise_seconds(routine, ex) for ex in block.exercises)
    between = routine.settings.rest_between_s if block.rest_between_s is None else block.rest_between_s
    rest = routine.settings.rest_between_s if block.rest_s is None else block.rest_s
    return (
        _product(block.rounds, one)
        + _product(block.rounds, len(block.exercises) - 1, between)
        + _product(block.rounds - 1, rest)
    )


def _check_length(routine: Routine, key_node: Node, report: Report) -> None:
    estimate = work_seconds(routine)
    if estimate > MAX_SESSION_S:
        length = "more than a million hours" if estimate > 3.6e9 else f"at least {estimate / 3600:.1f} hours"
        report.add(
            key_node,
            f"the session would last {length} (without speech), "
            f"over the {MAX_SESSION_S // 3600}-hour limit — use fewer exercises, "
            "sets or reps, or shorter holds, durations and rests",
        )
