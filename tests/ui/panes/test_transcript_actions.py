"""Renaming and removing transcripts from the transcripts list, as a person does it:
right-click > Rename…, F2, Delete, the question answered, Undo; then the project file
read again (issue 15, item 2)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox

from annotator.project import Project
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.helpers import table_dump, write_txt

popup_menus = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        ana = project.import_file(write_txt(tmp_path, "Ana.txt",
                                            "Ana: We said yes.\nAna: Then it grew.\n"))
        project.import_file(write_txt(tmp_path, "Bo.txt", "Bo: Hello there.\n"))
        for name, start, end in (("Trust", 5, 16), ("Trust", 23, 35), ("Growth", 23, 35),
                                 ("Yes", 13, 16), ("Time", 5, 9)):
            coding = project.add_coding(ana, project.ensure_code_path(name), start, end)
        project.set_memo("coding", coding, "why")
        project.set_memo("source", ana, "long interview")
        project.assign_source_to_case(ana, project.add_case("P1 Ana"))
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
    win.activateWindow()  # shortcuts (F2, Delete) go to the active window
    qtbot.waitUntil(win.isActiveWindow)
    return win


def row_point(window: MainWindow, name: str) -> QPoint:
    assert window.project is not None and window.documents is not None
    index = window.documents.index_of(window.project.source_by_name(name).id)
    return window.documents.view.visualRect(index).center()


def right_click(qtbot, window: MainWindow, name: str, choose: str) -> list[str]:
    """Right-click a transcript and trigger a menu entry; the entries seen."""
    assert window.documents is not None
    viewport = window.documents.view.viewport()
    pos = row_point(window, name)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pos)
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        actions = [a for a in menu.actions() if not a.isSeparator()]
        seen.extend(a.text() for a in actions)
        chosen = next(a for a in actions if a.text().startswith(choose))
        menu.close()
        chosen.trigger()

    QTimer.singleShot(0, pick)
    # The platform sends this after a right-click; QTest does not go through it.
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    return seen


def answer_box(qtbot, button: str, seen: list[str],
               then: Callable[[], None] | None = None, tries: int = 1000) -> None:
    """Once the question is up: note its text, press `button` ("remove" or "cancel");
    given up after `tries` looks, 10 ms apart."""

    def answer(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        assert box.textFormat() == Qt.TextFormat.PlainText
        seen.append(box.text() + "\n" + box.informativeText())
        if then is not None:
            then()
        if button == "remove":
            qtbot.mouseClick(box.findChild(object, "remove"), Qt.MouseButton.LeftButton)
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)


def click_row(qtbot, window: MainWindow, name: str) -> None:
    """Click a transcript's row, giving the list the focus (the window active again, as
    after a person's click: the offscreen platform leaves that to the test)."""
    assert window.documents is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.documents.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_point(window, name))
    view.setFocus()
    assert view.currentIndex().data() == name


def type_name(qtbot, window: MainWindow, name: str) -> None:
    assert window.documents is not None
    view = window.documents.view
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def listed(window: MainWindow) -> list[str]:
    assert window.documents is not None
    model = window.documents.model
    return sorted(model.item(r).child(c).text() for r in range(model.rowCount())
                  for c in range(model.item(r).rowCount()))


@popup_menus
def test_rename_by_menu_and_f2_with_a_clash_told(qtbot, window: MainWindow, project_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen = right_click(qtbot, window, "Ana", "Rename")
    assert seen == ["Open", "Rename…", "Remove…"]
    type_name(qtbot, window, "P1 Ana, 12 May")
    qtbot.waitUntil(lambda: "P1 Ana, 12 May" in listed(window))
    assert window.bridge is not None and window.bridge.undo_stack.count() == 1
    # F2 on Bo, with the name Ana's has now: one sentence, the list as it was
    view = window.documents.view  # type: ignore[union-attr]
    click_row(qtbot, window, "Bo")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    asked: list[str] = []
    monkeypatch.setattr("annotator.ui.panes.transcript_actions.confirm_removal",
                        lambda _parent, name, _what: asked.append(name) or False)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # deletes the text, not the transcript
    assert editor.text() == "" and view.state() == view.State.EditingState
    type_name(qtbot, window, "P1 Ana, 12 May ")
    qtbot.waitUntil(lambda: "already called" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Another transcript is already called “P1 Ana, 12 May”.")
    qtbot.waitUntil(lambda: listed(window) == ["Bo", "P1 Ana, 12 May"])
    assert asked == []  # Delete in the editor never asked to remove the transcript
    window.close()
    with Project.open(project_path) as project:
        assert sorted(s.name for s in project.sources()) == ["Bo", "P1 Ana, 12 May"]


@popup_menus
def test_delete_asks_naming_what_goes_and_undo_brings_it_all_back(
        qtbot, window: MainWindow, project_path: Path, shots: Path) -> None:
    project = window.project
    assert project is not None and window.documents is not None
    before = table_dump(project.store)
    ana = project.source_by_name("Ana").id
    window.open_source(ana)
    view = window.documents.view
    click_row(qtbot, window, "Ana")
    seen: list[str] = []
    answer_box(qtbot, "cancel", seen)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert seen == ["Remove the transcript “Ana” from the project?\n"
                    "Its 5 codings (“Trust”, “Growth”, “Time” and 1 more) and 2 memos go "
                    "with it.\nEdit > Undo brings it all back."]
    assert table_dump(project.store) == before

    def shot() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.grab().save(str(shots / "remove_transcript.png"))
        if os.environ.get("ANNOTATOR_SHOTS"):
            window.grab().save(str(shots / "remove_transcript_window.png"))

    answer_box(qtbot, "remove", seen, shot)
    right_click(qtbot, window, "Ana", "Remove")
    qtbot.waitUntil(lambda: listed(window) == ["Bo"])
    assert all(panel.source_id != ana for panel in window.transcript_panels())
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: listed(window) == ["Ana", "Bo"])
    assert table_dump(project.store) == before  # text, original, paragraphs, codings, memos
    window.actions_by_name["redo"].trigger()
    qtbot.waitUntil(lambda: listed(window) == ["Bo"])
    window.actions_by_name["undo"].trigger()
    window.close()
    with Project.open(project_path) as reopened:
        assert table_dump(reopened.store) == before
        source = reopened.source_by_name("Ana")
        assert [c.name for c in reopened.cases() if c.id in
                reopened.cases_of_source(source.id)] == ["P1 Ana"]
        assert len(reopened.codings(source.id)) == 5
        assert reopened.memo_for("source", source.id) is not None


@popup_menus
def test_the_question_in_chinese(qtbot, window: MainWindow, shots: Path) -> None:
    install_language("zh_CN")
    try:
        assert window.documents is not None
        view = window.documents.view
        click_row(qtbot, window, "Ana")
        seen: list[str] = []

        def shot() -> None:
            box = QApplication.activeModalWidget()
            assert box is not None and box.grab().save(str(shots / "remove_transcript_zh.png"))

        answer_box(qtbot, "cancel", seen, shot)
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        assert len(seen) == 1
    finally:
        install_language("en")
