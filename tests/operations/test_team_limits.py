"""Merge and consensus keep the project's limit on codings (model/limits.py): past it they
refuse in one sentence and the project file is as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "Interviewer: How was the first week?\nP1: Long. I missed my family a lot.\n"
LIMIT = 3


@pytest.fixture
def few(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("annotator.operations.codings.MAX_CODINGS", LIMIT)
    return LIMIT


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "ana.annotator"
    with Project.create(base) as project:
        project.import_file(write_txt(tmp_path, "one.txt", TEXT))
        project.add_code("Feelings")
    other = tmp_path / "bea.annotator"
    shutil.copy(base, other)
    return base, other


def code(path: Path, coder: str, spans: list[tuple[int, int]]) -> None:
    with Project.open(path) as project:
        project.set_coder(coder)
        source_id, code_id = project.source_by_name("one").id, project.find_code("Feelings").id
        for start, end in spans:
            project.add_coding(source_id, code_id, start, end)


def dump(path: Path) -> dict:
    with Project.open(path) as project:
        return table_dump(project.store)


def test_a_merge_past_the_limit_is_refused_and_changes_nothing(copies, few) -> None:
    base, other = copies
    code(base, "Ana", [(0, 10), (40, 50)])
    code(other, "Bea", [(12, 20), (52, 60)])
    with Project.open(other) as project:
        project.add_code("Work")  # something else the merge would bring
    before = dump(base)
    with Project.open(base) as project, pytest.raises(OperationError) as refused:
        project.team.merge(other)
    assert str(refused.value) == (
        "A project can hold 3 codings, and this would make 4; nothing was added. "
        "Split the project (one per group of transcripts) to go on.")
    assert dump(base) == before  # reopened: not even the code "Work" came in


def test_a_merge_that_fits_the_limit_goes_through(copies, few) -> None:
    base, other = copies
    code(base, "Ana", [(0, 10)])
    code(other, "Bea", [(12, 20)])
    with Project.open(other) as project:
        project.set_coder("Bea")
        project.add_coding(project.source_by_name("one").id,
                           project.find_code("Feelings").id, 0, 10)  # Ana's range, Bea's
    with Project.open(base) as project:
        assert project.team.merge(other).counts["codings"] == 2
    with Project.open(base) as project:
        assert len(project.codings()) == LIMIT


def test_a_consensus_decision_past_the_limit_is_refused(copies, few) -> None:
    base, _ = copies
    code(base, "A", [(0, 10)])
    code(base, "B", [(5, 20)])
    with Project.open(base) as project:
        (disagreement,) = project.team.disagreements("A", "B")
        project.team.resolve(disagreement, [(0, 20)])  # the third coding: fits
        with pytest.raises(OperationError) as refused:
            project.team.resolve(disagreement, [(2, 8)])
        assert str(refused.value).startswith("A project can hold 3 codings, and this would "
                                             "make 4; nothing was added.")
        project.team.resolve(disagreement, [(0, 20)])  # the same decision again adds none
    with Project.open(base) as project:
        assert sorted((c.coder, c.start, c.end) for c in project.codings()) == [
            ("A", 0, 10), ("B", 5, 20), ("consensus", 0, 20)]
