"""The theme board inside the window: Ctrl+B, a code dragged from the tree onto a card,
a theme under review, and the board remembered for the next session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.window.main_window import MainWindow
from tests.ui.drive import send_drop


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "Demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def window(qtbot, demo: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(demo)
    win.show()
    qtbot.waitExposed(win)
    return win


def theme_id(project: Project, name: str) -> int:
    return next(t.id for t in project.themes() if t.name == name)


def test_ctrl_b_shows_the_board_and_a_tree_code_lands_on_a_card(
    qtbot, window: MainWindow, demo: Path, shots: Path
) -> None:
    project = window.project
    assert project is not None and window.board is not None and window.codes_panel is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.board
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Theme board"

    theme = theme_id(project, "Maintenance of relationship")
    code = project.find_code("Shared goals").id
    assert code not in project.theme_codes(theme)
    window.codes_panel.select_code(code)
    tree = window.codes_panel.tree
    payload = tree.model().mimeData(tree.selectionModel().selectedRows(0))
    view = window.board.view
    card = window.board.card(theme)
    assert card is not None
    window.board.fit_all()
    target = view.mapFromScene(card.sceneBoundingRect().center())
    assert send_drop(view.viewport(), payload, QPoint(target.x(), target.y()))
    assert code in project.theme_codes(theme)

    window.board.select_theme(theme)
    assert window.inspector_stack.currentWidget() is window.theme_inspector
    assert window.theme_inspector.name.text() == "Maintenance of relationship"
    assert window.retrieval.summary.text().startswith("Theme “Maintenance of relationship”")
    window.grab().save(str(shots / "window_board.png"))

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code not in project.theme_codes(theme)
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.close()
    with Project.open(demo) as reopened:
        assert code in reopened.theme_codes(theme)


def test_the_board_tab_is_remembered_and_cannot_be_lost(qtbot, window: MainWindow,
                                                        demo: Path) -> None:
    window.show_board()
    assert window.tabs.tabBar().tabButton(
        window.tabs.currentIndex(), window.tabs.tabBar().ButtonPosition.RightSide) is None
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_project(demo)
    assert again.tabs.currentWidget() is again.board
    again.close_tab(again.tabs.currentIndex())
    again.show_board()  # closing only hides it: the same board comes back
    assert again.tabs.currentWidget() is again.board
    again.close()
