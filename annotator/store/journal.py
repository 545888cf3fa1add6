"""Changes made by other processes while a window has the project open.

The window watches; every other connection (the command line, a script through the
Project facade) marks the rows it changes. Each such connection gets TEMP triggers,
like the undo log's, that upsert `(table, rowid)` into the file's `change_marks`
table with a new sequence number; the watching connection drops its own, so that its
writes (a bulk coding of 20,000 rows included) cost nothing extra.

The watcher asks SQLite's `PRAGMA data_version`, which changes only when another
connection has committed, a few times a second; when it changed, it reads the marks
newer than the last it saw. It reads them too at the start of each of its own write
transactions, under the write lock, so an undo is checked against every change made
before it. One mark per row (not per change) keeps the table no bigger than the rows
ever changed from outside, and the watcher prunes the marks it has read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from annotator.store.schema import USER_TABLES

Rows = dict[str, frozenset[int]]
OutsideListener = Callable[[Rows], None]


class ReplayConflict(Exception):
    """Undo or redo met a row that is no longer as it left it (changed from outside)."""


def _has_marks(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table'"
                        " AND name = 'change_marks'").fetchone() is not None


class ChangeJournal:
    """Marks this connection's changes for a watcher, or watches other connections'."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._seen: int | None = None  # the newest mark read; None while not watching
        self._pruned = 0
        self._version = 0
        self._listener: OutsideListener | None = None
        self._marked = False  # the file has the change_marks table

    def install(self) -> None:
        """Mark every change this connection makes to a user table."""
        if not _has_marks(self._conn):
            return  # a file not brought forward (read-only, older version)
        mark = ("INSERT INTO change_marks(seq, tbl, rid) VALUES ("
                "(SELECT coalesce(max(seq), 0) + 1 FROM change_marks), '{t}', {row}.rowid)"
                " ON CONFLICT(tbl, rid) DO UPDATE SET seq = excluded.seq")
        for table in USER_TABLES:
            for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
                self._conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS mark_{table}_{event[0].lower()} "
                    f"AFTER {event} ON main.{table} BEGIN "
                    f"{mark.format(t=table, row=row)}; END")

    @property
    def watching(self) -> bool:
        return self._seen is not None

    def watch(self, listener: OutsideListener) -> None:
        """From now on, tell `listener` which rows other connections change."""
        for table in USER_TABLES:
            for event in "iud":
                self._conn.execute(f"DROP TRIGGER IF EXISTS temp.mark_{table}_{event}")
        self._listener = listener
        self._marked = _has_marks(self._conn)
        if self._seen is None:
            self._seen = self._head()
            self._version = self._data_version()

    def unwatch(self) -> None:
        self._listener = None
        self._seen = None
        self.install()

    def poll(self) -> None:
        """Cheap unless another connection committed since the last call."""
        if self._seen is None:
            return
        version = self._data_version()
        if version != self._version:
            self._version = version
            self.catch_up()

    def catch_up(self) -> None:
        """Read the marks newer than the last seen and tell the listener their rows.

        Inside one of our write transactions nobody else can commit meanwhile, so
        what is read here is everything changed before our change.
        """
        if self._seen is None or not self._marked:
            return
        found = self._conn.execute("SELECT seq, tbl, rid FROM change_marks WHERE seq > ?",
                                   (self._seen,)).fetchall()
        if self._conn.in_transaction and self._pruned < self._seen:
            # The newest mark stays: the next sequence number is counted from it.
            self._conn.execute("DELETE FROM change_marks WHERE seq < ?", (self._seen,))
            self._pruned = self._seen
        if not found:
            return
        self._seen = max(seq for seq, _t, _r in found)
        rows: dict[str, set[int]] = {}
        for _seq, table, rowid in found:
            rows.setdefault(table, set()).add(rowid)
        if self._listener is not None:
            self._listener({t: frozenset(ids) for t, ids in rows.items()})

    def _head(self) -> int:
        if not _has_marks(self._conn):
            return 0
        return int(self._conn.execute("SELECT coalesce(max(seq), 0) FROM change_marks")
                   .fetchone()[0])

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
