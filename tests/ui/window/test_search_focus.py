"""Ctrl+F as a researcher presses it: the cursor lands in the search box with its words
selected, each press; the results list gets room for ten rows on a laptop screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidget

from annotator.platform.demo import build_demo
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.annotator"
    build_demo(path)
    return path


def open_window(qtbot, demo_file: Path, tmp_path: Path, size: tuple[int, int]) -> MainWindow:
    copy = tmp_path / "demo.annotator"
    copy.write_bytes(demo_file.read_bytes())
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(copy)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press_find(qtbot, window: MainWindow) -> None:
    focused = QApplication.focusWidget() or window
    qtbot.keySequence(focused, QKeySequence(QKeySequence.StandardKey.Find))


def rows_shown(tree: QTreeWidget) -> int:
    """Rows wholly inside the list's viewport."""
    port = tree.viewport().rect()
    item, count = tree.itemAt(QPoint(4, 4)), 0
    while item is not None and tree.visualItemRect(item).bottom() <= port.bottom():
        count += 1
        item = tree.itemBelow(item)
    return count


def test_ctrl_f_twice_puts_the_cursor_in_the_box_with_its_text_selected(
        qtbot, demo_file: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, demo_file, tmp_path, (1400, 900))
    assert window.tools is not None
    search = window.tools.search
    panel = window.current_panel()
    assert panel is not None
    panel.view.setFocus()
    press_find(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.query)
    qtbot.keyClicks(search.query, "trust")
    qtbot.waitUntil(lambda: search.tree.topLevelItemCount() > 0)
    # Back in the transcript, and Ctrl+F again: typing replaces the old words.
    panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    press_find(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.query)
    assert search.query.selectedText() == "trust"
    # Pressed while already in the box, it selects the words again.
    search.query.deselect()
    press_find(qtbot, window)
    assert QApplication.focusWidget() is search.query
    assert search.query.selectedText() == "trust"
    qtbot.keyClicks(search.query, "community")
    assert search.query.text() == "community"


@pytest.mark.parametrize("size", [(1366, 768), (1400, 900)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_results_list_shows_ten_rows(qtbot, demo_file: Path, tmp_path: Path, shots: Path,
                                          size: tuple[int, int], language: str) -> None:
    install_language(language)
    try:
        window = open_window(qtbot, demo_file, tmp_path, size)
        assert window.tools is not None
        search = window.tools.search
        press_find(qtbot, window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is search.query)
        qtbot.keyClicks(search.query, "the")
        qtbot.keyClick(search.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: search.tree.topLevelItemCount() > 0)
        qtbot.waitUntil(lambda: rows_shown(search.tree) >= 10)
        # The transcript keeps the larger part of the window.
        transcript = window.centralWidget()
        assert transcript.height() >= window.height() * 0.35
        window.grab().save(str(shots / f"search_{language}_{size[0]}x{size[1]}.png"))
    finally:
        install_language("en")
