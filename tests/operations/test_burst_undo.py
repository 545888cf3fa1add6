"""Undoing and redoing a burst of typing on a long transcript, where the codings far
after the burst are moved once instead of once per key (store/burst_replay.py): the
result is the same row for row as the project before (undo) and after (redo).

The bursts are random keystrokes in one place of a 40-paragraph transcript with
codings before, around and far after it: letters, Backspace and Delete (some taking
excerpts' edges or whole excerpts), emoji and CJK, Enter and joined paragraphs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.model.text_edits import TextEdit
from annotator.project import Project
from annotator.store import burst_replay

LINES = [f"P{i % 3}: we met 😀 at the clinic 社区{i} and talked about the students {i}."
         for i in range(40)]
TEXT = "\n".join(LINES)
KEYS = ["a", "b", " ", "😀", "区", "\n", "BACKSPACE", "DELETE", "BACKSPACE"]


def state(project: Project) -> tuple[object, ...]:
    conn = project.store.database.conn
    return tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                 for table in ("sources", "codings", "memos", "paragraphs", "source_edits",
                               "similar_dismissed"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.integers(0, len(TEXT) // 2),
       keys=st.lists(st.sampled_from(KEYS), min_size=2, max_size=14),
       undos=st.integers(1, 2))
def test_a_burst_undoes_and_redoes_row_for_row(place: int, keys: list[str], undos: int,
                                               ) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "talk.txt"
        source.write_text(TEXT, encoding="utf-8")
        with Project.create(Path(folder) / "p.annotator") as project:
            sid = project.import_file(source)
            for number, start in enumerate(range(0, len(TEXT) - 40, 37)):
                code = project.add_code(f"Theme {number}")
                coding = project.add_coding(sid, code, start, start + 11 + number % 25,
                                            memo=f"memo {number}")
                project.set_memo("coding", coding, f"a memo on excerpt {number}")
            project.dismiss_similar(code, [(sid, 10, 40), (sid, len(TEXT) - 60, len(TEXT) - 20)])
            before = state(project)
            caret = place
            project.editing.end_burst()
            for key in keys:
                length = len(project.source(sid).text)
                if key == "BACKSPACE":
                    edit = TextEdit(caret - 1, caret, "") if caret > 0 else None
                elif key == "DELETE":
                    edit = TextEdit(caret, caret + 1, "") if caret < length else None
                else:
                    edit = TextEdit(caret, caret, key)
                if edit is None:
                    continue
                project.edit_text(sid, edit, burst=True)
                caret = edit.start + len(edit.text)
            after = state(project)
            for _ in range(undos):  # undo, redo, and again: the redo log is a burst too
                project.undo()
                assert state(project) == before
                assert project.check() == []
                project.redo()
                assert state(project) == after
                assert project.check() == []


def test_a_long_burst_moves_the_far_codings_once(tmp_path: Path, monkeypatch) -> None:
    """The far codings are shifted by one statement, not once per key (and the undo
    is the same as the project before the burst)."""
    source = tmp_path / "talk.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(tmp_path / "p.annotator") as project:
        sid = project.import_file(source)
        code = project.add_code("Theme")
        for start in range(300, len(TEXT) - 20, 50):
            project.add_coding(sid, code, start, start + 10)
        before = state(project)
        for i, char in enumerate("we said yes "):
            project.edit_text(sid, TextEdit(20 + i, 20 + i, char), burst=True)
        begun: list[int] = []
        original = burst_replay.begin

        def counted(*args: object) -> burst_replay.Burst:
            begun.append(1)
            return original(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(burst_replay, "begin", counted)
        statements: list[str] = []
        project.store.database.conn.set_trace_callback(statements.append)
        project.undo()
        project.store.database.conn.set_trace_callback(None)
        assert state(project) == before
        assert begun == [1]
        # (SQLite's trace repeats a statement for each trigger it sets off.)
        far = {s for s in statements if "burst_far)" in s and s.startswith("UPDATE codings")}
        assert far == {'UPDATE codings SET start = start + -12, "end" = "end" + -12'
                       " WHERE id IN (SELECT id FROM temp.burst_far)"}
