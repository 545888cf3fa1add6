"""The undo log keeps what undo needs and no more: an UPDATE logs the columns it changed,
and a transcript's original file bytes sit in their own table (schema version 5), so no
ordinary edit copies them; undo and redo stay exact."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.messages import message
from annotator.model.entities import Paragraph
from annotator.project import Project
from annotator.store.database import _statements
from annotator.store.schema import APPLICATION_ID, MIGRATIONS
from annotator.store.store import Store
from tests.helpers import table_dump

MB = 1 << 20


def _add_source(store: Store, name: str, text: str, original: bytes | None) -> int:
    return store.sources.add(guid=f"G-{name}", name=name, kind="docx", text=text,
                             file_name=f"{name}.docx", original=original, sha256="x",
                             imported_at="now",
                             paragraphs=(Paragraph(0, 0, len(text), "p0", None, None),))


def _log_size(entries: tuple) -> int:
    return sum(len(e.inverse_sql.encode()) + len(repr(e.params).encode()) for e in entries)


def test_renaming_a_transcript_with_a_1_mb_original_logs_under_1_kb(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.session.run(message("Import"), _add_source, project.store, "Big",
                                        "word " * (MB // 5), os.urandom(MB))
        before = table_dump(project.store)
        with project.store.recorded() as recording:
            project.store.sources.rename(source_id, "Bigger")
        assert 0 < _log_size(recording.entries) < 1024
        project.history.record(message("Rename"), recording.entries)
        after = table_dump(project.store)
        project.undo()
        assert table_dump(project.store) == before
        project.redo()
        assert table_dump(project.store) == after


def test_an_update_logs_only_the_columns_it_changed(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    with store.recorded():
        store.database.conn.execute(
            "INSERT INTO codes(guid, name, description) VALUES ('C', 'Trust', ?)", ("d" * 5000,))
    with store.recorded() as recording:
        store.codes.update(1, name="Belief")
    (entry,) = recording.entries
    assert (entry.inverse_sql, entry.params) == (
        "UPDATE main.codes SET \"name\"=? WHERE rowid=?", ("Trust", 1))
    with store.recorded() as nothing:
        store.codes.update(1, name="Belief")  # what it already holds: no change to undo
    assert nothing.entries == ()
    store.close()


def test_the_original_goes_with_its_transcript_and_comes_back_on_undo(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annotator") as project:
        original = os.urandom(4096)
        source_id = project.session.run(message("Import"), _add_source, project.store, "A",
                                        "Some text.", original)
        assert project.original_bytes(source_id) == original
        before = table_dump(project.store)
        project.remove_source(source_id)
        assert project.original_bytes(source_id) is None
        assert project.store.database.conn.execute(
            "SELECT count(*) FROM source_originals").fetchone()[0] == 0
        project.undo()
        assert table_dump(project.store) == before
        assert project.original_bytes(source_id) == original


def test_pseudonymising_without_the_original_drops_its_row(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    with store.recorded():
        source_id = _add_source(store, "A", "Ana said hello.", b"PK-docx")
    with store.recorded():
        store.sources.replace_text(source_id, "P1 said hello.", keep_original=False)
    assert store.sources.original(source_id) is None
    store.close()


def _version_4_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:4]:
        assert isinstance(step, str)
        for statement in _statements(step):
            conn.execute(statement)
    conn.execute("INSERT INTO sources(guid, name, kind, text, original, imported_at)"
                 " VALUES ('A', 'With', 'docx', 'Hello.', X'504B0304', 'now'),"
                 " ('B', 'Without', 'txt', 'Plain.', NULL, 'now')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("COMMIT")
    conn.close()


def test_version_5_moves_each_original_to_its_own_table(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    _version_4_file(path)
    store = Store.open(path)
    columns = {row[1] for row in store.database.conn.execute("PRAGMA table_info(sources)")}
    assert "original" not in columns
    with_id = store.sources.by_name("With")
    without = store.sources.by_name("Without")
    assert with_id is not None and without is not None
    assert store.sources.original(with_id.id) == b"PK\x03\x04"
    assert store.sources.original(without.id) is None
    assert store.integrity_problems() == []
    store.close()


@pytest.mark.parametrize("n", [1, 3])
def test_undo_of_several_updates_to_one_row_is_exact(tmp_path: Path, n: int) -> None:
    store = Store.create(tmp_path / "p.annotator")
    with store.recorded():
        store.database.conn.execute("INSERT INTO codes(guid, name) VALUES ('C', 'A')")
    before = table_dump(store)
    with store.recorded() as recording:
        for i in range(n):
            store.codes.update(1, name=f"N{i}", color=f"#00000{i}", sort=i)
        store.codes.update(1, description="x")
    after = table_dump(store)
    redo = store.replay_inverse(recording.entries)
    assert table_dump(store) == before
    store.replay_inverse(redo)
    assert table_dump(store) == after
    store.close()
