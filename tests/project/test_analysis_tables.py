"""The analysis tables limited to chosen coders, on a project merged from two coders' copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.exports.word import excerpt_rows
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import write_txt

# Ana: Home [0,50) and Work [40,80) overlap. Bea: Home [0,40) touches Ana's Work without
# sharing a character; Bea's Home [60,70) lies inside Ana's Work: a pair across coders.
SPANS = {"Ana": [(0, 50, "Home"), (40, 80, "Work")],
         "Bea": [(0, 40, "Home"), (60, 70, "Home"), (90, 95, "Work")]}


def two_coder_project(folder: Path) -> Path:
    """A project with Ana's codings and, merged in, Bea's: two coders, one transcript."""
    base = folder / "ana.annotator"
    with Project.create(base) as project:
        project.import_file(write_txt(folder, "one.txt", "a" * 100))
        project.add_code("Home")
        project.add_code("Work")
    other = folder / "bea.annotator"
    shutil.copy(base, other)
    for path, coder in ((base, "Ana"), (other, "Bea")):
        with Project.open(path) as project:
            project.set_coder(coder)
            for start, end, code in SPANS[coder]:
                project.add_coding(project.source_by_name("one").id,
                                   project.find_code(code).id, start, end)
    with Project.open(base) as project:
        project.team.merge(other)
    return base


@pytest.fixture
def project(tmp_path: Path):
    with Project.open(two_coder_project(tmp_path)) as opened:
        yield opened


def _row(matrix, label: str) -> list[int]:
    return matrix.grid()[matrix.row_labels.index(label)]


def test_code_case_matrix_counts_only_the_chosen_coders(project: Project) -> None:
    assert project.team.coders() == ["Bea", "Ana"]
    everyone = project.code_case_matrix()
    assert _row(everyone, "Home") == [3] and _row(everyone, "Work") == [2]
    assert _row(project.code_case_matrix(["Ana"]), "Home") == [1]
    bea = project.code_case_matrix(["Bea"])
    assert _row(bea, "Home") == [2] and _row(bea, "Work") == [1]
    assert project.code_case_matrix(["Ana", "Bea"]) == everyone
    # A cell lists only the chosen coder's codings.
    ids = bea.coding_ids(bea.row_labels.index("Home"), 0)
    assert {project.coding(i).coder for i in ids} == {"Bea"}


def test_cooccurrence_pairs_only_codings_of_the_chosen_coders(project: Project) -> None:
    def home_work(coders: list[str] | None) -> int:
        matrix = project.cooccurrence_matrix("overlap", coders)
        return _row(matrix, "Home")[matrix.row_labels.index("Work")]

    assert home_work(None) == 2  # Ana's own pair, and Bea's Home inside Ana's Work
    assert home_work(["Ana"]) == 1
    assert home_work(["Bea"]) == 0


def test_code_frequencies_by_coder(project: Project) -> None:
    home, work = project.find_code("Home").id, project.find_code("Work").id
    assert project.code_usage() == {home: (3, 1), work: (2, 1)}
    assert project.code_usage(["Bea"]) == {home: (2, 1), work: (1, 1)}
    assert project.code_usage(["Ana", "Bea"]) == project.code_usage()


def test_excerpts_table_by_coder(project: Project) -> None:
    rows, _attributes = excerpt_rows(project)
    assert sorted(row.coder for row in rows) == ["Ana", "Ana", "Bea", "Bea", "Bea"]
    rows, _attributes = excerpt_rows(project, ["Ana"])
    assert [(row.coder, row.start, row.end) for row in rows] == [("Ana", 0, 50), ("Ana", 40, 80)]


def test_an_unknown_coder_is_one_sentence(project: Project) -> None:
    for read in (lambda: project.code_case_matrix(["Cy"]),
                 lambda: project.cooccurrence_matrix("turn", ["Ana", "Cy"]),
                 lambda: excerpt_rows(project, ["Cy"])):
        with pytest.raises(OperationError, match="No coding in this project is by “Cy”."):
            read()
