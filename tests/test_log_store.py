"""The session log's SQLite file under a kill: SIGKILL in the middle of writes leaves a
database that opens, passes SQLite's integrity check and holds whole rows only."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from voicecoach.log.store import Entry, Log

WRITER = """
import sys
from voicecoach.log.store import Entry, Log
with Log(sys.argv[1]) as log:
    n = 0
    while True:                      # big rows: each transaction spans many pages
        n += 1
        log.add(Entry(day="2026-12-07", routine="r", title="T", source="play", completed=True,
                      options={"n": n, "pad": "x" * 40000}))
"""


def test_sigkill_during_log_writes_leaves_a_readable_database(tmp_path):
    db = tmp_path / "log.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)])
    try:
        deadline = time.monotonic() + 30
        count = 0
        while count < 20 and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.05)
            try:
                with sqlite3.connect(db, timeout=5) as peek:
                    count = peek.execute("SELECT count(*) FROM sessions").fetchone()[0]
            except sqlite3.OperationalError:
                pass  # not created yet
        assert writer.poll() is None and count >= 20
    finally:
        os.kill(writer.pid, signal.SIGKILL)  # mid-write: it never stops writing
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Log(db) as log:
        entries = log.entries()
        assert len(entries) >= count
        assert [e.options["n"] for e in entries] == list(range(1, len(entries) + 1))  # whole rows
        assert all(len(e.options["pad"]) == 40000 for e in entries)
        log.add(Entry(day="2026-12-08", routine="r", title="T", source="done"))  # still writable
        assert len(log.entries()) == len(entries) + 1


def test_a_file_that_is_not_a_database_is_reported_not_replaced(tmp_path):
    import pytest

    from voicecoach.log.store import LogError

    db = tmp_path / "log.sqlite3"
    db.write_text("my notes, not a database\n" * 100)
    before = db.read_bytes()
    with pytest.raises(LogError) as err:
        with Log(db):
            pass
    assert str(err.value) == (
        f"the log {db} is damaged (file is not a database) — it was left as it is: "
        "move it aside to start a new log, or restore a backup"
    )
    assert db.read_bytes() == before
