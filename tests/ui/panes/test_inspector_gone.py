"""The inspector when what it shows goes away: it says "Nothing selected" and disables
its controls, and words typed in a memo are never silently lost (saved before the delete
runs, or kept readable when an undo takes the item). The theme face shows only on the
board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.project import Project
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt

TEXT = "Ana: We trusted the clinic from the start.\nAna: Then money ran out.\n"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        trust = project.add_code("Trust")
        project.add_code("Money")
        project.add_coding(source, trust, 5, 27)
        project.add_theme("Relationships")
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    install_language("en")


def ids(window: MainWindow) -> tuple[int, int, int]:
    project = window.project
    assert project is not None
    (coding,) = project.codings()
    return project.source_by_name("Ana").id, project.find_code("Trust").id, coding.id


def inspect_the_coding(qtbot, window: MainWindow) -> None:
    """Put the caret on Ana's coded words, as a click in the transcript does."""
    source_id, _, coding_id = ids(window)
    window.show_excerpt(source_id, 5, 27)
    qtbot.waitUntil(lambda: window.inspector.coding_id == coding_id)


def type_into(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.keyClicks(box, text)


def delete_code_in_tree(qtbot, window: MainWindow, code_id: int) -> None:
    """Select the code in the tree, Delete, and confirm as a person would."""
    panel = window.codes_panel
    assert panel is not None
    panel.select_code(code_id)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, confirm)
            return
        next(b for b in box.buttons() if b.text() == "Delete").click()

    QTimer.singleShot(0, confirm)
    panel.delete_action.trigger()


def undo(qtbot, window: MainWindow) -> None:
    """Edit > Undo, as the toolbar's button does it."""
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled()
    undo.trigger()


def test_deleting_the_code_saves_the_typed_memo_and_empties_the_inspector(
        qtbot, window: MainWindow, project_path: Path, shots: Path) -> None:
    _, trust, coding_id = ids(window)
    inspect_the_coding(qtbot, window)
    inspector = window.inspector
    type_into(qtbot, inspector.memo, "Said twice")
    delete_code_in_tree(qtbot, window, trust)
    assert window.project.find_code("Trust") is None
    assert inspector.coding_id is None
    assert not inspector.memo.isEnabled() and inspector.memo.toPlainText() == ""
    assert not inspector.remove.isEnabled() and not inspector.illustrative.isEnabled()
    assert "Nothing selected" in inspector.title.text()
    assert not inspector.notice.isVisible()
    window.grab().save(str(shots / "inspector_after_delete.png"))
    undo(qtbot, window)  # the delete; the memo was saved before it, as its own step
    window.close()
    with Project.open(project_path) as project:
        (coding,) = project.codings()
        assert (coding.id, coding.memo) == (coding_id, "Said twice")


def test_an_undo_that_takes_the_coding_keeps_the_typed_words_readable(
        qtbot, window: MainWindow, project_path: Path, shots: Path) -> None:
    source_id, trust, _ = ids(window)
    project, bridge = window.project, window.bridge
    new = bridge.run("Code", lambda: project.add_coding(source_id, trust, 44, 64))
    window.show_excerpt(source_id, 44, 64)
    qtbot.waitUntil(lambda: window.inspector.coding_id == new)
    inspector = window.inspector
    type_into(qtbot, inspector.memo, "Funding cut")
    window.actions_by_name["undo"].trigger()  # the toolbar's Undo: the coding goes
    assert len(project.codings()) == 1
    assert inspector.coding_id is None and "Nothing selected" in inspector.title.text()
    assert inspector.memo.toPlainText() == "Funding cut"
    assert inspector.memo.isReadOnly() and inspector.notice.isVisible()
    assert not inspector.remove.isEnabled()
    window.grab().save(str(shots / "inspector_unsaved_words_kept.png"))
    qtbot.keyClicks(inspector.memo, "!")  # read-only: nothing changes, nothing is saved
    assert inspector.memo.toPlainText() == "Funding cut"
    inspect_the_coding(qtbot, window)  # another excerpt: an ordinary inspector again
    assert not inspector.memo.isReadOnly() and not inspector.notice.isVisible()


def test_a_code_memo_typed_when_the_code_is_deleted(qtbot, window: MainWindow,
                                                    project_path: Path, shots: Path) -> None:
    _, trust, _ = ids(window)
    window.codes_panel.select_code(trust)  # the code's memo, in the inspector
    editor = window.item_memo
    assert window.inspector_stack.currentWidget() is editor and editor.item == ("code", trust)
    type_into(qtbot, editor.memo, "Defined by Ana")
    delete_code_in_tree(qtbot, window, trust)
    assert editor.item is None and "Nothing selected" in editor.heading.text()
    assert not editor.memo.isEnabled() and editor.memo.toPlainText() == ""
    window.grab().save(str(shots / "inspector_code_memo_after_delete.png"))
    undo(qtbot, window)
    window.close()
    with Project.open(project_path) as reopened:
        memo = reopened.memo_for("code", trust)
        assert memo is not None and memo.body == "Defined by Ana"


def test_the_theme_face_shows_only_on_the_board(qtbot, window: MainWindow) -> None:
    project = window.project
    theme = next(t.id for t in project.themes())
    window.show_board()
    window.board.select_theme(theme)
    stack = window.inspector_stack
    assert stack.currentWidget() is window.theme_inspector
    source_id, _, coding_id = ids(window)
    window.open_source(source_id)
    assert stack.currentWidget() is window.inspector
    window.show_board()
    window.board.select_theme(None)
    window.board.select_theme(theme)
    assert stack.currentWidget() is window.theme_inspector


def test_nothing_selected_in_chinese(qtbot, project_path: Path, shots: Path,
                                     english_again: None) -> None:
    install_language("zh_CN")
    chinese = MainWindow()
    qtbot.addWidget(chinese)
    assert chinese.open_project(project_path)
    chinese.resize(1366, 768)
    chinese.show()
    qtbot.waitExposed(chinese)
    _, trust, _ = ids(chinese)
    inspect_the_coding(qtbot, chinese)
    type_into(qtbot, chinese.inspector.memo, "twice")
    delete_code_in_tree_zh(qtbot, chinese, trust)
    assert chinese.inspector.coding_id is None
    assert not chinese.inspector.memo.isEnabled()
    chinese.grab().save(str(shots / "inspector_after_delete_zh.png"))
    chinese.close()


def delete_code_in_tree_zh(qtbot, window: MainWindow, code_id: int) -> None:
    panel = window.codes_panel
    assert panel is not None
    panel.select_code(code_id)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, confirm)
            return
        box.defaultButton().click()  # the Delete button, whatever its language

    QTimer.singleShot(0, confirm)
    panel.delete_action.trigger()
