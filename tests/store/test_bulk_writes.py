"""Bulk writes inside a project's transaction: every row reaches the undo log's
triggers, so undo and redo are exact, whether the rows go in by executemany
(CodingRepository.add_many) or by sqlite-utils' insert_all (in a savepoint of ours)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.store.codings import _INSERT
from annotator.store.store import Store
from tests.helpers import table_dump

COLUMNS = ["guid", "source_id", "code_id", "start", "end", "created_at", "coder", "memo"]


@pytest.fixture
def store(tmp_path: Path):
    store = Store.create(tmp_path / "p.annotator")
    with store.recorded():
        store.sources.add(guid="S", name="A", kind="txt", text="x" * 3000, file_name="",
                          original=None, sha256="", imported_at="now", paragraphs=())
        store.database.conn.execute("INSERT INTO codes(guid, name) VALUES ('C', 'Code')")
    yield store
    store.close()


def _rows(n: int) -> list[tuple[str, int, int, int, int, str, str, str]]:
    return [(f"G{i}", 1, 1, i * 3, i * 3 + 2, "now", "me", "") for i in range(n)]


@pytest.mark.parametrize("how", ["add_many", "insert_all", "executemany"])
def test_bulk_insert_is_one_transaction_and_undoes_exactly(store: Store, how: str) -> None:
    before = table_dump(store)
    rows = _rows(500)
    with store.recorded() as recording:
        if how == "add_many":
            ids = store.codings.add_many(rows)
            assert [store.codings.get(i).guid for i in ids[:3]] == ["G0", "G1", "G2"]
        elif how == "executemany":
            store.database.conn.executemany(_INSERT, rows)
        else:
            store.database.db["codings"].insert_all(
                [dict(zip(COLUMNS, row, strict=True)) for row in rows], batch_size=100)
        assert store.in_transaction  # sqlite-utils nests a savepoint, never commits ours
    assert len(recording.entries) == 500
    assert {e.action for e in recording.entries} == {"insert"}
    after = table_dump(store)
    redo = store.replay_inverse(recording.entries)
    assert table_dump(store) == before
    store.replay_inverse(redo)
    assert table_dump(store) == after


def test_a_failed_bulk_insert_leaves_nothing(store: Store) -> None:
    before = table_dump(store)
    rows = _rows(10) + [("G0", 1, 1, 0, 2, "now", "me", "")]  # a duplicate guid
    with pytest.raises(Exception, match="UNIQUE"), store.recorded():
        store.codings.add_many(rows)
    assert table_dump(store) == before
    assert not store.in_transaction


def test_sqlite_utils_leaves_the_connection_s_pragmas_alone(store: Store) -> None:
    conn = store.database.conn
    store.database.db.table_names()
    with store.recorded():
        store.codings.add_many(_rows(3))
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
