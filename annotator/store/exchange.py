"""Lookups that project exchange needs and no other repository offers: rows by GUID."""

from __future__ import annotations

import sqlite3

# Only these table names ever reach the SQL text.
_TABLES_WITH_GUIDS = frozenset({"sources", "codes", "codings", "memos", "themes", "cases"})


class ExchangeQueries:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def ids_by_guid(self, table: str) -> dict[str, int]:
        """Every GUID of `table` (upper-cased: GUIDs are case-insensitive) -> row id."""
        if table not in _TABLES_WITH_GUIDS:
            raise ValueError(f"{table} has no GUIDs")
        return {str(guid).upper(): int(row_id)
                for row_id, guid in self._conn.execute(f"SELECT id, guid FROM {table}")}
