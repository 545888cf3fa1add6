"""The one UPDATE that every repository's `update` shares."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping


def update_row(
    conn: sqlite3.Connection, table: str, row_id: int, fields: Mapping[str, object],
    allowed: frozenset[str],
) -> None:
    """Set `fields` on one row; only `allowed` column names ever reach the SQL text."""
    unknown = set(fields) - allowed
    if not fields or unknown:
        raise ValueError(f"cannot update {table} fields {sorted(unknown)}")
    assignments = ", ".join(f'"{key}" = ?' for key in fields)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*fields.values(), row_id))
