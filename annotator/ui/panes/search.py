"""The search panel: words and phrases across every transcript and memo, with filters,
jumping to a hit, and "Code all results" as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model.search import Hit, MemoHit, SearchQuery, SearchResults
from annotator.ui.panes.room import make_room
from annotator.ui.panes.search_results import (
    HIT,
    ContextDelegate,
    fill_results,
    memo_kinds,
    summary_text,
)
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.stale import ShownGuard

ROWS_WANTED = 10
"""Result rows Ctrl+F makes room for, growing the pane, when the window can spare it."""


def widen_labels() -> tuple[tuple[str, str], ...]:
    """How far "Code all results" reaches: (key, label in the interface language)."""
    return (("none", tr("the words found")), ("sentence", tr("the whole sentence")),
            ("turn", tr("the speaker turn")))


class SearchPanel(QWidget):
    """Search box, filters, results grouped by transcript (then memos), Code all results.

    Emits `hit_activated(source_id, start, end)` (code points) when a transcript hit is
    double-clicked or Enter is pressed on it, `memo_activated(kind, target_id)` for a memo
    hit (target_id None for the project memo and journal entries).
    """

    hit_activated = Signal(int, int, int)
    results_changed = Signal()  # a new search, or none: transcripts re-mark their matches
    memo_activated = Signal(str, object)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._bridge = bridge
        self.results: SearchResults | None = None

        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(tr("Search transcripts and memos: a word, a phrase, 社区…"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(tr("Search"))
        self.query.setAccessibleDescription(tr(
            "Words or a phrase to find in every transcript and memo; results appear below."))
        self.query.setStatusTip(tr("Type words to find them in every transcript and memo."))
        self.memos = QCheckBox(tr("Memos"), self)
        self.memos.setObjectName("searchMemos")
        self.memos.setChecked(True)
        self.memos.setStatusTip(tr("Also search the memos and the reflexive journal."))

        self.attribute = QComboBox(self)
        self.attribute.setObjectName("searchAttribute")
        self.attribute.setAccessibleName(tr("Participant attribute"))
        self.attribute.setStatusTip(tr("Only search transcripts of participants with this "
                                       "attribute value."))
        self.value = QComboBox(self)
        self.value.setObjectName("searchValue")
        self.value.setEditable(True)
        self.value.setMinimumContentsLength(8)
        self.value.setAccessibleName(tr("Attribute value"))
        self.speaker_mode = QComboBox(self)
        self.speaker_mode.setObjectName("searchSpeakerMode")
        for label, mode in ((tr("Any speaker"), "any"),
                            (tr("Only", "search only this speaker's turns"), "only"),
                            (tr("Leave out", "search all but this speaker's turns"), "exclude")):
            self.speaker_mode.addItem(label, mode)
        self.speaker_mode.setAccessibleName(tr("Speaker filter"))
        self.speaker_mode.setStatusTip(tr("Search every turn, only the chosen speaker's "
                                          "turns, or all but theirs."))
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("searchSpeaker")
        self.speaker.setEditable(True)
        self.speaker.setMinimumContentsLength(8)
        self.speaker.setAccessibleName(tr("Speaker"))
        self.code = QComboBox(self)
        self.code.setObjectName("searchCode")
        self.code.setAccessibleName(tr("Code filter"))
        self.code.setStatusTip(tr("Only search the words already coded with this code."))

        self.filters = QToolButton(self)
        self.filters.setObjectName("searchFilters")
        self.filters.setCheckable(True)
        self.filters.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters.setAccessibleName(tr("Filters"))
        self.filters.setStatusTip(tr("Show or hide the filters by participant, speaker and "
                                     "code; the button counts those in use."))

        self.summary = QLabel(tr("Type words to find them in every transcript and memo."),
                              self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("searchResults")
        self.tree.setHeaderLabels([tr("Where"), tr("Found")])
        self.tree.setAccessibleName(tr("Search results"))
        self.tree.setAccessibleDescription(tr(
            "Hits grouped by transcript, then memos; press Enter on a hit to go to it."))
        self.tree.setStatusTip(tr("Double-click a hit or press Enter to go to it."))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegateForColumn(1, ContextDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)

        self.code_all = QPushButton(tr("Code all results"), self)
        self.code_all.setObjectName("codeAllButton")
        self.code_all.setStatusTip(tr("Code every transcript hit with the chosen code, "
                                      "as one step you can undo."))
        self.code_all_code = QComboBox(self)
        self.code_all_code.setObjectName("codeAllCode")
        self.code_all_code.setAccessibleName(tr("Code for all results"))
        self.widen = QComboBox(self)
        self.widen.setObjectName("codeAllWiden")
        self.widen.setAccessibleName(tr("How much to code"))
        self.widen.setStatusTip(tr("Code only the words found, or widen each hit to its "
                                   "sentence or speaker turn."))
        for key, label in widen_labels():
            self.widen.addItem(label, key)

        # The results take every pixel the controls leave: the filters fold away under
        # their button, and the summary shares the row of "Code all results".
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.memos)
        top.addWidget(self.filters)
        self.filter_row = QWidget(self)
        self.filter_row.setObjectName("searchFilterRow")
        filters = QHBoxLayout(self.filter_row)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.attribute)
        filters.addWidget(self.value)
        filters.addWidget(self.speaker_mode)
        filters.addWidget(self.speaker)
        filters.addWidget(self.code)
        self.filter_row.hide()
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.code_all)
        bottom.addWidget(QLabel(tr("with", "Code all results with <code>"), self))
        bottom.addWidget(self.code_all_code)
        bottom.addWidget(QLabel(tr("coding", "…with <code> coding <the whole sentence>"),
                                self))
        bottom.addWidget(self.widen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.filters.toggled.connect(self.filter_row.setVisible)

        # One search after typing pauses; data changes also re-run it (it takes ~15 ms
        # over a million words).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.search)
        for box in (self.attribute, self.speaker_mode, self.code):
            box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.value.currentTextChanged.connect(lambda _t: self._timer.start())
        self.speaker.currentTextChanged.connect(lambda _t: self._timer.start())
        # A speaker name only matters once "Only" or "Leave out" is chosen.
        self.speaker_mode.currentIndexChanged.connect(
            lambda _i: self.speaker.setEnabled(self.speaker_mode.currentData() != "any"))
        self.speaker.setEnabled(False)
        self.memos.toggled.connect(lambda _on: self._timer.start())
        for box in (self.attribute, self.speaker_mode, self.code):
            box.currentIndexChanged.connect(lambda _i: self._count_filters())
        self.tree.itemActivated.connect(self._activated)
        self.code_all.clicked.connect(self.code_all_results)
        bridge.sources_changed.connect(self._data_changed)
        # The code boxes list every code's path: while the pane is hidden a change of
        # codes is only noted, and the boxes are filled once, when it is shown.
        self._codes_guard = ShownGuard(self, self._fill_codes)
        bridge.codes_changed.connect(lambda _ids: self._codes_guard.mark())
        bridge.codings_changed.connect(lambda _ids: self._rerun_if(self.code.currentData()))
        bridge.memos_changed.connect(lambda _ids: self._rerun_if(self.memos.isChecked()))
        # Code paths can be long: the boxes show their start and the panel stays narrow
        # enough for a dock (the open list shows them whole).
        for box in (self.code, self.code_all_code):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        self._fill_filters()
        self._update_buttons()
        self._count_filters()

    # -- Ctrl+F -------------------------------------------------------------
    def focus_query(self) -> None:
        """The cursor in the search box with its words selected (to type over them), and
        room in the window for ROWS_WANTED results."""
        make_room(self, self.tree, ROWS_WANTED)
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _count_filters(self) -> None:
        """"Filters (2)" while two filters are in use, so that folded ones are not forgotten."""
        used = sum((self.attribute.currentData() is not None,
                    self.speaker_mode.currentData() not in (None, "any"),
                    self.code.currentData() is not None))
        self.filters.setText(tr("Filters ({n})").format(n=used) if used else tr("Filters"))

    # -- filters -----------------------------------------------------------
    def _fill_filters(self) -> None:
        project = self._bridge.project
        current = self.attribute.currentText()
        self.attribute.blockSignals(True)
        self.attribute.clear()
        self.attribute.addItem(tr("Any participant"), None)
        for attribute in project.attributes():
            self.attribute.addItem(attribute.name, attribute.name)
        self.attribute.setCurrentIndex(max(0, self.attribute.findText(current)))
        self.attribute.blockSignals(False)
        self._fill_values()
        speaker = self.speaker.currentText()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        speakers = project.speakers()  # most turns first: usually the interviewer
        self.speaker.addItems(speakers)
        self.speaker.setCurrentText(speaker or (speakers[0] if speakers else ""))
        self.speaker.blockSignals(False)
        self._fill_codes()

    def _fill_values(self) -> None:
        name = self.attribute.currentData()
        self.value.blockSignals(True)
        text = self.value.currentText()
        self.value.clear()
        self.value.setEnabled(name is not None)
        if name is not None:
            values = sorted({c.values[name] for c in self._bridge.project.cases()
                             if c.values.get(name)})
            self.value.addItems(values)
            self.value.setCurrentText(text if text in values else (values[0] if values else ""))
        self.value.blockSignals(False)

    def _fill_codes(self) -> None:
        self._codes_guard.stale = False
        project = self._bridge.project
        paths = sorted((path, code_id) for code_id, path in project.code_paths().items())
        for box, none_label in ((self.code, tr("Any code")), (self.code_all_code, None)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if none_label:
                box.addItem(none_label, None)
            for path, code_id in paths:
                box.addItem(path, code_id)
            found = box.findData(current)
            box.setCurrentIndex(found if found >= 0 else 0)
            box.blockSignals(False)
        self._update_buttons()

    def current_query(self) -> SearchQuery:
        attribute = None
        if self.attribute.currentData() is not None and self.value.currentText().strip():
            attribute = (self.attribute.currentData(), self.value.currentText().strip())
        mode = self.speaker_mode.currentData()
        speaker = frozenset({self.speaker.currentText().strip()} - {""})
        return SearchQuery(
            self.query.text(), attribute=attribute,
            speakers=speaker if mode == "only" else frozenset(),
            exclude_speakers=speaker if mode == "exclude" else frozenset(),
            code_id=self.code.currentData(), memos=self.memos.isChecked())

    # -- searching ------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Search for `text` now (as if typed and Enter pressed)."""
        self.query.setText(text)
        self.search()

    def _data_changed(self) -> None:
        self._fill_filters()
        self._rerun_if(True)

    def _rerun_if(self, condition: object) -> None:
        if condition and self.results is not None:
            self._timer.start()

    def search(self) -> None:
        self._timer.stop()
        query = self.current_query()
        if not query.text.strip():
            self.results = None
            self.tree.clear()
            self.summary.setText(tr("Type words to find them in every transcript and memo."))
            self._update_buttons()
            self.results_changed.emit()
            return
        self.results = self._bridge.project.search(query)
        self._show(self.results)
        self._update_buttons()
        self.results_changed.emit()

    def found_in(self, source_id: int | None) -> list[tuple[int, int]]:
        """The current matches in one transcript, [start, end) in code points."""
        if self.results is None:
            return []
        hits = self.results.by_source().get(source_id, []) if source_id is not None else []
        return [(hit.start, hit.end) for hit in hits]

    def _show(self, results: SearchResults) -> None:
        shown = fill_results(self.tree, results, self._memo_label)
        self.summary.setText(summary_text(results, shown))

    def _memo_label(self, hit: MemoHit) -> str:
        project = self._bridge.project
        kind = memo_kinds().get(hit.target_kind, hit.target_kind)
        try:
            if hit.target_kind == "source" and hit.target_id is not None:
                return tr("{kind}: {name}").format(
                    kind=kind, name=project.source(hit.target_id).name)
            if hit.target_kind == "code" and hit.target_id is not None:
                return tr("{kind}: {name}").format(
                    kind=kind, name=project.code_path(hit.target_id))
        except Exception:  # noqa: BLE001 - a label is never worth an error
            pass
        return kind

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT)
        if isinstance(hit, Hit):
            self.hit_activated.emit(hit.source_id, hit.start, hit.end)
        elif isinstance(hit, MemoHit):
            self.memo_activated.emit(hit.target_kind, hit.target_id)

    # -- code all ---------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_hits = self.results is not None and bool(self.results.hits)
        self.code_all.setEnabled(has_hits and self.code_all_code.currentData() is not None
                                 and not self._bridge.project.read_only)
        if has_hits and self.results is not None:
            self.code_all.setText(tr("Code all {n} results").format(n=len(self.results.hits)))
        else:
            self.code_all.setText(tr("Code all results"))
        self.code_all.setMinimumWidth(self.code_all.sizeHint().width())

    def code_all_results(self) -> list[int] | None:
        """Code every transcript hit with the chosen code, widened as chosen; one undo step."""
        if self.results is None or not self.results.hits:
            return None
        code_id = self.code_all_code.currentData()
        if code_id is None:
            return None
        hits, widen = list(self.results.hits), self.widen.currentData()
        project = self._bridge.project
        label = tr("Code {n} search results").format(n=len(hits))
        result = self._bridge.run(label, lambda: project.code_all_hits(hits, code_id, widen))
        if result is not None:
            self._bridge.note_code_used(code_id)
            self.summary.setText(tr("Coded {n} excerpts with “{code}”.").format(
                n=len(result), code=project.code_path(code_id)))
        return result
