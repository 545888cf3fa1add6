"""The project file: creation, recognition, refusal, migration, concurrent access."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.store.database import Database, _statements
from annotator.store.errors import ProjectBusy, ProjectFileError
from annotator.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from annotator.store.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_sets_version_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    conn = store.database.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    reopened = Store.open(tmp_path / "p.annotator")
    assert reopened.meta("created")
    reopened.close()


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "p.annotator"
    target.write_text("keep me")
    with pytest.raises(FileExistsError):
        Store.create(target)
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"", "not an Annotator project"),
        (b"PK\x03\x04 this is a zip", "not an Annotator project"),
        (b"hello, I am a text file\n" * 50, "not an Annotator project"),
    ],
)
def test_non_projects_are_refused_untouched(tmp_path: Path, content: bytes, phrase: str) -> None:
    target = tmp_path / "thing.annotator"
    target.write_bytes(content)
    before = digest(target)
    with pytest.raises(ProjectFileError, match=phrase):
        Store.open(target)
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.annotator"]


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE notes(x)")
    conn.commit()
    conn.close()
    before = digest(target)
    with pytest.raises(ProjectFileError, match="is a database, but not an Annotator project"):
        Store.open(target)
    assert digest(target) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "future.annotator"
    Store.create(target).close()
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(target)
    with pytest.raises(ProjectFileError, match="newer version of Annotator"):
        Store.open(target)
    assert digest(target) == before


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="There is no project"):
        Store.open(tmp_path / "nope.annotator")
    with pytest.raises(ProjectFileError, match="is a folder"):
        Store.open(tmp_path)


def _database_at_version(path: Path, version: int) -> None:
    """Build a file as an older Annotator would have left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:version]:
        if callable(step):  # a rebuild or data step, over sqlite-utils
            import sqlite_utils

            step(sqlite_utils.Database(conn, recursive_triggers=False))
            continue
        for statement in _statements(step):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_forward_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    target = tmp_path / "old.annotator"
    _database_at_version(target, version)
    store = Store.open(target)
    assert store.schema_version() == SCHEMA_VERSION
    tables = {
        row[0]
        for row in store.database.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert {
        "sources",
        "paragraphs",
        "codes",
        "codings",
        "themes",
        "theme_codes",
        "theme_links",
        "memos",
        "cases",
        "attributes",
        "case_values",
    } <= tables
    assert store.integrity_problems() == []
    store.close()
    backup = tmp_path / f"old.annotator.format{version}.bak"
    assert backup.exists(), "an older file is copied before it is migrated"


def test_statement_splitter_keeps_trigger_bodies() -> None:
    statements = list(_statements(MIGRATIONS[0]))
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 6
    assert all(s.rstrip().endswith("END;") for s in triggers)


def test_write_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    target = tmp_path / "shared.annotator"
    Store.create(target).close()
    # Another process takes the write lock and keeps it while we try to write.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT INTO meta VALUES ('x', 'y')\");"
            "print('locked', flush=True); sys.stdin.readline(); c.execute('COMMIT')",
            str(target),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        store = Store.open(target)
        store.database.conn.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(ProjectBusy, match="another Annotator window"), store.recorded():
            store.set_meta("mine", "1")
        store.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    store = Store.open(target)
    assert store.meta("x") == "y"
    assert store.meta("mine") is None
    assert store.integrity_problems() == []
    store.close()


def test_reader_sees_committed_state_while_a_writer_works(tmp_path: Path) -> None:
    target = tmp_path / "p.annotator"
    writer = Store.create(target)
    reader = Store.open(target)
    with writer.recorded():
        writer.set_meta("k", "v")
        assert reader.meta("k") is None  # WAL: readers are never blocked nor see half a write
    assert reader.meta("k") == "v"
    writer.close()
    reader.close()


def test_database_create_in_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Database.create(tmp_path / "no" / "p.annotator")


def test_sqlite_utils_is_there_when_asked_for_but_not_loaded_to_open(tmp_path: Path) -> None:
    # Start-up pays nothing for sqlite-utils (click, pluggy); it is a property away.
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    script = (
        "import sys\n"
        "from annotator.project import Project\n"
        f"project = Project.open({str(path)!r})\n"
        "assert 'sqlite_utils' not in sys.modules, 'loaded to open a project'\n"
        "print(sorted(project.store.database.db.table_names())[:3])\n"
        "project.close()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60)
    assert "attributes" in done.stdout
