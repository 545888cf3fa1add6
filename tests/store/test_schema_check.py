"""`annotator check` compares the file's tables, columns, indexes and triggers (read
with sqlite-utils) with the schema its migrations make."""

from __future__ import annotations

from pathlib import Path

from annotator.store.checks import schema_problems
from annotator.store.store import Store


def test_a_sound_file_has_its_whole_schema(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    assert schema_problems(store.database.conn) == []
    assert store.integrity_problems() == []
    store.close()


def test_a_lost_trigger_index_or_table_is_named(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.annotator")
    conn = store.database.conn
    # What a hand edit, or a tool that rebuilt a table, might leave behind: a search
    # index no longer kept current, a slow lookup, a missing table.
    conn.execute("DROP TRIGGER sources_fts_ai")
    conn.execute("DROP INDEX memos_target")
    conn.execute("DROP TABLE source_cases")
    problems = schema_problems(conn)
    assert len(problems) == 1
    assert "trigger sources_fts_ai" in problems[0]
    assert "index memos_target" in problems[0]
    assert "source_cases, source_cases.case_id" in problems[0]
    assert problems[0] in store.integrity_problems()
    store.close()
