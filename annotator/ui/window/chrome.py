"""The state of the main window's chrome: which commands are enabled, the undo and redo
texts, the title, the status bar's standing hint, the welcome page and the side panes
when no project is open. A mixin of MainWindow, kept apart so that the window class
holds layout and navigation only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.ui.pages.welcome import WelcomePage
from annotator.ui.shared.i18n import tr, without_accelerator
from annotator.ui.shared.recent_projects import forget_project
from annotator.ui.transcript.panel import TranscriptPanel

if TYPE_CHECKING:
    from annotator.ui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class Chrome(_Base):
    def _welcome_page(self) -> WelcomePage:
        page = WelcomePage(self, remember=self._remember)
        page.new_requested.connect(self.new_project_dialog)
        page.open_requested.connect(self.open_project_dialog)
        page.demo_requested.connect(self.open_demo_project)
        page.recent_activated.connect(self.open_project)
        return page

    def forget_recent_projects(self) -> None:
        """File > Open Recent > Clear Recent Projects: the list empties, files stay."""
        forget_project(None)
        page = self.centralWidget()
        if isinstance(page, WelcomePage):
            page.refresh(self._remember)

    def _show_docks(self, project_open: bool) -> None:
        """Without a project the side panes have nothing to show: the welcome page gets
        the window, and the panes come back with the next project as the user had
        them, the same tab on top in each group."""
        if not project_open:
            if self._docks_shown is None:
                self._docks_shown = {k for k, d in self.docks.items() if not d.isHidden()}
            for dock in self.docks.values():
                dock.hide()
        elif self._docks_shown is not None:
            shown, self._docks_shown = self._docks_shown, None
            on_top = list(self.docks_on_top)
            for key in shown:
                self.docks[key].show()  # a pane shown in a group is put on top of it,
            for key in on_top:
                self.docks[key].raise_()  # so the tabs that were on top go back there

    def _dock_seen(self, key: str, visible: bool) -> None:
        """Keep which pane is on top of each group of tabs: Qt can raise a pane but
        not say which one is raised."""
        if not visible or self._docks_shown is not None or not self.isVisible():
            return  # hidden for the welcome page, or not yet shown: nothing chosen
        dock = self.docks[key]
        others = {k for k, d in self.docks.items() if d in self.tabifiedDockWidgets(dock)}
        if others:  # a pane of its own has no tab to be on top of
            self.docks_on_top = [k for k in self.docks_on_top
                                 if k not in others and k != key] + [key]

    def _update_hint(self) -> None:
        """A standing line in the status bar on what can be done where the user is."""
        widget = self.tabs.currentWidget() if self.bridge is not None else None
        if self.bridge is None:
            text = tr("Open or create a project to begin.")
        elif isinstance(widget, TranscriptPanel):
            text = tr("Select text, then press 1–9, Ctrl+K, or drag a code onto it.")
        elif widget is not None and widget is self.board:
            text = tr("Drop codes on a card to gather them; Shift+drag between cards to link "
                      "themes; F fits the board.")
        elif self.tabs.count() == 0:
            text = tr("Double-click a transcript to read it; Ctrl+I imports more.")
        else:
            text = ""
        self.hint.setText(text)

    def _update_actions(self) -> None:
        has_project = self.bridge is not None
        for name in ("import", "new_code", "close_project", "board", "export_qdpx",
                     "export_codebook", "export_board", "export_docx", "export_report",
                     "export_excerpts", "import_comments", "pseudonymise", "analysis",
                     "participants", "search", "journal", "project_memo"):
            self.actions_by_name[name].setEnabled(has_project)
        self.actions_by_name["restore_backup"].setEnabled(
            has_project and self.project is not None and not self.project.read_only)
        self.actions_by_name["quick_code"].setEnabled(self.current_panel() is not None)
        self.actions_by_name["close_tab"].setEnabled(self.tabs.count() > 0)
        stack = self.bridge.undo_stack if self.bridge else None
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(bool(stack and stack.canUndo()))
        redo.setEnabled(bool(stack and stack.canRedo()))
        undo.setText(tr("&Undo {action}").format(action=stack.undoText())
                     if stack and stack.canUndo() else tr("&Undo"))
        redo.setText(tr("&Redo {action}").format(action=stack.redoText())
                     if stack and stack.canRedo() else tr("&Redo"))
        # setText resets the toolbar's short label; keep it short.
        undo.setIconText(tr("Undo"))
        redo.setIconText(tr("Redo"))
        self._update_hint()
        undo.setToolTip(without_accelerator(undo.text()))
        redo.setToolTip(without_accelerator(redo.text()))

    def undo(self) -> None:
        if self.bridge is not None:
            self.bridge.undo_stack.undo()

    def redo(self) -> None:
        if self.bridge is not None:
            self.bridge.undo_stack.redo()

    def _update_title(self) -> None:
        self.setWindowTitle(tr("{project} — Annotator").format(project=self.project.name)
                            if self.project else tr("Annotator"))
