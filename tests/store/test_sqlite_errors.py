"""SQLite's errors told apart by their result code, never by their wording: busy,
read-only, full disk and damaged files each get their sentence; bugs are not hidden."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.store.database import Database
from annotator.store.errors import ProjectBusy, ProjectFileError, ProjectReadOnly
from annotator.store.sqlite_errors import is_environmental, primary_name, translate_error
from annotator.store.store import Store


def _error(name: str, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


def test_the_code_decides_not_the_wording(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    # Wordings that would have fooled a substring test.
    assert isinstance(translate_error(_error("SQLITE_BUSY_SNAPSHOT", "stale"), path),
                      ProjectBusy)
    assert isinstance(translate_error(_error("SQLITE_READONLY_DBMOVED", "moved"), path),
                      ProjectReadOnly)
    full = translate_error(_error("SQLITE_FULL", "no room"), path)
    assert str(full) == "The disk holding “p.annotator” is full; nothing was changed."
    assert not is_environmental(_error("SQLITE_CONSTRAINT_UNIQUE", "database is locked"))
    assert not is_environmental(sqlite3.OperationalError("disk I/O error"))  # not from SQLite
    assert primary_name(_error("SQLITE_IOERR_SHORT_READ", "")) == "SQLITE_IOERR"


def test_a_write_refused_as_read_only(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    store.database.conn.execute("PRAGMA query_only = ON")  # SQLITE_READONLY on any write
    with pytest.raises(ProjectReadOnly, match="is read-only"), store.recorded():
        store.set_meta("x", "1")
    store.database.conn.execute("PRAGMA query_only = OFF")
    assert store.meta("x") is None
    store.close()


def test_busy_from_a_second_connection_of_this_process(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    store = Store.create(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.database.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(ProjectBusy), store.recorded():
        store.set_meta("x", "1")
    other.execute("ROLLBACK")
    other.close()
    store.close()


def test_a_full_disk_is_told_by_its_code(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    conn = store.database.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(ProjectFileError, match="is full") as caught, store.recorded():
        store.set_meta("big", "x" * 1_000_000)
    assert primary_name(caught.value.__cause__) == "SQLITE_FULL"  # type: ignore[arg-type]
    store.close()


def test_a_bug_is_not_dressed_as_the_environment(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    with pytest.raises(sqlite3.IntegrityError), store.recorded():
        store.database.conn.execute("INSERT INTO meta(key, value) VALUES ('k', NULL)")
    store.close()


def _damage(path: Path, table: str) -> None:
    """Overwrite the root page of one table with noise, the file's 100-byte header kept."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = 1 if table == "sqlite_master" else conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = max(100, (root - 1) * page_size)
    data[start:root * page_size] = b"\xa5" * (root * page_size - start)
    path.write_bytes(bytes(data))


def test_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Store.create(path).close()
    _damage(path, "codes")
    database = Database.open(path)  # the header and schema are sound
    with pytest.raises(ProjectFileError, match="could not be changed: database disk image"), \
            database.transaction() as conn:
        conn.execute("INSERT INTO codes(guid, name) VALUES ('g', 'Broken')")
    database.close()
    _damage(path, "sqlite_master")
    with pytest.raises(ProjectFileError, match="is damaged and cannot be opened"):
        Database.open(path)
