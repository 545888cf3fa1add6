"""Names the researcher chose, shown in menus and the error box exactly as typed: an "&"
is not a shortcut mark, markup is not rendered, and a long undo step does not push the
Edit menu's shortcut column out of sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from annotator.project import Project
from annotator.ui.shared.i18n import install_language, without_accelerator
from annotator.ui.shared.recent_projects import remember_project
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    return win


def menu_of(action: QAction) -> QMenu:
    return next(o for o in action.associatedObjects() if isinstance(o, QMenu))


def shown_menu(qtbot, window: MainWindow, menu: QMenu) -> QMenu:
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    return menu


def test_an_ampersand_in_a_name_is_shown_in_undo_and_redo(qtbot, window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    bridge.run("New code", lambda: project.add_code("R&D"))
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.text() == "&Undo New code “R&&D”"  # "&&" is how a menu shows one "&"
    assert without_accelerator(undo.text()) == "Undo New code “R&D”"
    assert undo.toolTip() == "Undo New code “R&D”"
    undo.trigger()
    assert redo.text() == "&Redo New code “R&&D”"
    assert redo.toolTip() == "Redo New code “R&D”"


# Popups ask the offscreen platform for things it cannot do.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@OFFSCREEN_POPUP
def test_a_long_undo_step_keeps_the_shortcut_column_whole(qtbot, window: MainWindow,
                                                          shots: Path) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    long_name = ("Reciprocity in partnerships between community organisations and the "
                 "university's medical school, as the participants describe it")
    bridge.run("New code", lambda: project.add_code(long_name))
    bridge.run("New code", lambda: project.add_code("Second " + long_name))
    window.actions_by_name["undo"].trigger()  # Redo now names a long step too
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    for action in (undo, redo):
        assert "…" in action.text() and long_name not in action.text()
        assert len(action.text()) < 70
    edit = shown_menu(qtbot, window, menu_of(undo))
    edit.grab().save(str(shots / "edit_menu_long_undo.png"))
    # The menu is as wide as its longest entry plus the shortcut column: kept well inside
    # a 1366-pixel screen, so Qt never has to cut "Ctrl+Shift+Z".
    assert edit.sizeHint().width() < 600
    assert QKeySequence(QKeySequence.StandardKey.Redo) in redo.shortcuts()
    edit.close()


@OFFSCREEN_POPUP
def test_recent_projects_show_an_ampersand(qtbot, window: MainWindow, tmp_path: Path) -> None:
    Project.create(tmp_path / "R&D study.annotator").close()
    remember_project(tmp_path / "R&D study.annotator")
    recent = next(m for m in window.findChildren(QMenu)
                  if without_accelerator(m.title()) == "Open Recent")
    shown_menu(qtbot, window, recent)
    texts = [a.text() for a in recent.actions()]
    assert any(t.startswith("R&&D study   (") for t in texts), texts
    recent.close()


def test_the_error_box_shows_a_name_as_written(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    fake = write_txt(tmp_path, "<b>x.annotator", "not a project")
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert not window.open_project(fake)
    assert seen == [(Qt.TextFormat.PlainText, "“<b>x.annotator” is not an Annotator project.")]


def test_the_agreement_pages_code_menu_shows_an_ampersand(qtbot, tmp_path: Path) -> None:
    from annotator.ui.pages.agreement import AgreementPage
    from annotator.ui.shared.bridge import ProjectBridge

    path = tmp_path / "team.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
        code = project.add_code("R&D")
        for coder, start in (("Ana", 0), ("Bea", 5)):
            project.set_coder(coder)
            project.add_coding(source, code, start, 12)
    bridge = ProjectBridge(Project.open(path))
    page = AgreementPage(bridge)
    qtbot.addWidget(page)
    page.set_coders("Ana", "Bea")
    menu = page.codes_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["R&&D"]
    bridge.close()


@OFFSCREEN_POPUP
def test_the_edit_menu_in_chinese_keeps_its_shortcuts(qtbot, tmp_path: Path,
                                                      shots: Path) -> None:
    install_language("zh_CN")
    try:
        path = tmp_path / "研究.annotator"
        Project.create(path).close()
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_project(path)
        window.show()
        qtbot.waitExposed(window)
        bridge, project = window.bridge, window.project
        name = "社区参与与大学医学院之间长期合作关系中的互惠、信任和共同目标"
        bridge.run("New code", lambda: project.add_code(name))
        undo = window.actions_by_name["undo"]
        assert "…" in undo.text()
        edit = shown_menu(qtbot, window, menu_of(undo))
        edit.grab().save(str(shots / "edit_menu_long_undo_zh.png"))
        assert edit.sizeHint().width() < 600
        edit.close()
        window.close()
    finally:
        install_language("en")
