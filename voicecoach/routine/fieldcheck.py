"""Checks of single routine values and mappings, with messages that say how to fix them.

A value check takes the YAML node, a label such as ``"reps" in exercise 2`` and an
example such as ``reps: 10``; it returns the Python value or raises ``Invalid``.
``apply_spec`` runs a table of such checks over a mapping's entries for the builders
(``build_settings``, ``build_exercise``, ``build_blocks``).
"""

from __future__ import annotations

import difflib
import math
import os
from collections.abc import Callable, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.routine.timeparse import TIME_HELP, parse_seconds
from voicecoach.routine.yamlnodes import TAG, Invalid, Report, Scalar, line_col, scalar_value

Check = Callable[[Node, str, str], object]

# What one spoken text may be (docs/design.md, routine format): a name or title is said as a
# heading, an instruction as a paragraph; anything longer is a paste gone wrong, and costs
# synthesis time and memory (a 5,000-character run-on text needed 5.7 GB with Piper).
NAME_MAX_CHARS = 200
TEXT_MAX_CHARS = 4000


def clip(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(node: Node) -> str:
    """What a node is, for "got …" in messages."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value pairs)"
    if isinstance(node, SequenceNode):
        return "a list"
    if not isinstance(node, ScalarNode):
        return f'"{clip(str(node.value))}"'
    try:
        value = scalar_value(node)
    except Invalid:
        return f'"{clip(node.value)}"'
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{clip(node.value)} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {clip(node.value)}"
    return f'text "{clip(value)}"'


def unknown_key_message(key: str, valid: Sequence[str], where: str) -> str:
    close = difflib.get_close_matches(key, valid, n=1)
    hint = f'did you mean "{close[0]}"?' if close else "use one of: " + ", ".join(valid)
    return f'unknown key "{clip(key)}" {where} — {hint}'


def mapping_entries(
    node: MappingNode, valid: Sequence[str], where: str, report: Report
) -> dict[str, tuple[Node, Node]]:
    """Known keys of a mapping -> (key node, value node); reports unknown and duplicate keys."""
    entries: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            report.add(
                key_node, f"a key {where} must be plain text, got {describe(key_node)} — write key: value"
            )
            continue
        key = key_node.value
        if key_node.tag == TAG + "merge":
            continue  # reported by yamlnodes.node_problems
        if key in entries:
            first = line_col(entries[key][0])[0]
            report.add(
                key_node,
                f'duplicate key "{clip(key)}" {where} (first at line {first}) — keep only one of them',
            )
        elif key not in valid:
            report.add(key_node, unknown_key_message(key, valid, where))
        else:
            entries[key] = (key_node, value_node)
    return entries


def _scalar(node: Node) -> Scalar | Node:
    return scalar_value(node) if isinstance(node, ScalarNode) else node


def text(node: Node, label: str, example: str, limit: int = TEXT_MAX_CHARS) -> str:
    """A non-empty text of at most ``limit`` characters."""
    value = _scalar(node)
    if isinstance(value, (bool, int, float)):
        raise Invalid(
            node,
            f"{label} must be text, got {describe(node)} — put it in quotes "
            f'to use it as text: "{clip(node.value)}"',
        )
    if not isinstance(value, str):
        raise Invalid(node, f"{label} must be text, got {describe(node)} — write e.g. {example}")
    if not value.strip():
        raise Invalid(node, f"{label} is empty — write some text, e.g. {example}, or remove it")
    if len(value) > limit:
        fix = (
            "shorten it to a few words"
            if limit == NAME_MAX_CHARS
            else "shorten it, or move some of it into tips"
        )
        raise Invalid(
            node, f"{label} is {len(value):,} characters long, over the {limit:,} it may have — {fix}"
        )
    return value


def name(node: Node, label: str, example: str) -> str:
    """A name or title: a text of at most NAME_MAX_CHARS characters."""
    return text(node, label, example, NAME_MAX_CHARS)


def count(node: Node, label: str, example: str, minimum: int = 1) -> int:
    value = _scalar(node)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(node, f"{label} must be a whole number, got {describe(node)} — write e.g. {example}")
    if value < minimum:
        raise Invalid(node, f"{label} must be at least {minimum}, got {value} — write e.g. {example}")
    return value


def whole_number_from_zero(node: Node, label: str, example: str) -> int:
    return count(node, label, example, minimum=0)


def time(node: Node, label: str, example: str, allow_zero: bool = False) -> float:
    value = _scalar(node)
    try:
        seconds = parse_seconds(value)
    except ValueError:
        raise Invalid(
            node, f"{label} must be a time, got {describe(node)} — {TIME_HELP}; e.g. {example}"
        ) from None
    if seconds < 0 or (seconds == 0 and not allow_zero):
        need = "cannot be negative" if allow_zero else "must be longer than 0 seconds"
        fix = f"write 0 for none or a time, e.g. {example}" if allow_zero else f"write e.g. {example}"
        raise Invalid(node, f"{label} {need}, got {describe(node)} — {fix}")
    return seconds


def time_from_zero(node: Node, label: str, example: str) -> float:
    return time(node, label, example, allow_zero=True)


def boolean(node: Node, label: str, example: str) -> bool:
    value = _scalar(node)
    if not isinstance(value, bool):
        raise Invalid(
            node, f"{label} must be yes/no (true or false), got {describe(node)} — write e.g. {example}"
        )
    return value


def boolean_or(options: Sequence[str]) -> Check:
    """yes/no, or one of ``options`` (``alternate: reps``)."""

    def check(node: Node, label: str, example: str) -> bool | str:
        value = _scalar(node)
        if isinstance(value, bool) or (isinstance(value, str) and value in options):
            return value
        raise Invalid(
            node,
            f"{label} must be true, false or {' or '.join(options)}, got {describe(node)} — write e.g. {example}",
        )

    return check


def choice(options: Sequence[str]) -> Check:
    def check(node: Node, label: str, example: str) -> str:
        value = _scalar(node)
        if not isinstance(value, str) or value not in options:
            raise Invalid(
                node,
                f"{label} must be one of {', '.join(options)}, got {describe(node)} — write e.g. {example}",
            )
        return value

    return check


def whole_in(low: float, high: float) -> Callable[[Node, str, str], int]:
    """A whole number from ``low`` to ``high`` (2.0 reads as 2)."""
    check = number_in(low, high, whole=True)

    def whole(node: Node, label: str, example: str) -> int:
        return int(check(node, label, example))

    return whole


def number_in(low: float, high: float, whole: bool = False) -> Callable[[Node, str, str], float]:
    def check(node: Node, label: str, example: str) -> float:
        value = _scalar(node)
        if whole and isinstance(value, float) and value.is_integer():
            value = int(value)
        kind = "a whole number" if whole else "a number"
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (whole and not isinstance(value, int))
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            raise Invalid(node, f"{label} must be {kind}, got {describe(node)} — write e.g. {example}")
        if not low <= value <= high:
            raise Invalid(
                node, f"{label} must be between {low:g} and {high:g}, got {value} — write e.g. {example}"
            )
        return value if whole else float(value)

    return check


def apply_spec(entries: dict, spec: dict, where: str, report: Report) -> dict:
    """Check each entry that ``spec`` (YAML key -> (model field, check, example)) knows; model
    field -> value for the good ones, every bad one reported."""
    values = {}
    for key, (_, node) in entries.items():
        if key in spec:
            field, check, example = spec[key]
            try:
                values[field] = check(node, f'"{key}" {where}', example)
            except Invalid as err:
                report.add_invalid(err)
    return values


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag.endswith(":null")


def resolve_path(base: str, file: str) -> str:
    """A sound file path, relative ones taken from the routine file's directory."""
    return os.path.normpath(os.path.join(base, os.path.expanduser(file)))
