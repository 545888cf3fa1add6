"""The self-test's window check: open the main window on a project offscreen, then close it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSize, QtMsgType, qInstallMessageHandler

from annotator.ui.app.application import make_app
from annotator.ui.shared.i18n import install_language, tr
from annotator.ui.shared.icons import icon, icons_dir
from annotator.ui.window.main_window import MainWindow


def open_and_close_window(project_path: Path) -> str:
    """Open, show, paint and close a MainWindow on `project_path`; a line saying so.

    Raises RuntimeError with a sentence if the window did not open the project.
    """
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _open_and_close(project_path)
    finally:
        qInstallMessageHandler(previous)


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen plugin says this of every dock window; it is not a problem.
    if "does not support propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _open_and_close(project_path: Path) -> str:
    app = make_app()
    window = MainWindow(remember=False)  # touches no settings, session or recent list
    try:
        if not window.open_project(project_path):
            raise RuntimeError(f"the main window could not open {project_path}.")
        window.show()
        app.processEvents()
        window.grab()  # a real paint of the whole window
        project = window.project
        if project is None or not project.sources():
            raise RuntimeError("the main window shows no transcripts for the project.")
        platform = app.platformName()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"Opened and closed the main window on the project (Qt platform “{platform}”)"


def check_languages_and_icons(folder: Path) -> str:
    """The shipped translations load and the SVG icons draw: a line saying so.

    Raises RuntimeError with a sentence when a translation or an icon is missing.
    A source checkout compiles the translation into `folder` (the bundle ships it).
    """
    make_app()
    try:
        install_language("zh_CN", cache=folder)
        chinese = tr("&File")
    finally:
        install_language("en", cache=folder)
    if chinese != "文件(&F)":
        raise RuntimeError("the Chinese translation of the interface is missing.")
    names = sorted(p.stem for p in icons_dir().glob("*.svg") if p.stem != "annotator")
    for name in names:
        image = icon(name).pixmap(QSize(24, 24), 2.0).toImage()
        if image.width() != 48 or image.isNull():
            raise RuntimeError(f"the icon “{name}” does not draw.")
    return f"Loaded the Chinese interface and drew {len(names)} icons at 2x"
