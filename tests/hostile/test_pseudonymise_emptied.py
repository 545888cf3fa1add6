"""A name replaced by nothing, when a coding covers exactly that name (issue 14, item 10).

Before, `pseudonymise --replace "Ana="` raised IntegrityError (CHECK constraint) from the
command line and the window alike. Now one sentence names the codings that would cover
nothing and nothing changes, unless the researcher chooses to remove them or to put a
placeholder such as "[name]" in place of the names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "Interviewer: who rang?\nBen: Ana rang us, and Ana said yes.\n"


def _project(folder: Path) -> Path:
    path = folder / "p.annotator"
    with Project.create(path) as project:
        (source_id,) = project.import_files([write_txt(folder, "Ben.txt", TEXT)])
        start = TEXT.index("Ana")
        project.add_coding(source_id, project.add_code("Caller"), start, start + 3)
        whole = TEXT.index("Ana said")
        project.add_coding(source_id, project.add_code("Consent"), whole, whole + 13)
    return path


def test_the_codings_are_named_and_nothing_changes(tmp_path: Path) -> None:
    with Project.open(_project(tmp_path)) as project:
        before = table_dump(project.store)
        with pytest.raises(OperationError, match=r"1 coding\(s\) would cover nothing") as error:
            project.pseudonymise({"Ana": ""})
        assert "“Caller” in “Ben”" in str(error.value)
        assert table_dump(project.store) == before


def test_removing_them_keeps_the_rest_and_undoes(tmp_path: Path) -> None:
    with Project.open(_project(tmp_path)) as project:
        before = table_dump(project.store)
        report = project.pseudonymise({"Ana": ""}, emptied="remove")
        assert report.removed_codings == 1
        (source,) = project.sources()
        text = project.source(source.id).text
        assert "Ana" not in text
        (left,) = project.codings()
        assert text[left.start:left.end] == " said yes."
        assert project.check() == []
        project.undo()
        assert table_dump(project.store) == before


def test_a_placeholder_keeps_every_coding(tmp_path: Path) -> None:
    with Project.open(_project(tmp_path)) as project:
        project.pseudonymise({"Ana": ""}, emptied="placeholder", placeholder="[name]")
        text = project.source(project.sources()[0].id).text
        assert [text[c.start:c.end] for c in project.codings()] == ["[name]",
                                                                     "[name] said yes."]


def test_the_command_line_says_so_in_one_sentence_and_offers_both(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path)
    assert main(["pseudonymise", str(path), "--replace", "Ana="]) != 0
    _, err = capsys.readouterr()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "--remove-emptied-codings" in err and "--placeholder" in err
    assert main(["pseudonymise", str(path), "--replace", "Ana=",
                 "--remove-emptied-codings"]) == 0
    assert "1 coding that would have covered nothing was removed" in capsys.readouterr()[0]
    with Project.open(path) as project:
        assert len(project.codings()) == 1


def test_the_command_line_placeholder(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path)
    assert main(["pseudonymise", str(path), "--replace", "Ana=", "--placeholder", "[P]"]) == 0
    with Project.open(path) as project:
        assert "[P] rang us" in project.source(project.sources()[0].id).text


def test_the_window_offers_the_choice(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from annotator.ui.dialogs.pseudonym import PseudonymDialog
    from annotator.ui.window.main_window import MainWindow

    choice = {"value": "refuse"}

    def answer(dialog: PseudonymDialog) -> bool:
        dialog.pairs.setPlainText("Ana =")
        dialog.emptied.setCurrentIndex(dialog.emptied.findData(choice["value"]))
        return True

    monkeypatch.setattr("annotator.ui.dialogs.pseudonym.run_dialog", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    errors: list[str] = []
    assert window.open_project(_project(tmp_path))
    window.bridge.error.connect(errors.append)
    window.actions_by_name["pseudonymise"].trigger()
    assert len(errors) == 1 and "would cover nothing" in errors[0]
    assert len(window.project.codings()) == 2
    choice["value"] = "remove"
    window.actions_by_name["pseudonymise"].trigger()
    assert len(window.project.codings()) == 1
    window.close()
