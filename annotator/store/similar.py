"""The passage index behind "Similar passages", and the passages marked "not relevant".

The index is derived data: rows are written outside the undo log, and triggers in
the schema (version 3) forget a transcript's rows when its text or paragraph map
changes, or it is removed, so a transcript without a `similar_sources` row is
simply waiting to be indexed. Each indexing gets a new `generation`, which lets a
reader holding passages in memory see which transcripts changed since.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from annotator.model.similar import Passage


class SimilarIndexStore:
    """Reads and writes the similar_* tables on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def generations(self, tokenizer: int) -> dict[int, int]:
        """source id -> generation, for transcripts indexed with this tokenizer."""
        return dict(self._conn.execute(
            "SELECT source_id, generation FROM similar_sources WHERE tokenizer = ?",
            (tokenizer,)))

    def pending(self, tokenizer: int) -> list[int]:
        """Transcripts not yet indexed with this tokenizer, in list order."""
        return [row[0] for row in self._conn.execute(
            "SELECT s.id FROM sources s LEFT JOIN similar_sources x ON x.source_id = s.id"
            " AND x.tokenizer = ? WHERE x.source_id IS NULL ORDER BY s.sort, s.id",
            (tokenizer,))]

    def passages(self, source_id: int) -> list[tuple[Passage, list[str]]]:
        return [(Passage(source_id, start, end, speaker), terms.split(" ") if terms else [])
                for start, end, speaker, terms in self._conn.execute(
                    'SELECT start, "end", speaker, terms FROM similar_passages'
                    " WHERE source_id = ? ORDER BY start", (source_id,))]

    def replace(self, source_id: int, tokenizer: int,
                rows: Sequence[tuple[Passage, Sequence[str]]]) -> None:
        """Store a transcript's passages (inside the caller's transaction)."""
        conn = self._conn
        conn.execute("DELETE FROM similar_passages WHERE source_id = ?", (source_id,))
        conn.executemany(
            'INSERT INTO similar_passages(source_id, start, "end", speaker, terms)'
            " VALUES (?, ?, ?, ?, ?)",
            [(source_id, p.start, p.end, p.speaker, " ".join(terms)) for p, terms in rows])
        conn.execute(
            "INSERT INTO similar_sources(source_id, tokenizer, generation) VALUES (?, ?,"
            " (SELECT coalesce(max(generation), 0) + 1 FROM similar_sources))"
            " ON CONFLICT(source_id) DO UPDATE SET tokenizer = excluded.tokenizer,"
            " generation = excluded.generation", (source_id, tokenizer))

    def coding_spans(self) -> list[tuple[int, int, int]]:
        """Every coding's (source, start, end)."""
        return self._conn.execute(  # type: ignore[return-value]
            'SELECT source_id, start, "end" FROM codings').fetchall()

    def coding_mark(self) -> tuple[int, int, int]:
        """Changes whenever a coding is added, removed or moved."""
        return tuple(self._conn.execute(  # type: ignore[return-value]
            'SELECT count(*), coalesce(max(id), 0), total(start + "end") FROM codings'
        ).fetchone())

    # -- "not relevant" ---------------------------------------------------------
    def dismissed(self, code_id: int) -> set[tuple[int, int, int]]:
        """(source, start, end) of the passages marked not relevant for a code."""
        return {tuple(row) for row in self._conn.execute(  # type: ignore[misc]
            'SELECT source_id, start, "end" FROM similar_dismissed WHERE code_id = ?',
            (code_id,))}

    def dismiss(self, code_id: int, spans: Iterable[tuple[int, int, int]]) -> None:
        self._conn.executemany(
            'INSERT OR IGNORE INTO similar_dismissed(code_id, source_id, start, "end")'
            " VALUES (?, ?, ?, ?)", [(code_id, *span) for span in spans])
