"""Row-level undo: temporary triggers record the inverse of every change.

This is SQLite's own undo/redo recipe (sqlite.org/undoredo.html). Each trigger
on a user table appends the SQL that reverses its row change to a TEMP table,
so the log lives only as long as the connection: the undo history is lost on
close, the data never is. An operation's entries are taken out of the log when
its transaction ends; replaying them backwards undoes it and, because the
triggers are still watching, records the redo at the same time.

Working at row level means merges, cascaded deletes and anything a future
operation does are undone exactly, without each operation writing its own
inverse by hand.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.store.schema import USER_TABLES


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One row change: the table, the row, what happened, and the SQL that reverses it."""

    table: str
    rowid: int
    action: str  # "insert", "update" or "delete": what the forward change did
    inverse_sql: str


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def install(conn: sqlite3.Connection) -> None:
    """Create the TEMP log and its triggers on this connection."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log ("
        " seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, action TEXT, inverse TEXT)"
    )
    for table in USER_TABLES:
        cols = _columns(conn, table)
        quoted = [f'"{c}"' for c in cols]
        col_list = ",".join(["rowid", *quoted])
        insert_values = "||','||".join(["old.rowid", *[f"quote(old.{q})" for q in quoted]])
        # Only the columns the UPDATE changed: renaming a transcript logs its old name,
        # not its text. The list starts with a comma that substr() drops; an UPDATE
        # that changes nothing logs nothing (the WHEN clause).
        set_list = "substr(" + "||".join(
            f"CASE WHEN old.{q} IS NOT new.{q} THEN ',{q}='||quote(old.{q}) ELSE '' END"
            for q in quoted) + ", 2)"
        changed = " OR ".join(f"old.{q} IS NOT new.{q}" for q in quoted)
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_i AFTER INSERT ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', new.rowid, "
            f"'insert', 'DELETE FROM main.{table} WHERE rowid='||new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_u AFTER UPDATE ON main.{table} "
            f"WHEN {changed} BEGIN "
            f"INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', old.rowid, "
            f"'update', 'UPDATE main.{table} SET '||{set_list}||' WHERE rowid='||old.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_d BEFORE DELETE ON main.{table} "
            f"BEGIN INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', "
            f"old.rowid, 'delete', 'INSERT INTO main.{table}({col_list}) VALUES('||"
            f"{insert_values}||')'); END"
        )


def head(conn: sqlite3.Connection) -> int:
    """The sequence number of the newest entry (0 when empty)."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM temp.undo_log").fetchone()[0])


def take(conn: sqlite3.Connection, after: int) -> tuple[LogEntry, ...]:
    """Remove and return the entries written since `after`, oldest first."""
    rows = conn.execute(
        "SELECT tbl, rid, action, inverse FROM temp.undo_log WHERE seq > ? ORDER BY seq",
        (after,),
    ).fetchall()
    conn.execute("DELETE FROM temp.undo_log WHERE seq > ?", (after,))
    return tuple(LogEntry(*row) for row in rows)


def replay_inverse(conn: sqlite3.Connection, entries: tuple[LogEntry, ...]) -> tuple[LogEntry, ...]:
    """Reverse `entries` (newest first) and return the entries that reverse the reversal.

    Must run inside a transaction. Foreign keys are checked at commit, since
    the inverse of a cascaded delete re-inserts children before their parent.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    start = head(conn)
    # A run of inserts (Code all results adds thousands) is undone by one prepared
    # DELETE, in the same order: parsing 44,000 distinct statements took seconds.
    table, rowids = "", []
    for entry in reversed(entries):
        if entry.action == "insert" and entry.table in USER_TABLES:
            if entry.table != table:
                _delete(conn, table, rowids)
                table, rowids = entry.table, []
            rowids.append(entry.rowid)
            continue
        _delete(conn, table, rowids)
        table, rowids = "", []
        conn.execute(entry.inverse_sql)
    _delete(conn, table, rowids)
    return take(conn, start)


def _delete(conn: sqlite3.Connection, table: str, rowids: list[int]) -> None:
    if rowids:
        conn.executemany(f"DELETE FROM main.{table} WHERE rowid = ?", [(r,) for r in rowids])
