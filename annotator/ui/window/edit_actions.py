"""Edit > Edit Transcript Text and Edit > Find and Replace: the window's side of editing.

Edit mode is one switch for the window: every open transcript follows it, and a
transcript opened while it is on opens in it (`update`, which the chrome calls
whenever the tabs or the project change). The panes do the editing
(ui/transcript/editing.py); the find-and-replace dialog is one per window,
non-modal, so that a hit can be looked at in its transcript while it stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from annotator.ui.dialogs.find_replace import FindReplaceDialog
from annotator.ui.shared.i18n import tr
from annotator.ui.window.protocols import WindowApi


class EditActions:
    """The editing commands of a window."""

    def __init__(self, window: WindowApi, hint: Callable[[], None]) -> None:
        self._window = window
        self._hint = hint  # the status bar's standing hint follows the mode
        self._dialog: FindReplaceDialog | None = None

    def _on(self) -> bool:
        action = self._window.actions_by_name.get("edit_text")
        return action is not None and action.isChecked() and action.isEnabled()

    def toggle_edit_mode(self) -> None:
        """Turn edit mode on or off in every open transcript."""
        window = self._window
        on = self._on()
        for panel in window.transcript_panels():
            panel.edit_mode.set_enabled(on)
        panel = window.current_panel()
        if panel is not None:
            panel.view.setFocus()
        self._hint()
        window.statusBar().showMessage(
            tr("Edit mode: type to correct the transcript; codings follow the text.") if on
            else tr("Edit mode ended."), 5000)

    def update(self) -> None:
        """Enable the commands for the open project; the shown transcript follows the mode."""
        window = self._window
        acts = window.actions_by_name
        if "edit_text" not in acts:
            return  # the menus are still being built
        project = window.project
        writable = project is not None and not project.read_only
        acts["edit_text"].setEnabled(writable)
        acts["find_replace"].setEnabled(writable)
        if not writable and acts["edit_text"].isChecked():
            acts["edit_text"].setChecked(False)
        panel = window.current_panel()
        if panel is not None:
            panel.edit_mode.set_enabled(self._on())
        if self._dialog is not None and window.bridge is None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def find_and_replace(self) -> None:
        """Open (or bring forward) the find-and-replace dialog for the open project."""
        window = self._window
        if window.bridge is None:
            return
        panel = window.current_panel()
        current = panel.source_id if panel is not None else None
        dialog = self._dialog
        if dialog is None or dialog.bridge is not window.bridge:
            if dialog is not None:
                dialog.deleteLater()
            parent = window.window()
            assert isinstance(parent, QWidget)
            dialog = self._dialog = FindReplaceDialog(window.bridge, parent)
            dialog.hit_activated.connect(window.show_excerpt)
        selected = panel.view.selected_text() if panel is not None else ""
        dialog.open_for(current, selected if "\n" not in selected else "")
