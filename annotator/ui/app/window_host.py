"""Opens the main windows and rebuilds one when the interface language changes.

Qt widgets keep the text they were given, so rather than teach every panel to
retranslate itself, the window is closed (its layout and session saved as on any
close) and opened again in the new language, and the open project is handed from
the one to the other without being closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from annotator.ui.shared.i18n import install_language
from annotator.ui.shared.preferences import load_preferences
from annotator.ui.window.main_window import HandOver, MainWindow

_windows: list[MainWindow] = []  # Python owns the windows: keep them alive here


def windows() -> list[MainWindow]:
    return list(_windows)


def open_window(project_path: Path | None = None, remember: bool = True,
                geometry: QByteArray | None = None,
                handed: HandOver | None = None) -> MainWindow:
    window = MainWindow(remember=remember)
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.language_changed.connect(lambda: reopen_window(window))
    _windows.append(window)
    window.destroyed.connect(lambda _obj=None: _forget(window))
    if handed is not None:
        window.adopt_project(handed)
    elif project_path is not None:
        window.open_project(project_path)
    window.show()
    return window


def _forget(window: MainWindow) -> None:
    if window in _windows:
        _windows.remove(window)


def reopen_window(window: MainWindow) -> MainWindow:
    """Close `window` and open it again, in the language the preferences now name.

    The project passes from the old window to the new one still open: its lock, its
    undo history (Ctrl+Z reaches back past the switch) and its backups stay as they
    were, and no second backup is taken.
    """
    geometry = window.saveGeometry()
    remember = window.remember
    app = QGuiApplication.instance()
    quits = isinstance(app, QGuiApplication) and app.quitOnLastWindowClosed()
    if quits:
        # For a moment no window is open: that must not end the app.
        QGuiApplication.setQuitOnLastWindowClosed(False)
    try:
        handed = window.hand_over_project()  # saves the session as a close would
        window.close()  # saves the layout
        _forget(window)
        window.deleteLater()
        install_language(load_preferences().language)
        return open_window(None, remember=remember, geometry=geometry, handed=handed)
    finally:
        if quits:
            QGuiApplication.setQuitOnLastWindowClosed(True)
