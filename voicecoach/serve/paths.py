"""Which file a request's path names, if any: only regular files whose real path lies inside
the served folder, outside dot-folders, never the feed's own memory.

A request path is untrusted: it may be percent-encoded NULs or lone surrogates,
``..`` segments, a symlink the folder holds to ``/etc``. ``resolve`` answers
with a file to open or a refusal that carries its HTTP status, never raises
anything else.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import unquote, urlsplit

from voicecoach.export.feed_files import MANIFEST, PAGE

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
HIDDEN = {MANIFEST}  # the feed's memory: made for voicecoach, not for phones


@dataclass(frozen=True)
class Refused(Exception):
    """A request this server does not answer with a file; ``status`` is a 4xx."""

    status: HTTPStatus
    reason: str


def resolve(folder: Path, request_path: str) -> Path:
    """The real path of the regular file ``request_path`` names inside ``folder``
    (``/`` = the page); raises Refused (400 for a path that is not text, 404 otherwise)."""
    try:
        path = unquote(urlsplit(request_path).path, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise Refused(HTTPStatus.BAD_REQUEST, "the path is not UTF-8 text") from None
    if "\x00" in path or re.search("[\ud800-\udfff]", path):
        raise Refused(HTTPStatus.BAD_REQUEST, "the path holds a NUL or a lone surrogate")
    parts = [p for p in path.split("/") if p]
    if path.endswith("/"):
        parts.append(PAGE)  # a folder's address is its page, if it has one
    if not parts or any(p.startswith(".") or "\\" in p for p in parts) or parts[-1] in HIDDEN:
        raise Refused(HTTPStatus.NOT_FOUND, "not served")
    root = os.path.realpath(folder)
    real = os.path.realpath(os.path.join(root, *parts))
    inside = os.path.commonpath([root, real]) == root
    if not inside or any(p.startswith(".") for p in Path(os.path.relpath(real, root)).parts):
        raise Refused(HTTPStatus.NOT_FOUND, "outside the folder")
    try:
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise Refused(HTTPStatus.NOT_FOUND, "not a file")
    except OSError:
        raise Refused(HTTPStatus.NOT_FOUND, "no such file") from None
    return Path(real)


def open_regular(real: Path):
    """Open ``real`` for reading, refusing (404) if it is no longer the regular file
    ``resolve`` found (replaced by a symlink or a FIFO in between)."""
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        raise Refused(HTTPStatus.NOT_FOUND, "no such file") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise Refused(HTTPStatus.NOT_FOUND, "not a file")
    return os.fdopen(fd, "rb")


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single ``bytes=`` range, clamped to ``size``; None if unsatisfiable.

    Raises ValueError for a header this server doesn't understand (several ranges):
    the whole file is then sent, as RFC 9110 allows.
    """
    m = _RANGE.match(header.strip().replace(" ", ""))
    if not m or (not m.group(1) and not m.group(2)):
        raise ValueError(header)
    first, last = m.group(1), m.group(2)
    if not first:  # the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            return None
        return max(0, size - n), size - 1
    a = int(first)
    b = min(int(last), size - 1) if last else size - 1
    if a >= size or b < a:
        return None
    return a, b
