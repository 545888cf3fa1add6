"""Memos on the project, a source, a code, a theme, a coding or a case; journal entries."""

from __future__ import annotations

import sqlite3

from annotator.model.entities import Memo

_COLS = "id, guid, target_kind, target_id, title, body, author, created, updated"


class MemoRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self, *, guid: str, target_kind: str, target_id: int | None, title: str, body: str,
        author: str, created: str,
    ) -> int:
        cur = self._conn.execute(
            "INSERT INTO memos(guid, target_kind, target_id, title, body, author, created,"
            " updated) VALUES (?,?,?,?,?,?,?,?)",
            (guid, target_kind, target_id, title, body, author, created, created),
        )
        return int(cur.lastrowid or 0)

    def get(self, memo_id: int) -> Memo | None:
        row = self._conn.execute(f"SELECT {_COLS} FROM memos WHERE id = ?", (memo_id,)).fetchone()
        return Memo(*row) if row else None

    def for_target(self, target_kind: str, target_id: int | None) -> Memo | None:
        row = self._conn.execute(
            f"SELECT {_COLS} FROM memos WHERE target_kind = ? AND target_id IS ? ORDER BY id",
            (target_kind, target_id),
        ).fetchone()
        return Memo(*row) if row else None

    def list(self, target_kind: str | None = None) -> list[Memo]:
        if target_kind is None:
            rows = self._conn.execute(f"SELECT {_COLS} FROM memos ORDER BY id").fetchall()
        else:
            rows = self._conn.execute(
                f"SELECT {_COLS} FROM memos WHERE target_kind = ? ORDER BY created DESC, id DESC",
                (target_kind,),
            ).fetchall()
        return [Memo(*row) for row in rows]

    def update(self, memo_id: int, *, title: str, body: str, updated: str) -> None:
        self._conn.execute(
            "UPDATE memos SET title = ?, body = ?, updated = ? WHERE id = ?",
            (title, body, updated, memo_id),
        )

    def delete(self, memo_id: int) -> None:
        self._conn.execute("DELETE FROM memos WHERE id = ?", (memo_id,))

    def delete_for(self, target_kind: str, target_ids: list[int]) -> None:
        self._conn.executemany(
            "DELETE FROM memos WHERE target_kind = ? AND target_id = ?",
            [(target_kind, tid) for tid in target_ids],
        )

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM memos").fetchone()[0])
