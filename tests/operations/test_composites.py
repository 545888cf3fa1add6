"""The composite actions, without Qt, through the Project facade: each is one undo step
with one translatable label (a Message), and undo puts every table back exactly; redo
brings the action back exactly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.messages import Message
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "Interviewer: How did it start?\nP1: The clinic called us. 社区参与 mattered.\n"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
    yield p
    p.close()


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def one_step(project: Project, action: Callable[[], object], label: str,
             template: str | None = None) -> object:
    """Run `action`; check it is one step named `label`, undone and redone exactly."""
    before, depth = table_dump(project.store), project.history.depth
    result = action()
    after = table_dump(project.store)
    assert after != before
    assert project.history.depth == depth + 1
    step_label = project.history.undo_label
    assert isinstance(step_label, Message) and step_label == label
    if template is not None:
        assert step_label.template == template
    project.undo()
    assert table_dump(project.store) == before
    assert project.history.depth == depth
    project.redo()
    assert table_dump(project.store) == after
    return result


def codes(project: Project, *names: str) -> list[int]:
    return [project.add_code(name) for name in names]


def test_apply_several_codes_to_the_selection(project: Project) -> None:
    source = project.source_by_name("Ana")
    trust, care = codes(project, "Trust", "Care")
    ids = one_step(project, lambda: project.composite.apply_codes(
        source.id, [trust, care, trust], *span("called us")), "Code excerpt with 2 codes")
    assert [project.coding(i).code_id for i in ids] == [trust, care]
    assert project.coding(ids[0]).coder == project.coder
    one_step(project, lambda: project.composite.apply_codes(
        source.id, [trust], *span("clinic")), "Code excerpt with “Trust”")


def test_code_with_a_new_code_path(project: Project) -> None:
    source = project.source_by_name("Ana")
    code_id, coding_id = one_step(
        project, lambda: project.composite.code_with_path(
            source.id, "Feelings/Trust", *span("社区参与"), memo="why"),
        "Code excerpt with new code “Feelings/Trust”", "Code excerpt with new code “{name}”")
    assert project.code_path(code_id) == "Feelings/Trust"
    assert project.coding(coding_id).memo == "why"
    # The code there now: coded with it, no twin made.
    again, _ = one_step(project, lambda: project.composite.code_with_path(
        source.id, "Feelings/Trust", *span("clinic")), "Code excerpt with “Feelings/Trust”")
    assert again == code_id and len(project.codes()) == 2


def test_in_vivo_finds_or_creates_the_code(project: Project) -> None:
    source = project.source_by_name("Ana")
    start, end = span("called us")
    code_id = one_step(project, lambda: project.composite.in_vivo_code(
        source.id, start, end, "called us"), "In-vivo code “called us”")
    assert project.code(code_id).name == "called us"
    start, end = span("clinic")
    again = one_step(project, lambda: project.composite.in_vivo_code(
        source.id, start, end, "called  us"), "In-vivo code “called us”")
    assert again == code_id and len(project.codes()) == 1
    assert len(project.codings(code_id=code_id)) == 2


def test_merge_several_codes(project: Project) -> None:
    source = project.source_by_name("Ana")
    a, b, target = codes(project, "A", "B", "Target")
    child = project.add_code("Child", parent_id=a)
    project.add_coding(source.id, a, *span("clinic"))
    project.add_coding(source.id, b, *span("clinic"), memo="b's memo")
    project.add_coding(source.id, child, *span("called us"))
    project.set_memo("code", b, "about B")
    one_step(project, lambda: project.composite.merge_codes_into([a, child, b], target),
             "Merge into “Target”", "Merge into “{name}”")
    assert {c.name for c in project.codes()} == {"Target", "Child"}
    assert {c.code_id for c in project.codings()} == {target, child}
    (clinic,) = project.codings(code_id=target)
    assert clinic.memo == "b's memo", "a twin's memo goes to the coding that stays"
    with pytest.raises(OperationError):
        project.composite.merge_codes_into([target], target)


def test_recolor_several_codes(project: Project) -> None:
    ids = codes(project, "A", "B")
    one_step(project, lambda: project.composite.recolor_codes(ids, "#123abc"),
             "Change code colour")
    assert {project.code(i).color for i in ids} == {"#123ABC"}


def test_delete_several_codes_with_sub_codes_codings_and_memos(project: Project) -> None:
    source = project.source_by_name("Ana")
    a, b, keep = codes(project, "A", "B", "Keep")
    child = project.add_code("Child", parent_id=a)
    coding = project.add_coding(source.id, child, *span("clinic"), memo="m")
    project.set_memo("coding", coding, "on the excerpt")
    project.set_memo("code", b, "on B")
    one_step(project, lambda: project.composite.delete_codes([a, child, b]), "Delete 3 codes")
    assert [c.id for c in project.codes()] == [keep]
    one_step(project, lambda: project.composite.delete_codes([keep]), "Delete code")
    with pytest.raises(OperationError, match="no longer exists"):
        project.composite.delete_codes([a])


def test_move_several_codes(project: Project) -> None:
    a, b, c, parent = codes(project, "A", "B", "C", "Parent")
    one_step(project, lambda: project.composite.move_codes([c, a], parent), "Move 2 codes")
    assert [x.id for x in project.codes() if x.parent_id == parent] == [c, a]
    one_step(project, lambda: project.composite.move_codes([b], parent, 1), "Move “B”",
             "Move “{name}”")
    assert [x.id for x in sorted(project.codes(), key=lambda x: x.sort)
            if x.parent_id == parent] == [c, b, a]
    with pytest.raises(OperationError, match="inside itself"):
        project.composite.move_codes([parent], a)


def test_delete_themes_with_sub_themes_and_links(project: Project) -> None:
    top = project.add_theme("Top")
    sub = project.add_theme("Sub", parent_id=top)
    other = project.add_theme("Other")
    lone = project.add_theme("Lone")
    link = project.link_themes(other, lone, "feeds")
    project.link_themes(sub, other)
    project.set_memo("theme", sub, "a memo")
    one_step(project, lambda: project.composite.delete_from_board([top], []),
             "Delete theme “Top”", "Delete theme {theme}")
    assert {t.name for t in project.themes()} == {"Other", "Lone"}
    project.undo()
    one_step(project, lambda: project.composite.delete_from_board([sub, top, other], [link]),
             "Delete from the board")
    project.undo()
    one_step(project, lambda: project.composite.delete_from_board([top, sub], []),
             "Delete 2 themes")
    one_step(project, lambda: project.composite.delete_from_board([], [link]), "Remove link")
    with pytest.raises(OperationError, match="no longer exists"):
        project.composite.delete_from_board([top], [])


def test_theme_from_codes_taken_out_of_another(project: Project) -> None:
    a, b = codes(project, "A", "B")
    old = project.theme_from_codes("Old", [a, b])
    assert project.history.undo_label == "New theme “Old”"
    new = one_step(project, lambda: project.composite.theme_from_codes(
        "New", [a, b], take_from=old, x=10, y=20), "New theme “New” from 2 codes",
        "New theme {theme} from {codes}")
    assert project.theme_codes(old) == [] and sorted(project.theme_codes(new)) == [a, b]
    assert (project.theme(new).x, project.theme(new).y) == (10, 20)


def test_move_themes_and_add_codes_to_a_theme(project: Project) -> None:
    a, b = codes(project, "A", "B")
    one, two = project.add_theme("One"), project.add_theme("Two")
    one_step(project, lambda: project.composite.move_themes({one: (5.4, 6), two: (7, 8)}),
             "Move 2 themes")
    assert (project.theme(one).x, project.theme(one).y) == (5, 6)
    one_step(project, lambda: project.composite.move_themes({two: (1, 1)}),
             "Move theme “Two”")
    one_step(project, lambda: project.composite.add_codes_to_theme(one, [a, b, a]),
             "Add 2 codes to “One”")
    one_step(project, lambda: project.composite.add_codes_to_theme(two, [a]),
             "Add “A” to “Two”")


def test_a_refused_composite_changes_nothing(project: Project) -> None:
    source = project.source_by_name("Ana")
    (a,) = codes(project, "A")
    before, depth = table_dump(project.store), project.history.depth
    with pytest.raises(OperationError):
        project.composite.apply_codes(source.id, [a, 9999], *span("clinic"))
    with pytest.raises(OperationError):
        project.composite.code_with_path(source.id, "New/Path", 0, 10_000)
    assert table_dump(project.store) == before and project.history.depth == depth


def test_edit_a_theme_with_its_memo(project: Project) -> None:
    theme = project.add_theme("Draft")
    one_step(project, lambda: project.composite.edit_theme(
        theme, memo="Why it matters", name="Belonging", status="reviewed"), "Edit theme")
    assert (project.theme(theme).name, project.theme(theme).status) == ("Belonging", "reviewed")
    memo = project.memo_for("theme", theme)
    assert memo is not None and memo.body == "Why it matters" and memo.author == project.coder
    one_step(project, lambda: project.composite.edit_theme(theme, memo="Changed"), "Edit theme")
    one_step(project, lambda: project.composite.edit_theme(theme, definition="Defined"),
             "Edit theme")
