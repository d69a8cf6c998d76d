"""The speech cache's index: what each clip file must be, so a damaged clip is never used.

One SQLite file in the cache folder (``index.sqlite3``) holds, per clip key, the clip's length
in samples and the sha256 of its file's bytes, written after the file itself. A clip is used
only when its file's bytes have that hash and decode to that many samples; anything else (a
cut file, noise, another file in its place, a clip with no entry) is rendered again. SQLite
because render workers in several processes write entries at once (its locking, WAL mode).

The index is derived and re-creatable like the clips: when it cannot be opened or written, the
cache only costs speed (every clip without an entry is rendered again), never correctness.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import weakref
from pathlib import Path

INDEX_NAME = "index.sqlite3"
BUSY_TIMEOUT_S = 30  # other processes' writes are one short row each


_OPEN: weakref.WeakSet[ClipIndex] = weakref.WeakSet()  # indexes with a connection


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def close_all() -> None:
    """Close every index connection of this process; call before forking (SQLite: a
    connection must not be carried across fork, and a child's new connection to the same
    file would share the parent's lock records). Each reopens on its next use."""
    for index in list(_OPEN):
        index.close()


class ClipIndex:
    """``entry(key)`` -> (samples, sha256) or None; ``record(key, samples, sha256)``.

    Safe to use from several threads; a forked child opens its own connection (close_all
    before forking)."""

    def __init__(self, cache_dir: Path):
        self.path = Path(cache_dir) / INDEX_NAME
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # derived data: a lost last row is re-rendered
                db.execute(
                    "CREATE TABLE IF NOT EXISTS clips (key TEXT PRIMARY KEY, "
                    "samples INTEGER NOT NULL, sha256 TEXT NOT NULL)"
                )
            except sqlite3.Error:
                db.close()
                raise
            self._db, self._pid = db, os.getpid()
            _OPEN.add(self)
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None

    def entry(self, key: str) -> tuple[int, str] | None:
        """(samples, sha256) recorded for ``key``; None when there is none or no readable index."""
        try:
            with self._lock:
                row = (
                    self._connect()
                    .execute("SELECT samples, sha256 FROM clips WHERE key = ?", (key,))
                    .fetchone()
                )
        except (sqlite3.Error, OSError):
            return None
        return (int(row[0]), str(row[1])) if row else None

    def entries(self) -> dict[str, tuple[int, str]]:
        """Every entry (for checks and tests): key -> (samples, sha256)."""
        try:
            with self._lock:
                rows = self._connect().execute("SELECT key, samples, sha256 FROM clips").fetchall()
        except (sqlite3.Error, OSError):
            return {}
        return {key: (int(samples), str(sha)) for key, samples, sha in rows}

    def record(self, key: str, samples: int, sha256: str) -> None:
        """Remember what ``key``'s file is; an unwritable index is ignored (costs speed only)."""
        try:
            with self._lock:
                self._connect().execute(
                    "INSERT OR REPLACE INTO clips (key, samples, sha256) VALUES (?, ?, ?)",
                    (key, samples, sha256),
                )
        except (sqlite3.Error, OSError):
            pass
