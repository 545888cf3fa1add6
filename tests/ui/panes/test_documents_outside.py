"""The transcripts list follows a command-line import into the project open in the
window, with nothing done in the window (issue 15, item 11). The second process's
case is in tests/ui/shared/test_outside_changes.py; here `annotator import` runs in
this process, on its own connection, as a script beside the app would."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


def listed(window: MainWindow) -> list[str]:
    assert window.documents is not None
    model = window.documents.model  # as shown now: no catching up first
    return sorted(model.item(r).child(c).text() for r in range(model.rowCount())
                  for c in range(model.item(r).rowCount()))


def test_a_command_line_import_shows_in_the_list(qtbot, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    assert listed(window) == ["Ana"]
    files = [write_txt(tmp_path, "Bo.txt", "Bo: Hello.\n"),
             write_txt(tmp_path, "Cy.txt", "Cy: Hi.\n")]
    assert main(["import", str(path), *map(str, files)]) == 0, capsys.readouterr().err
    qtbot.waitUntil(lambda: listed(window) == ["Ana", "Bo", "Cy"], timeout=5000)
    assert window.bridge is not None and window.bridge.undo_stack.count() == 0  # not ours
    window.close()
    with Project.open(path) as reopened:
        assert sorted(s.name for s in reopened.sources()) == ["Ana", "Bo", "Cy"]
