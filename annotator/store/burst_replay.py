"""Undoing (or redoing) a burst of typing without moving every later coding per key.

A burst is one undo step holding one logical move per keystroke (store/edits.py). Each
move shifts every coding after its edit: on a long transcript thousands of rows, about
3 ms a key, so a typed paragraph took a second to undo. Yet the codings well after the
whole burst get the same shift from every move, whatever order the moves come in:

- every edit of the step ends at or before `reach` (each in the coordinates of its
  own moment), and those coordinates differ from today's by at most `total`, the sum
  of the edits' lengths;
- so a coding starting after `reach + total` today starts after every edit's end at
  its moment, and each move shifts it by its length (no such coding is ever changed
  row by row: those are the codings an edit touches).

Those codings (`far`) are left out of each move and shifted once, by the sum, when
the step's replay ends. The text is spliced in memory and written once too. All else
(the codings near the edits, paragraphs, the log of each move for redo) is replayed
move by move as before, so the result is the same row for row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.model.text_edits import TextEdit
from annotator.store.undolog import LogEntry

MIN_MOVES = 2  # a single move gains nothing from the bookkeeping


@dataclass(slots=True)
class Burst:
    """One step's replay in progress: its transcript, the text as spliced so far (None
    until the first move reads it), and the shift the far codings are owed."""

    source_id: int
    text: str | None = None
    shift: int = 0
    text_changed: bool = False


def plan(entries: Sequence[LogEntry], moves: Sequence[tuple[int, tuple[TextEdit, ...], bool]]
         ) -> tuple[int, int, int, int, list[int]] | None:
    """(transcript, `start`, `reach`, `total`, the codings the step changes row by row)
    for a step whose logical moves (`moves`: source, edits, and whether it is a plain
    one, moving no paragraph row by row) are single edits of one transcript; None when
    the step is not such a burst. `start` and `reach`: the least start and the greatest
    end of its edits."""
    if len(moves) < MIN_MOVES:
        return None
    sources = {source for source, _edits, _simple in moves}
    if len(sources) != 1 or not all(simple and len(edits) == 1 for _s, edits, simple in moves):
        return None
    # The text is held in memory through the replay: a step that also changes the
    # transcript's row some other way is replayed the ordinary way.
    if any(e.table == "sources" and e.action != "edit" for e in entries):
        return None
    start = min(edits[0].start for _s, edits, _simple in moves)
    reach = max(edits[0].end for _s, edits, _simple in moves)
    total = sum(len(edits[0].text) + edits[0].end - edits[0].start
                for _s, edits, _simple in moves)
    touched = sorted({e.rowid for e in entries if e.table == "codings"})
    return sources.pop(), start, reach, total, touched


def begin(conn: sqlite3.Connection, source_id: int, start: int, reach: int, total: int,
          touched: list[int]) -> Burst:
    """Sort the transcript's codings (in TEMP tables, rolled back with the transaction):
    those starting before `start - total` today stay before every edit, and no move
    changes them; those after `reach + total` are far; the others, and every coding
    the step changes row by row (a deleted one comes back), are near: each move looks
    at these alone, by id, instead of at every coding of the transcript."""
    for table in ("burst_far", "burst_near"):
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY)")
        conn.execute(f"DELETE FROM temp.{table}")
    rows = json.dumps(touched)
    conn.execute("INSERT INTO temp.burst_far SELECT id FROM codings WHERE source_id = ?"
                 " AND start > ? AND id NOT IN (SELECT value FROM json_each(?))",
                 (source_id, reach + total, rows))
    conn.execute("INSERT INTO temp.burst_near SELECT id FROM codings WHERE source_id = ?"
                 " AND start >= ? AND start <= ? UNION SELECT value FROM json_each(?)",
                 (source_id, start - total, reach + total, rows))
    return Burst(source_id)


def finish(conn: sqlite3.Connection, burst: Burst) -> None:
    """Write the text once and give the far codings their shift (the caller has the undo
    log paused: each move logged itself)."""
    if burst.text_changed and burst.text is not None:
        conn.execute("UPDATE sources SET text = ? WHERE id = ?", (burst.text, burst.source_id))
    if burst.shift:
        conn.execute('UPDATE codings SET start = start + ?1, "end" = "end" + ?1'
                     " WHERE id IN (SELECT id FROM temp.burst_far)", (burst.shift,))
    conn.execute("DELETE FROM temp.burst_far")
    conn.execute("DELETE FROM temp.burst_near")
