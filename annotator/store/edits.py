"""Editing a transcript's text in place, and each Word original's edit log.

One keystroke in a 60,000-word transcript moves every coding and paragraph after
it. That part of an edit (`Move`: the text spliced in SQL, the word count, and one
UPDATE each for the codings and paragraphs after the edit) runs with the undo log's
update triggers paused and is logged as one logical entry holding the move that
reverses it (store/undolog.py): undo replays that, and logs the move back for redo.
What else an edit changes (codings it clips or removes, the paragraphs it is typed
in, cue spans, the edit log) is written through the ordinary, row-logged statements.

The search index is not rebuilt here: the schema's trigger notes the text it holds
(store/search.py brings it up to date before a search reads it); the similar
passages of the transcript are forgotten by their trigger and rebuilt when asked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from annotator.model.edit_shift import ParagraphPlan
from annotator.model.entities import Coding, Paragraph
from annotator.model.text_edits import TextEdit
from annotator.store import burst_replay, undolog
from annotator.store.undolog import LogEntry

_CODING_COLS = 'id, guid, source_id, code_id, start, "end", created_at, coder, memo'


@dataclass(frozen=True, slots=True)
class Move:
    """The bulk of one edit, or of several (a replace-all in one transcript).

    One edit: splice it into the text, add `words` to its count, move the codings from
    the edit's end on (but those in `skip`, changed one by one) by its length, and the
    paragraphs after index `after` by it and by `renumber`. Several: `edits` run from
    the end of the text to its start, so each is in the coordinates of the text before
    the move; everything after an edit moves by the lengths of the edits before it,
    but the codings in `skip` and the paragraphs in `fixed` (changed one by one)."""

    source_id: int
    edits: tuple[TextEdit, ...]
    words: int
    skip: tuple[int, ...]
    after: int = 1 << 62
    renumber: int = 0
    fixed: tuple[int, ...] = ()

    def encode(self) -> dict[str, object]:
        return {"source": self.source_id, "edits": [[e.start, e.end, e.text] for e in self.edits],
                "words": self.words, "skip": list(self.skip), "after": self.after,
                "renumber": self.renumber, "fixed": list(self.fixed)}

    @classmethod
    def decode(cls, data: dict[str, Any]) -> Move:
        return cls(int(data["source"]), tuple(TextEdit(*e) for e in data["edits"]),
                   int(data["words"]), tuple(data["skip"]), int(data["after"]),
                   int(data["renumber"]), tuple(data["fixed"]))


def logged_moves(entry: LogEntry) -> tuple[Move, Move]:
    """(the move made, the move that reverses it) of a logical entry."""
    data = json.loads(entry.inverse_sql)
    return Move.decode(data["do"]), Move.decode(data["undo"])


def _glob(text: str) -> str:
    """`text` matched literally by GLOB."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


