"""What an operation (or its undo) changed, so that views refresh only what they show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.model.text_edits import TextEdit
from annotator.store.edits import logged_moves
from annotator.store.undolog import LogEntry


@dataclass(frozen=True, slots=True)
class Changes:
    """Row ids touched per table; a view re-reads just those rows.

    `text_edits` are the edits of transcripts' texts, (source id, edit) in the order
    they were made (an undo's are the inverse edits): a view showing a transcript
    applies them to what it shows, and moves its codings and paragraphs after each
    edit by the edit's length (model/edit_shift.py). `rows` then names only the rows
    changed otherwise: the source itself, codings an edit clipped, removed or brought
    back, the paragraphs typed in; the codings and paragraphs that merely moved are
    not listed, so a keystroke in a long transcript stays cheap to show.
    """

    rows: dict[str, frozenset[int]] = field(default_factory=dict)
    label: str = ""
    undone: bool = False
    outside: bool = False  # made by another process (the command line), seen by polling
    text_edits: tuple[tuple[int, TextEdit], ...] = ()

    @classmethod
    def from_entries(cls, entries: Iterable[LogEntry], label: str = "",
                     undone: bool = False) -> Changes:
        """What `entries` changed; with `undone`, what undoing them (newest first) did."""
        rows: dict[str, set[int]] = {}
        moves: list[tuple[tuple[int, TextEdit], ...]] = []
        for entry in entries:
            rows.setdefault(entry.table, set()).add(entry.rowid)
            if entry.action == "edit":
                done, reverse = logged_moves(entry)
                move = reverse if undone else done
                moves.append(tuple((move.source_id, edit) for edit in move.edits))
        if undone:  # the newest step was undone first
            moves.reverse()
        return cls({t: frozenset(ids) for t, ids in rows.items()}, label, undone,
                   text_edits=tuple(edit for move in moves for edit in move))

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def touches(self, *tables: str) -> bool:
        return any(table in self.rows for table in tables)

    def __bool__(self) -> bool:
        return bool(self.rows)
