"""The analysis tools around the coding workspace: search, the reflexive journal and the
memos (docks), the participants table and the analysis tables (pages beside the board).

The main window owns the layout; this object builds the panels for one open project
and routes what they ask for (an excerpt, a memo's item) back to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.operations.errors import OperationError
from annotator.operations.similar import SimilarRequest
from annotator.ui.pages.analysis import AnalysisPanel
from annotator.ui.pages.participants import ParticipantsPanel
from annotator.ui.panes.journal import JournalPane
from annotator.ui.panes.memos import MemosPane
from annotator.ui.panes.search import SearchPanel
from annotator.ui.panes.similar import SimilarPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe
from annotator.ui.window.protocols import WindowApi


class ResearchTools(QObject):
    """Search, journal, memos, participants and analysis for one open project."""

    def __init__(self, window: WindowApi, bridge: ProjectBridge) -> None:
        super().__init__(window.window())
        self._window = window
        self._bridge = bridge
        self.search = SearchPanel(bridge)
        self.journal = JournalPane(bridge)
        self.memos = MemosPane(bridge)
        self.analysis = AnalysisPanel(bridge)
        self.participants = ParticipantsPanel(bridge)
        self.similar = SimilarPanel(bridge)
        self.similar.passage_activated.connect(window.show_excerpt)
        bridge.similar_requested.connect(self.show_similar)
        self.search.hit_activated.connect(window.show_excerpt)
        self.search.results_changed.connect(self.mark_found)
        self.search.memo_activated.connect(self.show_memo_target)
        self.memos.memo_activated.connect(self.show_memo_target)
        self.analysis.coding_activated.connect(self.show_coding)
        self.participants.import_reported.connect(
            lambda text: window.statusBar().showMessage(text.splitlines()[0], 8000))

    def show_similar(self, request: SimilarRequest) -> None:
        """Passages like a code, theme, excerpt or selection, in their pane."""
        self._window.show_dock("similar")
        self.similar.ask(request)

    def mark_found(self) -> None:
        """Mark the search's matches in every open transcript."""
        for panel in self._window.transcript_panels():
            panel.view.set_found(self.search.found_in(panel.source_id))

    def show_coding(self, coding_id: int) -> None:
        try:
            coding = self._bridge.project.coding(coding_id)
        except OperationError as exc:
            self._bridge.error.emit(describe(exc))
            return
        self._window.show_excerpt(coding.source_id, coding.start, coding.end)

    def show_memo_target(self, kind: str, target_id: int | None) -> None:
        """Jump to what a memo is about."""
        window = self._window
        if kind == "project":
            window.show_memo_of("project", None)
        elif kind == "journal" or target_id is None:
            window.show_dock("journal")
        elif kind == "source":
            window.open_source(target_id)
            window.show_memo_of("source", target_id)
        elif kind == "coding":
            self.show_coding(target_id)
        elif kind == "code" and window.codes_panel is not None:
            window.docks["codes"].raise_()
            window.codes_panel.select_code(target_id)
            window.show_memo_of("code", target_id)
        elif kind == "theme" and window.board is not None:
            window.show_board()
            window.board.select_theme(target_id)
        elif kind == "case":
            window.show_page("participants")
            self.participants.select_case(target_id)

    def close(self) -> None:
        self.similar.stop()  # its indexing thread first
        for panel in (self.search, self.journal, self.memos, self.analysis, self.participants,
                      self.similar):
            panel.deleteLater()
