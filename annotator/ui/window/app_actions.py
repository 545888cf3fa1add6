"""The main window's Preferences and Help work: a part the window owns, kept apart so
that the window class holds layout and navigation only."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from annotator import __version__
from annotator.operations.errors import OperationError
from annotator.ui.dialogs.guide import GuideDialog, guide_file
from annotator.ui.dialogs.preferences import PreferencesDialog
from annotator.ui.dialogs.shortcuts import ShortcutsDialog
from annotator.ui.shared.i18n import current_language, resolve_language, tr
from annotator.ui.shared.preferences import Preferences, load_preferences, save_preferences
from annotator.ui.shared.theme import apply_theme
from annotator.ui.window.actions import shortcut_groups
from annotator.ui.window.protocols import WindowApi


def transcript_font(size: int) -> QFont:
    """The transcript pane's font at `size` points (0: the application's default)."""
    font = QFont(QApplication.font())
    if size > 0:
        font.setPointSize(size)
    return font


class AppActions:
    """Preferences and the Help menu for `window`."""

    def __init__(self, window: WindowApi) -> None:
        self._window = window

    # -- preferences ----------------------------------------------------------------
    def edit_preferences(self) -> None:
        old = load_preferences()
        dialog = PreferencesDialog(old, self._window.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences(), old)

    def apply_preferences(self, new: Preferences, old: Preferences | None = None) -> None:
        """Save `new` and bring the running app in line with it. A new language asks
        for the window to be rebuilt (see window_host) once this call has returned."""
        old = old or load_preferences()
        save_preferences(new)
        if new.theme != old.theme:
            apply_theme(new.theme)
        if self._window.project is not None:
            self._window.project.set_coder(new.coder, new.initials)
        self.apply_transcript_font()
        if resolve_language(new.language) != current_language():
            QTimer.singleShot(0, self._window.language_changed.emit)

    def apply_transcript_font(self) -> None:
        font = transcript_font(load_preferences().transcript_font_size)
        for panel in self._window.transcript_panels():
            panel.view.setFont(font)

    # -- help -----------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_groups(self._window.actions_by_name),
                        self._window.window()).exec()

    def open_user_guide(self) -> None:
        path = guide_file()
        if path is None:
            self._window.show_error(
                tr("The user guide is not installed with this copy of Annotator."))
            return
        GuideDialog(path, self._window.window()).exec()

    def open_demo_project(self) -> None:
        from annotator.platform.demo import user_demo_project

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # built on first use: ~1 s
        try:
            path = user_demo_project()
        except (OSError, OperationError) as exc:
            self._window.show_error(tr("The demo project could not be built: {reason}").format(
                reason=exc), modal=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._window.open_project(path)

    def show_licences(self) -> None:
        from annotator.ui.dialogs.licences import LicencesDialog  # rarely opened: load then

        LicencesDialog(self._window.window()).exec()

    def show_about(self) -> None:
        QMessageBox.about(self._window.window(), tr("About Annotator"), tr(
            "<h3>Annotator {version}</h3>"
            "<p>Reflexive thematic analysis of interview transcripts, offline on your "
            "computer: code excerpts, build themes on a board, export annotated Word "
            "documents and REFI-QDA projects.</p>"
            "<p>Free software under the MIT licence. Qt {qt} (PySide6 {pyside}), "
            "Python {python}; their licences are under Help &gt; Third-Party "
            "Licences.</p>").format(
                version=__version__, qt=qVersion(), pyside=pyside_version,
                python=platform.python_version()))
