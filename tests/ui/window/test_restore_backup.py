"""File > Restore from Backup…: the researcher goes back to the project as it was when
last opened, and can come back again, all from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.platform import backups as project_backups
from annotator.project import Project
from annotator.ui.dialogs.backups import RestoreDialog
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


def codes_in(path: Path) -> list[str]:
    with Project.open(path) as project:
        return sorted(code.name for code in project.codes())


def restore_through_the_dialog(qtbot, window: MainWindow, row: int, answer: str,
                               seen: list[list[str]]) -> None:
    """File > Restore from Backup…, pick `row`, Restore, then answer the question."""

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = (QMessageBox.StandardButton.Yes if answer == "yes"
                  else QMessageBox.StandardButton.Cancel)
        box.button(button).click()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        seen.append([dialog.list.topLevelItem(i).text(3)
                     for i in range(dialog.list.topLevelItemCount())])
        dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
        QTimer.singleShot(0, confirm)
        dialog.restore_button.click()

    QTimer.singleShot(0, choose)
    window.actions_by_name["restore_backup"].trigger()


def test_going_back_to_a_backup_and_returning(qtbot, tmp_path: Path, shots: Path) -> None:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We trusted them.\n"))
        code = project.add_code("Trust")
        project.add_coding(source, code, 5, 20)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)  # a backup is taken as it opens: 1 coding
    assert window.bridge is not None and window.project is not None
    window.bridge.run("Add code", lambda: window.project.add_code("A mistake"))
    assert codes_in(path) == ["A mistake", "Trust"]

    dialog = RestoreDialog(path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(shots / "restore_backup.png"))
    dialog.close()

    seen: list[list[str]] = []
    restore_through_the_dialog(qtbot, window, 0, "cancel", seen)
    assert codes_in(path) == ["A mistake", "Trust"]  # asked, and the answer was no

    restore_through_the_dialog(qtbot, window, 0, "yes", seen)
    assert window.project is not None and window.project.path == path
    assert [c.name for c in window.project.codes()] == ["Trust"]
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert codes_in(path) == ["Trust"]
    assert seen[0] == ["1"]  # one backup, with its one coding counted

    # The state that was replaced was itself backed up: the restore can be undone.
    backups = project_backups.backups(path)
    contents = [project_backups.contents(b) for b in backups]
    assert any(c is not None and c.codes == 2 for c in contents)
    newest_with_mistake = next(i for i, c in enumerate(contents) if c and c.codes == 2)
    restore_through_the_dialog(qtbot, window, newest_with_mistake, "yes", seen)
    assert codes_in(path) == ["A mistake", "Trust"]
    window.close()


def test_no_backups_yet_says_so(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "fresh.annotator"
    Project.create(path).close()
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
