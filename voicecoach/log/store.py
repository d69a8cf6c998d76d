"""The session log: one SQLite database (stdlib ``sqlite3``), one row per session.

Every write is one transaction (WAL journal, ``synchronous=FULL``), so a kill mid-write leaves
the last committed state. A damaged file is reported as ``LogError`` (one line, exit 1) and
never replaced or repaired: it may be the only record a patient has.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from voicecoach import environment
from voicecoach.errors import VoicecoachError

FILE = "log.sqlite3"
_COLUMNS = (
    "day",
    "routine",
    "title",
    "programme",
    "week",
    "source",
    "started",
    "ended",
    "planned_s",
    "played_s",
    "exercise",
    "exercises",
    "exercise_name",
    "set_number",
    "completed",
    "effort",
    "pain",
    "options",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,              -- local date the session was done, YYYY-MM-DD
  routine TEXT NOT NULL,          -- the routine's name: built-in name or file stem
  title TEXT NOT NULL,
  programme TEXT,                 -- the programme it was played from, if any
  week INTEGER,                   -- that programme's training week
  source TEXT NOT NULL,           -- play | done | page
  started TEXT, ended TEXT,       -- ISO 8601 local times; ended NULL while playing
  planned_s REAL, played_s REAL,
  exercise INTEGER, exercises INTEGER, exercise_name TEXT, set_number INTEGER,
  completed INTEGER NOT NULL DEFAULT 0,
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  pain INTEGER CHECK (pain BETWEEN 0 AND 9),
  options TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS sessions_day ON sessions (day);
"""


class LogError(VoicecoachError):
    """The log database cannot be read or written (damaged, locked, not a database)."""


@dataclass
class Entry:
    """One logged session. ``exercise`` is how far it got (1-based round-exercise; 0: before
    the first), ``set_number`` the set there; ``completed`` it was played to its end."""

    day: str
    routine: str
    title: str
    source: str
    completed: bool = False
    programme: str | None = None
    week: int | None = None
    started: str | None = None
    ended: str | None = None
    planned_s: float | None = None
    played_s: float | None = None
    exercise: int | None = None
    exercises: int | None = None
    exercise_name: str | None = None
    set_number: int | None = None
    effort: int | None = None
    pain: int | None = None
    options: dict = field(default_factory=dict)
    id: int | None = None

    @property
    def minutes(self) -> float | None:
        seconds = self.played_s if self.played_s is not None else self.planned_s
        return None if seconds is None else round(seconds / 60, 1)

    def to_json(self) -> dict:
        out = asdict(self)
        out["completed"] = bool(self.completed)
        out["minutes"] = self.minutes
        out["set"] = out.pop("set_number")
        return out


def log_path() -> Path:
    return environment.data_dir() / FILE


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Log:
    """The open log; use as a context manager. Raises LogError for a damaged file."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else log_path()
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> Log:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise LogError(
                f"cannot create {self.path.parent} for the log ({err.strerror}) — "
                "set VOICECOACH_DATA to a folder you can write"
            ) from None
        try:
            self._open()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _open(self) -> None:
        with self._guard():
            self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            check = self._db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            self._db.executescript("BEGIN IMMEDIATE;" + _SCHEMA + "COMMIT;")

    def _connection(self) -> sqlite3.Connection:
        """The open database: a Log is used inside ``with``, which opens it."""
        if self._db is None:
            raise RuntimeError("the log is used outside 'with Log(...)'")
        return self._db

    def __exit__(self, *exc) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @contextmanager
    def _guard(self):
        """sqlite3's errors as one LogError line; the file is never touched to "fix" it."""
        try:
            yield
        except sqlite3.Error as err:
            reason = " ".join(str(err).split()) or type(err).__name__
            if isinstance(err, sqlite3.OperationalError) and "locked" in reason:
                raise LogError(
                    f"the log {self.path} is locked by another voicecoach "
                    "(database is locked) — try again in a moment"
                ) from None
            if isinstance(err, sqlite3.OperationalError):  # permissions, a full disk, a folder
                raise LogError(
                    f"cannot use the log {self.path} ({reason}) — check that the file "
                    "and its folder are writable, or set VOICECOACH_DATA"
                ) from None
            raise LogError(
                f"the log {self.path} is damaged ({reason}) — it was left as it "
                "is: move it aside to start a new log, or restore a backup"
            ) from None

    def _transaction(self, work):
        with self._guard():
            self._connection().execute("BEGIN IMMEDIATE")
            try:
                result = work(self._db)
                self._connection().execute("COMMIT")
                return result
            except BaseException:
                self._connection().execute("ROLLBACK")
                raise

    def add(self, entry: Entry) -> int:
        """Insert ``entry``; returns its id."""
        values = _row(entry)
        sql = f"INSERT INTO sessions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
        return self._transaction(lambda db: db.execute(sql, values).lastrowid)

    def update(self, entry_id: int, **changes) -> None:
        """Change some columns of one entry (``set_number``, ``ended``, ``effort``…)."""
        if not changes:
            return
        names = list(changes)
        values = [
            json.dumps(v) if k == "options" else (int(v) if isinstance(v, bool) else v)
            for k, v in changes.items()
        ]
        sql = f"UPDATE sessions SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
        self._transaction(lambda db: db.execute(sql, values + [entry_id]))

    def entries(self) -> list[Entry]:
        """Every entry, oldest first."""
        with self._guard():
            rows = (
                self._connection()
                .execute(
                    f"SELECT id, {', '.join(_COLUMNS)} FROM sessions ORDER BY day, COALESCE(started, ''), id"
                )
                .fetchall()
            )
        return [_entry(row) for row in rows]


def _row(entry: Entry) -> list:
    out = []
    for name in _COLUMNS:
        value = getattr(entry, name)
        if name == "options":
            value = json.dumps(value, sort_keys=True)
        elif name == "completed":
            value = int(bool(value))
        out.append(value)
    return out


def _entry(row) -> Entry:
    values = dict(zip(("id",) + _COLUMNS, row, strict=True))
    values["completed"] = bool(values["completed"])
    try:
        values["options"] = json.loads(values["options"] or "{}")
    except ValueError:
        values["options"] = {}
    return Entry(**values)
