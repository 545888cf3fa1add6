"""The store's side of text edits: the lazy search index and schema version 7."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.model.text_edits import TextEdit
from annotator.project import Project
from annotator.store.database import _statements
from annotator.store.schema import APPLICATION_ID, MIGRATIONS
from annotator.store.store import Store


def _fts_sound(project: Project) -> None:
    project.store.database.conn.execute(
        "INSERT INTO source_fts(source_fts) VALUES ('integrity-check')")


def test_a_transcript_removed_while_its_index_is_stale_leaves_the_index_sound(
        tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("alpha beta gamma\ndelta", encoding="utf-8")
    with Project.create(tmp_path / "p.annotator") as project:
        sid = project.import_file(source)
        project.edit_text(sid, TextEdit(0, 5, "omega"))
        stale = project.store.database.conn.execute(
            "SELECT text FROM source_fts_stale").fetchall()
        assert stale == [("alpha beta gamma\ndelta",)]  # what the index still holds
        project.remove_source(sid)
        _fts_sound(project)
        project.undo()  # the transcript back, as edited, and indexed as it is
        _fts_sound(project)
        assert len(project.search("omega").hits) == 1


def test_a_search_that_cannot_write_reads_stale_transcripts_in_full(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("alpha beta gamma", encoding="utf-8")
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        sid = project.import_file(source)
        project.edit_text(sid, TextEdit(0, 5, "omega"))
        project.store.database.conn.execute("PRAGMA busy_timeout = 0")
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another process is writing
        try:
            assert len(project.search("omega").hits) == 1
            assert len(project.search("alpha").hits) == 0
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        assert project.store.search.refresh() == set()


def test_version_6_files_come_forward_with_their_index_and_can_be_edited(tmp_path: Path) -> None:
    import sqlite_utils

    path = tmp_path / "old.annotator"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:6]:
        if callable(step):
            step(sqlite_utils.Database(conn, recursive_triggers=False))
            continue
        for statement in _statements(step):
            conn.execute(statement)
    conn.execute("INSERT INTO sources(guid, name, kind, text, imported_at)"
                 " VALUES ('g', 'old', 'txt', 'Ana: older words', '2020-01-01')")
    conn.execute('INSERT INTO paragraphs(source_id, idx, start, "end") VALUES (1, 0, 0, 16)')
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 6")
    conn.execute("COMMIT")
    conn.close()
    Store.open(path).close()
    with Project.open(path) as project:
        project.edit_text(1, TextEdit(5, 10, "newer"))
        assert len(project.search("newer words").hits) == 1
        assert len(project.search("older").hits) == 0
        _fts_sound(project)
        assert project.check() == []
