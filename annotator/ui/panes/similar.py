"""The "Similar passages" pane: passages like a code's excerpts (a theme's, one excerpt's,
a selection's) from every transcript, uncoded first; code several with one undo step,
or mark them not relevant for the code."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.operations.changes import Changes
from annotator.operations.similar import SimilarRequest, SimilarResult, SimilarResults
from annotator.ui.panes.passage_delegate import CONTEXT, PassageDelegate
from annotator.ui.panes.similar_indexer import SimilarIndexer
from annotator.ui.shared.bridge import USER_ERRORS, ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.plain import plain_tip

RESULT = Qt.ItemDataRole.UserRole + 1  # the SimilarResult behind a row
LIMIT = 50


class SimilarPanel(QWidget):
    """Results list, "Code selected" with a code, "Not relevant", and indexing progress.

    Emits `passage_activated(source_id, start, end)` (code points) when a result is
    double-clicked or Enter is pressed on it.
    """

    passage_activated = Signal(int, int, int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        self._bridge = bridge
        self.request: SimilarRequest | None = None
        self.results: SimilarResults | None = None
        self.indexer = SimilarIndexer(bridge, self)

        self.title = QLabel(self)
        self.title.setObjectName("similarTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it shows a code's name
        self.summary = QLabel(self)
        self.summary.setObjectName("similarSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("similarProgress")
        self.progress.setFormat(tr("Indexing transcripts: %v of %m"))
        self.progress.setAccessibleName(tr("Indexing progress"))
        self.cancel = QPushButton(tr("Cancel"), self)
        self.cancel.setObjectName("similarCancel")
        self.cancel.setStatusTip(tr("Stop indexing; it goes on after the next change."))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("similarResults")
        self.tree.setHeaderLabels([tr("Transcript"), tr("Speaker"), tr("Passage"),
                                   tr("Score")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(tr("Similar passages"))
        self.tree.setAccessibleDescription(tr(
            "Passages like the chosen text, uncoded first; press Enter on one to go to it."))
        self.tree.setStatusTip(tr("Double-click a passage or press Enter to go to it."))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setItemDelegateForColumn(2, PassageDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        header.resizeSection(1, 90)
        header.resizeSection(3, 60)

        self.code = QComboBox(self)
        self.code.setObjectName("similarCode")
        self.code.setAccessibleName(tr("Code for the selected passages"))
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code.setMinimumContentsLength(14)
        self.code_selected = QPushButton(tr("Code selected"), self)
        self.code_selected.setObjectName("similarCodeSelected")
        self.code_selected.setStatusTip(tr("Code the selected passages with the chosen code, "
                                           "as one step you can undo."))
        self.not_relevant = QPushButton(tr("Not relevant"), self)
        self.not_relevant.setObjectName("similarNotRelevant")
        self.not_relevant.setStatusTip(tr("Hide the selected passages from this code's "
                                          "suggestions; the project remembers."))

        indexing = QHBoxLayout()
        indexing.addWidget(self.progress, 1)
        indexing.addWidget(self.cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.code_selected)
        bottom.addWidget(QLabel(tr("with", "Code selected with <code>"), self))
        bottom.addWidget(self.code, 1)
        bottom.addWidget(self.not_relevant)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(indexing)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        # Sources change in bursts (an import, an undo): index once they settle.
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(300)
        self._index_timer.timeout.connect(self.start_indexing)
        # The index is read into memory a few transcripts at a time while the window is
        # idle, so that the first query answers as fast as the next.
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_up)
        self.indexer.progress.connect(self._indexing_progress)
        self.indexer.finished.connect(self._indexing_finished)
        self.cancel.clicked.connect(self.indexer.cancel)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.code.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.code_selected.clicked.connect(self.code_selection)
        self.not_relevant.clicked.connect(self.dismiss_selection)
        bridge.sources_changed.connect(self._sources_changed)
        bridge.codes_changed.connect(lambda _ids: self._fill_codes())
        bridge.codings_changed.connect(lambda _ids: self._rerun())
        bridge.changed.connect(self._changed)
        self._show_progress(False)
        self._fill_codes()
        self._show(None)
        QTimer.singleShot(0, self.start_indexing)

    # -- indexing ---------------------------------------------------------------
    def start_indexing(self) -> None:
        project = self._bridge.project
        if project.closed:
            return
        if project.read_only or not self.indexer.start():
            self._warm_timer.start()

    def _warm_up(self) -> None:
        project = self._bridge.project
        if project.closed or self.indexer.running:
            self._warm_timer.stop()
            return
        try:
            done = project.warm_similar(2)
        except USER_ERRORS:
            done = True  # derived data: the query reports what is wrong, if anything
        if done:
            self._warm_timer.stop()

    def stop(self) -> None:
        """Let the project go: the indexing thread ends first."""
        self._index_timer.stop()
        self._warm_timer.stop()
        self.indexer.stop()

    def _sources_changed(self) -> None:
        self._index_timer.start()
        self._rerun()

    def _indexing_progress(self, done: int, total: int) -> None:
        self._show_progress(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _indexing_finished(self, complete: bool) -> None:
        self._show_progress(False)
        if not complete:
            if self.request is not None and self.results is None:
                self.summary.setText(tr("Indexing stopped; ask again to finish it and "
                                        "see the passages."))
            return
        if self._bridge.project.similar_pending():
            self._index_timer.start()  # something changed while indexing
            return
        self._warm_timer.start()
        if self.request is not None and self.results is None:
            self.refresh()

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel.setVisible(shown)

    # -- asking ---------------------------------------------------------------------
    def show_code(self, code_id: int) -> None:
        self.ask(SimilarRequest(code_id=code_id))

    def show_theme(self, theme_id: int) -> None:
        self.ask(SimilarRequest(theme_id=theme_id))

    def show_excerpt(self, coding_id: int) -> None:
        self.ask(SimilarRequest(coding_id=coding_id))

    def show_selection(self, source_id: int, start: int, end: int,
                       code_id: int | None = None) -> None:
        self.ask(SimilarRequest(code_id=code_id, span=(source_id, start, end)))

    def ask(self, request: SimilarRequest) -> None:
        self.request = request
        self.results = None
        self.title.setText(self._describe(request))
        self.refresh()

    def refresh(self) -> None:
        """Run the current request again (the index is brought up to date first)."""
        if self.request is None or self._bridge.project.closed:
            return
        # Never index on the window's thread: a query waits for the worker instead.
        if self.indexer.running or (not self._bridge.project.read_only
                                    and self._bridge.project.similar_pending()
                                    and self.indexer.start()):
            self.summary.setText(tr("Indexing transcripts; the passages follow."))
            return
        try:
            self.results = self._bridge.project.similar_passages(self.request, LIMIT)
        except USER_ERRORS as exc:
            self.request, self.results = None, None
            self.title.setText("")
            self._show(None)
            self._bridge.error.emit(describe(exc))
            return
        if self.results.code_id is not None:
            index = self.code.findData(self.results.code_id)
            if index >= 0:
                self.code.setCurrentIndex(index)
        self._show(self.results)

    def _rerun(self) -> None:
        if self.results is not None:
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("similar_dismissed"):
            self._rerun()

    def _describe(self, request: SimilarRequest) -> str:
        project = self._bridge.project
        try:
            if request.span is not None:
                source = project.source(request.span[0])
                return tr("Passages like the selection in “{name}”").format(name=source.name)
            if request.coding_id is not None:
                return tr("Passages like this excerpt of “{code}”").format(
                    code=project.code_path(project.coding(request.coding_id).code_id))
            if request.theme_id is not None:
                theme = project.theme(request.theme_id)
                return tr("Passages like the theme “{name}”").format(
                    name=theme.name if theme else "")
            if request.code_id is not None:
                return tr("Passages like the excerpts of “{code}”").format(
                    code=project.code_path(request.code_id))
        except USER_ERRORS:
            pass
        return ""

    # -- the list ---------------------------------------------------------------------
    def _show(self, results: SimilarResults | None) -> None:
        self.tree.clear()
        if results is None:
            self.summary.setText(tr("Right-click a code, an excerpt or selected text and "
                                    "choose “Find similar passages”."))
            self._update_buttons()
            return
        coded_label = tr("coded")
        items = []
        for result in results.results:
            item = QTreeWidgetItem([result.source_name, result.passage.speaker or "",
                                    result.text, f"{result.score:.1f}"])
            item.setData(0, RESULT, result)
            item.setData(2, CONTEXT, (_tail(result.before), " ".join(result.text.split())))
            item.setToolTip(2, plain_tip(" ".join(
                f"{_tail(result.before)} [{result.text}] {result.after}".split())))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            if result.coded:
                item.setText(3, f"✓ {result.score:.1f}")
                item.setToolTip(3, coded_label)
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            items.append(item)
        self.tree.addTopLevelItems(items)
        fresh = sum(not r.coded for r in results.results)
        if not results.results:
            self.summary.setText(tr("No similar passages found."))
        else:
            self.summary.setText(tr("{n} passages not yet coded, then {m} already coded "
                                    "(✓).").format(n=fresh, m=len(results.results) - fresh))
        self._update_buttons()

    def _fill_codes(self) -> None:
        project = self._bridge.project
        if project.closed:
            return
        current = self.code.currentData()
        self.code.blockSignals(True)
        self.code.clear()
        for path, code_id in sorted((p, i) for i, p in project.code_paths().items()):
            self.code.addItem(path, code_id)
        found = self.code.findData(current)
        self.code.setCurrentIndex(found if found >= 0 else 0)
        self.code.blockSignals(False)
        self._update_buttons()

    def selected(self) -> list[SimilarResult]:
        return [item.data(0, RESULT) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = [r for r in self.selected() if not r.coded]
        writable = not self._bridge.project.closed and not self._bridge.project.read_only
        self.code_selected.setEnabled(bool(chosen) and writable
                                      and self.code.currentData() is not None)
        self.not_relevant.setEnabled(bool(self.selected()) and writable and
                                     self.results is not None and
                                     self.results.code_id is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        result: SimilarResult = item.data(0, RESULT)
        self.passage_activated.emit(*result.span)

    # -- actions --------------------------------------------------------------------
    def code_selection(self) -> list[int] | None:
        """Code the selected uncoded passages with the chosen code: one undo step."""
        spans = [r.span for r in self.selected() if not r.coded]
        code_id = self.code.currentData()
        if not spans or code_id is None:
            return None
        project = self._bridge.project
        label = tr("Code {n} similar passages").format(n=len(spans))
        result = self._bridge.run(label, lambda: project.code_similar(spans, code_id))
        if result is not None:
            self._bridge.note_code_used(code_id)
        return result

    def dismiss_selection(self) -> None:
        """Hide the selected passages from this code's suggestions, for good (undoable)."""
        if self.results is None or self.results.code_id is None:
            return
        spans = [r.span for r in self.selected()]
        code_id = self.results.code_id
        project = self._bridge.project
        self._bridge.run(tr("Mark not relevant"),
                         lambda: project.dismiss_similar(code_id, spans))


def _tail(text: str, words: int = 12) -> str:
    """The last words of the text before a passage: enough to place it."""
    parts = text.split()
    return ("…" if len(parts) > words else "") + " ".join(parts[-words:])
