"""Migration steps that rebuild a table, done by sqlite-utils' `transform()`.

SQLite's ALTER TABLE adds, renames and drops columns; anything more (a column's
type, NOT NULL, a default, a foreign key, the column order) needs the table made
anew, copied and swapped in, which `transform()` does, keeping the table's indexes.
It drops the table's triggers with the old table, so `rebuild` puts them back.
A step like this is a function in `schema.MIGRATIONS` (see database.py's
`_migrate`, which runs it with foreign keys checked at the end instead of acted on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def rebuild(db: sqlite_utils.Database, table: str, **changes: Any) -> None:
    """`db[table].transform(**changes)`, the table's triggers kept."""
    triggers = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table])]
    db[table].transform(**changes)  # type: ignore[union-attr]
    for sql in triggers:
        db.execute(sql)
