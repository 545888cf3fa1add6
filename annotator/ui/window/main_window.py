"""The main window: transcripts and codes on the left, open transcripts in tabs, the
inspector on the right and retrieval below. It wires panels to the one ProjectBridge;
the panels do the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
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
from annotator.ui.shared.preferences import load_preferences
from annotator.ui.shared.recent_projects import load_session, remember_project, save_session
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.app_actions import AppActions, transcript_font
from annotator.ui.window.chrome import Chrome
from annotator.ui.window.dock_layout import TAB_GROUPS, first_geometry, first_layout
from annotator.ui.window.file_actions import FileActions
from annotator.ui.window.menus import build_menus
from annotator.ui.window.research_tools import ResearchTools

BOARD_TAB = 0  # stands for the board in a saved session (source ids start at 1)


@dataclass(frozen=True, slots=True)
class HandOver:
    """An open project passed from one window to the next (a change of language)."""

    project: Project
    undo_texts: list[str]
    undo_index: int


class MainWindow(FileActions, AppActions, Chrome, QMainWindow):
    """Hosts one open project at a time; `bridge` is None when none is open.

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
        self.inspector_stack: QStackedWidget | None = None
        self.item_memo: ItemMemoEditor | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("transcriptTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setAccessibleName(tr("Open transcripts and pages"))
        self.tabs.setAccessibleDescription(
            tr("Transcripts open for reading and coding, and the board, analysis and "
               "participants pages."))
        self.empty = self._welcome_page()
        self.setCentralWidget(self.empty)
        self.docks: dict[str, QDockWidget] = {}
        self._docks_shown: set[str] | None = None  # while hidden for the welcome page
        self.docks_on_top = [group[0] for group in TAB_GROUPS]  # of their groups of tabs
        areas: dict[str, Qt.DockWidgetArea] = {}
        for key, title, area in (
            ("documents", tr("Transcripts"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("codes", tr("Codes"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("inspector", tr("Inspector"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("retrieval", tr("Retrieved excerpts"), Qt.DockWidgetArea.BottomDockWidgetArea),
            ("search", tr("Search"), Qt.DockWidgetArea.BottomDockWidgetArea),
            ("journal", tr("Journal"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("memos", tr("Memos"), Qt.DockWidgetArea.BottomDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{key}Dock")
            dock.setAccessibleName(title)
            dock.setWidget(QWidget())
            self.addDockWidget(area, dock)
            self.docks[key] = dock
            areas[key] = area
            dock.visibilityChanged.connect(
                lambda visible, key=key: self._dock_seen(key, visible))
        self.setAcceptDrops(True)
        self.actions_by_name: dict[str, QAction] = build_menus(self)
        self.read_only_bar = QToolBar(tr("Read-only notice"), self)
        self.read_only_bar.setObjectName("readOnlyBar")
        self.read_only_bar.setMovable(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        # Amber in both themes: a warning, with text dark enough to read on it.
        self.banner.setStyleSheet("QLabel { background: #FFF3CD; color: #5C4400; padding: 6px; }")
        self.banner.setAccessibleName(tr("Read-only notice"))
        self.read_only_bar.addWidget(self.banner)
        self.addToolBarBreak()
        self.addToolBar(self.read_only_bar)
        self.read_only_bar.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("statusHint")
        self.hint.setAccessibleName(tr("Hint"))
        self.statusBar().addPermanentWidget(self.hint)
        first = first_geometry(self.screen().availableGeometry())
        self.resize(first.size())
        self.move(first.topLeft())
        self._shown_once = False
        if remember:
            geometry = QSettings().value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
        # Grouped before a project fills the panes: side by side, their minimum
        # heights add up to more than a small laptop screen holds.
        if not self._restore_layout():
            self.restoreState(first_layout(self.docks, areas, self.size()))
        self._update_title()
        self._update_actions()

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
            try:
                # How many backups to keep is a preference of this machine's user.
                project.take_backup(keep=load_preferences().backups)
            except (OSError, *USER_ERRORS) as exc:
                self.show_error(tr("No backup could be taken this time ({reason}); your "
                                   "project itself is unaffected.").format(reason=exc))
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
        self.close_project()
        if self._remember:
            project.set_coder(load_preferences().coder)
        bridge = ProjectBridge(project, self)
        self.bridge = bridge
        bridge.error.connect(self.show_error)
        bridge.sources_changed.connect(self._sources_changed)
        bridge.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        bridge.undo_stack.indexChanged.connect(lambda _index: self._update_actions())
        self.documents = DocumentsPanel(bridge)
        self.documents.source_activated.connect(self.open_source)
        self.documents.source_activated.connect(lambda sid: self.show_memo_of("source", sid))
        self.codes_panel = CodeTreePanel(bridge)
        self.inspector = Inspector(bridge)
        self.retrieval = RetrievalPanel(bridge)
        self.theme_inspector = ThemeInspector(bridge)
        self.inspector_stack = QStackedWidget()
        self.inspector_stack.addWidget(self.inspector)
        self.inspector_stack.addWidget(self.theme_inspector)
        self.item_memo = ItemMemoEditor(bridge)
        self.inspector_stack.addWidget(self.item_memo)
        self.board = BoardPanel(bridge)
        self.board.theme_selected.connect(self._theme_selected)
        self.codes_panel.codes_selected.connect(self.retrieval.show_codes)
        self.codes_panel.codes_selected.connect(
            lambda ids: len(ids) == 1 and self.show_memo_of("code", ids[0]))
        self.codes_panel.code_activated.connect(self._read_code)
        self.retrieval.excerpt_activated.connect(self.show_excerpt)
        self.tools = ResearchTools(self, bridge)
        for key, widget in (("documents", self.documents), ("codes", self.codes_panel),
                            ("inspector", self.inspector_stack),
                            ("retrieval", self.retrieval), ("search", self.tools.search),
                            ("journal", self.tools.journal), ("memos", self.tools.memos)):
            self.docks[key].setWidget(widget)
        self.takeCentralWidget()
        self.setCentralWidget(self.tabs)
        self._show_docks(True)
        if project.read_only:
            self.banner.setText(tr(
                "“{name}” is read-only: you can read, search and export, but changes cannot "
                "be saved. Copy it to a folder you can write to to work on it.").format(
                    name=project.path.name))
        self.read_only_bar.setVisible(project.read_only)
        if self._remember:
            remember_project(project.path)
        self._restore_session()
        self._update_title()
        self._update_actions()

    def close_project(self) -> None:
        self._let_go(close=True)

    def hand_over_project(self) -> HandOver | None:
        """Leave the welcome page here and return the open project, still open, with
        its undo steps' names and how many are done, for another window to adopt."""
        if self.bridge is None:
            return None
        texts, index = self.bridge.undo_texts()
        project = self._let_go(close=False)
        return None if project is None else HandOver(project, texts, index)

    def adopt_project(self, handed: HandOver) -> None:
        """Show a project another window handed over, keeping its undo history."""
        self._set_project(handed.project)
        assert self.bridge is not None
        self.bridge.mirror_history(handed.undo_texts, handed.undo_index)

    def _let_go(self, close: bool) -> Project | None:
        if self.bridge is None:
            return None
        if self.inspector is not None:
            self.inspector.save_memo()
        if self.theme_inspector is not None:
            self.theme_inspector.save()
        if self.item_memo is not None:
            self.item_memo.save()
        if self._remember:
            current = self.current_panel()
            save_session(self.bridge.project.path, self.open_source_ids(),
                         BOARD_TAB if self.tabs.currentWidget() is self.board
                         else current.source_id if current else None)
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
        project = self.bridge.release()
        if close:
            project.close()
        self.bridge.deleteLater()
        self.bridge = None
        self.documents = self.codes_panel = self.inspector = self.retrieval = None
        self.board = self.theme_inspector = self.inspector_stack = None
        self.item_memo = None
        self.takeCentralWidget()
        self.empty = self._welcome_page()
        self.setCentralWidget(self.empty)
        self._show_docks(False)
        self.read_only_bar.hide()
        self._update_title()
        self._update_actions()
        return None if close else project

    def _restore_session(self) -> None:
        assert self.bridge is not None
        existing = {s.id for s in self.bridge.project.sources()}
        saved_ids, current = (load_session(self.bridge.project.path) if self._remember
                              else ([], None))
        open_ids = [s for s in saved_ids if s in existing]
        if not saved_ids and self.bridge.project.themes():
            # First opening of a project that has themes (the demo does): the board
            # sits beside the first transcript.
            saved_ids = [BOARD_TAB]
        if not open_ids and existing and self.documents is not None:
            open_ids = [self.documents.source_ids()[0]]
        if BOARD_TAB in saved_ids:
            self.show_board()
        for source_id in open_ids:
            self.open_source(source_id)
        if current == BOARD_TAB and BOARD_TAB in saved_ids:
            self.show_board()
        elif current in open_ids:
            self.open_source(current)

    # -- transcripts in tabs ----------------------------------------------------
    def open_source_ids(self) -> list[int]:
        """The open tabs' transcripts, with BOARD_TAB for the theme board."""
        ids: list[int] = []
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is self.board:
                ids.append(BOARD_TAB)
            elif isinstance(widget, TranscriptPanel) and widget.source_id is not None:
                ids.append(widget.source_id)
        return ids

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
        if widget is None:
            return
        index = self.tabs.indexOf(widget)
        if index < 0:
            index = self.tabs.insertTab(len(self._open_pages()), widget, title)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(index)

    def _open_pages(self) -> list[QWidget]:
        pages = [self.board]
        if self.tools is not None:
            pages += [self.tools.analysis, self.tools.participants]
        return [p for p in pages if p is not None and self.tabs.indexOf(p) >= 0]

    def show_dock(self, key: str) -> None:
        self.docks[key].show()
        self.docks[key].raise_()

    def _theme_selected(self, theme_id: int | None) -> None:
        if theme_id is None or self.theme_inspector is None or self.retrieval is None:
            return
        assert self.inspector_stack is not None
        self.theme_inspector.show_theme(theme_id)
        self.inspector_stack.setCurrentWidget(self.theme_inspector)
        self.retrieval.show_theme(theme_id)

    def show_memo_of(self, kind: str, target_id: int | None) -> None:
        """The memo of a code, a transcript or the project, in the inspector."""
        if self.item_memo is None or self.inspector_stack is None:
            return
        self.item_memo.show_item(kind, target_id)
        self.inspector_stack.setCurrentWidget(self.item_memo)
        self.show_dock("inspector")

    def _coding_selected(self, coding_id: int | None) -> None:
        if self.inspector is None or self.inspector_stack is None:
            return
        self.inspector.show_coding(coding_id)
        self.inspector_stack.setCurrentWidget(self.inspector)

    def current_panel(self) -> TranscriptPanel | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, TranscriptPanel) else None

    def open_source(self, source_id: int) -> TranscriptPanel | None:
        """Show a transcript, in its tab if it has one, else in a new tab."""
        if self.bridge is None:
            return None
        for i in range(self.tabs.count()):
            panel = self.tabs.widget(i)
            if isinstance(panel, TranscriptPanel) and panel.source_id == source_id:
                self.tabs.setCurrentIndex(i)
                return panel
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
        index = self.tabs.addTab(panel, name)
        self.tabs.setTabToolTip(index, name)
        self.tabs.setCurrentIndex(index)
        return panel

    def _read_code(self, code_id: int) -> None:
        """Enter or double-click on a code: bring its excerpts into view."""
        if self.retrieval is not None:
            self.retrieval.show_codes([code_id])
            self.docks["retrieval"].show()
            self.docks["retrieval"].raise_()

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

    def _tab_changed(self, _index: int) -> None:
        self._update_actions()

    def _sources_changed(self) -> None:
        if self.bridge is None:
            return
        names = {s.id: s.name for s in self.bridge.project.sources()}
        for i in reversed(range(self.tabs.count())):
            panel = self.tabs.widget(i)
            if isinstance(panel, TranscriptPanel):
                if panel.source_id not in names:
                    self.close_tab(i)
                else:
                    self.tabs.setTabText(i, names[panel.source_id])

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
            QMessageBox.warning(self, tr("Annotator"), sentence)

    def transcript_panels(self) -> list[TranscriptPanel]:
        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), TranscriptPanel)]

    def _restore_layout(self) -> bool:
        if not self._remember:
            return False
        settings = QSettings()
        state = settings.value("window/state")
        if state is None or not self.restoreState(state):
            return False
        on_top = settings.value("window/panesOnTop", [], type=list)
        self.docks_on_top = [key for key in on_top if key in self.docks] or self.docks_on_top
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not self._shown_once:
            self._shown_once = True
            if self.bridge is None:
                self._show_docks(False)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            self._show_docks(True)  # the panes' layout as it is with a project open
            settings.setValue("window/state", self.saveState())
            settings.setValue("window/panesOnTop", self.docks_on_top)
        self.close_project()
        super().closeEvent(event)
