"""Files handed over by the system (a double-click in the macOS Finder arrives as a
QFileOpenEvent) and project files dropped on the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.ui.app import window_host
from annotator.ui.app.file_open import install_file_open_handler
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import send_drop


def make_project(folder: Path, name: str) -> Path:
    path = folder / f"{name}.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(folder, f"{name}.txt", "P1: 我们一起做了很多事情。\n"))
    return path


@pytest.fixture
def welcome(qtbot, qapp: QApplication) -> Iterator[MainWindow]:
    handler = install_file_open_handler(qapp)
    window = window_host.open_window(remember=False)
    qtbot.waitExposed(window)
    yield window
    qapp.removeEventFilter(handler)
    handler.deleteLater()
    for each in window_host.windows():
        each.close()
        each.deleteLater()


def system_opens(path: Path) -> None:
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_a_project_opened_from_the_finder_opens_in_the_welcome_window(
        welcome: MainWindow, tmp_path: Path) -> None:
    study = make_project(tmp_path, "study")
    windows = window_host.windows()
    system_opens(study)
    assert welcome.project is not None and welcome.project.path == study
    assert window_host.windows() == windows  # opened here, not in a new window
    bridge = welcome.bridge
    system_opens(study)  # the same project again: left as it is, not reopened
    assert welcome.bridge is bridge

    # A transcript handed over while a project is open is imported into it.
    notes = write_txt(tmp_path, "Ana.txt", "Ana: We said yes.\n")
    system_opens(notes)
    with Project.open(study) as reopened:
        assert sorted(s.name for s in reopened.sources()) == ["Ana", "study"]


def test_a_project_dropped_on_the_window_opens(welcome: MainWindow, tmp_path: Path) -> None:
    first, second = make_project(tmp_path, "first"), make_project(tmp_path, "second")
    assert welcome.open_project(first)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    assert send_drop(welcome, mime, QPoint(400, 300))
    assert welcome.project is not None and welcome.project.path == second
