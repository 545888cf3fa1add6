"""Starting the Qt application: one QApplication, settings kept out of project data."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.ui.main_window import MainWindow


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    app.setApplicationDisplayName("Annotator")
    return app


def run_app(project_path: Path | None) -> int:
    app = make_app()
    window = MainWindow()
    if project_path is not None:
        window.open_project(project_path)
    window.show()
    return app.exec()
