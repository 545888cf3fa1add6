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

The old values are never spliced into the SQL as literals (quote() stops at a NUL,
so a text holding one came back cut short): each trigger copies them into a TEMP
table of its own beside the log, and the inverse is a prepared statement that
binds them when it is replayed.

Editing a transcript's text moves every coding and paragraph after the edit: one
keystroke in a long transcript would log thousands of rows, and the whole text. So
that part of an edit runs with the update triggers paused (`paused`) and is logged
as one logical entry (action "edit", `log_logical`), whose `inverse_sql` holds a
description of the reverse move (JSON) rather than SQL: replaying it calls the
handler the caller passes to `replay_inverse` (store/edits.py), which makes the move
and logs its own reverse in turn. The few rows an edit changes otherwise (a coding
clipped or removed, the paragraph typed in) are logged row by row as ever.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from annotator.store.schema import USER_TABLES


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One row change: the table, the row, what happened, and the SQL that reverses it."""

    table: str
    rowid: int
    action: str  # "insert", "update", "delete" or "edit" (logical: see the module)
    inverse_sql: str
    params: tuple[object, ...] = ()  # bound to the inverse's "?"s, in order


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def install(conn: sqlite3.Connection) -> None:
    """Create the TEMP log, its value tables and its triggers on this connection."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log ("
        " seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, action TEXT, inverse TEXT)"
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_pause (paused INTEGER NOT NULL)")
    if conn.execute("SELECT count(*) FROM temp.undo_pause").fetchone()[0] == 0:
        conn.execute("INSERT INTO temp.undo_pause VALUES (0)")
    for table in USER_TABLES:
        cols = _columns(conn, table)
        quoted = [f'"{c}"' for c in cols]
        col_list = ",".join(["rowid", *quoted])
        holes = ",".join("?" * (len(cols) + 1))
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_values(table)}"
                     f"(seq INTEGER PRIMARY KEY, {','.join(quoted)})")
        # Only the columns the UPDATE changed: renaming a transcript logs its old name,
        # not its text (the others are NULL in the value row, and not named in the
        # SQL). The list starts with a comma that substr() drops; an UPDATE that
        # changes nothing logs nothing (the WHEN clause).
        set_list = "substr(" + "||".join(
            f"CASE WHEN old.{q} IS NOT new.{q} THEN ',{q}=?' ELSE '' END"
            for q in quoted) + ", 2)"
        changed_values = ",".join(f"CASE WHEN old.{q} IS NOT new.{q} THEN old.{q} END"
                                  for q in quoted)
        changed = " OR ".join(f"old.{q} IS NOT new.{q}" for q in quoted)
        old_values = ",".join(f"old.{q}" for q in quoted)
        # last_insert_rowid() inside a trigger is the log row the trigger just wrote.
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_i AFTER INSERT ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', new.rowid, "
            f"'insert', 'DELETE FROM main.{table} WHERE rowid='||new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_u AFTER UPDATE ON main.{table} "
            f"WHEN NOT (SELECT paused FROM temp.undo_pause) AND ({changed}) BEGIN "
            f"INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', old.rowid, "
            f"'update', 'UPDATE main.{table} SET '||{set_list}||' WHERE rowid=?'); "
            f"INSERT INTO undo_values_{table} VALUES (last_insert_rowid(), {changed_values}); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_d BEFORE DELETE ON main.{table} "
            f"BEGIN INSERT INTO undo_log(tbl, rid, action, inverse) VALUES ('{table}', "
            f"old.rowid, 'delete', 'INSERT INTO main.{table}({col_list}) VALUES({holes})'); "
            f"INSERT INTO undo_values_{table} VALUES (last_insert_rowid(), {old_values}); END"
        )


@contextmanager
def paused(conn: sqlite3.Connection) -> Iterator[None]:
    """Row updates inside are not logged: the caller logs them as one logical entry."""
    conn.execute("UPDATE temp.undo_pause SET paused = 1")
    try:
        yield
    finally:
        conn.execute("UPDATE temp.undo_pause SET paused = 0")


def log_logical(conn: sqlite3.Connection, table: str, rowid: int, payload: str) -> None:
    """Log an entry whose reversal `payload` describes (see the module docstring)."""
    conn.execute("INSERT INTO temp.undo_log(tbl, rid, action, inverse) VALUES (?, ?, 'edit', ?)",
                 (table, rowid, payload))


def _values(table: str) -> str:
    return f"temp.undo_values_{table}"


def head(conn: sqlite3.Connection) -> int:
    """The sequence number of the newest entry (0 when empty)."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM temp.undo_log").fetchone()[0])


def take(conn: sqlite3.Connection, after: int) -> tuple[LogEntry, ...]:
    """Remove and return the entries written since `after`, oldest first."""
    rows = conn.execute(
        "SELECT seq, tbl, rid, action, inverse FROM temp.undo_log WHERE seq > ? ORDER BY seq",
        (after,),
    ).fetchall()
    conn.execute("DELETE FROM temp.undo_log WHERE seq > ?", (after,))
    values: dict[int, tuple[object, ...]] = {}
    columns: dict[str, list[str]] = {}
    for table in {row[1] for row in rows if row[3] in ("update", "delete")}:
        columns[table] = _columns(conn, table)
        values.update((row[0], row[1:]) for row in conn.execute(
            f"SELECT * FROM {_values(table)} WHERE seq > ?", (after,)))
        conn.execute(f"DELETE FROM {_values(table)} WHERE seq > ?", (after,))
    return tuple(LogEntry(table, rid, action, inverse,
                          _params(action, inverse, rid, columns.get(table, []),
                                  values.get(seq, ())))
                 for seq, table, rid, action, inverse in rows)


def _params(action: str, inverse: str, rowid: int, columns: list[str],
            values: tuple[object, ...]) -> tuple[object, ...]:
    """What the inverse binds: every old value of a deleted row, or the changed ones of
    an updated row (the columns its SET names, in the table's order), then the rowid."""
    if action == "delete":
        return (rowid, *values)
    if action == "update":
        named = inverse.split(" SET ", 1)[1]
        return (*(v for c, v in zip(columns, values, strict=True) if f'"{c}"=?' in named),
                rowid)
    return ()


def replay_inverse(conn: sqlite3.Connection, entries: tuple[LogEntry, ...],
                   logical: Callable[[LogEntry], None] | None = None) -> tuple[LogEntry, ...]:
    """Reverse `entries` (newest first) and return the entries that reverse the reversal.

    `logical` replays a logical entry (action "edit"), logging its own reverse.

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
        if entry.action == "edit":
            if logical is None:
                raise ValueError("a logical undo entry needs its handler")
            logical(entry)
            continue
        conn.execute(entry.inverse_sql, entry.params)
    _delete(conn, table, rowids)
    return take(conn, start)


def _delete(conn: sqlite3.Connection, table: str, rowids: list[int]) -> None:
    if rowids:
        conn.executemany(f"DELETE FROM main.{table} WHERE rowid = ?", [(r,) for r in rowids])
