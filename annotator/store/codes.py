"""The code tree: codes with a parent, a colour, a description and a sort order."""

from __future__ import annotations

import sqlite3

from annotator.model.entities import Code
from annotator.store.rows import update_row

_COLS = "id, guid, parent_id, name, color, description, sort"

_UPDATABLE = frozenset({"name", "color", "description", "parent_id", "sort"})


class CodeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self, *, guid: str, name: str, parent_id: int | None, color: str, description: str,
        sort: int | None = None,
    ) -> int:
        if sort is None:
            sort = self.next_sort(parent_id)
        cur = self._conn.execute(
            "INSERT INTO codes(guid, parent_id, name, color, description, sort)"
            " VALUES (?,?,?,?,?,?)",
            (guid, parent_id, name, color, description, sort),
        )
        return int(cur.lastrowid or 0)

    def next_sort(self, parent_id: int | None) -> int:
        row = self._conn.execute(
            "SELECT coalesce(max(sort), -1) + 1 FROM codes WHERE parent_id IS ?", (parent_id,)
        ).fetchone()
        return int(row[0])

    def get(self, code_id: int) -> Code | None:
        row = self._conn.execute(f"SELECT {_COLS} FROM codes WHERE id = ?", (code_id,)).fetchone()
        return Code(*row) if row else None

    def all(self) -> list[Code]:
        """Every code, parents before children, siblings in their sort order."""
        rows = self._conn.execute(f"SELECT {_COLS} FROM codes ORDER BY sort, id").fetchall()
        by_parent: dict[int | None, list[Code]] = {}
        for row in rows:
            code = Code(*row)
            by_parent.setdefault(code.parent_id, []).append(code)
        ordered: list[Code] = []

        def walk(parent: int | None) -> None:
            for code in by_parent.get(parent, []):
                ordered.append(code)
                walk(code.id)

        walk(None)
        return ordered

    def children(self, parent_id: int | None) -> list[Code]:
        rows = self._conn.execute(
            f"SELECT {_COLS} FROM codes WHERE parent_id IS ? ORDER BY sort, id", (parent_id,)
        ).fetchall()
        return [Code(*row) for row in rows]

    def find_child(self, parent_id: int | None, name: str) -> Code | None:
        row = self._conn.execute(
            f"SELECT {_COLS} FROM codes WHERE parent_id IS ? AND name = ?", (parent_id, name)
        ).fetchone()
        return Code(*row) if row else None

    def update(self, code_id: int, **fields: object) -> None:
        update_row(self._conn, "codes", code_id, fields, _UPDATABLE)

    def delete(self, code_id: int) -> None:
        self._conn.execute("DELETE FROM codes WHERE id = ?", (code_id,))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM codes").fetchone()[0])

    def usage(self) -> dict[int, tuple[int, int]]:
        """code id -> (number of codings, number of sources it is used in)."""
        rows = self._conn.execute(
            "SELECT code_id, count(*), count(DISTINCT source_id) FROM codings GROUP BY code_id"
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}
