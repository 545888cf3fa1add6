"""Editing a transcript's text: codings, paragraphs and speakers follow; undo restores."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.model.text_edits import TextEdit
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.project import Project

TEXT = "Ana: hello world\nBen: second line here\nAna: third one"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    source = tmp_path / "talk.txt"
    source.write_text(TEXT, encoding="utf-8")
    project = Project.create(tmp_path / "p.annotator")
    project.import_file(source)
    return project


def _state(project: Project, source_id: int) -> tuple[object, ...]:
    conn = project.store.database.conn
    return (project.source(source_id).text,
            conn.execute('SELECT * FROM codings ORDER BY id').fetchall(),
            conn.execute("SELECT * FROM memos ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM paragraphs ORDER BY source_id, idx").fetchall(),
            conn.execute("SELECT words FROM sources").fetchall())


def _covered(project: Project, source_id: int) -> dict[int, str]:
    text = project.source(source_id).text
    return {c.id: text[c.start:c.end] for c in project.codings(source_id)}


def test_codings_follow_typing_and_undo_restores_everything(project: Project) -> None:
    sid = project.sources()[0].id
    code = project.add_code("Greeting")
    hello = project.add_coding(sid, code, 5, 10, memo="excerpt memo")
    second = project.add_coding(sid, code, 22, 28)
    project.set_memo("coding", hello, "a memo on the coding")
    before = _state(project, sid)
    heard: list[Changes] = []
    project.subscribe(heard.append)

    report = project.edit_text(sid, TextEdit(10, 10, "!!"))  # at the end of "hello"
    assert _covered(project, sid) == {hello: "hello!!", second: "second"}
    assert report.moved == 2 and report.edits == 1 and not report.removed
    assert heard[-1].text_edits == ((sid, TextEdit(10, 10, "!!")),)

    report = project.edit_text(sid, TextEdit(5, 12, ""))  # all of it
    assert [(n.coding_id, n.code, n.source) for n in report.removed] == [
        (hello, "Greeting", "talk")]
    assert _covered(project, sid) == {second: "second"}

    at = project.source(sid).text.index("second")
    report = project.edit_text(sid, TextEdit(at + 1, at + 5, ""))  # "econ" of "second"
    assert [n.coding_id for n in report.shrunk] == [second]
    assert _covered(project, sid) == {second: "sd"}

    for _ in range(3):
        changes = project.undo()
    assert changes.undone and changes.text_edits == ((sid, TextEdit(10, 12, "")),)
    assert _state(project, sid) == before
    assert project.memo_for("coding", hello).body == "a memo on the coding"
    for _ in range(3):
        project.redo()
    assert _covered(project, sid) == {second: "sd"}
    assert project.check() == []


def test_splitting_and_joining_paragraphs_re_recognises_speakers(project: Project) -> None:
    sid = project.sources()[0].id
    before = _state(project, sid)
    project.edit_text(sid, TextEdit(10, 11, "\nCal: "))  # "Ana: hello" / "Cal: world"
    paras = project.paragraphs(sid)
    text = project.source(sid).text
    assert [(text[p.start:p.end], p.speaker) for p in paras] == [
        ("Ana: hello", "Ana"), ("Cal: world", "Cal"), ("Ben: second line here", "Ben"),
        ("Ana: third one", "Ana")]
    end_of_ben = text.index(" here") + len(" here")
    project.edit_text(sid, TextEdit(end_of_ben, end_of_ben + 1, " "))  # join Ben and Ana
    text = project.source(sid).text
    assert [(text[p.start:p.end], p.speaker, p.index) for p in project.paragraphs(sid)][2:] \
        == [("Ben: second line here Ana: third one", "Ben", 2)]
    assert project.check() == []
    project.undo()
    project.undo()
    assert _state(project, sid) == before


def test_a_burst_of_typing_is_one_undo_step(project: Project) -> None:
    sid = project.sources()[0].id
    depth = project.history.depth
    for at, char in enumerate("abc", start=5):
        project.edit_text(sid, TextEdit(at, at, char), burst=True)
    assert project.history.depth == depth + 1
    project.edit_text(sid, TextEdit(0, 0, "X"))  # not a burst: a step of its own
    project.edit_text(sid, TextEdit(1, 1, "Y"), burst=True)
    assert project.history.depth == depth + 3
    project.undo()
    project.undo()
    project.undo()
    assert project.source(sid).text == TEXT


def test_an_undone_burst_does_not_swallow_the_next(project: Project) -> None:
    sid = project.sources()[0].id
    project.edit_text(sid, TextEdit(0, 0, "a"), burst=True)
    project.edit_text(sid, TextEdit(1, 1, "b"), burst=True)
    project.undo()
    project.edit_text(sid, TextEdit(0, 0, "c"), burst=True)
    project.undo()
    assert project.source(sid).text == TEXT


def test_search_finds_edited_text_and_forgets_the_old(project: Project) -> None:
    sid = project.sources()[0].id
    assert len(project.search("second").hits) == 1
    project.edit_text(sid, TextEdit(22, 28, "zebra"))
    assert len(project.search("zebra").hits) == 1
    assert len(project.search("second").hits) == 0
    conn = project.store.database.conn
    conn.execute("INSERT INTO source_fts(source_fts) VALUES ('integrity-check')")
    project.undo()
    assert len(project.search("second").hits) == 1
    assert len(project.search("zebra").hits) == 0


def test_bad_edits_are_refused_in_a_sentence(project: Project) -> None:
    sid = project.sources()[0].id
    depth = project.history.depth
    with pytest.raises(OperationError, match="past the end"):
        project.edit_text(sid, TextEdit(0, len(TEXT) + 1, ""))
    with pytest.raises(OperationError, match="no longer exists"):
        project.edit_text(sid + 1, TextEdit(0, 0, "x"))
    for control in ("\x00", "a\x0bb", "\x1b[0m", "\x7f"):
        with pytest.raises(OperationError, match="control character"):
            project.edit_text(sid, TextEdit(3, 3, control))
    project.edit_text(sid, TextEdit(3, 3, "\tand\r\n"))  # tabs and breaks are text
    project.undo()
    assert project.history.depth == depth
    assert project.source(sid).text == TEXT


def test_emoji_cjk_and_combining_marks_keep_offsets_exact(tmp_path: Path) -> None:
    text = "P1: 😀 𠀋 café\u0301 שלום\nP2: ok"
    source = tmp_path / "u.txt"
    source.write_text(text, encoding="utf-8")
    with Project.create(tmp_path / "u.annotator") as project:
        sid = project.import_file(source)
        code = project.add_code("x")
        start = text.index("𠀋")
        coding = project.add_coding(sid, code, start, text.index("שלום") + 4)
        project.edit_text(sid, TextEdit(text.index("😀") + 1, text.index("😀") + 1, "😀"))
        project.edit_text(sid, TextEdit(start + 2, start + 2, "\u0301𠀋"))  # after 𠀋, moved by 😀
        covered = _covered(project, sid)[coding]
        assert covered == "𠀋\u0301𠀋 café\u0301 שלום"
        project.undo()
        project.undo()
        assert project.source(sid).text == text


def test_another_program_editing_is_seen_and_blocks_a_stale_undo(tmp_path: Path) -> None:
    source = tmp_path / "talk.txt"
    source.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.import_file(source)
    window = Project.open(path, exclusive=True)
    try:
        window.watch_outside()
        sid = window.sources()[0].id
        window.edit_text(sid, TextEdit(0, 0, "W"))
        heard: list[Changes] = []
        window.subscribe(heard.append)
        with Project.open(path) as other:
            other.edit_text(sid, TextEdit(1, 1, "O"))
        window.poll_outside()
        assert any(c.outside and sid in c.ids("sources") for c in heard)
        with pytest.raises(OperationError, match="another program"):
            window.undo()
        assert window.source(sid).text == "WO" + TEXT
    finally:
        window.unwatch_outside()
        window.close()


def test_passages_marked_not_relevant_follow_the_text(project: Project) -> None:
    sid = project.sources()[0].id
    code = project.add_code("Trust")
    ben = TEXT.index("Ben: second line here")
    project.dismiss_similar(code, [(sid, ben, ben + 21), (sid, 0, 4)])
    before = _state(project, sid)
    project.edit_text(sid, TextEdit(5, 5, "well, "))  # before Ben's line: it moves
    assert project.store.similar.dismissed(code) == {(sid, ben + 6, ben + 27), (sid, 0, 4)}
    project.edit_text(sid, TextEdit(ben + 6, ben + 9, "BEN"))  # in it: it no longer is
    assert project.store.similar.dismissed(code) == {(sid, 0, 4)}
    project.replace_text("line", "row")  # the replace-all path: no change to those left
    assert project.store.similar.dismissed(code) == {(sid, 0, 4)}
    for _ in range(3):
        project.undo()
    assert _state(project, sid) == before
    assert project.store.similar.dismissed(code) == {(sid, ben, ben + 21), (sid, 0, 4)}
