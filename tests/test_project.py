"""Every user action through the facade: its effect, its undo, its redo."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "Interviewer: How did it start?\nP1: The clinic 😀 called us. 社区参与 mattered.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
    yield p
    p.close()


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_import_names_sources_uniquely(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "again"
    other.mkdir()
    project.import_file(write_txt(other, "Ana.txt", "second"))
    assert [s.name for s in project.sources()] == ["Ana", "Ana (2)"]
    project.undo()
    assert [s.name for s in project.sources()] == ["Ana"]


def test_code_tree_operations_and_their_undo(project: Project) -> None:
    parent = project.add_code("Partnership", description="How it began")
    child = project.ensure_code_path("Partnership/Trust")
    assert project.code_path(child) == "Partnership/Trust"
    assert project.ensure_code_path("Partnership/Trust") == child
    project.rename_code(child, "Mutual trust")
    project.recolor_code(child, "#123abc")
    project.describe_code(child, "Trust in both directions")
    code = project.code(child)
    assert (code.name, code.color, code.description) == (
        "Mutual trust",
        "#123ABC",
        "Trust in both directions",
    )
    project.undo()
    project.undo()
    project.undo()
    code = project.code(child)
    assert (code.name, code.description) == ("Trust", "")
    project.redo()
    assert project.code(child).name == "Mutual trust"
    with pytest.raises(OperationError, match="inside itself"):
        project.move_code(parent, child)
    with pytest.raises(OperationError, match="already a code"):
        project.add_code("Mutual trust", parent)
    with pytest.raises(OperationError, match="not a colour"):
        project.recolor_code(child, "red")


def test_move_code_reorders_siblings(project: Project) -> None:
    a, b, c = (project.add_code(n) for n in "ABC")
    project.move_code(c, None, 0)
    assert [x.name for x in project.codes()] == ["C", "A", "B"]
    project.move_code(a, b)
    assert project.code_path(a) == "B/A"
    project.undo()
    project.undo()
    assert [x.name for x in project.codes()] == ["A", "B", "C"]


def test_delete_code_with_codings_is_fully_undone(project: Project) -> None:
    source = project.source_by_name("Ana")
    code = project.ensure_code_path("Start/Contact")
    start, end = span(source.text, "The clinic 😀 called us.")
    coding = project.add_coding(source.id, code, start, end, memo="first contact")
    project.set_memo("code", code, "A code memo")
    project.set_memo("coding", coding, "An excerpt memo")
    theme = project.add_theme("Building partnership")
    project.add_code_to_theme(theme, code)
    before = table_dump(project.store)
    project.delete_code(project.find_code("Start").id)
    assert project.codings() == []
    assert project.theme_codes(theme) == []
    assert [m.target_kind for m in project.memos()] == []
    project.undo()
    assert table_dump(project.store) == before
    project.redo()
    assert project.codes() == []
    project.undo()
    assert table_dump(project.store) == before


def test_merge_codes_moves_everything_and_undoes(project: Project) -> None:
    source = project.source_by_name("Ana")
    a = project.add_code("Trust")
    b = project.add_code("Trusting")
    child = project.add_code("Distrust", parent_id=b)
    s1 = span(source.text, "called us")
    s2 = span(source.text, "社区参与")
    project.add_coding(source.id, a, *s1, memo="from a")
    project.add_coding(source.id, b, *s1, memo="from b")
    project.add_coding(source.id, b, *s2)
    theme = project.add_theme("T")
    project.add_code_to_theme(theme, b)
    project.set_memo("code", b, "b's memo")
    before = table_dump(project.store)
    project.merge_codes(b, a)
    codings = project.codings(code_id=a)
    assert [(c.start, c.end) for c in codings] == [s1, s2]
    assert "from a" in codings[0].memo and "from b" in codings[0].memo
    assert project.code_path(child) == "Trust/Distrust"
    assert project.theme_codes(theme) == [a]
    assert "b's memo" in project.memo_for("code", a).body
    with pytest.raises(OperationError):
        project.code(b)
    project.undo()
    assert table_dump(project.store) == before


def test_codings_validate_and_resize(project: Project) -> None:
    source = project.source_by_name("Ana")
    code = project.add_code("X")
    with pytest.raises(OperationError, match="not inside"):
        project.add_coding(source.id, code, 5, len(source.text) + 1)
    with pytest.raises(OperationError, match="not inside"):
        project.add_coding(source.id, code, 5, 5)
    first = project.add_coding(source.id, code, 0, 12)
    assert project.add_coding(source.id, code, 0, 12) == first
    assert len(project.codings()) == 1
    project.resize_coding(first, 0, 11)
    project.set_coding_memo(first, "label only")
    coding = project.coding(first)
    assert (coding.start, coding.end, coding.memo) == (0, 11, "label only")
    assert source.text[coding.start : coding.end] == "Interviewer"
    project.remove_coding(first)
    assert project.codings() == []
    project.undo()
    assert project.coding(first).memo == "label only"


def test_a_refused_operation_changes_nothing(project: Project) -> None:
    before = table_dump(project.store)
    label = project.history.undo_label
    with pytest.raises(OperationError):
        project.add_coding(project.source_by_name("Ana").id, 999, 0, 3)
    assert table_dump(project.store) == before
    assert project.history.undo_label == label


def test_cases_and_typed_attributes(project: Project) -> None:
    case = project.add_case("Ana")
    kind = project.add_attribute("Organisation type", "choice", ["Food bank", "Youth club"])
    years = project.add_attribute("Years involved", "number")
    since = project.add_attribute("First contact", "date")
    project.set_case_value(case, kind, "Food bank")
    project.set_case_value(case, years, "4.0")
    project.set_case_value(case, since, "2021-03-04")
    with pytest.raises(OperationError, match="not one of the choices"):
        project.set_case_value(case, kind, "Bank")
    with pytest.raises(OperationError, match="not a number"):
        project.set_case_value(case, years, "four")
    with pytest.raises(OperationError, match="YYYY-MM-DD"):
        project.set_case_value(case, since, "March")
    project.assign_source_to_case(project.source_by_name("Ana").id, case)
    [ana] = project.cases()
    assert ana.values == {
        "Organisation type": "Food bank",
        "Years involved": "4",
        "First contact": "2021-03-04",
    }
    assert project.cases_of_source(project.source_by_name("Ana").id) == [case]
    project.undo()
    assert project.cases_of_source(project.source_by_name("Ana").id) == []


def test_memos_and_journal(project: Project) -> None:
    project.set_memo("project", None, "Aims of the study")
    project.set_memo("project", None, "Aims, revised")
    assert [m.body for m in project.memos("project")] == ["Aims, revised"]
    first = project.add_journal_entry("Day 1", "I noticed my bias", created="2026-01-02T10:00:00")
    project.add_journal_entry("Day 2", "Reading again", created="2026-01-03T10:00:00")
    assert [m.title for m in project.memos("journal")] == ["Day 2", "Day 1"]
    project.edit_memo(first, "Day one", "I noticed my bias towards the clinic")
    project.delete_memo(first)
    project.undo()
    assert project.store.memos.get(first).title == "Day one"
    with pytest.raises(OperationError, match="no longer exists"):
        project.set_memo("code", 12345, "x")


def test_batch_is_one_undo_step(project: Project) -> None:
    before = table_dump(project.store)
    with project.batch("Build"):
        code = project.add_code("A")
        project.add_coding(project.source_by_name("Ana").id, code, 0, 5)
        project.add_theme("T")
    assert project.history.undo_label == "Build"
    project.undo()
    assert table_dump(project.store) == before


def test_a_failing_batch_rolls_back_everything(project: Project) -> None:
    before = table_dump(project.store)
    with pytest.raises(OperationError), project.batch("Build"):
        project.add_code("A")
        project.add_code("A")
    assert table_dump(project.store) == before
    project.add_code("B")  # the project is still usable afterwards
    assert [c.name for c in project.codes()] == ["B"]


def test_listeners_hear_what_changed(project: Project) -> None:
    heard: list[Changes] = []
    project.subscribe(heard.append)
    code = project.add_code("A")
    assert heard[-1].ids("codes") == {code}
    assert not heard[-1].touches("sources")
    project.undo()
    assert heard[-1].undone and heard[-1].ids("codes") == {code}


def test_random_sequences_undo_to_the_start_and_redo_to_the_end(project: Project) -> None:
    rng = random.Random(7)
    source = project.source_by_name("Ana")
    project.history.clear()
    start_state = table_dump(project.store)
    done = 0
    for _ in range(120):
        codes = project.codes()
        codings = project.codings()
        choice = rng.randrange(8)
        try:
            if choice == 0 or not codes:
                project.add_code(
                    f"C{rng.randrange(1000)}", rng.choice([None, *[c.id for c in codes]])
                )
            elif choice == 1:
                a = rng.randrange(len(source.text) - 1)
                project.add_coding(
                    source.id, rng.choice(codes).id, a, rng.randrange(a + 1, len(source.text) + 1)
                )
            elif choice == 2:
                project.merge_codes(rng.choice(codes).id, rng.choice(codes).id)
            elif choice == 3:
                project.delete_code(rng.choice(codes).id)
            elif choice == 4 and codings:
                project.resize_coding(rng.choice(codings).id, 0, rng.randrange(1, 20))
            elif choice == 5:
                project.move_code(
                    rng.choice(codes).id,
                    rng.choice([None, *[c.id for c in codes]]),
                    rng.randrange(3),
                )
            elif choice == 6:
                project.set_memo("code", rng.choice(codes).id, f"memo {rng.random()}")
            else:
                project.add_theme(f"T{rng.randrange(100)}")
            done += 1
        except OperationError:
            pass
    end_state = table_dump(project.store)
    assert done > 60
    while project.history.undo_label is not None:
        project.undo()
    assert table_dump(project.store) == start_state
    while project.history.redo_label is not None:
        project.redo()
    assert table_dump(project.store) == end_state
    assert project.store.integrity_problems() == []


def test_rename_and_remove_source_with_its_codings(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "second"
    other.mkdir()
    project.import_file(write_txt(other, "Ben.txt", "Ben speaks."))
    ana = project.source_by_name("Ana")
    with pytest.raises(OperationError, match="already called “Ben”"):
        project.rename_source(ana.id, "Ben")
    project.rename_source(ana.id, "Ana (P1)")
    assert project.source(ana.id).name == "Ana (P1)"
    code = project.add_code("Contact")
    coding = project.add_coding(ana.id, code, 0, 11)
    project.set_memo("coding", coding, "why")
    project.set_memo("source", ana.id, "long interview")
    before = table_dump(project.store)
    project.remove_source(ana.id)
    assert [s.name for s in project.sources()] == ["Ben"]
    assert project.codings() == [] and project.memos() == []
    assert project.paragraphs(ana.id) == []
    project.undo()
    assert table_dump(project.store) == before
    assert project.source(ana.id).text == TEXT
    assert project.original_bytes(ana.id) == TEXT.encode("utf-8")


def test_sources_by_case_and_excerpts(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "third"
    other.mkdir()
    ben = project.import_file(write_txt(
        other, "Ben.txt", "Interviewer: Hi?\nP2: We trust them.\nInterviewer: Why?\nP2: Time."))
    ana = project.source_by_name("Ana")
    case = project.add_case("P1")
    project.assign_source_to_case(ana.id, case)
    groups = project.sources_by_case()
    assert [(c.name if c else None, [s.name for s in ss]) for c, ss in groups] == [
        ("P1", ["Ana"]), (None, ["Ben"])]
    code = project.add_code("Trust")
    start, end = span(project.source(ben).text, "trust them")
    project.add_coding(ben, code, start, end, memo="strong word")
    start, end = span(ana.text, "called us")
    project.add_coding(ana.id, code, start, end)
    excerpts = project.excerpts([code])
    assert [(e.source_name, e.text, e.before, e.after, e.memo) for e in excerpts] == [
        ("Ana", "called us", "P1: The clinic 😀 ", ". 社区参与 mattered.", ""),
        ("Ben", "trust them", "P2: We ", ".", "strong word"),
    ]
    # The speaker is the one the paragraph map recorded for the excerpt's paragraph.
    assert [e.speaker for e in excerpts] == [project.paragraphs(ana.id)[1].speaker,
                                            project.paragraphs(ben)[1].speaker]
    assert excerpts[1].speaker == "P2"


def test_theme_building_operations_and_undo(project: Project) -> None:
    source = project.source_by_name("Ana")
    trust = project.add_code("Trust")
    contact = project.add_code("Contact")
    start, end = span(source.text, "called us")
    project.add_coding(source.id, contact, start, end)
    start, end = span(source.text, "社区参与")
    project.add_coding(source.id, trust, start, end)
    before = table_dump(project.store)
    theme = project.theme_from_codes("Building partnership", [contact], x=40, y=60)
    assert project.history.undo_label == "New theme “Building partnership”"
    sub = project.add_theme("Trust first", parent_id=theme)
    project.add_code_to_theme(sub, trust)
    assert sorted(e.text for e in project.theme_excerpts(theme)) == ["called us", "社区参与"]
    assert [e.text for e in project.theme_excerpts(sub)] == ["社区参与"]
    other = project.add_theme("Reciprocity")
    project.move_code_to_theme(contact, theme, other)
    assert project.theme_codes(theme) == [] and project.theme_codes(other) == [contact]
    with pytest.raises(OperationError, match="no longer in the theme"):
        project.move_code_to_theme(contact, theme, other)
    link = project.link_themes(theme, other, "leads to")
    project.relabel_link(link, "makes possible")
    assert [(k.from_theme, k.to_theme, k.label) for k in project.theme_links()] == [
        (theme, other, "makes possible")]
    project.update_theme(theme, x=300.5, y=20.0, width=320, height=200, status="reviewed")
    moved = next(t for t in project.themes() if t.id == theme)
    assert (moved.x, moved.y, moved.width, moved.height, moved.status) == (
        300.5, 20.0, 320, 200, "reviewed")
    project.unlink_themes(link)
    assert project.theme_links() == []
    assert sorted(project.theme_memberships()) == sorted([(sub, trust), (other, contact)])
    while project.history.undo_label != "Code excerpt":
        project.undo()
    assert table_dump(project.store) == before


def test_updating_a_theme_to_what_it_holds_records_no_step(project: Project) -> None:
    theme = project.add_theme("T", x=10, y=20)
    project.update_theme(theme, x=10, y=20, name="T")
    assert project.history.undo_label == "New theme “T”"
