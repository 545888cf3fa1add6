"""Codings: a code applied to the excerpt [start, end) of a source."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence

from annotator.model.entities import Coding
from annotator.store.rows import update_row

_COLS = 'id, guid, source_id, code_id, start, "end", created_at, coder, memo'
_INSERT = ('INSERT INTO codings(guid, source_id, code_id, start, "end", created_at, coder, memo)'
           " VALUES (?,?,?,?,?,?,?,?)")

NewCoding = tuple[str, int, int, int, int, str, str, str]
"""(guid, source_id, code_id, start, end, created_at, coder, memo) of a coding to add."""

_UPDATABLE = frozenset({"start", "end", "memo", "code_id", "illustrative"})


class CodingRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self, *, guid: str, source_id: int, code_id: int, start: int, end: int,
        created_at: str, coder: str, memo: str,
    ) -> int:
        cur = self._conn.execute(
            _INSERT, (guid, source_id, code_id, start, end, created_at, coder, memo))
        return int(cur.lastrowid or 0)

    def add_many(self, rows: Sequence[NewCoding]) -> list[int]:
        """Add many codings at once, inside the caller's transaction (the undo log's
        triggers fire row by row); their ids, in order.

        One prepared INSERT run by executemany: 20,000 codings take about 0.17 s of CPU
        with the undo log and the change marks watching (bench/bulk_bench.py), against
        0.3-0.7 s by sqlite-utils' insert_all (multi-row INSERTs built in Python).
        """
        if not rows:
            return []
        self._conn.executemany(_INSERT, rows)
        # A rowid table without AUTOINCREMENT numbers each new row max + 1, so the rows
        # just added are the newest ids, in order; checked at both ends, else looked up.
        last = int(self._conn.execute("SELECT max(id) FROM codings").fetchone()[0])
        first = last - len(rows) + 1
        ends = dict(self._conn.execute("SELECT id, guid FROM codings WHERE id IN (?, ?)",
                                       (first, last)))
        if ends.get(first) == rows[0][0] and ends.get(last) == rows[-1][0]:
            return list(range(first, last + 1))
        guids = [row[0] for row in rows]
        ids = dict(self._conn.execute(
            "SELECT guid, id FROM codings WHERE guid IN (SELECT value FROM json_each(?))",
            (json.dumps(guids),)))
        return [int(ids[guid]) for guid in guids]

    def owners(self, ids: Collection[int] | None = None) -> list[tuple[int, int, int]]:
        """(id, source id, code id) of the given codings that exist; of all when None.

        By primary key, so a change's few ids cost a few index lookups (the counts
        of codings per code and per transcript follow changes with it)."""
        if ids is None:
            return self._conn.execute("SELECT id, source_id, code_id FROM codings").fetchall()
        return self._conn.execute(
            "SELECT id, source_id, code_id FROM codings"
            " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
        ).fetchall()

    def overlapping(self, source_id: int, start: int, end: int) -> list[Coding]:
        """The codings of a source with ``s < end and e > start`` (``end`` at least
        ``start + 1``: an empty range asks what covers ``start``), in document order.
        Through the (source_id, start) index: no transcript's codings are all read."""
        rows = self._conn.execute(
            f'SELECT {_COLS} FROM codings WHERE source_id = ? AND start < ? AND "end" > ?'
            ' ORDER BY start, "end", id', (source_id, max(end, start + 1), start)).fetchall()
        return [Coding(*row) for row in rows]

    def with_memo(self, ids: Collection[int]) -> set[int]:
        """Those of the given codings that carry an excerpt memo."""
        return {row[0] for row in self._conn.execute(
            "SELECT id FROM codings WHERE id IN (SELECT value FROM json_each(?))"
            " AND memo != ''", (json.dumps(sorted(ids)),))}

    def twins(self, code_id: int, other_code_id: int) -> list[tuple[int, int, str, str]]:
        """(coding, twin, its memo, the twin's memo) for each coding of `code_id` whose
        excerpt `other_code_id` codes too."""
        return self._conn.execute(
            "SELECT a.id, b.id, a.memo, b.memo FROM codings a JOIN codings b"
            ' ON b.code_id = ? AND b.source_id = a.source_id AND b.start = a.start'
            ' AND b."end" = a."end" WHERE a.code_id = ? ORDER BY a.source_id, a.start, a.id',
            (other_code_id, code_id)).fetchall()

    def recode_all(self, code_id: int, new_code_id: int) -> None:
        """Every coding of `code_id` becomes one of `new_code_id`: one statement."""
        self._conn.execute("UPDATE codings SET code_id = ? WHERE code_id = ?",
                           (new_code_id, code_id))

    def spans_of_code(self, code_id: int) -> dict[tuple[int, int, int], int]:
        """(source id, start, end) -> coding id, for every coding of one code."""
        return {(source_id, start, end): coding_id for coding_id, source_id, start, end in
                self._conn.execute('SELECT id, source_id, start, "end" FROM codings'
                                   " WHERE code_id = ?", (code_id,))}

    def get(self, coding_id: int) -> Coding | None:
        row = self._conn.execute(
            f"SELECT {_COLS} FROM codings WHERE id = ?", (coding_id,)
        ).fetchone()
        return Coding(*row) if row else None

    def find(self, source_id: int, code_id: int, start: int, end: int) -> Coding | None:
        row = self._conn.execute(
            f'SELECT {_COLS} FROM codings WHERE source_id = ? AND code_id = ? AND start = ?'
            ' AND "end" = ?',
            (source_id, code_id, start, end),
        ).fetchone()
        return Coding(*row) if row else None

    def list(self, source_id: int | None = None, code_ids: list[int] | None = None) -> list[Coding]:
        clauses: list[str] = []
        params: list[object] = []
        if source_id is not None:
            clauses.append("source_id = ?")
            params.append(source_id)
        if code_ids is not None:
            clauses.append(f"code_id IN ({','.join('?' * len(code_ids))})")
            params.extend(code_ids)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            f'SELECT {_COLS} FROM codings {where} ORDER BY source_id, start, "end", id', params
        ).fetchall()
        return [Coding(*row) for row in rows]

    def coder_counts(self) -> dict[str, int]:
        """How many codings each coder made, in one grouped query."""
        return dict(self._conn.execute("SELECT coder, count(*) FROM codings GROUP BY coder"))

    def update(self, coding_id: int, **fields: object) -> None:
        update_row(self._conn, "codings", coding_id, fields, _UPDATABLE)

    def delete(self, coding_id: int) -> None:
        self._conn.execute(
            "DELETE FROM memos WHERE target_kind = 'coding' AND target_id = ?", (coding_id,)
        )
        self._conn.execute("DELETE FROM codings WHERE id = ?", (coding_id,))

    def illustrative_ids(self, among: Collection[int] | None = None) -> set[int]:
        """The codings marked illustrative (only those `among` these ids: by key)."""
        if among is not None:
            return {row[0] for row in self._conn.execute(
                "SELECT id FROM codings WHERE id IN (SELECT value FROM json_each(?))"
                " AND illustrative = 1", (json.dumps(sorted(among)),))}
        return {row[0] for row in self._conn.execute(
            "SELECT id FROM codings WHERE illustrative = 1")}

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM codings").fetchone()[0])
