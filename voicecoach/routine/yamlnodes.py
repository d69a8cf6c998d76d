"""Safe YAML reading with positions: bytes -> text -> node tree -> plain values.

Every function here reports problems as ``Invalid`` (one problem) or through a
``Report`` (many), always with a 1-based line and column, never another
exception type.  Only the standard safe tags are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml
from yaml.constructor import SafeConstructor
from yaml.error import Mark
from yaml.events import StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voicecoach.errors import Problem

TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = {TAG + "str", TAG + "timestamp", TAG + "value"}  # kept as written
_BUILDERS = {
    TAG + "bool": "construct_yaml_bool",
    TAG + "int": "construct_yaml_int",
    TAG + "float": "construct_yaml_float",
}
_COLLECTION_TAGS: dict[type[Node], str] = {MappingNode: TAG + "map", SequenceNode: TAG + "seq"}
_CONSTRUCTOR = SafeConstructor()
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

Position = Node | tuple[int, int]  # a node, or (line, column) 1-based
# What a YAML scalar means: the standard tags the loader builds, nothing else.
Scalar = None | bool | int | float | str


def line_col(where: Position) -> tuple[int, int]:
    """1-based (line, col) of a node's start, or the given pair."""
    if isinstance(where, Node):
        return where.start_mark.line + 1, where.start_mark.column + 1
    return where


class Invalid(Exception):
    """One problem at one place; ``message`` is "what is wrong — how to fix it"."""

    def __init__(self, where: Position, message: str):
        super().__init__(message)
        self.where, self.message = where, message


class Report:
    """Collects the problems of one file, without duplicates, in file order."""

    def __init__(self, path: str):
        self.path = path
        self._problems: dict[tuple, Problem] = {}
        self._muted: set[tuple[int, int]] = set()

    def add(self, where: Position, message: str, mute: bool = False) -> None:
        """Record a problem; ``mute`` drops later problems at the same place."""
        line, col = line_col(where)
        if (line, col) in self._muted:
            return
        if mute:
            self._muted.add((line, col))
        problem = Problem(self.path, line, col, message)
        self._problems.setdefault((line, col, message), problem)

    def add_invalid(self, err: Invalid) -> None:
        self.add(err.where, err.message)

    @property
    def problems(self) -> list[Problem]:
        return sorted(self._problems.values(), key=lambda p: (p.line, p.col))


def offset_line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, col) of a character offset in ``text``."""
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def decode(data: bytes) -> str:
    """UTF-8 text of a routine file (a leading BOM is dropped); Invalid if not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Invalid((1, 1), "the file is UTF-16 text — save it as UTF-8")
    if b"\x00" in data:
        raise Invalid(
            (1, 1), "the file is binary (it contains NUL bytes), not a YAML routine — give a .yaml text file"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8", errors="replace")
        line, col = offset_line_col(good, len(good))
        raise Invalid(
            (line, col),
            f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x}) — save it with UTF-8 encoding",
        ) from None


def tab_problems(text: str) -> Iterator[Invalid]:
    """A problem for every line whose indentation contains a tab."""
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.lstrip(" \t")
        indent = line[: len(line) - len(content)]
        if "\t" in indent and content.strip():
            yield Invalid(
                (number, indent.index("\t") + 1), "tab character used for indentation — indent with spaces"
            )


def compose(text: str) -> Node | None:
    """The node tree of the single YAML document in ``text`` (None when empty)."""
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        loader.get_event()  # StreamStart
        if loader.check_event(StreamEndEvent):
            return None
        node = loader.compose_document()
        merge_keys(node)
        if not loader.check_event(StreamEndEvent):
            raise Invalid(
                _mark(loader.peek_event().start_mark),
                "a second YAML document starts here — keep one routine per file "
                "(remove the extra '---' or split the file)",
            )
        return node
    except yaml.MarkedYAMLError as err:
        raise Invalid(_mark(err.problem_mark or err.context_mark), _syntax_message(err)) from None
    except yaml.reader.ReaderError as err:
        char = f"U+{err.character:04X}" if isinstance(err.character, int) else repr(err.character)
        raise Invalid(
            offset_line_col(text, err.position),
            f"control character {char} is not allowed in YAML — remove it, or "
            'write it as an escape inside double quotes, e.g. "\\t"',
        ) from None
    except yaml.YAMLError as err:
        raise Invalid((1, 1), f"YAML error: {err} — fix the YAML syntax") from None
    except RecursionError:
        raise Invalid(
            (1, 1), "the YAML is nested too deeply — a routine needs only a few levels of lists and mappings"
        ) from None
    finally:
        if loader is not None:
            loader.dispose()