class TextStore:
    """Reads and writes what editing a transcript's text needs, on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._burst: burst_replay.Burst | None = None  # a burst's replay in progress

    # -- reads ---------------------------------------------------------------------
    def length(self, source_id: int) -> int | None:
        row = self._conn.execute("SELECT length(text) FROM sources WHERE id = ?",
                                 (source_id,)).fetchone()
        return None if row is None else int(row[0])

    def text(self, source_id: int, start: int, end: int) -> str:
        """The characters [start, end) of a transcript, without reading the rest into Python."""
        row = self._conn.execute("SELECT substr(text, ?, ?) FROM sources WHERE id = ?",
                                 (start + 1, end - start, source_id)).fetchone()
        return "" if row is None else str(row[0])

    def length_and_text(self, source_id: int, start: int, end: int) -> tuple[int, str] | None:
        """A transcript's length and its characters [start, end), from one read."""
        row = self._conn.execute("SELECT length(text), substr(text, ?, ?) FROM sources"
                                 " WHERE id = ?", (start + 1, end - start, source_id)).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def touched_paragraphs(self, source_id: int, start: int, end: int) -> list[Paragraph]:
        """The paragraphs from the one holding `start` to the one holding `end`."""
        rows = self._conn.execute(
            'SELECT idx, start, "end", location, speaker, timestamp FROM paragraphs'
            ' WHERE source_id = ? AND "end" >= ? AND start <= ? ORDER BY idx',
            (source_id, start, end)).fetchall()
        return [Paragraph(*row) for row in rows]

    def speaker_before(self, source_id: int, index: int) -> str | None:
        row = self._conn.execute("SELECT speaker FROM paragraphs WHERE source_id = ? AND idx < ?"
                                 " ORDER BY idx DESC LIMIT 1", (source_id, index)).fetchone()
        return None if row is None else row[0]

    def speakers(self, source_id: int) -> list[str]:
        return [row[0] for row in self._conn.execute(
            "SELECT DISTINCT speaker FROM paragraphs WHERE source_id = ? AND speaker IS NOT NULL",
            (source_id,))]

    def codings_near(self, source_id: int, start: int, end: int) -> list[Coding]:
        """The codings that overlap or touch [start, end]: those an edit there may change."""
        rows = self._conn.execute(
            f'SELECT {_CODING_COLS} FROM codings WHERE source_id = ? AND start <= ?'
            ' AND "end" >= ? ORDER BY start, "end", id', (source_id, end, start)).fetchall()
        return [Coding(*row) for row in rows]

    # -- the bulk of an edit -------------------------------------------------------
    def move(self, move: Move, reverse: Move) -> int:
        """Make `move` with the undo log paused and log `reverse` to undo it; returns
        how many codings it moved."""
        moved = self._apply(move)
        undolog.log_logical(self._conn, "sources", move.source_id, json.dumps(
            {"do": move.encode(), "undo": reverse.encode()}, ensure_ascii=False))
        return moved

    def replay(self, entry: LogEntry) -> None:
        """Undo a logical entry (store/undolog.py calls this), logging its redo."""
        done, reverse = logged_moves(entry)
        self.move(reverse, done)

    @contextmanager
    def replaying(self, entries: Sequence[LogEntry]) -> Iterator[None]:
        """Around the replay of one undo step: a burst of typing moves the codings
        after it once, not once per key (store/burst_replay.py)."""
        applied = [logged_moves(e)[1] for e in entries if e.action == "edit"]
        planned = burst_replay.plan(entries, [(m.source_id, m.edits, not m.fixed)
                                              for m in applied])
        if planned is None:
            yield
            return
        self._burst = burst_replay.begin(self._conn, *planned)
        try:
            yield
            with undolog.paused(self._conn):
                burst_replay.finish(self._conn, self._burst)
        finally:
            self._burst = None

    def _apply(self, move: Move) -> int:
        if len(move.edits) != 1 or move.fixed:
            return self._apply_many(move)
        conn, edit, source = self._conn, move.edits[0], move.source_id
        burst = self._burst if self._burst is not None and self._burst.source_id == source \
            else None
        with undolog.paused(conn):
            if burst is None:
                conn.execute("UPDATE sources SET text = substr(text, 1, ?) || ? ||"
                             " substr(text, ?), words = words + ? WHERE id = ?",
                             (edit.start, edit.text, edit.end + 1, move.words, source))
            else:
                if burst.text is None:
                    burst.text = str(conn.execute("SELECT text FROM sources WHERE id = ?",
                                                  (source,)).fetchone()[0])
                burst.text = burst.text[:edit.start] + edit.text + burst.text[edit.end:]
                burst.text_changed = True
                if move.words:
                    conn.execute("UPDATE sources SET words = words + ? WHERE id = ?",
                                 (move.words, source))
            moved = 0
            if edit.delta:
                # In a burst's replay only the codings near it are looked at; those
                # far after it are moved once, when the replay ends.
                near = " AND id IN (SELECT id FROM temp.burst_near)" if burst else ""
                moved = conn.execute(
                    'UPDATE codings SET start = start + ?1, "end" = "end" + ?1'
                    f" WHERE source_id = ?2 AND start >= ?3{near}"
                    " AND id NOT IN (SELECT value FROM json_each(?4))",
                    (edit.delta, source, edit.end, json.dumps(move.skip))).rowcount
                if burst is not None:
                    burst.shift += edit.delta
            if move.renumber:
                # Through negative indexes: (source_id, idx) stays unique at every row.
                conn.execute('UPDATE paragraphs SET start = start + ?1, "end" = "end" + ?1,'
                             " idx = -(idx + ?2) - 1 WHERE source_id = ?3 AND idx > ?4",
                             (edit.delta, move.renumber, source, move.after))
                conn.execute("UPDATE paragraphs SET idx = -idx - 1"
                             " WHERE source_id = ? AND idx < 0", (source,))
            elif edit.delta:
                conn.execute('UPDATE paragraphs SET start = start + ?1, "end" = "end" + ?1'
                             " WHERE source_id = ?2 AND idx > ?3",
                             (edit.delta, source, move.after))
            if edit.delta:
                conn.execute('UPDATE similar_dismissed SET start = start + ?1, "end" = "end" + ?1'
                             " WHERE source_id = ?2 AND start >= ?3",
                             (edit.delta, source, edit.end))
        return moved

    def _apply_many(self, move: Move) -> int:
        """Several edits (none splitting or joining paragraphs): the text spliced in
        Python, and what lies after each edit moved by the sum of the edits before it
        (`temp.edit_shifts`: each edit's end, and that sum)."""
        conn, source = self._conn, move.source_id
        row = conn.execute("SELECT text FROM sources WHERE id = ?", (source,)).fetchone()
        text = str(row[0])
        for edit in move.edits:
            text = text[: edit.start] + edit.text + text[edit.end:]
        shifts, total = [], 0
        for edit in sorted(move.edits, key=lambda e: e.end):
            total += edit.delta
            shifts.append((edit.end, total))
        first = shifts[0][0] if shifts else 0
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS edit_shifts"
                     " (pos INTEGER PRIMARY KEY, shift INTEGER NOT NULL)")
        conn.execute("DELETE FROM temp.edit_shifts")
        conn.executemany("INSERT OR REPLACE INTO temp.edit_shifts VALUES (?, ?)", shifts)
        shift = ("(SELECT shift FROM temp.edit_shifts WHERE pos <= {t}.start"
                 " ORDER BY pos DESC LIMIT 1)")
        with undolog.paused(conn):
            conn.execute("UPDATE sources SET text = ?, words = words + ? WHERE id = ?",
                         (text, move.words, source))
            moved = conn.execute(
                f'UPDATE codings SET start = start + {shift.format(t="codings")},'
                f' "end" = "end" + {shift.format(t="codings")} WHERE source_id = ? AND start >= ?'
                " AND id NOT IN (SELECT value FROM json_each(?))",
                (source, first, json.dumps(move.skip))).rowcount
            conn.execute(
                f'UPDATE paragraphs SET start = start + {shift.format(t="paragraphs")},'
                f' "end" = "end" + {shift.format(t="paragraphs")} WHERE source_id = ?'
                " AND start >= ? AND idx NOT IN (SELECT value FROM json_each(?))",
                (source, first, json.dumps(move.fixed)))
            by = shift.format(t="similar_dismissed")
            conn.execute(f'UPDATE similar_dismissed SET start = start + {by}, "end" = "end" + {by}'
                         " WHERE source_id = ? AND start >= ?", (source, first))
        conn.execute("DELETE FROM temp.edit_shifts")
        return moved

    # -- what an edit changes row by row --------------------------------------------
    def set_paragraphs(self, source_id: int, plan: ParagraphPlan,
                       old: Sequence[Paragraph]) -> None:
        """The touched paragraphs become `plan.new` (the later ones are the move's)."""
        before = {p.index: p for p in old}
        for p in plan.new:
            was = before.get(p.index)
            if was is None:
                self._conn.execute(
                    'INSERT INTO paragraphs(source_id, idx, start, "end", location, speaker,'
                    " timestamp) VALUES (?,?,?,?,?,?,?)",
                    (source_id, p.index, p.start, p.end, p.location, p.speaker, p.timestamp))
            elif was != p:
                self.set_paragraph(source_id, p)
        self._conn.execute("DELETE FROM paragraphs WHERE source_id = ? AND idx >= ? AND idx <= ?",
                           (source_id, plan.first + len(plan.new), plan.last))

    def set_paragraph(self, source_id: int, p: Paragraph) -> None:
        self._conn.execute(
            'UPDATE paragraphs SET start = ?, "end" = ?, location = ?, speaker = ?,'
            " timestamp = ? WHERE source_id = ? AND idx = ?",
            (p.start, p.end, p.location, p.speaker, p.timestamp, source_id, p.index))

    def renumber_locations(self, source_id: int, container: str, above: int, by: int,
                           after_index: int) -> None:
        """Paragraphs after index `after_index` located `{container}p/N` with N above
        `above` become `{container}p/{N + by}` (a Word paragraph split or joined)."""
        cut = len(container) + 3  # where N starts, counted from 1
        self._conn.execute(
            "UPDATE paragraphs SET location = ?1 || 'p/' || (CAST(substr(location, ?2)"
            " AS INTEGER) + ?3) WHERE source_id = ?4 AND idx > ?5 AND location GLOB ?6"
            " AND substr(location, ?2) NOT GLOB '*[^0-9]*'"
            " AND CAST(substr(location, ?2) AS INTEGER) > ?7",
            (container, cut, by, source_id, after_index, _glob(container) + "p/[0-9]*", above))

    def drop_dismissed(self, source_id: int, edits: Sequence[TextEdit]) -> None:
        """Forget the passages marked "not relevant" that the edits change (row-logged:
        undo brings them back); the move carries those after an edit along."""
        for edit in edits:
            # Neither before it (ending at or before its start) nor after it (from its end).
            self._conn.execute('DELETE FROM similar_dismissed WHERE source_id = ?'
                               ' AND "end" > ? AND start < ?', (source_id, edit.start, edit.end))

    def set_span(self, coding_id: int, start: int, end: int) -> None:
        self._conn.execute('UPDATE codings SET start = ?, "end" = ? WHERE id = ?',
                           (start, end, coding_id))

    # -- a Word original's edit log --------------------------------------------------
    def log_edits(self, source_id: int, edits: Sequence[TextEdit]) -> None:
        """Append edits (in the order made) to a Word original's log."""
        self._conn.executemany('INSERT INTO source_edits(source_id, start, "end", text)'
                               " VALUES (?, ?, ?, ?)",
                               [(source_id, e.start, e.end, e.text) for e in edits])

    def edit_log(self, source_id: int) -> list[TextEdit]:
        """The edits made to a transcript since its original was imported, in order."""
        return [TextEdit(*row) for row in self._conn.execute(
            'SELECT start, "end", text FROM source_edits WHERE source_id = ? ORDER BY id',
            (source_id,))]

    def log_mark(self, source_id: int) -> tuple[object, ...]:
        """(edits logged, the original's size, the newest edit's id and the edit): changes
        whenever the log or the original does, for caches of what is worked out from them."""
        count, size = self._conn.execute(
            "SELECT count(*), (SELECT coalesce(length(bytes), 0) FROM source_originals"
            " WHERE source_id = ?1) FROM source_edits WHERE source_id = ?1",
            (source_id,)).fetchone()
        row = self._conn.execute('SELECT id, start, "end", text FROM source_edits'
                                 " WHERE source_id = ? ORDER BY id DESC LIMIT 1",
                                 (source_id,)).fetchone()
        newest = (None, None) if row is None else (int(row[0]), TextEdit(*row[1:]))
        return int(count), int(size), *newest

    def logged_since(self, source_id: int, after: int) -> tuple[int, list[TextEdit]]:
        """How many edits are logged up to id `after`, and the edits after it, in order."""
        before = int(self._conn.execute("SELECT count(*) FROM source_edits WHERE source_id = ?"
                                        " AND id <= ?", (source_id, after)).fetchone()[0])
        return before, [TextEdit(*row) for row in self._conn.execute(
            'SELECT start, "end", text FROM source_edits WHERE source_id = ? AND id > ?'
            " ORDER BY id", (source_id, after))]

    def logged(self, source_id: int, edit_id: int) -> TextEdit | None:
        row = self._conn.execute('SELECT start, "end", text FROM source_edits WHERE id = ?'
                                 " AND source_id = ?", (edit_id, source_id)).fetchone()
        return None if row is None else TextEdit(*row)

    def has_word_original(self, source_id: int) -> bool:
        """True for a Word transcript whose original file the project keeps."""
        return self._conn.execute(
            "SELECT 1 FROM source_originals o JOIN sources s ON s.id = o.source_id"
            " WHERE o.source_id = ? AND s.kind = 'docx'", (source_id,)).fetchone() is not None

    def drop_original(self, source_id: int) -> None:
        """Forget a transcript's original file and its edit log."""
        self._conn.execute("UPDATE sources SET sha256 = '' WHERE id = ?", (source_id,))
        self._conn.execute("DELETE FROM source_originals WHERE source_id = ?", (source_id,))
        self._conn.execute("DELETE FROM source_edits WHERE source_id = ?", (source_id,))

    def set_original(self, source_id: int, data: bytes) -> None:
        """The original with its edits applied becomes the original (pseudonymising)."""
        self._conn.execute("UPDATE source_originals SET bytes = ? WHERE source_id = ?",
                           (data, source_id))
        self._conn.execute("UPDATE sources SET sha256 = '' WHERE id = ?", (source_id,))
        self._conn.execute("DELETE FROM source_edits WHERE source_id = ?", (source_id,))
