"""Opening, creating and migrating the project file; the one SQLite connection.

Every write happens inside `Database.transaction()`, which takes the write lock
up front (BEGIN IMMEDIATE) so that two processes never deadlock half-way
through an operation, and turns SQLite's environment errors into sentences.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.messages import message, sentence
from annotator.store.errors import ProjectFileError, ProjectReadOnly
from annotator.store.idle import IdleTimer
from annotator.store.private_copy import copy_database, remove
from annotator.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration
from annotator.store.sqlite_errors import is_environmental, primary_name, translate_error

if TYPE_CHECKING:
    import sqlite_utils

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
IDLE_CHECKPOINT_S = 1.0


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so Python never
    # opens or commits a transaction behind our back.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device, inode); None when there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _writable(path: Path) -> bool:
    # SQLite also needs the folder, for the -wal and -shm files beside the project.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def inspect_file(path: Path) -> int:
    """Return the schema version of an Annotator project, or raise with a sentence.

    Reads only: a file that is not a project is never touched, not even by
    SQLite's journal-mode switch.
    """
    name = path.name
    if not path.exists():
        raise ProjectFileError(message("There is no project at “{path}”.", path=str(path)))
    if path.is_dir():
        raise ProjectFileError(message("“{name}” is a folder, not an Annotator project.",
                                       name=name))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectFileError(message("“{name}” cannot be read ({reason}).", name=name,
                                       reason=exc.strerror)) from exc
    if header != _SQLITE_MAGIC:
        raise ProjectFileError(message("“{name}” is not an Annotator project.", name=name))
    try:
        app_id, version = _read_header(path)
    except sqlite3.Error as exc:
        if primary_name(exc) in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR"):
            raise ProjectFileError(message("“{name}” cannot be read ({reason}).", name=name,
                                           reason=str(exc))) from exc
        raise damaged(path, exc) from exc
    if app_id != APPLICATION_ID:
        raise ProjectFileError(message("“{name}” is a database, but not an Annotator project.",
                                       name=name))
    if version > SCHEMA_VERSION:
        raise ProjectFileError(message(
            "“{name}” was saved by a newer version of Annotator (file format {version}; "
            "this version reads up to {supported}); please update Annotator to open it.",
            name=name, version=version, supported=SCHEMA_VERSION))
    return version


def _read_header(path: Path) -> tuple[int, int]:
    """The file's application id and schema version, read without writing anything."""
    try:
        return _pragmas(path.resolve().as_uri() + "?mode=ro")
    except sqlite3.Error as exc:
        if primary_name(exc) not in ("SQLITE_READONLY", "SQLITE_CANTOPEN"):
            raise
        # A WAL project in a folder we may not write (a CD, a shared drive): SQLite
        # cannot make the -shm it reads through; read the file as it stands.
        return _pragmas(path.resolve().as_uri() + "?immutable=1")


