"""A migration step that rebuilds a table with sqlite-utils' transform(): data, indexes,
triggers and the rows that point at it survive, in the same one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.store.checks import schema_problems
from annotator.store.database import Database
from annotator.store.rebuild import rebuild
from annotator.store.store import Store
from tests.helpers import table_dump


def _filled(path: Path) -> None:
    store = Store.create(path)
    with store.recorded():
        source = store.sources.add(guid="S", name="Ana", kind="txt", text="The waiting list.",
                                   file_name="", original=None, sha256="", imported_at="now",
                                   paragraphs=())
        code = store.database.conn.execute(
            "INSERT INTO codes(guid, name) VALUES ('C', 'Access')").lastrowid
        store.codings.add(guid="K", source_id=source, code_id=int(code or 0), start=4,
                          end=11, created_at="now", coder="me", memo="")
    store.close()


@pytest.mark.parametrize("table", ["sources", "codings", "codes"])
def test_rebuilding_a_table_keeps_everything_about_it(tmp_path: Path, table: str) -> None:
    path = tmp_path / "p.annotator"
    _filled(path)
    database = Database.open(path)
    version = database.schema_version()
    before = table_dump(Store(database))
    # A column order change: nothing ALTER TABLE could do, so a rebuild.
    columns = [row[1] for row in database.conn.execute(f"PRAGMA table_info({table})")]
    database._migrate(version, [lambda db: rebuild(db, table, column_order=columns[::-1])])
    assert database.schema_version() == version + 1
    assert [row[1] for row in database.conn.execute(f"PRAGMA table_info({table})")] == \
        columns[::-1]
    store = Store(database)
    assert {t: sorted(rows) for t, rows in table_dump(store).items() if t != table} == \
        {t: sorted(rows) for t, rows in before.items() if t != table}
    assert store.integrity_problems() == []
    assert schema_problems(database.conn) == []
    # The search index's triggers still follow the text; cascades still cascade.
    with store.recorded():
        store.sources.replace_text(1, "The long waiting list.", keep_original=False)
    assert store.search.candidates(["long"]) == {1}
    with store.recorded():
        store.sources.remove(1)
    assert store.codings.count() == 0
    database.close()


def test_a_failing_rebuild_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _filled(path)
    database = Database.open(path)
    version = database.schema_version()
    before = table_dump(Store(database))

    def broken(db) -> None:
        rebuild(db, "codings", column_order=["memo"])
        raise RuntimeError("halfway")

    with pytest.raises(RuntimeError, match="halfway"):
        database._migrate(version, [broken])
    assert database.schema_version() == version
    assert table_dump(Store(database)) == before
    assert database.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    database.close()
