"""The Store: the project file's repositories behind one connection, with row-level undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from annotator.messages import message
from annotator.store import undolog
from annotator.store.backups import take_backup
from annotator.store.cases import CaseRepository
from annotator.store.checks import consistency_problems
from annotator.store.codes import CodeRepository
from annotator.store.codings import CodingRepository
from annotator.store.cues import CueRepository
from annotator.store.database import Database
from annotator.store.edits import TextStore
from annotator.store.journal import ChangeJournal, ReplayConflict
from annotator.store.memos import MemoRepository
from annotator.store.search import SearchIndex
from annotator.store.similar import SimilarIndexStore
from annotator.store.sources import SourceRepository
from annotator.store.themes import ThemeRepository
from annotator.store.undolog import LogEntry


@dataclass(slots=True)
class Recording:
    """What one transaction changed, filled in when it commits."""

    entries: tuple[LogEntry, ...] = field(default=())


class Store:
    """One open project file. Only this package speaks SQL."""

    def __init__(self, database: Database) -> None:
        self.database = database
        conn = database.conn
        undolog.install(conn)
        self.journal = ChangeJournal(conn, database.path, database.read_only)
        if not database.read_only:
            self.journal.install()
        self.sources = SourceRepository(conn)
        self.cues = CueRepository(conn)
        self.codes = CodeRepository(conn)
        self.codings = CodingRepository(conn)
        self.memos = MemoRepository(conn)
        self.cases = CaseRepository(conn)
        self.themes = ThemeRepository(conn)
        self.search = SearchIndex(conn)
        self.similar = SimilarIndexStore(conn)
        self.edits = TextStore(conn)

    @classmethod
    def create(cls, path: Path) -> Store:
        return cls(Database.create(path))

    @classmethod
    def open(cls, path: Path) -> Store:
        return cls(Database.open(path))

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()

    @property
    def in_transaction(self) -> bool:
        return self.database.conn.in_transaction

    @contextmanager
    def recorded(self) -> Iterator[Recording]:
        """Run a write in one transaction and collect the row changes it made."""
        recording = Recording()
        conn = self.database.conn
        try:
            with self.database.transaction():
                # Other processes' changes first, or marks for a watching window.
                self.journal.begin()
                start = undolog.head(conn)
                yield recording
                # On failure the rollback empties the TEMP log too; nothing to take.
                recording.entries = undolog.take(conn, start)
        finally:
            self.journal.end()

    def replay_inverse(self, entries: tuple[LogEntry, ...],
                       check: Callable[[tuple[LogEntry, ...]], None] | None = None
                       ) -> tuple[LogEntry, ...]:
        """Undo `entries` in one transaction; returns the entries that redo it.

        `check` sees the reversal (cascades included) before the commit and may refuse
        it by raising; a row that is no longer as the entries left it (another process
        took its id, or removed what it points at) raises ReplayConflict.
        """
        try:
            with self.database.transaction() as conn:
                self.journal.begin()
                with self.edits.replaying(entries):
                    reversal = undolog.replay_inverse(conn, entries, self.edits.replay)
                if check is not None:
                    check(reversal)
                return reversal
        except sqlite3.IntegrityError as exc:  # foreign keys are checked at the commit
            raise ReplayConflict(str(exc)) from exc

    def schema_version(self) -> int:
        return self.database.schema_version()

    def meta(self, key: str) -> str | None:
        row = self.database.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.database.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def integrity_problems(self) -> list[str]:
        conn: sqlite3.Connection = self.database.conn
        try:
            problems: list[str] = [row[0] for row in conn.execute("PRAGMA integrity_check")
                                   if row[0] != "ok"]
            problems += [
                message("Row {row} of {table} points at a missing {parent}.", row=row[1],
                        table=row[0], parent=row[2])
                for row in conn.execute("PRAGMA foreign_key_check")
            ]
            return problems + consistency_problems(conn)
        except sqlite3.DatabaseError as exc:  # a bad page stops even the check
            return [message(
                "The file is damaged: SQLite cannot read part of it ({reason}). Restore "
                "the newest backup (annotator restore, or File > Restore from Backup…); "
                "the damaged file is kept aside.", reason=str(exc))]

    def take_backup(self, root: Path, keep: int) -> Path:
        return take_backup(self.database.conn, self.path, root, keep)
