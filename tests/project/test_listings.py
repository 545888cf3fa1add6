"""The facade's joined reads: each list's rows in one call, Qt-free."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.model.memos import ListedMemo
from annotator.project import Project
from tests.helpers import write_txt

ANA = "Interviewer: How did it start?\nP1: The clinic 😀 called us. 社区参与 mattered.\n"
BEN = "Interviewer: And then?\nP2: Neighbours helped, the council did not.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", ANA))
    p.import_file(write_txt(tmp_path, "Ben.txt", BEN))
    yield p
    p.close()


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def ids(project: Project) -> tuple[int, int]:
    sources = {s.name: s.id for s in project.sources()}
    return sources["Ana"], sources["Ben"]


def test_theme_by_id(project: Project) -> None:
    theme_id = project.add_theme("Belonging")
    theme = project.theme(theme_id)
    assert theme is not None and theme.name == "Belonging"
    project.delete_theme(theme_id)
    assert project.theme(theme_id) is None


def test_code_paths_in_one_call(project: Project) -> None:
    leaf = project.ensure_code_path("Community/Support/Neighbours")
    other = project.add_code("Feelings")
    paths = project.code_paths()
    assert paths[leaf] == "Community/Support/Neighbours" == project.code_path(leaf)
    assert paths[other] == "Feelings"
    assert len(paths) == 4
    assert {code_id: project.code_path(code_id) for code_id in paths} == paths


def test_memo_rows_name_what_each_memo_is_about(project: Project) -> None:
    ana, ben = ids(project)
    code = project.ensure_code_path("Community/Support")
    theme = project.add_theme("Belonging")
    case = project.add_case("Ana")
    coding = project.add_coding(ana, code, *span(ANA, "The clinic 😀 called us"))
    quiet = project.add_coding(ben, code, *span(BEN, "Neighbours helped"))
    project.set_coding_memo(coding, "First contact")
    project.set_coding_memo(quiet, "  \n ")  # blank: not listed
    project.set_memo("project", None, "Why this study")
    journal = project.add_journal_entry("Day 1", "Reflections")
    project.set_memo("source", ana, "Long interview")
    project.set_memo("code", code, "What support means")
    project.set_memo("theme", theme, "Draft")
    project.set_memo("case", case, "Met twice")
    project.set_memo("coding", coding, "Excerpt note")
    rows = project.memo_rows()
    by_kind = {(row.kind, row.memo_id is None): row for row in rows}
    assert by_kind[("project", False)].target_name is None
    assert by_kind[("journal", False)].target_id == journal
    assert by_kind[("source", False)].target_name == "Ana"
    assert by_kind[("code", False)].target_name == "Community/Support"
    assert by_kind[("theme", False)].target_name == "Belonging"
    assert by_kind[("case", False)].target_name == "Ana"
    assert by_kind[("coding", False)].target_name == "Ana"
    assert by_kind[("coding", False)].excerpt == "The clinic 😀 called us"
    kept = by_kind[("coding", True)]
    assert kept == ListedMemo("coding", coding, "Ana", "", "First contact", kept.updated, None,
                              "The clinic 😀 called us")
    assert len(rows) == 8
    assert [row.memo_id for row in rows[:7]] == sorted(row.memo_id for row in rows[:7])


def test_memo_rows_of_removed_items_have_no_name(project: Project) -> None:
    # Deleting an item deletes its memo; one left behind (an old file) is still listed.
    for kind in ("coding", "source", "code", "theme", "case"):
        project.store.memos.add(guid=f"orphan-{kind}", target_kind=kind, target_id=404,
                                title="", body="left behind", author="", created="2024-01-01")
    rows = project.memo_rows()
    assert [(r.kind, r.target_id, r.target_name, r.excerpt) for r in rows] == [
        (kind, 404, None, "") for kind in ("coding", "source", "code", "theme", "case")]


def test_excerpt_rows_by_code_coding_and_theme(project: Project) -> None:
    ana, ben = ids(project)
    support = project.ensure_code_path("Community/Support")
    worry = project.add_code("Worry")
    case = project.add_case("Ana")
    project.assign_source_to_case(ana, case)
    first = project.add_coding(ana, support, *span(ANA, "The clinic 😀 called us"))
    second = project.add_coding(ben, support, *span(BEN, "Neighbours helped"))
    third = project.add_coding(ana, worry, *span(ANA, "社区参与"))
    rows = project.excerpt_rows([support])
    assert [r.excerpt.coding_id for r in rows] == [first, second]
    assert rows[0].code_path == "Community/Support"
    assert rows[0].participants == ("Ana",) and rows[1].participants == ()
    assert rows[0].excerpt.before == "P1: " and rows[0].excerpt.after.startswith(". 社区参与")
    assert rows[0].excerpt == project.excerpts([support])[0]
    chosen = project.excerpt_rows(coding_ids=[third, second, 404])
    assert [r.excerpt.coding_id for r in chosen] == [third, second]  # transcript order
    assert [r.excerpt.coding_id for r in project.excerpt_rows([worry], coding_ids=[first, third])
            ] == [third]
    parent = project.add_theme("Belonging")
    child = project.add_theme("Home", parent_id=parent)
    project.add_code_to_theme(child, worry)
    project.add_code_to_theme(parent, support)
    behind = project.excerpt_rows(theme_id=parent)
    assert sorted(r.excerpt.coding_id for r in behind) == sorted([first, second, third])
    assert [r.excerpt for r in behind] == project.theme_excerpts(parent)
    assert [r.excerpt.coding_id for r in project.excerpt_rows(theme_id=child)] == [third]
    assert project.excerpt_rows([]) == []


def test_overlapping_codings_follow_every_change(project: Project) -> None:
    ana, ben = ids(project)
    code = project.add_code("A")
    other = project.add_code("B")
    a = project.add_coding(ana, code, 10, 30)
    b = project.add_coding(ana, other, 25, 40)
    project.add_coding(ben, code, 10, 30)
    assert [c.id for c in project.overlapping_codings(ana, 10, 30)] == [a, b]
    assert [c.id for c in project.overlapping_codings(ana, 30, 35)] == [b]
    assert [c.id for c in project.overlapping_codings(ana, 30, 30)] == [b]  # a point
    assert project.overlapping_codings(ana, 40, 50) == []
    c = project.add_coding(ana, other, 0, 12)
    assert [x.id for x in project.overlapping_codings(ana, 10, 30)] == [c, a, b]
    project.resize_coding(b, 31, 40)
    assert [x.id for x in project.overlapping_codings(ana, 10, 30)] == [c, a]
    project.undo()
    assert [x.id for x in project.overlapping_codings(ana, 10, 30)] == [c, a, b]
    project.remove_coding(a)
    assert [x.id for x in project.overlapping_codings(ana, 10, 30)] == [c, b]


def test_board_model_and_its_reload(project: Project) -> None:
    code = project.ensure_code_path("Community/Support")
    theme = project.add_theme("Belonging")
    project.add_code_to_theme(theme, code)
    model = project.board_model()
    assert model.themes[theme].name == "Belonging"
    assert model.theme_codes() == {theme: [code]}
    assert model.code_path(code) == "Community/Support"
    assert model.unthemed_codes() == [project.find_code("Community").id]
    project.rename_code(code, "Help")
    project.update_theme(theme, name="Home")
    project.reload_board(model, {"codes"})
    assert model.code_path(code) == "Community/Help" and model.theme_name(theme) == "Belonging"
    project.reload_board(model, {"themes"})
    assert model.theme_name(theme) == "Home"
