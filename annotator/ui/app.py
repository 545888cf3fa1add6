"""Starting the Qt application: one QApplication, settings kept out of project data."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
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


def run_app(project_path: Path | None, quit_when_shown: bool = False) -> int:
    """Show the main window (on `project_path` if given) and run until it closes.

    With `quit_when_shown` (the hidden --quit-when-shown, for bench/startup_bench.py)
    the window is painted once as soon as the event loop runs, the wall-clock time
    of that moment is printed as "shown at SECONDS", and the window closes.
    """
    app = make_app()
    window = MainWindow()
    if project_path is not None:
        window.open_project(project_path)
    window.show()
    if quit_when_shown:
        def shown() -> None:
            app.processEvents()
            window.repaint()  # the whole window, painted now
            sys.stdout.write(f"shown at {time.time():.6f}\n")
            sys.stdout.flush()
            window.close()

        QTimer.singleShot(0, shown)
    return app.exec()
