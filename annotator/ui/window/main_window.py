"""The main window: transcripts and codes on the left, open transcripts in tabs, the
inspector on the right and retrieval below. It wires panels to the one ProjectBridge;
the panels do the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.ui.board.panel import BoardPanel
from annotator.ui.board.theme_inspector import ThemeInspector
from annotator.ui.codes.tree_panel import CodeTreePanel
from annotator.ui.panes.documents import DocumentsPanel
from annotator.ui.panes.inspector import Inspector
from annotator.ui.panes.item_memo import ItemMemoEditor
from annotator.ui.panes.retrieval import RetrievalPanel
from annotator.ui.shared.bridge import USER_ERRORS, ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.plain import plain_warning
from annotator.ui.shared.preferences import load_preferences, saved_coder
from annotator.ui.shared.recent_projects import load_session, remember_project, save_session
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.app_actions import AppActions, transcript_font
from annotator.ui.window.chrome import Chrome
from annotator.ui.window.dock_layout import TAB_GROUPS, lay_out, make_docks, save_layout
from annotator.ui.window.file_actions import FileActions
from annotator.ui.window.inspector_stack import InspectorStack
from annotator.ui.window.menus import build_menus
from annotator.ui.window.research_tools import ResearchTools
from annotator.ui.window.tabs import BOARD_TAB, WorkTabs, tabs_to_reopen


@dataclass(frozen=True, slots=True)
class HandOver:
    """An open project passed from one window to the next (a change of language)."""

    project: Project  # its history goes with it: the next bridge mirrors it


class MainWindow(QMainWindow):
    """Hosts one open project at a time; `bridge` is None when none is open.

    Composed of parts it owns (`files`, `app_actions`, `chrome`, and `tools` while a
    project is open), which reach back to it through protocols.WindowApi; the menus
    are built from the registry in actions.py and call into those parts.

    With `remember=False` (screenshots) it neither reads nor writes the saved
    layout, session or recent projects.

    `language_changed` asks whoever hosts the window (window_host) to rebuild it in
    the newly chosen language.
    """

    language_changed = Signal()

    def __init__(self, parent: QWidget | None = None, remember: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._remember = remember
        self.bridge: ProjectBridge | None = None
        self.documents: DocumentsPanel | None = None
        self.codes_panel: CodeTreePanel | None = None
        self.inspector: Inspector | None = None
        self.retrieval: RetrievalPanel | None = None
        self.board: BoardPanel | None = None
        self.tools: ResearchTools | None = None
        self.theme_inspector: ThemeInspector | None = None
        self.inspector_stack: InspectorStack | None = None
        self.item_memo: ItemMemoEditor | None = None
        # The parts the window is composed of; each reaches back through WindowApi.
        self.files = FileActions(self)
        self.app_actions = AppActions(self)
        self.chrome = Chrome(self, self.files, self.app_actions)
        self.tabs = WorkTabs(self)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _index: self.chrome.update_actions())
        self.empty = self.chrome.welcome_page()
        self.setCentralWidget(self.empty)
        self.docks, areas = make_docks(self)
        self.docks_on_top = [group[0] for group in TAB_GROUPS]  # of their groups of tabs
        for key, dock in self.docks.items():
            dock.visibilityChanged.connect(
                lambda visible, key=key: self.chrome.dock_seen(key, visible))
        self.setAcceptDrops(True)
        owners = {"window": self, "files": self.files, "app": self.app_actions,
                  "chrome": self.chrome, "edits": self.chrome.edits}
        self.undo_group = QUndoGroup(self)  # Edit > Undo/Redo follow the open project's
        self.actions_by_name: dict[str, QAction] = build_menus(
            self, owners, self.docks.values(), self.open_project,
            self.chrome.forget_recent_projects, self.undo_group)
        self.chrome.place(self)
        self.read_only_bar, self.banner, self.hint = (
            self.chrome.read_only_bar, self.chrome.banner, self.chrome.hint)
        self._shown_once = False
        self.docks_on_top = lay_out(self, self.docks, areas, remember) or self.docks_on_top
        self.chrome.update_title()
        self.chrome.update_actions()

    @property
    def remember(self) -> bool:
        """Whether the window reads and writes the saved layout, session and recents."""
        return self._remember

    # -- project lifecycle ---------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self.bridge.project if self.bridge is not None else None

    def open_project(self, path: Path) -> bool:
        try:
            project = Project.open(path, exclusive=self._remember)
        except USER_ERRORS as exc:
            self.show_error(describe(exc), modal=True)
            return False
        self._set_project(project)
        if self._remember and not project.read_only:
            self.files.take_backup(project)
        return True

    def create_project(self, path: Path) -> bool:
        try:
            project = Project.create(path)
        except USER_ERRORS as exc:
            self.show_error(describe(exc), modal=True)
            return False
        self._set_project(project)
        return True

    def _set_project(self, project: Project) -> None:
        self._let_go(close=True, welcome=False)  # straight to the next: no welcome between
        if self._remember:
            project.set_coder(*saved_coder())
        bridge = ProjectBridge(project, self)
        self.bridge = bridge
        bridge.error.connect(self.show_error)
        bridge.sources_changed.connect(self._sources_changed)
        self.undo_group.addStack(bridge.undo_stack)
        self.undo_group.setActiveStack(bridge.undo_stack)
        self.documents = DocumentsPanel(bridge)
        self.documents.source_activated.connect(self.open_source)
        self.documents.source_activated.connect(lambda sid: self.show_memo_of("source", sid))
        self.codes_panel = CodeTreePanel(bridge)
        self.retrieval = RetrievalPanel(bridge)
        self.inspector_stack = stack = InspectorStack(bridge, self.tabs)
        self.inspector, self.theme_inspector = stack.inspector, stack.theme_inspector
        self.item_memo = stack.item_memo
        self.board = BoardPanel(bridge)
        self.board.theme_selected.connect(self._theme_selected)
        self.codes_panel.codes_selected.connect(self.retrieval.show_codes)
        self.codes_panel.codes_selected.connect(
            lambda ids: len(ids) == 1 and self.show_memo_of("code", ids[0]))
        self.codes_panel.code_activated.connect(self._read_code)
        self.retrieval.excerpt_activated.connect(self.show_excerpt)
        self.tools = ResearchTools(self, bridge)
        for key, widget in (("documents", self.documents), ("codes", self.codes_panel),
                            ("inspector", self.inspector_stack), ("similar", self.tools.similar),
                            ("retrieval", self.retrieval), ("search", self.tools.search),
                            ("journal", self.tools.journal), ("memos", self.tools.memos)):
            self.docks[key].setWidget(widget)
        self.chrome.centre(self.tabs)
        self.chrome.show_docks(True)
        self.chrome.keep_readable()
        self.chrome.show_read_only()
        if self._remember:
            remember_project(project.path)
        self._restore_session()
        self.chrome.update_title()
        self.chrome.update_actions()

    def close_project(self) -> None:
        self._let_go(close=True)

    def hand_over_project(self) -> HandOver | None:
        """Leave the welcome page here and return the open project, still open, with
        its undo history, for another window to adopt."""
        if self.bridge is None:
            return None
        project = self._let_go(close=False)
        return None if project is None else HandOver(project)

    def adopt_project(self, handed: HandOver) -> None:
        """Show a project another window handed over, keeping its undo history."""
        self._set_project(handed.project)
        if self.bridge is not None:
            self.bridge.adopt_history()

    def _let_go(self, close: bool, welcome: bool = True) -> Project | None:
        if self.bridge is None:
            return None
        if self.inspector_stack is not None:
            self.inspector_stack.save()
        if self._remember:
            save_session(self.bridge.project.path, *self.tabs.session(self.board))
        while self.tabs.count():
            self.close_tab(0)
        if self.board is not None:
            self.board.deleteLater()
        if self.tools is not None:
            self.tools.close()
            self.tools = None
        for dock in self.docks.values():
            old = dock.widget()
            dock.setWidget(QWidget())
            if old is not None:
                old.deleteLater()
        self.undo_group.removeStack(self.bridge.undo_stack)
        project = self.bridge.release()
        if close:
            project.close()
        self.bridge.deleteLater()
        self.bridge = None
        self.documents = self.codes_panel = self.inspector = self.retrieval = None
        self.board = self.theme_inspector = self.inspector_stack = self.item_memo = None
        if welcome:
            self.empty = self.chrome.welcome_page()
            self.chrome.centre(self.empty)
            self.chrome.show_docks(False)
            self.chrome.show_read_only()
            self.chrome.update_title()
            self.chrome.update_actions()
        return None if close else project

    def _restore_session(self) -> None:
        assert self.bridge is not None and self.documents is not None
        project = self.bridge.project
        saved, current = load_session(project.path) if self._remember else ([], None)
        board, open_ids, last = tabs_to_reopen(saved, current, self.documents.source_ids(),
                                               bool(project.themes()))
        if board:
            self.show_board()
        for source_id in open_ids:
            self.open_source(source_id)
        if last == BOARD_TAB:
            self.show_board()
        elif last is not None:
            self.open_source(last)

    # -- pages and transcripts in tabs --------------------------------------------
    def show_board(self) -> None:
        """Show the theme board: the first tab, which never closes by accident."""
        self.show_page("board")

    def show_page(self, key: str) -> None:
        """Show one of the pinned pages (board, analysis, participants) as a tab."""
        pages = {"board": (self.board, tr("Theme board"))}
        if self.tools is not None:
            pages["analysis"] = (self.tools.analysis, tr("Analysis"))
            pages["participants"] = (self.tools.participants, tr("Participants"))
        widget, title = pages.get(key, (None, ""))
        if widget is not None:
            self.tabs.show_pinned(widget, title, [page for page, _title in pages.values()])

    def show_dock(self, key: str) -> None:
        self.docks[key].show()
        self.docks[key].raise_()

    def _theme_selected(self, theme_id: int | None) -> None:
        if theme_id is not None and self.inspector_stack is not None and self.retrieval:
            self.inspector_stack.show_theme(theme_id)
            self.retrieval.show_theme(theme_id)

    def show_memo_of(self, kind: str, target_id: int | None) -> None:
        """The memo of a code, a transcript or the project, in the inspector."""
        if self.inspector_stack is not None:
            self.inspector_stack.show_memo(kind, target_id)
            self.show_dock("inspector")

    def _coding_selected(self, coding_id: int | None) -> None:
        if self.inspector_stack is not None:
            self.inspector_stack.show_coding(coding_id)

    def current_panel(self) -> TranscriptPanel | None:
        return self.tabs.current_panel()

    def open_source(self, source_id: int) -> TranscriptPanel | None:
        """Show a transcript, in its tab if it has one, else in a new tab."""
        if self.bridge is None:
            return None
        shown = self.tabs.select_source(source_id)
        if shown is not None:
            return shown
        try:
            name = self.bridge.project.source(source_id).name
        except OperationError as exc:
            self.show_error(describe(exc))
            return None
        panel = TranscriptPanel(self.bridge)
        if self._remember:
            panel.view.setFont(transcript_font(load_preferences().transcript_font_size))
        panel.show_source(source_id)
        if self.tools is not None:
            panel.view.set_found(self.tools.search.found_in(source_id))
        if self.codes_panel is not None:
            panel.set_number_codes(self.codes_panel.visible_code_ids)
        panel.coding_selected.connect(self._coding_selected)
        self.tabs.add_transcript(panel, name)
        return panel

    def _read_code(self, code_id: int) -> None:
        """Enter or double-click on a code: bring its excerpts into view."""
        if self.retrieval is not None:
            self.retrieval.show_codes([code_id])
            self.show_dock("retrieval")

    def show_excerpt(self, source_id: int, start: int, end: int) -> None:
        panel = self.open_source(source_id)
        if panel is not None:
            panel.select_range(start, end)
            panel.view.setFocus()

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if widget is self.board or (self.tools is not None and widget in (
                self.tools.analysis, self.tools.participants)):
            return  # pages are kept for the next show_page()
        if isinstance(widget, TranscriptPanel):
            widget.detach()
        if widget is not None:
            widget.deleteLater()

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def _sources_changed(self) -> None:
        if self.bridge is None:
            return
        for index in self.tabs.rename_or_close({s.id: s.name
                                                for s in self.bridge.project.sources()}):
            self.close_tab(index)

    def new_code(self) -> None:
        if self.codes_panel is not None:
            self.docks["codes"].raise_()
            self.codes_panel.new_code()

    def quick_code(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.open_quick_code()

    def show_error(self, sentence: str, modal: bool = False) -> None:
        self.statusBar().showMessage(sentence, 10000)
        if modal:
            plain_warning(self, tr("Annotator"), sentence)

    def transcript_panels(self) -> list[TranscriptPanel]:
        return self.tabs.transcript_panels()

    # -- asked of the window's parts from outside it ------------------------------
    def import_files(self, paths: list[Path]) -> list[int]:
        return self.files.import_files(paths)

    def open_files(self, paths: list[Path]) -> None:
        """Files the system hands over (ui/app/file_open) or dropped on the window."""
        self.files.open_files(paths)

    def undo(self) -> None:
        self.chrome.undo()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        self.files.drop(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not self._shown_once:
            self._shown_once = True
            if self.bridge is None:
                self.chrome.show_docks(False)
            self.chrome.keep_readable()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._remember:
            geometry = self.saveGeometry()
            self.chrome.show_docks(True)  # the panes' layout as it is with a project open
            save_layout(self, geometry, self.docks_on_top)
        self.close_project()
        super().closeEvent(event)
