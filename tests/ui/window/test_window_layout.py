"""The window's panes: their size on a small screen, and their layout kept across the
welcome page and restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTabBar

from annotator.project import Project
from annotator.ui.app.window_host import open_window
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n" * 40))
        project.add_code("Contact")
    return path


def on_top(window: MainWindow, key: str) -> str:
    """The pane on top in the group of tabs holding `key`: the one that can be seen."""
    dock = window.docks[key]
    group = [dock, *window.tabifiedDockWidgets(dock)]
    seen = [k for k, d in window.docks.items() if d in group and not d.visibleRegion().isEmpty()]
    assert len(seen) == 1, seen
    return seen[0]


def click_tab(qtbot, window: MainWindow, title: str) -> None:
    """Click the tab called `title` where a person would see it."""
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            centre = bar.mapTo(window, bar.tabRect(index).center())
            if bar.tabText(index) == title and bar.isVisible() and window.childAt(centre) is bar:
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                                 pos=bar.tabRect(index).center())
                return
    raise AssertionError(f"no tab {title} in sight")


def close(window: MainWindow) -> None:
    window.close()
    window.deleteLater()


def test_a_small_window_keeps_its_height_when_it_opens_with_a_project(
        qtbot, project_path: Path) -> None:
    # A 1366×768 laptop leaves about 700 pixels: the panes filled side by side
    # before being grouped into tabs used to stretch the window to 756.
    sizing = MainWindow(remember=False)
    qtbot.addWidget(sizing)
    sizing.resize(780, 700)
    sizing.show()
    qtbot.waitExposed(sizing)
    geometry = sizing.saveGeometry()
    sizing.close()

    window = open_window(project_path, remember=False, geometry=geometry)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.project is not None
    assert window.height() == 700
    assert window.minimumSizeHint().height() <= 700
    assert on_top(window, "retrieval") == "retrieval"
    assert on_top(window, "inspector") == "inspector"
    # One tab bar to each group: Qt's tabifying left a stale second one, drawn over
    # the panes, that took the clicks.
    bars = [bar for bar in window.findChildren(QTabBar)
            if bar.parent() is window and bar.isVisible() and bar.count()]
    assert sorted(bar.count() for bar in bars) == [2, 4]


def test_panes_come_back_as_left_after_the_welcome_page_and_a_restart(
        qtbot, project_path: Path) -> None:
    window = open_window(project_path)
    qtbot.waitExposed(window)
    click_tab(qtbot, window, "Search")
    click_tab(qtbot, window, "Journal")
    assert (on_top(window, "search"), on_top(window, "journal")) == ("search", "journal")

    window.actions_by_name["close_project"].trigger()
    assert not any(dock.isVisible() for dock in window.docks.values())
    window.open_project(project_path)
    assert all(dock.isVisible() for dock in window.docks.values())
    assert (on_top(window, "search"), on_top(window, "journal")) == ("search", "journal")
    close(window)

    # Started again on the welcome page, then the project opened from there.
    window = open_window(None)
    qtbot.waitExposed(window)
    assert not any(dock.isVisible() for dock in window.docks.values())
    window.open_project(project_path)
    assert all(dock.isVisible() for dock in window.docks.values())
    assert (on_top(window, "search"), on_top(window, "journal")) == ("search", "journal")
    close(window)


def test_a_first_start_puts_the_excerpts_and_the_inspector_on_top(
        qtbot, project_path: Path) -> None:
    window = open_window(None)
    qtbot.waitExposed(window)
    window.open_project(project_path)
    assert on_top(window, "search") == "retrieval"
    assert on_top(window, "journal") == "inspector"
    close(window)


@pytest.mark.parametrize(("screen", "expected"), [
    ((1920, 1050), (1400, 900)),  # a desktop: the size the panes were laid out for
    ((1366, 728), (1326, 668)),  # a small laptop under a panel: all of it on screen
])
def test_a_first_start_fits_the_screen(qtbot, monkeypatch: pytest.MonkeyPatch,
                                       screen: tuple[int, int],
                                       expected: tuple[int, int]) -> None:
    room = QRect(0, 40, *screen)

    class Screen:
        def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
            return room

    monkeypatch.setattr(MainWindow, "screen", lambda _self: Screen())
    window = MainWindow()  # remembers, but nothing is saved yet: the first start
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == expected
    assert room.contains(window.geometry())
    assert window.geometry().center().x() == room.center().x()


def test_only_panes_in_groups_are_remembered_on_top(qtbot, project_path: Path) -> None:
    window = open_window(project_path, remember=False)
    qtbot.waitExposed(window)
    click_tab(qtbot, window, "Memos")
    window.docks["codes"].hide()
    window.docks["codes"].show()  # a pane of its own, shown again: no tab group
    assert sorted(window.docks_on_top) == ["inspector", "memos"]
    close(window)