def merge_keys(root: Node | None) -> None:
    """Resolve YAML merge keys (``<<: *base``, ``<<: [*a, *b]``) in place, as YAML 1.1 says:
    keys written in the mapping win over merged ones, earlier merged mappings over later.

    Safe against alias bombs: each mapping is resolved once (aliases share nodes) and a
    merged mapping only gains keys that are distinct, so no mapping grows beyond the number
    of distinct keys in the file; the tree is walked without recursion."""
    done: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)] if root is not None else []
    while stack:
        node, children_done = stack.pop()
        if id(node) in done or isinstance(node, ScalarNode):
            continue
        if not children_done:
            stack.append((node, True))
            children = (
                node.value if isinstance(node, SequenceNode) else [n for pair in node.value for n in pair]
            )
            stack.extend((child, False) for child in reversed(children) if id(child) not in done)
            continue
        done.add(id(node))
        if isinstance(node, MappingNode):
            _merge_one(node)


def _merge_one(node: MappingNode) -> None:
    merged, own = [], []
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.tag == TAG + "merge":
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for source in sources:
                if not isinstance(source, MappingNode):
                    raise Invalid(
                        key,
                        "a merge key (<<) takes an alias of a mapping, e.g. "
                        '"<<: *base" where "base: &base {reps: 10}" — '
                        "fix the value after <<",
                    )
                merged.extend(source.value)
        else:
            own.append((key, value))
    if not merged:
        return
    seen = {_key_id(k) for k, _ in own}
    extra = []
    for key, value in merged:
        if _key_id(key) not in seen:
            seen.add(_key_id(key))
            extra.append((key, value))
    node.value = own + extra


def _key_id(key: Node) -> object:
    return ("s", key.value) if isinstance(key, ScalarNode) else ("n", id(key))


def _mark(mark: Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _syntax_message(err: yaml.MarkedYAMLError) -> str:
    what = " ".join(filter(None, [err.context, err.problem]))
    return (
        f"YAML syntax error: {what} — check the indentation, colons and quotes here "
        "and on the line before; quote text that contains ': ' or starts with a symbol"
    )


def short_tag(tag: str) -> str:
    return "!!" + tag[len(TAG) :] if tag.startswith(TAG) else tag


def _bad_tag(node: Node) -> Invalid:
    if node.tag == TAG + "merge":
        return Invalid(node, "merge keys (<<) are not supported — write the keys out in full")
    return Invalid(
        node,
        f'unsupported YAML tag "{short_tag(node.tag)}" — remove the tag; routines use plain YAML values only',
    )


def scalar_value(node: ScalarNode) -> Scalar:
    """The Python value of a scalar: None, bool, int, float or str."""
    if node.tag == TAG + "null":
        return None
    if node.tag in _TEXT_TAGS:
        return node.value
    if node.tag not in _BUILDERS:
        raise _bad_tag(node)
    try:
        return getattr(_CONSTRUCTOR, _BUILDERS[node.tag])(node)
    except Exception:  # e.g. "!!int abc"
        raise Invalid(
            node, f'"{node.value}" is not a valid {short_tag(node.tag)} — remove the tag or fix the value'
        ) from None


def node_problems(root: Node) -> Iterator[Invalid]:
    """A problem for every node with a tag outside the safe standard set, and for every
    text with a lone surrogate (a ``"\\uD800"`` escape): no file, terminal or voice takes it."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if node.tag != TAG + "null" and node.tag not in _TEXT_TAGS | set(_BUILDERS):
                yield _bad_tag(node)
            elif _LONE_SURROGATE.search(node.value):
                yield Invalid(
                    node,
                    "the text has a lone surrogate escape (\\uD800-\\uDFFF), "
                    "which is not a character — write the character itself, "
                    "or \\U0001F600 style for one beyond \\uFFFF",
                )
            continue
        if node.tag != _COLLECTION_TAGS[type(node)]:
            yield _bad_tag(node)
        children = node.value if isinstance(node, SequenceNode) else [n for pair in node.value for n in pair]
        stack.extend(reversed(children))
