"""`annotator rename` and `annotator remove`: one transcript renamed or removed from the
command line, saying what goes, asking at a terminal (issue 15, item 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project
from tests.helpers import table_dump, write_txt


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        ana = project.import_file(write_txt(tmp_path, "Ana.txt",
                                            "Ana: We said yes.\nAna: Then no."))
        project.import_file(write_txt(tmp_path, "Bo.txt", "Bo: Hello."))
        for name, start, end in (("Trust", 5, 16), ("Trust", 22, 30), ("Doubt", 22, 30),
                                 ("Yes", 5, 9), ("Time", 5, 9)):
            coding = project.add_coding(ana, project.ensure_code_path(name), start, end)
        project.set_memo("coding", coding, "why")
        project.set_memo("source", ana, "long interview")
        project.assign_source_to_case(ana, project.add_case("P1 Ana"))
    return path


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def names(path: Path) -> list[str]:
    with Project.open(path) as project:
        return sorted(s.name for s in project.sources())


def test_rename(capsys: pytest.CaptureFixture[str], study: Path) -> None:
    assert run(capsys, "rename", str(study), "Ana", "P1 Ana, 12 May") == (
        0, "Renamed “Ana” to “P1 Ana, 12 May”.\n", "")
    assert names(study) == ["Bo", "P1 Ana, 12 May"]
    code, out, err = run(capsys, "rename", str(study), "Bo", "P1 Ana, 12 May")
    assert (code, out) == (1, "")
    assert err == "annotator: Another transcript is already called “P1 Ana, 12 May”.\n"
    code, _out, err = run(capsys, "rename", str(study), "Cy", "Dee")
    assert code == 1 and "There is no transcript called “Cy” (there are: " in err


def test_remove_says_what_goes_and_asks_at_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, study: Path) -> None:
    with Project.open(study) as project:
        before = table_dump(project.store)
    monkeypatch.setattr("sys.stdin", Tty("n\n"))
    code, out, err = run(capsys, "remove", str(study), "Ana")
    assert out.startswith("Removing “Ana”: Its 5 codings (“Trust”, “Doubt”, “Time”, “Yes”) "
                          "and 2 memos go with it.\n")
    assert (code, err) == (1, "annotator: Nothing was removed.\n")
    with Project.open(study) as project:
        assert table_dump(project.store) == before
    monkeypatch.setattr("sys.stdin", Tty("y\n"))
    code, out, err = run(capsys, "remove", str(study), "Ana")
    assert (code, err) == (0, "") and out.endswith("Removed “Ana”.\n")
    assert names(study) == ["Bo"]
    with Project.open(study) as project:
        assert project.codings() == [] and project.memos() == []


def test_remove_without_asking(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, study: Path) -> None:
    monkeypatch.setattr("sys.stdin", Tty(""))  # never read: --yes
    code, out, _err = run(capsys, "remove", str(study), "Bo", "--yes")
    assert code == 0
    assert out == "Removing “Bo”: It has no codings and no memos.\nRemoved “Bo”.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: not a terminal
    assert run(capsys, "remove", str(study), "Ana")[0] == 0
    assert names(study) == []


def test_one_coding_and_one_memo_are_singular(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    path = tmp_path / "one.annotator"
    with Project.create(path) as project:
        cy = project.import_file(write_txt(tmp_path, "Cy.txt", "Cy: Yes."))
        project.set_memo("coding", project.add_coding(cy, project.add_code("Yes"), 4, 7), "m")
    code, out, _err = run(capsys, "remove", str(path), "Cy", "--yes")
    assert out.startswith("Removing “Cy”: Its 1 coding (“Yes”) and 1 memo go with it.\n")
