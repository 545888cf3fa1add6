"""The toolbar's Undo and Redo: they undo and redo what Edit > Undo and Redo do, enable
themselves with them, and name the step in their tooltip; yet a new step does not lay
the toolbar (and after it the whole main window) out again, as a button renamed at
every change would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QToolTip

from annotator.project import Project
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import active_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n"))
    return active_window(qtbot, path)


def button(window: MainWindow, label: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    return next(b for b in toolbar.findChildren(QToolButton)
                if b.defaultAction() is not None and b.defaultAction().iconText() == label)


def tooltip_of(widget: QToolButton) -> str:
    at = QPoint(4, 4)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
    return QToolTip.text()


def test_the_toolbar_buttons_undo_redo_and_name_the_step(qtbot, window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    undo, redo = button(window, "Undo"), button(window, "Redo")
    assert not undo.isEnabled() and not redo.isEnabled()
    bridge.run("New code", lambda: project.add_code("Trust"))
    assert undo.isEnabled() and not redo.isEnabled()
    assert tooltip_of(undo) == "Undo New code “Trust”"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert project.find_code("Trust") is None
    assert not undo.isEnabled() and redo.isEnabled()
    assert tooltip_of(redo) == "Redo New code “Trust”"
    qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    assert project.find_code("Trust") is not None
    QToolTip.hideText()


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_step_leaves_the_toolbar_as_laid_out(qtbot, window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    bridge.run("New code", lambda: project.add_code("First"))  # Undo is enabled from here
    for _ in range(5):
        QApplication.processEvents()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    requests = LayoutRequests()
    toolbar.installEventFilter(requests)
    for name in ("Second", "A much longer code name than the first", "Third"):
        bridge.run("New code", lambda n=name: project.add_code(n))
        for _ in range(5):
            QApplication.processEvents()
    assert window.actions_by_name["undo"].text() == "&Undo New code “Third”"
    assert requests.count == 0
