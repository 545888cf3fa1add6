"""Find and replace across transcripts: hits in context, one undo step, codings follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.model.text_edits import TextEdit
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.project import Project

ONE = ("Ana: I met Ruth at the clinic.\nBen: Ruth? ruth said Ruthless things.\n"
       "Ana: 李女士说Ruth很认真")
TWO = "Cal: nothing about her here\nDee: Ruth again, and Ruth."


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.annotator")
    for name, text in (("one", ONE), ("two", TWO)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        project.import_file(path)
    return project


def _state(project: Project) -> tuple[object, ...]:
    conn = project.store.database.conn
    return tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                 for table in ("sources", "codings", "memos", "paragraphs"))


def test_find_whole_words_with_context_and_codes(project: Project) -> None:
    one = project.sources()[0].id
    code = project.add_code("Person")
    project.add_coding(one, code, ONE.index("Ruth"), ONE.index("Ruth") + 4)
    hits = project.find_text("Ruth", whole_word=True, match_case=True)
    assert [(h.source, ONE[h.start:h.end] if h.source == "one" else TWO[h.start:h.end])
            for h in hits] == [("one", "Ruth")] * 3 + [("two", "Ruth")] * 2
    first = hits[0]
    assert (first.before, first.after, first.codes) == ("Ana: I met ", " at the clinic.",
                                                        ("Person",))
    assert hits[2].before == "Ana: 李女士说"  # Chinese beside a name is no part of the word
    assert len(project.find_text("ruth", whole_word=True)) == 6  # any case
    assert len(project.find_text("Ruth")) == 7  # ruth and Ruthless too
    assert len(project.find_text("Ruth", match_case=True)) == 6
    assert len(project.find_text("Ruth", source_ids=[one], whole_word=True)) == 4
    with pytest.raises(OperationError):
        project.find_text("")


def test_replace_all_is_one_step_and_codings_follow(project: Project) -> None:
    one, two = (s.id for s in project.sources())
    code = project.add_code("Person")
    name = project.add_coding(one, code, ONE.index("Ruth"), ONE.index("Ruth") + 4, memo="m")
    around = project.add_coding(one, code, ONE.index("Ben"), ONE.index("things"))
    later = project.add_coding(two, code, TWO.index("again"), TWO.index("again") + 5)
    before = _state(project)
    heard: list[Changes] = []
    project.subscribe(heard.append)
    depth = project.history.depth
    report = project.replace_text("Ruth", "the lead", whole_word=True, match_case=True)
    assert report.edits == 5 and not report.removed and project.history.depth == depth + 1
    texts = {s.id: project.source(s.id).text for s in project.sources()}
    assert texts[one] == ONE.replace("Ruth ", "the lead ").replace("Ruth?", "the lead?") \
        .replace("说Ruth很", "说the lead很")
    covered = {c.id: texts[c.source_id][c.start:c.end] for c in project.codings()}
    assert covered == {name: "the lead", later: "again",
                       around: "Ben: the lead? ruth said Ruthless "}
    assert [e for _, e in heard[-1].text_edits][0].start > [e for _, e in
                                                            heard[-1].text_edits][1].start
    for source_id, text in texts.items():  # the text edits replay the change exactly
        original = ONE if source_id == one else TWO
        for edited_id, edit in heard[-1].text_edits:
            if edited_id == source_id:
                original = edit.apply(original)
        assert original == text
    assert project.check() == []
    project.undo()
    assert _state(project) == before
    project.redo()
    assert project.source(one).text == texts[one]


def test_a_replacement_with_line_breaks_splits_paragraphs_and_undoes(project: Project) -> None:
    one = project.sources()[0].id
    before = _state(project)
    project.replace_text("ruth said", "ruth said\nAna: no", match_case=True)
    text = project.source(one).text
    assert [text[p.start:p.end] for p in project.paragraphs(one)][2] == "Ana: no Ruthless things."
    assert project.check() == []
    project.undo()
    assert _state(project) == before


def test_edits_of_one_transcript_may_not_overlap(project: Project) -> None:
    from annotator.operations.many_edits import edit_many

    one = project.sources()[0].id
    with pytest.raises(OperationError, match="overlap"):
        edit_many(project.store, one, [TextEdit(0, 5, "x"), TextEdit(3, 7, "y")])
