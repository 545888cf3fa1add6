"""Full-text search over transcripts and memos, with the trigram index where it can help.

The index only narrows which rows to read; the exact matching (case, whitespace
between words, paragraph bounds) is model/search.py's, so the index may answer
too much but must never answer too little.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.model.entities import Memo, Paragraph
from annotator.model.search import CorpusEntry, fold, only_whitespace_between

_MEMO_COLS = "id, guid, target_kind, target_id, title, body, author, created, updated"


def _match(words: list[str]) -> str:
    """An FTS5 query: each word as a quoted string (trigrams, any characters), all required."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _indexable(word: str) -> bool:
    """Words the trigram index can rule rows out with: three characters or more, and
    either ASCII or caseless (Chinese). SQLite folds other scripts' case its own way,
    not always as Python's lower() does; the trigrams of shorter words do not exist.

    One more gap: a text holding "İ" has no one-to-one lower() and is matched with
    re.IGNORECASE, which also takes "İ" for "i"; SQLite does not, so search keeps such
    texts whatever the index says (operations/search.py)."""
    return len(word) >= 3 and (word.isascii() or word.lower() == word.upper())


def _count_text_changes(conn: sqlite3.Connection) -> None:
    """A TEMP counter that this connection's changes to transcripts and their
    paragraphs step on (undo included; a rollback steps it back with the data)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_epoch (n INTEGER NOT NULL)")
    if conn.execute("SELECT count(*) FROM temp.search_epoch").fetchone()[0] == 0:
        conn.execute("INSERT INTO temp.search_epoch VALUES (0)")
    # A paragraph's offsets change only with its transcript's text, which steps the
    # counter once: an edit that moves thousands of paragraphs must not step it for each.
    for table in ("sources", "paragraphs"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            which = "UPDATE OF idx, location, speaker, timestamp" \
                if (table, event) == ("paragraphs", "UPDATE") else event
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS search_{table}_{event.lower()}"
                f" AFTER {which} ON main.{table}"
                " BEGIN UPDATE search_epoch SET n = n + 1; END")


def _has_stale_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table'"
                        " AND name = 'source_fts_stale'").fetchone() is not None


class SearchIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._corpus: list[CorpusEntry] = []
        self._token: tuple[int, int] | None = None
        _count_text_changes(conn)

    def candidates(self, words: list[str]) -> set[int] | None:
        """Ids of the transcripts that may contain every word; None when the index
        cannot rule any out (no word of three characters or more that is ASCII or
        caseless, see `_indexable`). Transcripts edited since the index last caught
        up are indexed first (`refresh`), or, where that cannot be done now, kept."""
        usable = [w for w in words if _indexable(w)]
        if not usable:
            return None
        stale = self.refresh()
        rows = self._conn.execute("SELECT rowid FROM source_fts WHERE source_fts MATCH ?",
                                  (_match(usable),))
        return {row[0] for row in rows} | stale

    def refresh(self) -> set[int]:
        """Bring the trigram index up to date with the transcripts edited since it was
        (their texts as indexed wait in `source_fts_stale`: see schema version 7).

        Editing does not re-index (a keystroke would rewrite a whole transcript's
        trigrams); the first search after does, once per edited transcript. Returns
        the transcripts still not indexed: all stale ones on a read-only file or while
        another process holds the write lock (the index is derived data: it may wait).
        """
        conn = self._conn
        if not _has_stale_table(conn):
            return set()
        stale = dict(conn.execute("SELECT source_id, text FROM source_fts_stale"))
        if not stale:
            return set()
        own = not conn.in_transaction
        try:
            if own:
                conn.execute("BEGIN IMMEDIATE")
            for source_id, indexed in stale.items():
                conn.execute("INSERT INTO source_fts(source_fts, rowid, text)"
                             " VALUES ('delete', ?, ?)", (source_id, indexed))
                conn.execute("INSERT INTO source_fts(rowid, text)"
                             " SELECT id, text FROM sources WHERE id = ?", (source_id,))
                conn.execute("DELETE FROM source_fts_stale WHERE source_id = ?", (source_id,))
            if own:
                conn.execute("COMMIT")
        except sqlite3.Error:
            if own and conn.in_transaction:
                conn.execute("ROLLBACK")
            return set(stale)
        return set()

    def corpus(self) -> list[CorpusEntry]:
        """Every transcript with its folded text and paragraph map, in the transcripts' order.

        Kept between searches while the transcripts are unchanged: the count of
        changes to sources and paragraphs (see `_count_text_changes`) and SQLite's
        `data_version` (another connection's commits) tell; coding, memos and the
        rest leave it. Reading and folding a million words takes ~90 ms; counting
        them ~5 ms.
        """
        token = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]),
                 int(self._conn.execute("SELECT n FROM temp.search_epoch").fetchone()[0]))
        if token != self._token:
            paragraphs = self.paragraphs_of_all()
            self._corpus = []
            for i, name, text in self._conn.execute(
                    "SELECT id, name, text FROM sources ORDER BY sort, id"):
                maps = paragraphs.get(i, [])
                self._corpus.append(CorpusEntry(int(i), name, text, fold(text), maps,
                                                [p.start for p in maps],
                                                only_whitespace_between(text, maps)))
            self._token = token
        return self._corpus

    def paragraphs_of_all(self) -> dict[int, list[Paragraph]]:
        result: dict[int, list[Paragraph]] = {}
        rows = self._conn.execute(
            'SELECT source_id, idx, start, "end", location, speaker, timestamp FROM paragraphs'
            " ORDER BY source_id, idx")
        for row in rows:
            result.setdefault(row[0], []).append(Paragraph(*row[1:]))
        return result

    def paragraphs(self, source_ids: Iterable[int]) -> dict[int, list[Paragraph]]:
        ids = sorted(set(source_ids))
        result: dict[int, list[Paragraph]] = {i: [] for i in ids}
        if not ids:
            return result
        rows = self._conn.execute(
            'SELECT source_id, idx, start, "end", location, speaker, timestamp FROM paragraphs'
            f" WHERE source_id IN ({','.join('?' * len(ids))}) ORDER BY source_id, idx",
            ids,
        )
        for row in rows:
            result[row[0]].append(Paragraph(*row[1:]))
        return result

    def candidate_memos(self, words: list[str]) -> list[Memo]:
        usable = [w for w in words if _indexable(w)]
        if not usable:
            rows = self._conn.execute(f"SELECT {_MEMO_COLS} FROM memos ORDER BY id")
        else:
            rows = self._conn.execute(
                f"SELECT {_MEMO_COLS} FROM memos WHERE id IN"
                " (SELECT rowid FROM memo_fts WHERE memo_fts MATCH ?) ORDER BY id",
                (_match(usable),))
        return [Memo(*row) for row in rows]

    def speakers(self) -> list[str]:
        """Every speaker named in any transcript, most turns first."""
        rows = self._conn.execute(
            "SELECT speaker FROM paragraphs WHERE speaker IS NOT NULL"
            " GROUP BY speaker ORDER BY count(*) DESC, speaker")
        return [row[0] for row in rows]

    def sources_with_value(self, attribute: str, value: str) -> list[int]:
        """Sources whose participants have `value` (ignoring case) for `attribute`."""
        rows = self._conn.execute(
            "SELECT DISTINCT sc.source_id FROM source_cases sc"
            " JOIN case_values v ON v.case_id = sc.case_id"
            " JOIN attributes a ON a.id = v.attribute_id"
            " WHERE a.name = ? AND lower(v.value) = lower(?)",
            (attribute, value),
        )
        return [row[0] for row in rows]

    def coded_spans(self, code_id: int) -> dict[int, list[tuple[int, int]]]:
        rows = self._conn.execute(
            'SELECT source_id, start, "end" FROM codings WHERE code_id = ?'
            " ORDER BY source_id, start", (code_id,))
        spans: dict[int, list[tuple[int, int]]] = {}
        for source_id, start, end in rows:
            spans.setdefault(source_id, []).append((start, end))
        return spans
