"""Files the operating system asks the running app to open.

On macOS a double-click on a project in the Finder, "Open With", or a drop on the
Dock icon does not start the app with the file as an argument: the file arrives as
a QFileOpenEvent on the application, at start-up or later. The bundle declares the
project type and Word documents (build.spec's Info.plist) so that the Finder offers
Annotator for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator.ui.app.window_host import open_window, windows
from annotator.ui.window.main_window import MainWindow


class FileOpenHandler(QObject):
    """Sends each file the system hands over to the active window (or a new one)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                window = target_window()
                window.open_files([Path(path)])
                window.raise_()  # the Finder's double-click brings the app forward
                window.activateWindow()
                return True
        return super().eventFilter(watched, event)


def target_window() -> MainWindow:
    active = QApplication.activeWindow()
    if isinstance(active, MainWindow):
        return active
    open_ones = windows()
    return open_ones[-1] if open_ones else open_window()


def install_file_open_handler(app: QApplication) -> FileOpenHandler:
    handler = FileOpenHandler(app)  # the app owns it, and keeps it as long as it runs
    app.installEventFilter(handler)
    return handler
