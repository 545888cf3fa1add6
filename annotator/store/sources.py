"""Sources (transcripts), their paragraph maps and original file bytes.

The original bytes live in `source_originals`, apart from the row the researcher
edits: renaming a transcript must not copy a Word file into the undo log.
"""

from __future__ import annotations

import sqlite3

from annotator.model.entities import Paragraph, Source, SourceSummary
from annotator.model.words import count_words

_SOURCE_COLS = "id, guid, name, kind, text, file_name, sha256, imported_at"


class SourceRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self,
        *,
        guid: str,
        name: str,
        kind: str,
        text: str,
        file_name: str,
        original: bytes | None,
        sha256: str,
        imported_at: str,
        paragraphs: tuple[Paragraph, ...],
    ) -> int:
        sort = self._conn.execute("SELECT coalesce(max(sort), 0) + 1 FROM sources").fetchone()[0]
        cur = self._conn.execute(
            "INSERT INTO sources(guid, name, kind, text, words, file_name, sha256,"
            " imported_at, sort) VALUES (?,?,?,?,?,?,?,?,?)",
            (guid, name, kind, text, count_words(text), file_name, sha256, imported_at, sort),
        )
        source_id = int(cur.lastrowid or 0)
        if original is not None:
            self._conn.execute("INSERT INTO source_originals(source_id, bytes) VALUES (?, ?)",
                               (source_id, original))
        self._conn.executemany(
            'INSERT INTO paragraphs(source_id, idx, start, "end", location, speaker, timestamp)'
            " VALUES (?,?,?,?,?,?,?)",
            [
                (source_id, p.index, p.start, p.end, p.location, p.speaker, p.timestamp)
                for p in paragraphs
            ],
        )
        return source_id

    def get(self, source_id: int) -> Source | None:
        row = self._conn.execute(
            f"SELECT {_SOURCE_COLS} FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        return Source(*row) if row else None

    def by_name(self, name: str) -> Source | None:
        row = self._conn.execute(
            f"SELECT {_SOURCE_COLS} FROM sources WHERE name = ?", (name,)
        ).fetchone()
        return Source(*row) if row else None

    def name_and_length(self, source_id: int) -> tuple[str, int] | None:
        """A source's name and text length, without reading the text into Python."""
        row = self._conn.execute(
            "SELECT name, length(text) FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        return (row[0], int(row[1])) if row else None

    def names(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT name FROM sources")}

    def summaries(self) -> list[SourceSummary]:
        rows = self._conn.execute(
            "SELECT s.id, s.guid, s.name, s.kind, length(s.text), s.words,"
            " (SELECT count(*) FROM codings c WHERE c.source_id = s.id)"
            " FROM sources s ORDER BY s.sort, s.id"
        ).fetchall()
        return [
            SourceSummary(*r) for r in rows
        ]

    def original(self, source_id: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT bytes FROM source_originals WHERE source_id = ?", (source_id,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def paragraphs(self, source_id: int) -> list[Paragraph]:
        rows = self._conn.execute(
            'SELECT idx, start, "end", location, speaker, timestamp FROM paragraphs'
            " WHERE source_id = ? ORDER BY idx",
            (source_id,),
        ).fetchall()
        return [Paragraph(*row) for row in rows]

    def replace_text(self, source_id: int, text: str, *, keep_original: bool) -> None:
        """New text for a source (pseudonymised); the original file goes unless kept."""
        if keep_original:
            self._conn.execute("UPDATE sources SET text = ?, words = ? WHERE id = ?",
                               (text, count_words(text), source_id))
        else:
            self._conn.execute("UPDATE sources SET text = ?, words = ?, sha256 = '' WHERE id = ?",
                               (text, count_words(text), source_id))
            self._conn.execute("DELETE FROM source_originals WHERE source_id = ?", (source_id,))

    def set_paragraph_spans(self, source_id: int, spans: list[tuple[int, int, int]]) -> None:
        """(index, start, end) for each paragraph whose span moved."""
        self._conn.executemany(
            'UPDATE paragraphs SET start = ?, "end" = ? WHERE source_id = ? AND idx = ?',
            [(start, end, source_id, index) for index, start, end in spans])

    def rename(self, source_id: int, name: str) -> None:
        self._conn.execute("UPDATE sources SET name = ? WHERE id = ?", (name, source_id))

    def remove(self, source_id: int) -> None:
        self._conn.execute("DELETE FROM memos WHERE target_kind = 'source' AND target_id = ?",
                           (source_id,))
        self._conn.execute(
            "DELETE FROM memos WHERE target_kind = 'coding' AND target_id IN"
            " (SELECT id FROM codings WHERE source_id = ?)",
            (source_id,),
        )
        self._conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM sources").fetchone()[0])

    def total_words(self) -> int:
        return int(self._conn.execute("SELECT coalesce(sum(words), 0) FROM sources").fetchone()[0])
