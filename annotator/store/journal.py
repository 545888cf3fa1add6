"""Changes made by other processes while a window has the project open.

The window watches; any other connection (the command line, a script through the
Project facade) marks the rows it changes while a window holds the project's lock.
Such a connection has TEMP triggers, like the undo log's, that upsert
`(table, rowid)` into the file's `change_marks` table with a new sequence number;
they are switched on per write transaction, under the write lock, only when a
window holds the project (store/lock.py `window_holds`), so a command run with no
window open, bulk imports included, writes no marks. The watching connection drops
its own triggers: its writes cost nothing extra.

The watcher asks SQLite's `PRAGMA data_version`, which changes only when another
connection has committed, a few times a second; when it changed, it reads the marks
newer than the last it saw. It reads them too at the start of each of its own write
transactions, under the write lock, so an undo is checked against every change made
before it. One mark per row (not per change) keeps the table no bigger than the rows
changed from outside, and the watcher prunes the marks it has read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from annotator.store.lock import window_holds
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

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self._conn = conn
        self._path = path
        self._read_only = read_only
        self._marking: bool | None = None  # the triggers' switch; None: not installed
        self._seen: int | None = None  # the newest mark read; None while not watching
        self._pruned = 0
        self._version = 0
        self._listener: OutsideListener | None = None
        self._marked = False  # the file has the change_marks table

    def install(self) -> None:
        """Give this connection the triggers that mark its changes, switched on."""
        if not _has_marks(self._conn):
            return  # a file not brought forward (read-only, older version)
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS mark_switch (marking INTEGER)")
        self._conn.execute("DELETE FROM temp.mark_switch")
        self._conn.execute("INSERT INTO temp.mark_switch VALUES (1)")
        self._marking = True
        mark = ("INSERT INTO change_marks(seq, tbl, rid) VALUES ("
                "(SELECT coalesce(max(seq), 0) + 1 FROM change_marks), '{t}', {row}.rowid)"
                " ON CONFLICT(tbl, rid) DO UPDATE SET seq = excluded.seq")
        for table in USER_TABLES:
            for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
                self._conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS mark_{table}_{event[0].lower()} "
                    f"AFTER {event} ON main.{table} "
                    f"WHEN (SELECT marking FROM temp.mark_switch) BEGIN "
                    f"{mark.format(t=table, row=row)}; END")

    def begin(self) -> None:
        """At the start of a write transaction (the write lock held): the watcher
        catches up; another connection marks its changes only if a window watches."""
        if self._seen is not None:
            self.catch_up()
        elif self._marking is not None:
            self._switch(window_holds(self._path))

    def end(self) -> None:
        """After it: marking stays on for writes made outside `begin` (the safe side)."""
        if self._seen is None and self._marking is False:
            self._switch(True)

    def _switch(self, on: bool) -> None:
        if on != self._marking:
            self._conn.execute("UPDATE temp.mark_switch SET marking = ?", (int(on),))
            self._marking = on

    @property
    def watching(self) -> bool:
        return self._seen is not None

    def watch(self, listener: OutsideListener) -> None:
        """From now on, tell `listener` which rows other connections change. Call it
        holding the project's lock, so that other connections start marking."""
        for table in USER_TABLES:
            for event in "iud":
                self._conn.execute(f"DROP TRIGGER IF EXISTS temp.mark_{table}_{event}")
        self._marking = None
        self._listener = listener
        self._marked = _has_marks(self._conn)
        if self._seen is None:
            # Under the write lock: a writer that looked for a window before the lock
            # was taken (and so made no marks) has committed, and what the window
            # reads from now on includes its change.
            barrier = not self._conn.in_transaction and not self._read_only
            if barrier:
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error:
                    barrier = False  # busy past the timeout: watch without the barrier
            try:
                self._seen = self._head()
                self._version = self._data_version()
            finally:
                if barrier:
                    self._conn.execute("COMMIT")

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

