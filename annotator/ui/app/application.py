"""Starting the Qt application: one QApplication, settings kept out of project data,
the user's language and appearance applied before the first window."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.ui.app.file_open import install_file_open_handler
from annotator.ui.app.first_start import ask_coder, first_start
from annotator.ui.app.window_host import open_window
from annotator.ui.shared.i18n import install_language
from annotator.ui.shared.icons import app_icon
from annotator.ui.shared.preferences import load_preferences
from annotator.ui.shared.theme import apply_theme


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    app.setApplicationDisplayName("Annotator")
    app.setDesktopFileName("annotator")
    app.setWindowIcon(app_icon())
    return app


def apply_user_preferences() -> None:
    """Install the preferred language and appearance in the running application."""
    preferences = load_preferences()
    install_language(preferences.language)
    apply_theme(preferences.theme)


def run_app(project_path: Path | None, quit_when_shown: bool = False) -> int:
    """Show the main window (on `project_path` if given) and run until it closes.

    With `quit_when_shown` (the hidden --quit-when-shown, for bench/startup_bench.py)
    the window is painted once as soon as the event loop runs, the wall-clock time
    of that moment is printed as "shown at SECONDS", and the window closes.
    """
    app = make_app()
    apply_user_preferences()
    if not quit_when_shown and first_start():
        ask_coder()
    window = open_window(project_path)
    install_file_open_handler(app)
    if quit_when_shown:
        def shown() -> None:
            app.processEvents()
            window.repaint()  # the whole window, painted now
            sys.stdout.write(f"shown at {time.time():.6f}\n")
            sys.stdout.flush()
            window.close()

        QTimer.singleShot(0, shown)
    return app.exec()
