"""Full-text search over transcripts, with the trigram index where it can help."""

from __future__ import annotations

import sqlite3


class SearchIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def sources_containing(self, phrase: str) -> list[int]:
        """Ids of sources whose text contains `phrase`, ignoring case."""
        if not phrase:
            return []
        if len(phrase) >= 3:
            # The trigram index answers LIKE directly; escape LIKE's wildcards.
            escaped = phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self._conn.execute(
                "SELECT rowid FROM source_fts WHERE text LIKE ? ESCAPE '\\' ORDER BY rowid",
                (f"%{escaped}%",),
            )
        else:
            rows = self._conn.execute(
                "SELECT id FROM sources WHERE instr(lower(text), lower(?)) > 0 ORDER BY id",
                (phrase,),
            )
        return [row[0] for row in rows]
