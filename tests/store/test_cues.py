"""The cues table (schema version 2, issue 18): cue times kept per stretch of text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.model.entities import Cue
from annotator.project import Project
from annotator.store.schema import APPLICATION_ID, MIGRATIONS
from annotator.store.store import Store

VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Hello.\n\n"
       "00:00:02.500 --> 00:00:04.000\nAna: How are you?\n\n"
       "00:00:05.000 --> 00:00:06.000\nBo: Fine.\n")


def test_cues_are_stored_found_and_removed_with_their_source(tmp_path: Path) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(VTT, encoding="utf-8")
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(path)
        text = project.source(source_id).text
        cues = project.cues(source_id)
        assert [text[c.start:c.end] for c in cues] == ["Hello.", "How are you?", "Fine."]
        assert [(c.begin_ms, c.end_ms) for c in cues] == [(1000, 2000), (2500, 4000),
                                                          (5000, 6000)]
        store = project.store
        assert store.cues.at(source_id, text.index("are")) == cues[1]
        assert store.cues.at(source_id, 0) is None  # "[00:00:01] Ana: " was not spoken
        txt = tmp_path / "plain.txt"
        txt.write_text("Ana: hi\nBo: hi\nAna: bye\n", encoding="utf-8")
        assert project.cues(project.import_file(txt)) == []


def test_a_version_1_project_gains_the_cues_table(tmp_path: Path) -> None:
    target = tmp_path / "old.annotator"
    conn = sqlite3.connect(target, isolation_level=None)
    conn.executescript(MIGRATIONS[0] if isinstance(MIGRATIONS[0], str) else "")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = Store.open(target)
    try:
        with store.recorded():
            store.database.conn.execute(
                "INSERT INTO sources(guid, name, kind, text, imported_at)"
                " VALUES ('g', 'n', 'vtt', 'abc', 'now')")
            store.cues.add(1, [Cue(0, 3, 10, 20)])
        assert store.cues.of_source(1) == [Cue(0, 3, 10, 20)]
    finally:
        store.close()
