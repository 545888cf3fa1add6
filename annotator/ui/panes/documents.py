"""The transcripts list: grouped by participant, with word and coding counts; F2, Delete
and its right-click menu rename and remove a transcript (transcript_actions.py).

A coding added or removed changes only the count of its transcript: that cell is
set from the project's CodingCounts; the list is rebuilt only when transcripts or
participants change, and while hidden it rebuilds once when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from annotator.project.counts import CodingCounts
from annotator.ui.panes.transcript_actions import TranscriptActions
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.stale import ShownGuard

SOURCE_ID = Qt.ItemDataRole.UserRole + 1


class DocumentsPanel(QWidget):
    """Lists the project's transcripts under their participants.

    Emits `source_activated(int)` on double-click or Enter.
    """

    source_activated = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Transcript"), tr("Words"), tr("Codings")])
        self.view = QTreeView(self)
        self.view.setObjectName("documentsList")
        self.view.setAccessibleName(tr("Transcripts"))
        self.view.setAccessibleDescription(
            tr("The project's transcripts under their participants, with word and coding "
               "counts; Enter or a double-click opens one."))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sized to their contents, the count columns would measure every
        # row again after each coding.
        metrics = self.view.fontMetrics()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, 24 + max(metrics.horizontalAdvance(label),
                                                  metrics.horizontalAdvance("000,000")))
        self.view.activated.connect(self._activated)
        self._filling = False
        self.actions = TranscriptActions(bridge, self.view, self.source_at,
                                         self.source_activated.emit)
        self.model.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._counts = CodingCounts.of(bridge.project)
        self._count_items: dict[int, list[QStandardItem]] = {}
        self._guard = ShownGuard(self, self.refresh)
        bridge.sources_changed.connect(self._guard.mark)
        bridge.codings_changed.connect(self._codings_changed)
        self.refresh()

    def _codings_changed(self, ids: frozenset[int]) -> None:
        sources, _codes = self._counts.follow(ids)
        self._guard.run(lambda: self._recount(sources))

    def _recount(self, sources: set[int]) -> None:
        for source_id in sources:
            text = f"{self._counts.per_source(source_id):,}"
            for item in self._count_items.get(source_id, []):
                if item.text() != text:
                    item.setText(text)

    def refresh(self) -> None:
        self._guard.stale = False
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        self._count_items.clear()
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.font())
        bold.setBold(True)
        for case, summaries in self._bridge.project.sources_by_case():
            group = QStandardItem(case.name if case else tr("No participant"))
            group.setFont(bold)
            group.setEditable(False)
            if case is not None and case.values:
                group.setToolTip(plain_tip("\n".join(f"{k}: {v}" for k, v in case.values.items())))
            blanks = [QStandardItem(), QStandardItem()]
            for blank in blanks:
                blank.setEditable(False)
            for summary in summaries:
                name = QStandardItem(summary.name)
                name.setData(summary.id, SOURCE_ID)
                name.setToolTip(plain_tip(
                    tr("{name}: double-click to open").format(name=summary.name)))
                words = QStandardItem(f"{summary.words:,}")
                codings = QStandardItem(f"{summary.codings:,}")
                self._count_items.setdefault(summary.id, []).append(codings)
                for item in (words, codings):
                    item.setEditable(False)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                group.appendRow([name, words, codings])
            self.model.appendRow([group, *blanks])
        self.view.expandAll()

    def source_ids(self) -> list[int]:
        """Every listed transcript id, top to bottom (a transcript may be listed twice)."""
        self._guard.catch_up()
        ids: list[int] = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            ids += [group.child(r).data(SOURCE_ID) for r in range(group.rowCount())]
        return ids

    def index_of(self, source_id: int) -> QModelIndex:
        self._guard.catch_up()
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for r in range(group.rowCount()):
                if group.child(r).data(SOURCE_ID) == source_id:
                    return group.child(r).index()
        return QModelIndex()

    def source_at(self, index: QModelIndex) -> int | None:
        """The transcript a row stands for; None for a participant's row or no row."""
        source_id = index.siblingAtColumn(0).data(SOURCE_ID) if index.isValid() else None
        return int(source_id) if source_id is not None else None

    def _activated(self, index: QModelIndex) -> None:
        source_id = self.source_at(index)
        if source_id is not None:
            self.source_activated.emit(source_id)

    def _item_changed(self, item: QStandardItem) -> None:
        source_id = item.data(SOURCE_ID)
        if not self._filling and source_id is not None:
            self.actions.renamed(item, int(source_id))
