"""Switching project (File > New, Help > Open the Demo Project, a new language) keeps
the window whole: no stray welcome window, the transcript keeps a readable width, and
no saved layout can squeeze it; View > Reset Layout puts the panes back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from annotator.platform.demo import build_demo
from annotator.ui.app.window_host import open_window, reopen_window
from annotator.ui.shared.preferences import load_preferences, save_preferences
from annotator.ui.window.main_window import MainWindow


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


def stray_windows(window: MainWindow) -> list[str]:
    """Top-level windows a person would see besides the main window."""
    return [type(w).__name__ for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and not isinstance(w, QMainWindow)
            and w.isWindow() and w.windowType().name in ("Widget", "Window")]


def readable(window: MainWindow) -> bool:
    """40% of the window's width, or all that the side panes' own minimums leave (the
    offscreen screen is 800 pixels wide: the inspector and the codes need 460 of them)."""
    if window.tabs.width() >= 0.4 * window.width():
        return True
    columns = []
    for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        shown = [d for d in window.docks.values()
                 if d.isVisible() and window.dockWidgetArea(d) == area]
        if shown:
            columns.append((shown[0].width(), max(d.minimumSizeHint().width() for d in shown)))
    return window.width() < 1000 and all(width <= least + 12 for width, least in columns)


def open_at(path: Path, remember: bool = True) -> MainWindow:
    """The project in a window the size of a 1366×768 laptop's screen."""
    window = open_window(path, remember=remember)
    window.resize(1366, 768)
    return window


def comes_back_readable(qtbot, window: MainWindow) -> None:
    """The transcript gets 40% of the window's width once the panes have their sizes."""
    qtbot.waitUntil(lambda: readable(window), timeout=2000)


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.tabs.isVisible())
    QApplication.processEvents()
    QApplication.processEvents()


def close(window: MainWindow) -> None:
    window.close()
    window.deleteLater()


def test_a_new_project_over_the_demo_leaves_no_stray_window(
        qtbot, demo: Path, tmp_path: Path, shots: Path) -> None:
    window = open_at(demo)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    comes_back_readable(qtbot, window)
    assert window.create_project(tmp_path / "new.annotator")
    settle(qtbot, window)
    assert stray_windows(window) == []
    comes_back_readable(qtbot, window)
    window.grab().save(str(shots / "after-new-project.png"))
    assert window.open_project(demo)  # Help > Open the Demo Project does the same
    settle(qtbot, window)
    assert stray_windows(window) == []
    comes_back_readable(qtbot, window)
    window.grab().save(str(shots / "demo-1366x768.png"))
    close(window)
    # The layout saved on closing comes back whole.
    again = open_window(demo)
    qtbot.waitExposed(again)
    settle(qtbot, again)
    assert stray_windows(again) == []
    comes_back_readable(qtbot, again)
    close(again)


def test_a_language_change_leaves_no_stray_window(qtbot, demo: Path, shots: Path) -> None:
    window = open_at(demo)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    prefs = load_preferences()
    save_preferences(replace(prefs, language="zh_CN"))
    try:
        again = reopen_window(window)
        qtbot.waitExposed(again)
        settle(qtbot, again)
        assert stray_windows(again) == []
        comes_back_readable(qtbot, again)
        again.grab().save(str(shots / "after-language-change.png"))
    finally:
        from annotator.ui.shared.i18n import install_language
        install_language("en")
    close(again)


def test_a_saved_layout_that_squeezes_the_transcript_comes_back_readable(
        qtbot, demo: Path, shots: Path) -> None:
    window = open_at(demo)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    # The side panes dragged wide, as the broken switch left them, then saved on closing.
    sides = [window.docks["documents"], window.docks["inspector"]]
    window.resizeDocks(sides, [window.width() // 2, window.width() // 2],
                       Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert not readable(window)
    close(window)
    assert QSettings().value("window/state") is not None

    again = open_window(demo)
    qtbot.waitExposed(again)
    settle(qtbot, again)
    comes_back_readable(qtbot, again)
    close(again)


def test_view_reset_layout_puts_the_panes_back(qtbot, demo: Path) -> None:
    window = open_at(demo, remember=False)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.docks["journal"].raise_()
    window.docks["codes"].hide()
    window.docks["documents"].setFloating(True)
    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    entry = next(a for a in view.actions() if a.text() == "&Reset Layout")
    entry.trigger()
    settle(qtbot, window)
    assert all(dock.isVisible() and not dock.isFloating() for dock in window.docks.values())
    # As at first start in a window of this size (dock_layout.first_layout).
    assert (window.docks["documents"].width(), window.docks["codes"].width()) == (340, 340)
    assert window.docks_on_top == ["retrieval", "inspector"]
    comes_back_readable(qtbot, window)
    close(window)
