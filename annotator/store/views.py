"""Reads that join several tables for what one list shows, in one query each.

The facade turns these rows into model dataclasses; widgets never join tables
themselves.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from annotator.model.entities import Coding
from annotator.model.memos import ListedMemo

_CODING_COLS = 'id, guid, source_id, code_id, start, "end", created_at, coder, memo'

EXCERPT_CHARS = 300
"""How much of a coded excerpt the memos list is given: it shows the first words."""

_BLANK = "' ' || char(9) || char(10) || char(13)"

# Excerpt memos are listed with their coding's place; the transcripts' texts are read
# once each afterwards (a substr per row would read a whole transcript per row).
_MEMO_ROWS = f"""
SELECT 0, m.id, 0, 0, m.id, m.target_kind, m.target_id, m.title, m.body, m.updated,
       CASE m.target_kind
           WHEN 'source' THEN (SELECT name FROM sources WHERE id = m.target_id)
           WHEN 'theme' THEN (SELECT name FROM themes WHERE id = m.target_id)
           WHEN 'case' THEN (SELECT name FROM cases WHERE id = m.target_id)
           WHEN 'coding' THEN cs.name
       END,
       c.source_id, c.start, c."end"
FROM memos m
LEFT JOIN codings c ON m.target_kind = 'coding' AND c.id = m.target_id
LEFT JOIN sources cs ON cs.id = c.source_id
UNION ALL
SELECT 1, c.source_id, c.start, c."end", NULL, 'coding', c.id, '', c.memo, c.created_at, s.name,
       c.source_id, c.start, c."end"
FROM codings c JOIN sources s ON s.id = c.source_id
WHERE trim(c.memo, {_BLANK}) <> ''
ORDER BY 1, 2, 3, 4, 7
"""


class Views:
    """The joined reads; one instance per open project."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def memo_rows(self) -> list[ListedMemo]:
        """Every memo (by id), then every coding with a memo (in transcript order).

        Codes are left unnamed here: their paths come from the code tree.
        """
        rows = self._conn.execute(_MEMO_ROWS).fetchall()
        wanted = sorted({row[11] for row in rows if row[11] is not None})
        texts = dict(self._conn.execute(
            "SELECT id, text FROM sources WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),)))
        listed = []
        for *_, memo_id, kind, target_id, title, body, updated, name, source, start, end in rows:
            words = texts[source][start:min(end, start + EXCERPT_CHARS)] if source else ""
            listed.append(ListedMemo(kind, memo_id if kind == "journal" else target_id, name,
                                     title, body, updated, memo_id, words))
        return listed

    def codings_with_ids(self, coding_ids: Iterable[int]) -> list[Coding]:
        """These codings (those that still exist), in transcript order."""
        rows = self._conn.execute(
            f"SELECT {_CODING_COLS} FROM codings"
            " WHERE id IN (SELECT value FROM json_each(?))"
            ' ORDER BY source_id, start, "end", id',
            (json.dumps(sorted(set(coding_ids))),),
        ).fetchall()
        return [Coding(*row) for row in rows]

    def change_count(self) -> int:
        """Grows with every row written on this connection: a cheap "has anything changed"."""
        return self._conn.total_changes
