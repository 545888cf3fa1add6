"""What an operation (or its undo) changed, so that views refresh only what they show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.store.undolog import LogEntry


@dataclass(frozen=True, slots=True)
class Changes:
    """Row ids touched per table; a view re-reads just those rows."""

    rows: dict[str, frozenset[int]] = field(default_factory=dict)
    label: str = ""
    undone: bool = False
    outside: bool = False  # made by another process (the command line), seen by polling

    @classmethod
    def from_entries(cls, entries: Iterable[LogEntry], label: str = "",
                     undone: bool = False) -> Changes:
        rows: dict[str, set[int]] = {}
        for entry in entries:
            rows.setdefault(entry.table, set()).add(entry.rowid)
        return cls({t: frozenset(ids) for t, ids in rows.items()}, label, undone)

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def touches(self, *tables: str) -> bool:
        return any(table in self.rows for table in tables)

    def __bool__(self) -> bool:
        return bool(self.rows)