def _pragmas(uri: str) -> tuple[int, int]:
    conn = sqlite3.connect(uri, uri=True)
    try:
        # The schema is read here too, on a connection that cannot write: a damaged
        # file or a -wal that does not fit it is found before a connection that
        # could write exists, which on closing would fold that -wal into the file for good.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return (conn.execute("PRAGMA application_id").fetchone()[0],
                conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def damaged(path: Path, exc: sqlite3.Error) -> ProjectFileError:
    """The sentence for a project SQLite finds damaged; a leftover -wal beside it (a
    copy taken with the -wal of another copy, or while open) is named as the cause."""
    wal = Path(f"{path}-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size > 0:
            return ProjectFileError(message(
                "“{name}” cannot be opened with the file “{wal}” beside it, which holds "
                "changes that do not fit this copy (it was probably copied from another "
                "copy of the project, or while the project was open). Move “{wal}” into "
                "another folder, keeping it, and open the project again: it opens as it "
                "was when last closed.", name=path.name, wal=wal.name))
    return ProjectFileError(message("“{name}” is damaged and cannot be opened ({reason}).",
                                    name=path.name, reason=str(exc)))


def _exists(path: Path) -> str:
    return message("“{name}” already exists; choose another name.", name=path.name)


class Database:
    """The open project file: one connection, its pragmas and its transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._identity = _identity(path)
        self._rescued: ProjectFileError | None = None
        self._idle = IdleTimer(IDLE_CHECKPOINT_S, lambda: self.checkpoint(),
                               lambda: self.closed)
        self.closed = False

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for table introspection and bulk
        writes. Made on first use: importing sqlite-utils (with click and pluggy) is a
        tenth of a second of the app's start-up, and opening a project needs none of it.
        """
        import sqlite_utils

        # sqlite-utils would turn recursive triggers on for the whole connection.
        return sqlite_utils.Database(self.conn, recursive_triggers=False)

    @classmethod
    def create(cls, path: Path) -> Database:
        path = Path(path)
        if path.exists():
            raise FileExistsError(_exists(path))
        if not path.parent.is_dir():
            raise ProjectFileError(message("The folder “{folder}” does not exist.",
                                           folder=str(path.parent)))
        try:
            # Transcripts are confidential: the file (and the -wal/-shm files SQLite
            # gives the same mode) is readable by its owner only.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            conn = _connect(path)
        except FileExistsError:
            raise FileExistsError(_exists(path)) from None
        except OSError as exc:
            raise ProjectFileError(message("“{name}” cannot be created ({reason}).",
                                           name=path.name, reason=exc.strerror)) from exc
        except sqlite3.Error as exc:
            path.unlink(missing_ok=True)
            raise translate_error(exc, path) from exc
        database = cls(conn, path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            database._migrate(0)
            with database.transaction():
                stamp = datetime.now(UTC).isoformat(timespec="seconds")
                conn.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (stamp,))
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
        return database

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        version = inspect_file(path)
        if not _writable(path):
            return cls._open_read_only(path, version)
        conn = None
        try:
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            if primary_name(exc) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                raise damaged(path, exc) from exc
            raise translate_error(exc, path, opening=True) from exc
        database = cls(conn, path)
        if version < SCHEMA_VERSION:
            try:
                database._backup_before_migration(version)
                database._migrate(version)
            except BaseException:
                conn.close()
                raise
        return database

    @classmethod
    def _open_read_only(cls, path: Path, version: int) -> Database:
        """A project on a CD, a shared drive or with its write permission removed."""
        if version < SCHEMA_VERSION:
            raise ProjectReadOnly(message(
                "“{name}” is read-only and was saved by an older version of Annotator; "
                "copy it to a folder you can write to, then open the copy.", name=path.name))
        try:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            # A WAL file whose -shm cannot be made beside it: read it as it stands.
            conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True,
                                   isolation_level=None, check_same_thread=False)
        return cls(conn, path, read_only=True)

    def close(self) -> None:
        self.closed = True
        self._idle.stop()
        if self.read_only:
            self.conn.close()
            return
        # Fold the WAL back so the project is one self-contained file again;
        # another process still reading is no reason to fail the close.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside lands, or nothing does."""
        if self.read_only:
            raise ProjectReadOnly(message(
                "“{name}” is read-only, so this change cannot be saved; "
                "copy the project to a folder you can write to in order to work on it.",
                name=self.path.name))
        if self._rescued is not None:
            raise ProjectFileError(sentence(self._rescued))
        if _identity(self.path) != self._identity:
            raise self._rescue()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            if is_environmental(exc):
                raise translate_error(exc, self.path) from exc
            raise
        except BaseException:
            self._rollback()
            raise
        self._checkpoint_when_idle()

    def _checkpoint_when_idle(self) -> None:
        """Once no change has come for IDLE_CHECKPOINT_S, fold the -wal into the file
        (store/idle.py): a copy of the file alone then holds all committed work."""
        self._idle.changed()

    def checkpoint(self) -> None:
        """Fold the -wal into the project file now, without waiting for anyone."""
        if self.read_only or self.closed or _identity(self.path) != self._identity:
            return
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(self.path, timeout=0)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                conn.close()

    def _rescue(self) -> ProjectFileError:
        """The file was deleted or replaced under us: write what we hold back out.

        Our connection still reads the old file's data, so nothing committed is
        lost as long as it is copied out before the app lets go of it.
        """
        target = self.path
        if target.exists() or not target.parent.is_dir():
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            target = Path.home() / f"{self.path.stem} (rescued {stamp}).annotator"
        try:
            copy_database(self.conn, target, "DELETE")
        except (OSError, sqlite3.Error) as exc:
            return ProjectFileError(message(
                "“{name}” was moved or deleted while open, and it could not be "
                "written back ({reason}); keep this window open and copy your work elsewhere.",
                name=self.path.name, reason=str(exc)))
        # This connection still writes to the vanished file; from now on every
        # change is refused with the same sentence, pointing at the rescued copy.
        self._identity = (-1, -1)
        self._rescued = ProjectFileError(message(
            "“{name}” was moved or deleted while open; everything saved "
            "so far was written to “{copy}”; open that file to go on.",
            name=self.path.name, copy=str(target)))
        return self._rescued

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, from_version: int, steps: Sequence[Migration] | None = None) -> None:
        """Bring the file forward in one transaction: SQL scripts, or functions that
        rebuild a table with sqlite-utils (store/rebuild.py).

        Foreign keys are off while it runs, as SQLite's recipe for rebuilding a table
        asks (dropping the old table must not cascade into the rows that point at it),
        and checked in full before the commit.
        """
        steps = MIGRATIONS[from_version:] if steps is None else steps
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.transaction() as conn:
                for step in steps:
                    if callable(step):
                        step(self.db)
                        continue
                    for statement in _statements(step):
                        conn.execute(statement)
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise RuntimeError("a migration left rows pointing at missing rows")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {from_version + len(steps)}")
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _backup_before_migration(self, version: int) -> None:
        target = self.path.with_name(f"{self.path.name}.format{version}.bak")
        partial = target.with_name(f".{target.name}.partial")
        remove(partial)  # left by a migration that was killed
        try:
            copy_database(self.conn, partial, "DELETE")
        except (OSError, sqlite3.Error) as exc:
            raise ProjectFileError(message(
                "“{name}” was not brought up to date: the copy kept before that could not "
                "be written ({reason}); the project is unchanged.", name=self.path.name,
                reason=str(exc))) from exc
        partial.replace(target)


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer[:60]!r}")
