"""Cue times: which stretch of a transcript's text was spoken when (subtitle imports)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.model.entities import Cue


class CueRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, source_id: int, cues: Iterable[Cue]) -> None:
        self._conn.executemany(
            'INSERT INTO cues(source_id, start, "end", begin_ms, end_ms) VALUES (?,?,?,?,?)',
            [(source_id, c.start, c.end, c.begin_ms, c.end_ms) for c in cues],
        )

    def of_source(self, source_id: int) -> list[Cue]:
        """The source's cues in text order (empty for a transcript without times)."""
        return [Cue(*row) for row in self._conn.execute(
            'SELECT start, "end", begin_ms, end_ms FROM cues WHERE source_id = ?'
            " ORDER BY start, id", (source_id,))]

    def at(self, source_id: int, offset: int) -> Cue | None:
        """The cue whose text holds `offset`, if any."""
        row = self._conn.execute(
            'SELECT start, "end", begin_ms, end_ms FROM cues WHERE source_id = ?'
            ' AND start <= ? AND ? < "end" ORDER BY start DESC LIMIT 1',
            (source_id, offset, offset)).fetchone()
        return Cue(*row) if row else None
