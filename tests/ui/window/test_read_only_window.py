"""The window says so when a project is read-only."""

from __future__ import annotations

from pathlib import Path

from annotator.ui.window.main_window import MainWindow
from tests.store.test_read_only import read_only_project  # noqa: F401 (a fixture)


def test_window_shows_the_banner(qtbot, read_only_project: Path) -> None:  # noqa: F811
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(read_only_project)
    window.show()
    assert window.read_only_bar.isVisible()
    assert "is read-only" in window.banner.text()
    window.bridge.run("New code", lambda: window.project.add_code("X"))
    assert "cannot be saved" in window.statusBar().currentMessage()
    window.close()
