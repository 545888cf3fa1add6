"""The state of the main window's chrome: which commands are enabled, the undo and redo
texts, the title, the status bar's standing hint, the read-only notice, the welcome
page and the side panes when no project is open. A part the window owns, kept apart
so that the window class holds layout and navigation only."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from annotator.ui.pages.welcome import WelcomePage
from annotator.ui.panes.search import SearchPanel
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.recent_projects import forget_project
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.app_actions import AppActions
from annotator.ui.window.dock_layout import TAB_GROUPS, keep_centre_readable, reset_layout
from annotator.ui.window.edit_actions import EditActions
from annotator.ui.window.file_actions import FileActions
from annotator.ui.window.protocols import WindowApi

NEED_A_PROJECT = ("import", "new_code", "close_project", "board", "export_qdpx",
                  "export_codebook", "export_board", "export_docx", "export_report",
                  "export_excerpts", "import_comments", "pseudonymise", "analysis",
                  "participants", "search", "journal", "project_memo")
"""The commands that are greyed out while no project is open."""


class Chrome:
    """The window's bars, title and command states; `files` and `app` answer the
    welcome page's buttons."""

    def __init__(self, window: WindowApi, files: FileActions, app: AppActions) -> None:
        self._window = window
        self._files = files
        self._app = app
        self._docks_shown: set[str] | None = None  # while hidden for the welcome page
        self.edits = EditActions(window, self.update_hint)  # (edit_actions.py)
        parent = window.window()
        self.read_only_bar = QToolBar(tr("Read-only notice"), parent)
        self.read_only_bar.setObjectName("readOnlyBar")
        self.read_only_bar.setMovable(False)
        self.banner = QLabel(parent)
        self.banner.setObjectName("readOnlyBanner")
        # Amber in both themes: a warning, with text dark enough to read on it.
        self.banner.setStyleSheet("QLabel { background: #FFF3CD; color: #5C4400; padding: 6px; }")
        self.banner.setAccessibleName(tr("Read-only notice"))
        self.read_only_bar.addWidget(self.banner)
        self.hint = QLabel(parent)
        self.hint.setObjectName("statusHint")
        self.hint.setAccessibleName(tr("Hint"))

    def place(self, window: QMainWindow) -> None:
        """Put the read-only notice under the toolbar and the hint in the status bar."""
        window.addToolBarBreak()
        window.addToolBar(self.read_only_bar)
        self.read_only_bar.hide()
        window.statusBar().addPermanentWidget(self.hint)

    def welcome_page(self) -> WelcomePage:
        page = WelcomePage(self._window.window(), remember=self._window.remember)
        page.new_requested.connect(self._files.new_project_dialog)
        page.open_requested.connect(self._files.open_project_dialog)
        page.demo_requested.connect(self._app.open_demo_project)
        page.recent_activated.connect(self._window.open_project)
        return page

    def forget_recent_projects(self) -> None:
        """File > Open Recent > Clear Recent Projects: the list empties, files stay."""
        forget_project(None)
        page = self._window.centralWidget()
        if isinstance(page, WelcomePage):
            page.refresh(self._window.remember)

    def show_read_only(self) -> None:
        """The notice above the panes while the open project cannot be saved."""
        project = self._window.project
        if project is not None and project.read_only:
            self.banner.setText(tr(
                "“{name}” is read-only: you can read, search and export, but changes cannot "
                "be saved. Copy it to a folder you can write to to work on it.").format(
                    name=project.path.name))
        self.read_only_bar.setVisible(project is not None and project.read_only)

    def show_docks(self, project_open: bool) -> None:
        """Without a project the side panes have nothing to show: the welcome page gets
        the window, and the panes come back with the next project as the user had
        them, the same tab on top in each group."""
        docks = self._window.docks
        if not project_open:
            if self._docks_shown is None:
                self._docks_shown = {k for k, d in docks.items() if not d.isHidden()}
            for dock in docks.values():
                dock.hide()
        elif self._docks_shown is not None:
            shown, self._docks_shown = self._docks_shown, None
            on_top = list(self._window.docks_on_top)
            for key in shown:
                docks[key].show()  # a pane shown in a group is put on top of it,
            for key in on_top:
                docks[key].raise_()  # so the tabs that were on top go back there

    def centre(self, widget: QWidget) -> None:
        """Put `widget` in the window's centre. The one taken out is hidden by hand: Qt
        queued a show when it came in, and a widget taken out of a window is a window
        of its own, which that show would put on screen (a stray welcome page)."""
        window = self._main()
        old = window.takeCentralWidget()
        if old is not None:
            old.hide()
            if old is not self._window.tabs:
                old.deleteLater()  # a welcome page is done with
        window.setCentralWidget(widget)
        widget.show()

    def keep_readable(self) -> None:
        """Once the panes have their sizes, narrow the side ones if the transcript was
        left too narrow to read."""
        QTimer.singleShot(0, lambda: keep_centre_readable(self._main(), self._window.docks))

    def reset_layout(self) -> None:
        """View > Reset Layout: the panes as at first start, the transcript readable."""
        docks = self._window.docks
        reset_layout(self._main(), docks)
        self._window.docks_on_top = [group[0] for group in TAB_GROUPS]
        if self._docks_shown is not None:  # the welcome page: the panes wait for a project
            self._docks_shown = set(docks)
            for dock in docks.values():
                dock.hide()
        self.keep_readable()

    def focus_search(self) -> None:
        """Ctrl+F: the search pane on top with room for its results, typing in its box."""
        self._window.show_dock("search")
        pane = self._window.docks["search"].widget()
        if isinstance(pane, SearchPanel):  # a placeholder while no project is open
            pane.focus_query()

    def _main(self) -> QMainWindow:
        window = self._window.window()
        assert isinstance(window, QMainWindow)
        return window

    def dock_seen(self, key: str, visible: bool) -> None:
        """Keep which pane is on top of each group of tabs: Qt can raise a pane but
        not say which one is raised."""
        window = self._window
        if not visible or self._docks_shown is not None or not window.isVisible():
            return  # hidden for the welcome page, or not yet shown: nothing chosen
        dock = window.docks[key]
        tabbed = window.tabifiedDockWidgets(dock)
        others = {k for k, d in window.docks.items() if d in tabbed}
        if others:  # a pane of its own has no tab to be on top of
            window.docks_on_top = [k for k in window.docks_on_top
                                   if k not in others and k != key] + [key]

    def update_hint(self) -> None:
        """A standing line in the status bar on what can be done where the user is."""
        window = self._window
        widget = window.tabs.currentWidget() if window.bridge is not None else None
        if window.bridge is None:
            text = tr("Open or create a project to begin.")
        elif isinstance(widget, TranscriptPanel) and widget.edit_mode.enabled:
            text = tr("Type to correct the text; Ctrl+Z undoes; Ctrl+E ends editing.")
        elif isinstance(widget, TranscriptPanel):
            text = tr("Select text, then press 1–9, Ctrl+K, or drag a code onto it.")
        elif widget is not None and widget is window.board:
            text = tr("Drop codes on a card to gather them; Shift+drag between cards to link "
                      "themes; F fits the board.")
        elif window.tabs.count() == 0:
            text = tr("Double-click a transcript to read it; Ctrl+I imports more.")
        else:
            text = ""
        self.hint.setText(text)

    def update_actions(self) -> None:
        window = self._window
        acts, project = window.actions_by_name, window.project
        for name in NEED_A_PROJECT:
            acts[name].setEnabled(project is not None)
        acts["restore_backup"].setEnabled(project is not None and not project.read_only)
        acts["quick_code"].setEnabled(window.current_panel() is not None)
        acts["close_tab"].setEnabled(window.tabs.count() > 0)
        self.edits.update()
        # Undo and Redo are Qt's (menus._undo_action): they enable and name themselves.
        self.update_hint()

    def update_title(self) -> None:
        project = self._window.project
        self._window.setWindowTitle(tr("{project} — Annotator").format(project=project.name)
                                    if project else tr("Annotator"))

    def undo(self) -> None:
        if self._window.bridge is not None:
            self._window.bridge.undo_stack.undo()

    def redo(self) -> None:
        if self._window.bridge is not None:
            self._window.bridge.undo_stack.redo()
